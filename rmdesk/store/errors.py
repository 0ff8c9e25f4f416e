"""Refusals and failures of the document layer, each one sentence a person can act on."""

from __future__ import annotations


class DocumentError(Exception):
    """A file cannot be opened or written; ``str(error)`` is the message to show."""


class DocumentInUse(DocumentError):
    pass


class NotAnRmdeskFile(DocumentError):
    pass


class DamagedFile(DocumentError):
    pass


class NewerFormat(DocumentError):
    pass


class PassphraseNeeded(DocumentError):
    pass


class NothingToUndo(DocumentError):
    pass


class Cancelled(Exception):
    """The user stopped long work (suggestions, reports, imports); what it wrote is rolled back."""


def damaged(name: str, detail: str) -> DamagedFile:
    """The one wording for a file SQLite cannot read whole."""
    return DamagedFile(
        f"{name} is damaged ({detail}). Restore a snapshot: rmdesk backup FILE --list, then rmdesk restore."
    )
