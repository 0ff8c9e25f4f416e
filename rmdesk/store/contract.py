"""What an rmdesk file must hold for rmdesk to read it: its tables and columns, and every value.

Opening a file checks this contract in SQL (a pass over each table, and over each JSON column
and reference), so the rest of rmdesk can trust what it reads: a number is a number in its range,
a date is a date, an enumeration holds one of its values, JSON is well formed and of the right
shape, and every reference points to a row.
A file that breaks it (edited outside rmdesk, or damaged) is refused with the first problem found;
`rmdesk check` lists them all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

import sqlcipher3

from rmdesk.domain.entities import ENTITY_TYPES
from rmdesk.domain.templates import SCALES, Questionnaire
from rmdesk.domain.validation import LEVELS, LIMITS
from rmdesk.store.schema import STEP_FUNCTIONS, STEPS

FIRST_DAY, LAST_DAY = "1900-01-01", "2100-12-31"  # the dates a form accepts
ID_LENGTH = 100
SCORE_LIMIT = 1e6
ANSWER_LIMIT = max(SCALES)


@dataclass(frozen=True)
class Rule:
    """A column's rule: an SQL condition over ``{c}`` (the column) and what it asks for, in words.

    A JSON rule instead names the JSON ``kind`` (array or object) and a condition each element
    must meet; both are checked in one pass over ``json_each`` (see :func:`_bad_json`).
    """

    sql: str
    wants: str
    kind: str = ""
    elements: str = ""
    nullable: bool = False

    def on(self, column: str) -> str:
        """The condition on one row (for JSON: well formed and of its kind, never stopping the
        query on text that is not JSON)."""
        sql = self.sql
        if self.kind:
            sql = (
                "CASE WHEN typeof({c}) = 'text' AND json_valid({c}) "
                f"THEN json_type({{c}}) = '{self.kind}' ELSE 0 END"
            )
        if self.nullable:
            sql = f"{{c}} IS NULL OR ({sql})"
        return "(" + sql.replace("{c}", column) + ")"


def _nullable(rule: Rule) -> Rule:
    return dataclasses.replace(rule, wants=f"{rule.wants} or nothing", nullable=True)


def _json(kind: str, elements: str, wants: str) -> Rule:
    return Rule("", wants, kind, elements)


TEXT = Rule("typeof({c}) = 'text'", "text")
ID = Rule(f"typeof({{c}}) = 'text' AND length({{c}}) BETWEEN 1 AND {ID_LENGTH}", "an id")
WHOLE = Rule("typeof({c}) = 'integer'", "a whole number")
NUMBER = Rule(
    f"typeof({{c}}) IN ('integer', 'real') AND {{c}} BETWEEN -{SCORE_LIMIT:.0f} AND {SCORE_LIMIT:.0f}",
    "a number",
)
FLAG = Rule("typeof({c}) = 'integer' AND {c} IN (0, 1)", "0 or 1")
DATE = Rule(
    f"typeof({{c}}) = 'text' AND date({{c}}) IS {{c}} AND {{c}} BETWEEN '{FIRST_DAY}' AND '{LAST_DAY}'",
    "a date (YYYY-MM-DD, 1900 to 2100)",
)
TEXT_LIST = _json("array", "type = 'text'", "a JSON list of text")
OBJECT = _json("object", "", "a JSON object")
IMAGE = Rule(
    "typeof({c}) = 'blob' AND (substr({c}, 1, 8) = x'89504E470D0A1A0A' OR substr({c}, 1, 3) = x'FFD8FF')",
    "a PNG or JPEG image",
)


def _levels(low: int, high: int) -> Rule:
    return _json(
        "object",
        f"type = 'integer' AND value BETWEEN {low} AND {high}",
        f"a JSON object of whole numbers from {low} to {high}",
    )


def _whole(low: int, high: int) -> Rule:
    return Rule(
        f"typeof({{c}}) = 'integer' AND {{c}} BETWEEN {low} AND {high}",
        f"a whole number from {low} to {high}",
    )


def _one_of(values: typing.Iterable[str]) -> Rule:
    listed = ", ".join(f"'{v}'" for v in values)
    return Rule(f"{{c}} IN ({listed})", f"one of {listed}")


# Columns whose rule is narrower than their type says.
SPECIAL: dict[tuple[str, str], Rule] = {
    **{key: _whole(*limits) for key, limits in LIMITS.items()},
    ("participants", "birth_year"): _whole(1900, 2100),
    ("participants", "topics_offered"): _levels(*LEVELS),
    ("participants", "topics_wanted"): _levels(*LEVELS),
    ("evaluations", "answers"): _levels(1, ANSWER_LIMIT),
    ("evaluations", "confidence"): _levels(*LEVELS),
    ("organisation", "logo"): IMAGE,
}

ERASURE_KINDS = ("erase", "anonymise")
AUDIT_KINDS = ("export", "restore", "erase", "anonymise", "setting")
REF = Rule("typeof({c}) = 'text' AND length({c}) = 64 AND {c} NOT GLOB '*[^0-9a-f]*'", "64 hex digits")

OTHER_TABLES: dict[str, dict[str, Rule]] = {
    "meta": {"key": TEXT, "value": _nullable(TEXT)},
    "erasures": {
        "id": WHOLE,
        "ref": REF,
        "kind": _one_of(ERASURE_KINDS),
        "at": TEXT,
        "user": TEXT,
        "pseudonym": TEXT,
    },
    "audit": {"id": WHOLE, "at": TEXT, "user": TEXT, "kind": _one_of(AUDIT_KINDS), "detail": TEXT},
    "actions": {
        "id": WHOLE,
        "label": TEXT,
        "at": TEXT,
        "user": TEXT,
        "state": _one_of(["done", "undone", "discarded"]),
    },
}


def _rule_for(hint: Any, special: Rule | None = None) -> Rule:
    """The rule for a field annotated ``hint`` (``special`` narrows it; None is allowed if the hint does)."""
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional, hint = True, args[0]
    origin = typing.get_origin(hint) or hint
    rule: Rule
    if special is not None:
        rule = special
    elif origin is dt.date:
        rule = DATE
    elif origin is list:
        rule = TEXT_LIST
    elif origin is dict:
        kinds = typing.get_args(hint)
        rule = _levels(*LEVELS) if kinds and kinds[1] is int else OBJECT
    elif origin is bool:
        rule = FLAG
    elif isinstance(origin, type) and issubclass(origin, enum.Enum):
        rule = _one_of(m.value for m in origin)
    elif origin is int:
        rule = WHOLE
    elif origin is float:
        rule = NUMBER
    elif origin is bytes:
        rule = IMAGE
    else:
        rule = TEXT
    return _nullable(rule) if optional else rule


@cache
def rules() -> dict[str, dict[str, Rule]]:
    """Every column's rule, by table."""
    out: dict[str, dict[str, Rule]] = {}
    for kind in ENTITY_TYPES:
        hints = typing.get_type_hints(kind)
        columns: dict[str, Rule] = {}
        for f in dataclasses.fields(kind):
            rule = _rule_for(hints[f.name], SPECIAL.get((kind.table, f.name)))
            if f.name == "id":
                rule = ID
            columns[f.name] = rule
        out[kind.table] = columns
    return {**out, **OTHER_TABLES}


