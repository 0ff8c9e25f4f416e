"""Who did what and when: the undo steps (``actions``) and the events that are not edits.

Exports, restores, erasures and settings are not undo steps: each is one row of the ``audit``
table, written in its own transaction. A file that cannot be written now (open read-only, or in
use elsewhere while a command exports it) keeps the entry in the data folder
(``audit/DOCUMENT_ID.jsonl``); it moves into the file the next time rmdesk records anything in it,
and the audit lists it meanwhile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.store import contract
from rmdesk.store.paths import data_dir

if TYPE_CHECKING:
    from rmdesk.store.document import Document

EDIT = "edit"
KINDS = (EDIT, *contract.AUDIT_KINDS)
FILE_WIDE = ("export", "restore")  # they concern everyone in the file, so a person's list shows them
WORDS = {
    EDIT: "Edit",
    "export": "Export",
    "restore": "Restore",
    "erase": "Erasure",
    "anonymise": "Anonymisation",
    "setting": "Setting",
}


@dataclass(frozen=True)
class Entry:
    at: str  # UTC, ISO 8601
    user: str
    kind: str  # "edit" for an undo step, else one of contract.AUDIT_KINDS
    what: str
    state: str = ""  # an undo step's: done, undone (redo possible), discarded
    pending: bool = False  # kept in the data folder, not yet in the file

    @property
    def local(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.at).astimezone().replace(tzinfo=None)
        except (TypeError, ValueError):
            return None

    @property
    def when(self) -> str:
        local = self.local
        return local.strftime("%Y-%m-%d %H:%M:%S") if local else self.at

    @property
    def kind_text(self) -> str:
        return WORDS.get(self.kind, self.kind.capitalize())

    @property
    def state_text(self) -> str:
        if self.pending:
            return "not yet in the file"
        if self.kind != EDIT:
            return ""  # exports, restores and erasures are not undo steps
        return {"undone": "undone", "discarded": "undone, then replaced"}.get(self.state, "in force")


def _now() -> str:
    from rmdesk.store.document import now

    return now()


def _user() -> str:
    from rmdesk.store.document import _user as user

    return user()


def _has_table(doc: Document) -> bool:
    return doc.schema_version >= 5


def insert(doc: Document, kind: str, detail: str, *, at: str | None = None, user: str | None = None) -> None:
    """One entry, inside the caller's transaction."""
    assert kind in contract.AUDIT_KINDS, kind
    doc.conn.execute(
        "INSERT INTO audit (at, user, kind, detail) VALUES (?, ?, ?, ?)",
        [at or _now(), _user() if user is None else user, kind, detail],
    )


def _pending_file(document_id: str) -> Path:
    folder = data_dir() / "audit"
    folder.mkdir(exist_ok=True)
    return folder / f"{document_id}.jsonl"


def pending(document_id: str | None) -> list[Entry]:
    """Entries kept in the data folder for this document, not yet in the file."""
    if not document_id or not contract.valid_id(document_id):
        return []
    try:
        lines = _pending_file(document_id).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
            item = json.loads(line)
            if item["kind"] in contract.AUDIT_KINDS:
                found.append(
                    Entry(str(item["at"]), str(item["user"]), item["kind"], str(item["what"]), pending=True)
                )
    return found


def record(doc: Document, kind: str, detail: str) -> None:
    """Record an event: in the file when it can be written now, else in the data folder."""
    if not doc.readonly and _has_table(doc):
        waiting = pending(doc.document_id)
        doc._begin_writing()
        try:
            for entry in waiting:
                insert(doc, entry.kind, entry.what, at=entry.at, user=entry.user)
            insert(doc, kind, detail)
            doc.conn.execute("COMMIT")
        except BaseException:
            doc._roll_back()
            raise
        if waiting and doc.document_id:
            with contextlib.suppress(OSError):
                _pending_file(doc.document_id).unlink()
        return
    document_id = doc.document_id
    if not document_id:
        return
    line = json.dumps({"at": _now(), "user": _user(), "kind": kind, "what": detail}, ensure_ascii=False)
    with _pending_file(document_id).open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def person_actions(doc: Document, person_id: str) -> set[int]:
    """The undo steps that touched a person: their row, their enrolments, never-pair entries and
    pairs with everything of those pairs, and any row whose image points to them."""
    from rmdesk.store.erasure import _changes_naming

    conn = doc.conn
    pairs = [
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM pairs WHERE mentor_id = ? OR mentee_id = ?", [person_id, person_id]
        )
    ]
    rows = [person_id, *pairs]
    rows += [
        str(r[0]) for r in conn.execute("SELECT id FROM enrolments WHERE participant_id = ?", [person_id])
    ]
    rows += [
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM exclusions WHERE first_id = ? OR second_id = ?", [person_id, person_id]
        )
    ]
    for table in ("goals", "meetings", "evaluations"):
        for start in range(0, len(pairs), 500):
            chunk = pairs[start : start + 500]
            rows += [
                str(r[0])
                for r in conn.execute(
                    f"SELECT id FROM {table} WHERE pair_id IN ({','.join('?' * len(chunk))})", chunk
                )
            ]
    return {action_id for _, action_id, *_ in _changes_naming(doc, rows, [person_id, *pairs])}


def entries(
    doc: Document,
    *,
    person_id: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    kinds: Sequence[str] | None = None,
) -> list[Entry]:
    """Every entry, newest first: undo steps and events, filtered by person, local date and kind."""
    chosen: set[int] | None = person_actions(doc, person_id) if person_id else None
    found: list[tuple[int, Entry]] = []
    for action_id, label, at, user, state in doc.conn.execute(
        "SELECT id, label, at, user, state FROM actions"
    ).fetchall():
        if chosen is None or action_id in chosen:
            found.append((0, Entry(str(at), str(user), EDIT, str(label), str(state))))
    events: list[Entry] = []
    if _has_table(doc):
        events = [
            Entry(str(at), str(user), str(kind), str(detail))
            for at, user, kind, detail in doc.conn.execute(
                "SELECT at, user, kind, detail FROM audit ORDER BY id"
            ).fetchall()
        ]
    events += pending(doc.document_id)
    for entry in events:
        if person_id is None or entry.kind in FILE_WIDE:
            found.append((1, entry))
    out = []
    for _, entry in sorted(found, key=lambda item: (item[1].at, item[0]), reverse=True):
        day = entry.local.date() if entry.local else None
        if since and (day is None or day < since):
            continue
        if until and (day is None or day > until):
            continue
        if kinds and entry.kind not in kinds:
            continue
        out.append(entry)
    return out


def copy_events(source: Document, target: Document) -> int:
    """Events ``source`` records that ``target`` lacks, added to it in the caller's transaction
    (a restore keeps the newer file's exports, erasures and restores)."""
    if not (_has_table(source) and _has_table(target)):
        return 0
    have = set(target.conn.execute("SELECT at, user, kind, detail FROM audit").fetchall())
    added = 0
    for row in source.conn.execute("SELECT at, user, kind, detail FROM audit ORDER BY id").fetchall():
        if tuple(row) not in have and row[2] in contract.AUDIT_KINDS:
            target.conn.execute("INSERT INTO audit (at, user, kind, detail) VALUES (?, ?, ?, ?)", list(row))
            added += 1
    return added
