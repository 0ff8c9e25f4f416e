"""Working on a local copy of a document that lives in a sync folder or on a network share.

The copy goes to the data folder (``local copies/``) and is what rmdesk opens. The original stays
locked for this one editor meanwhile. On closing, the copy goes back only if the original has not
changed since it was copied (another computer, or the sync service, may have written it): it is
written beside the original under a hidden name, flushed to disk, checked again, and renamed over
it in one step. If the original changed, neither is overwritten: the copy is kept beside the
original under a name of its own, and the caller says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from rmdesk.domain.i18n import translate
from rmdesk.store.errors import DocumentError, from_os
from rmdesk.store.lock import DocumentLock, real_path
from rmdesk.store.paths import data_dir


@dataclass(frozen=True)
class State:
    """What the original was when copied: size, modification time and a digest of its bytes."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> State:
        stat = path.stat()
        return cls(stat.st_size, stat.st_mtime_ns, _digest(path))


def _digest(path: Path) -> str:
    found = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            found.update(block)
    return found.hexdigest()


@dataclass(frozen=True)
class Returned:
    """How the copy went back: ``kept_as`` is set when the original had changed meanwhile."""

    original: Path
    kept_as: Path | None = None

    @property
    def message(self) -> str:
        if self.kept_as is None:
            return f"Your work was copied back to {self.original}."
        return (
            f"{self.original.name} changed on disk while you worked on a local copy, so neither was "
            f"overwritten: your work is in {self.kept_as.name} beside it. Compare the two and keep one."
        )


@dataclass
class LocalCopy:
    """A document's original path and the local copy rmdesk works on instead."""

    original: Path
    path: Path
    state: State
    _lock: DocumentLock | None = field(default=None, repr=False)

    def give_back(self) -> Returned:
        """Put the copy back (the document must be closed). Refuses nothing: when the original
        changed meanwhile, both are kept and :attr:`Returned.kept_as` says where the copy went."""
        try:
            changed = not self.original.exists() or State.of(self.original) != self.state
            if changed:
                kept = _beside(self.original)
                _copy_atomically(self.path, kept)
                result = Returned(self.original, kept)
            else:
                _copy_atomically(self.path, self.original, unchanged=self.state)
                result = Returned(self.original)
        except _ChangedMeanwhile:
            kept = _beside(self.original)
            _copy_atomically(self.path, kept)
            result = Returned(self.original, kept)
        except OSError as error:
            raise from_os(error, str(self.original)) from None
        finally:
            self.release()
        with contextlib.suppress(OSError):
            _remove_copy(self.path)
        return result

    def discard(self) -> None:
        """Forget the copy (it was never opened for work): the original stays as it is."""
        self.release()
        with contextlib.suppress(OSError):
            _remove_copy(self.path)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


class _ChangedMeanwhile(Exception):
    pass


def folder() -> Path:
    path = data_dir() / "local copies"
    path.mkdir(exist_ok=True)
    return path


def take(original: Path) -> LocalCopy:
    """Copy ``original`` to the data folder and hold it for this editor until the copy goes back."""
    original = Path(os.path.abspath(original))
    lock = DocumentLock(original)
    lock.acquire()  # another rmdesk working on it here refuses, as for the file itself
    try:
        state = State.of(original)
        key = hashlib.sha256(str(real_path(original)).encode()).hexdigest()[:16]
        target = folder() / key / original.name
        target.parent.mkdir(exist_ok=True)
        if target.exists():  # never thrown away: it may hold work that did not go back
            raise DocumentError(
                translate(
                    "FileErrors",
                    "A local copy of {name} from an earlier session never went back; copy "
                    "it from {parent} over {name}, or delete it, then try again.",
                ).format(name=original.name, parent=target.parent)
            )
        target.with_name(target.name + "-journal").unlink(missing_ok=True)
        _copy_atomically(original, target)
        journal = original.with_name(original.name + "-journal")
        if journal.exists():  # a write cut short: SQLite rolls it back in the copy when it opens
            shutil.copyfile(journal, target.with_name(target.name + "-journal"))
        if State.of(original) != state:
            raise DocumentError(
                translate(
                    "FileErrors", "{name} changed while it was being copied. Try again in a moment."
                ).format(name=original.name)
            )
    except OSError as error:
        lock.release()
        raise from_os(error, str(original)) from None
    except BaseException:
        lock.release()
        raise
    return LocalCopy(original, target, state, lock)


def _copy_atomically(source: Path, target: Path, *, unchanged: State | None = None) -> None:
    """``source`` to ``target`` via a hidden partial file beside it, flushed, then renamed in one
    step; with ``unchanged``, only if ``target`` still is as it was."""
    partial = target.with_name(f".{target.name}.incoming")
    try:
        shutil.copyfile(source, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        if unchanged is not None and (not target.exists() or State.of(target) != unchanged):
            raise _ChangedMeanwhile
        for stale in ("-journal", "-wal", "-shm"):
            target.with_name(target.name + stale).unlink(missing_ok=True)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _beside(original: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
    candidate = original.with_name(f"{original.stem} (local copy {stamp}){original.suffix}")
    number = 2
    while candidate.exists():
        candidate = original.with_name(f"{original.stem} (local copy {stamp} {number}){original.suffix}")
        number += 1
    return candidate


def _remove_copy(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()
