"""Rotating, verified snapshots of a document in the user's data folder.

Each document has its own folder, named by its id (a UUID, checked before it names a folder; a
copy saved from rmdesk gets a new id, so copies never share snapshots). A snapshot is written
beside its final name, checked (integrity, application id, the contract) and only then renamed
into place, with a record beside it (``NAME.json``) of the path it was taken from; the oldest
beyond ``KEEP`` are removed afterwards, so a bad copy never replaces a good one. One process at a
time writes into a folder (an OS-locked ``.lock`` file there), so partial copies a killed process
left behind are removed at the next snapshot.

Snapshots of a file are those with its id; a file too damaged to tell its id is offered those
taken from its own path. A file copied outside rmdesk keeps its id: its snapshots and those of
the original share a folder, and each says where it was taken.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.domain.i18n import translate
from rmdesk.store import contract
from rmdesk.store.errors import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    DamagedFile,
    DocumentError,
    DocumentInUse,
    NewerFormat,
    NotAnRmdeskFile,
    PassphraseNeeded,
    SnapshotFailed,
    damaged,
    from_os,
    reason_of,
    sql_code,
)
from rmdesk.store.keys import Secret, head_of
from rmdesk.store.lock import DocumentLock, real_path
from rmdesk.store.paths import snapshots_dir
from rmdesk.store.schema import APPLICATION_ID

if TYPE_CHECKING:
    from rmdesk.store.document import Document

KEEP = 10
NAME = "snapshot"  # every snapshot's name starts so: the folder names the document, by its id, not its name
SEPARATOR = "__"
BEFORE_RESTORE = "before-restore"  # the name's last part for the copy a restore replaced
RECORD = ".json"  # beside each snapshot: where it was taken from
FOLDER_LOCK = ".lock"
# While a document's key changes (rmdesk.store.rekey), each snapshot's copy under the new key is
# written as NAME.rekeying, then kept as NAME.rekeyed once checked; the marker lists them.
REKEYING, REKEYED, REKEY_MARKER = ".rekeying", ".rekeyed", ".rekey.json"
WAIT_FOR_FOLDER = 30.0  # seconds another process may take to finish its snapshot of the same document


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken: dt.datetime
    source: str = ""  # the path of the file it was taken from ("" when not recorded)
    elsewhere: str = ""  # ``source``, when it is not the file the snapshots were listed for

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


def _folder(document_id: str, *, make: bool = True) -> Path:
    """The folder of one document's snapshots; an id that is not a UUID never names a folder."""
    if not contract.valid_id(document_id):
        raise DamagedFile(
            translate("FileErrors", "The document id {document_id!r} is not valid.").format(
                document_id=document_id[:40]
            )
        )
    folder = snapshots_dir() / document_id
    if make:
        folder.mkdir(exist_ok=True)
    return folder


def _record(snapshot: Path) -> Path:
    return snapshot.with_suffix(RECORD)


def _source(snapshot: Path) -> str:
    try:
        found = json.loads(_record(snapshot).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    source = found.get("source") if isinstance(found, dict) else None
    return source if isinstance(source, str) else ""


def _parse(path: Path) -> Snapshot | None:
    parts = path.stem.split(SEPARATOR)
    if len(parts) < 3:
        return None
    taken = _taken(parts[-2])
    return Snapshot(path, taken, _source(path)) if taken else None


_STAMP = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})-([0-9]{2})([0-9]{2})([0-9]{2})-([0-9]{1,6})")


def _taken(stamp: str) -> dt.datetime | None:
    """When a snapshot named with ``%Y%m%d-%H%M%S-%f`` was taken (read without ``strptime``, whose
    first call costs tens of milliseconds at every start), or None for another name."""
    found = _STAMP.fullmatch(stamp)
    if found is None:
        return None
    year, month, day, hour, minute, second, fraction = found.groups()
    try:
        return dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), int(fraction.ljust(6, "0"))
        )
    except ValueError:
        return None


def _listed(folder: Path) -> list[Snapshot]:
    try:
        names = list(folder.glob("*.rmdesk"))
    except OSError:
        return []
    found = [_parse(p) for p in names]
    return sorted((s for s in found if s), key=lambda s: s.taken, reverse=True)


def _write_record(snapshot: Path, source: Path) -> None:
    record = _record(snapshot)
    partial = record.with_name(record.name + ".partial")
    partial.write_text(json.dumps({"source": str(real_path(source))}), encoding="utf-8")
    os.replace(partial, record)


