"""Documents are recognised by content: meaningless names, nested folders and mixed formats."""

from __future__ import annotations

import pytest

from gatekeeper.demo import CaseSpec, build_case
from gatekeeper.demo.build import EXPECTED
from gatekeeper.models import DocType, Role, Status, TypeSource
from helpers import finding


@pytest.fixture(scope="module")
def messy(tmp_path_factory, checker):
    folder = tmp_path_factory.mktemp("messy")
    written = build_case(
        CaseSpec(layout="messy", seed=11, complainant_mg11=True, resubmission="answered"), folder
    )
    report = checker.check(folder)
    return folder, written, {d.path: d for d in report.documents}


def test_names_say_nothing(messy):
    folder, written, _ = messy
    names = [path.name for path in written]
    assert not any("MG" in name or "statement" in name.lower() for name in names), names
    assert any(path.parent != folder for path in written), "expected nested folders"


def test_every_document_is_recognised_by_content(messy):
    folder, written, documents = messy
    wrong = []
    for path, key in written.items():
        if key not in EXPECTED:
            continue
        expected_type, expected_role = EXPECTED[key]
        document = documents[path.relative_to(folder).as_posix()]
        if (
            document.type.value != expected_type
            or (document.role.value if document.role else None) != expected_role
        ):
            wrong.append((key, document.path, document.type.value, document.role))
        elif document.type_source is not TypeSource.CONTENT:
            wrong.append((key, document.path, "decided by", document.type_source.value))
    assert not wrong


def test_formats_vary(messy):
    _, _, documents = messy
    formats = {d.format.value for d in documents.values()}
    assert {"pdf", "docx", "xlsx", "video", "audio", "outlook_msg"} <= formats


def test_statement_makers_and_dates_are_read(messy):
    _, _, documents = messy
    makers = {d.maker for d in documents.values() if d.type is DocType.MG11}
    assert {"Leah Marsden", "Sophie Tran", "PC Tom Ellery", "DC Priya Shah"} <= makers
    first = next(d for d in documents.values() if d.role is Role.FIRST_ACCOUNT)
    assert first.statement_date is not None and first.statement_date.year == 2026


def test_media_details_are_reported(messy):
    _, _, documents = messy
    abe = next(d for d in documents.values() if d.type is DocType.ABE_RECORDING)
    assert abe.playable and abe.duration_s == pytest.approx(4, abs=0.2)
    call = next(d for d in documents.values() if d.type is DocType.CALL_999)
    assert call.playable and call.duration_s == pytest.approx(2, abs=0.1)


def test_every_file_appears_with_its_hash(messy):
    folder, _, documents = messy
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert set(documents) == on_disk
    assert all(len(d.sha256 or "") == 64 for d in documents.values())


def test_a_name_that_contradicts_content_is_flagged(check_case):
    report = check_case(mislabelled=True)
    document = next(d for d in report.documents if d.path == "MG6C schedule.docx")
    assert document.type is DocType.MG11
    assert "named as MG6C but its content is MG11" in (document.mismatch or "")
    assert "the content is a PDF" in (document.mismatch or "")


def test_an_untitled_abe_recording_is_matched_by_the_length_its_summary_states(check_case):
    report = check_case(layout="messy", seed=21, abe_titled=False)
    recording = next(
        d
        for d in report.documents
        if d.format.value == "video" and d.duration_s and d.duration_s < 4.5 and d.duration_s > 3.5
    )
    assert recording.path.rsplit("/", 1)[-1].startswith("VID_")
    assert recording.type is DocType.ABE_RECORDING
    assert finding(report, "ABE-REC").status is Status.PASS


def test_an_unidentified_video_makes_abe_rec_a_review_not_a_fail(check_case):
    report = check_case(layout="messy", seed=21, abe_titled=False, abe_summary=False)
    result = finding(report, "ABE-REC")
    assert result.status is Status.REVIEW
    assert "unidentified video" in result.message


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\bMG\s?3A\b", ("mg",)),
        (r"report to (the )?crown prosecutor", ("crown prosecutor",)),
        (r"\bmg\s?-?11\b|\bstatement\b", ("mg", "statement")),  # one word or the other
        (r"\b(abe|vri|best evidence)\b.{0,40}\b(summary|index)", ("summary", "index")),
        (r"\bbwv\b|body[- ]?worn", ("bwv", "body")),
        (r"\b(ROTI|ROVI)\b", ("ti", "vi")),  # the parser takes the shared "RO" out first
        (r"x(?:ab|cd)?y", None),  # the group may be skipped and the rest is too short to tell
        (r"\bmg\b|\bx\b", None),  # a branch with no word: nothing every match has
        (r"[", None),  # not a pattern at all: no pre-check
    ],
)
def test_the_words_a_pattern_cannot_match_without(pattern, literal):
    from gatekeeper.cues import required_literals

    assert required_literals(pattern) == literal


