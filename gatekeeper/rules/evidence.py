"""Checks of the key evidence: the complainant's account, ABE, statements, convictions, media."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from gatekeeper.boxes import quote
from gatekeeper.case import CaseFile, describe, describe_path, described, join_names
from gatekeeper.dates import target_date
from gatekeeper.models import (
    MULTIMEDIA_TYPES,
    DocType,
    Document,
    FileFormat,
    FirstAccount,
    Problem,
    Role,
)
from gatekeeper.names import named_in, same_person
from gatekeeper.people import complainant_names, statement_of
from gatekeeper.references import MEDIA_CUES
from gatekeeper.rules.mg3 import plainly_undated, reports
from gatekeeper.rules.registry import (
    Outcome,
    check,
    failed,
    not_applicable,
    passed,
    review,
    unreliable,
)
from gatekeeper.statements import CONTACT_SECTION, CONTINUATION_SHEET, SHEET_HEAD, served_end

LONG_FOOTAGE_S = 30 * 60
CLIP_MAX_S = 10 * 60
_I = re.IGNORECASE


@check
def complainant_account(case: CaseFile) -> Outcome:
    statements = case.statements(Role.COMPLAINANT)
    accounts = case.of_type(DocType.ABE_RECORDING) + [d for d in statements if d.role_certain]
    if accounts:
        return passed("The complainant's account is in the file.", [d.path for d in accounts])
    if statements:
        return review(
            f"{_rests_on(statements)} may be the complainant's account, but the signals are weak "
            "or mixed: check whose statement it is.",
            [d.path for d in statements],
        )
    unknown = _unread_statements(case)
    if unknown:
        return review(
            "No complainant's account was recognised, but some statements could not be read: "
            "check whether one of them is hers.",
            unknown,
        )
    return failed("Neither an ABE recording nor a statement from the complainant is in the file.")


def _unread_statements(case: CaseFile) -> list[str]:
    scanned = case.with_problem(Problem.SCANNED)
    # By identity: ``in`` on the list would compare records field by field, once per statement.
    listed = {id(d) for d in scanned}
    unplaced = [d for d in case.of_type(DocType.MG11) if d.role is None and id(d) not in listed]
    return [d.path for d in case.in_file_order(scanned + unplaced)]


@check
def abe_recording_plays(case: CaseFile) -> Outcome:
    recordings = case.of_type(DocType.ABE_RECORDING)
    references = case.facts.abe_referenced_in
    if not recordings:
        unsure = [u for u in case.facts.unsure if u.topic == "abe"]
        written = case.statements(Role.COMPLAINANT)
        if not references and unsure and not written:
            return review(
                f"No ABE recording is in the file; {describe_path(case, unsure[0].document)} mentions "
                f'a video-recorded interview without saying one took place ("{quote(unsure[0].sentence)}"): '
                "check whether there is a recording.",
                list(dict.fromkeys(u.document for u in unsure)),
            )
        if not references:
            if unsure:
                return not_applicable(
                    "No video-recorded interview is said to have taken place "
                    f'("{quote(unsure[0].sentence)}"); the complainant\'s account is her written '
                    "statement."
                )
            return not_applicable("No video-recorded interview is referred to in the file.")
        named = [describe(d) for d in case.documents if d.path in references]
        sentence = join_names(named)
        verb = "refers" if len(set(named)) == 1 else "refer"
        said = f"{sentence[0].upper()}{sentence[1:]} {verb} to a video-recorded interview"
        unidentified = [
            d.path
            for d in case.documents
            if d.type is DocType.OTHER and d.format is FileFormat.VIDEO
        ]
        if unidentified:
            return review(
                f"{said}; no recording was recognised, but {join_names(unidentified)} "
                f"{'is an unidentified video' if len(unidentified) == 1 else 'are unidentified videos'}: "
                "check whether it is the ABE recording and correct its type.",
                references + unidentified,
            )
        return failed(f"{said}, but no recording is in the file.", references)
    broken = [d for d in recordings if not d.playable]
    if broken and len(broken) < len(recordings):
        playing = [d.path for d in recordings if d.playable]
        return passed(
            f"{join_names(playing)} plays; the damaged copy {join_names([d.path for d in broken])} "
            "is reported under MM-PLAYABLE.",
            playing,
        )
    if broken:
        return failed(
            "The ABE recording does not play: "
            + "; ".join(f"{d.path} ({d.problem or 'no frames decode'})" for d in broken),
            [d.path for d in broken],
        )
    return passed(
        f"{len(recordings)} ABE recording(s) in the file, and each plays.",
        [d.path for d in recordings],
    )


RECORDING_PART = re.compile(r"\b(?:part|disc|disk|tape|recording)\s*(\d{1,2})\b(?! of)")


@check
def abe_summary_per_recording(case: CaseFile) -> Outcome:
    recordings = case.of_type(DocType.ABE_RECORDING)
    summaries = case.of_type(DocType.ABE_SUMMARY)
    if not recordings:
        return not_applicable("There is no ABE recording in the file.")
    # One index may cover several recordings, naming each ("Part 2 | JM_VRI_part2.mp4 - SR/2").
    texts = {id(d): case.text(d).lower() for d in summaries}
    named = [
        d
        for d in recordings
        if any(PurePosixPath(d.path).name.lower() in t for t in texts.values())
    ]
    general = [
        d
        for d in summaries
        if not any(PurePosixPath(r.path).name.lower() in texts[id(d)] for r in recordings)
    ]
    if named and len(general) >= len(recordings) - len(named):
        return passed(
            f"Each ABE recording has a summary or index ({len(named)} named in one).",
            [d.path for d in summaries],
        )
    # An index of an interview in parts covers each part it indexes ("Part 1 (LJ/1) 11:02-11:31;
    # Part 2 (LJ/2) 11:41-12:05").
    covered = len(named) + sum(
        max(1, len({m.group(1) for m in RECORDING_PART.finditer(texts[id(d)])})) for d in general
    )
    if len(summaries) < len(recordings) and covered >= len(recordings):
        return passed(
            f"Each ABE recording has a summary or index (one indexes {covered} parts).",
            [d.path for d in summaries],
        )
    if len(summaries) < len(recordings):
        return failed(
            f"{len(recordings)} ABE recording(s) but {len(summaries)} summary or index.",
            [d.path for d in recordings],
        )
    return passed("Each ABE recording has a summary or index.", [d.path for d in summaries])


@check
def abe_recording_exhibited(case: CaseFile) -> Outcome:
    recordings = case.of_type(DocType.ABE_RECORDING)
    if not recordings and not case.facts.abe_referenced_in:
        return not_applicable("There is no ABE recording in the file.")
    officers = case.statements(Role.OFFICER)
    for document in officers:
        if case.reading(document, "produces-abe"):
            return passed(
                f"{describe(document)} produces the ABE recording as an exhibit.",
                [document.path],
            )
    if not officers and not _unread_statements(case):
        return failed(
            "No officer's statement is in the file, so none produces the ABE recording as an exhibit.",
            [d.path for d in recordings],
        )
    interviewers = [d for d in officers if case.reading(d, "abe-interviewer")]
    if interviewers and recordings and not _unread_statements(case):
        # The interviewer's statement, read in full, tells of the interview and produces no
        # recording: silence where the exhibit belongs is evidence.
        return failed(
            f"{join_names([describe(d) for d in interviewers])} tells of the video-recorded "
            "interview but produces no recording of it as an exhibit, and no other statement "
            "does.",
            [d.path for d in interviewers + recordings],
        )
    named = _interviewer(case)
    if named and recordings and not _unread_statements(case):
        name, where = named
        surname = name.split()[-1]
        makers = " ".join(d.maker or "" for d in case.of_type(DocType.MG11))
        if not re.search(rf"\b{re.escape(surname)}\b", makers, _I):
            # The file names who interviewed her, and he has made no statement: no one
            # produces the recording (ABE 2022: the interviewer exhibits it).
            return failed(
                f"{where} names {name} as the interviewer, but no statement from {name} is in "
                "the file, and no other statement produces the recording as an exhibit.",
                [where, *[d.path for d in recordings]],
            )
    looked = join_names([describe(d) for d in officers]) or "the statements"
    return review(
        f"No sentence producing the ABE recording as an exhibit was found in {looked}: check "
        "that the interviewing officer's statement exhibits it.",
        [d.path for d in officers + recordings],
    )


# "Interviewer: DC 2260 LEE", "Interviewing officer	DC Marcus LEE", "Interviewed by: ...".
INTERVIEWER = re.compile(
    r"(?:^|(?<=\s))(?i:(?:lead |first )?(?:interviewer|interviewing officer|interviewed by|"
    r"conducted by))(?:\(s\))?\s*[:\t ]\s*"
    r"(?P<name>(?:(?:DC|DS|PC|DI|TDC|Det\.?|Detective|Constable)\s+)?(?:\d{2,5}\s+)?"
    r"[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+){0,2})(?=\s{2,}|\t|\s*$|\s*[,;(]|\.(?:\s|$)|\s+[A-Z][\w ]{0,20}:)",
    re.MULTILINE,
)


def _interviewer(case: CaseFile) -> tuple[str, str] | None:
    """The officer an ABE summary or index names as the interviewer, with the document."""
    for document, text in case.texts(DocType.ABE_SUMMARY):
        found = INTERVIEWER.search(text[:HEAD])
        if found:
            return " ".join(found.group("name").split()), document.path
    return None


HEAD = 1500


@check
def abe_plan_retained(case: CaseFile) -> Outcome:
    if not case.of_type(DocType.ABE_RECORDING) and not case.facts.abe_referenced_in:
        return not_applicable("No video-recorded interview is referred to in the file.")
    plans = case.of_type(DocType.ABE_PLAN)
    if plans:
        return passed("The ABE interview plan is in the file.", [d.path for d in plans])
    for document, text in case.texts(DocType.MG6C):
        if re.search(r"\b(interview|ABE|VRI) plan(ning)?\b", text, _I):
            return passed("The ABE interview plan is listed on the MG6C.", [document.path])
    return failed("The ABE interview plan is neither in the file nor listed on the MG6C.")


def _someone_else(case: CaseFile, statement: Document, missing: list[FirstAccount]) -> bool:
    """The statement's maker describes being someone else to her ("I am Alice's mother") when
    every witness missing is known only as another relationship ("a flatmate")."""
    if not all(a.relationship and not a.name for a in missing):
        return False
    parts = case.statement(statement)
    complainant = complainant_names(case)
    own = {bond for bond, _ in parts.bonds if parts.describes(bond, complainant)}
    return bool(own) and not any(a.relationship in own for a in missing)


@check
def first_account_statements(case: CaseFile) -> Outcome:
    """Each person the file says she first told has a statement; every outcome names the
    statement it rests on and why it is that person's."""
    accounts = case.facts.first_accounts
    statements = case.statements(Role.FIRST_ACCOUNT)
    if not accounts:
        certain = [d for d in statements if d.role_certain]
        if certain:
            return passed(
                f"{_rests_on(certain)}: a first-account witness's statement, though the file "
                "names no one she first told.",
                [d.path for d in certain],
            )
        if statements:
            return review(
                f"{_rests_on(statements)} may be a first-account witness's statement, but the "
                "signals are weak or mixed: check who the complainant first told.",
                [d.path for d in statements],
            )
        return not_applicable("No first-account witness is named or described in the file.")
    phrases = case.forms.phrases
    found: list[tuple[str, Document, str]] = []
    missing = []
    for account in accounts:
        statement = statement_of(account, case, phrases)
        if statement is None:
            missing.append(account)
        else:
            how = (
                "by name"
                if account.name and statement.maker
                else "by the relationship it describes"
            )
            found.append((account.described, statement, how))
    if missing:
        people = join_names([a.described for a in missing])
        sources = sorted({p for a in missing for p in a.documents})
        matched = {id(statement) for _, statement, _ in found}
        # A statement whose maker is named, when every missing witness is named otherwise,
        # is not theirs ("Carys MORGAN-HOLT" is missing; Tunde BALOGUN's statement is his).
        named = all(a.name for a in missing)
        spare = [
            d
            for d in statements
            if id(d) not in matched
            and not (
                named and d.maker and not any(same_person(a.name or "", d.maker) for a in missing)
            )
            and not _someone_else(case, d, missing)
        ]
        unread = _unread_statements(case)
        # A witness the file names, whom no statement's maker could be: missing, whatever the
        # spare statements are ("Jodie MILLER" told first; Amir SHAH's statement is his own).
        surely_missing = [
            a
            for a in missing
            if a.name
            and not unread
            and not any(not d.maker or same_person(a.name, d.maker) for d in spare)
        ]
        if surely_missing:
            return failed(
                f"The complainant first told {join_names([a.described for a in surely_missing])}, but "
                f"there is no statement from {'them' if len(surely_missing) > 1 else 'that witness'}.",
                sorted({p for a in surely_missing for p in a.documents}),
            )
        if spare:
            return review(
                f"The complainant first told {people}; no statement was matched to them, but "
                f"{_rests_on(spare)} reads as a first-account witness's: check whether it is theirs.",
                sources + [d.path for d in spare],
            )
        if unread:
            return review(
                f"The complainant first told {people}; no statement of theirs was recognised, but "
                "some statements could not be read: check whether one of them is it.",
                sources + unread,
            )
        unnamed = [a for a in missing if not a.name]
        described = " (the file gives no name)" if unnamed and len(missing) == 1 else ""
        return failed(
            f"The complainant first told {people}{described}, but there is no statement from "
            f"{'them' if len(missing) > 1 else 'that witness'}.",
            sources,
        )
    return passed(
        "; ".join(f"{who}: {statement.path}, matched {how}" for who, statement, how in found) + ".",
        [statement.path for _, statement, _ in found],
    )


