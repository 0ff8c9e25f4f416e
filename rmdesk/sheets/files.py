"""Opening a spreadsheet someone sent: what it really is, and refusing what could hurt.

A staff list or a filled-in workbook comes from outside: it may be a CSV renamed to .xlsx,
an old .xls, a password-protected workbook, a zip bomb, an XML entity trick or plain
binary. Each is refused here with one sentence, before openpyxl or csv reads a byte of it.
Entity tricks are refused twice over: every XML part's prolog is looked at before openpyxl
parses anything, and defusedxml (installed with rmdesk) makes openpyxl refuse any it meets.
"""

from __future__ import annotations

import re
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rmdesk.store.errors import DocumentError

if TYPE_CHECKING:
    from openpyxl import Workbook

MB = 1024 * 1024
UNPACKED_LIMIT = 200 * MB  # what a workbook may unpack to before it is read at all
Kind = Literal["xlsx", "csv"]
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "EncryptionInfo".encode("utf-16-le")  # a stream only password-protected workbooks have
PROLOG_WINDOW = 64 * 1024  # what comes before a part's first element: a few dozen bytes in real files
# The XML declaration, processing instructions, comments and blanks that may precede the root.
PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)


class SpreadsheetRefused(DocumentError):
    """A file that is not a spreadsheet rmdesk can read safely; the message says why and what to do."""


def kind_of(path: Path) -> Kind:
    """Whether ``path`` holds an Excel workbook or delimited text, judged by its bytes, not its name."""
    name = path.name
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except FileNotFoundError:
        raise SpreadsheetRefused(f"{name} does not exist.") from None
    except IsADirectoryError:
        raise SpreadsheetRefused(f"{name} is a folder, not a spreadsheet.") from None
    except OSError as error:
        raise SpreadsheetRefused(f"{name} cannot be read ({error.strerror}).") from None
    if not head:
        raise SpreadsheetRefused(f"{name} is empty.")
    if head.startswith(OLE):
        if _holds(path, ENCRYPTED):
            raise SpreadsheetRefused(
                f"{name} is protected with a password. Open it in Excel, remove the password "
                "(File > Info > Protect Workbook), save it and try again."
            )
        raise SpreadsheetRefused(
            f"{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as "
            "an Excel Workbook (.xlsx) or as CSV, then try again."
        )
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"  # "Unicode text" as Excel saves it: UTF-16
    if b"\x00" in head:
        raise SpreadsheetRefused(f"{name} is not a spreadsheet: it holds binary data, not text or Excel.")
    return "csv"


def _holds(path: Path, marker: bytes, chunk: int = 1024 * 1024) -> bool:
    """Whether ``marker`` is anywhere in the file, read a chunk at a time."""
    tail = b""
    with path.open("rb") as file:
        while block := file.read(chunk):
            if marker in tail + block:
                return True
            tail = block[-len(marker) :]
    return False


def _tricked(path: Path) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        f"{path.name} contains XML tricks that could harm this computer; it was not read."
    )


