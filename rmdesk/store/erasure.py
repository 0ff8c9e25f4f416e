"""Erasing a person for good, or anonymising them, with every trace in the file and its snapshots.

Delete is an undoable action: the change log keeps the rows. Erase is not. It removes the person,
every row that cannot live without them (enrolments, pairs and their goals, meetings and
evaluations, never-pair entries, rows of theirs only the change log still holds), clears the
manager references to them, and rewrites the change log:

- an entry about a removed row goes;
- an entry of a row that stays but whose image points to them goes when the reference cannot be
  empty (a proposal that once had them as mentor), or has the reference emptied when it can
  (a manager);
- every text that names them (their names, emails and employee numbers over time) in other rows,
  in the images and in the undo labels ("Pair Budi with Ani") has it replaced;
- an undo step left with no entry goes. The steps that remain undo and redo exactly as before,
  apart from what was erased.

Then the freed pages are overwritten (``secure_delete``) and the file is rebuilt (VACUUM), so no
byte of it keeps them, and every snapshot of the document is rewritten the same way.

The erasure leaves a record with no personal data: when, by which user, and a keyed hash of the
person's id (HMAC-SHA256 with a random key kept in the file's ``meta`` as ``erasure_key``). The
id itself is not kept: ids travel in exports and reports, so a readable id would tie the record
to the person in any old export; the hash matches only where the key is, i.e. inside copies of
this very file. The records go in the ``erasures`` table and in the data folder
(``erasures/DOCUMENT_ID.json``), and a restore applies them again to the copy it brings back
(:func:`reapply`).

Anonymising keeps the person's figures (department, grade, pairs, meetings, answers) and replaces
their name by a pseudonym, and their email, employee number and notes by nothing, in the rows and
the change log alike.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmdesk.domain.entities import Role
from rmdesk.domain.i18n import translate
from rmdesk.domain.words import plural
from rmdesk.store import contract
from rmdesk.store.errors import Cancelled, DocumentError
from rmdesk.store.paths import data_dir

if TYPE_CHECKING:
    from rmdesk.store.document import Document
    from rmdesk.store.keys import Secret

Progress = Callable[[int, str], None]

ERASED_NAME = "an erased person"
ERASED_TEXT = "(erased)"
KEY = "erasure_key"  # meta key: the random key of the erasure records' hashes
SHORTEST_TERM = 3  # a name or number shorter than this cannot be told apart inside other text
CHUNK = 500  # ids per statement (SQLite's limit on parameters)
ENTITY_TABLES = (
    "organisation",
    "programs",
    "participants",
    "enrolments",
    "pairs",
    "goals",
    "meetings",
    "evaluations",
    "exclusions",
)
KEPT_FIELDS = ("id", "updated_at")  # never text to scrub
# Another person's own name, email and number are theirs, even when the same as the person's.
IDENTITY = ("name", "email", "employee_no")
ANONYMISED = {"email": "", "employee_no": "", "notes": ""}  # and the name becomes a pseudonym


def _nothing(percent: int, text: str) -> None:
    """Progress nobody watches."""


def _unstoppable(progress: Progress) -> Progress:
    """Progress told once the erasure is written: Cancel no longer stops it (the freed space must
    be overwritten and the snapshots rewritten whatever happens)."""

    def told(percent: int, text: str) -> None:
        with contextlib.suppress(Cancelled):
            progress(percent, text)

    return told


# ----------------------------------------------------------------------------- the records


@dataclass(frozen=True)
class Record:
    """One erasure or anonymisation: a keyed hash of the person's id, never the id itself."""

    ref: str
    kind: str  # "erase" or "anonymise"
    at: str
    user: str
    pseudonym: str = ""

    def row(self) -> dict[str, str]:
        return {
            "ref": self.ref,
            "kind": self.kind,
            "at": self.at,
            "user": self.user,
            "pseudonym": self.pseudonym,
        }


def ref_of(key: str, person_id: str) -> str:
    return hmac.new(bytes.fromhex(key), person_id.encode(), hashlib.sha256).hexdigest()


def _has_tables(doc: Document) -> bool:
    return doc.schema_version >= 5


def key_of(doc: Document, *, make: bool = False) -> str | None:
    """The file's erasure key (made, inside the caller's transaction, when asked and missing)."""
    found = doc.meta(KEY)
    if found and re.fullmatch("[0-9a-f]{64}", found):
        return found
    if not make:
        return None
    key = secrets.token_hex(32)
    doc.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [KEY, key])
    return key


def records(doc: Document) -> list[Record]:
    """The erasures the file records, oldest first."""
    if not _has_tables(doc):
        return []
    return [
        Record(*row)
        for row in doc.conn.execute(
            "SELECT ref, kind, at, user, pseudonym FROM erasures ORDER BY id"
        ).fetchall()
    ]


def _kept_file(document_id: str) -> Path:
    if not contract.valid_id(document_id):
        raise DocumentError(
            translate("Erasure", "The document id {document_id!r} is not valid.").format(
                document_id=document_id[:40]
            )
        )
    folder = data_dir() / "erasures"
    folder.mkdir(exist_ok=True)
    return folder / f"{document_id}.json"


def kept(document_id: str) -> tuple[str | None, list[Record]]:
    """The key and the records kept in the data folder for a document id (none when unreadable)."""
    try:
        found = json.loads(_kept_file(document_id).read_text(encoding="utf-8"))
        key = found["key"] if re.fullmatch("[0-9a-f]{64}", str(found.get("key"))) else None
        listed = [
            Record(**{k: str(r.get(k, "")) for k in Record.__dataclass_fields__}) for r in found["records"]
        ]
    except (OSError, ValueError, TypeError, KeyError, AttributeError, DocumentError):
        return None, []
    return key, [r for r in listed if re.fullmatch("[0-9a-f]{64}", r.ref)]


