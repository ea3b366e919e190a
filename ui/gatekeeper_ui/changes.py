"""The re-submission view: what changed since the case's last submission, which failures are
fixed and which remain, and where each action of its plans stands (from the case register)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from gatekeeper.register.views import CaseView, SubmissionView


class ChangesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Changes since the last submission")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_case(None)

    def show_case(self, case: CaseView | None) -> None:
        self.browser.setHtml(changes_html(case))

    def text(self) -> str:
        return self.browser.toPlainText()


def changes_html(case: CaseView | None) -> str:
    if case is None or not case.submissions:
        return "<p><i>The case register has no earlier submission of this case to compare.</i></p>"
    latest = case.submissions[-1]
    parts = [f"<h3>Submission {latest.number} of {escape(case.urn)}</h3>"]
    if len(case.submissions) == 1:
        parts.append("<p>This is the case's first submission in the register.</p>")
    else:
        parts.append(_diff(latest))
    if case.actions:
        rows = "".join(
            f"<tr><td>{a.number}</td><td>{escape(a.text)}</td><td>{escape(a.owner)}</td>"
            f"<td>{a.due or ''}</td><td>{escape(_status(a.status, a.overdue_days))}</td></tr>"
            for a in case.actions
        )
        parts.append(
            "<h4>Actions of the case's plans</h4><table border='1' cellspacing='0' "
            "cellpadding='3'><tr><th>#</th><th>Action</th><th>Owner</th><th>Due</th>"
            f"<th>Status</th></tr>{rows}</table>"
        )
    return "".join(parts)


def _diff(latest: SubmissionView) -> str:
    items = [
        ("Added", latest.added),
        ("Removed", latest.removed),
        ("Changed", latest.changed),
        ("Moved", [f"{m.old} to {m.new}" for m in latest.moved]),
        ("Fixed since the last submission", latest.fixed),
        ("Passed by a person's decision (not fixed in the file)", latest.passed_by_decision),
        ("Still failing", latest.remaining),
        ("Failing now, not before", latest.new_failures),
    ]
    shown = [
        f"<p><b>{name}</b> ({len(values)}): {escape(', '.join(values))}</p>"
        for name, values in items
        if values
    ]
    return "".join(shown) or "<p>No file changed and no finding changed since the last one.</p>"


def _status(status: str, overdue_days: int | None) -> str:
    return f"{status}, {overdue_days} days overdue" if overdue_days else status
