"""Rotating, verified snapshots of a document in the user's data folder.

A snapshot is written beside its final name, checked (integrity and
application id) and only then renamed into place; the oldest beyond ``KEEP``
are removed afterwards, so a bad copy never replaces a good one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.store.errors import (
    DamagedFile,
    DocumentError,
    NewerFormat,
    NotAnRmdeskFile,
    PassphraseNeeded,
    damaged,
)
from rmdesk.store.lock import DocumentLock
from rmdesk.store.paths import snapshots_dir
from rmdesk.store.schema import APPLICATION_ID

if TYPE_CHECKING:
    from rmdesk.store.document import Document

KEEP = 10
SEPARATOR = "__"
BEFORE_RESTORE = "before-restore"  # the name's last part for the copy a restore replaced


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken: dt.datetime

    @property
    def label(self) -> str:
        return self.taken.strftime("%Y-%m-%d %H:%M:%S")

    @property
    def before_restore(self) -> bool:
        """The version a restore replaced, kept so the restore itself can be undone."""
        return self.path.stem.endswith(SEPARATOR + BEFORE_RESTORE)


@dataclass(frozen=True)
class Contents:
    """What a snapshot holds, read before it replaces the file so the person picks the right copy.

    ``problem`` is one sentence when the copy cannot be read; the counts are then zero.
    """

    snapshot: Snapshot
    organisation: str = ""
    people: int = 0
    pairs: int = 0
    programs: int = 0
    last_change: str = ""
    last_change_at: dt.datetime | None = None  # local time
    problem: str = ""

    @property
    def readable(self) -> bool:
        return not self.problem

    @property
    def last_change_text(self) -> str:
        if not self.last_change:
            return "No changes recorded"
        when = self.last_change_at.strftime("%Y-%m-%d %H:%M") if self.last_change_at else ""
        return f"{self.last_change} ({when})" if when else self.last_change

    @property
    def holds(self) -> str:
        return (
            f"{_count(self.people, 'person', 'people')}, {_count(self.pairs, 'pair')}, "
            f"{_count(self.programs, 'program')}"
        )

    @property
    def summary(self) -> str:
        """One line for the terminal: the client, what it holds and its last change."""
        if self.problem:
            return self.problem
        client = self.organisation or "No organisation set"
        change = f"last change: {self.last_change_text}" if self.last_change else "no changes recorded"
        return f"{client}: {self.holds}; {change}"


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number:,} {one if number == 1 else many or one + 's'}"


def _fingerprint(path: Path) -> str:
    stat = path.stat()
    return hashlib.sha1(f"{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:8]


def _folder(document_id: str) -> Path:
    folder = snapshots_dir() / document_id
    folder.mkdir(exist_ok=True)
    return folder


def _parse(path: Path) -> Snapshot | None:
    parts = path.stem.split(SEPARATOR)
    if len(parts) < 3:
        return None
    try:
        taken = dt.datetime.strptime(parts[-2], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return Snapshot(path, taken)


def _listed(folder: Path, stem: str | None = None) -> list[Snapshot]:
    found = [_parse(p) for p in folder.glob("*.rmdesk") if not stem or p.stem.startswith(stem + SEPARATOR)]
    return sorted((s for s in found if s), key=lambda s: s.taken, reverse=True)


def verify(path: Path, passphrase: str | None) -> None:
    """Raise :class:`DamagedFile` unless ``path`` is a whole, healthy rmdesk file."""
    from rmdesk.store.document import SqlError, connect

    try:
        conn = connect(path, passphrase=passphrase, readonly=True)
    except DocumentError as error:
        raise DamagedFile(str(error)) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
    except SqlError as error:
        raise damaged(path.name, str(error)) from None
    finally:
        conn.close()
    if app_id != APPLICATION_ID or result != "ok":
        raise damaged(path.name, result)


def take(doc: Document, *, force: bool = False) -> Snapshot | None:
    """Snapshot ``doc`` unless the newest snapshot already holds this very file state."""
    folder = _folder(doc.meta("document_id") or "unknown")
    fingerprint = _fingerprint(doc.path)
    stem = doc.path.stem
    existing = _listed(folder)
    if not force and existing and existing[0].path.stem.endswith(SEPARATOR + fingerprint):
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{stem}{SEPARATOR}{stamp}{SEPARATOR}{fingerprint}.rmdesk"
    partial = final.with_suffix(".partial")
    try:
        doc.save_copy(partial)
        verify(partial, doc.passphrase)
    except DocumentError as error:
        partial.unlink(missing_ok=True)
        raise damaged(doc.path.name, f"a safety copy failed its check: {error}") from None
    os.replace(partial, final)
    for old in _listed(folder)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return _parse(final)


def describe(snapshot: Snapshot | Path, passphrase: str | None = None) -> Contents:
    """What the copy holds: its client, people, pairs, programs and newest action. Never raises:
    a copy that cannot be read says why in :attr:`Contents.problem`."""
    from rmdesk.store.document import Document, SqlError

    if isinstance(snapshot, Path):
        snapshot = _parse(snapshot) or Snapshot(snapshot, _modified(snapshot))
    if not snapshot.path.is_file():
        return Contents(snapshot, problem="This copy is no longer on disk.")
    try:
        with Document.open(snapshot.path, readonly=True, passphrase=passphrase) as doc:
            counts = doc.counts()
            organisation = doc.organisation().name
            newest = doc.history(1)
    except (DamagedFile, SqlError, IndexError):
        return Contents(snapshot, problem="This copy is damaged and cannot be restored.")
    except PassphraseNeeded:
        return Contents(snapshot, problem="This copy cannot be read without its own passphrase.")
    except NewerFormat:
        return Contents(snapshot, problem="This copy was saved by a newer rmdesk and cannot be read here.")
    except NotAnRmdeskFile:
        return Contents(snapshot, problem="This copy is not an rmdesk file.")
    except (DocumentError, OSError) as error:
        detail = error.strerror if isinstance(error, OSError) else str(error).rstrip(".")
        return Contents(snapshot, problem=f"This copy cannot be read: {detail}.")
    last = newest[0] if newest else None
    label = str(last["label"]) if last else ""
    if last and last["state"] == "undone":  # the Edit menu's wording for the step that followed
        label = f"Undo {label}"
    return Contents(
        snapshot,
        organisation=organisation,
        people=counts.get("participants", 0),
        pairs=counts.get("pairs", 0),
        programs=counts.get("programs", 0),
        last_change=label,
        last_change_at=_local(last["at"]) if last else None,
    )


def _modified(path: Path) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return dt.datetime.min


def _local(stamp: str) -> dt.datetime | None:
    """An action's UTC time as the local time the snapshot names use."""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)
    except (TypeError, ValueError):
        return None


