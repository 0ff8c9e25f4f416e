"""Bahasa Indonesia in the window: chosen in Edit > Preferences, in use from the next start (the
translators and the locale installed as ``rmdesk.gui.app.run`` installs them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QFile, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMenu

from rmdesk.gui import app
from rmdesk.gui.dialogs import preferences
from rmdesk.gui.dialogs.organisation import OrganisationDialog
from rmdesk.gui.dialogs.preferences import PreferencesDialog
from rmdesk.gui.main_window import MainWindow


@pytest.fixture
def start_in(monkeypatch):
    """Start rmdesk in a language as a person who chose it in Edit > Preferences would; English
    and the computer's locale again afterwards."""
    before = QLocale()
    monkeypatch.setattr(preferences, "_language_in_use", None)

    def start(language: str) -> QLocale:
        QSettings().setValue(preferences.LANGUAGE_SETTING, language)
        monkeypatch.setattr(preferences, "_language_in_use", None)
        return app.use_language(preferences.language_in_use())

    yield start
    app.use_language("en")
    QLocale.setDefault(before)


def menu_texts(window: MainWindow) -> list[str]:
    """Every menu title and item of the window's menu bar, in order."""
    texts = []
    for bar_action in window.menuBar().actions():
        texts.append(bar_action.text())
        menu = bar_action.menu()
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()  # Open Recent fills itself when shown
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    return texts


def test_the_compiled_translations_are_in_the_app():
    assert QFile(":/translations/rmdesk_id.qm").exists()


def test_a_window_started_in_indonesian_has_indonesian_menus_and_sections(qtbot, start_in):
    start_in("id")
    window = MainWindow()
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&Berkas", "&Sunting", "&Program", "Ban&tuan"]
    indonesian = menu_texts(window)
    assert "&Enkripsi dengan Frasa Sandi..." in indonesian  # File menu items made in Python
    assert "&Preferensi..." in indonesian and "&Panduan Pengguna" in indonesian
    assert window.navList.item(0).text() == "Peserta"
    assert window.navList.item(2).text() == "Papan pasangan"

    start_in("en")
    english_window = MainWindow()
    qtbot.addWidget(english_window)
    english = menu_texts(english_window)
    assert english[0] == "&File"
    same = {e for e, i in zip(english, indonesian, strict=True) if e == i}
    assert same == {"&Program"}, "menu items left in English"


def test_a_form_from_a_ui_file_and_qts_own_buttons_are_in_indonesian(qtbot, start_in, doc):
    start_in("id")
    dialog = OrganisationDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Organisasi"
    assert dialog.nameLabel.text() == "&Nama:"
    assert dialog.retentionSpin.suffix() == " bulan setelah program ditutup"
    cancel = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Batal"
    preferences_form = PreferencesDialog()
    qtbot.addWidget(preferences_form)
    assert preferences_form.autoLockSpin.specialValueText() == "Tidak pernah"
    restore = preferences_form.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    assert restore.text() == "Kembalikan Bawaan"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert "&Salin" in [a.text().split("\t")[0] for a in menu.actions()]


def test_dates_and_numbers_follow_the_language(start_in):
    locale = start_in("id")
    assert locale.language() == QLocale.Language.Indonesian
    assert QLocale().language() == QLocale.Language.Indonesian  # the default every widget uses
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert QLocale().monthName(8) == "Agustus"
    english = start_in("en")
    assert english.language() == QLocale.Language.English
    assert QLocale().monthName(8) == "August"


def test_the_language_applies_from_the_next_start(qtbot, start_in):
    """Choosing Indonesian in Edit > Preferences changes nothing in the running session."""
    start_in("en")
    form = PreferencesDialog()
    qtbot.addWidget(form)
    form.languageCombo.setCurrentIndex(form.languageCombo.findData("id"))
    form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert preferences.language() == "id" and preferences.language_in_use() == "en"
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menuFile.title() == "&File"


def test_the_indonesian_window_and_forms_fit_the_smallest_screen(qtbot, start_in, demo_file):
    """Indonesian words are longer: the window with every page built, and every form, still fit
    1366 x 768 at 150 % (as the English ones must, tests/gui/test_form_sizes.py)."""
    from rmdesk.gui.main_window import SECTIONS
    from rmdesk.store import Document

    from .every_dialog import open_every_dialog
    from .test_form_sizes import SMALLEST, fits

    start_in("id")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_document(Document.open(demo_file))
    window.show()
    for row in range(len(SECTIONS)):
        window.navList.setCurrentRow(row)
    assert window.navList.currentItem().text() == "Audit"
    assert fits(window.minimumSizeHint().toTuple(), SMALLEST), window.minimumSizeHint()
    try:
        for name, dialog in open_every_dialog(window).items():
            minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert fits(minimum.toTuple(), SMALLEST), (name, minimum)
    finally:
        window.close_document()


def test_the_organisation_form_sets_the_language_of_the_files_reports(qtbot, doc):
    dialog = OrganisationDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.languageCombo.currentData() == "en"
    assert [dialog.languageCombo.itemText(i) for i in range(dialog.languageCombo.count())] == [
        "English",
        "Bahasa Indonesia",
    ]
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("id"))
    dialog.save()
    assert doc.organisation().language == "id"
    again = OrganisationDialog(doc)
    qtbot.addWidget(again)
    assert again.languageCombo.currentText() == "Bahasa Indonesia"
    doc.undo()
    assert doc.organisation().language == "en"


def test_a_file_made_in_an_indonesian_session_reports_in_indonesian(qtbot, start_in, tmp_path, monkeypatch):
    from rmdesk.gui.dialogs.passphrase import PassphraseDialog
    from rmdesk.gui.dialogs.program import ProgramDialog
    from rmdesk.store import Document

    from .conftest import without_a_passphrase

    start_in("id")
    window = MainWindow()
    qtbot.addWidget(window)
    path = tmp_path / "Klien.rmdesk"
    monkeypatch.setattr(window, "ask_save_path", lambda title: path)
    monkeypatch.setattr(PassphraseDialog, "exec", without_a_passphrase)
    monkeypatch.setattr(ProgramDialog, "exec", lambda dialog: 0)
    window.new_file()
    window.close_document()
    with Document.open(path, readonly=True) as made:
        assert made.organisation().language == "id"


def test_every_menu_command_the_indonesian_guide_names_is_in_the_indonesian_menus(qtbot, start_in):
    """The guide in Bahasa Indonesia says "Berkas > Impor Peserta..."; the window must say so too."""
    import re
    from pathlib import Path

    start_in("id")
    window = MainWindow()
    qtbot.addWidget(window)
    menus: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menus[top.text().replace("&", "")] = [
            a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()
        ] + ["Urungkan", "Ulangi"] * (menu is window.menuEdit)  # their text names the step
    guide = Path(__file__).parents[2] / "resources" / "help" / "guide_id.md"
    text = " ".join(guide.read_text(encoding="utf-8").split())
    named = re.findall(r"\b(?=(Berkas|Sunting|Program|Bantuan) > (.{0,40}))", text)
    assert len(named) > 20
    for menu, following in named:
        assert any(
            following.startswith(item) and not following[len(item) : len(item) + 1].isalpha()
            for item in menus[menu]
        ), f"the guide names {menu} > {following}, which is not in the {menu} menu"
