"""Edit > Preferences: language, auto-lock, snapshots kept, new programs' rhythm and report paper,
kept in the settings (a folder of this test's own) and used where they matter."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from rmdesk.domain import Participant
from rmdesk.gui.dialogs import preferences
from rmdesk.gui.dialogs.preferences import Preferences, PreferencesDialog
from rmdesk.gui.dialogs.program import ProgramDialog
from rmdesk.gui.encryption import IdleWatch, auto_lock_minutes
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import Document, snapshots


@pytest.fixture(autouse=True)
def store_keeps_its_own(monkeypatch):
    """The window hands the snapshot count to the store; put it back after each test."""
    monkeypatch.setattr(snapshots, "KEEP", snapshots.KEEP)
    monkeypatch.setattr(preferences, "_language_in_use", None)


def answer(dialog: PreferencesDialog, language="id", minutes=5, kept=4, cadence=14, paper="Letter") -> None:
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData(language))
    dialog.autoLockSpin.setValue(minutes)
    dialog.snapshotsSpin.setValue(kept)
    dialog.cadenceSpin.setValue(cadence)
    dialog.paperCombo.setCurrentIndex(dialog.paperCombo.findData(paper))
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_form_opens_on_the_defaults_and_what_is_chosen_is_kept(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    system = QLocale.system()
    assert dialog.values() == Preferences(
        language=preferences.language_for(system),
        auto_lock_minutes=15,
        snapshots_kept=snapshots.KEEP,
        cadence_days=28,
        paper=preferences.paper_for(system),
    )
    assert dialog.autoLockSpin.text() == "15 minutes"
    dialog.autoLockSpin.setValue(0)
    assert dialog.autoLockSpin.text() == "Never"
    answer(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted

    settings = QSettings()  # a later session reads the same values
    assert settings.value("language") == "id"
    assert int(settings.value("autoLockMinutes")) == 5
    assert int(settings.value("snapshotsKept")) == 4
    assert int(settings.value("defaultCadenceDays")) == 14
    assert settings.value("paperSize") == "Letter"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.languageCombo.currentText() == "Bahasa Indonesia"
    assert again.autoLockSpin.text() == "5 minutes"
    assert again.snapshotsSpin.value() == 4
    assert again.cadenceSpin.text() == "14 days"
    assert again.paperCombo.currentText() == "Letter"
    assert preferences.paper_size() == "Letter"

    again.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert (again.autoLockSpin.value(), again.snapshotsSpin.value(), again.cadenceSpin.value()) == (
        15,
        10,
        28,
    )


def test_values_written_by_hand_that_do_not_read_give_the_defaults(qtbot, settings):
    ini = settings / "rmdesk" / "rmdesk.ini"
    assert QSettings().fileName() == str(ini)
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[General]\nautoLockMinutes=abc\nsnapshotsKept=\ndefaultCadenceDays=2 weeks\n"
        "paperSize=B5\nlanguage=klingon\n",
        encoding="utf-8",
    )
    QSettings().sync()
    assert auto_lock_minutes() == 15
    assert preferences.snapshots_kept() == snapshots.KEEP
    assert preferences.default_cadence() == 28
    assert preferences.paper_size() in ("A4", "Letter")
    assert preferences.language() in ("en", "id")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.values() == Preferences.defaults()

    # Numbers out of range are brought into it rather than refused.
    ini.write_text(
        "[General]\nautoLockMinutes=100000\nsnapshotsKept=0\ndefaultCadenceDays=-3\n", encoding="utf-8"
    )
    QSettings().sync()
    assert (auto_lock_minutes(), preferences.snapshots_kept(), preferences.default_cadence()) == (1440, 1, 1)


def test_the_default_language_and_paper_follow_the_computer():
    indonesia = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    usa = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    britain = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert [preferences.language_for(x) for x in (indonesia, usa, britain)] == ["id", "en", "en"]
    assert [preferences.paper_for(x) for x in (indonesia, usa, britain)] == ["A4", "Letter", "A4"]


def test_from_the_edit_menu_with_the_language_for_the_next_start(window, monkeypatch):
    action = window.desktop.actionPreferences
    assert action in window.menuEdit.actions()
    assert action.menuRole() == action.MenuRole.PreferencesRole  # macOS puts it in the app menu
    assert preferences.language_in_use() == preferences.language()
    other = "id" if preferences.language_in_use() == "en" else "en"
    monkeypatch.setattr(
        window, "open_dialog", lambda dialog: answer(dialog, language=other) or dialog.result()
    )
    action.trigger()
    assert preferences.language() == other
    assert preferences.language_in_use() != other  # this session keeps its language
    message = window.statusbar.currentMessage()
    assert message.startswith(f"rmdesk starts in {preferences.LANGUAGES[other]} the next time")


def test_auto_lock_reads_the_minutes_the_form_saved(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    answer(dialog, minutes=7)
    assert auto_lock_minutes() == 7
    assert IdleWatch().limit() == 7 * IdleWatch.SECONDS_PER_MINUTE
    again = PreferencesDialog()
    qtbot.addWidget(again)
    answer(again, minutes=0)
    assert IdleWatch().limit() is None  # never locks


def test_a_new_program_starts_with_the_cadence_chosen(qtbot, doc):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    answer(dialog, cadence=14)
    form = ProgramDialog(doc, None)
    qtbot.addWidget(form)
    assert form.cadenceSpin.value() == 14
    form.nameEdit.setText("Cohort 2027")
    form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    made = form.program()
    assert made.cadence_days == 14
    later = PreferencesDialog()
    qtbot.addWidget(later)
    answer(later, cadence=21)
    existing = ProgramDialog(doc, made)  # a program has its own rhythm, whatever the preference
    qtbot.addWidget(existing)
    assert existing.cadenceSpin.value() == 14


def test_the_window_keeps_as_many_snapshots_as_chosen(qtbot, demo_file, monkeypatch):
    QSettings().setValue("snapshotsKept", 3)
    win = MainWindow()  # the window hands the preference to the store
    qtbot.addWidget(win)
    for round_ in range(5):
        assert win.open_path(demo_file)  # each opening of a changed file takes a snapshot
        doc = win.document
        assert doc is not None
        person = doc.all(Participant)[0]
        doc.update(dataclasses.replace(person, notes=f"round {round_}"))
        win.close_document()
    assert len(snapshots.for_document(demo_file)) == 3
    # Raised later, it keeps more from then on.
    dialog = PreferencesDialog(win)
    qtbot.addWidget(dialog)
    answer(dialog, kept=5)
    for round_ in range(3):
        assert win.open_path(demo_file)
        doc = win.document
        assert doc is not None
        person = doc.all(Participant)[0]
        doc.update(dataclasses.replace(person, notes=f"again {round_}"))
        win.close_document()
    assert len(snapshots.for_document(demo_file)) == 5
    with Document.open(demo_file, readonly=True) as doc:
        assert doc.all(Participant)[0].notes == "again 2"
