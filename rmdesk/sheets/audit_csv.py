"""The audit trail as a CSV file, every field safe to open in a spreadsheet (``safe.csv_field``), its
headers, kinds and states in the file's language (what was done is written as it was recorded)."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from rmdesk.domain import i18n
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP
from rmdesk.sheets import safe
from rmdesk.store.audit import Entry
from rmdesk.store.errors import DocumentError, from_os

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditCsv", "When (local time)"),
    QT_TRANSLATE_NOOP("AuditCsv", "When (UTC)"),
    QT_TRANSLATE_NOOP("AuditCsv", "User"),
    QT_TRANSLATE_NOOP("AuditCsv", "Kind"),
    QT_TRANSLATE_NOOP("AuditCsv", "What"),
    QT_TRANSLATE_NOOP("AuditCsv", "State"),
)
# The words of store.audit's Entry.kind_text and Entry.state_text, translated where they are written.
WORDS = (
    QT_TRANSLATE_NOOP("AuditCsv", "Edit"),
    QT_TRANSLATE_NOOP("AuditCsv", "Export"),
    QT_TRANSLATE_NOOP("AuditCsv", "Restore"),
    QT_TRANSLATE_NOOP("AuditCsv", "Erasure"),
    QT_TRANSLATE_NOOP("AuditCsv", "Anonymisation"),
    QT_TRANSLATE_NOOP("AuditCsv", "Setting"),
    QT_TRANSLATE_NOOP("AuditCsv", "not yet in the file"),
    QT_TRANSLATE_NOOP("AuditCsv", "undone"),
    QT_TRANSLATE_NOOP("AuditCsv", "undone, then replaced"),
    QT_TRANSLATE_NOOP("AuditCsv", "in force"),
)


def write_audit(entries: Sequence[Entry], path: Path | str, language: str | None = None) -> Path:
    """Write the entries (UTF-8 with a byte order mark, so Excel reads it as UTF-8) via a partial
    file renamed at the end: a failure leaves nothing behind. Headers, kinds and states in
    ``language`` (the file's: ``Organisation.language``; None: the language spoken)."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise DocumentError(
            i18n.translate(
                "AuditCsv", "{name} does not end in .csv; give the file that ending to export the audit."
            ).format(name=path.name)
        )
    if not path.parent.is_dir():
        raise DocumentError(
            i18n.translate(
                "AuditCsv", "The folder {folder} does not exist; create it or choose another."
            ).format(folder=path.parent)
        )
    words = i18n.words(language) if language is not None else i18n.current()
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow([words.translate("AuditCsv", column) for column in COLUMNS])
            for entry in entries:
                writer.writerow(
                    [
                        safe.csv_field(value)
                        for value in (
                            entry.when,
                            entry.at,
                            entry.user,
                            words.translate("AuditCsv", entry.kind_text),
                            entry.what,
                            words.translate("AuditCsv", entry.state_text),
                        )
                    ]
                )
        os.replace(partial, path)
    except OSError as error:
        raise from_os(error, str(path)) from None
    finally:
        partial.unlink(missing_ok=True)
    return path
