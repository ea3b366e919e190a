"""The supervisor's view: the register's cases, open ones first, sortable, exportable as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gatekeeper.register.export import cases_csv
from gatekeeper.register.views import CaseSummary

COLUMNS = [
    "URN",
    "Open",
    "Submissions",
    "Action plans",
    "Open plans",
    "Overdue actions",
    "Oldest open plan (days)",
    "Days since last submission",
    "Days since report",
    "Would pass",
]


class _Number(QTableWidgetItem):
    """A cell that sorts by its number, not its text; blanks last."""

    def __init__(self, value: int | None) -> None:
        super().__init__("" if value is None else f"{value:,}")
        self.value = value if value is not None else -1

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Number):
            return self.value < other.value
        return super().__lt__(other)


class SupervisorDialog(QDialog):
    refresh_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Supervisor: cases in the register")
        self.resize(1100, 500)
        self.cases: list[CaseSummary] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Cases in the register")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.overdue_only = QCheckBox("Only cases with overdue actions or plans near three months")
        self.overdue_only.toggled.connect(lambda _: self._fill())
        self.status = QLabel("")
        self.status.setWordWrap(True)
        refresh = QPushButton("&Refresh")
        refresh.clicked.connect(self.refresh_asked)
        export = QPushButton("&Export CSV...")
        export.setAccessibleName("Export the cases shown as CSV")
        export.clicked.connect(self._export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.overdue_only, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def show_cases(self, cases: list[CaseSummary], problem: str | None = None) -> None:
        self.cases = cases
        self.status.setText(problem or f"{len(cases)} case(s) in the register.")
        self._fill()

    def shown(self) -> list[CaseSummary]:
        if not self.overdue_only.isChecked():
            return self.cases
        return [
            c
            for c in self.cases
            if c.overdue_actions or (c.oldest_open_plan_days or 0) >= NEAR_ADMIN_FINALISATION_DAYS
        ]

    def _fill(self) -> None:
        cases = self.shown()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(case.urn),
                QTableWidgetItem("open" if case.open else "closed"),
                _Number(case.submissions),
                _Number(case.plans),
                _Number(case.open_plans),
                _Number(case.overdue_actions),
                _Number(case.oldest_open_plan_days),
                _Number(case.days_since_last_submission),
                _Number(case.days_since_report),
                QTableWidgetItem({True: "yes", False: "no", None: ""}[case.would_pass]),
            ]
            for column, cell in enumerate(cells):
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def _export(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "Export cases", "cases.csv", "CSV (*.csv)")
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        target.write_text(cases_csv(self.shown()), encoding="utf-8")
        self.status.setText(f"Exported {len(self.shown())} case(s) to {target}.")


NEAR_ADMIN_FINALISATION_DAYS = 77
