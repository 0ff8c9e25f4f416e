"""The audit trail as a CSV file, every field safe to open in a spreadsheet (``safe.csv_field``)."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from rmdesk.sheets import safe
from rmdesk.store.audit import Entry
from rmdesk.store.errors import DocumentError, from_os

COLUMNS = ("When (local time)", "When (UTC)", "User", "Kind", "What", "State")


def write_audit(entries: Sequence[Entry], path: Path | str) -> Path:
    """Write the entries (UTF-8 with a byte order mark, so Excel reads it as UTF-8) via a partial
    file renamed at the end: a failure leaves nothing behind."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise DocumentError(
            f"{path.name} does not end in .csv; give the file that ending to export the audit."
        )
    if not path.parent.is_dir():
        raise DocumentError(f"The folder {path.parent} does not exist; create it or choose another.")
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(COLUMNS)
            for entry in entries:
                writer.writerow(
                    [
                        safe.csv_field(value)
                        for value in (
                            entry.when,
                            entry.at,
                            entry.user,
                            entry.kind_text,
                            entry.what,
                            entry.state_text,
                        )
                    ]
                )
        os.replace(partial, path)
    except OSError as error:
        raise from_os(error, str(path)) from None
    finally:
        partial.unlink(missing_ok=True)
    return path
