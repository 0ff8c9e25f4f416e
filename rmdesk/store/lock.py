"""One editor at a time: an OS-locked side file that names who holds the document.

The lock file sits next to the document (``.~lock.NAME#``, as office suites
do) and holds the user, host, process and time. The operating system releases
the lock when the holder dies, so a crash never leaves the file blocked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path

from rmdesk.store.errors import DocumentError, DocumentInUse

LOCK_OFFSET = 1 << 20  # Windows locks this byte range, past the owner text


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


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


def _owner() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment
        user = "unknown user"
    return {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now().isoformat(timespec="minutes"),
    }


def _describe(path: Path) -> str:
    try:
        owner = json.loads(path.read_text(encoding="utf-8"))
        return f"{owner['user']} on {owner['host']} (since {owner['since'].replace('T', ' ')})"
    except (OSError, ValueError, KeyError, AttributeError):
        return "another rmdesk window"


class DocumentLock:
    """Held for as long as a document is open for editing."""

    def __init__(self, document: Path):
        self.path = lock_path(document)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError:
            raise DocumentError(
                f"The folder {self.path.parent} is read-only for you. "
                "Copy the file to a folder you can write to, then open the copy."
            ) from None
        except OSError as error:
            raise DocumentError(f"{self.path.parent} cannot be written: {error.strerror}.") from None
        if not _try_lock(fd):
            os.close(fd)
            raise DocumentInUse(
                f"{self.path.name[7:-1]} is in use by {_describe(self.path)}. "
                "Close it there first, or open a copy."
            )
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(_owner()).encode("utf-8"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None
