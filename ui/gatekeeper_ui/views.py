"""The documents tree and the findings tree, filled from a Report (no document text)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gatekeeper.checklist import Rule
from gatekeeper.models import (
    MULTIMEDIA_TYPES,
    DocType,
    Document,
    Finding,
    Report,
    Role,
    Severity,
    Status,
)

PATH_ROLE = Qt.ItemDataRole.UserRole
GROUPS: list[tuple[str, frozenset[DocType]]] = [
    (
        "MG3 and case papers",
        frozenset(
            {
                DocType.MG3,
                DocType.MG3A,
                DocType.MG5,
                DocType.MG6,
                DocType.MG2,
                DocType.EARLY_ADVICE,
                DocType.ACTION_PLAN,
                DocType.CRIME_REPORT,
                DocType.INCIDENT_LOG,
                DocType.VPS,
            }
        ),
    ),
    ("Statements", frozenset({DocType.MG11})),
    ("ABE interview", frozenset({DocType.ABE_RECORDING, DocType.ABE_SUMMARY, DocType.ABE_PLAN})),
    ("Suspect interview and record", frozenset({DocType.ROTI, DocType.PNC})),
    ("Exhibits and forensics", frozenset({DocType.MG12, DocType.FORENSIC, DocType.MEDICAL})),
    (
        "Disclosure",
        frozenset({DocType.MG6C, DocType.MG6D, DocType.MG6E, DocType.DMD, DocType.THIRD_PARTY}),
    ),
    ("Digital", frozenset({DocType.DIGITAL_EXTRACT, DocType.DPN})),
    ("Multimedia", MULTIMEDIA_TYPES),
    ("Correspondence", frozenset({DocType.CORRESPONDENCE})),
    ("Other", frozenset({DocType.OTHER})),
]
ROLE_NAMES = {
    Role.COMPLAINANT: "Complainant",
    Role.FIRST_ACCOUNT: "First account",
    Role.OFFICER: "Officers",
    Role.WITNESS: "Other witnesses",
    Role.EXPERT: "Experts",
    None: "Role not decided",
}
UNREADABLE = "Could not be read"
STATUS_NAMES = {
    Status.FAIL: "fail",
    Status.REVIEW: "for a person",
    Status.PASS: "pass",
    Status.NOT_APPLICABLE: "not applicable",
}
STATUS_COLOURS = {
    Status.FAIL: QColor("#b00020"),
    Status.REVIEW: QColor("#8a5a00"),
    Status.PASS: QColor("#1b5e20"),
    Status.NOT_APPLICABLE: QColor("#555555"),
}


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def _size(document: Document) -> str:
    if document.duration_s is not None:
        minutes, seconds = divmod(int(document.duration_s), 60)
        return f"{minutes}:{seconds:02d}"
    if document.pages:
        return f"{document.pages} p."
    return f"{document.size / 1024:,.0f} KB"


class DocumentsView(QWidget):
    """Every file of the submission, grouped as a prosecutor reads a file, with a filter box."""

    selected = Signal(str)  # a document's path
    correction_asked = Signal(str, object, object)  # path, DocType or None, Role or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText="Filter documents (Ctrl+F)")
        self.filter.setAccessibleName("Filter documents")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Documents")
        self.tree.setHeaderLabels(["Document", "Type", "Size", "Status"])
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.currentItemChanged.connect(self._current_changed)
        # Right-click, the menu key or Shift+F10 on a document: correct its type or role.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._documents: dict[str, Document] = {}

    def show_documents(self, documents: list[Document]) -> None:
        self.tree.setUpdatesEnabled(False)  # one redraw for thousands of rows, not one each
        try:
            self.tree.clear()
            self._fill(documents)
            self.tree.expandAll()
            for column in range(4):
                self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 360))
            self._apply_filter(self.filter.text())
        finally:
            self.tree.setUpdatesEnabled(True)

    def _fill(self, documents: list[Document]) -> None:
        self._documents = {d.path: d for d in documents}
        unreadable = [d for d in documents if not d.readable]
        root = self.tree.invisibleRootItem()
        for name, types in GROUPS:
            members = [d for d in documents if d.readable and d.type in types]
            if not members:
                continue
            group = self._group(root, name, len(members))
            if types == frozenset({DocType.MG11}):
                for role, role_name in ROLE_NAMES.items():
                    of_role = [d for d in members if d.role == role]
                    if of_role:
                        sub = self._group(group, role_name, len(of_role))
                        sub.addChildren([self._item(d) for d in of_role])
            else:
                group.addChildren([self._item(d) for d in members])
        if unreadable:
            group = self._group(root, UNREADABLE, len(unreadable))
            group.addChildren([self._item(d) for d in unreadable])

    def paths(self) -> list[str]:
        """The paths shown (for tests and the filter)."""
        found: list[str] = []
        iterator = top_items(self.tree)
        while iterator:
            item = iterator.pop(0)
            path = item.data(0, PATH_ROLE)
            if path and not item.isHidden():
                found.append(path)
            iterator += children(item)
        return found

    def _group(self, parent: QTreeWidgetItem, name: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [f"{name} ({count})"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _item(self, document: Document) -> QTreeWidgetItem:
        label = document.maker or document.path.rsplit("/", 1)[-1]
        status = document.problem or ("scanned, read by OCR" if document.ocr else "read")
        item = QTreeWidgetItem([label, document.type.value, _size(document), status])
        item.setData(0, PATH_ROLE, document.path)
        item.setToolTip(0, document.path)
        item.setToolTip(3, status)
        if not document.readable:
            item.setForeground(3, QBrush(STATUS_COLOURS[Status.FAIL]))
        return item

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in top_items(self.tree):
            self._filter_item(item, needle)

    def _filter_item(self, item: QTreeWidgetItem, needle: str) -> bool:
        """Show an item when it or a child matches; a group with no match is hidden."""
        shown = [self._filter_item(child, needle) for child in children(item)]
        path = item.data(0, PATH_ROLE) or ""
        own = (
            not needle
            or any(
                needle in value.lower()
                for value in (path, item.text(0), item.text(1), item.text(3))
            )
            if path
            else False
        )
        visible = own or any(shown) or (not needle and not path)
        item.setHidden(not visible)
        return visible

    def _current_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        if current is not None and current.data(0, PATH_ROLE):
            self.selected.emit(current.data(0, PATH_ROLE))

    def current_path(self) -> str | None:
        item = self.tree.currentItem()
        path = item.data(0, PATH_ROLE) if item is not None else None
        return str(path) if path else None

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        path = item.data(0, PATH_ROLE) if item is not None else None
        document = self._documents.get(str(path)) if path else None
        if document is None:
            return
        menu = QMenu(self)
        menu.addAction("Correct the type...", lambda: self.ask_type(document.path))
        if document.type is DocType.MG11:
            menu.addAction("Correct the maker's role...", lambda: self.ask_role(document.path))
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def ask_type(self, path: str) -> None:
        document = self._documents[path]
        names = [t.value for t in DocType]
        chosen, ok = QInputDialog.getItem(
            self,
            "Correct the type",
            f"What is {path}?",
            names,
            names.index(document.type.value),
            False,
        )
        if ok and chosen != document.type.value:
            self.correction_asked.emit(path, DocType(chosen), None)

    def ask_role(self, path: str) -> None:
        document = self._documents[path]
        names = [r.value for r in Role]
        current = names.index(document.role.value) if document.role else 0
        chosen, ok = QInputDialog.getItem(
            self, "Correct the role", f"Who made {path}?", names, current, False
        )
        if ok and (document.role is None or chosen != document.role.value):
            self.correction_asked.emit(path, None, Role(chosen))


class FindingsView(QWidget):
    """Findings grouped by outcome and severity, and the one selected in full."""

    documents_selected = Signal(list)
    decided = Signal(str, object, str)  # rule, Status, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Findings")
        self.tree.setHeaderLabels(["Rule", "Finding", "Outcome"])
        self.tree.setUniformRowHeights(True)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Finding in full")
        self.detail.setOpenLinks(False)
        # A person's decision on the selected finding, with a note, kept in the register.
        self.note = QLineEdit(placeholderText="Note for your decision (why)")
        self.note.setAccessibleName("Note for your decision")
        self.passes = QPushButton("It &passes")
        self.passes.setAccessibleName("Decide that the finding passes")
        self.fails = QPushButton("It &fails")
        self.fails.setAccessibleName("Decide that the finding fails")
        self.passes.clicked.connect(lambda: self._decide(Status.PASS))
        self.fails.clicked.connect(lambda: self._decide(Status.FAIL))
        decision = QHBoxLayout()
        decision.addWidget(self.note, 1)
        decision.addWidget(self.passes)
        decision.addWidget(self.fails)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(decision)
        self._enable_decision(None)
        self._findings: dict[str, Finding] = {}
        self._rules: dict[str, Rule] = {}
        self.tree.currentItemChanged.connect(self._current_changed)

    def show_report(self, report: Report, rules: dict[str, Rule]) -> None:
        self.tree.clear()
        self.detail.clear()
        self._rules = rules
        self._findings = {f.rule: f for f in report.findings}
        order: list[tuple[str, Status, Severity | None]] = [
            ("Blocking failures", Status.FAIL, Severity.BLOCKING),
            ("Required failures", Status.FAIL, Severity.REQUIRED),
            ("Advisory failures", Status.FAIL, Severity.ADVISORY),
            ("For a person to decide", Status.REVIEW, None),
            ("Passed", Status.PASS, None),
            ("Not applicable", Status.NOT_APPLICABLE, None),
        ]
        for name, status, severity in order:
            members = [
                f
                for f in report.findings
                if f.status is status and (severity is None or f.severity is severity)
            ]
            if not members:
                continue
            group = QTreeWidgetItem(self.tree, [f"{name} ({len(members)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for finding in members:
                item = QTreeWidgetItem(
                    group, [finding.rule, finding.title, STATUS_NAMES[finding.status]]
                )
                item.setData(0, PATH_ROLE, finding.rule)
                item.setToolTip(1, finding.message)
                item.setForeground(2, QBrush(STATUS_COLOURS[finding.status]))
            group.setExpanded(finding.status in (Status.FAIL, Status.REVIEW))
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 420)
        first = next((f for f in report.findings if f.status in (Status.FAIL, Status.REVIEW)), None)
        if first is not None:
            self.select(first.rule)

    def rules_shown(self, status: Status | None = None) -> list[str]:
        return [
            rule
            for rule, finding in self._findings.items()
            if status is None or finding.status is status
        ]

    def select(self, rule: str) -> None:
        for group in top_items(self.tree):
            for item in children(group):
                if item.data(0, PATH_ROLE) == rule:
                    self.tree.setCurrentItem(item)
                    return

    def current_rule(self) -> str | None:
        item = self.tree.currentItem()
        rule = item.data(0, PATH_ROLE) if item is not None else None
        return str(rule) if rule else None

    def finding(self, rule: str) -> Finding | None:
        return self._findings.get(rule)

    def _decide(self, status: Status) -> None:
        rule = self.current_rule()
        if rule is not None:
            self.decided.emit(rule, status, self.note.text().strip())
            self.note.clear()

    def _enable_decision(self, finding: Finding | None) -> None:
        for widget in (self.note, self.passes, self.fails):
            widget.setEnabled(finding is not None)

    def _current_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        rule = current.data(0, PATH_ROLE) if current is not None else None
        finding = self._findings.get(rule) if rule else None
        self._enable_decision(finding)
        if finding is None:
            return
        self.detail.setHtml(finding_html(finding, self._rules.get(finding.rule)))
        self.documents_selected.emit(list(finding.documents))


def finding_html(finding: Finding, rule: Rule | None) -> str:
    from html import escape

    parts = [
        f"<h3>{escape(finding.rule)}: {escape(finding.title)}</h3>",
        f"<p><b>{escape(STATUS_NAMES[finding.status].capitalize())}</b> "
        f"({escape(finding.severity.value)}). {escape(finding.message)}</p>",
    ]
    if finding.decided_by:
        note = f": {escape(finding.note)}" if finding.note else ""
        parts.append(f"<p><b>Decided by {escape(finding.decided_by)}</b>{note}</p>")
    if finding.documents:
        items = "".join(f"<li>{escape(path)}</li>" for path in finding.documents)
        parts.append(f"<p>Rests on:</p><ul>{items}</ul>")
    if finding.status is Status.FAIL and finding.action:
        parts.append(
            f"<p><b>Action:</b> {escape(finding.action)} (owner: {escape(finding.owner or '')})</p>"
        )
    if rule is not None:
        parts.append(f"<p><b>Why it matters:</b> {escape(rule.why)}</p>")
    parts.append(f"<p><i>{escape(finding.citation)}</i></p>")
    return "".join(parts)
