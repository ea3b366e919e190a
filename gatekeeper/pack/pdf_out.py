"""The cover and index, the check report and a bundle's index pages, as PDF (fpdf2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gatekeeper.models import Report
from gatekeeper.pack import content
from gatekeeper.pack.models import BundlePart, NotProcessed
from gatekeeper.pack.pdfkit import heading, new_pdf, paragraph, table

# A4 landscape with 12 mm margins: 273 mm of width.
INDEX_WIDTHS = (9, 90, 38, 24, 22, 90)
FINDING_WIDTHS = (22, 14, 17, 40, 70, 45, 65)
CONFIDENTIAL_BANNER = "CONFIDENTIAL TO THE PROSECUTOR - NOT FOR SERVICE"


def write_cover(
    path: Path,
    report: Report,
    parts: list[BundlePart],
    confidential: list[BundlePart],
    not_processed: list[NotProcessed],
    submission: str | None,
    renderer: str,
) -> None:
    """The pack's cover and index: the case, the submission, every document, what was not read."""
    urn = content.case_urn(report) or "no URN"
    pdf = new_pdf(f"Referral pack {urn}", footer=f"Referral pack {urn} - cover and index")
    pdf.add_page(orientation="L")
    heading(pdf, f"Referral pack: {urn}", 16)
    paragraph(pdf, "Prepared by Gatekeeper from the submission folder, which it never alters.")
    pdf.ln(1)
    table(pdf, None, content.case_rows(report, submission), widths=(45, 228), size=9)
    _index(pdf, parts, "Documents in the bundle (bundle.pdf), in reading order", "")
    if confidential:
        _index(
            pdf,
            confidential,
            f"Confidential to the prosecutor (confidential/bundle-confidential.pdf): "
            f"{CONFIDENTIAL_BANNER.split(' - ')[1].lower()}",
            "C",
        )
    heading(pdf, "Not processed")
    if not_processed:
        paragraph(pdf, "These files are listed here, and in the manifest with their hashes:")
        table(
            pdf,
            ("File", "Why not"),
            content.not_processed_rows(not_processed),
            widths=(100, 173),
        )
    else:
        paragraph(pdf, "Every file of the submission was read.")
    heading(pdf, "How the bundle was made")
    paragraph(pdf, renderer)
    pdf.output(str(path))


def _index(pdf: Any, parts: list[BundlePart], title: str, prefix: str) -> None:
    heading(pdf, title)
    if not parts:
        paragraph(pdf, "None.")
        return
    number = 0
    for section, group in content.by_section(parts):
        pdf.set_font(pdf.body_font, "B", 9.5)
        pdf.cell(0, 6, pdf.plain(section), new_x="LMARGIN", new_y="NEXT")
        rows = content.index_rows(group, prefix)
        rows = [(str(number + i), *row[1:]) for i, row in enumerate(rows, 1)]
        number += len(rows)
        table(pdf, content.INDEX_HEADINGS, rows, widths=INDEX_WIDTHS, size=7.5, mono=(5,))


def write_report(path: Path, report: Report) -> None:
    """The check report: headline, every finding with its citation, decisions and notes."""
    urn = content.case_urn(report) or "no URN"
    pdf = new_pdf(f"Check report {urn}", footer=f"Check report {urn}")
    pdf.add_page(orientation="L")
    heading(pdf, f"Check report: {urn}", 16)
    table(pdf, None, content.case_rows(report), widths=(45, 228), size=9)
    heading(pdf, "Outcome")
    paragraph(pdf, content.summary_line(report), size=10)
    heading(pdf, "Findings")
    rows = [
        (
            rule,
            status,
            severity,
            title,
            message
            + (f"\nDocuments: {docs}" if docs else "")
            + (f"\nDGA category: {dga}" if dga else ""),
            citation,
            (action + (f" (owner: {owner})" if owner else ""))
            + (f"\nDecided by {by}. {note}" if by else ""),
        )
        for rule, status, severity, title, message, citation, action, owner, docs, by, note, dga in (
            content.finding_rows(report)
        )
    ]
    table(
        pdf,
        ("Rule", "Status", "Severity", "Title", "Finding", "Citation", "Action; decision"),
        rows,
        widths=FINDING_WIDTHS,
        size=7,
    )
    heading(pdf, "Decisions and corrections by a person")
    decisions = content.decision_rows(report)
    if decisions:
        table(pdf, ("What", "Outcome", "By", "Note"), decisions, widths=(90, 35, 40, 108))
    else:
        paragraph(pdf, "None recorded.")
    pdf.output(str(path))


def write_bundle_index(
    path: Path,
    title: str,
    report: Report,
    parts: list[BundlePart],
    prefix: str,
    note: str,
) -> int:
    """A bundle's index pages; returns how many pages they take."""
    urn = content.case_urn(report) or "no URN"
    pdf = new_pdf(title, footer=None)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page(orientation="L")
    heading(pdf, f"{title}: {urn}", 15)
    paragraph(pdf, note)
    number = 0
    for section, group in content.by_section(parts):
        pdf.set_font(pdf.body_font, "B", 9.5)
        pdf.cell(0, 6, pdf.plain(section), new_x="LMARGIN", new_y="NEXT")
        rows = content.index_rows(group, prefix)
        rows = [(str(number + i), *row[1:]) for i, row in enumerate(rows, 1)]
        number += len(rows)
        table(pdf, content.INDEX_HEADINGS, rows, widths=INDEX_WIDTHS, size=7.5, mono=(5,))
    if not parts:
        paragraph(pdf, "No documents.")
    pdf.output(str(path))
    return int(pdf.pages_count)
