"""Render a report for people: the headline, findings by severity with their fixes, the documents."""

from __future__ import annotations

import textwrap

from gatekeeper.dga import REASONS, counted, dga_line, reasons_for
from gatekeeper.models import Document, Finding, Report, Severity, Status
from gatekeeper.rule_docs import working_days

WIDTH = 100


def render_text(report: Report, show_documents: bool = True) -> str:
    lines = [
        f"Gatekeeper {report.app_version}: {report.folder}",
        f"Stage: {report.stage.value}.  Checked {report.checked_at:%d/%m/%Y %H:%M} UTC against "
        f"{report.checklist}, sha256 {report.checklist_sha256[:16]}",
        "",
        report.summary.headline,
        *_wrapped(dga_line(report.summary.dga_reasons, report.summary.would_pass), ""),
        "",
    ]
    lines += _failures(report)
    reviews = [f for f in report.findings if f.status is Status.REVIEW]
    if reviews:
        lines.append(f"TO REVIEW: a person must decide ({len(reviews)})")
        for finding in reviews:
            lines += _finding(finding, "REVIEW")
        lines.append("")
    passed = [f.rule for f in report.findings if f.status is Status.PASS]
    not_applicable = [f.rule for f in report.findings if f.status is Status.NOT_APPLICABLE]
    lines += _wrapped(f"Passed ({len(passed)}): {', '.join(passed) or 'none'}", "")
    if not_applicable:
        lines += _wrapped(
            f"Not applicable ({len(not_applicable)}): {', '.join(not_applicable)}", ""
        )
    if show_documents:
        lines += ["", *_documents(report.documents)]
    return "\n".join(lines) + "\n"


def _failures(report: Report) -> list[str]:
    """Failures under the DGA reason the CPS would record each as (the lawyer's list), then
    those the DGA lists no reason for (Gatekeeper's own checks), then the advisory ones."""
    documents = {d.path: d for d in report.documents}
    failing = [f for f in report.findings if f.status is Status.FAIL]
    groups: dict[str, list[Finding]] = {}
    own: list[Finding] = []
    for finding in failing:
        if not counted(finding):
            continue
        reasons = reasons_for(finding, documents)
        if not reasons:
            own.append(finding)
        for reason in reasons:
            groups.setdefault(reason, []).append(finding)
    lines: list[str] = []
    sections = [(r.upper(), groups[r]) for r in REASONS if r in groups]
    sections.append(("NO DGA FAILURE REASON: GATEKEEPER'S OWN CHECKS", own))
    sections.append(
        ("ADVISORY: NOT COUNTED", [f for f in failing if f.severity is Severity.ADVISORY])
    )
    for heading, group in sections:
        if group:
            lines.append(f"{heading} ({len(group)})")
            for finding in group:
                lines += _finding(finding, "FAIL", finding.severity.value)
            lines.append("")
    return lines


def _finding(finding: Finding, label: str, severity: str = "") -> list[str]:
    how = f" ({severity})" if severity else ""
    out = [f"  {label} {finding.rule}{how}: {finding.title}"]
    out += _wrapped(finding.message, "      ")
    if finding.decided_by:
        out += _wrapped(f"Decided by {finding.decided_by}. {finding.note or ''}".strip(), "      ")
    elif finding.action:
        days = f", {working_days(finding.working_days)}" if finding.working_days else ""
        out += _wrapped(f"Fix: {finding.action} ({finding.owner}{days})", "      ")
    out += _wrapped(f"Source: {finding.citation}", "      ")
    if finding.documents:
        out += _wrapped(f"Documents: {', '.join(finding.documents)}", "      ")
    return out


def _wrapped(text: str, indent: str) -> list[str]:
    wrapped = textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ", break_on_hyphens=False
    )
    return wrapped or [indent]


def _documents(documents: list[Document]) -> list[str]:
    total = sum(d.size for d in documents)
    out = [f"Documents ({len(documents)} files, {_size(total)})"]
    for document in documents:
        kind = document.type.plain + (
            f" ({document.role.value.replace('_', ' ')})" if document.role else ""
        )
        if document.duration_s is not None:
            extent = f"{document.duration_s:.0f} s"
        elif document.pages is not None:
            extent = f"{document.pages} p"
        else:
            extent = _size(document.size)
        state = (
            "ok"
            if document.readable and not document.problem
            else (document.problem or "not readable")
        )
        if document.ocr and not document.problem:
            state = f"read by OCR (confidence {document.ocr_confidence or 0:.0f}%)"
        digest = (document.sha256 or "-")[:12]
        out.append(f"  {document.path}")
        out += _wrapped(f"{kind}; {extent}; sha256 {digest}; {state}", "      ")
        if document.mismatch:
            out += _wrapped(f"Name: {document.mismatch}", "      ")
    return out


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"