class _Steps:
    """Just enough of sqlite-utils' Database for the schema steps (which only execute SQL)."""

    def __init__(self, conn: sqlcipher3.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Any = None) -> Any:
        return self.conn.execute(sql, params or [])


@cache
def _scratch(version: int) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str], ...]]]:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    steps = _Steps(conn)
    for name in STEPS[:version]:
        STEP_FUNCTIONS[name](steps)  # type: ignore[arg-type]
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {t: tuple(row[1] for row in conn.execute(f"PRAGMA table_info({t})")) for t in tables}
    references = {
        t: tuple((row[3], row[2]) for row in conn.execute(f"PRAGMA foreign_key_list({t})")) for t in tables
    }
    conn.close()
    return columns, references


def expected_columns(version: int) -> dict[str, tuple[str, ...]]:
    """Tables and columns a file of schema ``version`` has (from its steps run on a scratch database)."""
    return _scratch(min(max(version, 0), len(STEPS)))[0]


def references(version: int) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each table's references: (column, table it points to)."""
    return _scratch(min(max(version, 0), len(STEPS)))[1]


def valid_id(value: object) -> bool:
    """A document id as rmdesk writes it: a UUID in its usual lower-case form."""
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _shown(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bytes):
        return f"{len(value):,} bytes"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def plural_columns(names: list[str]) -> str:
    return ("column " if len(names) == 1 else "columns ") + ", ".join(names)


