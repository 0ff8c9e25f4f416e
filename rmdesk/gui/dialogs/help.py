"""The Help menu's windows: the user guide, the keyboard shortcuts, the crash log and About rmdesk.

The guide is ``resources/help/guide.md``, compiled into the program with the icons; a translation
sits beside it as ``guide_LANG.md`` and is shown when that language is in use. The shortcuts are
read from the window's own menus, so the list always says what the keys do.
"""

from __future__ import annotations

import html
import importlib.metadata
import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QFontDatabase, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

import rmdesk
from rmdesk.gui.dialogs import preferences
from rmdesk.gui.forms.ui_about import Ui_AboutDialog
from rmdesk.gui.forms.ui_crash_log import Ui_CrashLogDialog
from rmdesk.gui.forms.ui_guide import Ui_GuideDialog
from rmdesk.gui.forms.ui_shortcuts import Ui_ShortcutsDialog
from rmdesk.gui.widgets.screen_fit import bound_to_screen
from rmdesk.store.paths import log_dir

GUIDE = ":/help/guide.md"
LOG_SHOWN = 400_000  # characters of a long log shown: its newest part


def guide_text(language: str) -> str:
    """The guide in ``language`` when it is translated, else in English."""
    for name in (f":/help/guide_{language}.md", GUIDE):
        file = QFile(name)
        if file.exists() and file.open(QIODevice.OpenModeFlag.ReadOnly):
            try:
                return bytes(file.readAll().data()).decode("utf-8")
            finally:
                file.close()
    raise FileNotFoundError(GUIDE)  # the resources were compiled without the guide


