"""What a synthetic demonstration case contains: the knobs trainers and tests turn.

The default spec is a complete, compliant charging file; each field moves it towards one of the
common failures seen in inspections. All people, places and numbers are invented.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class People(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    complainant: str = "Leah Marsden"
    suspect: str = "Daniel Pryce"
    first_account: str = "Sophie Tran"
    first_account_relationship: str = "friend"  # how the complainant knows her ("sister" ...)
    oic: str = "DC Priya Shah"
    attending_officer: str = "PC Tom Ellery"
    witness: str = "Marcus Bell"
    expert: str = "Dr Helen Orme"
    disclosure_officer: str = "DC Aaron Wells"


class CaseSpec(BaseModel):
    """One demonstration case. ``layout='messy'`` gives meaningless names and nested folders.

    ``style`` is how the forms are filled in: ``standard`` (``Label: value`` lines), ``national``
    (the national forms' boxes, tick boxes and headings) or ``prose`` (plain paragraphs, no box
    labels). Every other knob means the same in each style.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = "compliant"
    description: str = "A complete charging file that meets the national file standard."
    seed: int = 1
    layout: Literal["tidy", "messy"] = "tidy"
    people: People = People()
    urn: str = "42YE1234526"
    second_urn: str | None = None
    style: Literal["standard", "national", "prose"] = "standard"

    mg3: bool = True
    mg3_form: Literal["paragraphs", "table", "scanned"] = "paragraphs"
    test_sought: Literal["full_code", "threshold", "threshold_no_reason", "missing"] = "full_code"
    early_advice: Literal["sought", "not_sought_with_reason", "not_sought_no_reason", "missing"] = (
        "sought"
    )
    oic_contact: bool = True
    lines_of_enquiry: Literal["full", "no_away", "missing"] = "full"
    suspect_account: bool = True
    outstanding: Literal["dated", "undated", "none"] = "dated"
    special_measures: bool = True
    victim_needs: bool = True
    vps: bool = True
    isva: bool = True

    abe: Literal["present", "missing", "unplayable", "none"] = "present"
    abe_titled: bool = True
    abe_summary: bool = True
    abe_plan: bool = True
    abe_exhibited: bool = True
    complainant_mg11: bool = False
    first_account_named: bool = True  # False: "a friend", no one named and no statement
    # "relationship": the MG3, ABE summary and complainant's account say "her friend", no name
    first_account_described: Literal["name", "relationship"] = "name"
    first_account_statement: bool = True
    officer_statement: bool = True
    signed: bool = True
    witness_statement: bool = True
    roti: bool = True
    pnc_suspect: bool = True
    pnc_witness: bool = True
    incident_log: bool = True
    crime_report: bool = True

    mg6c: bool = True
    mg6d: bool = True
    mg6e: bool = True
    dmd: bool = True
    vague_entries: bool = False
    scheduled_abe_plan: bool = False

    device_examined: bool = True
    dpn: bool = True
    # where the requests for the complainant's digital and third-party material are written
    requests_in: Literal["mg3", "dmd", "mg6c"] = "mg3"
    # "mg6c": the examination of the complainant's phone is recorded only on the MG6C
    device_recorded_in: Literal["mg3", "mg6c"] = "mg3"
    digital_request: Literal["proportionate", "blanket", "no_parameters", "none"] = "proportionate"
    third_party_request: Literal["proportionate", "no_reason", "blanket", "none"] = "proportionate"
    # written notice to the complainant of the third-party request (PCSC Act 2022 s.44B)
    victim_notice: Literal["given", "withheld", "planned", "missing"] = "given"

    cctv: Literal["present", "missing", "unplayable", "long_unclipped", "long_clipped", "none"] = (
        "present"
    )
    bwv: bool = True
    call_999: bool = True
    exhibits_listed: bool = True
    forensic: Literal["present", "outstanding_dated", "missing", "none"] = "present"
    mg12: bool = True
    mg6: bool = True
    pii_leak: bool = False

    resubmission: Literal["none", "answered", "part_answered", "pending"] = "none"
    action_plan_date: str = "02/10/2026"

    mislabelled: bool = False
    scanned_statement: bool = False
    legacy_doc: bool = False
    phone_extract_files: int = 0