def test_a_prefilter_gives_the_patterns_that_may_match_in_their_order():
    from gatekeeper.cues import Prefilter

    prefilter = Prefilter([("statement",), None, ("roti", "rovi"), ("mg",), ("rovi",)])
    assert prefilter.possible("message 00001") == [1]  # the pattern with no words always runs
    assert prefilter.possible("rovi of an mg15") == [1, 2, 3, 4]
    assert prefilter.possible("witness statement") == [0, 1]
    assert Prefilter([("mg",)]).possible("msg") == []


def test_every_heading_a_pattern_matches_has_its_required_words():
    """The literal pre-check never hides a match, whatever the case or an odd letter."""
    import re

    from gatekeeper.classify import CONTENT_PATTERNS, NAME_PATTERNS
    from gatekeeper.cues import fold, required_literals

    samples = [
        "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
        "mg 3a further report to the crown prosecutor",
        "Mg5 Case Summary",
        "SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)",
        "Witness Statement (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; MC Rules 1981, r.70)",
        "Record of Video Recorded Interview",
        "ABE summary of the interview",
        "Streamlined Forensic Report SFR1",
        "DIGITAL PROCESSING NOTICE",
        "Disclosure Management Document",
        "ſchool records",  # a long s: Python's IGNORECASE matches it to s
        "Crıme report",  # a dotless i
        "WİTNESS STATEMENT",  # a dotted capital I: casefold alone gives i and a combining dot
        "Incident log CAD 0231",
        # The patterns with one word or another to look for
        "Transcript of the ABE interview",
        "VRI Summary - Achieving Best Evidence",
        "ROVI 12 March",
        "Body-worn footage",
        "BWV clip 3",
        "Interview record of suspect",
        "Exhibit List",
        "Download report",
    ]
    patterns = [p for _, heads, _ in CONTENT_PATTERNS for p in heads]
    patterns += [p for _, p in NAME_PATTERNS]
    checked = 0
    for pattern in patterns:
        needles = required_literals(pattern, re.IGNORECASE)
        for sample in samples:
            if re.search(pattern, sample, re.IGNORECASE):
                checked += 1
                assert needles is None or any(n in fold(sample) for n in needles), (pattern, sample)
    assert checked >= len(samples) - 1


