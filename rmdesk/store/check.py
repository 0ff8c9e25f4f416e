"""`rmdesk check`: is a file whole, consistent and of the schema its version promises?"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from rmdesk.store.document import SqlError, connect
from rmdesk.store.errors import DocumentError
from rmdesk.store.header import read_header
from rmdesk.store.schema import STEPS, migrations


@cache
def expected_columns(version: int) -> dict[str, tuple[str, ...]]:
    """Tables and columns a file of schema ``version`` must have, from a scratch database."""
    db = Database(sqlcipher3.connect(":memory:", isolation_level=None))
    stop = STEPS[version] if version < len(STEPS) else None
    migrations().apply(db, stop_before=stop)
    return {t.name: tuple(t.columns_dict) for t in db.tables}


def check(path: Path, passphrase: str | None = None) -> list[str]:
    """Every problem found in the file; an empty list means it is healthy."""
    try:
        if passphrase is None:
            read_header(path)
        conn = connect(path, passphrase=passphrase, readonly=True)
    except DocumentError as error:
        return [str(error)]
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)").fetchall() if row[0] != "ok"]
        problems += [
            f"{table} row {rowid} points to a missing {parent} row"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        actual = {t.name: set(t.columns_dict) for t in Database(conn).tables}
    except SqlError as error:
        return [f"{path.name} is damaged: {error}"]
    finally:
        conn.close()
    for table, columns in expected_columns(version).items():
        if table not in actual:
            problems.append(f"table {table} is missing")
        elif missing := set(columns) - actual[table]:
            problems.append(f"table {table} lacks columns {', '.join(sorted(missing))}")
    return problems