def _rests_on(statements: list[Document]) -> str:
    """The statements a finding rests on, with why each has its role."""
    return join_names(
        [
            f"{describe(d)} ({d.path}{': ' + d.role_basis if d.role_basis else ''})"
            for d in statements
        ]
    )


@check
def first_officer_statement(case: CaseFile) -> Outcome:
    officers = case.statements(Role.OFFICER)
    named = case.facts.first_officer
    for document in officers:
        if case.reading(document, "first-attendance") or (
            named and document.maker and same_person(named, document.maker)
        ):
            return passed(f"{describe(document)} covers the first attendance.", [document.path])
    if (
        named
        and not any(d.maker and same_person(named, d.maker) for d in case.statements())
        and all(d.maker for d in officers)  # an officer's statement whose maker went unread
        and not _unread_statements(case)
    ):
        # The file names the officer; no statement in it is theirs: evidence, not a doubt.
        return failed(
            f"The file names {named} as the first officer to attend, but no statement from "
            "that officer is in it.",
            [d.path for d in officers],
        )
    if officers:
        return review(
            f"No officer's statement was read as covering the first attendance (looked in "
            f"{join_names([describe(d) for d in officers])}): check that the first attending "
            "officer's statement is in the file.",
            [d.path for d in officers],
        )
    if unread := _unread_statements(case):
        return review(
            "No officer's statement was recognised, but some statements could not be read: check "
            "whether one is the first attending officer's.",
            unread,
        )
    return failed("No statement from the first attending officer is in the file.")