def keep(document_id: str, key: str, new: Sequence[Record]) -> None:
    """Add records to the data folder's copy (written whole to a partial file, then renamed)."""
    old_key, old = kept(document_id)
    if old_key not in (None, key):
        old = []  # another key: those records no longer match anything in this document
    known = {(r.ref, r.kind) for r in old}
    merged = old + [r for r in new if (r.ref, r.kind) not in known]
    target = _kept_file(document_id)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(
        json.dumps({"key": key, "records": [r.row() for r in merged]}, indent=1), encoding="utf-8"
    )
    os.replace(partial, target)


# ----------------------------------------------------------------------------- finding someone


def find(doc: Document, text: str) -> str:
    """The id of the person ``text`` names: their id, or their employee number (also of someone
    deleted whom only the change log still holds)."""
    text = text.strip()
    if not text:
        raise DocumentError(translate("Erasure", "Give the person's id or employee number."))
    conn = doc.conn
    row = conn.execute("SELECT id FROM participants WHERE id = ?", [text]).fetchone()
    if row:
        return str(row[0])
    found = {
        str(r[0])
        for r in conn.execute("SELECT id FROM participants WHERE employee_no = ? COLLATE NOCASE", [text])
    }
    if not found:
        for row_id, before, after in conn.execute(
            "SELECT row_id, before, after FROM changes WHERE tbl = 'participants' AND "
            "(row_id = ? OR before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\')",
            [text, _like(text), _like(text)],
        ).fetchall():
            if row_id == text:
                found.add(row_id)
                continue
            for image in (before, after):
                number = _parsed(image).get("employee_no")
                if isinstance(number, str) and number.strip().casefold() == text.casefold():
                    found.add(str(row_id))
    if not found:
        raise DocumentError(
            translate(
                "Erasure",
                "Nobody in {name} has the id or employee number {text}; check it with "
                "the participants list or rmdesk audit.",
            ).format(name=doc.path.name, text=text)
        )
    if len(found) > 1:
        raise DocumentError(
            translate(
                "Erasure",
                "{count} people in {name} have had the employee number {text}; give the id instead.",
            ).format(count=len(found), name=doc.path.name, text=text)
        )
    return found.pop()


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _parsed(image: object) -> dict[str, Any]:
    from rmdesk.store.document import _unimage

    if not isinstance(image, str):
        return {}
    try:
        row = _unimage(image)
    except (ValueError, TypeError, AttributeError):
        return {}
    return row if isinstance(row, dict) else {}


# ----------------------------------------------------------------------------- text that names them


class Scrubber:
    """Finds and replaces the texts that name a person (whole words, any case), also inside
    JSON held in a text (a pair's reasons) and in the change log's images."""

    def __init__(self, replacements: dict[str, str]):
        usable = {t: r for t, r in replacements.items() if len(t.strip()) >= SHORTEST_TERM}
        self.terms = sorted(usable, key=len, reverse=True)  # the longest first: a name before part of it
        self._by_fold = {t.casefold(): usable[t] for t in self.terms}
        self.pattern = (
            re.compile("(?<!\\w)(" + "|".join(re.escape(t) for t in self.terms) + ")(?!\\w)", re.IGNORECASE)
            if self.terms
            else None
        )
        forms: set[str] = set()
        for term in self.terms:
            once = json.dumps(term, ensure_ascii=False)[1:-1]
            forms |= {term, once, json.dumps(once, ensure_ascii=False)[1:-1], json.dumps(term)[1:-1]}
        self.likes = [_like(f) for f in sorted(forms)]

    def __bool__(self) -> bool:
        return self.pattern is not None

    def where(self, columns: Sequence[str]) -> tuple[str, list[str]]:
        """An SQL condition (and its parameters) true for a row whose ``columns`` may name them."""
        conditions = [f"{c} LIKE ? ESCAPE '\\'" for c in columns for _ in self.likes]
        return " OR ".join(conditions) or "0", [like for _ in columns for like in self.likes]

    def text(self, value: str) -> str:
        if self.pattern is None:
            return value
        stripped = value.lstrip()
        if stripped[:1] in ("[", "{"):
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = None
            if isinstance(parsed, list | dict):
                scrubbed = self.value(parsed)
                if scrubbed != parsed:
                    return json.dumps(scrubbed, ensure_ascii=False)
                return value
        return self.pattern.sub(lambda m: self._by_fold.get(m.group(0).casefold(), ERASED_TEXT), value)

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {self.value(k): self.value(v) for k, v in value.items()}
        return value

    def row(self, row: dict[str, Any], keep: Sequence[str] = ()) -> dict[str, Any]:
        return {k: (v if k in KEPT_FIELDS or k in keep else self.value(v)) for k, v in row.items()}


def _terms(rows: Iterable[dict[str, Any]], name_to: str) -> dict[str, str]:
    """Every name, email and employee number a person had, and what replaces each."""
    found: dict[str, str] = {}
    for row in rows:
        for column, replacement in (("name", name_to), ("email", ERASED_TEXT), ("employee_no", ERASED_TEXT)):
            value = row.get(column)
            if isinstance(value, str) and value.strip():
                found.setdefault(value.strip(), replacement)
    return found


# ----------------------------------------------------------------------------- the plan


