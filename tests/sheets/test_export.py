"""Everything out: every list of the demo with the right rows and real dates, hostile text inert in
the workbook and in CSV, anonymised exports that name nobody, and no half-written file ever."""

import csv
import dataclasses
import datetime as dt
import io

import openpyxl
import pytest

from rmdesk.domain import Pair, PairStatus, Participant
from rmdesk.sheets.export import KINDS, ExportRefused, export_all
from rmdesk.store import Document, queries
from rmdesk.store.errors import Cancelled

from .hostile import HOSTILE_NAMES, armed_cells, arming_texts

SHEETS = ["Participants", "Enrolments", "Pairs", "Goals", "Meetings", "Evaluations"]
DATES = {
    "Participants": ["Contract end", "Consent date"],
    "Pairs": ["Started", "Ended", "Last meeting"],
    "Goals": ["Target date"],
    "Meetings": ["Date"],
    "Evaluations": ["Date"],
}


def header(sheet):
    return [cell.value for cell in sheet[1]]


def column(sheet, title):
    index = header(sheet).index(title)
    return [row[index] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_demo_exports_every_list_with_its_rows_typed_columns_and_real_dates(demo_file, tmp_path):
    with Document.open(demo_file, readonly=True) as doc:
        counts = doc.counts()
        done = export_all(doc, tmp_path / "demo.xlsx")
        people = {p.id: p for p in doc.all(Participant)}
        pairs = {p.id: p for p in doc.all(Pair)}
        program = queries.programs(doc)[0]
    assert done.paths == [tmp_path / "demo.xlsx"] and list(done.counts) == list(KINDS)
    assert done.summary().startswith("60 participants, 60 enrolments, 23 pairs")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".rmdesk")) == ["demo.xlsx"]
    book = openpyxl.load_workbook(tmp_path / "demo.xlsx")
    assert book.sheetnames == SHEETS
    for sheet, kind in zip(book.worksheets, KINDS, strict=True):
        assert sheet.max_row - 1 == counts[kind] == done.counts[kind], kind
        assert (
            sheet.freeze_panes == "A2"
            and sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert all(cell.font.bold for cell in sheet[1])
        assert all(8 <= sheet.column_dimensions[c.column_letter].width <= 60 for c in sheet[1])
        for title in DATES.get(sheet.title, []):
            values = [v for v in column(sheet, title) if v is not None]
            assert values or title in ("Contract end", "Ended"), (sheet.title, title)
            assert all(isinstance(v, dt.datetime) for v in values), (sheet.title, title)
    participants = book["Participants"]
    by_id = dict(zip(column(participants, "Participant ID"), participants.iter_rows(min_row=2), strict=True))
    person = next(p for p in people.values() if p.manager_id and p.grade is not None)
    row = {title: cell for title, cell in zip(header(participants), by_id[person.id], strict=True)}
    assert row["Name"].value == person.name and row["Email"].value == person.email
    assert (
        row["Manager"].value == people[person.manager_id].name
        and row["Manager ID"].value == person.manager_id
    )
    assert row["Grade"].value == person.grade and row["Grade"].data_type == "n"
    assert row["Archived"].value is False and row["Archived"].data_type == "b"
    names = column(participants, "Name")
    assert names == sorted(names, key=str.casefold)
    pairs_sheet = book["Pairs"]
    pair_rows = dict(
        zip(column(pairs_sheet, "Pair ID"), pairs_sheet.iter_rows(min_row=2, values_only=True), strict=True)
    )
    pair = next(p for p in pairs.values() if p.status is PairStatus.ACTIVE)
    titles = header(pairs_sheet)
    shown = dict(zip(titles, pair_rows[pair.id], strict=True))
    assert shown["Program"] == program.name and shown["Status"] == "Active"
    assert (
        shown["Reverse mentor"] == people[pair.mentor_id].name
        and shown["Mentee"] == people[pair.mentee_id].name
    )
    assert shown["Started"].date() == pair.started_on and shown["Mentor ID"] == pair.mentor_id
    evaluations = book["Evaluations"]
    assert "sessions_useful" in header(evaluations)
    assert {type(v) for v in column(evaluations, "sessions_useful")} <= {int, type(None)}
    assert any(t.startswith("Confidence: ") for t in header(evaluations))


@pytest.fixture
def hostile(demo_file):
    """The demo with a person for each hostile name, paired, with hostile notes and topics."""
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        doc.update(dataclasses.replace(program, topics=["=cmd|' /C calc'!A0", *program.topics]))
        people = [
            doc.add(
                Participant(
                    name=name, email=f"p{n}@example.com", employee_no=f"@{n}", notes="=1+1", grade=3 + n % 5
                )
            )
            for n, name in enumerate(HOSTILE_NAMES)
        ]
        for mentor, mentee in zip(people, people[1:] + people[:1], strict=True):
            doc.add(Pair(program_id=program.id, mentor_id=mentor.id, mentee_id=mentee.id, end_reason="-left"))
        yield doc


def test_hostile_text_is_written_as_text_in_the_workbook(hostile, tmp_path):
    path = export_all(hostile, tmp_path / "out.xlsx").paths[0]
    assert armed_cells(path) == []
    texts = arming_texts(path)
    assert (
        "=cmd|' /C calc'!A0" in texts
        and "=1+1" in texts
        and "#N/A" in column(openpyxl.load_workbook(path)["Participants"], "Name")
    )
    assert len(texts) > 30
    names = column(openpyxl.load_workbook(path)["Participants"], "Name")
    assert "Nulbyte Budi" in names and "x" * 10_000 in names and "Zoë 🚀 Hartono" in names


def test_csv_starts_with_a_bom_and_neutralises_what_would_run(hostile, tmp_path):
    done = export_all(hostile, tmp_path / "list.csv")
    assert [p.name for p in done.paths] == [f"list-{kind}.csv" for kind in KINDS]
    for path in done.paths:
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbfProgram,") or data.startswith(b"\xef\xbb\xbfName,")
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
            for field in row:
                assert not field.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, field)
    people = list(csv.DictReader(io.StringIO(done.paths[0].read_bytes().decode("utf-8-sig"), newline="")))
    by_email = {p["Email"]: p for p in people}
    assert by_email["p1@example.com"]["Name"] == "'=cmd|' /C calc'!A0"
    assert by_email["p0@example.com"]["Name"] == "Ravi a/l Muthu"
    assert by_email["p0@example.com"]["Employee no."] == "'@0"
    assert by_email["p8@example.com"]["Name"] == "Nulbyte Budi"
    assert by_email["p7@example.com"]["Name"] == "'\rCarriage Return"
    assert by_email["p9@example.com"]["Name"] == "x" * 10_000
    assert by_email["p3@example.com"]["Notes"] == "'=1+1"
    assert by_email["p3@example.com"]["Archived"] == "FALSE"
    one = export_all(hostile, tmp_path / "pairs only.csv", what="pairs")
    assert one.paths == [tmp_path / "pairs only.csv"] and list(one.counts) == ["pairs"]