def _rear_page(case: CaseFile, document: Document, statements: list[Document]) -> bool:
    """A rear page (the witness's details, confidential) filed on its own beside the statements
    it goes with: no statement, so nothing to sign or date."""
    return bool(CONTACT_SECTION.search(case.text(document)[:SHEET_HEAD])) and any(
        other is not document and case.statement(other).has_declaration for other in statements
    )


def _continues(case: CaseFile, document: Document, statements: list[Document]) -> bool:
    """The statement is a continuation sheet of another statement of its maker in the file."""
    head = case.text(document)[:SHEET_HEAD]
    if not document.maker or not CONTINUATION_SHEET.search(head):
        return False
    return any(
        other is not document
        and other.maker
        and same_person(other.maker, document.maker)
        and case.statement(other).has_declaration
        for other in statements
    )


@check
def statements_signed(case: CaseFile) -> Outcome:
    statements = case.statements()
    if not statements:
        return not_applicable("There are no MG11 statements in the file.")
    faults: list[str] = []
    faulty: list[str] = []
    unsure: list[str] = []
    for document in statements:
        if unreliable(case, document):
            unsure.append(f"{document.path} (scanned: no reliable text)")
            continue
        parts = case.statement(document)
        if not parts.has_declaration and _rear_page(case, document, statements):
            continue
        # OCR reads a typed "(Sgd)" or the maker's typed name as well as any text; a
        # handwritten signature it reads as marks that are no words, never as the name.
        confirmed = (
            parts.signed and (not document.ocr or parts.typed_mark or parts.signed_by_maker)
        ) or (document.ocr and parts.scribbled)
        if parts.signature_box and not parts.signed and not document.ocr:
            faults.append(f"{describe(document)} ({document.path}): the signature box is blank")
            faulty.append(document.path)
            continue
        # A continuation sheet filed on its own ("Continuation of statement of: Grace OKORO")
        # carries the declaration and the date on its first page, which is in the file.
        sheet = not parts.has_declaration and _continues(case, document, statements)
        doubts = [
            label
            for label, present in (
                ("the declaration", parts.has_declaration or sheet),
                ("a signature", confirmed),
                ("a date", parts.dated or sheet),
            )
            if not present
        ]
        if doubts:
            how = (
                " (a scan read by OCR: a handwritten signature cannot be confirmed)"
                if document.ocr
                else ""
            )
            unsure.append(
                f"{describe(document)} ({document.path}): {join_names(doubts)} not confirmed{how}"
            )
    if faults:
        return failed("; ".join(faults) + ".", faulty)
    if unsure:
        return review(
            "Check by eye that these statements carry the declaration, a signature and a date: "
            + "; ".join(unsure)
            + ".",
            [d.path for d in statements if any(d.path in u for u in unsure)],
        )
    return passed(
        f"All {len(statements)} statements carry the declaration, a signature and a date."
    )


