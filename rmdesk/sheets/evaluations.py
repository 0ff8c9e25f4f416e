"""Evaluations on paper-like workbooks: a blank questionnaire per pair out, the filled one back in.

People often answer offline. The workbook has one sheet per respondent with the
questions of the program's questionnaire and its topics; a hidden sheet names the
pair, program and stage so the answers come back to the right place. Import is
all or nothing: every bad cell is reported by its address and nothing is stored
until the whole workbook is right. A respondent's answers for a stage come in once: importing
the same filled workbook again replaces them (one undo step brings the earlier ones back).

The labels people read are in the file's language (``Organisation.language``); what comes back is
read from what no translation touches: the hidden sheet, the keys in the hidden column A and the
respondent's stored value in the hidden row 4, so a workbook written in either language imports.

Names, topics and statements are written as text, never as formulas (``safe``); a workbook that
comes back is opened through ``files``, which refuses what is not a plain workbook.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from rmdesk.domain import i18n
from rmdesk.domain.entities import Evaluation, Pair, Participant, Program, Respondent, Stage
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from rmdesk.domain.names import safe_file_stem, unique
from rmdesk.domain.templates import Questionnaire
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.sheets import files, safe
from rmdesk.store.document import Document

META = "_rmdesk"
FORMAT = "rmdesk-evaluation-1"
FILL = PatternFill("solid", fgColor="FFF4C2")  # the cells to fill in
RESPONDENTS = (Respondent.MENTOR, Respondent.MENTEE)
LIMIT = 20 * files.MB  # a questionnaire unpacks to a few dozen KB; more is not one
LEVELS = {  # the Kirkpatrick level of each statement, as column B shows it
    "reaction": QT_TRANSLATE_NOOP("EvaluationWorkbook", "Reaction"),
    "learning": QT_TRANSLATE_NOOP("EvaluationWorkbook", "Learning"),
    "behaviour": QT_TRANSLATE_NOOP("EvaluationWorkbook", "Behaviour"),
    "results": QT_TRANSLATE_NOOP("EvaluationWorkbook", "Results"),
}


@dataclass
class Imported:
    evaluations: list[Evaluation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    replaced: int = 0  # earlier answers of the same respondent and stage that the import replaced


def _sheet_title(respondent: Respondent, person: Participant, taken: Sequence[str]) -> str:
    return safe.sheet_title(f"{respondent.label} - {person.name}", taken, fallback=respondent.label)


def blank_file_names(pairs: Sequence[tuple[str, str, str]], stage: Stage) -> dict[str, str]:
    """A file name per pair for its blank workbook, from ``(pair id, mentor, mentee)``: safe on every
    system whatever the names hold, and distinct even when two pairs have the same names."""
    named = translate("EvaluationWorkbook", "{mentor} and {mentee} - {stage}")
    stems = unique(
        (pair_id, safe_file_stem(named.format(mentor=mentor, mentee=mentee, stage=stage.label.lower())))
        for pair_id, mentor, mentee in pairs
    )
    return {pair_id: f"{stem}.xlsx" for pair_id, stem in stems.items()}


def export_blank(doc: Document, program: Program, pair: Pair, stage: Stage, path: Path) -> Path:
    """Write a blank questionnaire workbook for ``pair`` at ``stage``, in the file's language; never
    a half-written file."""
    mentor, mentee = doc.get(Participant, pair.mentor_id), doc.get(Participant, pair.mentee_id)
    questionnaire = Questionnaire.of(program.settings)
    book = openpyxl.Workbook()
    book.remove(book.active)
    with i18n.speaking(doc.organisation().language):
        for respondent in RESPONDENTS:
            person = mentor if respondent is Respondent.MENTOR else mentee
            sheet = book.create_sheet(_sheet_title(respondent, person, [*book.sheetnames, META]))
            _write_sheet(sheet, program, mentor, mentee, respondent, stage, questionnaire)
    meta = book.create_sheet(META)
    for row in (("format", FORMAT), ("pair", pair.id), ("program", program.id), ("stage", stage.value)):
        safe.append(meta, row)
    meta.sheet_state = "hidden"
    partial = path.with_name(f".{path.name}.partial")
    try:
        book.save(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
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
    said = i18n.current()
    check_in = said.translate("EvaluationWorkbook", "{program}: {stage} check-in")
    safe.append(
        sheet,
        [
            said.translate("EvaluationWorkbook", "Evaluation"),
            check_in.format(program=program.name, stage=stage.label.lower()),
        ],
    )
    pair = said.translate("EvaluationWorkbook", "{mentor} (reverse mentor) and {mentee} (mentee)")
    safe.append(
        sheet,
        [said.translate("EvaluationWorkbook", "Pair"), pair.format(mentor=mentor.name, mentee=mentee.name)],
    )
    safe.append(sheet, [said.translate("EvaluationWorkbook", "Answered by"), respondent.label])
    safe.append(sheet, ["respondent", respondent.value])  # read back on import: never translated
    sheet.row_dimensions[4].hidden = True
    safe.append(sheet, [said.translate("EvaluationWorkbook", "Date (YYYY-MM-DD)"), None])
    sheet["B5"].fill = FILL
    sheet.append([])
    scale = questionnaire.scale
    answer = said.translate(
        "EvaluationWorkbook", "Your answer (1 = strongly disagree, {scale} = strongly agree)"
    )
    safe.append(
        sheet,
        [
            "key",
            said.translate("EvaluationWorkbook", "Level"),
            said.translate("EvaluationWorkbook", "Statement"),
            answer.format(scale=scale),
        ],
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
        level = LEVELS.get(question.level)
        shown = said.translate("EvaluationWorkbook", level) if level else question.level.capitalize()
        safe.append(sheet, [question.key, shown, question.text, None])
        answers.add(f"D{sheet.max_row}")
        sheet[f"D{sheet.max_row}"].fill = FILL
    sheet.append([])
    safe.append(
        sheet,
        [
            None,
            "",
            said.translate("EvaluationWorkbook", "Topic"),
            said.translate("EvaluationWorkbook", "Your confidence (1 = not at all, 5 = fully)"),
        ],
    )
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for topic in program.topics or DEFAULT_TOPICS:
        safe.append(sheet, ["topic", "", topic, None])
        confidence.add(f"D{sheet.max_row}")
        sheet[f"D{sheet.max_row}"].fill = FILL
    sheet.append([])
    safe.append(sheet, ["comments", "", said.translate("EvaluationWorkbook", "Comments"), None])
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
        return translate("EvaluationWorkbook", "{value} is not a date (write it as 2026-08-31)").format(
            value=repr(value)
        )


def _cell(rows: list[list[Any]], address: str) -> Any:
    """The value at ``address`` ("B4") of a sheet read as rows, None past its end."""
    column, row = ord(address[0]) - ord("A"), int(address[1:]) - 1
    return rows[row][column] if row < len(rows) and column < len(rows[row]) else None


def read_filled(doc: Document, path: Path) -> Imported:
    """Read a filled-in workbook; every problem names its sheet and cell."""
    result = Imported()
    name = path.name
    try:
        book = files.read_workbook(path, limit=LIMIT)
    except files.SpreadsheetRefused as refused:
        result.problems.append(str(refused))
        return result
    meta = book.get(META)
    if meta is None or _cell(meta, "B1") != FORMAT:
        result.problems.append(
            translate(
                "EvaluationWorkbook",
                "{name} is not an rmdesk questionnaire (export a blank one from rmdesk first).",
            ).format(name=name)
        )
        return result
    pair = doc.find(Pair, str(_cell(meta, "B2")))
    program = doc.find(Program, str(_cell(meta, "B3")))
    if pair is None or program is None or pair.program_id != program.id:
        result.problems.append(
            translate("EvaluationWorkbook", "{name} belongs to a pair that is not in this file.").format(
                name=name
            )
        )
        return result
    try:
        stage = Stage(str(_cell(meta, "B4")))
    except ValueError:
        result.problems.append(
            translate("EvaluationWorkbook", "{name}: the stage {stage} is unknown.").format(
                name=name, stage=repr(_cell(meta, "B4"))
            )
        )
        return result
    questionnaire = Questionnaire.of(program.settings)
    keys = {q.key for q in questionnaire.items}
    for title, rows in book.items():
        if title == META:
            continue
        evaluation = _read_sheet(title, rows, pair, stage, questionnaire.scale, keys, result.problems)
        if evaluation is not None and (evaluation.answers or evaluation.confidence or evaluation.comments):
            result.evaluations.append(evaluation)
    return result


def _read_sheet(
    where: str,
    rows: list[list[Any]],
    pair: Pair,
    stage: Stage,
    scale: int,
    keys: set[str],
    problems: list[str],
) -> Evaluation | None:
    try:
        respondent = Respondent(str(_cell(rows, "B4")))
    except ValueError:
        problems.append(
            translate(
                "EvaluationWorkbook",
                "{cell}: this sheet does not say who answered it; use the exported workbook.",
            ).format(cell=f"{where}!B4")
        )
        return None
    when = _date(_cell(rows, "B5"))
    if isinstance(when, str):
        problems.append(f"{where}!B5: {when}.")
        when = None
    answers: dict[str, int] = {}
    confidence: dict[str, int] = {}
    comments = ""
    for row in range(8, len(rows) + 1):
        kind, topic, value = (_cell(rows, f"{column}{row}") for column in "ACD")
        if value is None or value == "" or kind is None:
            continue
        if kind == "comments":
            comments = str(value).strip()
        elif kind == "topic" and topic:
            level = _whole(value, 1, 5)
            if level is None:
                problems.append(
                    translate(
                        "EvaluationWorkbook", "{cell}: {value} is not a whole number from 1 to {high}."
                    ).format(cell=f"{where}!D{row}", value=repr(value), high=5)
                )
            else:
                confidence[str(topic)] = level
        elif kind in keys:
            answer = _whole(value, 1, scale)
            if answer is None:
                problems.append(
                    translate(
                        "EvaluationWorkbook", "{cell}: {value} is not a whole number from 1 to {high}."
                    ).format(cell=f"{where}!D{row}", value=repr(value), high=scale)
                )
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
    """Read every workbook; store all their evaluations as one undo step only if none has a problem.

    A respondent answers a stage of a pair once: answers already in the file for the same pair,
    respondent and stage are replaced (undo brings them back), so importing a workbook twice
    changes nothing the second time. Two workbooks that answer for the same respondent are refused.
    """
    total = Imported()
    came_from: dict[tuple[str, Respondent, Stage], str] = {}
    for path in paths:
        found = read_filled(doc, path)
        total.problems += found.problems
        for evaluation in found.evaluations:
            key = (evaluation.pair_id, evaluation.respondent, evaluation.stage)
            if key in came_from:
                if came_from[key] == path.name:
                    twice = translate(
                        "EvaluationWorkbook",
                        "{name} holds the {respondent}'s {stage} answers for the same pair twice; "
                        "import it once.",
                    )
                else:
                    twice = translate(
                        "EvaluationWorkbook",
                        "{name} and {other} both hold the {respondent}'s {stage} answers for the same pair; "
                        "import only one of them.",
                    )
                total.problems.append(
                    twice.format(
                        name=path.name,
                        other=came_from[key],
                        respondent=evaluation.respondent.label.lower(),
                        stage=evaluation.stage.label.lower(),
                    )
                )
                continue
            came_from[key] = path.name
            total.evaluations.append(evaluation)
    if total.problems or not total.evaluations:
        if not total.problems:
            total.problems.append(translate("EvaluationWorkbook", "The workbooks hold no answers yet."))
        return total
    count = len(total.evaluations)
    with doc.action(f"Import {count} Evaluation{'s' if count != 1 else ''}"):
        for evaluation in total.evaluations:
            earlier = doc.all(
                Evaluation,
                "pair_id = ? AND respondent = ? AND stage = ?",
                [evaluation.pair_id, evaluation.respondent.value, evaluation.stage.value],
            )
            for old in earlier:
                doc.delete(old)
            total.replaced += len(earlier)
            doc.add(evaluation)
    return total
