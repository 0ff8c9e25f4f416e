"""The main window: the open file's name, what it holds, and undo/redo from the core."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.store import Document, DocumentError

COUNT_LABELS = {
    "programs": "Programs",
    "participants": "Participants",
    "pairs": "Pairs",
    "goals": "Goals",
    "meetings": "Meetings",
    "evaluations": "Evaluations",
}


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.document: Document | None = None
        self.resize(720, 480)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.counts = QFormLayout()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addLayout(self.counts)
        layout.addStretch()
        self.setCentralWidget(body)
        self._build_menus()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = file_menu.addAction("&Open...", self.choose_file)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("&Quit", self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = QAction("Undo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction("Redo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_action.triggered.connect(lambda: self._replay("undo"))
        self.redo_action.triggered.connect(lambda: self._replay("redo"))
        edit_menu.addActions([self.undo_action, self.redo_action])

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open program file", "", "rmdesk files (*.rmdesk)")
        if name:
            from rmdesk.gui.app import open_document

            doc = open_document(Path(name), self)
            if doc is not None:
                self.show_document(doc)

    def show_document(self, doc: Document) -> None:
        if self.document is not None:
            self.document.close()
        self.document = doc
        self.refresh()

    def _replay(self, which: str) -> None:
        assert self.document is not None
        try:
            self.document.undo() if which == "undo" else self.document.redo()
        except DocumentError as error:
            QMessageBox.warning(self, "rmdesk", str(error))
        self.refresh()

    def refresh(self) -> None:
        doc = self.document
        while self.counts.rowCount():
            self.counts.removeRow(0)
        if doc is None:
            self.setWindowTitle("rmdesk")
            self.title.setText("No program file open. Use File > Open, or start with: rmdesk --demo")
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
            return
        self.setWindowTitle(f"{doc.path.name} - rmdesk")
        self.title.setText(f"{doc.organisation().name or doc.path.stem}")
        counts = doc.counts()
        self.counts.addRow("File:", QLabel(str(doc.path)))
        for table, label in COUNT_LABELS.items():
            value = QLabel(f"{counts[table]:,}")
            value.setObjectName(f"count_{table}")
            self.counts.addRow(f"{label}:", value)
        undo, redo = doc.undo_label(), doc.redo_label()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"Undo {undo}" if undo else "Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"Redo {redo}" if redo else "Redo")
        self.statusBar().showMessage(
            f"{doc.path.name}: {counts['participants']:,} participants, {counts['pairs']:,} pairs"
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)