WITNESS_PRINT = re.compile(r"\bwitness(es)?\b|nil return", _I)


def _suspects_print(case: CaseFile, text: str) -> bool:
    """A PNC print of the suspect: it says so, or it names him."""
    suspect = case.facts.suspect
    return bool(re.search(r"\bsuspect\b", text, _I)) or bool(suspect and named_in(text, suspect))


@check
def suspect_convictions(case: CaseFile) -> Outcome:
    prints = case.texts(DocType.PNC)
    for document, text in prints:
        if _suspects_print(case, text):
            return passed("The suspect's PNC print is in the file.", [document.path])
    unclear = [d for d, text in prints if not WITNESS_PRINT.search(text)]
    if unclear:
        return review(
            "PNC prints are in the file, but none is clearly the suspect's.",
            [d.path for d in unclear],
        )
    return failed("The suspect's previous convictions (PNC print) are not in the file.")


@check
def witness_convictions(case: CaseFile) -> Outcome:
    prints = case.texts(DocType.PNC)
    for document, text in prints:
        if WITNESS_PRINT.search(text) and not (
            _suspects_print(case, text) and not re.search(r"\bwitness(es)?\b", text, _I)
        ):
            return passed(
                "Previous convictions of the prosecution witnesses (or a nil return) are in the file.",
                [document.path],
            )
    unclear = [d.path for d, text in prints if not _suspects_print(case, text)]
    if unclear:
        return review(
            "PNC prints are in the file, but none is clearly the witnesses' (or a nil return): "
            "check whose convictions they are.",
            unclear,
        )
    return failed("No previous convictions, or nil return, for the prosecution witnesses.")


