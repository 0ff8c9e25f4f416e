"""Questionnaire workbooks with hostile names out, filled ones back in again, and files that are not
safe to read refused with the document untouched."""

import dataclasses
import datetime as dt
import time
import zipfile

import openpyxl
import pytest

from rmdesk.domain import Evaluation, Pair, PairStatus, Participant, Respondent, Stage
from rmdesk.domain.names import UNSAFE
from rmdesk.domain.templates import Question, Questionnaire
from rmdesk.sheets import files
from rmdesk.sheets.evaluations import blank_file_names, export_blank, import_filled
from rmdesk.store import Document, queries

from .hostile import HOSTILE_NAMES, armed_cells, arming_texts

TOPIC = "=cmd|' /C calc'!A0"


@pytest.fixture
def hostile(demo_file):
    """The demo with a hostile topic and statements, and a pair for every hostile name."""
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        questions = Questionnaire(
            items=(
                Question("sessions_useful", "reaction", "=1+1"),
                Question("learned_new", "learning", "-I learned @work"),
            )
        )
        program = doc.update(
            dataclasses.replace(
                program, topics=[TOPIC, "AI tools"], settings=questions.to_settings(program.settings)
            )
        )
        people = [doc.add(Participant(name=name, grade=3 + n % 5)) for n, name in enumerate(HOSTILE_NAMES)]
        pairs = [
            doc.add(
                Pair(
                    program_id=program.id,
                    mentor_id=mentor.id,
                    mentee_id=mentee.id,
                    status=PairStatus.ACTIVE,
                    started_on=dt.date(2026, 3, 2),
                )
            )
            for mentor, mentee in zip(people, people[1:] + people[:1], strict=True)
        ]
        yield doc, program, pairs


def rows_of(path):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return {
        (sheet[f"C{r}"].value if sheet[f"A{r}"].value == "topic" else sheet[f"A{r}"].value): r
        for r in range(8, sheet.max_row + 1)
        if sheet[f"A{r}"].value
    }


def fill(path, values):
    book = openpyxl.load_workbook(path)
    for (index, cell), value in values.items():
        book.worksheets[index][cell] = value
    book.save(path)


def test_every_hostile_name_gets_a_blank_workbook_with_no_live_formula(hostile, tmp_path):
    doc, program, pairs = hostile
    names = {p.id: p.name for p in doc.all(Participant)}
    files_by_pair = blank_file_names(
        [(p.id, names[p.mentor_id], names[p.mentee_id]) for p in pairs], Stage.FINAL
    )
    assert len(set(files_by_pair.values())) == len(pairs)
    armed_texts = 0
    folder = tmp_path / "workbooks"
    folder.mkdir()
    for pair in pairs:
        name = files_by_pair[pair.id]
        assert not UNSAFE.search(name) and len(name) <= 85, name
        path = export_blank(doc, program, pair, Stage.FINAL, folder / name)
        assert armed_cells(path) == [], name
        armed_texts += len(arming_texts(path))
        titles = openpyxl.load_workbook(path).sheetnames
        assert (
            titles[0].startswith("Mentor - ") and titles[1].startswith("Mentee - ") and titles[2] == "_rmdesk"
        )
    assert armed_texts > 4 * len(pairs)  # the topic, the statements and the names were all there
    assert sorted(p.name for p in folder.iterdir()) == sorted(files_by_pair.values())  # no partials left
    ravi = next(n for n in files_by_pair.values() if n.startswith("Ravi"))
    assert ravi == "Ravi a-l Muthu and =cmd-' -C calc'!A0 - final.xlsx"


