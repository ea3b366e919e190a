"""Content checks, registered by rule id. Importing this package registers them all."""

from __future__ import annotations

from gatekeeper.rules import (  # noqa: F401  (imported to register their checks)
    disclosure,
    evidence,
    file_checks,
    mg3,
    third_party,
    victim,
)
from gatekeeper.rules.registry import CheckFn, Outcome, registered


def registered_checks() -> dict[str, CheckFn]:
    return registered()


__all__ = ["CheckFn", "Outcome", "registered_checks"]
