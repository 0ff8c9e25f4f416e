"""Refusals and failures of the document layer, each one sentence a person can act on."""

from __future__ import annotations

import errno
import re

from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

RESTORE = QT_TRANSLATE_NOOP(
    "FileErrors", "Restore a snapshot: rmdesk backup FILE --list, then rmdesk restore."
)
DETAIL_LENGTH = 160  # characters of SQLite's own words kept in a message


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


class NotEncrypted(DocumentError):
    """A passphrase was given for a file that has none."""


class NothingToUndo(DocumentError):
    pass


class DiskFull(DocumentError):
    pass


class SnapshotFailed(DocumentError):
    """No snapshot could be taken; the document itself is fine (see :attr:`reason`)."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class Cancelled(Exception):
    """The user stopped long work (suggestions, reports, imports); what it wrote is rolled back."""


def one_line(text: str, limit: int = DETAIL_LENGTH) -> str:
    """``text`` on one line, without a repeated "Restore a snapshot", and not too long to read."""
    text = text.replace(RESTORE, "").replace(translate("FileErrors", RESTORE), "")
    text = re.sub(r"\s+", " ", text).strip().rstrip(".")
    text = re.sub(r"\s*Restore a snapshot[^.]*", "", text).strip().rstrip(".")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def damaged(name: str, detail: str) -> DamagedFile:
    """The one wording for a file SQLite cannot read whole."""
    text = translate("FileErrors", "{name} is damaged ({detail}). {restore}")
    return DamagedFile(
        text.format(name=name, detail=one_line(detail), restore=translate("FileErrors", RESTORE))
    )


# SQLite's primary result codes (https://sqlite.org/rescode.html) that say something about the file.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def sql_code(error: BaseException) -> int:
    """SQLite's primary result code of ``error`` (0 when it has none)."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def disk_full(name: str) -> DiskFull:
    text = translate(
        "FileErrors", "The disk is full: {name} could not be saved. Free some space, then try again."
    )
    return DiskFull(text.format(name=name))


def from_sql(error: BaseException, name: str) -> DocumentError:
    """What an SQLite error met while working on the file called ``name`` means to a person."""
    code, text = sql_code(error), str(error)
    if code == SQLITE_FULL or "disk is full" in text:
        return disk_full(name)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        text = translate("FileErrors", "{name} is busy in another program. Wait a moment, then try again.")
        return DocumentError(text.format(name=name))
    if code == SQLITE_READONLY:
        text = translate(
            "FileErrors",
            "{name} cannot be written (it or its folder is read-only). Copy it, then open the copy.",
        )
        return DocumentError(text.format(name=name))
    if code == SQLITE_IOERR:
        said = translate(
            "FileErrors",
            "{name} could not be read or written: the disk reported an error ({detail}). "
            "Check the disk or copy the file elsewhere, then try again.",
        )
        return DocumentError(said.format(name=name, detail=one_line(text)))
    return damaged(name, text)


def from_os(error: OSError, what: str) -> DocumentError:
    """An operating-system error while writing ``what`` (a file or folder), as one sentence."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        text = translate(
            "FileErrors", "The disk is full: {what} could not be written. Free some space, then try again."
        )
        return DiskFull(text.format(what=what))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate(
            "FileErrors", "{what} cannot be written: you do not have permission, or the disk is read-only."
        )
        return DocumentError(text.format(what=what))
    reason = error.strerror or str(error)
    text = translate("FileErrors", "{what} could not be written: {reason}.")
    return DocumentError(text.format(what=what, reason=f"{reason[:1].lower()}{reason[1:]}"))


def reason_of(error: BaseException) -> str:
    """Why something could not be written, in a few words: "the disk is full", "permission denied"."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return "the disk is full"
        return (error.strerror or str(error)).lower()
    if isinstance(error, DiskFull) or sql_code(error) == SQLITE_FULL or "disk is full" in str(error):
        return "the disk is full"
    return one_line(str(error), 100)
