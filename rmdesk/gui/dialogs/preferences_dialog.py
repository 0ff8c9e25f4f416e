"""Edit > Preferences, the form: shows the preferences read in :mod:`preferences` and stores them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from rmdesk.gui.dialogs.preferences import (
    AUTO_LOCK_RANGE,
    CADENCE_RANGE,
    LANGUAGES,
    PAPERS,
    SNAPSHOTS_RANGE,
    Preferences,
)
from rmdesk.gui.forms.ui_preferences import Ui_PreferencesDialog
from rmdesk.gui.widgets.fields import fill_choices, select_data
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.words import QT_TRANSLATE_NOOP


class PreferencesDialog(FormDialog, Ui_PreferencesDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "the preferences")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        fill_choices(self.languageCombo, [(name, code) for code, name in LANGUAGES.items()])
        fill_choices(self.paperCombo, [(paper, paper) for paper in PAPERS])
        self.autoLockSpin.setRange(*AUTO_LOCK_RANGE)
        self.snapshotsSpin.setRange(*SNAPSHOTS_RANGE)
        self.cadenceSpin.setRange(*CADENCE_RANGE)
        self.show_values(Preferences.stored())
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_values(Preferences.defaults())
        )
        self.resize(540, self.sizeHint().height())

    def show_values(self, chosen: Preferences) -> None:
        select_data(self.languageCombo, chosen.language)
        self.autoLockSpin.setValue(chosen.auto_lock_minutes)
        self.snapshotsSpin.setValue(chosen.snapshots_kept)
        self.cadenceSpin.setValue(chosen.cadence_days)
        select_data(self.paperCombo, chosen.paper)

    def values(self) -> Preferences:
        return Preferences(
            language=self.languageCombo.currentData(),
            auto_lock_minutes=self.autoLockSpin.value(),
            snapshots_kept=self.snapshotsSpin.value(),
            cadence_days=self.cadenceSpin.value(),
            paper=self.paperCombo.currentData(),
        )

    def save(self) -> None:
        self.values().store()
        self.accept()