@dataclass
class Plan:
    """What erasing (or anonymising) one person does, worked out without writing anything."""

    person_id: str
    name: str
    erase: bool
    pseudonym: str = ""
    removed: dict[str, list[str]] = field(default_factory=dict)  # table -> ids, children first
    live: dict[str, int] = field(default_factory=dict)  # of those, rows in the file now (by table)
    managers: list[str] = field(default_factory=list)  # people whose manager reference is emptied
    goal_links: dict[str, list[str]] = field(default_factory=dict)  # meeting id -> goal ids kept
    texts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # table -> id -> new values
    person_values: dict[str, Any] = field(default_factory=dict)  # anonymising: the person's new values
    drop_changes: set[int] = field(default_factory=set)
    rewrite_changes: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    drop_actions: set[int] = field(default_factory=set)
    labels: dict[int, str] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)  # what the officer reads before it runs

    def counts(self) -> dict[str, int]:
        """Rows that go by table, and the change log's entries, without any personal data."""
        return {
            **{t: n for t, n in self.live.items() if n},
            "change_log_entries_removed": len(self.drop_changes),
            "change_log_entries_rewritten": len(self.rewrite_changes),
            "undo_steps_removed": len(self.drop_actions),
        }

    def lines(self) -> list[str]:
        verb = "Erase" if self.erase else "Anonymise"
        return [f"{verb} {self.name}:", *(f"  {line}" for line in self.details)]


def _references(doc: Document) -> list[tuple[str, str, str, bool]]:
    """(table, column, parent, may be empty) for every reference between rmdesk's tables."""
    found = []
    for table, pairs in contract.references(doc.schema_version).items():
        if table not in ENTITY_TABLES:
            continue
        nullable = {row[1]: not row[3] for row in doc.conn.execute(f"PRAGMA table_info({table})")}
        found += [(table, column, parent, nullable.get(column, False)) for column, parent in pairs]
    return found


