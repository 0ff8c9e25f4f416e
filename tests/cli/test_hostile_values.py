"""Random values of every type in every column of every table of a copy of a demo file.

Every command that reads the file, and the window, either works or refuses in one line with a
non-zero exit; never a traceback, never a changed file after a refusal (and never a changed file
after a command that only reads). ``RMDESK_HYPOTHESIS_EXAMPLES`` runs more examples (default 30).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmdesk.cli import COMMANDS, main
from rmdesk.store.contract import expected_columns
from rmdesk.store.schema import SCHEMA_VERSION
from tests.store.damage import listing

EXAMPLES = int(os.environ.get("RMDESK_HYPOTHESIS_EXAMPLES", "30"))
COLUMNS = sorted(
    (table, column) for table, columns in expected_columns(SCHEMA_VERSION).items() for column in columns
)
READERS: list[list[str]] = [
    ["info"],
    ["check"],
    ["pairs"],
    ["pair"],
    ["report", "--out", "{out}/program.pdf"],
    ["backup", "--list"],
    ["history"],
]
READERS.append(["audit"])
WRITERS = [["undo"]]
if "export" in COMMANDS:  # the lists as a workbook (recorded in the file's audit, so a writer)
    WRITERS.append(["export", "{out}/lists.xlsx"])
EXISTING = "<an id of another row>"

scalars = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.integers(min_value=-3, max_value=120),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.binary(max_size=30),
)
json_texts = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
).map(json.dumps)
plausible = st.sampled_from(
    [
        "", "[]", "{}", "[1]", '["AI tools"]', '{"AI tools": 3}', '{"AI tools": 9}', '{"q1": "five"}',
        '{"questionnaire": {"scale": 9}}', '{"matching": {"topic_weight": "heavy"}}', '{"matching": []}',
        "2026-06-01", "2026-02-30", "1899-12-31", "9999-12-31", "2026-06-01T10:00",
        "active", "proposed", "ended_early", "paused", "mentor", "hr", "final", "done", "running", "closed",
        "outsourced", "in_person", "undone", "discarded", "document_id", "participants", "x" * 2000,
        "\x00", "Zoë\u200b", 0, 1, 2, 3, 5, 7, 60, 100, 365, 601, 1899, 2101, -1, 0.5, float("inf"),
        b"\x89PNG\r\n\x1a\n" + b"\0" * 20, EXISTING,
    ]
)  # fmt: skip
values = st.one_of(scalars, json_texts, plausible)
mutations = st.lists(
    st.tuples(st.sampled_from(COLUMNS), values, st.sampled_from(["first", "last", "all"])),
    min_size=1,
    max_size=3,
)


def _spoil(path: Path, changes: list[tuple[tuple[str, str], object, str]]) -> None:
    """Write each value with another SQLite program; what the schema itself refuses is skipped."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    for (table, column), value, rows in changes:
        where = {
            "first": f"rowid = (SELECT min(rowid) FROM {table})",
            "last": f"rowid = (SELECT max(rowid) FROM {table})",
        }
        condition = where.get(rows, "1")
        if value == EXISTING:
            source = {"participants": "participants", "pairs": "pairs"}.get(table, "participants")
            value = conn.execute(f"SELECT id FROM {source} ORDER BY id DESC LIMIT 1").fetchone()[0]
        with contextlib.suppress(sqlite3.IntegrityError, sqlite3.OperationalError, sqlite3.InterfaceError):
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {condition}", [value])
    conn.close()


def _run(path: Path, command: list[str], out: Path) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    args = [command[0], str(path), *(a.format(out=out) for a in command[1:])]
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = main(args)
        except SystemExit as stop:
            code = int(stop.code or 0)
    return code, stdout.getvalue(), stderr.getvalue()


def _command_copes(path: Path, command: list[str], out: Path, *, reads_only: bool) -> None:
    before = listing(path.parent)
    code, printed, err = _run(path, command, out)
    said = f"{command}: exit {code}\n{err}"
    assert "Traceback" not in printed + err and "did not expect" not in err, said
    if code != 0:
        assert command == ["check"] or len(err.strip().splitlines()) == 1, said
        assert command != ["check"] or printed.startswith("problem: "), said
    if code != 0 or reads_only:
        assert listing(path.parent) == before, f"{said}: the file changed"


