"""Encrypting a document, changing its passphrase or removing it, in one step a crash cannot split.

The file is never changed in place. Its copy under the new key (or under none) is written beside
it (``.NAME.rekey``, by ``sqlcipher_export``) and checked: it opens with the new key, every page
passes ``integrity_check``, and every table holds as many rows as the document's. Each snapshot
that opens with the old key gets such a checked copy too, under the same new key. Only then, with
the document's lock held, the copy is renamed over the document (the one moment the change
happens) and the snapshots' copies over the snapshots. A kill at any moment leaves a file that
opens with the old passphrase or with the new one, never neither; a folder of snapshots left
halfway is finished (or taken back) by the next snapshot of the document
(:func:`rmdesk.store.snapshots.finish_rekeying`), so no copy under the old key, or a plain one,
stays behind. While the copies are written another connection holds the file's write lock, so no
change can slip in between the copy and the rename.

:func:`start` does the long part and may run on another thread; :meth:`Rekeying.finish` makes the
change on the document's own thread (it swaps the document's connection); :func:`change` does both.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from rmdesk.domain.i18n import translate
from rmdesk.store import snapshots
from rmdesk.store.document import Document, SqlError, check_passphrase, connect, rekeying_copy
from rmdesk.store.errors import DocumentError, from_os, from_sql
from rmdesk.store.keys import PLAIN_HEAD, Key

Progress = Callable[[int, str], None]


def _nothing(percent: int, text: str) -> None:
    pass


@dataclass
class Rekeying:
    """A change of key written and checked, waiting to be made (:meth:`finish`) or dropped
    (:meth:`abandon`)."""

    doc: Document
    key: Key | None  # the new key, or None: the file is to be plain
    copy: Path  # the document under the new key, beside it
    snapshots: list[str] = field(default_factory=list)  # names of the snapshots whose copies wait
    folder: Path | None = None
    guard: sqlcipher3.Connection | None = None  # holds the file's write lock until the change
    held: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)  # the snapshot folder
    finished: bool = False

    @property
    def head(self) -> bytes:
        """How the file starts once changed: the new salt, or SQLite's own words when plain."""
        return self.key.salt if self.key is not None else PLAIN_HEAD

    def finish(self) -> None:
        """Make the change: the copy replaces the document, which goes on with the new key; the
        snapshots' copies replace them. Runs where the document is used (it swaps its connection)."""
        if self.finished:
            return
        doc = self.doc
        try:
            if self.folder is not None and self.snapshots:
                snapshots.mark_rekeying(self.folder, doc.path, self.head, self.snapshots)
            self._release_guard()
            doc.conn.close()
            try:
                os.replace(self.copy, doc.path)
            except OSError as error:
                doc._switch_to(doc.key)  # the document is as it was; go on with it
                raise from_os(error, str(doc.path)) from None
            _sync_folder(doc.path.parent)
            self.finished = True
            doc._switch_to(self.key)
            if self.folder is not None:
                snapshots.finish_rekeying(self.folder)  # each copy takes its snapshot's place
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Drop what was prepared (nothing of the document changes); once finished, only let go."""
        self._release_guard()
        if not self.finished:
            _remove(self.copy)
            if self.folder is not None:
                for name in self.snapshots:
                    for suffix in (snapshots.REKEYING, snapshots.REKEYED):
                        _remove(self.folder / (name + suffix))
                _remove(self.folder / snapshots.REKEY_MARKER)
        self.held.close()

    def _release_guard(self) -> None:
        guard, self.guard = self.guard, None
        if guard is not None:
            with contextlib.suppress(SqlError):
                guard.execute("ROLLBACK")
            guard.close()


def change(doc: Document, passphrase: str | None, progress: Progress = _nothing) -> None:
    """Give ``doc``'s file the key of ``passphrase`` (None: no encryption), with its snapshots."""
    start(doc, passphrase, progress).finish()


