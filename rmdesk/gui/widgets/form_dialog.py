"""The base of every form: Esc, Cancel or closing the window never throws away edits unasked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from rmdesk.gui.words import QT_TRANSLATE_NOOP


def input_values(window: QWidget) -> list[object]:
    """What the user can change in ``window``, read from its input widgets in a stable order.
    Popups (calendars, completer and combo lists) are windows of their own and are left out."""
    values: list[object] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            items = (widget.item(row) for row in range(widget.count()))
            values.append([(item.text(), item.checkState()) for item in items])
        elif isinstance(widget, QTableWidget):
            cells = (widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount()))
            values.append([(cell.text(), cell.checkState()) if cell else None for cell in cells])
    return values


class FormDialog(QDialog):
    """A dialog holding a form. It remembers what the form showed when it opened; leaving it any
    way but OK after changing something asks first ("Discard your changes to this goal?"), and
    leaving an untouched form closes it at once."""

    # How the question names what is edited ("this participant"), marked under FormDialog, shown translated
    subject = QT_TRANSLATE_NOOP("FormDialog", "this form")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._opened_with: list[object] | None = None

    def form_values(self) -> list[object]:
        """What counts as a change; a form with state outside its widgets (a logo) adds it."""
        return input_values(self)

    def has_changes(self) -> bool:
        return self._opened_with is not None and self.form_values() != self._opened_with

    def confirm(self, question: str) -> bool:
        """Ask before discarding; tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question, parent=self)
        discard = box.addButton(
            QCoreApplication.translate("FormDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            QCoreApplication.translate("FormDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._opened_with is None:
            self._opened_with = self.form_values()
        super().showEvent(event)

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all come here (QDialog's closeEvent too)."""
        question = QCoreApplication.translate("FormDialog", "Discard your changes to {subject}?")
        subject = QCoreApplication.translate("FormDialog", self.subject)
        if self.has_changes() and not self.confirm(question.format(subject=subject)):
            return
        super().reject()
