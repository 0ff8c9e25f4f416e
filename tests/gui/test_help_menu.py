"""The Help menu: the user guide carried by the program, the keyboard shortcuts read from the
menus, About rmdesk with every library's licence, and the crash log."""

from __future__ import annotations

import importlib.metadata
import logging
import platform
import re
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from rmdesk.gui import crash
from rmdesk.gui.dialogs import help as help_dialogs
from rmdesk.gui.dialogs.help import (
    BUNDLED,
    AboutDialog,
    CrashLogDialog,
    GuideDialog,
    ShortcutsDialog,
    guide_text,
    plain,
)

ROOT = Path(__file__).parents[2]
GUIDE = ROOT / "resources" / "help" / "guide.md"


@pytest.fixture
def opened(window, monkeypatch):
    """The dialogs the window opens through ``open_dialog``, left for the test to read."""
    shown: list[QDialog] = []
    monkeypatch.setattr(window, "open_dialog", lambda dialog: shown.append(dialog) or False)
    return shown


def menu_texts(menu: QMenu) -> list[str]:
    return [plain(a.text()) for a in menu.actions() if not a.isSeparator()]


def test_the_help_menu_is_last_with_its_four_entries(window):
    menus = [plain(a.text()) for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Program", "Help"]
    help_menu = window.desktop.menuHelp
    assert menu_texts(help_menu) == ["User Guide", "Keyboard Shortcuts", "Show the Crash Log", "About rmdesk"]
    assert window.desktop.actionAbout.menuRole() == QAction.MenuRole.AboutRole
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in window.desktop.actionGuide.shortcuts()


def test_the_user_guide_opens_beside_the_window_and_is_the_guide_the_program_carries(window, qtbot):
    window.desktop.actionGuide.trigger()
    guide = window.desktop.guide
    assert isinstance(guide, GuideDialog)
    qtbot.waitExposed(guide)
    assert not guide.isModal()  # it stays open while the work goes on
    shown = guide.browser.toPlainText()
    assert shown.startswith("rmdesk guide: your first program, from a staff list to the final report")
    for heading in re.findall(r"^#+ (.+)$", GUIDE.read_text(encoding="utf-8"), flags=re.M):
        assert heading in shown
    assert "|" not in shown  # the keyboard table is drawn as a table, not as markdown
    assert guide_text("en") == GUIDE.read_text(encoding="utf-8")  # compiled in from the one source
    docs = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    assert "resources/help/guide.md" in docs and len(docs) < 1000  # a pointer, not a second copy
    window.desktop.actionGuide.trigger()
    assert window.desktop.guide is guide  # the same window comes back to the front
    guide.close()


def test_the_guide_is_shown_in_bahasa_indonesia_and_in_english_for_any_other_language(qtbot):
    indonesian = (ROOT / "resources" / "help" / "guide_id.md").read_text(encoding="utf-8")
    assert guide_text("id") == indonesian  # compiled in beside the English one
    assert guide_text("fr") == guide_text("en") == GUIDE.read_text(encoding="utf-8")
    guide = GuideDialog(language="id")
    qtbot.addWidget(guide)
    assert guide.browser.toPlainText().startswith("Panduan rmdesk: program pertama Anda")
    english, translated = (
        [line for line in text.splitlines() if line.startswith("#")]
        for text in (GUIDE.read_text(encoding="utf-8"), indonesian)
    )
    assert len(english) == len(translated)  # the same sections, in the same order


def test_every_menu_command_the_guide_names_is_in_the_menus(window):
    """The guide says "File > Import People..."; the window must have it, spelled so."""
    menus: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menus[plain(menu.title())] = [
            a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()
        ] + ["Undo", "Redo"] * (menu is window.menuEdit)  # their text names the step to undo
    text = " ".join(GUIDE.read_text(encoding="utf-8").split())
    named = re.findall(r"\b(?=(File|Edit|Program|Help) > (.{0,40}))", text)
    assert len(named) > 20
    for menu, following in named:
        assert any(
            following.startswith(item) and not following[len(item) : len(item) + 1].isalpha()
            for item in menus[menu]
        ), f"the guide names {menu} > {following}, which is not in the {menu} menu"


def test_the_shortcuts_are_read_from_the_menus_so_they_never_drift(window, opened):
    window.desktop.actionShortcuts.trigger()
    [dialog] = opened
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    ctrl_o = QKeySequence(QKeySequence.StandardKey.Open).toString(native)
    assert rows["File > Open"] == ctrl_o
    assert rows["Edit > Undo"].split(", ")[0] == QKeySequence("Ctrl+Z").toString(native)
    assert QKeySequence("Ctrl+Shift+Z").toString(native) in rows["Edit > Redo"].split(", ")
    assert rows["Help > User Guide"] == "F1"
    assert "Edit > Undo" in rows  # named for the command, not for the step it would undo now
    # A command given keys later is listed at once.
    extra = window.menuProgram.addAction("Check &Everything...")
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.desktop.actionShortcuts.trigger()
    assert dict(opened[-1].rows())["Program > Check Everything"] == QKeySequence("Ctrl+Alt+J").toString(
        native
    )
    assert all(keys for _, keys in opened[-1].rows())


def test_about_names_the_versions_and_every_bundled_licence(window, opened, qtbot):
    window.desktop.actionAbout.trigger()
    [dialog] = opened
    assert isinstance(dialog, AboutDialog)
    assert dialog.titleLabel.text().endswith(f"rmdesk {importlib.metadata.version('rmdesk')}</b>")
    versions = dialog.versionsLabel.text()
    for part in (f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}", f"Python {platform.python_version()}"):
        assert part in versions
    lines = dialog.licencesBrowser.toPlainText().splitlines()  # a cell a line: a library, its licence
    for name, licence in [
        ("PySide6", "LGPL-3.0"),
        ("SQLCipher", "BSD-style"),
        ("ReportLab", "BSD"),
        ("openpyxl", "MIT"),
        ("NumPy", "BSD-3-Clause"),
        ("SciPy", "BSD-3-Clause"),
        ("platformdirs", "MIT"),
        ("sqlite-utils", "Apache-2.0"),
        ("DejaVu", "Bitstream Vera"),
    ]:
        row = next(row for row, line in enumerate(lines) if name in line)
        assert licence in lines[row + 1], lines[row : row + 2]
    dialog.copyButton.click()
    assert QGuiApplication.clipboard().text().startswith(f"rmdesk {importlib.metadata.version('rmdesk')}\n")
    assert (ROOT / "rmdesk" / "reports" / "fonts" / "LICENSE-DejaVu.txt").exists()  # the font we ship


def runtime_distributions() -> set[str]:
    """Every package rmdesk needs to run, with what those need in turn (not the test tools)."""
    from packaging.requirements import Requirement

    def key(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    found: set[str] = set()
    todo = ["rmdesk"]
    while todo:
        name = todo.pop()
        for text in importlib.metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            if key(requirement.name) not in found:
                found.add(key(requirement.name))
                todo.append(requirement.name)
    return found - {"pip"}  # sqlite-utils lists pip for its own "install" command, never imported


def test_about_lists_every_library_rmdesk_ships():
    listed = {re.sub(r"[-_.]+", "-", d).lower() for b in BUNDLED for d in b.distributions}
    assert listed == runtime_distributions()


@pytest.fixture
def logging_to_this_test():
    crash.log.handlers.clear()
    crash.setup_logging()
    yield
    crash.log.handlers.clear()
    logging.shutdown()


def test_the_crash_log_says_when_there_is_none(window, opened, logging_to_this_test):
    window.desktop.actionCrashLog.trigger()
    [dialog] = opened
    assert isinstance(dialog, CrashLogDialog)
    assert dialog.messageLabel.text().startswith("There is no crash log")
    assert not dialog.has_log()


def test_the_crash_log_shows_what_went_wrong_to_copy_and_where_it_is(
    window, opened, monkeypatch, logging_to_this_test, data_dir
):
    monkeypatch.setattr(crash.CrashDialog, "show_report", classmethod(lambda cls, summary, report: None))
    typed = "Budi's notes"
    try:
        raise RuntimeError(typed)
    except RuntimeError:
        crash.excepthook(*sys.exc_info())
    window.desktop.actionCrashLog.trigger()
    [dialog] = opened
    assert dialog.has_log()
    text = dialog.logView.toPlainText()
    assert "Traceback" in text and "RuntimeError" in text and "test_help_menu.py" in text
    assert "Budi" not in text  # where it failed, never what was typed
    assert str(data_dir / "logs") in dialog.messageLabel.text()
    dialog.copyButton.click()
    assert QGuiApplication.clipboard().text() == text
    asked: list[Path] = []
    monkeypatch.setattr(dialog, "open_folder", lambda folder: asked.append(folder) or True)
    dialog.folderButton.click()
    assert asked == [data_dir / "logs"]


def test_a_long_crash_log_shows_its_newest_part(data_dir, qtbot, monkeypatch):
    monkeypatch.setattr(help_dialogs, "LOG_SHOWN", 1000)
    log = crash.log_file()
    log.write_text("old line\n" * 1000 + "the newest report\n", encoding="utf-8")
    dialog = CrashLogDialog()
    qtbot.addWidget(dialog)
    text = dialog.logView.toPlainText()
    assert text.rstrip().endswith("the newest report") and len(text) < 1100
