"""The participants page: search as you type, filters, and the add/edit/archive/delete buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from rmdesk.domain import i18n
from rmdesk.domain.entities import EmploymentType, Participant, Program, Role
from rmdesk.domain.generations import GENERATIONS
from rmdesk.domain.words import plural
from rmdesk.gui.forms.ui_participants_page import Ui_ParticipantsPage
from rmdesk.gui.models import ParticipantTableModel
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import edit_and_delete_keys, fill_choices, select_row, setup_table
from rmdesk.gui.work import attempt
from rmdesk.store import Document, edits, queries
from rmdesk.store.queries import PersonRow

ALL = "all"
NOT_ENROLLED = "none"


def _equals(value_of: Callable[[PersonRow], Any], wanted: Any) -> Callable[[PersonRow], bool]:
    return lambda p: bool(value_of(p) == wanted)


class ParticipantsPage(Page, Ui_ParticipantsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.model = ParticipantTableModel(self)
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_table(self.table, (190, 110, 55, 140, 150, 200, 55, 90, 100, 170, 100, 70, 95))
        for combo in self._filters():
            combo.setMinimumContentsLength(8)
        fill_choices(
            self.roleFilter,
            [
                (self.tr("All roles"), ALL),
                (self.tr("Reverse mentors"), Role.MENTOR),
                (self.tr("Mentees"), Role.MENTEE),
                (self.tr("Not in the program"), NOT_ENROLLED),
            ],
        )
        fill_choices(
            self.generationFilter, [(self.tr("All generations"), ALL)] + [(g[0], g[0]) for g in GENERATIONS]
        )
        fill_choices(
            self.employmentFilter, [(self.tr("All employment"), ALL)] + [(e.label, e) for e in EmploymentType]
        )
        fill_choices(
            self.pairedFilter,
            [(self.tr("Paired or not"), ALL), (self.tr("Paired"), True), (self.tr("Unpaired"), False)],
        )
        fill_choices(
            self.archivedFilter,
            [
                (self.tr("Active people"), False),
                (self.tr("Archived people"), True),
                (self.tr("Active and archived"), ALL),
            ],
        )
        for combo in self._filters():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.searchEdit.textChanged.connect(self.apply_filter)
        self.addButton.clicked.connect(self.add)
        self.editButton.clicked.connect(self.edit)
        self.archiveButton.clicked.connect(self.toggle_archived)
        self.deleteButton.clicked.connect(self.delete)
        edit_and_delete_keys(self.table, self.edit, self.delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _filters(self) -> list[QComboBox]:
        return [
            self.roleFilter,
            self.departmentFilter,
            self.generationFilter,
            self.employmentFilter,
            self.agencyFilter,
            self.pairedFilter,
            self.archivedFilter,
        ]

    # -- data
    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        if self.doc is None:
            self.model.set_people(queries.People([]))
            return
        self._refill_places(self.doc)
        for combo in (self.roleFilter, self.pairedFilter):
            combo.setEnabled(self.program is not None)
        self.model.set_people(queries.people(self.doc, self.program.id if self.program else None))
        self.apply_filter()

    def show_changes(self, changed: dict[str, set[str]]) -> bool:
        """People edited, archived or restored (only their own rows changed): those rows read
        again and put in place, the first still shown selected."""
        doc = self.doc
        if doc is None or set(changed) != {"participants"}:
            return False
        ids = changed["participants"]
        fresh = queries.person_rows(doc, ids)
        offered = (self.departmentFilter.findData(p.department) >= 0 for p in fresh if p.department)
        if not all(offered) or not all(self.agencyFilter.findData(p.agency) >= 0 for p in fresh if p.agency):
            self._refill_places(doc)  # a department or agency new to the file
        self.model.patch(fresh, ids)  # under the filters in force
        self._show_count()
        select_row(self.table, self.model.first_shown(fresh))
        return True

    def _refill_places(self, doc: Document) -> None:
        """The department and agency filters offer what the file holds."""
        self._refill(self.departmentFilter, self.tr("All departments"), queries.distinct(doc, "department"))
        self._refill(self.agencyFilter, self.tr("All agencies"), queries.distinct(doc, "agency"))

    def _refill(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        fill_choices(combo, [(everything, ALL)] + [(v, v) for v in values])
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def keep(self) -> Callable[[PersonRow], bool] | None:
        """A predicate for the filters in force, or None when they let everyone through."""
        tests: list[Callable[[PersonRow], bool]] = []
        role = self.roleFilter.currentData()
        model = self.model
        if role == NOT_ENROLLED:
            tests.append(lambda p: model.role(p) is None)
        elif role != ALL:
            tests.append(lambda p: model.role(p) == role)
        plain: list[tuple[QComboBox, Callable[[PersonRow], Any]]] = [
            (self.departmentFilter, lambda p: p.department),
            (self.generationFilter, lambda p: p.generation),
            (self.employmentFilter, lambda p: p.employment_type),
            (self.agencyFilter, lambda p: p.agency),
            (self.archivedFilter, lambda p: bool(p.archived)),
        ]
        for combo, value_of in plain:
            if combo.currentData() != ALL:
                tests.append(_equals(value_of, combo.currentData()))
        paired = self.pairedFilter.currentData()
        if paired != ALL:
            tests.append(lambda p: (p.id in model.people.paired) == paired)
        if not tests:
            return None
        if len(tests) == 1:  # the usual case (active people): no generator per row
            return tests[0]
        return lambda p: all(test(p) for test in tests)

    def apply_filter(self) -> None:
        self.model.set_filter(self.searchEdit.text(), self.keep())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.countLabel.setText(
            self.tr("{shown} of {people}").format(
                shown=i18n.current().number(shown), people=plural(total, "person")
            )
            if shown != total
            else plural(total, "person")
        )
        self._update_buttons()

    def selected(self) -> list[PersonRow]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index) for index in rows]

    def _whole(self, rows: list[PersonRow]) -> list[Participant]:
        assert self.doc is not None
        return [self.doc.get(Participant, row.id) for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected() if self.doc else []
        self.addButton.setEnabled(self.doc is not None)
        self.editButton.setEnabled(len(chosen) == 1)
        self.deleteButton.setEnabled(bool(chosen))
        self.archiveButton.setEnabled(bool(chosen))
        all_archived = bool(chosen) and all(p.archived for p in chosen)
        self.archiveButton.setText(self.tr("Rest&ore") if all_archived else self.tr("Arc&hive"))

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # -- actions
    def open_form(self, person: Participant | None) -> bool:
        from rmdesk.gui.dialogs.participant import ParticipantDialog  # the form loads when first opened

        assert self.doc is not None
        dialog = ParticipantDialog(self.doc, self.model.people, self.program, person, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self) -> None:
        if self.doc:
            before = self.doc.newest_action()
            if self.open_form(None):
                self.shown_after(self.doc, before)

    def edit(self) -> None:
        chosen = self.selected()
        if self.doc and len(chosen) == 1:
            before = self.doc.newest_action()
            if self.open_form(self._whole(chosen)[0]):
                self.shown_after(self.doc, before)

    def toggle_archived(self) -> None:
        chosen = self.selected()
        if not (self.doc and chosen):
            return
        doc, people = self.doc, self._whole(chosen)
        archive = not all(p.archived for p in chosen)
        before = doc.newest_action()
        if attempt(
            self,
            self.tr("Archive") if archive else self.tr("Restore"),
            lambda: edits.set_archived(doc, people, archive),
        ):
            self.shown_after(doc, before)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        chosen = self.selected()
        if not (self.doc and chosen):
            return
        who = (
            chosen[0].name if len(chosen) == 1 else self.tr("these {count} people").format(count=len(chosen))
        )
        if self.confirm(
            self.tr(
                "Delete {who} with their enrolments, pairs, goals, meetings and evaluations?\n"
                "You can undo this (Edit > Undo). To keep their history, archive instead. To remove "
                "every trace for good (someone asked for their data to be deleted), use File > Erase People."
            ).format(who=who)
        ):
            doc, people = self.doc, self._whole(chosen)
            before = doc.newest_action()
            if attempt(self, self.tr("Delete"), lambda: edits.delete_participants(doc, people)):
                self.shown_after(doc, before)