def test_a_heading_with_a_dotted_capital_i_is_recognised():
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat

    text = "WİTNESS STATEMENT\nStatement of: Karen Doyle\n"
    found = classify("upload 17.txt", Extraction(format=FileFormat.TEXT, text=text))
    assert found.type is DocType.MG11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # record systems call a crime an occurrence
        ("Niche occurrence 12/26/4410\nURN\t12AB3456726\nClass\tRape", DocType.CRIME_REPORT),
        ("ATHENA OCCURRENCE 31XY/26/0042 URN 31XY0004226\nVICTIM: DOE JANE", DocType.CRIME_REPORT),
        # a command-and-control log by its system's name and number
        ("NORTHSHIRE STORM 12-20260101-0104\n01:04 CALLER REPORTS ...", DocType.INCIDENT_LOG),
        # the prosecutor's record, titled; an e-mail to the early-advice mailbox is not one
        ("CPS Northshire RASSO - Early Advice\nURN\t12AB3456726", DocType.EARLY_ADVICE),
        # a VPS written on the MG11 form: its title under the declaration
        (
            "WITNESS STATEMENT (MG11)\nStatement of: Ann Vale\nThis statement (consisting of 1 "
            "page(s) each signed by me) is true to the best of my knowledge and belief and I make "
            "it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I "
            "have wilfully stated in it anything which I know to be false, or do not believe to be "
            "true.\nSignature: [signed] Date: 01.02.26\nVICTIM PERSONAL STATEMENT\nI have not "
            "slept since.",
            DocType.VPS,
        ),
        # a letter telling her of a request is a letter, not the request
        ("Notice of a request for information about you\nDear Ms Vale,", DocType.CORRESPONDENCE),
        ("NOTICE ABOUT A REQUEST FOR RECORDS ABOUT YOU\nTo\tAnn VALE", DocType.CORRESPONDENCE),
        # the MG3A's title holds the MG3's words, and the MG3 is named below it
        (
            "OFFICIAL\nMG3A - FURTHER REPORT TO CROWN PROSECUTOR\nEarlier MG3\t02/02/2026\n"
            "Decision sought\tFull Code Test",
            DocType.MG3A,
        ),
        # what a surgery sends back in answer to a request
        (
            "ELMFIELD SURGERY - PATIENT RECORD EXTRACT\nSent\t03/03/2026 in reply to the "
            "request of 20/02/2026",
            DocType.THIRD_PARTY,
        ),
        ("NORTHSHIRE SARC - FNE SUMMARY\nPatient\tAnn VALE", DocType.MEDICAL),
        # a force's own name for the form, and letters about records rather than the records
        ("WESTSHIRE POLICE\nCHARGING ADVICE REQUEST\nURN\t12AB3456726", DocType.MG3),
        (
            "Letter for Ann - asking for your school records\nDate: 02/02/2026",
            DocType.CORRESPONDENCE,
        ),
        # a request form to the holder of the records is third-party material, as most read it
        ("Request for records\nTo\tPractice Manager\nFrom\tDC 1 Lee", DocType.THIRD_PARTY),
        # a control room's log by its number; a notebook that quotes a CAD number is no log
        ("NORTHSHIRE LOG 0412 02/02/2026\n0212 CALLER REPORTS ...", DocType.INCIDENT_LOG),
        (
            "PNB PC 12 LEE Book 3 p.4\nWed 0131 Elm Road. CAD 0011. Met by her sister.",
            DocType.OTHER,
        ),
        (
            "Children's Services - case note extract (redacted)\n03/03/2025 visit",
            DocType.THIRD_PARTY,
        ),
        ("Hub DFU - Extraction and Review Report\nDevice\tiPhone 13", DocType.DIGITAL_EXTRACT),
        # a note whose title names the schedule entry it belongs to, wrapped over two lines
        (
            "NOTE OF PHONE CALLS TO THE HOTEL STAFF, 02/02/2026 (MG6C\nentry 4)\nURN\t12AB3456726",
            DocType.OTHER,
        ),
        # batch11, after its first sight: a statement whose title runs on into its legal basis,
        # with a crime reference among its fields; a STORM log with its force's letters; the
        # CPS's early advice with its unit after it; a surgery's letter to the police, one of
        # whose lines, wrapped, starts "letter to"
        (
            "SENTINEL Case & Custody v4.2 | Westshire Police\nWITNESS STATEMENT (MG11)   Criminal "
            "Justice Act 1967 s.9; Magistrates' Courts Act 1980 s.5B; Criminal Procedure Rules "
            "r.16.2\nURN\t12AB3456726\nCrime reference\tCR/22817/26\nStatement of\tLEE, Ann\n"
            "This statement is true to the best of my knowledge and belief.",
            DocType.MG11,
        ),
        (
            "WESTSHIRE POLICE STORM WS-20260808-0044 URN 12AB3456726\n03:45 CALLER",
            DocType.INCIDENT_LOG,
        ),
        (
            "Crown Prosecution Service\nCPS EARLY ADVICE - RASSO\nURN\t12AB3456726",
            DocType.EARLY_ADVICE,
        ),
        (
            "Elm Street Health Centre\n22/07/2026\nTo: DC 1 LEE, Westshire Police\nAs requested, "
            "I confine this\nletter to her diagnosis.",
            DocType.THIRD_PARTY,
        ),
        # batch12, after its first sight: a web case system's statement print under the crime
        # reference; a crime recording by its occurrence; the suspect's ROVI; an exhibit list
        # over its table's "Ref" heading; a practice's appointment extract
        (
            "CaseLink - Statement View\nCrime reference\tMC/26/004417\nWitness\tLEE, Ann\n"
            "Declaration\nThis statement is true to the best of my knowledge and belief.",
            DocType.MG11,
        ),
        (
            "Crime recording - occurrence OCC 26000231857\nURN\t12AB3456726",
            DocType.CRIME_REPORT,
        ),
        (
            "Record of video-recorded interview (ROVI) - summary\nInterviewee\tDean FOLEY\n"
            "FOLEY was cautioned and said he understood.",
            DocType.ROTI,
        ),
        ("MG12\nRef\tDescription\tProducer\nTH/1\tExtraction report\tDC LEE", DocType.MG12),
        # batch13, after its first sight: a record system's occurrence summary that names the
        # command log it came from, the command log itself, a contact centre's log
        (
            "KESTREL RMS - OCCURRENCE SUMMARY\nOCC REF: 2603-0088\nRECEIVED: 07/03/2026 00:49 "
            "via 999 (command log 0061)",
            DocType.CRIME_REPORT,
        ),
        (
            "KESTREL RMS - COMMAND LOG\nLOG: 0061  07/03/2026\nOPENED: 00:49:12",
            DocType.INCIDENT_LOG,
        ),
        ("LANTERN - Contact Log (101) 20/04/2026 ref C-0420-0316", DocType.INCIDENT_LOG),
        (
            "ELMFIELD MEDICAL PRACTICE - appointment system extract (disclosed to police)\n"
            "03/02/2026 08:14\treception\tduty GP",
            DocType.THIRD_PARTY,
        ),
        (
            "SafeLog - Incident print\nHolmwood Academy - CONFIDENTIAL - printed 09/03/2026 for "
            "police request ref 09TF0152626\n07/03/2022 15:40 A. Khan upset after registration",
            DocType.THIRD_PARTY,
        ),
    ],
)
def test_headings_other_systems_write(text, expected):
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat

    assert classify("doc.pdf", Extraction(format=FileFormat.PDF, text=text)).type is expected