def for_document(path: Path, passphrase: str | None = None) -> list[Snapshot]:
    """Snapshots of the file at ``path``, newest first; found by name when it cannot be read."""
    from rmdesk.store.document import Document

    try:
        with Document.open(path, readonly=True, passphrase=passphrase) as doc:
            document_id = doc.meta("document_id")
    except DocumentError:
        document_id = None
    if document_id:
        return _listed(_folder(document_id))
    found = [s for folder in snapshots_dir().iterdir() if folder.is_dir() for s in _listed(folder, path.stem)]
    return sorted(found, key=lambda s: s.taken, reverse=True)


def restore(path: Path, snapshot: Path, passphrase: str | None = None) -> Path:
    """Replace the file at ``path`` with a verified snapshot; the current file is kept as a snapshot."""
    verify(snapshot, passphrase)
    lock = DocumentLock(path)
    lock.acquire()
    try:
        journal = path.with_name(path.name + "-journal")
        if path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            keep = snapshot.parent / f"{path.stem}{SEPARATOR}{stamp}{SEPARATOR}{BEFORE_RESTORE}.rmdesk"
            shutil.copyfile(path, keep)
            if journal.exists():  # a hot journal would be replayed onto the restored file
                shutil.copyfile(journal, keep.with_name(keep.name + "-journal"))
        incoming = path.with_name(f".{path.name}.restoring")
        shutil.copyfile(snapshot, incoming)
        with incoming.open("rb+") as handle:
            os.fsync(handle.fileno())
        journal.unlink(missing_ok=True)
        os.replace(incoming, path)
    finally:
        lock.release()
    return path
