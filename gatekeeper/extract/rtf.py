"""Read Rich Text (.rtf) documents as text. (Being written: see the formats task.)"""

from __future__ import annotations

from typing import IO

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem


def read_rtf(handle: IO[bytes], max_chars: int) -> Partial:
    raise ReadError(Problem.LEGACY_FORMAT, "a Rich Text (.rtf) document: not read yet")