def _multimedia(case: CaseFile) -> list[Document]:
    recordings = case.of_type(DocType.ABE_RECORDING)
    spare_copies = (
        [d for d in recordings if not d.playable] if any(d.playable for d in recordings) else []
    )
    unnamed = [
        d for d in case.with_format(FileFormat.VIDEO, FileFormat.AUDIO) if d.type is DocType.OTHER
    ]
    return case.in_file_order(case.of_type(*MULTIMEDIA_TYPES) + unnamed) + spare_copies


@check
def multimedia_plays(case: CaseFile) -> Outcome:
    media = _multimedia(case)
    if not media:
        return not_applicable("There is no CCTV, body-worn video or call recording in the file.")
    broken = [d for d in media if not d.playable]
    if broken:
        return failed(
            "Will not play: "
            + "; ".join(f"{d.path} ({d.problem or 'no frames decode'})" for d in broken),
            [d.path for d in broken],
        )
    return passed(f"All {len(media)} multimedia file(s) play.", [d.path for d in media])


@check
def multimedia_provided(case: CaseFile) -> Outcome:
    referenced = case.facts.multimedia_referenced
    if not referenced:
        return not_applicable(
            "No statement or MG3 refers to CCTV, body-worn video or a 999 recording."
        )
    labels = {"CCTV": "CCTV", "BWV": "body-worn video", "CALL_999": "the 999 call recording"}
    missing = [kind for kind in referenced if not case.of_type(DocType(kind))]
    # Footage still being retrieved is outstanding evidence (MG3-OUTSTANDING asks its date),
    # not a recording the file says it holds.
    awaited = [kind for kind in missing if _outstanding(case, kind)]
    missing = [kind for kind in missing if kind not in awaited]
    # Footage viewed and scheduled as unused material, which no statement produces and no MG12
    # lists ("Front door CCTV ..., viewed, nobody enters or leaves" on the MG6C), is not evidence
    # the file relies on: the schedule is where it belongs.
    unused = [kind for kind in missing if _only_scheduled(case, kind)]
    missing = [kind for kind in missing if kind not in unused]
    if missing:
        sources = sorted({p for kind in missing for p in referenced[kind]})
        return failed(
            f"The file refers to {join_names([labels[k] for k in missing])}, but no such recording is in it.",
            sources,
        )
    held = [kind for kind in referenced if kind not in awaited and kind not in unused]
    said = []
    if unused:
        said.append(
            f"The {join_names([labels[k] for k in unused])} is listed on the MG6C as unused "
            "material, and no statement produces it."
        )
    if held:
        verb = "is" if len(held) == 1 else "are"
        said.append(f"The {join_names([labels[k] for k in held])} referred to {verb} in the file.")
    if awaited:
        said.append(
            f"The {join_names([labels[k] for k in awaited])} is listed as outstanding evidence."
        )
    return passed(" ".join(said))


