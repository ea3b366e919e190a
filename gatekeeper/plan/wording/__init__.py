"""What each failing rule asks for, in the case's own words.

Each builder turns one finding into parts: a sentence naming the document, witness or exhibit
from the case facts, the owner, and a *subject* (what is asked for: "ABE_RECORDING",
"statement:sophie tran", "MG3"). The drafter merges parts with the same owner and subject into one
action. A builder falls back to the checklist's own action only when the facts give nothing more
specific. Parts asking for the complainant's material carry their foundation and parameters.
"""

from __future__ import annotations

# The builder modules register their wordings when imported.
from gatekeeper.plan.wording import disclosure, evidence, mg3
from gatekeeper.plan.wording.base import (
    MG3_SUBJECT,
    NEW_MG3_SUBJECT,
    Case,
    Part,
    parts_for,
    plan_urn,
    sentence,
)

__all__ = [
    "MG3_SUBJECT",
    "NEW_MG3_SUBJECT",
    "Case",
    "Part",
    "disclosure",
    "evidence",
    "mg3",
    "parts_for",
    "plan_urn",
    "sentence",
]
