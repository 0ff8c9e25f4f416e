"""Reads a file's first bytes to refuse what is not an rmdesk document before SQLite touches it.

SQLite's header holds the page size, page count, schema version and
application id at fixed offsets (https://sqlite.org/fileformat.html), so a
wrong, foreign, truncated or newer file is recognised without opening it.
"""

from __future__ import annotations

import errno
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from rmdesk.domain.i18n import current, translate
from rmdesk.store.errors import (
    DamagedFile,
    DocumentError,
    NewerFormat,
    NotAnRmdeskFile,
    NotEncrypted,
    PassphraseNeeded,
)
from rmdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION
from rmdesk.store.verified import State, state_of

MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    encrypted: bool
    page_size: int = 0
    page_count: int = 0
    user_version: int = 0
    application_id: int = 0
    wal: bool = False  # SQLite's write-ahead log mode (rmdesk writes in rollback-journal mode)
    state: State | None = None  # the file's identity and state, as read (see verified.py)


def _read_start(path: Path) -> tuple[bytes, os.stat_result]:
    try:
        if path.is_dir():
            raise DocumentError(
                translate(
                    "FileErrors", "{path} is a folder, not an rmdesk file. Choose a .rmdesk file inside it."
                ).format(path=path)
            )
        with path.open("rb") as handle:
            return handle.read(100), os.fstat(handle.fileno())
    except FileNotFoundError:
        raise DocumentError(
            translate("FileErrors", "There is no file at {path}.").format(path=path)
        ) from None
    except PermissionError:
        raise DocumentError(
            translate(
                "FileErrors",
                "You do not have permission to read {path}. Ask the file's owner or "
                "copy it somewhere you can read it.",
            ).format(path=path)
        ) from None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise DocumentError(
                translate("FileErrors", "The path {path} is too long to open.").format(path=path)
            ) from None
        raise DocumentError(
            translate("FileErrors", "{path} cannot be read: {strerror}.").format(
                path=path, strerror=error.strerror
            )
        ) from None


def read_header(path: Path, *, passphrase: bool = False) -> Header:
    """The header of an rmdesk file; raises a :class:`DocumentError` for anything else.

    With ``passphrase`` (one was given), an encrypted file is expected: its header cannot be
    read before SQLCipher decrypts it, and a plain file is refused as not encrypted.
    """
    start, stat = _read_start(path)
    size = stat.st_size
    name = path.name
    if size == 0:
        raise NotAnRmdeskFile(
            translate("FileErrors", "{name} is empty (0 bytes): it is not an rmdesk file.").format(name=name)
        )
    if passphrase:
        if start.startswith(MAGIC):
            raise NotEncrypted(
                translate("FileErrors", "{name} is not encrypted: open it without a passphrase.").format(
                    name=name
                )
            )
        return Header(True, state=state_of(stat, start))
    if not start.startswith(MAGIC):
        # SQLCipher files look like random bytes, in whole pages.
        if size % 1024 == 0 and size >= 1024 and len(set(start[:64])) > 40:
            raise PassphraseNeeded(
                translate("FileErrors", "{name} is encrypted. Enter its passphrase to open it.").format(
                    name=name
                )
            )
        raise NotAnRmdeskFile(
            translate("FileErrors", "{name} is not an rmdesk file (it is not an SQLite database).").format(
                name=name
            )
        )
    if len(start) < 100:
        raise DamagedFile(
            translate(
                "FileErrors", "{name} is damaged: it is cut short ({size} bytes). Restore a snapshot."
            ).format(name=name, size=size)
        )
    (page_size,) = struct.unpack(">H", start[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", start[24:32])
    (valid_for,) = struct.unpack(">I", start[92:96])
    user_version, application_id = struct.unpack(">iI", start[60:64] + start[68:72])
    if application_id != APPLICATION_ID:
        raise NotAnRmdeskFile(
            translate(
                "FileErrors",
                "{name} is an SQLite database of another program, not an rmdesk file. It was not changed.",
            ).format(name=name)
        )
    journal = path.with_name(path.name + "-journal")
    interrupted = journal.exists() and journal.stat().st_size > 0  # SQLite rolls it back on open
    if valid_for == change_counter and page_count and size < page_count * page_size and not interrupted:
        raise DamagedFile(
            translate(
                "FileErrors",
                "{name} is damaged: it holds {size} of its {whole} bytes (cut short"
                " while copying?). Restore a snapshot or copy it again from its source.",
            ).format(name=name, size=current().number(size), whole=current().number(page_count * page_size))
        )
    if user_version > SCHEMA_VERSION:
        raise NewerFormat(
            translate(
                "FileErrors",
                "{name} was saved by a newer rmdesk (file format {user_version}; this "
                "rmdesk reads up to {SCHEMA_VERSION}). Install the latest rmdesk to "
                "open it.",
            ).format(name=name, user_version=user_version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    wal = start[18] == 2 or start[19] == 2
    return Header(False, page_size, page_count, user_version, application_id, wal, state_of(stat, start))
