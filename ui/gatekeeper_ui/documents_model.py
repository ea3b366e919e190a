"""The documents of a check as a Qt item model: groups (and statements' roles) over documents.

A model, not a widget of items: the view asks only for the rows it shows, so a phone extract of
100,000 files is shown at once and filtered without a pause.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from gatekeeper.models import MULTIMEDIA_TYPES, DocType, Document, Role
from gatekeeper.pipeline import LISTED_PER_EVENT

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ["Document", "Type", "Size", "Status"]
STATUS_COLUMN = COLUMNS.index("Status")
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
ROLE_NAMES: dict[Role | None, str] = {
    Role.COMPLAINANT: "Complainant",
    Role.FIRST_ACCOUNT: "First account",
    Role.OFFICER: "Officers",
    Role.WITNESS: "Other witnesses",
    Role.EXPERT: "Experts",
    None: "Role not decided",
}
UNREADABLE = "Could not be read"
PROBLEM_COLOUR = QColor("#b00020")
READING_SHOWN = LISTED_PER_EVENT  # the newest files a check's progress lists


class Node:
    """A group (documents or sub-groups under it) or one document. A group's document rows are
    made when the view first asks for them, so a group of 100,000 files costs nothing until
    opened."""

    __slots__ = ("_cells", "_documents", "_made", "document", "groups", "label", "parent", "row")

    def __init__(
        self,
        label: str,
        parent: Node | None,
        document: Document | None = None,
        row: int = 0,
    ) -> None:
        self.label = label
        self.parent = parent
        self.document = document
        self.row = row
        self.groups: list[Node] = []
        self._documents: list[Document] = []
        self._made: dict[int, Node] = {}
        self._cells: list[str] | None = None

    def add_group(self, label: str) -> Node:
        group = Node(label, self, row=len(self.groups))
        self.groups.append(group)
        return group

    def add_documents(self, documents: list[Document]) -> None:
        self._documents = documents

    def count_rows(self) -> int:
        return len(self.groups) or len(self._documents)

    def child(self, row: int) -> Node:
        if self.groups:
            return self.groups[row]
        made = self._made.get(row)
        if made is None:
            document = self._documents[row]
            made = self._made[row] = Node(_label(document), self, document, row)
        return made

    def count(self) -> int:
        """The documents under a group."""
        return sum(g.count() for g in self.groups) if self.groups else len(self._documents)

    def cells(self) -> list[str]:
        """The row's text, worked out once: the view asks for it on every repaint."""
        if self._cells is None:
            document = self.document
            if document is None:
                self._cells = [f"{self.label} ({self.count()})", "", "", ""]
            else:
                status = document.problem or ("scanned, read by OCR" if document.ocr else "read")
                self._cells = [self.label, document.type.plain, size_of(document), status]
        return self._cells

    def find(self, path: str) -> Node | None:
        """The node of the document at ``path`` below this one."""
        for group in self.groups:
            found = group.find(path)
            if found is not None:
                return found
        for row, document in enumerate(self._documents):
            if document.path == path:
                return self.child(row)
        return None

    def document_nodes(self) -> list[Node]:
        if self.groups:
            return [node for group in self.groups for node in group.document_nodes()]
        return [self.child(row) for row in range(len(self._documents))]


def size_of(document: Document) -> str:
    if document.duration_s is not None:
        minutes, seconds = divmod(int(document.duration_s), 60)
        return f"{minutes}:{seconds:02d}"
    if document.pages:
        return f"{document.pages} p."
    return f"{document.size / 1024:,.0f} KB"


def build_tree(documents: list[Document]) -> Node:
    root = Node("", None)
    readable = [d for d in documents if d.readable]
    for name, types in GROUPS:
        members = [d for d in readable if d.type in types]
        if not members:
            continue
        group = root.add_group(name)
        if DocType.MG11 in types:
            for role, role_name in ROLE_NAMES.items():
                of_role = [d for d in members if d.role == role]
                if of_role:
                    group.add_group(role_name).add_documents(of_role)
        else:
            group.add_documents(members)
    unreadable = [d for d in documents if not d.readable]
    if unreadable:
        root.add_group(UNREADABLE).add_documents(unreadable)
    return root


def _label(document: Document) -> str:
    return document.maker or document.path.rsplit("/", 1)[-1]


class DocumentsModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.root = Node("", None)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_documents(self, documents: list[Document]) -> None:
        self.beginResetModel()
        self.root = build_tree(documents)
        self.endResetModel()

    def node(self, index: Index) -> Node:
        if index.isValid():
            node: Node = index.internalPointer()
            return node
        return self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's signature)
        node = self.node(parent)
        if 0 <= row < node.count_rows() and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, node.child(row))
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return self.node(parent).count_rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        document = node.document
        if role == Qt.ItemDataRole.DisplayRole:
            return node.cells()[index.column()]
        if role == PATH_ROLE:
            return document.path if document is not None else None
        if role == SEARCH_ROLE:
            return " ".join([document.path, *node.cells()]).lower() if document else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole path, or the whole status: both are cut short in a narrow column.
            if document is None or index.column() not in (0, STATUS_COLUMN):
                return None
            return document.path if index.column() == 0 else node.cells()[STATUS_COLUMN]
        if role == Qt.ItemDataRole.FontRole and document is None:
            return self._bold
        problem = document is not None and not document.readable and index.column() == 3
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(PROBLEM_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def index_of(self, path: str) -> QModelIndex:
        node = self.root.find(path)
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()

    def group_rows(self, index: Index) -> int:
        """How many rows a group holds, without making them."""
        return self.node(index).count_rows()


class DocumentsFilter(QSortFilterProxyModel):
    """Documents whose path, name, type or status has the words typed; groups with any of them."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    @property
    def needle(self) -> str:
        return self._needle

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().lower()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        searchable = str(model.data(index, SEARCH_ROLE) or "")
        if not searchable:  # a group: shown when one of its documents is (recursive filtering)
            return not self._needle
        return not self._needle or self._needle in searchable


class ReadingModel(QStandardItemModel):
    """The files read while a check runs, newest first: the latest few hundred are listed (a tree
    view lays out every row it is given, so 100,000 would stall the window), all are counted.

    A Qt model, not a Python one: the view paints it without calling into Python. While the
    check's thread is busy evaluating, every call from the window into Python waits its turn for
    the interpreter, and a Python model's hundreds of calls per repaint froze the window for
    200 ms at a time."""

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.count = 0
        self._show_count()

    def add(self, files: list[tuple[str, str]], read_so_far: int) -> None:
        """List the newest ``files``; ``read_so_far`` counts every file read, listed or not."""
        if not files:
            return
        self.count = read_so_far
        newest = list(reversed(files[-READING_SHOWN:]))
        kept = READING_SHOWN - len(newest)
        if self.rowCount() > kept:
            self.removeRows(kept, self.rowCount() - kept)  # the oldest make room
        self.insertRows(0, len(newest))
        for row, (path, doc_type) in enumerate(newest):
            self.setItem(row, 0, _plain_item(path))
            self.setItem(row, 1, _plain_item(doc_type))
        self._show_count()

    def clear(self) -> None:
        self.removeRows(0, self.rowCount())
        self.count = 0
        self._show_count()

    def _show_count(self) -> None:
        self.setHorizontalHeaderLabels([f"Read so far: {self.count:,} (the latest first)", "Type"])


def _plain_item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item
