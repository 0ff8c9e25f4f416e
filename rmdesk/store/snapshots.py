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

from rmdesk.store.errors import DamagedFile, DocumentError, damaged
from rmdesk.store.lock import DocumentLock
from rmdesk.store.paths import snapshots_dir
from rmdesk.store.schema import APPLICATION_ID

if TYPE_CHECKING:
    from rmdesk.store.document import Document

KEEP = 10
SEPARATOR = "__"


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken: dt.datetime

    @property
    def label(self) -> str:
        return self.taken.strftime("%Y-%m-%d %H:%M:%S")


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
            keep = snapshot.parent / f"{path.stem}{SEPARATOR}{stamp}{SEPARATOR}before-restore.rmdesk"
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
