"""The named demonstration cases trainers use: a compliant file and the common failures."""

from __future__ import annotations

from pathlib import Path

from gatekeeper.demo.build import build_case
from gatekeeper.demo.spec import CaseSpec

BASE = CaseSpec()

DEMO_CASES: dict[str, CaseSpec] = {
    spec.name: spec
    for spec in [
        BASE,
        BASE.model_copy(
            update={
                "name": "typical-first-submission",
                "description": "A first submission with the gaps inspections find most often: "
                "no first-account statement, vague schedule entries, an unsigned statement.",
                "layout": "messy",
                "seed": 7,
                "first_account_statement": False,
                "vague_entries": True,
                "signed": False,
                "scanned_statement": True,
            }
        ),
        BASE.model_copy(
            update={
                "name": "compliant-messy-names",
                "description": "The compliant file with meaningless names in nested folders.",
                "layout": "messy",
                "seed": 3,
            }
        ),
        BASE.model_copy(
            update={
                "name": "no-abe-recording",
                "description": "The ABE interview is summarised and exhibited, but the recording "
                "was not sent.",
                "abe": "missing",
            }
        ),
        BASE.model_copy(
            update={
                "name": "no-first-account",
                "description": "The complainant first told a friend; the friend's statement is missing.",
                "first_account_statement": False,
            }
        ),
        BASE.model_copy(
            update={
                "name": "no-suspect-interview",
                "description": "No record of the suspect's interview.",
                "roti": False,
            }
        ),
        BASE.model_copy(
            update={
                "name": "no-schedules",
                "description": "No unused material schedules and no DMD.",
                "mg6c": False,
                "mg6d": False,
                "mg6e": False,
                "dmd": False,
            }
        ),
        BASE.model_copy(
            update={
                "name": "disproportionate-digital-request",
                "description": "A full download of the complainant's phone and all her records.",
                "digital_request": "blanket",
                "third_party_request": "blanket",
            }
        ),
        BASE.model_copy(
            update={
                "name": "counselling-request-no-notice",
                "description": "Her counselling notes were asked for with no reason given, and "
                "she was not told in writing (PCSC Act 2022 ss.44A-44B).",
                "third_party_request": "no_reason",
                "victim_notice": "missing",
            }
        ),
        BASE.model_copy(
            update={
                "name": "early-advice-not-recorded",
                "description": "The MG3 says nothing about early advice.",
                "early_advice": "missing",
            }
        ),
        BASE.model_copy(
            update={
                "name": "unsigned-statement",
                "description": "Statements without a signature.",
                "signed": False,
            }
        ),
        BASE.model_copy(
            update={
                "name": "vague-schedule-entries",
                "description": "MG6C entries described as 'Notes', 'Misc', 'Various'.",
                "vague_entries": True,
            }
        ),
        BASE.model_copy(
            update={
                "name": "compliant-national-form",
                "description": "The compliant file with its forms filled in as the national "
                "forms lay them out: boxes, tick boxes, Yes/No columns.",
                "style": "national",
            }
        ),
        BASE.model_copy(
            update={
                "name": "compliant-prose",
                "description": "The compliant file with its forms typed as plain paragraphs, "
                "with no box labels.",
                "style": "prose",
            }
        ),
        BASE.model_copy(
            update={
                "name": "national-form-gaps",
                "description": "National forms: early advice not sought and no reason given, "
                "no target dates for outstanding evidence, no direct contact for the OIC.",
                "style": "national",
                "early_advice": "not_sought_no_reason",
                "outstanding": "undated",
                "oic_contact": False,
            }
        ),
        BASE.model_copy(
            update={
                "name": "national-blanket-requests",
                "description": "National forms: the DMD asks for a full download of the "
                "complainant's phone and all her records since 2008, with no reason.",
                "style": "national",
                "digital_request": "blanket",
                "third_party_request": "blanket",
                "requests_in": "dmd",
            }
        ),
        BASE.model_copy(
            update={
                "name": "unplayable-cctv",
                "description": "The CCTV file is damaged and will not play.",
                "cctv": "unplayable",
            }
        ),
    ]
}


def make_demo_cases(folder: Path, names: list[str] | None = None) -> list[Path]:
    """Write the named demo cases (all by default) into sub-folders of ``folder``."""
    made = []
    for name in names or list(DEMO_CASES):
        target = folder / name
        build_case(DEMO_CASES[name], target)
        made.append(target)
    return made
