"""Evaluations on paper-like workbooks: a blank questionnaire per pair out, the filled one back in.

People often answer offline. The workbook has one sheet per respondent with the
questions of the program's questionnaire and its topics; a hidden sheet names the
pair, program and stage so the answers come back to the right place. Import is
all or nothing: every bad cell is reported by its address and nothing is stored
until the whole workbook is right.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from rmdesk.domain.entities import Evaluation, Pair, Participant, Program, Respondent, Stage
from rmdesk.domain.templates import Questionnaire
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.store.document import Document

META = "_rmdesk"
FORMAT = "rmdesk-evaluation-1"
FILL = PatternFill("solid", fgColor="FFF4C2")  # the cells to fill in
RESPONDENTS = (Respondent.MENTOR, Respondent.MENTEE)


@dataclass
class Imported:
    evaluations: list[Evaluation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _sheet_title(respondent: Respondent, mentor: Participant, mentee: Participant) -> str:
    return f"{respondent.label} - {(mentor if respondent is Respondent.MENTOR else mentee).name}"[:31]


def export_blank(doc: Document, program: Program, pair: Pair, stage: Stage, path: Path) -> Path:
    """Write a blank questionnaire workbook for ``pair`` at ``stage``; never a half-written file."""
    mentor, mentee = doc.get(Participant, pair.mentor_id), doc.get(Participant, pair.mentee_id)
    questionnaire = Questionnaire.of(program.settings)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for respondent in RESPONDENTS:
        sheet = book.create_sheet(_sheet_title(respondent, mentor, mentee))
        _write_sheet(sheet, program, mentor, mentee, respondent, stage, questionnaire)
    meta = book.create_sheet(META)
    for row in (("format", FORMAT), ("pair", pair.id), ("program", program.id), ("stage", stage.value)):
        meta.append(row)
    meta.sheet_state = "hidden"
    partial = path.with_name(f".{path.name}.partial")
    book.save(partial)
    os.replace(partial, path)
    return path


def _write_sheet(
    sheet: Worksheet,
    program: Program,
    mentor: Participant,
    mentee: Participant,
    respondent: Respondent,
    stage: Stage,
    questionnaire: Questionnaire,
) -> None:
    bold = Font(bold=True)
    sheet.append(["Evaluation", f"{program.name}: {stage.label.lower()} check-in"])
    sheet.append(["Pair", f"{mentor.name} (reverse mentor) and {mentee.name} (mentee)"])
    sheet.append(["Answered by", respondent.label])
    sheet.append(["respondent", respondent.value])  # read back on import
    sheet.row_dimensions[4].hidden = True
    sheet.append(["Date (YYYY-MM-DD)", None])
    sheet["B5"].fill = FILL
    sheet.append([])
    scale = questionnaire.scale
    sheet.append(
        ["key", "Level", "Statement", f"Your answer (1 = strongly disagree, {scale} = strongly agree)"]
    )
    for cell in sheet[7]:
        cell.font = bold
    answers = DataValidation(
        type="whole", operator="between", formula1="1", formula2=str(scale), allow_blank=True
    )
    confidence = DataValidation(
        type="whole", operator="between", formula1="1", formula2="5", allow_blank=True
    )
    sheet.add_data_validation(answers)
    sheet.add_data_validation(confidence)
    for question in questionnaire.items:
        sheet.append([question.key, question.level.capitalize(), question.text, None])
        answers.add(f"D{sheet.max_row}")
        sheet[f"D{sheet.max_row}"].fill = FILL
    sheet.append([])
    sheet.append([None, "", "Topic", "Your confidence (1 = not at all, 5 = fully)"])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for topic in program.topics or DEFAULT_TOPICS:
        sheet.append(["topic", "", topic, None])
        confidence.add(f"D{sheet.max_row}")
        sheet[f"D{sheet.max_row}"].fill = FILL
    sheet.append([])
    sheet.append(["comments", "", "Comments", None])
    sheet[f"D{sheet.max_row}"].fill = FILL
    sheet[f"D{sheet.max_row}"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 34
    sheet["A1"].font = Font(bold=True, size=13)


def _whole(value: Any, low: int, high: int) -> int | None:
    """A whole number in range from a cell (4, 4.0, "4"), or None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and low <= value <= high else None