def start(doc: Document, passphrase: str | None, progress: Progress = _nothing) -> Rekeying:
    """Write and check the document's copy under the new key, and its snapshots' copies, without
    changing anything yet. ``progress`` may raise :class:`~rmdesk.store.errors.Cancelled`; nothing
    is left behind then."""
    name = doc.path.name
    if doc.readonly:
        raise DocumentError(
            translate(
                "FileErrors",
                "{name} is open read-only, so its passphrase cannot be changed. Open it to edit.",
            ).format(name=name)
        )
    if doc.locked:
        raise DocumentError(
            translate("FileErrors", "{name} is locked. Enter its passphrase to go on first.").format(
                name=name
            )
        )
    check_passphrase(passphrase)
    passphrase = passphrase or None
    if passphrase is None and doc.key is None:
        raise DocumentError(
            translate("FileErrors", "{name} is not encrypted, so there is no passphrase to remove.").format(
                name=name
            )
        )
    if doc.conn.in_transaction:
        raise DocumentError(
            translate(
                "FileErrors", "{name} is busy with a change. Wait for it to finish, then try again."
            ).format(name=name)
        )
    progress(2, "Deriving the new key..." if passphrase else "Preparing...")
    key = Key.fresh(passphrase) if passphrase else None
    job = Rekeying(doc, key, rekeying_copy(doc.path))
    try:
        _prepare(job, progress)
    except BaseException:
        job.abandon()
        raise
    return job


def _prepare(job: Rekeying, progress: Progress) -> None:
    doc = job.doc
    doc.pages_checked()  # a file whose pages are still being checked is copied only once they passed
    _remove(job.copy)
    try:
        if doc._wal:  # the copy and the file must not leave a write-ahead log of the old file behind
            doc._begin_writing()
            doc.conn.execute("ROLLBACK")
        job.guard = connect(doc.path, passphrase=doc.key, readonly=False)
        job.guard.execute("BEGIN IMMEDIATE")  # no change slips in between the copy and the rename
    except SqlError as error:
        raise from_sql(error, doc.path.name) from None
    progress(
        10, "Writing the file under its new key..." if job.key else "Writing the file without encryption..."
    )
    _copy(doc.path, doc.key, job.copy, job.key, name=doc.path.name)
    progress(40, "Checking the copy...")
    _check(job.guard, job.copy, job.key, name=doc.path.name)
    document_id = doc.document_id
    if document_id is None:
        return
    folder = snapshots._folder(document_id, make=False)
    if not folder.is_dir():
        return
    try:
        job.held.enter_context(snapshots._writing(folder))
    except OSError as error:
        raise from_os(error, str(folder)) from None
    job.folder = folder
    found = snapshots._listed(folder)
    for number, snapshot in enumerate(found):
        progress(50 + 45 * number // max(len(found), 1), f"Snapshot {number + 1} of {len(found)}...")
        if not _opens(snapshot.path, doc.key):
            continue  # another copy's, under its own passphrase: not this file's to change
        writing = snapshot.path.with_name(snapshot.path.name + snapshots.REKEYING)
        job.snapshots.append(snapshot.path.name)
        _copy(snapshot.path, doc.key, writing, job.key, name=snapshot.path.name)
        snapshots.verify(writing, job.key, values=False)
        os.replace(writing, snapshot.path.with_name(snapshot.path.name + snapshots.REKEYED))
    progress(98, "Replacing the file...")


def _copy(source: Path, key: Key | None, target: Path, new: Key | None, *, name: str) -> None:
    """``source`` written whole to ``target`` under the key ``new`` (with its salt), or plain."""
    _remove(target)
    try:
        conn = connect(source, passphrase=key, readonly=False)
    except DocumentError:
        raise
    try:
        conn.execute(
            "ATTACH DATABASE ? AS rekeyed KEY ?", [str(target), new.pragma(with_salt=True) if new else ""]
        )
        try:
            conn.execute("PRAGMA rekeyed.synchronous = FULL")
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            for pragma in ("user_version", "application_id"):  # not copied by sqlcipher_export
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA rekeyed.{pragma} = {value}")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())
    except SqlError as error:
        raise from_sql(error, name) from None
    except OSError as error:
        raise from_os(error, str(target)) from None
    finally:
        conn.close()


def _check(source: sqlcipher3.Connection, copy: Path, key: Key | None, *, name: str) -> None:
    """The copy opens with its key, its pages are whole, and it holds every row of the file."""
    snapshots.verify(copy, key, values=False)
    conn = connect(copy, passphrase=key, readonly=True)
    try:
        tables = [row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            here = source.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            there = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            if here != there:
                raise DocumentError(
                    translate(
                        "FileErrors",
                        "The copy of {name} under its new key did not come out whole ({table});"
                        " {name} was not changed. Try again, or check the disk.",
                    ).format(name=name, table=table)
                )
    except SqlError as error:
        raise from_sql(error, copy.name) from None
    finally:
        conn.close()


def _opens(path: Path, key: Key | None) -> bool:
    """Whether the file at ``path`` opens with ``key`` (None: whether it is plain SQLite)."""
    try:
        conn = connect(path, passphrase=key, readonly=True)
    except (DocumentError, OSError):
        return False
    conn.close()
    return True


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows commits renames itself)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
