"""The participant form: every field of a person, checked as you type, saved as one undo step."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QHeaderView,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from rmdesk.domain.entities import EmploymentType, Participant, Program, Role
from rmdesk.domain.generations import generation_of
from rmdesk.domain.talent import LEVEL_NAMES, level_name
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.domain.validation import check_contract, check_participant
from rmdesk.gui.forms.ui_participant import Ui_ParticipantDialog
from rmdesk.gui.widgets.fields import (
    ErrorLabels,
    current,
    fill_choices,
    fill_enum,
    get_date,
    save_or_explain,
    select_data,
    set_date,
    show_problems,
)
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import Document
from rmdesk.store.edits import save_participant
from rmdesk.store.queries import People, distinct, employee_number_holder, look_alikes

UNKNOWN_YEAR = 1929
NOT_RATED = QT_TRANSLATE_NOOP("ParticipantDialog", "Not rated")


class ParticipantDialog(FormDialog, Ui_ParticipantDialog):
    """Add (``person=None``) or edit a participant; the role is for ``program``."""

    subject = QT_TRANSLATE_NOOP("FormDialog", "this participant")

    def __init__(
        self,
        doc: Document,
        people: People,
        program: Program | None,
        person: Participant | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.doc, self.program = doc, program
        self.original = person or Participant()
        self.is_new = person is None
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=person.name) if person else self.tr("New participant")
        )
        self._managers = self._manager_names(people)
        self._setup_choices(doc)
        self.errors = ErrorLabels(
            {
                "name": self.nameEdit,
                "employee_no": self.employeeNoEdit,
                "email": self.emailEdit,
                "birth_year": self.birthYearSpin,
                "grade": self.gradeSpin,
                "manager_id": self.managerEdit,
                "agency": self.agencyCombo,
                "contract_end": self.contractEndEdit,
                "topics_offered": self.topicsTable,
                "topics_wanted": self.topicsTable,
                "consent_date": self.consentDateEdit,
            }
        )
        self._load(self.original, people.roles.get(self.original.id))
        self._watch()
        self.buttonBox.accepted.connect(self.save)
        self.validate()
        fit_to_screen(self, QSize(980, 660))

    # -- setup
    def _manager_names(self, people: People) -> dict[str, str]:
        """Display text -> id; the department is added where two people share a name."""
        counts: dict[str, int] = {}
        for p in people.people:
            counts[p.name] = counts.get(p.name, 0) + 1
        return {
            (p.name if counts[p.name] == 1 else f"{p.name} ({p.department or p.employee_no})"): p.id
            for p in people.people
            if p.id != self.original.id
        }

    def _setup_choices(self, doc: Document) -> None:
        self.departmentCombo.addItems(["", *distinct(doc, "department")])
        self.agencyCombo.addItems(["", *distinct(doc, "agency")])
        fill_enum(self.employmentCombo, EmploymentType)
        fill_enum(self.roleCombo, Role, blank=self.tr("Not in this program"))
        self.roleCombo.setEnabled(self.program is not None)
        if self.program is None:
            self.roleCombo.setToolTip(self.tr("Create or choose a program first (Program menu)."))
        for combo in (self.performanceCombo, self.potentialCombo):
            fill_choices(
                combo, [(self.tr(NOT_RATED), None), *[(f"{n} {level_name(n)}", n) for n in LEVEL_NAMES]]
            )
        completer = QCompleter(sorted(self._managers, key=str.lower), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.managerEdit.setCompleter(completer)
        header = self.topicsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _load(self, p: Participant, role: Role | None) -> None:
        self.nameEdit.setText(p.name)
        self.employeeNoEdit.setText(p.employee_no)
        self.emailEdit.setText(p.email)
        self.birthYearSpin.setValue(p.birth_year or UNKNOWN_YEAR)
        self.departmentCombo.setCurrentText(p.department)
        self.jobTitleEdit.setText(p.job_title)
        self.gradeSpin.setValue(p.grade or 0)
        manager = next((text for text, pid in self._managers.items() if pid == p.manager_id), "")
        self.managerEdit.setText(manager)
        self.locationEdit.setText(p.location)
        self.languagesEdit.setText(", ".join(p.languages))
        select_data(self.employmentCombo, p.employment_type)
        self.agencyCombo.setCurrentText(p.agency)
        self.clientSiteEdit.setText(p.client_site)
        set_date(self.contractEndEdit, p.contract_end)
        select_data(self.roleCombo, role)
        select_data(self.performanceCombo, p.performance)
        select_data(self.potentialCombo, p.potential)
        set_date(self.consentDateEdit, p.consent_date)
        self.notesEdit.setPlainText(p.notes)
        self.archivedCheck.setChecked(p.archived)
        self._load_topics(p)

    def _load_topics(self, p: Participant) -> None:
        topics = list(self.program.topics if self.program and self.program.topics else DEFAULT_TOPICS)
        topics += [t for t in [*p.topics_offered, *p.topics_wanted] if t not in topics]
        self.topicsTable.setRowCount(len(topics))
        for row, topic in enumerate(topics):
            item = QTableWidgetItem(topic)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.topicsTable.setItem(row, 0, item)
            for column, levels in ((1, p.topics_offered), (2, p.topics_wanted)):
                spin = QSpinBox()
                spin.setRange(0, 5)
                spin.setSpecialValueText("–")
                spin.setValue(levels.get(topic, 0))
                spin.setAccessibleName(
                    (self.tr("{topic}: offers") if column == 1 else self.tr("{topic}: wants")).format(
                        topic=topic
                    )
                )
                spin.valueChanged.connect(self.validate)
                self.topicsTable.setCellWidget(row, column, spin)

    def _watch(self) -> None:
        for edit in (self.nameEdit, self.emailEdit, self.managerEdit, self.employeeNoEdit):
            edit.textChanged.connect(self.validate)
        for spin in (self.birthYearSpin, self.gradeSpin):
            spin.valueChanged.connect(self.validate)
        for combo in (self.employmentCombo, self.roleCombo, self.agencyCombo):
            combo.currentIndexChanged.connect(self.validate)
        self.agencyCombo.editTextChanged.connect(self.validate)
        for date in (self.contractEndEdit, self.consentDateEdit):
            date.dateChanged.connect(self.validate)

    # -- reading the form
    def _levels(self, column: int) -> dict[str, int]:
        levels = {}
        for row in range(self.topicsTable.rowCount()):
            spin = self.topicsTable.cellWidget(row, column)
            assert isinstance(spin, QSpinBox)
            topic = self.topicsTable.item(row, 0)
            if spin.value() and topic is not None:
                levels[topic.text()] = spin.value()
        return levels

    def person(self) -> Participant:
        """The participant as the form now describes it."""
        year = self.birthYearSpin.value()
        return dataclasses.replace(
            self.original,
            name=self.nameEdit.text().strip(),
            employee_no=self.employeeNoEdit.text().strip(),
            email=self.emailEdit.text().strip(),
            birth_year=None if year == UNKNOWN_YEAR else year,
            department=self.departmentCombo.currentText().strip(),
            job_title=self.jobTitleEdit.text().strip(),
            grade=self.gradeSpin.value() or None,
            manager_id=self._managers.get(self.managerEdit.text().strip()),
            location=self.locationEdit.text().strip(),
            languages=[x.strip() for x in self.languagesEdit.text().split(",") if x.strip()],
            employment_type=current(self.employmentCombo, EmploymentType) or EmploymentType.PERMANENT,
            agency=self.agencyCombo.currentText().strip(),
            client_site=self.clientSiteEdit.text().strip(),
            contract_end=get_date(self.contractEndEdit),
            performance=self.performanceCombo.currentData(),
            potential=self.potentialCombo.currentData(),
            topics_offered=self._levels(1),
            topics_wanted=self._levels(2),
            consent_date=get_date(self.consentDateEdit),
            notes=self.notesEdit.toPlainText().strip(),
            archived=self.archivedCheck.isChecked(),
        )

    def role(self) -> Role | None:
        return current(self.roleCombo, Role)

    def problems(self) -> dict[str, str]:
        person = self.person()
        found = check_participant(person)
        if self.program is not None and self.role() is not None:
            found += check_contract(person, self.program)
        problems = {p.field: p.message for p in found}
        manager_text = self.managerEdit.text().strip()
        if manager_text and manager_text not in self._managers:
            problems["manager_id"] = self.tr(
                "No participant is called {name}: pick one from the list."
            ).format(name=repr(manager_text))
        holder = employee_number_holder(self.doc, person.employee_no, person.id)
        if holder:
            number = person.employee_no.strip()
            problems["employee_no"] = self.tr("Employee number {number} already belongs to {holder}.").format(
                number=number, holder=holder
            )
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        year = self.birthYearSpin.value()
        self.generationLabel.setText(generation_of(None if year == UNKNOWN_YEAR else year))
        return show_problems(self, self.errors, problems)

    def ask(self, question: str) -> bool:
        """Save anyway? Asked when the person may already be in the file; tests replace it."""
        answer = QMessageBox.question(
            self,
            self.tr("Already in the file?"),
            question,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def save(self) -> None:
        program_id = self.program.id if self.program else None
        if not self.validate():
            return
        person = self.person()
        before = self.original if not self.is_new else None
        same = before is not None and (before.name, before.birth_year, before.email) == (
            person.name,
            person.birth_year,
            person.email,
        )
        alikes = [] if same else look_alikes(self.doc, person)
        if alikes and not self.ask("\n".join(alikes) + "\n\n" + self.tr("Save this person anyway?")):
            return
        save_or_explain(self, lambda: save_participant(self.doc, person, program_id, self.role()))