def _remove(path: Path) -> None:
    beside = [path.with_name(path.name + side) for side in ("-journal", "-wal")]
    for leftover in (path, *beside, _record(path)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

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


@contextlib.contextmanager
def _writing(folder: Path) -> Iterator[None]:
    """Hold the folder for one writer (the OS frees it if the process dies), then clear what a
    killed writer left: partial copies and records without their snapshot."""
    fd = os.open(folder / FOLDER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        waited = time.monotonic() + WAIT_FOR_FOLDER
        while not _try_lock(fd):
            if time.monotonic() > waited:
                raise DocumentInUse("another rmdesk is writing a snapshot of this document")
            time.sleep(0.05)
        finish_rekeying(folder)
        for leftover in folder.iterdir():
            name = leftover.name
            partial = ".partial" in name
            orphan = name.endswith(RECORD) and not leftover.with_suffix(".rmdesk").exists()
            if partial or orphan:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        yield
    finally:
        os.close(fd)


def mark_rekeying(folder: Path, document: Path, head: bytes, names: list[str]) -> None:
    """Note, before the document is replaced by its copy under a new key, which snapshots follow
    it and how the document starts once replaced (durably: a crash right after must find it)."""
    marker = folder / REKEY_MARKER
    partial = marker.with_name(marker.name + ".partial")
    text = json.dumps({"document": str(real_path(document)), "head": head.hex(), "snapshots": names})
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, marker)


def finish_rekeying(folder: Path) -> None:
    """Finish, or take back, a change of key that a killed process left halfway (the folder is held).

    The marker is written once every snapshot's copy under the new key is checked, just before the
    document is replaced by its own copy. If the document now starts as the marker says (its new
    salt, or SQLite's own words once decrypted), the change happened: each copy takes its
    snapshot's place, and a listed snapshot left without one is removed, so no copy under the old
    key stays. Otherwise the change never happened and the copies go.
    """
    marker = folder / REKEY_MARKER
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        document, head = Path(plan["document"]), bytes.fromhex(plan["head"])
        names = [str(name) for name in plan["snapshots"] if "/" not in str(name) and "\\" not in str(name)]
    except FileNotFoundError:
        plan = None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        plan = None
    if plan is not None and head and head_of(document) == head:
        for name in names:
            snapshot = folder / name
            copy = snapshot.with_name(name + REKEYED)
            with contextlib.suppress(OSError):
                if copy.exists():
                    os.replace(copy, snapshot)
                    snapshot.with_name(name + "-journal").unlink(missing_ok=True)
                elif snapshot.exists() and head_of(snapshot) != head:
                    _remove(snapshot)
    for leftover in folder.iterdir():
        if leftover.name.endswith((REKEYING, REKEYED, REKEYING + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    with contextlib.suppress(OSError):
        marker.unlink(missing_ok=True)


def verify(path: Path, passphrase: Secret, *, values: bool = True) -> None:
    """Raise :class:`DamagedFile` unless ``path`` is a whole, healthy rmdesk file.

    ``values=False`` leaves out the contract: a fresh copy of a document that passed it holds
    the same rows, so only its pages need checking."""
    from rmdesk.store import header
    from rmdesk.store.document import SqlError, connect

    try:
        head = header.read_header(path, passphrase=bool(passphrase))
        conn = connect(path, passphrase=passphrase, readonly=True, wal=head.wal)
    except (DamagedFile, PassphraseNeeded):
        raise
    except DocumentError as error:
        raise DamagedFile(str(error)) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if values and app_id == APPLICATION_ID and result == "ok":
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = (contract.problems(conn, version) or ["ok"])[0]
    except SqlError as error:
        raise damaged(path.name, str(error)) from None
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise NotAnRmdeskFile(translate("FileErrors", "{name} is not an rmdesk file.").format(name=path.name))
    if result != "ok":
        raise damaged(path.name, result)


def take(doc: Document, *, force: bool = False) -> Snapshot | None:
    """Snapshot ``doc`` unless the newest snapshot already holds this very file state.

    Raises :class:`SnapshotFailed` (the document is fine, the copy could not be made: a full
    disk, a folder that cannot be written) or :class:`DamagedFile` (reading the document failed).
    """
    from rmdesk.store.document import SqlError

    document_id = doc.meta("document_id") or ""
    if not contract.valid_id(document_id):
        raise damaged(doc.path.name, f"its document id {document_id[:40]!r} is not valid")
    name = doc.path.name
    try:
        folder = _folder(document_id)
        with _writing(folder):
            fingerprint = _fingerprint(doc.path)
            existing = _listed(folder)
            source = str(real_path(doc.path))
            newest = next((s for s in existing if s.source in ("", source)), None)
            if not force and newest and newest.path.stem.endswith(SEPARATOR + fingerprint):
                return None
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            final = folder / f"{NAME}{SEPARATOR}{stamp}{SEPARATOR}{fingerprint}.rmdesk"
            partial = final.with_suffix(".partial")
            try:
                doc.copy_into(partial)
                verify(partial, doc.passphrase, values=False)
                _write_record(final, doc.path)
                os.replace(partial, final)
            except BaseException:
                _remove(partial)
                _record(final).unlink(missing_ok=True)
                raise
            for old in _listed(folder)[KEEP:]:
                _remove(old.path)
            return _parse(final)
    except SqlError as error:
        if sql_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):  # reading the document failed
            raise damaged(name, str(error)) from None
        raise _failed(name, error) from None
    except DamagedFile as error:
        # The copy holds the document's own pages for its indexes: is it the document that is
        # damaged (what quick_check on opening cannot see), or the copy, written to a bad disk?
        try:
            found = doc.conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        except SqlError as reading:
            found = str(reading)
        if found != "ok":
            raise damaged(name, found) from None
        raise _failed(name, error, "the copy failed its check") from None
    except (OSError, DocumentError) as error:
        raise _failed(name, error) from None


def _failed(name: str, error: BaseException, reason: str = "") -> SnapshotFailed:
    reason = reason or reason_of(error)
    try:
        where = str(snapshots_dir())
    except OSError:
        where = "the rmdesk data folder"
    if reason == "the disk is full":
        text = f"No snapshot of {name} could be taken: the disk holding {where} is full. "
        return SnapshotFailed(text + f"Free some space there; {name} itself is fine.", reason)
    text = f"No snapshot of {name} could be taken ({reason}). "
    return SnapshotFailed(text + f"Check the folder {where}; {name} itself is fine.", reason)


def describe(snapshot: Snapshot | Path, passphrase: Secret = None) -> Contents:
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
    except (DamagedFile, SqlError):
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


def document_id(path: Path, passphrase: Secret = None) -> str | None:
    """The id of the file at ``path`` if it can be read at all (however odd the rest), else None."""
    from rmdesk.store import header
    from rmdesk.store.document import SqlError, connect

    try:
        head = header.read_header(path, passphrase=bool(passphrase))
        conn = connect(path, passphrase=passphrase, readonly=True, wal=head.wal)
    except (DocumentError, OSError):
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'document_id'").fetchone()
    except SqlError:
        return None
    finally:
        conn.close()
    return row[0] if row and contract.valid_id(row[0]) else None


def for_document(path: Path, passphrase: Secret = None) -> list[Snapshot]:
    """Snapshots of the file at ``path``, newest first: those with its id, or, when the file is
    too damaged to tell it, those taken from this very path. One taken from another path (a copy
    made outside rmdesk shares the id) says where in :attr:`Snapshot.elsewhere`."""
    here = str(real_path(path))
    found_id = document_id(path, passphrase)
    try:
        if found_id:
            found = _listed(_folder(found_id, make=False))
        else:
            folders = [f for f in snapshots_dir().iterdir() if f.is_dir() and contract.valid_id(f.name)]
            found = [s for folder in folders for s in _listed(folder) if s.source == here]
    except OSError:
        return []
    marked = [dataclasses.replace(s, elsewhere=s.source if s.source not in ("", here) else "") for s in found]
    return sorted(marked, key=lambda s: s.taken, reverse=True)


def restore(
    path: Path,
    snapshot: Path,
    passphrase: Secret = None,
    *,
    before_replacing: Callable[[], None] | None = None,
) -> Path:
    """Replace the file at ``path`` with a verified snapshot; the current file is kept as a snapshot.

    ``before_replacing`` runs once the snapshot passed its checks and the file is held, before
    anything is written (the command says there what comes back)."""
    if real_path(snapshot) == real_path(path):
        raise DocumentError(
            translate(
                "FileErrors",
                "{name} cannot be restored from itself. Choose one of its snapshots: "
                "rmdesk backup {name} --list.",
            ).format(name=path.name)
        )
    verify(snapshot, passphrase)
    snapshot_id = document_id(snapshot, passphrase)
    if snapshot_id is None:
        raise damaged(snapshot.name, "it has no valid document id")
    lock = DocumentLock(path)
    lock.acquire()
    incoming = path.with_name(f".{path.name}.restoring")
    try:
        if before_replacing:
            before_replacing()
        folder = _folder(snapshot_id)  # where the restored file's snapshots are listed from now on
        with _writing(folder):
            if path.exists():
                _keep(path, folder)
            shutil.copyfile(snapshot, incoming)
            # Erasures recorded since (in the file replaced, or the data folder) apply to it too.
            from rmdesk.store.erasure import bring_forward

            parsed = _parse(snapshot)
            taken = parsed.label if parsed else snapshot.name
            bring_forward(
                path, incoming, passphrase, f"Restored the snapshot of {taken}; the replaced version was kept"
            )
            with incoming.open("rb+") as handle:
                os.fsync(handle.fileno())
            for stale in ("-journal", "-wal", "-shm"):  # never replayed onto the restored file
                path.with_name(path.name + stale).unlink(missing_ok=True)
            os.replace(incoming, path)
    except OSError as error:
        raise from_os(error, str(path)) from None
    finally:
        incoming.unlink(missing_ok=True)
        lock.release()
    return path


def _keep(path: Path, folder: Path) -> None:
    """A copy of the file a restore replaces (with the journal or log a crash left), as a snapshot."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    keep = folder / f"{NAME}{SEPARATOR}{stamp}{SEPARATOR}{BEFORE_RESTORE}.rmdesk"
    partial = keep.with_suffix(".partial")
    try:
        shutil.copyfile(path, partial)
        for side in ("-journal", "-wal"):
            beside = path.with_name(path.name + side)
            if beside.exists():
                shutil.copyfile(beside, keep.with_name(keep.name + side))
        _write_record(keep, path)
        os.replace(partial, keep)
    except BaseException:
        _remove(partial)
        raise
