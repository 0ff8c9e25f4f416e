"""Starts the Qt application on a document, showing refusals as a dialog, never a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from rmdesk import __version__
from rmdesk.domain import i18n
from rmdesk.gui import crash
from rmdesk.gui.dialogs import preferences
from rmdesk.gui.main_window import MainWindow
from rmdesk.gui.work import REFUSALS, Messages, sentence
from rmdesk.store import Document, PassphraseNeeded


def application() -> QApplication:
    override = os.environ.get("RMDESK_DATA_DIR")
    if override:  # a portable or test setup keeps its settings beside its data, not in the user's
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(override) / "settings")
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("rmdesk")
    app.setOrganizationName("rmdesk")
    app.setApplicationVersion(__version__)
    import rmdesk.gui.forms.rc_resources  # noqa: F401 - registers :/icons

    app.setWindowIcon(QIcon(":/icons/rmdesk.svg"))
    return app


QT_LANGUAGES = {"en": QLocale.Language.English, "id": QLocale.Language.Indonesian}
_translators: list[QTranslator] = []  # installed by use_language, kept alive while installed


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers are shown in: the computer's when it speaks ``language``, else
    ``language`` as written where the computer is (English in Indonesia: en_ID)."""
    system = QLocale.system()
    wanted = QT_LANGUAGES.get(language, QLocale.Language.English)
    return system if system.language() == wanted else QLocale(wanted, system.territory())


def use_language(language: str) -> QLocale:
    """Speak ``language`` ("en" or "id") in every window and form made from now on: rmdesk's own
    words (``:/translations/rmdesk_LANG.qm``, compiled from rmdesk/domain/translations), Qt's where Qt
    ships them (its standard buttons and menus; rmdesk's file carries those Qt lacks), and
    ``QLocale``'s default for dates and numbers. Installed once, at the start (the language is
    chosen for the next start); calling it again replaces what it installed."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    i18n.use(language)  # the core's words too: statuses, counts, refusals
    if language == "en":
        return locale
    # Searched last to first: rmdesk's own words win over Qt's.
    for name, folder in (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"rmdesk_{language}", ":/translations"),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    return locale


def ask_passphrase(parent: QWidget | None, prompt: str) -> str | None:
    """The passphrase typed, or None when the person gave up; tests replace it."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit  # made when first asked

    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("OpenFile", "Passphrase"),
        QCoreApplication.translate("OpenFile", "{prompt}\nPassphrase:").format(prompt=prompt),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def open_document(path: Path, parent: QWidget | None = None) -> Document | None:
    """Open ``path``, asking for a passphrase if needed; a refusal is told in one dialog and gives
    None. A file that opened without its snapshot says so, once."""
    passphrase: str | None = None
    while True:
        try:
            # Every page is checked while the file is shown; nothing writes before it passed.
            doc = Document.open(path, passphrase=passphrase, pages_later=True)
        except PassphraseNeeded as error:
            typed = ask_passphrase(parent, str(error))
            if typed is None:
                return None
            passphrase = typed or None  # nothing typed: asked again, never tried as a passphrase
            continue
        except REFUSALS as error:
            print(f"rmdesk: {sentence(error)}", file=sys.stderr)
            Messages.refusal(
                parent, QCoreApplication.translate("OpenFile", "Cannot open file"), sentence(error)
            )
            return None
        if doc.snapshot_problem:
            Messages.refusal(
                parent, QCoreApplication.translate("OpenFile", "No snapshot taken"), doc.snapshot_problem
            )
        return doc


def run(path: Path | None) -> int:
    app = application()
    use_language(preferences.language_in_use())
    crash.install()
    crash.offer_last_report()
    window = MainWindow()
    if path is not None and not window.open_path(path):  # a sync folder or a share is warned about
        return 2
    window.show()
    return app.exec()