def _only_scheduled(case: CaseFile, kind: str) -> bool:
    """The MG6C lists this kind of recording, and no statement or exhibit list names it."""
    cued = MEDIA_CUES[kind]
    scheduled = any(cued.search(text) for _, text in case.texts(DocType.MG6C))
    produced = any(cued.search(text) for _, text in case.texts(DocType.MG11, DocType.MG12))
    return scheduled and not produced


def _outstanding(case: CaseFile, kind: str) -> bool:
    """The MG3 lists this kind of recording among the evidence still to come."""
    cued = MEDIA_CUES[kind]
    return any(cued.search(item.text) for item in case.facts.outstanding)


@check
def long_footage_clipped(case: CaseFile) -> Outcome:
    long_media = [d for d in _multimedia(case) if (d.duration_s or 0) > LONG_FOOTAGE_S]
    if not long_media:
        return not_applicable("No footage is longer than 30 minutes.")
    unclipped = []
    for footage in long_media:
        clips = [
            d
            for d in case.of_type(footage.type)
            if d is not footage and 0 < (d.duration_s or 0) <= CLIP_MAX_S
        ]
        if not clips:
            unclipped.append(footage)
    if unclipped:
        return failed(
            "Long footage with no clip of the relevant part: "
            + "; ".join(f"{d.path} ({(d.duration_s or 0) / 60:.0f} minutes)" for d in unclipped),
            [d.path for d in unclipped],
        )
    return passed(
        "Long footage comes with clips of the relevant parts.", [d.path for d in long_media]
    )