def test_a_hostile_workbook_filled_in_comes_back_with_its_topic_as_written(hostile, tmp_path):
    doc, program, pairs = hostile
    path = export_blank(doc, program, pairs[0], Stage.MIDPOINT, tmp_path / "pair.xlsx")
    rows = rows_of(path)
    fill(
        path,
        {
            (0, f"D{rows[TOPIC]}"): 4,
            (0, f"D{rows['sessions_useful']}"): 5,
            (0, "D" + str(rows["comments"])): "=2+2",
        },
    )
    result = import_filled(doc, [path])
    assert result.problems == []
    (stored,) = doc.all(Evaluation, "pair_id = ?", [pairs[0].id])
    assert stored.confidence == {TOPIC: 4} and stored.answers == {"sessions_useful": 5}
    # A formula someone typed is not a comment: its value was never calculated, so nothing is kept.
    assert stored.comments == ""


def test_importing_the_same_workbook_again_replaces_that_respondents_answers(demo_file, tmp_path):
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        pair = doc.all(Pair, "program_id = ? AND status = 'active'", [program.id])[0]
        doc.conn.execute("DELETE FROM evaluations WHERE pair_id = ? AND stage = 'midpoint'", [pair.id])
        path = export_blank(doc, program, pair, Stage.MIDPOINT, tmp_path / "pair.xlsx")
        rows = rows_of(path)
        fill(path, {(0, f"D{rows['sessions_useful']}"): 2, (1, f"D{rows['sessions_useful']}"): 3})
        before = doc.counts()["evaluations"]
        first = import_filled(doc, [path])
        assert first.problems == [] and first.replaced == 0
        assert doc.counts()["evaluations"] == before + 2
        fill(path, {(0, f"D{rows['sessions_useful']}"): 5})
        again = import_filled(doc, [path])
        assert again.problems == [] and again.replaced == 2
        assert doc.counts()["evaluations"] == before + 2
        current = {
            e.respondent: e.answers
            for e in doc.all(Evaluation, "pair_id = ? AND stage = 'midpoint'", [pair.id])
        }
        assert current == {
            Respondent.MENTOR: {"sessions_useful": 5},
            Respondent.MENTEE: {"sessions_useful": 3},
        }
        assert doc.undo() == "Import 2 Evaluations"  # one step: the replaced rows are back
        current = {
            e.respondent: e.answers
            for e in doc.all(Evaluation, "pair_id = ? AND stage = 'midpoint'", [pair.id])
        }
        assert current == {
            Respondent.MENTOR: {"sessions_useful": 2},
            Respondent.MENTEE: {"sessions_useful": 3},
        }
        assert {e.id for e in doc.all(Evaluation, "pair_id = ? AND stage = 'midpoint'", [pair.id])} == {
            e.id for e in first.evaluations
        }
        doc.undo()
        assert doc.counts()["evaluations"] == before


def test_two_workbooks_answering_for_the_same_respondent_are_refused(demo_file, tmp_path):
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        pair = doc.all(Pair, "program_id = ? AND status = 'active'", [program.id])[0]
        one = export_blank(doc, program, pair, Stage.FINAL, tmp_path / "one.xlsx")
        row = rows_of(one)["sessions_useful"]
        fill(one, {(0, f"D{row}"): 4})
        other = tmp_path / "other.xlsx"
        other.write_bytes(one.read_bytes())
        before = doc.counts()["evaluations"]
        result = import_filled(doc, [one, other])
        assert result.problems == [
            "other.xlsx and one.xlsx both hold the mentor's final answers for the same pair; "
            "import only one of them."
        ]
        assert doc.counts()["evaluations"] == before


# ------------------------------------------------------------------ files that are refused


def blank(doc, tmp_path, name="blank.xlsx"):
    program = queries.programs(doc)[0]
    pair = doc.all(Pair, "program_id = ? AND status = 'active'", [program.id])[0]
    return export_blank(doc, program, pair, Stage.FINAL, tmp_path / name)