def every_text(path):
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value
    )


def test_an_anonymised_export_names_nobody_and_keeps_one_pseudonym_per_person(demo_file, tmp_path):
    with Document.open(demo_file, readonly=True) as doc:
        people = doc.all(Participant)
        pairs = doc.all(Pair)
        xlsx = export_all(doc, tmp_path / "anon.xlsx", anonymise=True)
        csvs = export_all(doc, tmp_path / "anon.csv", anonymise=True)
    assert xlsx.anonymised
    secrets = (
        [p.name for p in people]
        + [p.email for p in people if p.email]
        + [p.employee_no for p in people if p.employee_no]
    )
    assert len(secrets) > 150
    for path in [*xlsx.paths, *csvs.paths]:
        text = every_text(path)
        found = [s for s in secrets if s in text]
        assert found == [], (path.name, found[:5])
    book = openpyxl.load_workbook(xlsx.paths[0])
    pseudonym = dict(
        zip(column(book["Participants"], "Participant ID"), column(book["Participants"], "Name"), strict=True)
    )
    assert len(set(pseudonym.values())) == len(people)
    assert all(
        name.startswith("Participant 00") and len(name) == len("Participant 0042")
        for name in pseudonym.values()
    )
    enrolments = book["Enrolments"]
    assert all(
        pseudonym[pid] == name
        for pid, name in zip(
            column(enrolments, "Participant ID"), column(enrolments, "Participant"), strict=True
        )
    )
    for title in ("Pairs",):
        sheet = book[title]
        for mentor_id, mentor, mentee_id, mentee in zip(
            column(sheet, "Mentor ID"),
            column(sheet, "Reverse mentor"),
            column(sheet, "Mentee ID"),
            column(sheet, "Mentee"),
            strict=True,
        ):
            assert pseudonym[mentor_id] == mentor and pseudonym[mentee_id] == mentee
    by_pair = {p.id: p for p in pairs}
    for title in ("Goals", "Meetings", "Evaluations"):
        sheet = book[title]
        for pair_id, mentor in zip(column(sheet, "Pair ID"), column(sheet, "Reverse mentor"), strict=True):
            assert pseudonym[by_pair[pair_id].mentor_id] == mentor
    managers = {m for m in column(book["Participants"], "Manager") if m}
    assert managers and managers <= set(pseudonym.values())
    assert {v for v in column(book["Participants"], "Email")} == {None}
    assert {v for v in column(book["Evaluations"], "Comments")} == {None}
    people_csv = list(
        csv.DictReader((tmp_path / "anon-participants.csv").read_text(encoding="utf-8-sig").splitlines())
    )
    assert {p["Participant ID"]: p["Name"] for p in people_csv} == pseudonym