def present(conn: Any, version: int) -> tuple[dict[str, set[str]], list[str]]:
    """The expected tables the file has with their columns, and the problems of its shape."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    actual: dict[str, set[str]] = {}
    problems = []
    for table, columns in expected_columns(version).items():
        if table not in names:
            problems.append(f"table {table} is missing")
            continue
        actual[table] = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if missing := [c for c in columns if c not in actual[table]]:
            problems.append(f"table {table} lacks {plural_columns(missing)}")
    return actual, problems


@dataclass(frozen=True)
class _Check:
    column: str
    rule: Rule | None  # None: a reference to ``parent``
    parent: str = ""

    def sql(self) -> str:
        assert self.rule is not None
        return self.rule.on(self.column)

    def problem(self, table: str, row_id: object, value: object, *, element: bool = False) -> str:
        where = f"{table} row {_shown(row_id)}" if row_id is not None else f"a row of {table}"
        if self.rule is None:
            return f"{where} points to a missing {self.parent} row ({self.column} = {_shown(value)})"
        holds = f"{_shown(value)} inside {self.column}" if element else f"{_shown(value)} in {self.column}"
        return f"{where} holds {holds}, not {self.rule.wants}"


def _checks(table: str, columns: set[str], version: int) -> list[_Check]:
    """What is checked of each column of ``table`` the file has."""
    found = [_Check(column, rule) for column, rule in rules().get(table, {}).items() if column in columns]
    found += [
        _Check(column, None, parent)
        for column, parent in references(version).get(table, ())
        if column in columns and table != "changes"  # the change log is checked when replayed
    ]
    return found


def _first_bad_row(
    conn: Any, table: str, key: str, checks: list[_Check], where: str, params: list[Any]
) -> list[str]:
    """The first row (of those ``where`` selects) that breaks a check, as one problem."""
    every = " AND ".join(check.sql() for check in checks)
    each = ", ".join(f"coalesce({check.sql()}, 0)" for check in checks)
    found = conn.execute(
        f"SELECT {key}, {each} FROM {table} WHERE {where} AND NOT coalesce({every}, 0) LIMIT 1", params
    ).fetchone()
    if found is None:
        return []
    for check, ok in zip(checks, found[1:], strict=True):
        if not ok:
            value = conn.execute(f"SELECT {check.column} FROM {table} WHERE {key} = ?", [found[0]]).fetchone()
            return [check.problem(table, found[0] if key == "id" else None, value[0] if value else None)]
    return []


def _bad_json(conn: Any, table: str, checks: list[_Check], where: str, params: list[Any]) -> list[str]:
    """The first JSON value not of its kind, or element that breaks its rule, in one pass per
    column: json_each gives a scalar no key, an array's elements whole-number keys, an object's
    text keys. Text that is not JSON at all stops that pass; the row-level check then finds it."""
    for check in checks:
        rule = check.rule
        if rule is None or not rule.kind:
            continue
        keyed = "text" if rule.kind == "object" else "integer"
        condition = f"typeof(j.key) = '{keyed}'" + (f" AND ({rule.elements})" if rule.elements else "")
        try:
            found = conn.execute(
                f"SELECT t.id, j.value, j.key FROM {table} t, json_each(t.{check.column}) j "
                f"WHERE {where} AND NOT ({condition}) LIMIT 1",
                params,
            ).fetchone()
        except sqlcipher3.OperationalError as error:
            if "JSON" not in str(error):
                raise
            return _first_bad_row(conn, f"{table} t", "id", [check], where, params)
        if found and found[2] is None:  # a scalar, not a list or an object
            value = conn.execute(f"SELECT {check.column} FROM {table} WHERE id = ?", [found[0]]).fetchone()
            return [check.problem(table, found[0], value[0] if value else found[1])]
        if found:
            return [check.problem(table, found[0], found[1], element=True)]
    return []


def _bad_references(conn: Any, table: str, checks: list[_Check], where: str, params: list[Any]) -> list[str]:
    """The first reference to a row that is not there: one query per reference, over its distinct
    values (read from the column's index), so each value is looked up once."""
    for check in checks:
        if check.rule is not None:
            continue
        found = conn.execute(
            f"SELECT v FROM (SELECT DISTINCT t.{check.column} AS v FROM {table} t WHERE {where}) "
            f"WHERE v IS NOT NULL AND v NOT IN (SELECT id FROM {check.parent}) LIMIT 1",
            params,
        ).fetchone()
        if found:
            row = conn.execute(
                f"SELECT id FROM {table} WHERE {check.column} = ? LIMIT 1", [found[0]]
            ).fetchone()
            return [check.problem(table, row[0] if row else None, found[0])]
    return []


def _rows_problems(
    conn: Any, table: str, key: str, checks: list[_Check], where: str, params: list[Any]
) -> list[str]:
    """The first problem of the rows ``where`` selects: a value, a reference, then JSON."""
    values = [check for check in checks if check.rule is not None and not check.rule.kind]
    return (
        (_first_bad_row(conn, f"{table} t", key, values, where, params) if values else [])
        or _bad_references(conn, table, checks, where, params)
        or _bad_json(conn, table, checks, where, params)
    )


def _table_problems(conn: Any, table: str, columns: set[str], version: int) -> list[str]:
    checks = _checks(table, columns, version)
    key = "id" if "id" in columns else "rowid"
    found = _rows_problems(conn, table, key, checks, "1", []) if checks else []
    return [f.replace(f"{table} t row", f"{table} row") for f in found]


def value_problems(conn: Any, version: int, tables: dict[str, set[str]], *, limit: int = 1) -> list[str]:
    """Values that break the contract, at most ``limit`` (the first of each table)."""
    problems: list[str] = []
    for table, columns in tables.items():
        problems += _table_problems(conn, table, columns, version)
        if len(problems) >= limit:
            return problems[:limit]
    if "settings" in tables.get("programs", set()):
        problems += _program_problems(conn.execute("SELECT id, settings FROM programs").fetchall())
    problems += _meta_problems(conn, tables)
    return problems[:limit]


def _meta_problems(conn: Any, tables: dict[str, set[str]]) -> list[str]:
    if "meta" not in tables:
        return []
    row = conn.execute("SELECT value FROM meta WHERE key = 'document_id'").fetchone()
    if row is None:
        return ["it has no document id"]
    if not valid_id(row[0]):
        return [f"its document id {_shown(row[0])} is not a valid id"]
    return []


def _program_problems(rows: list[tuple[Any, Any]]) -> list[str]:
    """A program's settings: its questionnaire must read whole (matching rules fall back to defaults)."""
    for row_id, text in rows:
        try:
            settings = json.loads(text)
            questionnaire = Questionnaire.of(settings)
            sound = (
                questionnaire.scale in SCALES
                and all(
                    isinstance(getattr(q, f), str)
                    for q in questionnaire.items
                    for f in ("key", "level", "text")
                )
                and isinstance(settings.get("matching", {}), dict)
            )
        except (TypeError, ValueError, AttributeError):
            sound = False
        if not sound:
            return [f"programs row {_shown(row_id)} holds settings rmdesk cannot read"]
    return []


def split(tables: dict[str, set[str]]) -> list[dict[str, set[str]]]:
    """The tables in two parts of about equal work (evaluations, with most rows and JSON, and the
    rest), to be checked at the same time."""
    heavy = {table: columns for table, columns in tables.items() if table == "evaluations"}
    rest = {table: columns for table, columns in tables.items() if table not in heavy}
    return [part for part in (heavy, rest) if part]


def problems(conn: Any, version: int, *, limit: int = 1) -> list[str]:
    """The file's problems of shape, then of values, at most ``limit``; empty when it keeps the contract."""
    tables, shape = present(conn, version)
    if shape:
        return shape[:limit]
    return value_problems(conn, version, tables, limit=limit)


def row_problems(conn: Any, table: str, version: int, where: str, params: list[Any]) -> list[str]:
    """The first problem of the rows of ``table`` that ``where`` (over ``t``) selects: an undo
    checks the rows it wrote before it keeps them. References are left to SQLite, which refuses
    a write that breaks one (foreign keys are on for every rmdesk connection)."""
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    checks = [check for check in _checks(table, columns, version) if check.rule is not None]
    found = _rows_problems(conn, table, "id", checks, where, params)
    if not found and table == "programs" and "settings" in columns:
        found = _program_problems(
            conn.execute(f"SELECT id, settings FROM programs t WHERE {where}", params).fetchall()
        )
    return [f.replace(f"{table} t row", f"{table} row") for f in found]
