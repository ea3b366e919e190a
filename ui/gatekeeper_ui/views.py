"""The documents tree and the findings tree, filled from a Report (no document text)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTextBrowser,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gatekeeper.checklist import Rule
from gatekeeper.models import (
    DocType,
    Document,
    Finding,
    Report,
    Role,
    Severity,
    Status,
)
from gatekeeper_ui.documents_model import (
    PATH_ROLE,
    DocumentsFilter,
    DocumentsModel,
    ReadingModel,
)

RESIZE_PRECISION = 60
READING_TYPE_WIDTH = 160  # the reading list's Type column
OPEN_GROUP_ROWS = 300
NOTE_PROMPT = "Note for your decision (why)"
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


class DocumentsView(QWidget):
    """Every file of the submission, grouped as a prosecutor reads a file, with a filter box."""

    selected = Signal(str)  # a document's path
    correction_asked = Signal(str, object, object)  # path, DocType or None, Role or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText="Filter documents (Ctrl+F)")
        self.filter.setAccessibleName("Filter documents")
        self.filter.setClearButtonEnabled(True)
        self.model = DocumentsModel()
        self.reading = ReadingModel()
        # The filter stands between model and view only while words are typed: unfiltered, the
        # view reads the model directly and a big group's rows are never touched until opened.
        self.proxy = DocumentsFilter()
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setAccessibleName("Documents")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        # Column widths from the first rows only, not every row of a 100,000-file extract.
        self.tree.header().setResizeContentsPrecision(RESIZE_PRECISION)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._apply_filter)
        self._watch_selection()
        # Right-click, the menu key or Shift+F10 on a document: correct its type or role.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._documents: dict[str, Document] = {}

    def start_reading(self) -> None:
        """While a check runs, list each file as it is read (the grouped tree comes at the end)."""
        self.reading.clear()
        self._use(self.reading)
        # A flat list: no room kept for branches, and the paths get the width (cut short at the
        # view's default width, they all read "part22/ms...").
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, max(self.tree.viewport().width() - READING_TYPE_WIDTH, 200))

    def add_read(self, files: list[tuple[str, str]], read_so_far: int) -> None:
        self.reading.add(files, read_so_far)

    def _use(self, model: QAbstractItemModel) -> None:
        if self.tree.model() is not model:
            self.tree.setModel(model)
            self._watch_selection()

    def show_documents(self, documents: list[Document]) -> None:
        self._documents = {d.path: d for d in documents}
        self.model.set_documents(documents)
        self._use(self._shown())
        self.tree.setRootIsDecorated(True)
        self._expand()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 360))

    def _shown(self) -> DocumentsModel | DocumentsFilter:
        return self.proxy if self.proxy.needle else self.model

    def _watch_selection(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def _expand(self) -> None:
        """Open every group but the very large (a phone extract's thousands of files), which the
        person opens when they want it: laying out all of them would stall the window."""
        shown = self._shown()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(shown.rowCount(parent)):
                index = shown.index(row, 0, parent)
                source = self.proxy.mapToSource(index) if shown is self.proxy else index
                if self.model.node(source).document is not None:
                    continue
                rows = self.model.group_rows(source)
                if rows <= OPEN_GROUP_ROWS or shown is self.proxy:
                    self.tree.expand(index)
                    stack.append(index)

    def paths(self) -> list[str]:
        """The paths shown, in order (those the filter lets through)."""
        shown = self._shown()
        found: list[str] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in reversed(range(shown.rowCount(parent))):
                stack.append(shown.index(row, 0, parent))
            if parent.isValid():
                path = shown.data(parent, PATH_ROLE)
                if path:
                    found.append(str(path))
        return found

    def select_path(self, path: str) -> bool:
        """Make the document at ``path`` the current one (and scroll to it)."""
        index = self.model.index_of(path)
        if index.isValid() and self._shown() is self.proxy:
            index = self.proxy.mapFromSource(index)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_path(self) -> str | None:
        path = self.tree.model().data(self.tree.currentIndex(), PATH_ROLE)
        return str(path) if path else None

    def _apply_filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if self.tree.model() is not self.reading:
            self._use(self._shown())
            self._expand()

    def _current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        path = self.tree.model().data(current, PATH_ROLE)
        if path:
            self.selected.emit(str(path))

    def _context_menu(self, point: QPoint) -> None:
        path = self.tree.model().data(self.tree.indexAt(point), PATH_ROLE)
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
        types = list(DocType)
        names = [t.plain for t in types]
        chosen, ok = QInputDialog.getItem(
            self,
            "Correct the type",
            f"What is {path}?",
            names,
            types.index(document.type),
            False,
        )
        if ok and chosen != document.type.plain:
            self.correction_asked.emit(path, types[names.index(chosen)], None)

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
        self.note = QLineEdit(placeholderText=NOTE_PROMPT)
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
        self._held = False
        self._enable_decision(None)
        self._findings: dict[str, Finding] = {}
        self._rules: dict[str, Rule] = {}
        self.tree.currentItemChanged.connect(self._current_changed)

    def clear(self) -> None:
        """Nothing shown: another case is being opened."""
        self._findings = {}
        self.tree.clear()
        self.detail.clear()
        self.note.clear()
        self._enable_decision(None)

    def hold(self, held: bool) -> None:
        """No decision while a check runs: the findings shown are about to be replaced."""
        self._held = held
        rule = self.current_rule()
        self._enable_decision(self._findings.get(rule) if rule else None)

    def show_report(self, report: Report, rules: dict[str, Rule]) -> None:
        self._held = False
        self.tree.clear()
        self.detail.clear()
        self._rules = rules
        self._findings = {f.rule: f for f in report.findings}
        order: list[tuple[str, Status, Severity | None, bool]] = [
            ("Blocking failures", Status.FAIL, Severity.BLOCKING, False),
            ("Required failures", Status.FAIL, Severity.REQUIRED, False),
            ("Advisory failures", Status.FAIL, Severity.ADVISORY, False),
            ("For a person to decide", Status.REVIEW, None, False),
            # an override stays in sight, never among the rules the file itself passes
            ("Passed by a person's decision", Status.PASS, None, True),
            ("Passed", Status.PASS, None, False),
            ("Not applicable", Status.NOT_APPLICABLE, None, False),
        ]
        for name, status, severity, decided in order:
            members = [
                f
                for f in report.findings
                if f.status is status
                and (severity is None or f.severity is severity)
                and (bool(f.decided_by) is decided or status is Status.FAIL)
            ]
            if not members:
                continue
            group = QTreeWidgetItem(self.tree, [f"{name} ({len(members)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for finding in members:
                outcome = STATUS_NAMES[finding.status]
                if finding.decided_by:
                    outcome += f" (decided by {finding.decided_by})"
                item = QTreeWidgetItem(group, [finding.rule, finding.title, outcome])
                item.setData(0, PATH_ROLE, finding.rule)
                item.setToolTip(1, finding.message)
                item.setForeground(2, QBrush(STATUS_COLOURS[finding.status]))
            group.setExpanded(finding.status in (Status.FAIL, Status.REVIEW) or decided)
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
        if rule is None:
            return
        note = self.note.text().strip()
        finding = self._findings.get(rule)
        if (
            status is Status.PASS
            and finding is not None
            and finding.status is Status.FAIL
            and not note
        ):
            # Passing what the check found failing is an override: say why first.
            self.note.setPlaceholderText("Say why it passes: a reason is needed first")
            self.note.setFocus()
            return
        self.note.setPlaceholderText(NOTE_PROMPT)
        self.decided.emit(rule, status, note)
        self.note.clear()

    def _enable_decision(self, finding: Finding | None) -> None:
        for widget in (self.note, self.passes, self.fails):
            widget.setEnabled(finding is not None and not self._held)

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
