"""`rmdesk check`: is a file whole, consistent and of the schema and values its version promises?"""

from __future__ import annotations

from pathlib import Path

from rmdesk.store import contract
from rmdesk.store.document import SqlError, connect
from rmdesk.store.errors import DocumentError, one_line
from rmdesk.store.header import read_header

LISTED = 20  # problems listed at most, of each kind


def check(path: Path, passphrase: str | None = None) -> list[str]:
    """Every problem found in the file; an empty list means it is healthy. Never writes to it."""
    try:
        head = read_header(path, passphrase=bool(passphrase))
        conn = connect(path, passphrase=passphrase, readonly=True, wal=head.wal)
    except DocumentError as error:
        return [str(error)]
    try:
        problems = [
            row[0] for row in conn.execute(f"PRAGMA integrity_check({LISTED})").fetchall() if row[0] != "ok"
        ]
        if problems:  # the values of a file with broken pages cannot be read reliably
            return problems
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables, shape = contract.present(conn, version)
        problems += shape
        problems += contract.value_problems(conn, version, tables, limit=LISTED)
        problems += _change_log_problems(conn, tables)
    except SqlError as error:
        return [f"{path.name} is damaged: {one_line(str(error))}"]
    finally:
        conn.close()
    return problems


def _change_log_problems(conn: object, tables: dict[str, set[str]]) -> list[str]:
    """Change-log entries an undo or redo would refuse: another table, or images that are no rows."""
    if not {"tbl", "before", "after"} <= tables.get("changes", set()):
        return []
    known = ", ".join(f"'{t}'" for t in contract.rules() if t not in ("meta", "actions"))
    image = "({c} IS NULL OR (typeof({c}) = 'text' AND json_valid({c}) AND json_type({c}) = 'object'))"
    found = conn.execute(  # type: ignore[attr-defined]
        f"SELECT id FROM changes WHERE tbl NOT IN ({known}) OR NOT {image.format(c='before')} "
        f"OR NOT {image.format(c='after')} LIMIT {LISTED}"
    ).fetchall()
    return [f"change log entry {row[0]} cannot be replayed" for row in found]
