"""What the cover, the index and the check report say, once, for every format that shows it.

The DOCX, the PDF and the CSV are drawn from these rows, so they always say the same thing.
"""

from __future__ import annotations

from gatekeeper.dga import dga_line
from gatekeeper.models import DocType, Report, Status
from gatekeeper.pack.models import BundlePart, NotProcessed
from gatekeeper.references import case_urn as main_urn

INDEX_HEADINGS = ("No.", "Document", "Type (role)", "Pages / duration", "Bundle pages", "SHA-256")
FINDING_HEADINGS = (
    "Rule",
    "Status",
    "Severity",
    "Title",
    "Message",
    "Citation",
    "Action",
    "Owner",
    "Documents",
    "Decided by",
    "Note",
    "DGA category",
)
STATUS_LABELS = {
    Status.FAIL: "FAIL",
    Status.REVIEW: "REVIEW",
    Status.PASS: "pass",
    Status.NOT_APPLICABLE: "n/a",
}


def case_urn(report: Report) -> str | None:
    """The URN the file gives most often, or None."""
    return main_urn(report.facts.urns)


def case_rows(report: Report, submission: str | None = None) -> list[tuple[str, str]]:
    facts = report.facts
    size = len(report.documents)
    rows = [
        ("URN", ", ".join(sorted(facts.urns)) or "not found in the file"),
        ("Suspect", facts.suspect or "-"),
        ("Complainant", facts.complainant or "-"),
        ("Officer in the case", _join(facts.oic_name, facts.oic_phone, facts.oic_email)),
        ("Stage", report.stage.value.replace("_", " ")),
        ("Submission", submission or f"folder '{_name(report.folder)}', {size} files"),
        ("Checked", f"{report.checked_at:%d/%m/%Y %H:%M} UTC, Gatekeeper {report.app_version}"),
        ("Checklist", f"{report.checklist}, SHA-256 {report.checklist_sha256}"),
        ("Outcome", report.summary.headline or "-"),
        ("CPS assessment", dga_line(report.summary.dga_reasons, report.summary.would_pass)),
    ]
    if not report.complete:
        rows.append(("Note", "the check was not complete: some files were not read"))
    return rows


def extent(part: BundlePart) -> str:
    if part.duration_s is not None:
        minutes, seconds = divmod(round(part.duration_s), 60)
        return f"{minutes}:{seconds:02d} (recording)"
    if part.pages is not None:
        return f"{part.pages} page{'s' if part.pages != 1 else ''}"
    return "-"


def bundle_pages(part: BundlePart, prefix: str = "") -> str:
    if part.first_page is None or part.last_page is None:
        return "not in bundle" if part.rendered == "not included" else "-"
    if part.first_page == part.last_page:
        return f"{prefix}{part.first_page}"
    return f"{prefix}{part.first_page}-{prefix}{part.last_page}"


def kind(part: BundlePart) -> str:
    """The part's type and role as the index names them ("MG11 witness statement (first
    account)"); the codes stay in the manifest and the JSON report."""
    name = DocType(part.type).plain if part.type in DocType.__members__ else part.type
    return name + (f" ({part.role.replace('_', ' ')})" if part.role else "")


def index_rows(parts: list[BundlePart], prefix: str = "") -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for number, part in enumerate(parts, 1):
        name = part.path + (f"\n{part.note}" if part.note else "")
        rows.append(
            (
                str(number),
                name,
                kind(part),
                extent(part),
                bundle_pages(part, prefix),
                part.sha256 or "-",
            )
        )
    return rows


def by_section(parts: list[BundlePart]) -> list[tuple[str, list[BundlePart]]]:
    groups: list[tuple[str, list[BundlePart]]] = []
    for part in parts:
        if not groups or groups[-1][0] != part.section:
            groups.append((part.section, []))
        groups[-1][1].append(part)
    return groups


def not_processed_rows(items: list[NotProcessed]) -> list[tuple[str, str]]:
    return [(item.path, item.reason) for item in items]


def finding_rows(report: Report) -> list[tuple[str, ...]]:
    """Every finding, failures first, then reviews, passes and not applicable."""
    order = {Status.FAIL: 0, Status.REVIEW: 1, Status.PASS: 2, Status.NOT_APPLICABLE: 3}
    findings = sorted(report.findings, key=lambda f: order[f.status])
    return [
        (
            f.rule,
            STATUS_LABELS[f.status],
            f.severity.value,
            f.title,
            f.message,
            f.citation,
            f.action or "",
            f.owner or "",
            "; ".join(f.documents),
            f.decided_by or "",
            f.note or "",
            f.dga or "",
        )
        for f in findings
    ]


def decision_rows(report: Report) -> list[tuple[str, str, str, str]]:
    """The person's decisions and corrections: (what, outcome, by, note)."""
    rows = [
        (f"Rule {rule}", decision.status.value, decision.by, decision.note)
        for rule, decision in sorted(report.overrides.decisions.items())
    ]
    rows += [
        (f"Type of {path}", doc_type.value, "", "corrected by a person")
        for path, doc_type in sorted(report.overrides.document_types.items())
    ]
    rows += [
        (f"Role in {path}", role.value, "", "corrected by a person")
        for path, role in sorted(report.overrides.roles.items())
    ]
    return rows


def summary_line(report: Report) -> str:
    s = report.summary
    return (
        f"{s.headline}. Failing: {s.blocking} blocking, {s.required} required, "
        f"{s.advisory} advisory; {s.review} to review. {dga_line(s.dga_reasons, s.would_pass)}"
    )


def _join(*parts: str | None) -> str:
    return ", ".join(p for p in parts if p) or "-"


def _name(folder: str) -> str:
    return folder.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
