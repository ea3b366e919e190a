"""Write a demonstration case to a folder: the documents a CaseSpec asks for, in real formats."""

from __future__ import annotations

import random
from pathlib import Path

from gatekeeper.demo import content as c
from gatekeeper.demo.hostile import write_fake_legacy_doc
from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles.formwriter import write_form
from gatekeeper.demo.writers import (
    write_docx,
    write_eml,
    write_jpeg,
    write_msg,
    write_pdf,
    write_scanned_pdf,
    write_video,
    write_wav,
    write_xlsx,
)

# What each demo document is, so tests can tell whether recognition by content got it right.
EXPECTED: dict[str, tuple[str, str | None]] = {
    "mg3": ("MG3", None),
    "mg3a": ("MG3A", None),
    "abe_recording": ("ABE_RECORDING", None),
    "abe_summary": ("ABE_SUMMARY", None),
    "abe_plan": ("ABE_PLAN", None),
    "mg11_complainant": ("MG11", "complainant"),
    "mg11_first_account": ("MG11", "first_account"),
    "mg11_officer": ("MG11", "officer"),
    "mg11_oic": ("MG11", "officer"),
    "mg11_witness": ("MG11", "witness"),
    "mg11_expert": ("MG11", "expert"),
    "mg11_scanned": ("MG11", "witness"),
    "roti": ("ROTI", None),
    "pnc_suspect": ("PNC", None),
    "pnc_witness": ("PNC", None),
    "incident_log": ("INCIDENT_LOG", None),
    "crime_report": ("CRIME_REPORT", None),
    "mg6c": ("MG6C", None),
    "mg6d": ("MG6D", None),
    "mg6e": ("MG6E", None),
    "dmd": ("DMD", None),
    "dpn": ("DPN", None),
    "extraction": ("DIGITAL_EXTRACT", None),
    "medical": ("MEDICAL", None),
    "forensic": ("FORENSIC", None),
    "third_party": ("THIRD_PARTY", None),
    "mg2": ("MG2", None),
    "mg12": ("MG12", None),
    "mg5": ("MG5", None),
    "mg6": ("MG6", None),
    "early_advice": ("EARLY_ADVICE", None),
    "vps": ("VPS", None),
    "email": ("CORRESPONDENCE", None),
    "cctv": ("CCTV", None),
    "cctv_clip": ("CCTV", None),
    "bwv": ("BWV", None),
    "call_999": ("CALL_999", None),
    "action_plan": ("ACTION_PLAN", None),
}

MESSY_FOLDERS = [
    "",
    "Submission",
    "Submission/Statements",
    "Submission/Misc/old",
    "uploads/2026-10",
]


def documents_for(spec: CaseSpec) -> list[c.DemoDoc]:
    """The documents of a case, before names and formats are chosen."""
    docs: list[c.DemoDoc] = []
    add = docs.append
    if spec.mg3:
        add(c.mg3(spec))
    if spec.abe in ("present", "unplayable"):
        add(
            c.DemoDoc(
                "abe_recording",
                "ABE interview Leah Marsden.mp4",
                kind="video",
                seconds=4,
                audio=True,
                title="VRI - ABE interview - Eastbridge suite - 16/03/2026"
                if spec.abe_titled
                else None,
                broken=spec.abe == "unplayable",
            )
        )
    if spec.abe != "none":
        if spec.abe_summary:
            add(c.abe_summary(spec))
        if spec.abe_plan:
            add(c.abe_plan(spec))
        add(c.abe_officer_mg11(spec))
    if spec.complainant_mg11 or spec.abe == "none":
        add(c.complainant_mg11(spec))
    if spec.first_account_statement and spec.first_account_named:
        add(c.first_account_mg11(spec))
    if spec.officer_statement:
        add(c.officer_mg11(spec))
    if spec.witness_statement:
        add(c.witness_mg11(spec))
    if spec.scanned_statement:
        add(c.scanned_witness_mg11(spec))
    if spec.forensic == "present":
        add(c.expert_mg11(spec))
        add(c.forensic(spec))
        add(c.medical(spec))
    if spec.roti:
        add(c.roti(spec))
    if spec.pnc_suspect:
        add(c.pnc_suspect(spec))
    if spec.pnc_witness:
        add(c.pnc_witness(spec))
    if spec.incident_log:
        add(c.incident_log(spec))
    if spec.crime_report:
        add(c.crime_report(spec))
    for wanted, make in (
        (spec.mg6c, c.mg6c),
        (spec.mg6d, c.mg6d),
        (spec.mg6e, c.mg6e),
        (spec.dmd, c.dmd),
    ):
        if wanted:
            add(make(spec))
    if spec.device_examined:
        add(c.extraction_report(spec))
        if spec.dpn:
            add(c.dpn(spec))
    if spec.third_party_request == "proportionate":
        add(c.third_party(spec))
    if spec.special_measures:
        add(c.mg2(spec))
    if spec.mg12:
        add(c.mg12(spec))
    add(c.mg5(spec))
    if spec.mg6:
        add(c.mg6(spec))
    if spec.early_advice == "sought":
        add(c.early_advice(spec))
    if spec.vps:
        add(c.vps(spec))
    add(c.correspondence(spec))
    docs += _multimedia(spec)
    if spec.resubmission != "none":
        add(c.action_plan(spec))
        if spec.resubmission != "pending":
            add(c.mg3a(spec))
    return docs


