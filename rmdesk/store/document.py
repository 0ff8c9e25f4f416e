"""The open .rmdesk document: one SQLite file, one editor, one transaction per action.

Every write goes through :meth:`Document.action`, which commits at once (no
"Save" needed) and records each row's before/after image in the change log.
Undo and redo replay those images, so they work the same from the GUI, the
CLI, and after the file is closed and reopened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import itertools
import json
import operator
import os
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3

from rmdesk import __version__
from rmdesk.domain.entities import (
    BY_TABLE,
    COUNTED,
    Enrolment,
    Entity,
    Evaluation,
    Organisation,
    Participant,
    Program,
)
from rmdesk.domain.i18n import translate
from rmdesk.domain.org_chart import describe_loop, manager_loop
from rmdesk.domain.templates import Questionnaire
from rmdesk.domain.validation import (
    Problem,
    ValidationError,
    check_contract,
    check_evaluation,
    problems_of,
)
from rmdesk.domain.words import plural
from rmdesk.store import contract, verified
from rmdesk.store import header as file_header
from rmdesk.store.codec import (
    Row,
    encoder,
    from_row,
    from_rows,
    holds_bytes,
    made_at_once,
    row_values,
    to_row,
)
from rmdesk.store.errors import (
    DamagedFile,
    DocumentError,
    NotAnRmdeskFile,
    NothingToUndo,
    PassphraseNeeded,
    SnapshotFailed,
    damaged,
    from_os,
    from_sql,
)
from rmdesk.store.keys import PAGE_SIZE, Key, Secret
from rmdesk.store.lock import DocumentLock, real_path
from rmdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrations
from rmdesk.store.verified import State

if TYPE_CHECKING:
    from sqlite_utils import Database

E = TypeVar("E", bound=Entity)
SqlError = sqlcipher3.DatabaseError

CHECK_APART_FROM = 8 << 20  # bytes: files this large are checked on several connections at once

# Deleting a row deletes the rows that cannot live without it, each logged for undo.
CASCADE: dict[str, list[tuple[str, str]]] = {
    "programs": [("enrolments", "program_id"), ("pairs", "program_id")],
    "participants": [
        ("enrolments", "participant_id"),
        ("pairs", "mentor_id"),
        ("pairs", "mentee_id"),
        ("exclusions", "first_id"),
        ("exclusions", "second_id"),
    ],
    "pairs": [("goals", "pair_id"), ("meetings", "pair_id"), ("evaluations", "pair_id")],
}
# ...and clears references that may simply become empty.
NULLIFY: dict[str, list[tuple[str, str]]] = {"participants": [("participants", "manager_id")]}


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


_quiet = False


def _silence_sqlcipher() -> None:
    """SQLCipher logs a wrong passphrase to stderr (process-wide); rmdesk says it in one sentence."""
    global _quiet
    if not _quiet:
        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.close()
        _quiet = True


def check_passphrase(passphrase: Secret) -> None:
    if isinstance(passphrase, str) and "\x00" in passphrase:
        raise PassphraseNeeded(
            translate("FileErrors", "A passphrase cannot contain a NUL character. Type it again.")
        )


def key_of(path: Path, passphrase: Secret) -> Key | None:
    """The key that opens ``path``: derived from a passphrase (slow), or the key given as it is."""
    if isinstance(passphrase, Key):
        return passphrase
    check_passphrase(passphrase)
    return Key.for_file(passphrase, path) if passphrase else None


def connect(path: Path, *, passphrase: Secret, readonly: bool, wal: bool = False) -> sqlcipher3.Connection:
    """A connection with rmdesk's pragmas: rollback journal, full sync, keys, no temp files.

    ``passphrase`` is what opens an encrypted file: a derived :class:`Key` (instant; a new, empty
    file starts with its salt), or a passphrase, from which the key is derived first (slow).
    A file in write-ahead-log mode (``wal``) is read through a writable connection that refuses
    to write (``query_only``): a read-only one would leave its -wal and -shm files behind.
    """
    _silence_sqlcipher()
    key = key_of(path, passphrase)
    query_only = readonly and wal and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    mode = "ro" if readonly and not query_only else "rw"
    uri = path.resolve().as_uri() + f"?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except SqlError as error:
        raise from_sql(error, path.name) from None
    try:
        if key is not None:
            new_file = not path.exists() or path.stat().st_size == 0
            conn.execute(f'PRAGMA key = "{key.pragma(with_salt=new_file)}"')
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        if query_only:
            conn.execute("PRAGMA query_only = ON")
        if not readonly:
            conn.execute("PRAGMA synchronous = FULL")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # changed at the first write
                conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except SqlError as error:
        text = str(error)
        unreadable = "not a database" in text or "encrypted" in text
        wrong_key = key is not None and unreadable and _no_page_opens(conn, path)
        conn.close()
        if readonly and "readonly" in text and os.access(path, os.W_OK):
            # A crash left a journal that only a writer may roll back: let SQLite do that first.
            connect(path, passphrase=key, readonly=False).close()
            return connect(path, passphrase=key, readonly=True, wal=wal)
        if unreadable:
            if key is None:
                raise NotAnRmdeskFile(
                    translate("FileErrors", "{name} is not an rmdesk file.").format(name=path.name)
                ) from None
            if wrong_key:
                raise PassphraseNeeded(
                    translate("FileErrors", "The passphrase for {name} is wrong.").format(name=path.name)
                ) from None
        raise from_sql(error, path.name) from None
    return conn


def flush(path: Path) -> None:
    """Make sure the file at ``path`` is on the disk (a draft, before it is renamed)."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _no_page_opens(conn: sqlcipher3.Connection, path: Path) -> bool:
    """Whether no page of an encrypted file passes its check with this key: a wrong passphrase.

    SQLCipher checks each page (HMAC) as it reads it, and cannot tell a wrong key from a damaged
    first page. A damaged file has pages that do pass; with a wrong key none does.
    """
    try:
        failed = sum(1 for _ in conn.execute("PRAGMA cipher_integrity_check"))
        pages = -(-path.stat().st_size // PAGE_SIZE)
    except (SqlError, OSError):
        return True
    return failed >= pages


class Document:
    """An open rmdesk file. Create with :meth:`create` or :meth:`open`; close when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        *,
        readonly: bool,
        lock: DocumentLock | None,
        key: Key | None,
        wal: bool = False,
    ):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self.key = key  # the derived key of an encrypted file (never the passphrase), or None
        self._owns_key = True  # a twin borrows its document's key and leaves it alone on closing
        self._locked = False  # the connection is closed and the key wiped until :meth:`unlock`
        self._locked_state: State | None = None  # the file as it was when it was locked
        self.snapshot_problem: str | None = None  # why no snapshot was taken on opening, if none was
        self._lock = lock
        self._wal = wal  # in write-ahead-log mode until the first write turns it back
        self._checked: tuple[State | None, int] | None = None  # state checked on opening, data_version
        self._pages: PageCheck | None = None  # the page check opening left for later, if any
        self._action: int | None = None
        self._action_changed = False
        self._revision: dict[str, int] = {}  # writes per table since opening, for cached reads
        self._cache: dict[str, tuple[int, list[Any]]] = {}
        self._column_names: dict[str, list[str]] = {}

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over this file, loaded at the first write (it is slow to import)."""
        from sqlite_utils import Database

        return Database(self.conn)

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        organisation: str = "",
        passphrase: str | None = None,
        language: str = "en",
        draft: bool = False,
    ) -> Document:
        """A new, empty document (its reports in ``language``). Refuses to overwrite an existing file.

        ``draft``: a file made under a name nobody opens and renamed by the caller once it is whole
        (the demo). Each action is still one transaction with its rollback journal and its undo
        step, but is not flushed to the disk as it ends (``synchronous = OFF``): the caller flushes
        the finished file once (:func:`flush`) before renaming it; a crash leaves only the draft.
        """
        path = Path(path)
        check_passphrase(passphrase)
        key = Key.fresh(passphrase) if passphrase else None  # derived once: every connection reuses it
        if path.exists():
            raise DocumentError(
                translate(
                    "FileErrors", "{path} already exists. Choose another name or delete it first."
                ).format(path=path)
            )
        lock = DocumentLock(path)
        lock.acquire()
        partial = path.with_name(f".{path.name}.new")
        try:
            partial.unlink(missing_ok=True)
            partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
            partial.touch()
            conn = connect(partial, passphrase=key, readonly=False)
            if draft:
                conn.execute("PRAGMA synchronous = OFF")
            try:
                from sqlite_utils import Database

                db = Database(conn)
                migrations().apply(db)
                with db.atomic():
                    meta = {
                        "document_id": str(uuid.uuid4()),
                        "created_at": now(),
                        "created_by": f"rmdesk {__version__}",
                    }
                    db.table("meta").insert_all([{"key": k, "value": v} for k, v in meta.items()])
                    db.table("organisation").insert(
                        to_row(Organisation(name=organisation, language=language, updated_at=now()))
                    )
            finally:
                conn.close()
            if path.exists():
                raise DocumentError(
                    translate(
                        "FileErrors", "{path} already exists. Choose another name or delete it first."
                    ).format(path=path)
                )
            os.replace(partial, path)
            lock.hold_document()
            conn = connect(path, passphrase=key, readonly=False)
            if draft:
                conn.execute("PRAGMA synchronous = OFF")
        except BaseException as error:
            partial.unlink(missing_ok=True)
            partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
            lock.release()
            if isinstance(error, SqlError):
                raise from_sql(error, path.name) from None
            if isinstance(error, OSError):
                raise from_os(error, str(path)) from None
            raise
        doc = cls(path, conn, readonly=False, lock=lock, key=key)
        doc._checked = (None, doc._data_version())  # made here, so it keeps the contract
        return doc

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        passphrase: Secret = None,
        readonly: bool = False,
        snapshot: bool = True,
        pages_later: bool = False,
    ) -> Document:
        """Open an existing document, refusing anything that is not a healthy rmdesk file.

        A refused file is never written to. Every open checks the file's tables and values against
        the contract (:mod:`rmdesk.store.contract`; skipped when the file is unchanged since it last
        passed); an editable one also takes the lock, checks every page (``quick_check``), migrates
        an older file (after a snapshot) and takes a rotating snapshot. A snapshot that cannot be
        taken does not stop the file opening: :attr:`snapshot_problem` says why.

        With ``pages_later`` (the window, so that it shows the file sooner) the check of every page
        of a plain file known to keep the contract is left for later: :meth:`when_pages_checked`
        runs it on a thread of its own, and every write first waits for it (or runs it) and is
        refused if it found a problem (:meth:`pages_checked`).
        """
        path = Path(path)
        passphrase = passphrase or None
        check_passphrase(passphrase)
        head = file_header.read_header(path, passphrase=passphrase is not None)
        key = key_of(path, passphrase)  # derived here, once: twins, snapshots and copies reuse it
        if not readonly and not os.access(path, os.W_OK):
            raise DocumentError(
                translate(
                    "FileErrors",
                    "{name} is read-only for you (file permissions). Ask its owner for "
                    "write access, or copy it and open the copy.",
                ).format(name=path.name)
            )
        lock = None if readonly else DocumentLock(path)
        if lock:
            lock.acquire()
        conn = None
        try:
            if lock:
                _remove_rekeyed(path)  # a copy a re-keying stopped by a crash left beside the file
            conn = connect(path, passphrase=key, readonly=readonly, wal=head.wal)
            wal = not readonly and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            doc = cls(path, conn, readonly=readonly, lock=lock, key=key, wal=wal)
            doc._owns_key = not isinstance(passphrase, Key)  # a key handed in stays its owner's
            doc._verify(head.state, pages_later=pages_later)
            if not readonly:
                doc._snapshot_on_opening(force=doc.schema_version < SCHEMA_VERSION, wanted=snapshot)
            return doc
        except BaseException as error:
            if conn is not None:
                conn.close()
            if lock:
                lock.release()
            if isinstance(error, SqlError):
                raise from_sql(error, path.name) from None
            raise

    def _verify(self, state: State | None, *, pages_later: bool = False) -> None:
        """Refuse a file rmdesk cannot trust: another program's, a newer format, broken values or
        (to write) broken pages; with ``pages_later``, the pages of a plain file known to keep the
        contract are checked on a thread of their own, and writes wait for it."""
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAnRmdeskFile(
                translate("FileErrors", "{name} is not an rmdesk file.").format(name=self.path.name)
            )
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise file_header.NewerFormat(
                translate(
                    "FileErrors",
                    "{name} was saved by a newer rmdesk (file format {version}). Install "
                    "the latest rmdesk to open it.",
                ).format(name=self.path.name, version=version)
            )
        known = verified.known(state)
        tables, shape = ({}, []) if known else contract.present(self.conn, version)
        if shape:
            raise damaged(self.path.name, shape[0])
        jobs: list[Callable[[sqlcipher3.Connection], list[str]]] = []
        # SQLCipher checks each page of an encrypted file (HMAC) whenever it reads it, so a damaged
        # page never reaches a write; one unchanged since it passed every check needs no full scan.
        # A plain file already known to keep the contract, in this rmdesk's format (so opening
        # writes nothing), may have its pages checked once it is shown: nothing writes before.
        later = pages_later and known and self.key is None and version == SCHEMA_VERSION
        if not self.readonly and not (known and self.key is not None) and not later:
            jobs.append(_page_problems)
        if not known:
            jobs += [
                functools.partial(contract.value_problems, version=version, tables=part)
                for part in contract.split(tables)
            ]
        if found := self._run_checks(jobs):
            raise damaged(self.path.name, found[0])
        verified.remember(state)
        self._checked = (state, self._data_version())
        if later and not self.readonly:
            self._pages = PageCheck(self.path, self._wal)

    def pages_checked(self) -> None:
        """Wait for the check of every page that opening left for later (``pages_later``), or run
        it now if it has not started; raise :class:`DamagedFile` when it found a problem. Every
        write asks this first."""
        pending = self._pages
        if pending is None:
            return
        try:
            found = pending.result()
        except SqlError as error:
            raise from_sql(error, self.path.name) from None
        if found:
            raise damaged(self.path.name, found[0])
        self._pages = None

    def _pages_passed(self) -> bool:
        try:
            self.pages_checked()
        except DocumentError:
            return False
        return True

    def when_pages_checked(self, call: Callable[[], object]) -> None:
        """Start the page check opening left for later on a thread of its own, and call ``call``
        once it is over (on that thread), or now when there is none; :meth:`pages_checked` then
        tells how it went."""
        pending = self._pages
        if pending is None:
            call()
            return
        pending.add_done_callback(call)
        pending.start()

    def _run_checks(self, jobs: list[Callable[[sqlcipher3.Connection], list[str]]]) -> list[str]:
        """The problems each check finds, in order.

        On a large file the checks after the first run at the same time, each on a connection of
        its own (SQLite lets go of Python's lock while it reads; an encrypted file's connections
        reuse its derived key). A small file is checked faster than a connection opens.
        """
        try:
            small = self.path.stat().st_size < CHECK_APART_FROM
        except OSError:
            small = True
        if len(jobs) <= 1 or small:
            return [problem for job in jobs for problem in job(self.conn)]

        def on_own_connection(job: Callable[[sqlcipher3.Connection], list[str]]) -> list[str]:
            conn = connect(self.path, passphrase=self.key, readonly=True, wal=self._wal)
            try:
                return job(conn)
            finally:
                conn.close()

        with ThreadPoolExecutor(max_workers=len(jobs) - 1, thread_name_prefix="rmdesk check") as pool:
            later = [pool.submit(on_own_connection, job) for job in jobs[1:]]
            found = jobs[0](self.conn)
            for running in later:
                found += running.result()
        return found

    def _data_version(self) -> int:
        """Changes by other connections to the file since this one opened (PRAGMA data_version)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def _snapshot_on_opening(self, *, force: bool, wanted: bool) -> None:
        from rmdesk.store import snapshots

        if not (force or wanted):
            return
        try:
            snapshots.take(self, force=force)
        except SnapshotFailed as error:
            if force:  # an older file is upgraded only with a copy of it as it was
                raise DocumentError(
                    translate(
                        "FileErrors",
                        "{name} must be upgraded to this rmdesk's format, and no snapshot could"
                        " be taken first ({reason}). Free some space in the rmdesk data folder,"
                        " then open it again.",
                    ).format(name=self.path.name, reason=error.reason)
                ) from None
            self.snapshot_problem = str(error)
        if force:
            migrations().apply(self.db)

    def twin(self, *, readonly: bool) -> Document:
        """Another connection to this open file, for work on another thread. It takes no lock:
        this document already holds the file for its one editor, and checked it on opening."""
        conn = connect(self.path, passphrase=self.key, readonly=readonly, wal=self._wal)
        twin = Document(self.path, conn, readonly=readonly, lock=None, key=self.key, wal=self._wal)
        twin._owns_key = False
        twin._pages = self._pages  # a write through the twin waits for the same page check
        return twin

    def forget_reads(self) -> None:
        """Another connection wrote to the file: read every table afresh."""
        self._revision = {table: count + 1 for table, count in self._revision.items()}
        self._cache.clear()

    # ------------------------------------------------------------ keys

    @property
    def passphrase(self) -> Key | None:
        """What opens more connections to this file: its derived key (the passphrase is not kept)."""
        return self.key

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def locked(self) -> bool:
        return self._locked

    def lock_away(self) -> None:
        """Close the connection and wipe the key and every row read, still holding the file for
        this editor (the window's auto-lock). :meth:`unlock` with the passphrase goes on."""
        if self._locked:
            return
        if self.key is None:
            raise DocumentError(
                translate("FileErrors", "{name} is not encrypted, so it cannot be locked.").format(
                    name=self.path.name
                )
            )
        self._close_connection()
        self.__dict__.pop("db", None)
        self.forget_reads()
        self._locked_state = verified.read_state(self.path)
        self._locked = True
        if self._owns_key:
            self.key.forget()

    def unlock(self, passphrase: str) -> None:
        """Go on after :meth:`lock_away`; a wrong passphrase raises :class:`PassphraseNeeded`.

        The file was held all along, so only another program can have changed it: then it is
        checked again as on opening."""
        if not self._locked:
            return
        if not passphrase:
            raise PassphraseNeeded(
                translate("FileErrors", "{name} is locked. Enter its passphrase to go on.").format(
                    name=self.path.name
                )
            )
        key = key_of(self.path, passphrase)
        conn = connect(self.path, passphrase=key, readonly=self.readonly, wal=self._wal)
        state = verified.read_state(self.path)
        self.conn, self.key, self._locked = conn, key, False
        self.forget_reads()
        if state == self._locked_state and self._checked is not None:
            self._checked = (state, self._data_version())
            return
        try:
            self._verify(state)
        except BaseException:
            conn.close()
            self._locked = True
            raise

    def _switch_to(self, key: Key | None) -> None:
        """Go on with the file now at this path, a re-keyed copy of the one this document had
        open (see :mod:`rmdesk.store.rekey`): same rows, same editor, ``key`` (or none)."""
        conn = connect(self.path, passphrase=key, readonly=self.readonly)
        if self._owns_key and self.key is not None and self.key is not key:
            self.key.forget()
        self.conn, self.key, self._wal = conn, key, False
        self.__dict__.pop("db", None)
        self.forget_reads()
        if self._lock:
            self._lock.moved()  # the file's own lock belongs to the file the name now gives
        state = verified.read_state(self.path)
        if self._checked is not None:  # the copy holds the rows that passed, and its pages were checked
            verified.remember(state)
            self._checked = (state, self._data_version())

    def _close_connection(self) -> None:
        """Close the connection. When only it wrote since the checks on opening (through checked
        writes), the file as it is now keeps the contract and need not be checked again next time."""
        trusted = False
        with contextlib.suppress(SqlError):
            trusted = (
                self._checked is not None
                and self._lock is not None
                and self._data_version() == self._checked[1]
                and not self.conn.in_transaction
                and self._pages_passed()  # one whose pages failed their check is not trusted next time
            )
        self.conn.close()
        if trusted:
            verified.remember(verified.read_state(self.path))

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def document_id(self) -> str | None:
        """The file's own id (a UUID; copies made by :meth:`save_copy` get a new one)."""
        found = self.meta("document_id")
        return found if contract.valid_id(found) else None

    def close(self) -> None:
        if self.conn is not None and not self._locked:
            self._close_connection()
        if self._owns_key and self.key is not None:
            self.key.forget()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def meta(self, key: str) -> str | None:
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = ? AND typeof(value) = 'text'", [key]
        ).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ writing

    @contextmanager
    def action(self, label: str) -> Iterator[None]:
        """One user action: one transaction, one undo step. Nested actions join the outer one."""
        if self._action is not None:
            yield
            return
        self._begin_writing()
        try:
            self.conn.execute("UPDATE actions SET state = 'discarded' WHERE state = 'undone'")
            cursor = self.conn.execute(
                "INSERT INTO actions (label, at, user) VALUES (?, ?, ?)", [label, now(), _user()]
            )
            self._action, self._action_changed = cursor.lastrowid, False
            yield
            if not self._action_changed:
                self.conn.execute("DELETE FROM actions WHERE id = ?", [self._action])
            self.conn.execute("COMMIT")
        except BaseException as error:
            self._roll_back()
            if isinstance(error, SqlError):
                raise from_sql(error, self.path.name) from None
            raise
        finally:
            self._action = None

    def _begin_writing(self) -> None:
        """Start a write transaction, in rollback-journal mode (a file in WAL mode is turned back
        at its first write, never just by opening it)."""
        if self.readonly:
            raise DocumentError(
                translate("FileErrors", "{name} is open read-only; changes cannot be saved.").format(
                    name=self.path.name
                )
            )
        self.pages_checked()  # nothing is written into a file before its pages passed their check
        try:
            if self._wal:
                self._wal = self.conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "wal"
            self.conn.execute("BEGIN IMMEDIATE")
        except SqlError as error:
            raise from_sql(error, self.path.name) from None

    def _roll_back(self) -> None:
        """Undo the open transaction, if SQLite has not already (it does after a full disk)."""
        if self.conn.in_transaction:
            with contextlib.suppress(SqlError):
                self.conn.execute("ROLLBACK")

    def _log(self, table: str, row_id: str, before: Row | None, after: Row | None) -> None:
        self.conn.execute(
            "INSERT INTO changes (action_id, tbl, row_id, before, after) VALUES (?, ?, ?, ?, ?)",
            [self._action, table, row_id, _image(before), _image(after)],
        )
        self._action_changed = True
        self._touched(table)

    def _touched(self, table: str) -> None:
        self._revision[table] = self._revision.get(table, 0) + 1

    def _check(self, entity: Entity, memo: dict[Any, Any] | None = None) -> None:
        """Refuse an entity that breaks a rule; ``memo`` keeps lookups across a batch of one kind."""
        memo = {} if memo is None else memo
        if isinstance(entity, Evaluation):  # answers follow the program's scale
            scale = memo.get(entity.pair_id)
            if scale is None:
                row = self.conn.execute(
                    "SELECT programs.settings FROM pairs JOIN programs ON programs.id = pairs.program_id "
                    "WHERE pairs.id = ?",
                    [entity.pair_id],
                ).fetchone()
                scale = memo[entity.pair_id] = Questionnaire.of(json.loads(row[0])).scale if row else 5
            problems = check_evaluation(entity, scale)
        else:
            problems = problems_of(entity)
        if isinstance(entity, Enrolment):
            person = memo.get((_PERSON, entity.participant_id)) or self.find(
                Participant, entity.participant_id
            )
            if entity.program_id not in memo:
                memo[entity.program_id] = self.find(Program, entity.program_id)
            program = memo[entity.program_id]
            if person and program:
                problems += check_contract(person, program)
        if isinstance(entity, Participant):
            staff = memo.get(_STAFF)
            if staff is None:
                staff = memo[_STAFF] = _Staff(self.conn)
            problems += self._person_problems(entity, staff)
        if problems:
            raise ValidationError(problems)

    def _person_problems(self, person: Participant, staff: _Staff | None = None) -> list[Problem]:
        """Rules about a person that need the rest of the file: unique employee numbers, no manager loops.

        ``staff`` is what the file holds, with the people a batch added before this one."""
        staff = _Staff(self.conn) if staff is None else staff
        out = []
        number = person.employee_no.strip()
        if number:
            holder = staff.holder(number, person.id)
            if holder is not None:
                message = f"Employee number {number} already belongs to {holder}."
                out.append(Problem("employee_no", message))
        if person.manager_id and person.manager_id != person.id:
            managers: dict[str, str | None] = {person.id: person.manager_id}
            boss: str | None = person.manager_id
            while boss and boss not in managers:
                managers[boss] = staff.manager_of(boss)
                boss = managers[boss]
            loop = manager_loop(person.id, person.manager_id, managers)
            if loop:
                names = staff.names(loop)
                names[person.id] = person.name
                out.append(Problem("manager_id", describe_loop(loop, names)))
        return out

    def add(self, entity: E) -> E:
        self._check(entity)
        with (
            self.action(translate("Actions", "Add {thing}").format(thing=translate("Noun", entity.label))),
            _plain_constraints(),
        ):
            entity.updated_at = now()
            row = to_row(entity)
            self.db.table(entity.table).insert(row)
            self._log(entity.table, entity.id, None, row)
        return entity

    def update(self, entity: E) -> E:
        self._check(entity)
        if isinstance(entity, Organisation) and self._row(entity.table, entity.id) is None:
            count = self.conn.execute("SELECT count(*) FROM organisation").fetchone()[0]
            if count == 0:  # the file lost its organisation row: this edit gives it one again
                return self.add(entity)
        with (
            self.action(translate("Actions", "Edit {thing}").format(thing=translate("Noun", entity.label))),
            _plain_constraints(),
        ):
            before = self._row(entity.table, entity.id)
            if before is None:
                raise DocumentError(
                    translate("FileErrors", "This {entity} no longer exists in the file.").format(
                        entity=translate("Noun", entity.label).lower()
                    )
                )
            entity.updated_at = now()
            after = to_row(entity)
            self._write(entity.table, after)
            self._log(entity.table, entity.id, before, after)
        return entity

    def add_many(self, entities: Sequence[E]) -> list[E]:
        """Add many rows of one kind with one statement (an import, a batch of records).

        Each row is checked and logged for undo exactly as :meth:`add` does; rows are
        written in the order given, so a manager can come before the people reporting to them.
        """
        if not entities:
            return []
        kind = type(entities[0])
        with (
            self.action(translate("Actions", "Add {thing}").format(thing=plural(len(entities), kind.label))),
            _plain_constraints(),
            made_at_once(),  # a row per entity, none in a cycle
        ):
            stamp = now()
            rows = []
            memo: dict[Any, Any] = {}
            if kind is Enrolment:  # the people's contract ends, read at once
                cursor = self.conn.execute(
                    "SELECT id, contract_end FROM participants WHERE id IN (SELECT value FROM json_each(?))",
                    [json.dumps([e.participant_id for e in entities])],  # type: ignore[attr-defined]
                )
                for person in from_rows(Participant, ["id", "contract_end"], cursor):
                    memo[_PERSON, person.id] = person
            if kind is Evaluation:  # each pair's program's answer scale, read at once
                self._scales([e.pair_id for e in entities], memo)  # type: ignore[attr-defined]
            staff = None
            if kind is Participant:  # the next person's checks see those added before them
                staff = memo[_STAFF] = _Staff(self.conn, [p.employee_no for p in entities])  # type: ignore[attr-defined]
            names, values_of = row_values(kind)
            for entity in entities:
                self._check(entity, memo)
                entity.updated_at = stamp
                rows.append(values_of(entity))
                if staff is not None:
                    staff.add(entity)  # type: ignore[arg-type]
            last = self.conn.execute(f"SELECT max(rowid) FROM {kind.table}").fetchone()[0] or 0
            self.conn.executemany(_insert(kind.table, list(names)), rows)
            self._log_added(kind, names, rows, last)
            self._action_changed = True
            self._touched(kind.table)
        return list(entities)

    def _scales(self, pair_ids: list[str], memo: dict[Any, Any]) -> None:
        """The answer scale of each pair's program into ``memo`` (as :meth:`_check` reads it one
        pair at a time), each program's settings read once."""
        scales: dict[str, int] = {}
        for pair_id, settings in self.conn.execute(
            "SELECT pairs.id, programs.settings FROM pairs JOIN programs ON programs.id = pairs.program_id "
            "WHERE pairs.id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(set(pair_ids)))],
        ):
            if settings not in scales:
                scales[settings] = Questionnaire.of(json.loads(settings)).scale
            memo[pair_id] = scales[settings]

    def _log_added(
        self, kind: type[Entity], names: Sequence[str], rows: list[tuple[Any, ...]], last: int
    ) -> None:
        """The change log of rows just added (no before image): the after image of each row as
        SQLite's ``json_object`` writes it from the row as stored, in the order they were added
        (the values :func:`_image` gives, without a JSON encoding in Python per row); bytes, which
        JSON cannot hold, are imaged in Python as ``{"hex": ...}``.

        ``last`` is the table's largest rowid before they were added: SQLite gives each new row
        the largest rowid so far plus one, so the rows after it are these (in this transaction,
        which no one else writes in), unless the largest rowid possible was reached."""
        at = names.index("id")
        if holds_bytes(kind):
            self.conn.executemany(
                "INSERT INTO changes (action_id, tbl, row_id, before, after) VALUES (?, ?, ?, ?, ?)",
                [
                    (self._action, kind.table, row[at], None, _image(dict(zip(names, row, strict=True))))
                    for row in rows
                ],
            )
            return
        image = ", ".join(f"'{n}', t.{n}" for n in names)
        logging = (
            "INSERT INTO changes (action_id, tbl, row_id, before, after) "
            f"SELECT ?, ?, t.id, NULL, json_object({image}) FROM "
        )
        if last < 2**62:  # rowids handed out in order: the new rows are those after ``last``
            self.conn.execute(
                logging + f"{kind.table} t WHERE t.rowid > ? ORDER BY t.rowid",
                [self._action, kind.table, last],
            )
        else:  # by id, in the order given
            self.conn.execute(
                logging + f"json_each(?) j JOIN {kind.table} t ON t.id = j.value ORDER BY j.key",
                [self._action, kind.table, json.dumps([row[at] for row in rows])],
            )

    def update_many(self, entities: Sequence[E]) -> list[E]:
        """Edit many rows of one kind with one statement per step (starting 2,500 pairs at once).

        Each row is checked and logged for undo exactly as :meth:`update` does.
        """
        if not entities:
            return []
        kind = type(entities[0])
        memo: dict[str, Any] = {}
        for entity in entities:
            self._check(entity, memo)
        with self.action(
            translate("Actions", "Edit {thing}").format(thing=plural(len(entities), kind.label))
        ):
            before = self._rows(kind.table, [e.id for e in entities])
            if len(before) < len(entities):
                raise DocumentError(
                    translate("FileErrors", "A {kind} being changed no longer exists in the file.").format(
                        kind=translate("Noun", kind.label).lower()
                    )
                )
            stamp = now()
            after = []
            for entity in entities:
                entity.updated_at = stamp
                after.append(to_row(entity))
            # Only the columns some row changes: untouched indexes and foreign keys are not rewritten.
            was = [before[row["id"]] for row in after]
            names = [
                n
                for n in after[0]
                if n == "updated_at"
                or list(map(operator.itemgetter(n), after)) != list(map(operator.itemgetter(n), was))
            ]
            self.conn.executemany(
                f"UPDATE {kind.table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [[*(row[n] for n in names), row["id"]] for row in after],
            )
            self.conn.executemany(
                "INSERT INTO changes (action_id, tbl, row_id, before, after) VALUES (?, ?, ?, ?, ?)",
                [
                    (self._action, kind.table, row["id"], _image(before[row["id"]]), _image(row))
                    for row in after
                ],
            )
            self._action_changed = True
            self._touched(kind.table)
        return list(entities)

    def set_columns(self, kind: type[Entity], ids: Sequence[str], values: dict[str, Any]) -> None:
        """Give many rows of one kind the same values (stored form: dates as text), in SQL.

        Each row's before and after images go to the change log as with :meth:`update`, built by
        SQLite's ``json_object`` rather than in Python: starting 2,500 pairs costs about what the
        bare UPDATE does. The caller has checked that the move is allowed.
        """
        if not ids:
            return
        table = kind.table
        columns = self._columns(table)
        values = {**values, "updated_at": now()}
        assert set(values) <= set(columns), f"unknown columns for {table}: {set(values) - set(columns)}"
        before = ", ".join(f"'{c}', {c}" for c in columns)
        after = ", ".join(f"'{c}', ?" if c in values else f"'{c}', {c}" for c in columns)
        after_values = [values[c] for c in columns if c in values]
        changes = ", ".join(f"{c} = ?" for c in values)
        with self.action(translate("Actions", "Edit {thing}").format(thing=plural(len(ids), kind.label))):
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                logged = self.conn.execute(
                    "INSERT INTO changes (action_id, tbl, row_id, before, after) "
                    f"SELECT ?, ?, id, json_object({before}), json_object({after}) FROM {table} "
                    f"WHERE id IN ({marks})",
                    [self._action, table, *after_values, *chunk],
                ).rowcount
                if logged < len(chunk):
                    raise DocumentError(
                        translate(
                            "FileErrors", "A {kind} being changed no longer exists in the file."
                        ).format(kind=translate("Noun", kind.label).lower())
                    )
                self.conn.execute(
                    f"UPDATE {table} SET {changes} WHERE id IN ({marks})", [*values.values(), *chunk]
                )
            self._action_changed = True
            self._touched(table)

    def _columns(self, table: str) -> list[str]:
        if table not in self._column_names:
            self._column_names[table] = [row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")]
        return self._column_names[table]

    def delete(self, entity: Entity) -> None:
        """Delete a row and everything that depends on it, as one undoable step."""
        with self.action(
            translate("Actions", "Delete {thing}").format(thing=translate("Noun", entity.label))
        ):
            self._delete(entity.table, entity.id)

    def _delete(self, table: str, row_id: str) -> None:
        for child, column in CASCADE.get(table, []):
            for (child_id,) in self.conn.execute(
                f"SELECT id FROM {child} WHERE {column} = ?", [row_id]
            ).fetchall():
                self._delete(child, child_id)
        for other, column in NULLIFY.get(table, []):
            for (other_id,) in self.conn.execute(
                f"SELECT id FROM {other} WHERE {column} = ?", [row_id]
            ).fetchall():
                before = self._row(other, other_id)
                assert before is not None
                after = {**before, column: None, "updated_at": now()}
                self._write(other, after)
                self._log(other, other_id, before, after)
        before = self._row(table, row_id)
        if before is None:
            return
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        self._log(table, row_id, before, None)

    def bulk_insert(self, table: str, rows: list[Row]) -> None:
        """Insert many new rows of one table with one prepared statement (demo, imports).

        Not logged for undo on its own: callers wrap it in an action or use it on a new file.
        """
        self._touched(table)
        if not rows:
            return
        names = list(rows[0])
        values = operator.itemgetter(*names)
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            map(values, rows),
        )

    def _write(self, table: str, row: Row) -> None:
        """Insert or overwrite a whole row by id (an upsert keeps foreign keys intact)."""
        names = list(row)
        self.conn.execute(_upsert(table, names), [row[n] for n in names])

    # ------------------------------------------------------------- what changed

    def newest_action(self) -> int:
        """The number of the newest action in the file (0 before any): what is done after it is
        told by :meth:`rows_changed_since`."""
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM actions").fetchone()[0])

    def rows_changed_since(self, action: int) -> dict[str, set[str]]:
        """The ids of the rows each table had added, changed or deleted by the actions done after
        ``action`` (from the change log): a page shows those rows anew instead of reading all."""
        return self._rows_changed("c.action_id > ? AND a.state = 'done'", action)

    def rows_changed_by(self, action: int) -> dict[str, set[str]]:
        """The ids of the rows each table had changed by ``action`` (what undoing or redoing it
        changes again)."""
        return self._rows_changed("c.action_id = ?", action)

    def _rows_changed(self, where: str, action: int) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for table, row_id in self.conn.execute(
            f"SELECT c.tbl, c.row_id FROM changes c JOIN actions a ON a.id = c.action_id WHERE {where}",
            [action],
        ):
            found.setdefault(table, set()).add(row_id)
        return found

    # ------------------------------------------------------------- undo / redo

    def undo_step(self) -> int | None:
        """The action :meth:`undo` would reverse (None when there is none)."""
        row = self.conn.execute(
            "SELECT id FROM actions WHERE state = 'done' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else None

    def redo_step(self) -> int | None:
        """The action :meth:`redo` would apply again (None when there is none)."""
        row = self.conn.execute(
            "SELECT id FROM actions WHERE state = 'undone' ORDER BY id ASC LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else None

    def undo_label(self) -> str | None:
        row = self.conn.execute(
            "SELECT label FROM actions WHERE state = 'done' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def redo_label(self) -> str | None:
        row = self.conn.execute(
            "SELECT label FROM actions WHERE state = 'undone' ORDER BY id ASC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def undo(self) -> str:
        """Reverse the newest action still in effect; returns its label."""
        return self._replay(
            "SELECT id, label FROM actions WHERE state = 'done' ORDER BY id DESC LIMIT 1",
            "before",
            "undone",
            "There is nothing to undo.",
        )

    def redo(self) -> str:
        """Apply again the oldest undone action; returns its label."""
        return self._replay(
            "SELECT id, label FROM actions WHERE state = 'undone' ORDER BY id ASC LIMIT 1",
            "after",
            "done",
            "There is nothing to redo.",
        )

    def _replay(self, pick: str, image: str, new_state: str, nothing: str) -> str:
        """Write the ``image`` (before or after) of every row the picked action changed.

        The change log is read as data, never trusted as SQL: an entry naming another table, a
        column the table lacks, or JSON that is not a row refuses the step, and the rows written
        are checked against the contract before the step is kept.
        """
        if self.readonly:
            raise DocumentError(
                translate("FileErrors", "{name} is open read-only; changes cannot be saved.").format(
                    name=self.path.name
                )
            )
        if self.conn.execute(pick).fetchone() is None:  # nothing to do: the file is not touched
            raise NothingToUndo(nothing)
        self._begin_writing()
        try:
            found = self.conn.execute(pick).fetchone()
            if found is None:
                raise NothingToUndo(nothing)
            action_id, label = found
            stamp = now()
            written = self._replay_in_sql(action_id, image, stamp)
            if written is None:
                order = "DESC" if image == "before" else "ASC"
                steps = self.conn.execute(
                    f"SELECT id, tbl, row_id, {image} FROM changes WHERE action_id = ? ORDER BY id {order}",
                    [action_id],
                ).fetchall()
                written = self._replay_steps(steps, stamp)
            self._check_written(written, stamp)
            self.conn.execute("UPDATE actions SET state = ? WHERE id = ?", [new_state, action_id])
            self.conn.execute("COMMIT")
        except BaseException as error:
            self._roll_back()
            if isinstance(error, sqlcipher3.IntegrityError):
                raise damaged(self.path.name, f"the change log cannot be replayed: {error}") from None
            if isinstance(error, SqlError):
                raise from_sql(error, self.path.name) from None
            raise
        return str(label)

    def _check_written(self, written: dict[str, set[str] | None], stamp: str) -> None:
        """Refuse a replay whose rows break the contract: by their ids, or (None) by the time
        stamp the replay gave every row it wrote."""
        version = self.schema_version
        for table, ids in written.items():
            if ids is None:
                found = contract.row_problems(self.conn, table, version, "t.updated_at = ?", [stamp])
            else:
                chosen = sorted(ids)
                found = []
                for start in range(0, len(chosen), 500):
                    chunk = chosen[start : start + 500]
                    where = f"t.id IN ({','.join('?' * len(chunk))})"
                    found = found or contract.row_problems(self.conn, table, version, where, chunk)
            if found:
                raise damaged(self.path.name, f"the change log cannot be replayed: {found[0]}")

    def _replay_steps(self, steps: list[tuple[Any, ...]], stamp: str) -> dict[str, set[str] | None]:
        """Write each logged image row by row (runs of one table and kind share a statement);
        returns the ids written, by table."""
        parsed = [self._step(*step) for step in steps]
        written: dict[str, set[str]] = {}
        for (table, deleting), run in itertools.groupby(parsed, key=lambda s: (s[0], s[2] is None)):
            self._touched(table)
            steps_of_run = list(run)
            if deleting:
                self.conn.executemany(f"DELETE FROM {table} WHERE id = ?", [[s[1]] for s in steps_of_run])
                continue
            rows = [s[2] for s in steps_of_run if s[2] is not None]
            for row in rows:
                if "updated_at" in row:
                    row["updated_at"] = stamp
            written.setdefault(table, set()).update(row["id"] for row in rows)
            for columns, same in itertools.groupby(rows, key=_columns):
                self.conn.executemany(_upsert(table, list(columns)), [list(r.values()) for r in same])
        return dict(written.items())

    def _step(
        self, step_id: int, table: object, row_id: object, image: object, *, any_id: bool = False
    ) -> tuple[str, str, Row | None]:
        """One change-log entry as (table, row id, row or None), or a refusal naming the entry."""

        def broken(why: str) -> DamagedFile:
            return damaged(self.path.name, f"the change log cannot be replayed: entry {step_id} {why}")

        if table not in BY_TABLE or not isinstance(table, str):
            raise broken(f"names no table of rmdesk ({str(table)[:40]!r})")
        if not isinstance(row_id, str):
            raise broken("has no row id")
        if image is None:
            return table, row_id, None
        try:
            row = _unimage(image) if isinstance(image, str) else None
        except (ValueError, TypeError, KeyError, AttributeError):
            row = None
        if not isinstance(row, dict):
            raise broken("holds no row")
        columns = set(self._columns(table))
        if not row or not set(row) <= columns or not (any_id or row.get("id") == row_id):
            raise broken(f"does not fit the table {table}")
        return table, row_id, row

    def _replay_in_sql(self, action_id: int, image: str, stamp: str) -> dict[str, set[str] | None] | None:
        """Replay a large action that edited rows of one table, each once, in one UPDATE ... FROM.

        That is the shape of a batch move (starting or completing many pairs); other actions
        (inserts, deletes, several tables, a logo) take the row-by-row path. Returns the table
        written (its rows are those stamped ``stamp``), or None when the action has another shape.
        """
        shape = self.conn.execute(
            "SELECT min(tbl), max(tbl), count(*), count(DISTINCT row_id), "
            "sum(before IS NULL OR after IS NULL) FROM changes WHERE action_id = ?",
            [action_id],
        ).fetchone()
        table, last_table, count, rows, inserts_or_deletes = shape
        if count < 100 or table != last_table or rows != count or inserts_or_deletes:
            return None
        if table not in BY_TABLE or table == "organisation":  # the logo travels as hex in the images
            return None
        step_id, first, before, after = self.conn.execute(
            f"SELECT id, {image}, before, after FROM changes WHERE action_id = ? LIMIT 1", [action_id]
        ).fetchone()
        _, _, row = self._step(step_id, table, "", first, any_id=True)
        if row is None:
            return None
        keys = [k for k in row if k not in ("id", "updated_at")]
        keys = self._keys_changed(action_id, keys, before, after)
        sets = ", ".join(f"{k} = json_extract(c.{image}, '$.{k}')" for k in keys)
        try:
            self.conn.execute(
                f"UPDATE {table} SET {sets}, updated_at = ? FROM changes c "
                f"WHERE c.action_id = ? AND c.row_id = {table}.id",
                [stamp, action_id],
            )
        except sqlcipher3.OperationalError as error:  # an image that is not JSON
            raise damaged(self.path.name, f"the change log cannot be replayed: {error}") from None
        self._touched(table)
        return {table: None}

    def _keys_changed(self, action_id: int, keys: list[str], before: str, after: str) -> list[str]:
        """The columns an action changed: those its first row changed, when no other row changed
        more (one comparison in SQL); else every column. Writing only those spares the indexes."""
        try:
            old, new = _unimage(before), _unimage(after)
        except (ValueError, TypeError, KeyError, AttributeError):
            return keys
        if not isinstance(old, dict) or not isinstance(new, dict):
            return keys
        changed = [k for k in keys if old.get(k) != new.get(k)]
        paths = ", ".join(f"'$.{k}'" for k in [*changed, "updated_at"])
        others = self.conn.execute(
            f"SELECT count(*) FROM changes WHERE action_id = ? "
            f"AND json_remove(before, {paths}) IS NOT json_remove(after, {paths})",
            [action_id],
        ).fetchone()[0]
        return changed if changed and not others else keys

    def history(self, limit: int = 50) -> list[dict[str, Any]]:
        """The newest actions, for an audit view: label, time, user, state."""
        cursor = self.conn.execute(
            "SELECT id, label, at, user, state FROM actions ORDER BY id DESC LIMIT ?", [limit]
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    # ------------------------------------------------------------------ reading

    def _row(self, table: str, row_id: str) -> Row | None:
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([d[0] for d in cursor.description], values, strict=True))

    def _rows(self, table: str, ids: Sequence[str]) -> dict[str, Row]:
        """Rows by id, read in chunks that stay under SQLite's limit on parameters."""
        found: dict[str, Row] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            cursor = self.conn.execute(
                f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
            names = [d[0] for d in cursor.description]
            for values in cursor:
                row = dict(zip(names, values, strict=True))
                found[row["id"]] = row
        return found

    def fresh(self, kind: type[E], items: Sequence[E]) -> list[E]:
        """The rows of ``items`` as the file holds them now, in the same order (a screen may be stale)."""
        rows = self._rows(kind.table, [item.id for item in items])
        if len(rows) < len(items):
            raise DocumentError(
                translate("FileErrors", "A {kind} you chose no longer exists in the file.").format(
                    kind=translate("Noun", kind.label).lower()
                )
            )
        return [from_row(kind, rows[item.id]) for item in items]

    def find(self, kind: type[E], row_id: str | None) -> E | None:
        row = self._row(kind.table, row_id) if row_id else None
        return from_row(kind, row) if row else None

    def get(self, kind: type[E], row_id: str) -> E:
        found = self.find(kind, row_id)
        if found is None:
            raise DocumentError(
                translate("FileErrors", "This {kind} no longer exists in the file.").format(
                    kind=translate("Noun", kind.label).lower()
                )
            )
        return found

    def all(
        self,
        kind: type[E],
        where: str | None = None,
        params: list[Any] | None = None,
        order_by: str | None = None,
    ) -> list[E]:
        sql = f"SELECT * FROM {kind.table}"
        sql += f" WHERE {where}" if where else ""
        sql += f" ORDER BY {order_by}" if order_by else ""
        cursor = self.conn.execute(sql, params or [])
        return from_rows(kind, [d[0] for d in cursor.description], cursor)

    def shared(self, kind: type[E]) -> list[E]:
        """Every row of ``kind``, read again only after this document wrote to its table.

        The same objects are handed out each time: read them, never change them in place
        (make changed copies with ``dataclasses.replace`` as every edit does).
        """
        revision = self._revision.get(kind.table, 0)
        cached = self._cache.get(kind.table)
        if cached is None or cached[0] != revision:
            cached = (revision, self.all(kind))
            self._cache[kind.table] = cached
        return cached[1]

    def organisation(self) -> Organisation:
        """The client; a file without its row (edited elsewhere) reads as one with no name yet."""
        found = self.all(Organisation, order_by="rowid")
        return found[0] if found else Organisation(name="")

    def counts(self) -> dict[str, int]:
        """How many rows of each kind the file holds (the status bar and `rmdesk info`)."""
        sql = " UNION ALL ".join(f"SELECT '{kind.table}', count(*) FROM {kind.table}" for kind in COUNTED)
        return {table: count for table, count in self.conn.execute(sql).fetchall()}

    # ------------------------------------------------------------------ copies

    def save_copy(self, destination: Path | str) -> Path:
        """Write a consistent copy (encrypted with the same key) without ever leaving a half-written file.

        The copy is another document: it gets its own id, so its snapshots are its own.
        """
        destination = Path(destination)
        if real_path(destination) == real_path(self.path):
            raise DocumentError(
                translate("FileErrors", "{name} is this file. Choose another name for the copy.").format(
                    name=destination.name
                )
            )
        lock = DocumentLock(destination)  # never replace a file open in another window
        lock.acquire()
        partial = destination.with_name(f".{destination.name}.partial")
        try:
            _remove(partial)
            self.copy_into(partial)
            conn = connect(partial, passphrase=self.key, readonly=False)
            try:
                conn.execute("UPDATE meta SET value = ? WHERE key = 'document_id'", [str(uuid.uuid4())])
            finally:
                conn.close()
            os.replace(partial, destination)
        except SqlError as error:
            raise from_sql(error, destination.name) from None
        except OSError as error:
            raise from_os(error, str(destination)) from None
        finally:
            _remove(partial)
            lock.release()
        return destination

    def copy_into(self, target: Path) -> None:
        """The file as it is now, written whole to ``target`` (which must not exist), same id."""
        self.conn.execute("VACUUM INTO ?", [str(target)])


class PageCheck:
    """The check of every page of a plain file that opening left for later (``quick_check`` on a
    read-only connection of its own): run once, on a thread of its own (:meth:`start`; SQLite lets
    go of Python's lock while it reads) or by the first who waits for it before that."""

    def __init__(self, path: Path, wal: bool):
        self._path, self._wal = path, wal
        self._future: Future[list[str]] = Future()
        self._claimed = threading.Lock()
        self._started = False

    def _claim(self) -> bool:
        with self._claimed:
            first, self._started = not self._started, True
            return first

    def start(self) -> None:
        if self._claim():
            threading.Thread(target=self._run, name="rmdesk page check", daemon=True).start()

    def result(self) -> list[str]:
        """The problems found (waiting for the check, or running it here); its SQLite error."""
        if self._claim():
            self._run()
        return self._future.result()

    def add_done_callback(self, call: Callable[[], object]) -> None:
        self._future.add_done_callback(lambda _: call())

    def _run(self) -> None:
        self._future.set_running_or_notify_cancel()
        try:
            conn = connect(self._path, passphrase=None, readonly=True, wal=self._wal)
            try:
                self._future.set_result(_page_problems(conn))
            finally:
                conn.close()
        except BaseException as error:  # told by whoever waits for it
            self._future.set_exception(error)


def _page_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Every page of the file, checked by SQLite (``PRAGMA quick_check``)."""
    found = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    return [] if found == "ok" else [found]


def rekeying_copy(path: Path) -> Path:
    """Where the copy of ``path`` under its new key is written before it replaces the file."""
    return path.with_name(f".{path.name}.rekey")


def _remove_rekeyed(path: Path) -> None:
    """A copy a re-keying stopped by a crash left beside the file (plain, after a decryption)."""
    with contextlib.suppress(OSError):
        _remove(rekeying_copy(path))


def _remove(path: Path) -> None:
    """A partial file and its journal, if a write left them."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


CONSTRAINTS = {
    "enrolments.program_id, enrolments.participant_id": "This person is already enrolled in this program.",
    "exclusions.first_id, exclusions.second_id": "These two are already on the never-pair list.",
    "FOREIGN KEY": "It refers to a person, program or pair that no longer exists.",
}


_PERSON = "person"  # memo keys of a batch's checks: (_PERSON, id) a person read for an enrolment
_STAFF = "staff"  # the people a batch of participants is checked against

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(text: str) -> str:
    """``text`` as SQLite's NOCASE compares it: ASCII letters folded, nothing else."""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


class _Staff:
    """The people a participant's checks compare them with: those in the file, read as needed
    (the employee numbers of a whole batch in one query), and those a batch added before them,
    as if each had been written before the next one was checked."""

    def __init__(self, conn: sqlcipher3.Connection, numbers: Sequence[str] = ()) -> None:
        self._conn = conn
        self._holders: dict[str, list[tuple[str, str]]] = {}  # NOCASE number: (id, name), oldest first
        self._asked: set[str] = set()
        self._managers: dict[str, str | None] = {}
        self._names: dict[str, str] = {}
        self._read_numbers([n.strip() for n in numbers if n.strip()])

    def _read_numbers(self, numbers: list[str]) -> None:
        wanted = sorted({_nocase(n) for n in numbers} - self._asked)  # those not read before
        if not wanted:
            return
        self._asked.update(wanted)
        found: dict[str, list[tuple[str, str]]] = {}
        for number, holder_id, name in self._conn.execute(
            "SELECT p.employee_no, p.id, p.name FROM json_each(?) j "
            "JOIN participants p ON p.employee_no = j.value COLLATE NOCASE ORDER BY p.rowid",
            [json.dumps(wanted)],
        ):
            found.setdefault(_nocase(number), []).append((holder_id, name))
        for number, holders in found.items():  # the file's holders come before any added since
            self._holders[number] = holders + self._holders.get(number, [])

    def holder(self, number: str, person_id: str) -> str | None:
        """The name of someone else holding the employee number ``number`` (compared as NOCASE)."""
        folded = _nocase(number)
        if folded not in self._asked:
            self._read_numbers([number])
        for holder_id, name in self._holders.get(folded, ()):
            if holder_id != person_id:
                return name
        return None

    def manager_of(self, person_id: str) -> str | None:
        if person_id not in self._managers:
            row = self._conn.execute(
                "SELECT manager_id FROM participants WHERE id = ?", [person_id]
            ).fetchone()
            self._managers[person_id] = row[0] if row else None
        return self._managers[person_id]

    def names(self, ids: list[str]) -> dict[str, str]:
        found = {i: self._names[i] for i in ids if i in self._names}
        rest = [i for i in ids if i not in found]
        if rest:
            marks = ",".join("?" * len(rest))
            found.update(self._conn.execute(f"SELECT id, name FROM participants WHERE id IN ({marks})", rest))
        return found

    def add(self, person: Participant) -> None:
        """``person`` is written with the batch: the next people's checks find them."""
        self._holders.setdefault(_nocase(person.employee_no), []).append((person.id, person.name))
        self._managers[person.id] = person.manager_id
        self._names[person.id] = person.name


@contextmanager
def _plain_constraints() -> Iterator[None]:
    """Turn SQLite constraint errors into sentences a person understands."""
    try:
        yield
    except sqlcipher3.IntegrityError as error:
        for key, message in CONSTRAINTS.items():
            if key in str(error):
                raise DocumentError(message) from None
        raise DocumentError(
            translate("FileErrors", "This change breaks a rule of the file ({error}).").format(error=error)
        ) from None


def _columns(row: Row) -> tuple[str, ...]:
    return tuple(row)


def _insert(table: str, names: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _upsert(table: str, names: list[str]) -> str:
    """Insert a whole row, or overwrite it by id (an upsert keeps foreign keys intact)."""
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    return (
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )


def _hex(value: object) -> dict[str, str]:
    if isinstance(value, bytes):
        return {"hex": value.hex()}
    raise TypeError(f"{type(value).__name__} cannot go into the change log")


# One encoder for every image: json.dumps would build a new one per row for these options.
_IMAGE = encoder(default=_hex)


def _image(row: Row | None) -> str | None:
    """A row as JSON for the change log; bytes (a logo) travel as {"hex": ...}."""
    return None if row is None else _IMAGE(row)


def _unimage(image: str) -> Row:
    row: Row = json.loads(image)
    if '"hex"' not in image:  # no bytes in this row: nothing to turn back
        return row
    return {k: (bytes.fromhex(v["hex"]) if isinstance(v, dict) else v) for k, v in row.items()}


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""
