"""Read OpenDocument text (.odt) and spreadsheets (.ods). (Being written: see the formats task.)"""

from __future__ import annotations

from typing import IO

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem


def read_odt(handle: IO[bytes], max_chars: int) -> Partial:
    raise ReadError(Problem.UNSUPPORTED, "OpenDocument text is not read yet")


def read_ods(handle: IO[bytes], max_chars: int) -> Partial:
    raise ReadError(Problem.UNSUPPORTED, "OpenDocument spreadsheets are not read yet")
