"""The .rmdesk document: SQLite through sqlite-utils, one transaction per action."""

from rmdesk.store.document import Document
from rmdesk.store.errors import (
    DamagedFile,
    DocumentError,
    DocumentInUse,
    NewerFormat,
    NotAnRmdeskFile,
    NothingToUndo,
    PassphraseNeeded,
)

__all__ = [
    "DamagedFile",
    "Document",
    "DocumentError",
    "DocumentInUse",
    "NewerFormat",
    "NotAnRmdeskFile",
    "NothingToUndo",
    "PassphraseNeeded",
]
