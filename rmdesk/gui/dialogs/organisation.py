"""The client's name and logo, printed on every report, and the language the reports are written in
(per file: a consultant may write one client's reports in English and another's in Indonesian)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from rmdesk.domain import i18n
from rmdesk.gui.forms.ui_organisation import Ui_OrganisationDialog
from rmdesk.gui.widgets.fields import error_style, fill_choices, save_or_explain, select_data
from rmdesk.gui.widgets.form_dialog import FormDialog
from rmdesk.gui.widgets.screen_fit import fit_to_screen
from rmdesk.gui.words import QT_TRANSLATE_NOOP
from rmdesk.store import Document, retention

LOGO_HEIGHT = 240  # pixels kept: sharp at 18 mm on paper, small in the file


def logo_png(path: Path) -> bytes | None:
    """The image at ``path`` as a PNG at most LOGO_HEIGHT tall, or None if it is not an image."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.height() > LOGO_HEIGHT:
        image = image.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt takes str
    return bytes(data.data())


class OrganisationDialog(FormDialog, Ui_OrganisationDialog):
    subject = QT_TRANSLATE_NOOP("FormDialog", "the organisation")

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc = doc
        self.original = doc.organisation()
        self.logo = self.original.logo
        self.nameEdit.setText(self.original.name)
        self.retentionSpin.setValue(retention.months(doc))
        fill_choices(self.languageCombo, [(name, code) for code, name in i18n.LANGUAGES.items()])
        select_data(self.languageCombo, i18n.language_of(self.original.language))
        self.problemLabel.setStyleSheet(error_style(self))
        self.problemLabel.hide()
        self.chooseLogoButton.clicked.connect(self.choose_logo)
        self.removeLogoButton.clicked.connect(lambda: self.set_logo(None))
        self.buttonBox.accepted.connect(self.save)
        self.set_logo(self.logo)
        fit_to_screen(self, QSize(520, 240))

    def form_values(self) -> list[object]:
        return [*super().form_values(), self.logo]  # the logo shows as a picture, not in a field

    def ask_image(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)")
        )
        return Path(name) if name else None

    def choose_logo(self) -> None:
        path = self.ask_image()
        if path is None:
            return
        png = logo_png(path)
        if png is None:
            self.problemLabel.setText(
                self.tr("{name} is not an image rmdesk can read (use PNG or JPEG).").format(name=path.name)
            )
            self.problemLabel.show()
            return
        self.problemLabel.hide()
        self.set_logo(png)

    def set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        self.removeLogoButton.setEnabled(logo is not None)
        if logo is None:
            self.logoPreview.setPixmap(QPixmap())
            self.logoPreview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo)
        self.logoPreview.setPixmap(pixmap.scaledToHeight(56, Qt.TransformationMode.SmoothTransformation))

    def save(self) -> None:
        name = self.nameEdit.text().strip()
        if not name:
            self.problemLabel.setText(self.tr("Give the organisation a name: it heads every report."))
            self.problemLabel.show()
            return
        language = self.languageCombo.currentData()
        if language == i18n.language_of(self.original.language):
            language = self.original.language  # as the file has it ("id_ID" stays), unless changed
        updated = dataclasses.replace(self.original, name=name, logo=self.logo, language=language)
        months = self.retentionSpin.value()

        def store() -> None:
            retention.set_months(self.doc, months)  # a setting, in the audit (not an undo step)
            if updated != self.original:
                self.doc.update(updated)

        save_or_explain(self, store)