def _window_copes(path: Path, qtbot) -> None:
    from rmdesk.gui import app as gui_app
    from rmdesk.gui import crash
    from rmdesk.gui.main_window import SECTIONS, MainWindow
    from rmdesk.gui.work import Messages

    told: list[tuple[str, str]] = []
    crashed: list[object] = []
    refusal, report = Messages.refusal, crash.report
    Messages.refusal = staticmethod(lambda parent, title, text: told.append((title, text)))  # type: ignore[method-assign]
    crash.report = lambda *args: crashed.append(args)  # type: ignore[assignment]
    before = listing(path.parent)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        doc = gui_app.open_document(path, win)
        if doc is not None:
            win.show_document(doc)
            for row in range(len(SECTIONS)):
                win.go_to(win.section(row))
            win.close_document()
        win.close()
    finally:
        Messages.refusal, crash.report = refusal, report  # type: ignore[method-assign]
    assert crashed == []
    told = [t for t in told if t[0] != "No snapshot taken"]
    if doc is None:
        assert len(told) == 1 and "\n" not in told[0][1], told
    else:
        assert told == [], told
    assert listing(path.parent) == before


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(changes=mutations)
@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_every_reader_and_the_window_work_or_refuse_in_one_line(changes, demo_template, qtbot):
    with tempfile.TemporaryDirectory() as scratch:
        folder, out = Path(scratch) / "files", Path(scratch) / "out"
        folder.mkdir()
        out.mkdir()
        path = folder / "client.rmdesk"
        shutil.copyfile(demo_template, path)
        _spoil(path, changes)
        for command in READERS:
            _command_copes(path, command, out, reads_only=True)
        _window_copes(path, qtbot)
        for command in WRITERS:
            _command_copes(path, command, out, reads_only=False)


def _allowed(table: str, column: str, ids: dict[str, list[str]]) -> st.SearchStrategy[object]:
    """Values the contract lets through for one column: odd, but of the right kind and range."""
    import dataclasses
    import datetime as dt
    import enum
    import types
    import typing

    from rmdesk.domain.entities import BY_TABLE
    from rmdesk.domain.validation import LEVELS, LIMITS
    from rmdesk.store.contract import references

    parents = dict(references(SCHEMA_VERSION).get(table, ()))
    kind = BY_TABLE.get(table)
    if column in parents:
        return st.sampled_from(ids[parents[column]] or [None])
    if kind is None or column not in {f.name for f in dataclasses.fields(kind)}:
        return st.nothing()
    hint = typing.get_type_hints(kind)[column]
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType)
    if optional:
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    origin = typing.get_origin(hint) or hint
    low, high = LIMITS.get((table, column), (-(2**31), 2**31))
    found: st.SearchStrategy[object]
    if column == "id":
        return st.nothing()  # ids tie rows together; changing them is a reference test of its own
    if origin is dt.date:
        found = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    elif origin is list:
        found = st.lists(st.text(max_size=12), max_size=4).map(json.dumps)
    elif origin is dict and typing.get_args(hint)[1] is int:
        top = 7 if column == "answers" else LEVELS[1]
        found = st.dictionaries(st.text(max_size=12), st.integers(1, top), max_size=4).map(json.dumps)
    elif origin is dict:
        found = st.sampled_from(
            ["{}", '{"matching": {"topic_weight": -999}}', '{"questionnaire": {"scale": 4}}']
        )
    elif origin is bool:
        found = st.sampled_from([0, 1])
    elif isinstance(origin, type) and issubclass(origin, enum.Enum):
        found = st.sampled_from([m.value for m in origin])
    elif origin is int:
        found = st.integers(
            max(low, 1900) if column == "birth_year" else low,
            min(high, 2100) if column == "birth_year" else high,
        )
    elif origin is float:
        found = st.floats(-1e6, 1e6)
    elif origin is bytes:
        found = st.binary(max_size=40).map(lambda b: b"\x89PNG\r\n\x1a\n" + b)
    else:
        found = st.text(max_size=60) | st.sampled_from(["", " ", "\x00", "x" * 3000, "Zoë / Muñoz \u202e"])
    return st.none() | found if optional else found


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_values_the_contract_lets_through_never_break_a_reader(data, demo_template, qtbot):
    conn = sqlite3.connect(demo_template)
    ids = {
        t: [r[0] for r in conn.execute(f"SELECT id FROM {t}")] for t in ("participants", "programs", "pairs")
    }
    conn.close()
    entity_columns = [(t, c) for t, c in COLUMNS if t not in ("meta", "actions", "changes") and c != "id"]
    picked = data.draw(st.lists(st.sampled_from(entity_columns), min_size=1, max_size=4))
    changes = [
        (column, data.draw(_allowed(*column, ids)), data.draw(st.sampled_from(["first", "last", "all"])))
        for column in picked
    ]
    with tempfile.TemporaryDirectory() as scratch:
        folder, out = Path(scratch) / "files", Path(scratch) / "out"
        folder.mkdir()
        out.mkdir()
        path = folder / "client.rmdesk"
        shutil.copyfile(demo_template, path)
        _spoil(path, changes)
        for command in READERS:
            _command_copes(path, command, out, reads_only=True)
        _window_copes(path, qtbot)
        for command in [*WRITERS, ["pair", "--apply"], ["start", "--all-proposed"]]:
            _command_copes(path, command, out, reads_only=False)