def _multimedia(spec: CaseSpec) -> list[c.DemoDoc]:
    docs = []
    if spec.cctv in ("present", "unplayable"):
        docs.append(
            c.DemoDoc(
                "cctv",
                "CCTV Crown Inn camera 2.mp4",
                kind="video",
                seconds=3,
                audio=False,
                title="CCTV Crown Inn camera 2 13/03/2026 01:00-01:20",
                broken=spec.cctv == "unplayable",
            )
        )
    if spec.cctv in ("long_unclipped", "long_clipped"):
        docs.append(
            c.DemoDoc(
                "cctv",
                "CCTV Crown Inn full night.avi",
                kind="video",
                seconds=1900,
                audio=False,
                title="CCTV Crown Inn camera 2 full night",
            )
        )
    if spec.cctv == "long_clipped":
        docs.append(
            c.DemoDoc(
                "cctv_clip",
                "CCTV Crown Inn clip 01-10 to 01-14.mp4",
                kind="video",
                seconds=3,
                audio=False,
                title="CCTV Crown Inn camera 2 clip 01:10-01:14",
            )
        )
    if spec.bwv:
        docs.append(
            c.DemoDoc(
                "bwv",
                "BWV PC Ellery.mp4",
                kind="video",
                seconds=3,
                audio=True,
                title="Body worn video PC 4471 Ellery 14/03/2026",
            )
        )
    if spec.call_999:
        docs.append(c.DemoDoc("call_999", "999 call 0921.wav", kind="audio", seconds=2))
    return docs


def build_case(spec: CaseSpec, folder: Path) -> dict[Path, str]:
    """Write the case into ``folder`` (created if new). Returns each file written and its key.

    A key names the demo document (see ``EXPECTED``); extra files (scans, phone extract) have
    the key 'extra'.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(spec.seed)
    written: dict[Path, str] = {}
    for index, doc in enumerate(documents_for(spec)):
        fmt = doc.fmt if doc.fmt != "any" else rng.choice(["pdf", "pdf", "docx"])
        if doc.kind == "schedule" and doc.fmt == "any":
            fmt = "xlsx"
        path = folder / _name_for(spec, doc, fmt, index, rng)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_document(doc, fmt, path)
        written[path] = doc.key
    written.update(dict.fromkeys(_extras(spec, folder, rng), "extra"))
    return written


def _name_for(spec: CaseSpec, doc: c.DemoDoc, fmt: str, index: int, rng: random.Random) -> str:
    stem, _, ext = doc.tidy_name.rpartition(".")
    if doc.kind in ("text", "schedule"):
        ext = fmt
    if spec.layout == "tidy":
        return f"{stem}.{ext}"
    folder = rng.choice(MESSY_FOLDERS)
    meaningless = {
        "pdf": f"scan_{index:03d}.PDF",
        "docx": f"Document ({index}).docx",
        "xlsx": f"Book{index}.xlsx",
    }.get(ext, f"VID_{index:04d}.{ext}" if doc.kind == "video" else f"REC_{index:04d}.{ext}")
    if doc.kind == "email":
        meaningless = f"message_{index}.msg"  # Outlook saves; tidy folders keep the .eml
    if index == 3:
        meaningless = f"документ_{index}.{ext}"  # names in any script
    return f"{folder}/{meaningless}".lstrip("/")


def write_document(doc: c.DemoDoc, fmt: str, path: Path) -> None:
    """Write one demo document in the format chosen for it (pdf, docx, xlsx, media, e-mail)."""
    if doc.kind == "video":
        write_video(
            path,
            doc.seconds,
            doc.audio,
            title=doc.title,
            fps=1 if doc.seconds > 60 else 5,
            size=(64, 48) if doc.seconds > 60 else (160, 120),
        )
        if doc.broken:
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 3])  # cut off: the index at the end is lost
        return
    if doc.kind == "scanned":
        write_scanned_pdf(path, doc.lines)
        return
    if doc.kind == "audio":
        write_wav(path, doc.seconds)
        return
    if doc.kind == "email":
        sender, to, subject, body = doc.lines
        if path.suffix == ".msg":
            write_msg(path, sender, to, subject, body)
        else:
            write_eml(path, sender, to, subject, body, "Tue, 24 Mar 2026 10:02:00 +0000")
        return
    if doc.form is not None:
        write_form(path, fmt, doc.form, doc.page_header)
    elif fmt == "xlsx":
        write_xlsx(path, doc.lines, doc.table)
    elif fmt == "docx":
        write_docx(path, doc.lines, table=doc.table or None)
    else:
        lines = doc.lines + ["\t".join(row) for row in doc.table]
        write_pdf(path, lines)


def _extras(spec: CaseSpec, folder: Path, rng: random.Random) -> list[Path]:
    written = []
    if spec.mislabelled:
        path = folder / "MG6C schedule.docx"
        write_document(
            c.witness_mg11(spec), "pdf", path
        )  # a PDF named as a DOCX, an MG6C, a statement
        written.append(path)
    if spec.legacy_doc:
        path = folder / "Officer notes.doc"
        write_fake_legacy_doc(path)  # an old binary Word file: listed, not readable
        written.append(path)
    if spec.phone_extract_files:
        extract = folder / "Phone extract PS-4"
        extract.mkdir(exist_ok=True)
        for n in range(spec.phone_extract_files):
            if n % 3 == 0:
                path = extract / f"IMG_{n:05d}.jpg"
                write_jpeg(path, n)
            else:
                path = extract / f"msg_{n:05d}.txt"
                path.write_text(f"2026-03-14 0{n % 10}:{n % 60:02d} message {n} (synthetic)\n")
            written.append(path)
    return written