class GuideDialog(QDialog, Ui_GuideDialog):
    """Help > User Guide: a window of its own, left open beside the work."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.browser.document().setDocumentMargin(14)
        self.browser.setMarkdown(guide_text(language or preferences.language_in_use()))
        bound_to_screen(self, QSize(760, 680))


# -- keyboard shortcuts
def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersands ("&&" is a real one), no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("...").strip()


def typeable(keys: QKeySequence) -> bool:
    """Keys on every keyboard: not the dedicated Help, Open, Undo... keys only some keyboards have
    (which the platform adds to the commands' shortcuts)."""
    if keys.count() != 1:
        return True
    combination = keys[0]  # type: ignore[index]  # QKeySequence.operator[]
    dedicated = combination.key().value >= Qt.Key.Key_Help.value
    return not dedicated or combination.keyboardModifiers() != Qt.KeyboardModifier.NoModifier


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """Every command of the window's menus that has keys, as ("File > Open", "Ctrl+O"), in menu
    order; then any other command of the window with keys."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def keys(action: QAction) -> str:
        typed = [k for k in action.shortcuts() if typeable(k)]
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed)

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            seen.add(id(action))
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} > {plain(sub.title())}")
            elif not action.isSeparator() and keys(action):
                rows.append((f"{path} > {plain(action.iconText())}", keys(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(menu.title()))
    for action in window.findChildren(QAction):
        if id(action) not in seen and keys(action) and action.iconText():
            rows.append((plain(action.iconText()), keys(action)))
    return rows


class ShortcutsDialog(QDialog, Ui_ShortcutsDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setupUi(self)
        rows = shortcut_rows(window)
        self.table.setRowCount(len(rows))
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(0, header.sectionSize(0) + 24)  # air between a command and its keys
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        rows_height = sum(self.table.rowHeight(row) for row in range(len(rows))) + header.height()
        height = self.sizeHint().height() - self.table.sizeHint().height() + rows_height + 8
        bound_to_screen(self, QSize(max(520, header.length() + 60), max(280, height)))

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        cells = [[self.table.item(row, column) for column in (0, 1)] for row in range(self.table.rowCount())]
        return [(command.text(), keys.text()) for command, keys in cells if command and keys]


# -- about
@dataclass(frozen=True)
class Bundled:
    name: str
    licence: str
    url: str
    distributions: tuple[str, ...] = ()  # the Python packages it ships as


BUNDLED = (
    Bundled("Python", "Python Software Foundation License", "https://docs.python.org/3/license.html"),
    Bundled(
        "Qt 6 and Qt for Python (PySide6, Shiboken6)",
        "LGPL-3.0",
        "https://doc.qt.io/qtforpython-6/licenses.html",
        ("PySide6-Essentials", "shiboken6"),
    ),
    Bundled("SQLCipher 4", "BSD-style (Zetetic)", "https://www.zetetic.net/sqlcipher/license/"),
    Bundled("SQLite, inside SQLCipher", "Public domain", "https://sqlite.org/copyright.html"),
    Bundled("OpenSSL, inside SQLCipher", "Apache-2.0", "https://openssl-library.org/source/license/"),
    Bundled("sqlcipher3", "zlib", "https://github.com/coleifer/sqlcipher3", ("sqlcipher3",)),
    Bundled("sqlite-utils", "Apache-2.0", "https://github.com/simonw/sqlite-utils", ("sqlite-utils",)),
    Bundled("sqlite-fts4", "Apache-2.0", "https://github.com/simonw/sqlite-fts4", ("sqlite-fts4",)),
    Bundled("click", "BSD-3-Clause", "https://github.com/pallets/click", ("click",)),
    Bundled(
        "click-default-group",
        "Public domain",
        "https://github.com/click-contrib/click-default-group",
        ("click-default-group",),
    ),
    Bundled("pluggy", "MIT", "https://github.com/pytest-dev/pluggy", ("pluggy",)),
    Bundled("tabulate", "MIT", "https://github.com/astanin/python-tabulate", ("tabulate",)),
    Bundled("python-dateutil", "BSD-3-Clause", "https://github.com/dateutil/dateutil", ("python-dateutil",)),
    Bundled("tzdata", "Apache-2.0", "https://github.com/python/tzdata", ("tzdata",)),
    Bundled("ReportLab", "BSD", "https://www.reportlab.com/", ("reportlab", "rl_accel")),
    Bundled("Pillow", "MIT-CMU", "https://python-pillow.github.io/", ("pillow",)),
    Bundled(
        "charset-normalizer", "MIT", "https://github.com/jawah/charset_normalizer", ("charset-normalizer",)
    ),
    Bundled("openpyxl", "MIT", "https://openpyxl.readthedocs.io/", ("openpyxl",)),
    Bundled("et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile", ("et_xmlfile",)),
    Bundled("defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml", ("defusedxml",)),
    Bundled("NumPy", "BSD-3-Clause", "https://numpy.org/doc/stable/license.html", ("numpy",)),
    Bundled("SciPy", "BSD-3-Clause", "https://scipy.org/", ("scipy",)),
    Bundled("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", ("platformdirs",)),
    Bundled(
        "DejaVu Sans fonts (in the PDF reports)",
        "Bitstream Vera licence; DejaVu changes public domain",
        "https://dejavu-fonts.github.io/License.html",
    ),
)


def version() -> str:
    try:
        return importlib.metadata.version("rmdesk")
    except importlib.metadata.PackageNotFoundError:  # a bundled build without package metadata
        return rmdesk.__version__


def versions() -> str:
    """The versions someone supporting rmdesk asks for, on one line each."""
    import sqlcipher3

    return "\n".join(
        (
            f"rmdesk {version()}",
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}",
            f"SQLite {sqlcipher3.sqlite_version} (SQLCipher)",
            platform.platform(),
        )
    )


def licences_html() -> str:
    rows = "".join(
        f"<tr><td style='padding-right: 18px'><a href='{html.escape(b.url)}'>{html.escape(b.name)}</a></td>"
        f"<td>{html.escape(b.licence)}</td></tr>"
        for b in BUNDLED
    )
    library = html.escape(QCoreApplication.translate("AboutDialog", "Library or font"))
    licence = html.escape(QCoreApplication.translate("AboutDialog", "Licence"))
    return (
        "<table cellspacing='0' cellpadding='3'>"
        f"<tr><th align='left'>{library}</th><th align='left'>{licence}</th></tr>"
        f"{rows}</table>"
    )


class AboutDialog(QDialog, Ui_AboutDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.iconLabel.setPixmap(QIcon(":/icons/rmdesk.svg").pixmap(QSize(64, 64), self.devicePixelRatioF()))
        self.titleLabel.setText(f"<b style='font-size: 16pt'>rmdesk {html.escape(version())}</b>")
        self.versionsLabel.setText(versions().replace(f"rmdesk {version()}\n", ""))
        self.licencesBrowser.setHtml(licences_html())
        self.copyButton = QPushButton(self.tr("&Copy Versions"))
        self.copyButton.setToolTip(
            self.tr("Put the versions on the clipboard, to send to whoever supports rmdesk")
        )
        self.buttonBox.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.copyButton.clicked.connect(lambda: QGuiApplication.clipboard().setText(versions()))
        bound_to_screen(self, QSize(620, 580))


# -- the crash log
def crash_logs() -> list[Path]:
    """The logs rmdesk writes when something unexpected happens: the reports of errors it caught
    (``rmdesk.log``) and the stacks of crashes it could not (``crash.log``)."""
    from rmdesk.gui import crash

    return [crash.log_file(), log_dir() / "crash.log"]


def crash_log_text() -> str:
    """What the logs hold ("" when there is nothing), the newest part of a long one."""
    parts = []
    for path in crash_logs():
        try:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        if text:
            if len(text) > LOG_SHOWN:
                text = "...\n" + text[-LOG_SHOWN:]
            parts.append(f"== {path.name} ==\n{text}")
    return "\n\n".join(parts)


class CrashLogDialog(QDialog, Ui_CrashLogDialog):
    """Help > Show the Crash Log: what rmdesk recorded of unexpected errors on this computer, to
    copy and send; or that there is none. Tests replace :meth:`open_folder`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.folder = log_dir()
        text = crash_log_text()
        self.logView.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copyButton = QPushButton(self.tr("&Copy Log"))
        self.folderButton = QPushButton(self.tr("Show &Folder"))
        self.copyButton.clicked.connect(self.copy_log)
        self.folderButton.clicked.connect(lambda: self.open_folder(self.folder))
        if text:
            self.messageLabel.setText(
                self.tr(
                    "rmdesk met these unexpected errors on this computer. The log says where each "
                    "happened, never what you typed: copy it and send it to whoever supports rmdesk for "
                    "you. It is kept in {folder}."
                ).format(folder=self.folder)
            )
            self.logView.setPlainText(text)
            self.logView.moveCursor(self.logView.textCursor().MoveOperation.End)
            for button in (self.copyButton, self.folderButton):
                button.setAutoDefault(False)
                self.buttonBox.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            bound_to_screen(self, QSize(760, 540))
        else:
            self.messageLabel.setText(
                self.tr("There is no crash log: rmdesk has not met an unexpected error on this computer.")
            )
            self.logView.hide()
            self.resize(500, 120)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_log(self) -> None:
        QGuiApplication.clipboard().setText(self.logView.toPlainText())

    def has_log(self) -> bool:
        return self.logView.isVisibleTo(self)

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
