"""Cells, CSV fields and sheet names made safe: text stays text, names never break a workbook."""

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from rmdesk.sheets import safe

from .hostile import HOSTILE_NAMES, armed_cells


def test_a_workbook_of_hostile_texts_and_sheet_names_saves_and_reads_back_as_text(tmp_path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in HOSTILE_NAMES:
        sheet = book.create_sheet(safe.sheet_title(name, book.sheetnames))
        safe.append(sheet, [name, f"{name} and {name}", 42])
        safe.put(sheet, "B2", name)
    path = tmp_path / "hostile.xlsx"
    book.save(path)
    back = openpyxl.load_workbook(path)
    assert len(back.sheetnames) == len(HOSTILE_NAMES)
    assert armed_cells(path) == []
    for sheet, name in zip(back.worksheets, HOSTILE_NAMES, strict=True):
        expected = safe.clean(name).replace("\r", "\n")  # XML reads a carriage return as a line feed
        assert sheet["A1"].value == expected and sheet["A1"].data_type == "s"
        assert sheet["B2"].value == expected and sheet["C1"].value == 42
    assert back.worksheets[0].title == "Ravi a-l Muthu"
    assert safe.clean("Nul\x00byte") == "Nulbyte"
    assert len(safe.clean("x" * 40_000)) == safe.CELL_LIMIT


def test_sheet_names_are_short_unique_and_never_reserved():
    taken: list[str] = []
    for _ in range(12):
        taken.append(safe.sheet_title("Mentor - " + "王" * 40, taken))
    assert len({t.casefold() for t in taken}) == 12
    assert all(safe._units(t) <= 31 for t in taken)
    assert taken[1].endswith("(2)") and taken[11].endswith("(12)")
    assert safe.sheet_title("History") == "History 1"
    assert safe.sheet_title("  ''  ") == "Sheet"
    assert safe.sheet_title("🚀" * 20) == "🚀" * 15  # 31 UTF-16 units: emoji count twice
    assert safe.sheet_title("a", ["A"]) == "a (2)"


@given(st.text(max_size=80), st.lists(st.text(max_size=40), max_size=5))
def test_any_text_gives_a_sheet_name_openpyxl_accepts(text, taken):
    taken = [safe.sheet_title(t) for t in taken]
    title = safe.sheet_title(text, taken)
    assert title and safe._units(title) <= 31 and not safe.SHEET_UNSAFE.search(title)
    assert title.casefold() not in {t.casefold() for t in taken}
    assert not title.startswith("'") and not title.endswith("'")
    openpyxl.Workbook().create_sheet(title)  # raises on a name Excel would refuse


def test_csv_fields_that_would_run_are_neutralised_and_the_rest_kept():
    assert [safe.csv_field(t) for t in ("=1+1", "+62 812", "-2+3", "@SUM(A1)", "\tx", "\rx")] == [
        "'=1+1",
        "'+62 812",
        "'-2+3",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
    ]
    assert safe.csv_field("Siti Rahma") == "Siti Rahma" and safe.csv_field("a=b") == "a=b"
    assert safe.csv_field(-3) == -3  # numbers stay numbers
    assert safe.csv_field("Nul\x00byte") == "Nulbyte"