@check
def exhibits_available(case: CaseFile) -> Outcome:
    referenced = case.facts.exhibits_referenced
    if not referenced:
        return not_applicable("No statement refers to an exhibit.")
    listed_text = " ".join(case.text(d) for d in case.of_type(DocType.MG12, DocType.MG6C))
    headings = " ".join(
        case.text(d)[:300]
        for d in case.documents
        if d.type not in (DocType.MG11, DocType.MG3, DocType.MG3A, DocType.MG5, DocType.MG12)
    )
    missing = [ref for ref in referenced if ref not in listed_text and ref not in headings]
    if missing:
        sources = sorted({p for ref in missing for p in referenced[ref]})
        return failed(
            f"Exhibit(s) {join_names(missing)} are referred to in statements but are neither in the "
            "file nor listed on the MG12 or MG6C.",
            sources,
        )
    return passed(f"All {len(referenced)} exhibits referred to are in the file or listed.")


FORENSIC_WORK = re.compile(r"forensic|DNA|toxicolog|medical|swab|SARC|SFR|semen|blood|urine", _I)
# A phone's download "awaited from the Digital Forensic Unit" is digital work, not forensic.
DIGITAL_WORK = re.compile(
    r"\bdigital forensics?\b|\bDFU\b|\b(phones?|handsets?|downloads?|extractions?|laptops?|"
    r"devices?|cell[- ]site)\b",
    _I,
)


# Results a report or an expert says are still to come.
AWAITED = re.compile(
    r"\b(are|is|remain|remains) (still )?(awaited|outstanding|pending)\b|\bin the (laboratory|lab) "
    r"queue\b|\bI will provide a (further|supplementary|second) (statement|report)\b",
    _I,
)


def _awaited(text: str, case: CaseFile) -> list[str]:
    """Sentences of a report saying results are still to come, with no date for them."""
    return [
        sentence
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(text[: served_end(text)].split()))
        if AWAITED.search(sentence) and target_date(sentence, case.forms.phrases) is None
    ]


def _forensic_item(text: str) -> bool:
    return bool(FORENSIC_WORK.search(text)) and not DIGITAL_WORK.search(text)


@check
def forensic_medical_evidence(case: CaseFile) -> Outcome:
    references = case.facts.forensic_referenced_in
    if not references:
        return not_applicable("No forensic or medical examination is referred to.")
    # The results: a forensic or medical report, or an expert's statement (the FME's, the
    # forensic scientist's).
    results = case.of_type(DocType.FORENSIC, DocType.MEDICAL) + case.statements(Role.EXPERT)
    undated = [text for text in plainly_undated(case) if _forensic_item(text)]
    if undated:
        # The MG3 itself says forensic work is still to come, and gives no date for it: what is
        # in the file is not all of it.
        return failed(
            "The MG3 lists forensic or medical results still to come without a target date: "
            + "; ".join(quote(t, 120) for t in undated),
            reports(case),
        )
    dated = [
        item for item in case.facts.outstanding if item.target_date and _forensic_item(item.text)
    ]
    if results and not dated:
        # The scientist's own statement says more is to come; the file gives it no date ("The
        # Y-STR results on FH/1 and the examination of KD/1 are awaited").
        awaited = [
            (document, sentence)
            for document in results
            for sentence in _awaited(case.text(document), case)
        ]
        if awaited and case.mg3.get("outstanding") is not None:
            document, sentence = awaited[0]
            return failed(
                f"{described(document)} says results are still to come "
                f'("{quote(sentence, 140)}"), but the file gives no target date for them.',
                [document.path, *reports(case)],
            )
    if results:
        return passed(
            f"Forensic or medical evidence is in the file: {join_names([describe(d) for d in results])}.",
            [d.path for d in results],
        )
    if dated:
        return passed("Forensic or medical results are outstanding with a target date.", references)
    if case.mg3.get("outstanding") is None:
        return review(
            "The file refers to a forensic or medical examination; no results are in it and no "
            "outstanding evidence box was found in the MG3: check when the results are expected.",
            references,
        )
    return failed(
        "The file refers to a forensic or medical examination, but has neither the results nor a "
        "target date for them.",
        references,
    )