def test_an_email_answering_an_action_plan_is_correspondence():
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat

    mail = (
        "From: A Officer <a.officer@force.example>\nTo: B Lawyer <b.lawyer@cps.example>\n"
        "Subject: Op ASH 12AB3456726 - our reply to your action plan of 02/02/2026\n\n"
        "The MG3A is attached; every action is done."
    )
    found = classify("reply.eml", Extraction(format=FileFormat.EMAIL, text=mail)).type
    assert found is DocType.CORRESPONDENCE
    plan = "From: B Lawyer\nSubject: Action plan - Op ASH 12AB3456726\n\n1. Obtain the CCTV."
    assert classify("plan.eml", Extraction(format=FileFormat.EMAIL, text=plan)).type is (
        DocType.ACTION_PLAN
    )


def test_footage_from_a_door_camera_is_cctv_by_its_name():
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat, MediaInfo

    video = Extraction(format=FileFormat.VIDEO, text="", media=MediaInfo(duration_s=4.0))
    assert classify("Kings Arms front door cam.mp4", video).type is DocType.CCTV
    assert classify("doorbell_14_Elm_Road.mp4", video).type is DocType.CCTV


def test_papers_a_schedule_lists_are_not_the_schedule_whatever_their_name():
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat

    for heading in (
        "Copies of MG6C items 3, 6 and 7\nItem 3 PNB ...",
        "MG6C items 4 and 9\nItem 4: note",
    ):
        extraction = Extraction(format=FileFormat.PDF, text=heading)
        assert classify("MG6C copies.pdf", extraction).type is DocType.OTHER, heading


def test_a_silent_video_the_abe_summary_names_is_the_abe_recording(case_folder, checker, tmp_path):
    """Typed by its streams alone (no sound reads as CCTV), a video is the ABE recording when
    the ABE summary names its file; its length agrees with nothing the summary states."""
    import shutil

    from gatekeeper.demo.writers import write_docx, write_video

    folder = tmp_path / "case"
    shutil.copytree(case_folder(layout="messy", seed=21, abe_titled=False), folder)
    report = checker.check(folder)
    for document in report.documents:
        if document.type in (DocType.ABE_RECORDING, DocType.ABE_SUMMARY):
            (folder / document.path).unlink()
    write_video(folder / "REC0007.mp4", seconds=6, audio=False)
    write_docx(
        folder / "interview index.docx",
        [
            "# RECORD OF VIDEO RECORDED INTERVIEW - SUMMARY",
            "Interviewee: the complainant",
            "The working copy is the file REC0007.mp4; the master disc is sealed.",
            "Running time 00:41:00 on the master.",
        ],
    )
    recording = next(d for d in checker.check(folder).documents if d.path == "REC0007.mp4")
    assert recording.type is DocType.ABE_RECORDING


def test_a_police_e_mail_about_an_action_plan_is_correspondence():
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat

    mail = (
        "From: Kate Somers <kate.somers@ashdownweald.police.example>\nTo: Alan Frost "
        "<alan.frost@cps.example>\nSubject: RE: 12AB3456726 - action plan 09/01/2026 - "
        "resubmission (MG3A)\n\nPlease find the MG3A answering all six points."
    )
    found = classify("RE_ resubmission.eml", Extraction(format=FileFormat.EMAIL, text=mail))
    assert found.type is DocType.CORRESPONDENCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DIGITAL FORENSIC UNIT - REPORT OF RELEVANT DATA - EXHIBIT OT/3\nDevice\tSamsung",
            DocType.DIGITAL_EXTRACT,
        ),
        (
            "Previous incidents - STANSFIELD household\nPB-140624-1102 14/06/2024",
            DocType.INCIDENT_LOG,
        ),
        (
            "RECORD OF INTERVIEW (voluntary)\nInterviewee\tGraham TULLETT\nSolicitor\tMr A BELL\n"
            "0:00\tCaution, voluntary.",
            DocType.ROTI,
        ),
    ],
)
def test_more_titles_other_systems_write(text, expected):
    from gatekeeper.classify import classify
    from gatekeeper.models import Extraction, FileFormat

    assert classify("doc.pdf", Extraction(format=FileFormat.PDF, text=text)).type is expected
