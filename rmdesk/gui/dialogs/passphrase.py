"""A file's passphrase: for a new file, to encrypt one, to change it or to remove it.

The new passphrase is typed twice and its strength shown as it is typed
(:mod:`rmdesk.domain.passphrase`); OK stays off until both agree and it is not too easy to guess.
Changing or removing a passphrase asks for the present one first.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from rmdesk.domain.passphrase import refusal, strength
from rmdesk.gui.forms.ui_passphrase import Ui_PassphraseDialog
from rmdesk.gui.widgets.fields import error_style
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP

KEEP_IT_SAFE = QT_TRANSLATE_NOOP(
    "PassphraseDialog",
    "Keep the passphrase somewhere safe: without it nobody, not even rmdesk, can open the file "
    "or its snapshots.",
)
BAR_COLOURS = ("#b00020", "#d84315", "#f9a825", "#2e7d32", "#1b5e20")


class Purpose(Enum):
    NEW_FILE = "new"
    ENCRYPT = "encrypt"
    CHANGE = "change"
    REMOVE = "remove"


class PassphraseDialog(FormDialog, Ui_PassphraseDialog):
    """``check_current`` tells whether a typed passphrase is the file's own (Change, Remove)."""

    subject = QT_TRANSLATE_NOOP("FormDialog", "the passphrase")

    def __init__(
        self,
        purpose: Purpose,
        file_name: str,
        parent: QWidget | None = None,
        check_current: Callable[[str], bool] | None = None,
    ):
        super().__init__(parent)
        self.setupUi(self)
        self.purpose, self.check_current = purpose, check_current
        title, intro, ok = {
            Purpose.NEW_FILE: (
                self.tr("New program file"),
                self.tr(
                    "{name} will hold people's personal data. A passphrase encrypts it, and its "
                    "snapshots and the copies you save, so a lost laptop gives nothing away."
                ),
                self.tr("&Create"),
            ),
            Purpose.ENCRYPT: (
                self.tr("Encrypt with a passphrase"),
                self.tr("Encrypt {name} and its snapshots: from now on it opens only with this passphrase."),
                self.tr("&Encrypt"),
            ),
            Purpose.CHANGE: (
                self.tr("Change passphrase"),
                self.tr("{name} and its snapshots get the new passphrase; the present one stops working."),
                self.tr("&Change Passphrase"),
            ),
            Purpose.REMOVE: (
                self.tr("Remove encryption"),
                self.tr(
                    "{name} and its snapshots will no longer be encrypted: anyone who has the file, "
                    "or a snapshot of it, can read everything in it."
                ),
                self.tr("&Remove Encryption"),
            ),
        }[purpose]
        self.setWindowTitle(title)
        self.introLabel.setText(intro.format(name=file_name))
        self.ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok)
        asks_current = purpose in (Purpose.CHANGE, Purpose.REMOVE)
        asks_new = purpose is not Purpose.REMOVE
        self.encryptCheck.setVisible(purpose is Purpose.NEW_FILE)
        for shown in (self.currentLabel, self.currentEdit):
            shown.setVisible(asks_current)
        widget: QWidget
        for widget in (
            self.newLabel,
            self.newEdit,
            self.strengthTitle,
            self.strengthBar,
            self.strengthLabel,
            self.repeatLabel,
            self.repeatEdit,
            self.showCheck,
        ):
            widget.setVisible(asks_new)
        self.currentError.setStyleSheet(error_style(self))
        self.currentError.hide()
        self.messageLabel.setStyleSheet(error_style(self))
        self.warningLabel.setText(self.tr(KEEP_IT_SAFE) if asks_new else "")
        self.warningLabel.setVisible(asks_new)
        self.encryptCheck.toggled.connect(self._update)
        self.currentEdit.textChanged.connect(self._current_typed)
        self.newEdit.textChanged.connect(self._update)
        self.repeatEdit.textChanged.connect(self._update)
        self.showCheck.toggled.connect(self._show_typed)
        self._update()
        fit_to_screen(self, QSize(520, self.sizeHint().height()))

    def has_changes(self) -> bool:
        """Nothing typed here is work to lose: Cancel and Esc close at once."""
        return False

    # -- what was chosen
    def encrypting(self) -> bool:
        return self.purpose is not Purpose.REMOVE and (
            self.purpose is not Purpose.NEW_FILE or self.encryptCheck.isChecked()
        )

    def passphrase(self) -> str | None:
        """The new passphrase, or None when the file is to have none."""
        return self.newEdit.text() if self.encrypting() else None

    def current(self) -> str:
        return self.currentEdit.text()

    # -- as it is typed
    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.currentEdit, self.newEdit, self.repeatEdit):
            edit.setEchoMode(mode)

    def _current_typed(self) -> None:
        self.currentError.hide()
        self._update()

    def _still_typing(self) -> tuple[str, str, str]:
        """What OK waits for while the passphrases are being typed (not shown as a problem)."""
        return (
            self.tr("Type the present passphrase first."),
            self.tr("Type the new passphrase, then type it again."),
            self.tr("Type the new passphrase again below."),
        )

    def problem(self) -> str | None:
        """Why OK is off, in one sentence (None when it is on)."""
        present_first, new_first, again_below = self._still_typing()
        if self.purpose in (Purpose.CHANGE, Purpose.REMOVE) and not self.current():
            return present_first
        if not self.encrypting():
            return None
        typed, again = self.newEdit.text(), self.repeatEdit.text()
        if not typed:
            return new_first
        refused = refusal(typed)
        if refused:
            return refused
        if not strength(typed).acceptable:
            return self.tr(
                "This passphrase is too easy to guess: make it longer, with a few unrelated words."
            )
        if typed != again:
            return again_below if not again else self.tr("The two passphrases differ.")
        return None

    def _update(self) -> None:
        encrypting = self.encrypting()
        for widget in (self.newEdit, self.repeatEdit, self.showCheck, self.strengthBar, self.strengthLabel):
            widget.setEnabled(encrypting)
        typed = self.newEdit.text()
        judged = strength(typed)
        self.strengthBar.setValue(judged.score if typed else 0)
        colour = BAR_COLOURS[judged.score]
        self.strengthBar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
        if not typed:
            said = self.tr("Four or more unrelated words are easy to remember and hard to guess.")
        elif judged.score == 0 or judged.advice.startswith(judged.label):
            said = judged.advice
        else:
            said = f"{judged.label}. {judged.advice}"
        self.strengthLabel.setText(said)
        problem = self.problem()
        self.ok.setEnabled(problem is None)
        quiet = problem is None or problem in self._still_typing() or problem.startswith("Use at least")
        self.messageLabel.setText("" if quiet or problem is None else problem)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        asks = self.check_current is not None and self.purpose in (Purpose.CHANGE, Purpose.REMOVE)
        if asks and self.check_current is not None and not self.check_current(self.current()):
            self.currentError.setText(self.tr("This is not the file's passphrase."))
            self.currentError.show()
            self.currentEdit.selectAll()
            self.currentEdit.setFocus()
            return
        super().accept()