def test_cancel_and_failures_leave_no_file(demo_file, tmp_path, monkeypatch):
    seen = []

    def cancel_at_half(percent, text):
        seen.append((percent, text))
        if percent >= 50:
            raise Cancelled

    with Document.open(demo_file, readonly=True) as doc:
        for target in ("out.xlsx", "out.csv"):
            with pytest.raises(Cancelled):
                export_all(doc, tmp_path / target, progress=cancel_at_half)
        assert seen[0] == (0, "Reading the file...") and any("Writing" in text for _, text in seen)
        assert [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".partial")] == []
        for target, said in [
            ("out.txt", "out.txt is neither .xlsx nor .csv; give the file one of those endings to export."),
            (
                "missing/out.xlsx",
                f"The folder {tmp_path / 'missing'} does not exist; create it or choose another.",
            ),
        ]:
            with pytest.raises(ExportRefused) as refused:
                export_all(doc, tmp_path / target)
            assert str(refused.value) == said
        with pytest.raises(ExportRefused, match="There is no list called 'people'"):
            export_all(doc, tmp_path / "x.xlsx", what="people")
        (tmp_path / "folder.xlsx").mkdir()
        with pytest.raises(ExportRefused, match="is a folder"):
            export_all(doc, tmp_path / "folder.xlsx")
        folder = tmp_path / "earlier"
        folder.mkdir()
        (folder / "out.xlsx").write_bytes(b"an earlier export")

        def open_in_excel(source, target):
            raise PermissionError(13, "Permission denied", str(target))

        monkeypatch.setattr("rmdesk.sheets.export.os.replace", open_in_excel)
        with pytest.raises(ExportRefused) as refused:
            export_all(doc, folder / "out.xlsx")
        assert str(refused.value) == (
            "out.xlsx could not be written: it may be open in another program or the folder may be "
            "read-only; close it or choose another folder."
        )
        assert [p.name for p in folder.iterdir()] == ["out.xlsx"]  # the partial file is gone
        assert (folder / "out.xlsx").read_bytes() == b"an earlier export"