def _date(value: Any) -> dt.date | str | None:
    """A date from a cell, None for blank, or the problem as text."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return f"{value!r} is not a date (write it as 2026-08-31)"


def read_filled(doc: Document, path: Path) -> Imported:
    """Read a filled-in workbook; every problem names its sheet and cell."""
    result = Imported()
    name = path.name
    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        result.problems.append(f"{name} is not an Excel workbook (.xlsx) that can be read: {error}.")
        return result
    if META not in book.sheetnames or book[META]["B1"].value != FORMAT:
        result.problems.append(
            f"{name} is not an rmdesk questionnaire (export a blank one from rmdesk first)."
        )
        return result
    meta = book[META]
    pair = doc.find(Pair, str(meta["B2"].value))
    program = doc.find(Program, str(meta["B3"].value))
    if pair is None or program is None:
        result.problems.append(f"{name} belongs to a pair that is not in this file.")
        return result
    try:
        stage = Stage(str(meta["B4"].value))
    except ValueError:
        result.problems.append(f"{name}: the stage {meta['B4'].value!r} is unknown.")
        return result
    questionnaire = Questionnaire.of(program.settings)
    keys = {q.key for q in questionnaire.items}
    for sheet in book.worksheets:
        if sheet.title == META:
            continue
        evaluation = _read_sheet(sheet, pair, stage, questionnaire.scale, keys, result.problems)
        if evaluation is not None and (evaluation.answers or evaluation.confidence or evaluation.comments):
            result.evaluations.append(evaluation)
    return result


def _read_sheet(
    sheet: Worksheet, pair: Pair, stage: Stage, scale: int, keys: set[str], problems: list[str]
) -> Evaluation | None:
    where = sheet.title
    try:
        respondent = Respondent(str(sheet["B4"].value))
    except ValueError:
        problems.append(f"{where}!B4: this sheet does not say who answered it; use the exported workbook.")
        return None
    when = _date(sheet["B5"].value)
    if isinstance(when, str):
        problems.append(f"{where}!B5: {when}.")
        when = None
    answers: dict[str, int] = {}
    confidence: dict[str, int] = {}
    comments = ""
    for row in range(8, sheet.max_row + 1):
        kind, topic, value = sheet[f"A{row}"].value, sheet[f"C{row}"].value, sheet[f"D{row}"].value
        if value is None or value == "" or kind is None:
            continue
        if kind == "comments":
            comments = str(value).strip()
        elif kind == "topic" and topic:
            level = _whole(value, 1, 5)
            if level is None:
                problems.append(f"{where}!D{row}: {value!r} is not a whole number from 1 to 5.")
            else:
                confidence[str(topic)] = level
        elif kind in keys:
            answer = _whole(value, 1, scale)
            if answer is None:
                problems.append(f"{where}!D{row}: {value!r} is not a whole number from 1 to {scale}.")
            else:
                answers[str(kind)] = answer
    return Evaluation(
        pair_id=pair.id,
        respondent=respondent,
        stage=stage,
        date=when,
        answers=answers,
        confidence=confidence,
        comments=comments,
    )


def import_filled(doc: Document, paths: list[Path]) -> Imported:
    """Read every workbook; store all their evaluations as one undo step only if none has a problem."""
    total = Imported()
    for path in paths:
        found = read_filled(doc, path)
        total.evaluations += found.evaluations
        total.problems += found.problems
    if total.problems or not total.evaluations:
        if not total.problems:
            total.problems.append("The workbooks hold no answers yet.")
        return total
    count = len(total.evaluations)
    with doc.action(f"Import {count} Evaluation{'s' if count != 1 else ''}"):
        for evaluation in total.evaluations:
            doc.add(evaluation)
    return total
