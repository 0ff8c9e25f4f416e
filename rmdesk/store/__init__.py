"""The .rmdesk document: SQLite through sqlite-utils, one transaction per action."""

from rmdesk.store.document import Document
from rmdesk.store.errors import (
    Cancelled,
    DamagedFile,
    DocumentError,
    DocumentInUse,
    NewerFormat,
    NotAnRmdeskFile,
    NothingToUndo,
    PassphraseNeeded,
)

__all__ = [
    "Cancelled",
    "DamagedFile",
    "Document",
    "DocumentError",
    "DocumentInUse",
    "NewerFormat",
    "NotAnRmdeskFile",
    "NothingToUndo",
    "PassphraseNeeded",
]
