"""What every section of the main window offers the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rmdesk.domain.entities import Program
from rmdesk.store import Document


class Page(QWidget):
    """A section shown from the side navigation. After it edits the file it emits ``changed`` (the
    window reloads every page), or ``edited`` when it already shows the change itself (the window
    then refreshes the rest: undo labels, counts, the other pages when next shown)."""

    changed = Signal()
    edited = Signal()

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        raise NotImplementedError

    def shown_after(self, doc: Document, before: int) -> None:
        """Tell the window what this page's actions after ``before`` (``doc.newest_action()``)
        did: ``edited`` when the page could show it in place, else ``changed``."""
        changed = doc.rows_changed_since(before)
        if changed:
            (self.edited if self.show_changes(changed) else self.changed).emit()

    def show_changes(self, changed: dict[str, set[str]]) -> bool:
        """Show a change to these rows (ids by table: an edit, an undone or redone step) without
        being reloaded, if the page can: False lets the window reload every page."""
        return False

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor where the user filters this page."""
