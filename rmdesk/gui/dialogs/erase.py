"""File > Erase People: one person, or the people of a closed program past its retention period,
erased or anonymised for good. The form lists what goes (a dry run) and goes ahead only once the
officer has typed the person's name or ERASE; the work itself runs in the window (LongWork)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QPushButton, QWidget

from rmdesk.domain.words import plural
from rmdesk.gui.forms.ui_erase import Ui_EraseDialog
from rmdesk.gui.widgets.fields import error_style
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import Document, DocumentError, erasure, retention

CONFIRM_WORD = "ERASE"


@dataclass(frozen=True)
class EraseChoice:
    person_ids: tuple[str, ...]
    anonymise: bool
    who: str  # "Budi Santoso", or "12 people of Pilot 2024"


class EraseDialog(FormDialog, Ui_EraseDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "this erasure")

    def __init__(
        self,
        doc: Document,
        parent: QWidget | None = None,
        *,
        person_id: str | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.due = retention.due(doc, today or dt.date.today())
        self.warningLabel.setStyleSheet(error_style(self))
        self.personCombo.addItem(self.tr("Choose a person..."), None)
        for found_id, name, number in doc.conn.execute(
            "SELECT id, name, employee_no FROM participants ORDER BY name COLLATE NOCASE"
        ).fetchall():
            self.personCombo.addItem(f"{name} ({number})" if number else name, found_id)
        completer = self.personCombo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.personCombo.setMinimumContentsLength(24)
        self.personCombo.setCurrentIndex(max(self.personCombo.findData(person_id), 0))
        for item in self.due:
            self.programCombo.addItem(
                f"{item.program.name} ({plural(len(item.people), 'person', 'people')})", item
            )
        months = retention.months(doc)
        if self.due:
            self.retentionNote.setText(
                self.tr(
                    "Data is kept {months} months after a program closes (File > Organisation sets it)."
                ).format(months=months)
                + " "
                + " ".join(item.sentence for item in self.due)
            )
        else:
            self.retentionNote.setText(
                self.tr(
                    "No closed program is past its retention period of {months} months "
                    "(File > Organisation sets it)."
                ).format(months=months)
            )
        self.retentionRadio.setEnabled(bool(self.due))
        self.programCombo.setEnabled(bool(self.due))
        self.erase_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for radio in (self.personRadio, self.retentionRadio, self.eraseRadio, self.anonymiseRadio):
            radio.toggled.connect(self.show_plan)
        self.personCombo.currentIndexChanged.connect(self.show_plan)
        self.programCombo.currentIndexChanged.connect(self.show_plan)
        self.confirmEdit.textChanged.connect(self._update_button)
        self.buttonBox.accepted.connect(self.accept)
        self.show_plan()
        fit_to_screen(self, QSize(680, 600))

    @property
    def anonymising(self) -> bool:
        return self.anonymiseRadio.isChecked()

    def person_id(self) -> str | None:
        index = self.personCombo.findText(self.personCombo.currentText())
        return self.personCombo.itemData(index) if index > 0 else None

    def choice(self) -> EraseChoice | None:
        """Who goes and how, or None while nobody is chosen."""
        if self.personRadio.isChecked():
            person_id = self.person_id()
            if person_id is None:
                return None
            name = str(
                self.doc.conn.execute("SELECT name FROM participants WHERE id = ?", [person_id]).fetchone()[0]
            )
            return EraseChoice((person_id,), self.anonymising, name)
        item = self.programCombo.currentData()
        if not isinstance(item, retention.Due):
            return None
        ids = tuple(person_id for person_id, _ in item.people)
        return EraseChoice(
            ids, self.anonymising, f"{plural(len(ids), 'person', 'people')} of {item.program.name}"
        )

    def show_plan(self) -> None:
        """The dry run of the present choice, and the words the confirmation wants."""
        chosen = self.choice()
        self.planLabel.setText(self.tr("What changes:") if self.anonymising else self.tr("What goes:"))
        self.warningLabel.setText(
            self.tr("This cannot be undone: no undo, no snapshot and no restore brings their names back.")
            if self.anonymising
            else self.tr("This cannot be undone: no undo, no snapshot and no restore brings them back.")
        )
        if chosen is None:
            self.planText.setPlainText(self.tr("Choose a person, or a program past its retention period."))
        elif len(chosen.person_ids) == 1:
            try:
                person = chosen.person_ids[0]
                pseudonym = erasure.next_pseudonyms(self.doc, [person])[person] if self.anonymising else ""
                found = erasure.plan(self.doc, person, pseudonym=pseudonym)
                lines = found.lines()
            except DocumentError as error:
                lines = [str(error)]
            copies = self._snapshot_count()
            said = self.tr("  {snapshots} of the file are rewritten the same way.")
            lines.append(said.format(snapshots=plural(copies, "snapshot")))
            self.planText.setPlainText("\n".join(lines))
        else:
            item = self.programCombo.currentData()
            assert isinstance(item, retention.Due)
            names = "\n".join(f"  {name}" for _, name in item.people)
            what = (
                self.tr("Anonymise {who}: their names become pseudonyms.")
                if self.anonymising
                else self.tr(
                    "Erase {who}: they go with their pairs, goals, meetings, evaluations "
                    "and change-log entries."
                )
            )
            self.planText.setPlainText(what.format(who=chosen.who) + "\n" + names)
        if chosen is None or len(chosen.person_ids) > 1:
            self.confirmLabel.setText(self.tr("&Type {word} to confirm:").format(word=CONFIRM_WORD))
        else:
            self.confirmLabel.setText(
                self.tr("&Type {name} or {word} to confirm:").format(name=chosen.who, word=CONFIRM_WORD)
            )
        button: QPushButton = self.erase_button
        button.setText(self.tr("Anonymise for Good") if self.anonymising else self.tr("Erase for Good"))
        self._update_button()

    def confirmed(self) -> bool:
        chosen = self.choice()
        if chosen is None:
            return False
        typed = self.confirmEdit.text().strip()
        return typed == CONFIRM_WORD or (len(chosen.person_ids) == 1 and typed == chosen.who)

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def _snapshot_count(self) -> int:
        from rmdesk.store import snapshots

        return len(snapshots.for_document(self.doc.path, self.doc.passphrase))

    def accept(self) -> None:
        if self.confirmed():
            super().accept()