def _declares_a_doctype(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether an XML part declares a DTD (where entities live), judged from its prolog alone.

    Office never writes one. A prolog longer than :data:`PROLOG_WINDOW` counts as a trick too.
    Parts that are not XML (images, binary parts) say no."""
    with archive.open(member) as part:
        head = part.read(PROLOG_WINDOW)
    whole = len(head) < PROLOG_WINDOW  # the part ends inside the window
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec, errors="ignore").encode("utf-8")
            break
    else:
        if head.startswith(b"<\x00"):  # UTF-16 without a byte order mark, as XML allows
            head = head.decode("utf-16-le", errors="ignore").encode("utf-8")
        elif head.startswith(b"\x00<"):
            head = head.decode("utf-16-be", errors="ignore").encode("utf-8")
    if not head.lstrip().startswith(b"<"):
        return False
    prolog = PROLOG.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    if not rest or rest.startswith((b"<!--", b"<?")):  # the prolog goes on past what we read
        return not whole  # (a part that ends inside its prolog is damaged, not a trick)
    return rest[:9].upper() == b"<!DOCTYPE"


def check_workbook(path: Path, limit: int = UNPACKED_LIMIT) -> None:
    """Refuse a zip that is not a workbook, one that would unpack to more than ``limit`` bytes, or
    one with a part that declares a DTD (where XML entity tricks live)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            unpacked = sum(m.file_size for m in members)
            parts = [m for m in members if not m.is_dir()]
            if (
                "xl/workbook.xml" in names
                and unpacked <= limit
                and any(_declares_a_doctype(archive, m) for m in parts)
            ):
                raise _tricked(path)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
        raise SpreadsheetRefused(f"{name} is damaged: it cannot be opened as an Excel workbook.") from None
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise SpreadsheetRefused(f"{name} is a zip file, not an Excel workbook.")
    if "xl/workbook.bin" in names:
        raise SpreadsheetRefused(
            f"{name} is a binary Excel workbook (.xlsb). Save it as an Excel Workbook (.xlsx) and try again."
        )
    if unpacked > limit:
        raise SpreadsheetRefused(
            f"{name} would unpack to {unpacked / MB:,.0f} MB, more than the {limit / MB:,.0f} MB "
            "a staff list or questionnaire needs; it was not read."
        )


def open_workbook(path: Path, *, read_only: bool = True, limit: int = UNPACKED_LIMIT) -> Workbook:
    """An openpyxl workbook of values (never formulas), after every check above."""
    if kind_of(path) != "xlsx":
        raise SpreadsheetRefused(
            f"{path.name} is not an Excel workbook: it holds text (such as CSV). Choose the .xlsx file, "
            "or open this one in Excel and save it as an Excel Workbook (.xlsx)."
        )
    check_workbook(path, limit)
    import openpyxl  # slow to import: only when a workbook is read

    if not openpyxl.DEFUSEDXML:
        raise SpreadsheetRefused(
            f"{path.name} was not read: workbooks cannot be read safely here because the defusedxml "
            "package is missing or switched off (OPENPYXL_DEFUSEDXML); reinstall rmdesk."
        )
    try:
        with _sizes_not_looked_for():
            return openpyxl.load_workbook(path, read_only=read_only, data_only=True)
    except Exception as error:  # openpyxl and defusedxml raise many kinds for one cause: a bad file
        raise _unreadable(path, error) from None


_SIZES = threading.Lock()


@contextmanager
def _sizes_not_looked_for() -> Iterator[None]:
    """openpyxl's read-only sheets look for their size as they open; in a workbook without one
    (as many exporting programs write them) that reads the whole sheet once more. rmdesk reads
    every row there is anyway and never trusts a stated size, so the look is skipped."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    with _SIZES:
        looked = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = lambda self: None
        try:
            yield
        finally:
            ReadOnlyWorksheet._get_size = looked


def _unreadable(path: Path, error: Exception) -> SpreadsheetRefused:
    """The sentence for anything openpyxl or defusedxml raised while reading ``path``."""
    reason = type(error).__name__
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps what the parser raised in a ValueError
        if "Forbidden" in type(cause).__name__:  # defusedxml: DTDForbidden, EntitiesForbidden...
            return _tricked(path)
        cause = cause.__cause__ or cause.__context__
    return SpreadsheetRefused(f"{path.name} is damaged and cannot be read as a workbook ({reason}).")


def read_workbook(path: Path, *, limit: int = UNPACKED_LIMIT) -> dict[str, list[list[Any]]]:
    """Every sheet's values (hidden sheets too), by sheet name, after the checks of
    :func:`open_workbook`; the file is closed again and anything that goes wrong while reading the
    rows is refused with a sentence too. For small workbooks: everything is held in memory."""
    book = open_workbook(path, read_only=True, limit=limit)
    try:
        sheets: dict[str, list[list[Any]]] = {}
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # other programs' dimensions may be wrong: read every row there is
            sheets[sheet.title] = [list(row) for row in sheet.iter_rows(values_only=True)]
        return sheets
    except SpreadsheetRefused:
        raise
    except Exception as error:  # rows are parsed only now, in read-only mode
        raise _unreadable(path, error) from None
    finally:
        book.close()


def read_text(path: Path) -> str:
    """The text of a delimited file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