def rewrite(source, target, change):
    """A copy of the workbook ``source`` with ``change(name, data)`` applied to each part."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item, change(item.filename, old.read(item.filename)))
    return target


DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode()
        for n in range(1, 10)
    )
    + b"]>"
)
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'


def declare(data, prolog):
    """The part ``data`` with ``prolog`` (an XML declaration and more) in place of its own."""
    return prolog + data.removeprefix(DECLARATION)


def encrypted(doc, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = blank(doc, tmp_path, "plain.xlsx")
    target = tmp_path / "answers.xlsx"
    with plain.open("rb") as source, target.open("wb") as out:
        OOXMLFile(source).encrypt("secret", out)
    return target


def csv_renamed(doc, tmp_path):
    target = tmp_path / "answers.xlsx"
    target.write_text("key,answer\nsessions_useful,5\n", encoding="utf-8")
    return target


def old_xls(doc, tmp_path):
    target = tmp_path / "answers.xls"
    target.write_bytes(files.OLE + bytes(4096))
    return target


def binary(doc, tmp_path):
    target = tmp_path / "answers.xlsx"
    target.write_bytes(bytes(range(256)) * 40)
    return target


def laughs(doc, tmp_path):
    def change(name, data):
        return (
            declare(data, LAUGHS).replace(b"<sheets>", b"<sheets>&lol9;", 1)
            if name == "xl/workbook.xml"
            else data
        )

    return rewrite(blank(doc, tmp_path), tmp_path / "answers.xlsx", change)


def xxe(doc, tmp_path):
    def change(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        return declare(data, XXE).replace(b"<t>", b"<t>&secret;", 1)

    return rewrite(blank(doc, tmp_path), tmp_path / "answers.xlsx", change)


def hidden_doctype(doc, tmp_path):
    """The DTD after a long comment, where a look at the start of the part would miss it."""

    def change(name, data):
        if name != "xl/sharedStrings.xml" and name != "xl/worksheets/sheet1.xml":
            return data
        return declare(data, DECLARATION + b"<!--" + b" " * 100_000 + b"-->" + XXE[21:])

    return rewrite(blank(doc, tmp_path), tmp_path / "answers.xlsx", change)


def bomb(doc, tmp_path):
    target = tmp_path / "answers.xlsx"
    target.write_bytes(blank(doc, tmp_path).read_bytes())
    with (
        zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet9.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(300):
            part.write(b" " * (1024 * 1024))  # 300 MB of blanks, a few hundred KB packed
    return target


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (encrypted, r"answers\.xlsx is protected with a password\. Open it in Excel, remove the password"),
        (csv_renamed, r"answers\.xlsx is not an Excel workbook: it holds text"),
        (old_xls, r"answers\.xls is an old Excel 97-2003 workbook \(\.xls\)\. Open it in Excel and save it"),
        (binary, r"answers\.xlsx is not a spreadsheet: it holds binary data"),
        (laughs, r"answers\.xlsx contains XML tricks that could harm this computer; it was not read\."),
        (xxe, r"answers\.xlsx contains XML tricks"),
        (hidden_doctype, r"answers\.xlsx contains XML tricks"),
        (bomb, r"answers\.xlsx would unpack to 300 MB, more than the 20 MB"),
    ],
    ids=lambda value: value.__name__ if callable(value) else "",
)
def test_unsafe_files_are_refused_with_a_sentence_and_the_document_untouched(demo_file, tmp_path, make, said):
    import re

    with Document.open(demo_file) as doc:
        path = make(doc, tmp_path)
        before, counts = demo_file.read_bytes(), doc.counts()
        started = time.perf_counter()
        result = import_filled(doc, [path])
        assert time.perf_counter() - started < 2  # refused before anything was expanded
        assert len(result.problems) == 1 and re.match(said, result.problems[0]), result.problems
        assert result.evaluations == [] and doc.counts() == counts
        assert demo_file.read_bytes() == before


def test_defusedxml_refuses_an_entity_trick_the_first_look_did_not_catch(demo_file, tmp_path, monkeypatch):
    """The second line: openpyxl parses with defusedxml, which refuses entities wherever they are."""
    monkeypatch.setattr(files, "_declares_a_doctype", lambda archive, member: False)
    with Document.open(demo_file) as doc:
        for make in (laughs, xxe):
            result = import_filled(doc, [make(doc, tmp_path)])
            assert result.problems == [
                "answers.xlsx contains XML tricks that could harm this computer; it was not read."
            ]
