"""The action plan beside the findings: drafted from the check, every action editable (text,
owner, dates), added, removed, moved; blanket requests refused with the reason; saved as you go;
exported as DOCX or PDF and issued into the case register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gatekeeper.models import Report
from gatekeeper.plan.draft import PlanEditError, add_action, draft_plan, edit_action, remove_action
from gatekeeper.plan.models import ActionPlan, PlanSettings

COLUMNS = ["No.", "Action", "Owner", "Due", "Review", "Priority"]
EDITABLE = {1: "action", 2: "owner", 3: "due", 4: "review"}
ID_ROLE = Qt.ItemDataRole.UserRole


class PlanView(QWidget):
    changed = Signal(object)  # the ActionPlan after an edit (the window saves it)
    issue_asked = Signal(object)  # the ActionPlan to issue
    redraft_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ActionPlan | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Actions of the plan")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._edited)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.problems = QLabel("")
        self.problems.setAccessibleName("Why an edit was refused")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.notes = QLabel("")
        self.notes.setAccessibleName("The plan's warnings and points to decide")
        self.notes.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = self._button("&Add...", "Add an action", self._add)
        self.remove_button = self._button("Re&move", "Remove the selected action", self._remove)
        self.up_button = self._button(
            "Move &up", "Move the selected action up", lambda: self._move(-1)
        )
        self.down_button = self._button(
            "Move do&wn", "Move the selected action down", lambda: self._move(1)
        )
        self.export_button = self._button(
            "E&xport...", "Export the plan as DOCX or PDF", self._export
        )
        self.issue_button = self._button(
            "&Issue", "Issue the plan into the case register", self._issue
        )
        self.redraft_button = self._button(
            "&Redraft", "Draft the plan anew from the findings", self.redraft_asked.emit
        )
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.export_button,
            self.issue_button,
            self.redraft_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        self._filling = False
        self._enable()

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    # Showing a plan.
    def draft(self, report: Report, settings: PlanSettings, today: dt.date) -> ActionPlan:
        plan = draft_plan(report, settings, today)
        self.show_plan(plan)
        return plan

    def show_plan(self, plan: ActionPlan | None) -> None:
        if plan is None or (self.plan is not None and plan.urn != self.plan.urn):
            self.problems.setText("")  # another case's refusal is not this one's
        self.plan = plan
        self._filling = True
        try:
            actions = plan.actions if plan else []
            self.table.setRowCount(len(actions))
            for row, action in enumerate(actions):
                cells = [
                    action.id,
                    action.action,
                    action.owner,
                    action.due.isoformat(),
                    action.review.isoformat(),
                    action.priority.value,
                ]
                for column, value in enumerate(cells):
                    item = QTableWidgetItem(value)
                    item.setData(ID_ROLE, action.id)
                    if column not in EDITABLE:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if column == 1:
                        item.setToolTip(f"{action.reason}\n{action.unrealistic or ''}".strip())
                    self.table.setItem(row, column, item)
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(1, 480)
            self.table.resizeRowsToContents()
        finally:
            self._filling = False
        self._show_notes()
        self._enable()

    def _show_notes(self) -> None:
        plan = self.plan
        if plan is None:
            self.notes.setText("")
            return
        lines = [f"Warning: {w}" for w in plan.warnings]
        lines += [
            f"Unrealistic date, {a.id}: {a.unrealistic}" for a in plan.actions if a.unrealistic
        ]
        if plan.to_decide:
            lines.append(
                "For you to decide before they become actions: "
                + "; ".join(f"{d.rule} ({d.title})" for d in plan.to_decide)
            )
        self.notes.setText("\n".join(lines))

    def _enable(self) -> None:
        has_plan = self.plan is not None
        for button in (self.add_button, self.export_button, self.issue_button, self.redraft_button):
            button.setEnabled(has_plan)
        selected = has_plan and self.table.currentRow() >= 0
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(selected)

    # Editing: each change checked by the plan's own rules; a refused one is undone and said why.
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.plan is None or item.column() not in EDITABLE:
            return
        field = EDITABLE[item.column()]
        action_id, text = str(item.data(ID_ROLE)), item.text().strip()
        if field == "action":
            self.apply(lambda plan: edit_action(plan, action_id, action=text))
        elif field == "owner":
            self.apply(lambda plan: edit_action(plan, action_id, owner=text))
        else:
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                self._refuse([f"'{text}' is not a date: write it as YYYY-MM-DD."])
                return
            if field == "due":
                self.apply(lambda plan: edit_action(plan, action_id, due=day))
            else:
                self.apply(lambda plan: edit_action(plan, action_id, review=day))

    def apply(self, change: Callable[[ActionPlan], ActionPlan]) -> bool:
        """Apply ``change(plan) -> plan``; False, with the reasons shown, when it is refused."""
        assert self.plan is not None
        try:
            plan = change(self.plan)
        except PlanEditError as exc:
            self._refuse(list(exc.problems))
            return False
        self.problems.setText("")
        self.show_plan(plan)
        self.changed.emit(plan)
        return True

    def _refuse(self, problems: list[str]) -> None:
        self.problems.setText("Not changed: " + " ".join(problems))
        self.show_plan(self.plan)  # back to what the plan says

    def _add(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, "Add an action", "What should be provided or done?"
        )
        if not ok or not text.strip():
            return
        owner, ok = QInputDialog.getItem(
            self,
            "Add an action",
            "Who owns it?",
            ["OIC", "disclosure officer", "supervisor"],
            0,
            True,
        )
        if ok:
            self.apply(lambda plan: add_action(plan, text.strip(), owner))

    def _remove(self) -> None:
        action_id = self._selected_id()
        if action_id is not None:
            self.apply(lambda plan: remove_action(plan, action_id))

    def _move(self, step: int) -> None:
        action_id = self._selected_id()
        if self.plan is None or action_id is None:
            return
        actions = list(self.plan.actions)
        index = next(i for i, a in enumerate(actions) if a.id == action_id)
        target = index + step
        if 0 <= target < len(actions):
            actions[index], actions[target] = actions[target], actions[index]
            self.apply(lambda plan: plan.model_copy(update={"actions": actions}))
            self.table.setCurrentCell(target, 1)

    def _selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def _export(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, "Export the action plan", "action plan.docx", "Word (*.docx);;PDF (*.pdf)"
        )
        if target:
            try:
                self.export_to(Path(target))
            except OSError as exc:
                self.problems.setText(f"The plan could not be written: {exc.strerror or exc}")

    def export_to(self, target: Path) -> None:
        assert self.plan is not None
        if target.suffix.lower() == ".pdf":
            from gatekeeper.plan.pdf_out import write_pdf

            write_pdf(self.plan, target)
        else:
            from gatekeeper.plan.docx_out import write_docx

            write_docx(self.plan, target.with_suffix(".docx"))

    def _issue(self) -> None:
        if self.plan is not None:
            self.issue_asked.emit(self.plan)