def _ids_where(doc: Document, table: str, column: str, ids: Sequence[str]) -> list[str]:
    out: list[str] = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        out += [
            str(r[0])
            for r in doc.conn.execute(
                f"SELECT id FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        ]
    return out


def _rows(doc: Document, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    return doc._rows(table, list(ids))


def plan(doc: Document, person_id: str, *, pseudonym: str = "") -> Plan:
    """What erasing the person (or, with ``pseudonym``, anonymising them) will do; writes nothing."""
    conn = doc.conn
    current = doc._row("participants", person_id)
    own_images = [
        _parsed(image)
        for pair in conn.execute(
            "SELECT before, after FROM changes WHERE tbl = 'participants' AND row_id = ?", [person_id]
        ).fetchall()
        for image in pair
    ]
    if current is None and not any(own_images):
        raise DocumentError(
            translate("Erasure", "Nobody in {name} has the id {person_id}.").format(
                name=doc.path.name, person_id=person_id
            )
        )
    known = [current or {}, *own_images]
    name = next(
        (str(r["name"]) for r in known if isinstance(r.get("name"), str) and r["name"]), "this person"
    )
    erase = not pseudonym
    result = Plan(person_id, name, erase, pseudonym)
    scrub = Scrubber(_terms(known, ERASED_NAME if erase else pseudonym))
    references = _references(doc)

    removed: dict[str, list[str]] = {}
    naming: dict[int, tuple[int, int, str, str, Any, Any]] = {}
    if erase:
        removed = _closure(doc, person_id, references, naming)
    gone = {(table, row_id) for table, ids in removed.items() for row_id in ids}
    gone_ids = {row_id for _, row_id in gone}
    by_table = {table: set(ids) for table, ids in removed.items()}

    # The change log: entries of removed rows go; images of other rows that point to them change.
    rewritten: dict[int, list[dict[str, Any] | None]] = {}
    actions_of: dict[int, int] = {}
    if erase:
        # Every entry naming a removed row that others point to was found on the way; the entries
        # of the other removed rows (goals, meetings...) by their row id, in one light pass.
        naming.update((c[0], c) for c in _changes_naming(doc, sorted(gone_ids), []))
        for change_id, action_id, table, row_id, before, after in (naming[k] for k in sorted(naming)):
            actions_of[change_id] = action_id
            if (table, row_id) in gone:
                result.drop_changes.add(change_id)
                continue
            images = [_parsed(before) if before else None, _parsed(after) if after else None]
            hit_fixed, hit_nullable = False, False
            for image in images:
                for ref_table, column, parent, nullable in references:
                    if (
                        ref_table == table
                        and image is not None
                        and image.get(column) in by_table.get(parent, ())
                    ):
                        if nullable:
                            image[column] = None
                            hit_nullable = True
                        else:
                            hit_fixed = True
            if hit_fixed:
                result.drop_changes.add(change_id)
            elif hit_nullable:
                rewritten[change_id] = images
        # Meetings of other pairs that worked on a removed goal (not a reference SQLite checks).
        goals = by_table.get("goals", set())
        if goals:
            for change_id, action_id, _, _, before, after in _changes_naming(
                doc, [], sorted(goals), table="meetings"
            ):
                if change_id in result.drop_changes:
                    continue
                actions_of[change_id] = action_id
                images = rewritten.get(change_id) or [
                    _parsed(before) if before else None,
                    _parsed(after) if after else None,
                ]
                for image in images:
                    if image is not None and isinstance(image.get("goal_ids"), str):
                        image["goal_ids"] = _without(image["goal_ids"], goals)
                rewritten[change_id] = images
            for meeting_id, links in conn.execute(
                "SELECT id, goal_ids FROM meetings WHERE goal_ids != '[]'"
            ).fetchall():
                if meeting_id not in by_table.get("meetings", set()):
                    kept_links = _without(links, goals)
                    if kept_links != links:
                        result.goal_links[str(meeting_id)] = json.loads(kept_links)
        result.managers = [
            m
            for m in _ids_where(doc, "participants", "manager_id", [person_id])
            if m not in by_table.get("participants", set())
        ]
    else:
        result.person_values = {"name": pseudonym, **ANONYMISED}
        for change_id, action_id, before, after in conn.execute(
            "SELECT id, action_id, before, after FROM changes WHERE tbl = 'participants' AND row_id = ?",
            [person_id],
        ).fetchall():
            actions_of[change_id] = action_id
            images = [_parsed(before) if before else None, _parsed(after) if after else None]
            for image in images:
                if image is not None:
                    image.update({k: v for k, v in result.person_values.items() if k in image})
            rewritten[change_id] = images

    # Text that names them, everywhere else.
    if scrub:
        condition, params = scrub.where(["before", "after"])
        for change_id, action_id, table, row_id, before, after in conn.execute(
            f"SELECT id, action_id, tbl, row_id, before, after FROM changes WHERE {condition}", params
        ).fetchall():
            if change_id in result.drop_changes:
                continue
            actions_of[change_id] = action_id
            images = rewritten.get(change_id) or [
                _parsed(before) if before else None,
                _parsed(after) if after else None,
            ]
            keep = IDENTITY if table == "participants" and row_id != person_id else ()
            rewritten[change_id] = [scrub.row(i, keep) if i is not None else None for i in images]
        condition, params = scrub.where(["label"])
        for action_id, label in conn.execute(
            f"SELECT id, label FROM actions WHERE {condition}", params
        ).fetchall():
            new = scrub.text(label)
            if new != label:
                result.labels[action_id] = new
        for table in _text_tables(doc):
            columns = [
                c for c in _text_columns(doc, table) if not (table == "participants" and c in IDENTITY)
            ]
            if not columns:
                continue
            condition, params = scrub.where(columns)
            key = "id" if table != "audit" else "CAST(id AS TEXT)"
            cursor = conn.execute(
                f"SELECT {key}, {', '.join(columns)} FROM {table} WHERE {condition}", params
            )
            for row in cursor.fetchall():
                row_id = str(row[0])
                if row_id in by_table.get(table, set()):
                    continue
                values = {
                    c: scrub.value(v) for c, v in zip(columns, row[1:], strict=True) if isinstance(v, str)
                }
                changed = {c: v for c, v in values.items() if v != row[1 + columns.index(c)]}
                if changed:
                    result.texts.setdefault(table, {})[row_id] = changed

    # Images a rewrite leaves unchanged (apart from the time stamp) do nothing any more: they go.
    from rmdesk.store.document import _image

    for change_id, images in rewritten.items():
        before, after = images
        if before is not None and after is not None and _same(before, after):
            result.drop_changes.add(change_id)
        else:
            result.rewrite_changes[change_id] = (_image(before), _image(after))
    # An undo step with no entry left goes; the others keep their place.
    touched = sorted(
        {actions_of[c] for c in result.drop_changes if c in actions_of}
        | _actions_of(doc, result.drop_changes - actions_of.keys())
    )
    if touched:
        left: dict[int, int] = {}
        for start in range(0, len(touched), CHUNK):
            chunk = touched[start : start + CHUNK]
            for action_id, count in conn.execute(
                f"SELECT action_id, count(*) FROM changes WHERE action_id IN ({','.join('?' * len(chunk))}) "
                "GROUP BY action_id",
                chunk,
            ).fetchall():
                left[action_id] = count
        dropped_per: dict[int, int] = {}
        for change_id in result.drop_changes:
            owner = actions_of.get(change_id)
            if owner is not None:
                dropped_per[owner] = dropped_per.get(owner, 0) + 1
        result.drop_actions = {a for a, n in dropped_per.items() if n >= left.get(a, 0)}
        for action_id in result.drop_actions:
            result.labels.pop(action_id, None)

    result.removed = removed
    result.live = {table: _live_count(doc, table, ids) for table, ids in removed.items()}
    result.details = _details(doc, result, current)
    return result


def _actions_of(doc: Document, change_ids: set[int]) -> set[int]:
    found: set[int] = set()
    chosen = sorted(change_ids)
    for start in range(0, len(chosen), CHUNK):
        chunk = chosen[start : start + CHUNK]
        found |= {
            int(r[0])
            for r in doc.conn.execute(
                f"SELECT action_id FROM changes WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        }
    return found


def _same(before: dict[str, Any], after: dict[str, Any]) -> bool:
    return {k: v for k, v in before.items() if k != "updated_at"} == {
        k: v for k, v in after.items() if k != "updated_at"
    }


def _without(links: str, goals: set[str]) -> str:
    try:
        found = json.loads(links)
    except ValueError:
        return links
    if not isinstance(found, list):
        return links
    return json.dumps([g for g in found if g not in goals], ensure_ascii=False)


def _live_count(doc: Document, table: str, ids: Sequence[str]) -> int:
    return len(_rows(doc, table, ids))


def _closure(
    doc: Document,
    person_id: str,
    references: list[tuple[str, str, str, bool]],
    naming: dict[int, tuple[int, int, str, str, Any, Any]],
) -> dict[str, list[str]]:
    """The rows that cannot live without the person: those of the file that point to them (and so
    on down), and rows only the change log holds that did. Returned children first; the change-log
    entries that name any of them are added to ``naming`` on the way."""
    order: list[tuple[str, str]] = [("participants", person_id)]
    seen = {("participants", person_id)}
    frontier = {"participants": [person_id]}
    while frontier:
        following: dict[str, list[str]] = {}
        for table, column, parent, nullable in references:
            if nullable or parent not in frontier:
                continue
            for row_id in _ids_where(doc, table, column, frontier[parent]):
                if (table, row_id) not in seen:
                    seen.add((table, row_id))
                    order.append((table, row_id))
                    following.setdefault(table, []).append(row_id)
        # Rows the change log holds but the file does not (deleted, or added by a step now undone).
        ids = [row_id for ids in frontier.values() for row_id in ids]
        candidates = _changes_naming(doc, ids)
        naming.update((c[0], c) for c in candidates)
        live = _live_ids(doc, {(t, r) for _, _, t, r, _, _ in candidates})
        for _, _, table, row_id, before, after in candidates:
            if (table, row_id) in seen or (table, row_id) in live:
                continue
            for image in (_parsed(before), _parsed(after)):
                if any(
                    ref_table == table and not nullable and image.get(column) in frontier.get(parent, ())
                    for ref_table, column, parent, nullable in references
                ):
                    seen.add((table, row_id))
                    order.append((table, row_id))
                    following.setdefault(table, []).append(row_id)
                    break
        parents = {parent for _, _, parent, _ in references}
        frontier = {t: ids for t, ids in following.items() if t in parents}
    removed: dict[str, list[str]] = {}
    for table, row_id in reversed(order):  # children before the rows they point to
        removed.setdefault(table, []).append(row_id)
    return removed


def _live_ids(doc: Document, wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in wanted:
        if table in ENTITY_TABLES:
            by_table.setdefault(table, []).append(row_id)
    return {(table, row_id) for table, ids in by_table.items() for row_id in _rows(doc, table, ids)}


def _changes_naming(
    doc: Document, ids: Sequence[str], referenced: Sequence[str] | None = None, *, table: str = ""
) -> list[tuple[int, int, str, str, Any, Any]]:
    """Change-log entries (of ``table`` only, if given) whose row is one of ``ids``, or whose images
    hold one of ``referenced`` (by default ``ids``): one pass over the log per hundred ids."""
    referenced = list(ids if referenced is None else referenced)
    ids = list(ids)
    found: dict[int, tuple[int, int, str, str, Any, Any]] = {}
    step = 100
    for start in range(0, max(len(ids), len(referenced)), step):
        own = ids[start : start + step]
        named = referenced[start : start + step]
        conditions = [f"row_id IN ({','.join('?' * len(own))})"] if own else []
        conditions += ["instr(before, ?) OR instr(after, ?)" for _ in named]
        params = [*own, *(i for row_id in named for i in (row_id, row_id))]
        where = " OR ".join(conditions)
        if table:
            where, params = f"tbl = ? AND ({where})", [table, *params]
        for row in doc.conn.execute(
            f"SELECT id, action_id, tbl, row_id, before, after FROM changes WHERE {where}", params
        ).fetchall():
            found[int(row[0])] = (int(row[0]), int(row[1]), str(row[2]), str(row[3]), row[4], row[5])
    return [found[k] for k in sorted(found)]


def _text_tables(doc: Document) -> list[str]:
    present = {r[0] for r in doc.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in (*ENTITY_TABLES, "audit") if t in present]


def _text_columns(doc: Document, table: str) -> list[str]:
    references = {column for column, _ in contract.references(doc.schema_version).get(table, ())}
    return [
        row[1]
        for row in doc.conn.execute(f"PRAGMA table_info({table})")
        if row[2].upper() == "TEXT"
        and row[1] not in (*KEPT_FIELDS, *references)
        and not (table == "audit" and row[1] != "detail")
    ]


def _details(doc: Document, result: Plan, current: dict[str, Any] | None) -> list[str]:
    """What goes, in words, for the dry run (read by the officer; never stored)."""
    conn = doc.conn
    lines = []
    if current:
        facts = [
            f"employee no. {current['employee_no']}" if current.get("employee_no") else "",
            current.get("email") or "",
        ]
        facts = [f for f in facts if f]
        lines.append(f"Person: {current['name']}" + (f" ({', '.join(facts)})" if facts else ""))
    else:
        lines.append(f"Person: {result.name} (deleted earlier; only the change log still holds them)")
    names = dict(conn.execute("SELECT id, name FROM participants").fetchall())
    programs = dict(conn.execute("SELECT id, name FROM programs").fetchall())
    if result.erase:
        live = {t: _rows(doc, t, ids) for t, ids in result.removed.items() if t != "participants"}
        pairs = live.get("pairs", {})

        def pair_text(pair_id: str) -> str:
            pair = pairs.get(pair_id)
            if pair is None:
                return "a pair"
            return f"{names.get(pair['mentor_id'], '?')} → {names.get(pair['mentee_id'], '?')}"

        for enrolment in live.get("enrolments", {}).values():
            role = (
                Role(enrolment["role"]).label.lower()
                if enrolment["role"] in Role.__members__.values()
                else "?"
            )
            lines.append(f"Enrolment in {programs.get(enrolment['program_id'], '?')} as {role}")
        for pair_id, pair in sorted(pairs.items(), key=lambda item: pair_text(item[0])):
            lines.append(
                f"Pair {pair_text(pair_id)} in {programs.get(pair['program_id'], '?')} "
                f"({pair['status'].replace('_', ' ')})"
            )
        for goal in live.get("goals", {}).values():
            lines.append(f"Goal of {pair_text(goal['pair_id'])}: {goal['topic'] or goal['specific']}")
        for meeting in sorted(live.get("meetings", {}).values(), key=lambda m: m["date"] or ""):
            lines.append(f"Meeting of {pair_text(meeting['pair_id'])} on {meeting['date'] or 'no date'}")
        for evaluation in sorted(live.get("evaluations", {}).values(), key=lambda e: e["date"] or ""):
            lines.append(
                f"Evaluation of {pair_text(evaluation['pair_id'])}: {evaluation['stage']}, answered by "
                f"{_respondent(evaluation['respondent'])} on {evaluation['date'] or 'no date'}"
            )
        for exclusion in live.get("exclusions", {}).values():
            other = (
                exclusion["second_id"] if exclusion["first_id"] == result.person_id else exclusion["first_id"]
            )
            lines.append(f"Never-pair entry with {names.get(other, 'someone')}")
        history = sum(len(ids) for ids in result.removed.values()) - sum(result.live.values())
        if history:
            lines.append(f"{plural(history, 'earlier row')} only the change log still holds")
        if result.managers:
            managed = ", ".join(sorted(names.get(m, "?") for m in result.managers))
            lines.append(f"Manager of {managed}: that reference is left empty")
        if result.goal_links:
            lines.append(
                f"{plural(len(result.goal_links), 'meeting')} of other pairs lose a link to a removed goal"
            )
    else:
        lines.append(f"Name becomes {result.pseudonym}; email, employee number and notes are emptied")
    mentions = sum(len(rows) for rows in result.texts.values())
    if mentions:
        lines.append(
            f"{plural(mentions, 'other entry', 'other entries')} that name them: the name is replaced"
        )
    lines.append(
        f"Change log: {plural(len(result.drop_changes), 'entry', 'entries')} removed, "
        f"{len(result.rewrite_changes):,} rewritten, "
        f"{plural(len(result.drop_actions), 'undo step')} removed, "
        f"{len(result.labels):,} renamed"
    )
    return lines


def _respondent(value: str) -> str:
    return {"mentor": "the reverse mentor", "mentee": "the mentee", "hr": "HR"}.get(value, value)


# ----------------------------------------------------------------------------- writing


@dataclass
class Outcome:
    """What an erasure did: the plans applied, the snapshots rewritten, and any it could not open."""

    plans: list[Plan]
    snapshots: int = 0
    snapshots_unreadable: int = 0

    def summary(self) -> str:
        verb = "Erased" if all(p.erase for p in self.plans) else "Anonymised"
        who = self.plans[0].name if len(self.plans) == 1 else plural(len(self.plans), "person", "people")
        text = f"{verb} {who}; {plural(self.snapshots, 'snapshot')} rewritten"
        if self.snapshots_unreadable:
            text += (
                f"; {plural(self.snapshots_unreadable, 'snapshot')} could not be opened with this "
                "passphrase and will have the erasure applied when restored"
            )
        return text + "."


def _apply(doc: Document, found: Plan) -> None:
    """Write one plan inside the caller's transaction."""
    conn = doc.conn
    stamp = _now()
    for meeting_id, links in found.goal_links.items():
        conn.execute(
            "UPDATE meetings SET goal_ids = ?, updated_at = ? WHERE id = ?",
            [json.dumps(links, ensure_ascii=False), stamp, meeting_id],
        )
    for manager_of in found.managers:
        conn.execute(
            "UPDATE participants SET manager_id = NULL, updated_at = ? WHERE id = ?", [stamp, manager_of]
        )
    for table, rows in found.texts.items():
        for row_id, values in rows.items():
            sets = ", ".join(f"{c} = ?" for c in values)
            if table == "audit":
                conn.execute(f"UPDATE audit SET {sets} WHERE id = ?", [*values.values(), int(row_id)])
            else:
                conn.execute(
                    f"UPDATE {table} SET {sets}, updated_at = ? WHERE id = ?",
                    [*values.values(), stamp, row_id],
                )
    if found.person_values:
        sets = ", ".join(f"{c} = ?" for c in found.person_values)
        conn.execute(
            f"UPDATE participants SET {sets}, updated_at = ? WHERE id = ?",
            [*found.person_values.values(), stamp, found.person_id],
        )
    for table, ids in found.removed.items():  # children first
        conn.executemany(f"DELETE FROM {table} WHERE id = ?", [[i] for i in ids])
        doc._touched(table)
    conn.executemany("DELETE FROM changes WHERE id = ?", [[c] for c in sorted(found.drop_changes)])
    conn.executemany(
        "UPDATE changes SET before = ?, after = ? WHERE id = ?",
        [[before, after, change_id] for change_id, (before, after) in found.rewrite_changes.items()],
    )
    conn.executemany("DELETE FROM actions WHERE id = ?", [[a] for a in sorted(found.drop_actions)])
    conn.executemany("UPDATE actions SET label = ? WHERE id = ?", [[v, k] for k, v in found.labels.items()])


def _now() -> str:
    from rmdesk.store.document import now

    return now()


def _user() -> str:
    from rmdesk.store.document import _user as user

    return user()


def _write(
    doc: Document,
    person_ids: Sequence[str],
    *,
    pseudonyms: dict[str, str] | None,
    record: bool,
    progress: Progress,
    share: tuple[int, int],
) -> list[Plan]:
    """Plan and apply each person in one transaction, then overwrite what was freed."""
    low, high = share
    plans: list[Plan] = []
    was = int(doc.conn.execute("PRAGMA secure_delete").fetchone()[0])
    doc.conn.execute("PRAGMA secure_delete = ON")  # what is deleted is overwritten with zeros
    doc._begin_writing()
    try:
        key = key_of(doc, make=record) if record else None
        for number, person_id in enumerate(person_ids):
            progress(low + (high - low) * number // max(len(person_ids), 1), "Finding every trace...")
            found = plan(doc, person_id, pseudonym=(pseudonyms or {}).get(person_id, ""))
            _apply(doc, found)
            plans.append(found)
            if record and key:
                kind = "erase" if found.erase else "anonymise"
                entry = Record(ref_of(key, person_id), kind, _now(), _user(), found.pseudonym)
                doc.conn.execute(
                    "INSERT OR IGNORE INTO erasures (ref, kind, at, user, pseudonym) VALUES (?, ?, ?, ?, ?)",
                    [entry.ref, entry.kind, entry.at, entry.user, entry.pseudonym],
                )
                from rmdesk.store import audit

                audit.insert(doc, kind, _audit_detail(found, entry.ref), at=entry.at, user=entry.user)
        doc.conn.execute("COMMIT")
    except BaseException:
        doc._roll_back()
        raise
    finally:
        doc.forget_reads()
    _unstoppable(progress)(high, "Overwriting the freed space...")
    try:
        doc.conn.execute("VACUUM")  # the file rebuilt: no free page keeps an old byte
    finally:
        doc.conn.execute(f"PRAGMA secure_delete = {was}")
    return plans


NOUNS = {
    "participants": ("person", "people"),
    "enrolments": ("enrolment", None),
    "pairs": ("pair", None),
    "goals": ("goal", None),
    "meetings": ("meeting", None),
    "evaluations": ("evaluation", None),
    "exclusions": ("never-pair entry", "never-pair entries"),
    "change_log_entries_removed": ("change-log entry removed", "change-log entries removed"),
    "change_log_entries_rewritten": ("change-log entry rewritten", "change-log entries rewritten"),
    "undo_steps_removed": ("undo step removed", "undo steps removed"),
}


def _audit_detail(found: Plan, ref: str) -> str:
    counts = ", ".join(plural(n, *NOUNS.get(t, (t, None))) for t, n in found.counts().items() if n)
    if found.erase:
        return f"Erased a person (record {ref[:12]}): {counts}"
    return f"Anonymised a person as {found.pseudonym} (record {ref[:12]}): {counts}"


def _writable(doc: Document) -> None:
    if doc.readonly:
        raise DocumentError(
            translate("Erasure", "{name} is open read-only; nobody can be erased from it.").format(
                name=doc.path.name
            )
        )
    if not _has_tables(doc):
        raise DocumentError(
            translate(
                "Erasure", "{name} must be opened for editing once before anyone can be erased from it."
            ).format(name=doc.path.name)
        )


def erase(
    doc: Document,
    person_ids: Sequence[str],
    *,
    progress: Progress = _nothing,
    snapshots: bool = True,
) -> Outcome:
    """Erase people for good from the file and its snapshots (see the module's text). Not undoable."""
    return _run(doc, list(person_ids), None, progress, snapshots)


def next_pseudonyms(doc: Document, person_ids: Sequence[str]) -> dict[str, str]:
    """Pseudonyms not used yet in the file: "Former participant 0001", "...0002"."""
    used = [0]
    for (name,) in doc.conn.execute("SELECT name FROM participants WHERE name LIKE 'Former participant %'"):
        tail = str(name).rsplit(" ", 1)[-1]
        if tail.isdigit():
            used.append(int(tail))
    first = max(used) + 1
    return {person_id: f"Former participant {first + n:04d}" for n, person_id in enumerate(person_ids)}


def anonymise(
    doc: Document,
    person_ids: Sequence[str],
    *,
    progress: Progress = _nothing,
    snapshots: bool = True,
) -> Outcome:
    """Replace people's names by pseudonyms and empty their contact details and notes, keeping the
    figures, in the file, its change log and its snapshots. Not undoable."""
    return _run(doc, list(person_ids), next_pseudonyms(doc, person_ids), progress, snapshots)


def _run(
    doc: Document,
    person_ids: list[str],
    pseudonyms: dict[str, str] | None,
    progress: Progress,
    with_snapshots: bool,
) -> Outcome:
    _writable(doc)
    if not person_ids:
        raise DocumentError(translate("Erasure", "Choose at least one person."))
    document_id = doc.document_id
    progress(2, "Finding every trace...")
    plans = _write(doc, person_ids, pseudonyms=pseudonyms, record=True, progress=progress, share=(5, 40))
    key = key_of(doc)
    if document_id and key:
        with contextlib.suppress(OSError, DocumentError):  # the file has them: a restore finds them there
            keep(document_id, key, records(doc))
    outcome = Outcome(plans)
    progress = _unstoppable(progress)
    if with_snapshots and document_id:
        outcome.snapshots, outcome.snapshots_unreadable = _rewrite_snapshots(
            doc, document_id, person_ids, pseudonyms, progress
        )
    progress(100, "Done.")
    return outcome


def _rewrite_snapshots(
    doc: Document,
    document_id: str,
    person_ids: Sequence[str],
    pseudonyms: dict[str, str] | None,
    progress: Progress,
) -> tuple[int, int]:
    """Apply the same erasure to every snapshot of the document; returns (rewritten, unreadable).

    Each snapshot is a file of its own, rewritten on a connection of its own; two at a time on a
    machine with two cores or more (SQLite lets go of Python's lock while it works)."""
    from rmdesk.store import snapshots

    folder = snapshots._folder(document_id, make=False)
    if not folder.is_dir():
        return 0, 0
    with snapshots._writing(folder):
        found = sorted(folder.glob("*.rmdesk"))
        progress(45, f"Rewriting {plural(len(found), 'snapshot')}...")
        done = 0
        outcomes: list[bool | None] = []
        workers = max(1, min(2, os.cpu_count() or 1, len(found)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rmdesk erase") as pool:
            running = [
                pool.submit(_rewrite_one, path, doc.passphrase, person_ids, pseudonyms) for path in found
            ]
            for job in as_completed(running):
                outcomes.append(job.result())
                done += 1
                progress(45 + 50 * done // len(found), f"Rewrote snapshot {done} of {len(found)}...")
    return sum(1 for o in outcomes if o), sum(1 for o in outcomes if o is None)


def _rewrite_one(
    path: Path, passphrase: Secret, person_ids: Sequence[str], pseudonyms: dict[str, str] | None
) -> bool | None:
    """One snapshot rewritten and checked: True, False (it never held them), None (unreadable)."""
    from rmdesk.store import snapshots
    from rmdesk.store.document import connect

    try:
        conn = connect(path, passphrase=passphrase, readonly=False)
    except DocumentError:
        return None
    copy = _on(path, conn, readonly=False)
    try:
        present = [p for p in person_ids if _holds(copy, p)]
        if present:
            chosen = {p: pseudonyms[p] for p in present} if pseudonyms else None
            _write(copy, present, pseudonyms=chosen, record=False, progress=_nothing, share=(0, 0))
    finally:
        conn.close()
    if present:
        snapshots.verify(path, passphrase, values=False)
    return bool(present)


def _on(path: Path, conn: Any, *, readonly: bool) -> Document:
    """A document over a connection to a copy (a snapshot, a restore on its way in): no lock, no
    checks, and nothing of it is closed but the connection, by the caller."""
    from rmdesk.store.document import Document

    return Document(path, conn, readonly=readonly, lock=None, key=None)


def _holds(doc: Document, person_id: str) -> bool:
    if doc._row("participants", person_id) is not None:
        return True
    row = doc.conn.execute(
        "SELECT 1 FROM changes WHERE tbl = 'participants' AND row_id = ? LIMIT 1", [person_id]
    ).fetchone()
    return row is not None


# ----------------------------------------------------------------------------- again, after a restore


def candidates(doc: Document) -> list[str]:
    """Every person id the file holds, in its rows or only in its change log."""
    found = {str(r[0]) for r in doc.conn.execute("SELECT id FROM participants")}
    found |= {
        str(r[0]) for r in doc.conn.execute("SELECT DISTINCT row_id FROM changes WHERE tbl = 'participants'")
    }
    return sorted(found)


def reapply(doc: Document, key: str, wanted: Sequence[Record]) -> int:
    """Apply erasures recorded elsewhere (a newer version of the file, the data folder) to ``doc``:
    each recorded person still in it is erased or anonymised again, and every record is kept in
    it. Returns how many people it erased or anonymised. ``doc`` must have the current schema."""
    if not wanted:
        return 0
    own_key = key_of(doc)
    by_ref = {ref_of(key, person_id): person_id for person_id in candidates(doc)}
    matched: list[tuple[str, Record]] = [(by_ref[r.ref], r) for r in wanted if r.ref in by_ref]
    erased = [p for p, r in matched if r.kind == "erase"]
    anonymised = {
        p: r.pseudonym or "Former participant"
        for p, r in matched
        if r.kind == "anonymise" and p not in erased
    }
    if erased:
        _write(doc, erased, pseudonyms=None, record=False, progress=_nothing, share=(0, 0))
    if anonymised:
        _write(doc, list(anonymised), pseudonyms=anonymised, record=False, progress=_nothing, share=(0, 0))
    doc._begin_writing()
    try:
        if own_key is None:
            doc.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [KEY, key])
            own_key = key
        for record in wanted:
            ref = record.ref
            if own_key != key:  # a copy with its own key: the record is kept only for whom it matched
                person = by_ref.get(record.ref)
                if person is None:
                    continue
                ref = ref_of(own_key, person)
            doc.conn.execute(
                "INSERT OR IGNORE INTO erasures (ref, kind, at, user, pseudonym) VALUES (?, ?, ?, ?, ?)",
                [ref, record.kind, record.at, record.user, record.pseudonym],
            )
        doc.conn.execute("COMMIT")
    except BaseException:
        doc._roll_back()
        raise
    return len(erased) + len(anonymised)


def bring_forward(current: Path, incoming: Path, passphrase: Secret, detail: str) -> int:
    """Before a restored copy replaces ``current``: apply to it every erasure recorded in
    ``current`` or kept in the data folder, keep ``current``'s audit events in it, and record the
    restore. Returns how many people it erased or anonymised again."""
    from rmdesk.store import audit, header
    from rmdesk.store.document import SqlError, connect
    from rmdesk.store.errors import from_sql
    from rmdesk.store.schema import SCHEMA_VERSION, migrations

    newer: Document | None = None
    wanted: dict[str, list[Record]] = {}
    with contextlib.suppress(DocumentError, OSError, SqlError):  # a damaged file: the data folder has them
        head = header.read_header(current, passphrase=bool(passphrase))
        conn = connect(current, passphrase=passphrase, readonly=True, wal=head.wal)
        newer = _on(current, conn, readonly=True)
        key = key_of(newer)
        if key:
            wanted.setdefault(key, []).extend(records(newer))
    conn = connect(incoming, passphrase=passphrase, readonly=False)
    doc = _on(incoming, conn, readonly=False)
    try:
        if doc.schema_version > SCHEMA_VERSION:
            return 0
        for document_id in {doc.document_id, newer.document_id if newer else None} - {None}:
            assert document_id is not None
            key, found = kept(document_id)
            if key:
                wanted.setdefault(key, []).extend(found)
        if doc.schema_version < SCHEMA_VERSION:
            migrations().apply(doc.db)
        again = 0
        for key, found in wanted.items():
            unique = list({(r.ref, r.kind): r for r in found}.values())
            again += reapply(doc, key, unique)
        doc._begin_writing()
        try:
            if newer is not None:
                audit.copy_events(newer, doc)
            audit.insert(doc, "restore", detail)
            doc.conn.execute("COMMIT")
        except BaseException:
            doc._roll_back()
            raise
        return again
    except SqlError as error:
        raise from_sql(error, current.name) from None
    finally:
        conn.close()
        if newer is not None:
            newer.conn.close()
