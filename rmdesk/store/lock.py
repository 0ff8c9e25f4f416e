"""One editor at a time, whatever name the document is opened by.

Two locks, both released by the operating system when the holder dies, so a crash never leaves
the file blocked:

- A side file next to the document's real path (``.~lock.NAME#``, as office suites do; a
  symbolic link is followed first) holds an OS lock and names the user, host, process and time.
  The holder removes it on release while still holding it; whoever opened the old file in the
  meantime finds, once locked, that the name now points elsewhere and tries again. So no two
  processes ever hold two different lock files of the same name.
- The document file itself carries a lock on one byte far past SQLite's own lock bytes
  (``F_OFD_SETLK`` on Linux, ``flock`` on other POSIX systems). It belongs to the file, not to
  a name: a hard link or another spelling of the path meets the same lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import platform
import struct
import sys
from pathlib import Path

from rmdesk.domain.i18n import translate
from rmdesk.store.errors import DocumentError, DocumentInUse

LOCK_OFFSET = 1 << 20  # Windows locks this byte range of the side file, past the owner text
IDENTITY_BYTE = 0x7FFF0000  # locked in the document: far from SQLite's lock bytes at 1 GiB
ATTEMPTS = 50  # a lock file replaced under us this many times in a row is taken as busy


def real_path(document: Path) -> Path:
    """The document's absolute path with symbolic links followed (as far as they exist)."""
    try:
        return Path(document).resolve()
    except (OSError, RuntimeError):  # a link loop, or a folder we may not look into
        return Path(os.path.abspath(document))


def lock_path(document: Path) -> Path:
    real = real_path(document)
    return real.with_name(f".~lock.{real.name}#")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _try_lock_identity(fd: int) -> bool:
    """Lock the document file itself (POSIX); Windows relies on the side file alone."""
    if sys.platform == "win32":
        return True
    import fcntl

    ofd = getattr(fcntl, "F_OFD_SETLK", None)
    try:
        if ofd is not None:  # a lock of this open file, untouched by SQLite's own locks and closes
            fcntl.fcntl(fd, ofd, struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, IDENTITY_BYTE, 1, 0))
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _owner() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment
        user = "unknown user"
    return {
        "user": user,
        "host": platform.node(),  # the host name, without loading the socket module
        "pid": os.getpid(),
        "since": dt.datetime.now().isoformat(timespec="minutes"),
    }


def _describe(path: Path) -> str:
    try:
        owner = json.loads(path.read_text(encoding="utf-8"))
        return f"{owner['user']} on {owner['host']} (since {owner['since'].replace('T', ' ')})"
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return "another rmdesk window"


def _same_file(fd: int, path: Path) -> bool:
    try:
        held, named = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


class DocumentLock:
    """Held for as long as a document is open for editing."""

    def __init__(self, document: Path):
        self.document = real_path(document)
        self.path = lock_path(document)
        self._fd: int | None = None
        self._identity: int | None = None

    @property
    def name(self) -> str:
        return self.document.name

    def acquire(self) -> None:
        fd = self._lock_side_file()
        try:
            self.hold_document()
        except BaseException:
            self._fd = fd
            self.release()
            raise
        self._fd = fd
        with contextlib.suppress(OSError):  # who holds it is told when it can be (not on a full disk)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(_owner()).encode("utf-8"))

    def _lock_side_file(self) -> int:
        for _ in range(ATTEMPTS):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError:
                raise DocumentError(
                    translate(
                        "FileErrors",
                        "The folder {parent} is read-only for you. Copy the file to a folder "
                        "you can write to, then open the copy.",
                    ).format(parent=self.path.parent)
                ) from None
            except OSError as error:
                raise DocumentError(
                    translate("FileErrors", "{parent} cannot be written: {strerror}.").format(
                        parent=self.path.parent, strerror=error.strerror
                    )
                ) from None
            if not _try_lock(fd):
                os.close(fd)
                raise DocumentInUse(
                    translate(
                        "FileErrors", "{name} is in use by {describe}. Close it there first, or open a copy."
                    ).format(name=self.name, describe=_describe(self.path))
                )
            if sys.platform == "win32" or _same_file(fd, self.path):
                return fd
            os.close(fd)  # its holder removed it after we opened it: lock the file there now
        raise DocumentInUse(
            translate(
                "FileErrors", "{name} is being opened and closed by another rmdesk. Try again in a moment."
            ).format(name=self.name)
        )

    def hold_document(self) -> None:
        """Lock the document file itself, once it exists (a new file: after it is in place)."""
        if self._identity is not None or sys.platform == "win32":
            return
        try:
            fd = os.open(self.document, os.O_RDWR)
        except FileNotFoundError:
            return  # nothing there yet (a new file) or gone (a restore puts it back)
        except OSError as error:
            raise DocumentError(
                translate("FileErrors", "{name} cannot be opened for editing: {strerror}.").format(
                    name=self.name, strerror=error.strerror
                )
            ) from None
        if not _try_lock_identity(fd):
            os.close(fd)
            raise DocumentInUse(
                translate(
                    "FileErrors",
                    "{name} is in use by another rmdesk window, which opened it under "
                    "another name or through a link. Close it there first, or open a copy.",
                ).format(name=self.name)
            )
        self._identity = fd

    def moved(self) -> None:
        """The document's name now gives another file (a re-keyed copy renamed over it): lock that
        one instead. The side file stays held all along, so nobody else gets in between."""
        if self._identity is not None:
            os.close(self._identity)
            self._identity = None
        self.hold_document()

    def release(self) -> None:
        if self._identity is not None:
            os.close(self._identity)
            self._identity = None
        if self._fd is None:
            return
        if sys.platform == "win32" or _same_file(self._fd, self.path):
            with contextlib.suppress(OSError):
                self.path.unlink()  # still locked: a waiting process sees it gone and tries again
        os.close(self._fd)
        self._fd = None
