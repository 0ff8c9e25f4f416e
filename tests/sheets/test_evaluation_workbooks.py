"""Blank questionnaires out, filled workbooks back in: per-cell problems and nothing half-imported."""

import datetime as dt

import openpyxl
import pytest

from rmdesk.domain import Evaluation, Pair, Program, Respondent, Stage
from rmdesk.sheets.evaluations import export_blank, import_filled
from rmdesk.store import Document, queries


@pytest.fixture
def opened(demo_file):
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        pair = doc.all(Pair, "program_id = ? AND status = 'active'", [program.id])[0]
        yield doc, program, pair


def fill(path, values):
    """Type into the workbook as a person would: {(sheet index, cell): value}."""
    book = openpyxl.load_workbook(path)
    for (index, cell), value in values.items():
        book.worksheets[index][cell] = value
    book.save(path)


def answer_rows(path):
    """Row number by question key, topic name and "comments"."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = {}
    for r in range(8, sheet.max_row + 1):
        kind = sheet[f"A{r}"].value
        if kind:
            rows[sheet[f"C{r}"].value if kind == "topic" else kind] = r
    return rows


def test_blank_workbook_has_a_sheet_per_respondent_with_the_questionnaire(opened, tmp_path):
    doc, program, pair = opened
    path = export_blank(doc, program, pair, Stage.FINAL, tmp_path / "pair.xlsx")
    book = openpyxl.load_workbook(path)
    assert [s.title for s in book.worksheets][:2] == [s for s in book.sheetnames if not s.startswith("_")]
    assert book.worksheets[0].title.startswith("Mentor - ") and book.worksheets[1].title.startswith(
        "Mentee - "
    )
    sheet = book.worksheets[0]
    statements = [sheet[f"C{r}"].value for r in range(8, 14)]
    assert statements[0] == "Our sessions were a good use of my time."
    assert sheet["B1"].value.endswith("final check-in")
    assert book["_rmdesk"].sheet_state == "hidden"
    assert not list(tmp_path.glob(".*partial"))


def test_filled_workbook_round_trips_into_evaluations(opened, tmp_path):
    doc, program, pair = opened
    path = export_blank(doc, program, pair, Stage.FINAL, tmp_path / "pair.xlsx")
    rows = answer_rows(path)
    topic_row = rows[program.topics[0]]
    fill(
        path,
        {
            (0, "B5"): "2026-12-20",
            (0, f"D{rows['sessions_useful']}"): 5,
            (0, f"D{rows['used_at_work']}"): "4",
            (0, f"D{topic_row}"): 4.0,
            (0, f"D{rows['comments']}"): "Great final session",
            (1, "B5"): dt.datetime(2026, 12, 21),
            (1, f"D{rows['sessions_useful']}"): 3,
        },
    )
    before = doc.counts()["evaluations"]
    earlier = len(doc.all(Evaluation, "pair_id = ? AND stage = 'final'", [pair.id]))
    result = import_filled(doc, [path])
    assert result.problems == []
    assert result.replaced == earlier  # the demo's final answers of this pair, if it had any
    assert doc.counts()["evaluations"] == before + 2 - earlier
    assert doc.undo_label() == "Import 2 Evaluations"
    mentor_side = next(e for e in doc.all(Evaluation, "comments = 'Great final session'"))
    assert mentor_side.respondent is Respondent.MENTOR and mentor_side.stage is Stage.FINAL
    assert mentor_side.date == dt.date(2026, 12, 20)
    assert mentor_side.answers == {"sessions_useful": 5, "used_at_work": 4}
    assert mentor_side.confidence == {program.topics[0]: 4}


def test_bad_cells_are_named_and_nothing_is_imported(opened, tmp_path):
    doc, program, pair = opened
    path = export_blank(doc, program, pair, Stage.MIDPOINT, tmp_path / "pair.xlsx")
    rows = answer_rows(path)
    fill(
        path,
        {
            (0, "B5"): "next Tuesday",
            (0, f"D{rows['sessions_useful']}"): "six",
            (0, f"D{rows['learned_new']}"): 9,
            (1, f"D{rows['sessions_useful']}"): 4,
        },
    )
    before = doc.counts()["evaluations"]
    result = import_filled(doc, [path])
    mentor = openpyxl.load_workbook(path).worksheets[0].title
    assert result.problems == [
        f"{mentor}!B5: 'next Tuesday' is not a date (write it as 2026-08-31).",
        f"{mentor}!D{rows['sessions_useful']}: 'six' is not a whole number from 1 to 5.",
        f"{mentor}!D{rows['learned_new']}: 9 is not a whole number from 1 to 5.",
    ]
    assert doc.counts()["evaluations"] == before  # the good mentee sheet was not stored either


def test_wrong_files_get_a_plain_answer(opened, tmp_path):
    doc, program, pair = opened
    text = tmp_path / "answers.xlsx"
    text.write_text("not a workbook")
    other = tmp_path / "budget.xlsx"
    openpyxl.Workbook().save(other)
    result = import_filled(doc, [text, other])
    assert result.problems[0].startswith("answers.xlsx is not an Excel workbook: it holds text")
    assert (
        result.problems[1]
        == "budget.xlsx is not an rmdesk questionnaire (export a blank one from rmdesk first)."
    )
    blank = export_blank(doc, program, pair, Stage.BASELINE, tmp_path / "blank.xlsx")
    assert import_filled(doc, [blank]).problems == ["The workbooks hold no answers yet."]


def test_a_seven_point_questionnaire_accepts_seven(opened, tmp_path):
    import dataclasses

    from rmdesk.domain.templates import Questionnaire

    doc, program, pair = opened
    program = doc.update(
        dataclasses.replace(program, settings=Questionnaire(scale=7).to_settings(program.settings))
    )
    path = export_blank(doc, program, pair, Stage.MIDPOINT, tmp_path / "pair.xlsx")
    fill(path, {(0, f"D{answer_rows(path)['sessions_useful']}"): 7})
    assert import_filled(doc, [path]).problems == []
    assert doc.get(Program, program.id).settings["questionnaire"]["scale"] == 7
