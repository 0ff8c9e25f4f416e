"""Workbooks and CSV files in the file's language (Organisation.language): the export, the blank
questionnaires and the audit; what rmdesk reads back works for either language."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import openpyxl
import pytest

from rmdesk.domain import Evaluation, Pair, Respondent, Stage, i18n
from rmdesk.sheets import people
from rmdesk.sheets.audit_csv import write_audit
from rmdesk.sheets.evaluations import blank_file_names, export_blank, import_filled
from rmdesk.sheets.export import export_all
from rmdesk.store import Document, audit, queries

from .test_evaluation_workbooks import answer_rows, fill

ENGLISH_SHEETS = ["Participants", "Enrolments", "Pairs", "Goals", "Meetings", "Evaluations"]
INDONESIAN_SHEETS = ["Peserta", "Pendaftaran", "Pasangan", "Sasaran", "Pertemuan", "Evaluasi"]


def speaks(path, language):
    """The file at ``path`` with its reports and workbooks in ``language``."""
    with Document.open(path, snapshot=False) as doc:
        doc.update(dataclasses.replace(doc.organisation(), language=language))


def header(sheet):
    return [cell.value for cell in next(sheet.iter_rows(max_row=1))]


@pytest.fixture(autouse=True)
def english_window():
    yield
    i18n.use(None)


def test_an_indonesian_file_exports_indonesian_sheets_headers_and_words(demo_file, tmp_path):
    speaks(demo_file, "id")
    with Document.open(demo_file, readonly=True) as doc:
        done = export_all(doc, tmp_path / "semua.xlsx")
        export_all(doc, tmp_path / "pasangan.csv", what="pairs")
    book = openpyxl.load_workbook(tmp_path / "semua.xlsx", read_only=True)
    assert book.sheetnames == INDONESIAN_SHEETS
    assert header(book["Peserta"])[:6] == [
        "Nama",
        "No. karyawan",
        "Email",
        "Departemen",
        "Jabatan",
        "Golongan",
    ]
    pairs = header(book["Pasangan"])
    assert pairs[:5] == ["Program", "Mentor terbalik", "Mentee", "Status", "Dimulai"]
    statuses = {row[3] for row in book["Pasangan"].iter_rows(min_row=2, values_only=True)}
    assert "Aktif" in statuses and "Active" not in statuses
    evaluations = header(book["Evaluasi"])
    assert evaluations[3:6] == ["Tahap", "Responden", "Tanggal"]
    assert any(str(title).startswith("Keyakinan: ") for title in evaluations)
    book.close()
    with (tmp_path / "pasangan.csv").open(encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file))[:4] == ["Program", "Mentor terbalik", "Mentee", "Status"]
    # the summary speaks the language of whoever reads it: the window's, the terminal's
    assert done.summary().startswith("60 participants, 60 enrolments")
    with i18n.speaking("id"):
        assert done.summary().endswith("81 pertemuan dan 120 evaluasi")


def test_an_english_file_exports_as_before_whatever_the_window_speaks(demo_file, tmp_path):
    i18n.use("id")  # the window in Bahasa Indonesia, the file in English
    with Document.open(demo_file, readonly=True) as doc:
        export_all(doc, tmp_path / "all.xlsx", anonymise=True)
    book = openpyxl.load_workbook(tmp_path / "all.xlsx", read_only=True)
    assert book.sheetnames == ENGLISH_SHEETS
    assert header(book["Pairs"])[:5] == ["Program", "Reverse mentor", "Mentee", "Status", "Started"]
    first = next(book["Participants"].iter_rows(min_row=2, values_only=True))
    assert first[0].startswith("Participant 00")
    book.close()


def test_progress_speaks_the_language_of_the_person_waiting(demo_file, tmp_path):
    speaks(demo_file, "id")
    said: list[str] = []
    with Document.open(demo_file, readonly=True) as doc:
        export_all(doc, tmp_path / "all.xlsx", progress=lambda percent, text: said.append(text))
    assert said[0] == "Reading the file..." and "Writing participants..." in said and said[-1] == "Saving..."


def test_an_indonesian_participants_sheet_imports_back_with_its_columns_guessed(demo_file, tmp_path):
    speaks(demo_file, "id")
    with Document.open(demo_file, readonly=True) as doc:
        export_all(doc, tmp_path / "peserta.csv", what="participants")
    table = people.read_table(tmp_path / "peserta.csv")
    guessed = {
        table.headers[column]: key for column, key in people.guess_mapping(table.headers).items() if key
    }
    assert guessed == {
        "Nama": "name",
        "No. karyawan": "employee_no",
        "Email": "email",
        "Departemen": "department",
        "Jabatan": "job_title",
        "Golongan": "grade",
        "Tahun lahir": "birth_year",
        "Atasan": "manager",
        "Lokasi": "location",
        "Bahasa": "languages",
        "Status kepegawaian": "employment_type",
        "Agensi": "agency",
        "Lokasi kerja": "client_site",
        "Akhir kontrak": "contract_end",
        "Kinerja": "performance",
        "Potensi": "potential",
        "Tanggal persetujuan": "consent_date",
        "Catatan": "notes",
    }


def test_a_blank_workbook_written_in_indonesian_and_filled_imports_back(demo_file, tmp_path):
    speaks(demo_file, "id")
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        pair = doc.all(Pair, "program_id = ? AND status = 'active'", [program.id])[0]
        path = export_blank(doc, program, pair, Stage.MIDPOINT, tmp_path / "pasangan.xlsx")
        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        assert book.worksheets[0].title.startswith("Mentor - ")
        assert book.worksheets[1].title.startswith("Mentee - ")
        assert [sheet[f"A{r}"].value for r in (1, 2, 3, 5)] == [
            "Evaluasi",
            "Pasangan",
            "Dijawab oleh",
            "Tanggal (YYYY-MM-DD)",
        ]
        assert sheet["B1"].value == f"{program.name}: evaluasi tahap tengah"
        assert sheet["B2"].value.endswith(" (mentee)") and " (mentor terbalik) dan " in sheet["B2"].value
        assert [sheet[f"{c}7"].value for c in "BC"] == ["Tingkat", "Pernyataan"]
        assert sheet["D7"].value.startswith("Jawaban Anda (1 = sangat tidak setuju")
        assert sheet["B8"].value == "Reaksi"
        rows = answer_rows(path)
        assert sheet[f"C{rows['comments']}"].value == "Komentar"
        fill(
            path,
            {
                (0, "B5"): "2026-09-15",
                (0, f"D{rows['sessions_useful']}"): 4,
                (0, f"D{rows[program.topics[0]]}"): 3,
                (0, f"D{rows['comments']}"): "Sesi yang bermanfaat",
                (1, "B5"): dt.datetime(2026, 9, 16),
                (1, f"D{rows['learned_new']}"): "5",
            },
        )
        result = import_filled(doc, [path])
        assert result.problems == []
        stored = {e.respondent: e for e in result.evaluations}
        assert set(stored) == {Respondent.MENTOR, Respondent.MENTEE}
        mentor = doc.all(Evaluation, "comments = 'Sesi yang bermanfaat'")[0]
        assert mentor.stage is Stage.MIDPOINT and mentor.date == dt.date(2026, 9, 15)
        assert mentor.answers == {"sessions_useful": 4} and mentor.confidence == {program.topics[0]: 3}
        assert stored[Respondent.MENTEE].answers == {"learned_new": 5}


def test_a_bad_cell_in_an_indonesian_workbook_is_named_in_the_language_spoken(demo_file, tmp_path):
    speaks(demo_file, "id")
    with Document.open(demo_file) as doc:
        program = queries.programs(doc)[0]
        pair = doc.all(Pair, "program_id = ? AND status = 'active'", [program.id])[0]
        path = export_blank(doc, program, pair, Stage.FINAL, tmp_path / "pasangan.xlsx")
        rows = answer_rows(path)
        fill(path, {(0, f"D{rows['sessions_useful']}"): "enam"})
        mentor = openpyxl.load_workbook(path).worksheets[0].title
        assert import_filled(doc, [path]).problems == [
            f"{mentor}!D{rows['sessions_useful']}: 'enam' is not a whole number from 1 to 5."
        ]
        with i18n.speaking("id"):
            assert import_filled(doc, [path]).problems == [
                f"{mentor}!D{rows['sessions_useful']}: 'enam' bukan bilangan bulat dari 1 sampai 5."
            ]


def test_blank_file_names_follow_the_language_spoken():
    pairs = [("p1", "Siti Rahma", "Budi Santoso")]
    assert blank_file_names(pairs, Stage.BASELINE) == {"p1": "Siti Rahma and Budi Santoso - baseline.xlsx"}
    with i18n.speaking("id"):
        assert blank_file_names(pairs, Stage.BASELINE) == {"p1": "Siti Rahma dan Budi Santoso - awal.xlsx"}


def test_the_audit_csv_is_headed_in_the_files_language(demo_file, tmp_path):
    with Document.open(demo_file, readonly=True) as doc:
        found = audit.entries(doc)
    write_audit(found, tmp_path / "id.csv", "id")
    write_audit(found, tmp_path / "en.csv", "en")
    with (tmp_path / "id.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["Waktu (waktu setempat)", "Waktu (UTC)", "Pengguna", "Jenis", "Apa", "Keadaan"]
    assert {row[3] for row in rows[1:]} <= {
        "Perubahan",
        "Ekspor",
        "Pemulihan",
        "Penghapusan",
        "Anonimisasi",
        "Pengaturan",
    }
    with (tmp_path / "en.csv").open(encoding="utf-8-sig", newline="") as file:
        english = list(csv.reader(file))
    assert english[0] == ["When (local time)", "When (UTC)", "User", "Kind", "What", "State"]
    assert [row[4] for row in english[1:]] == [row[4] for row in rows[1:]]  # what was done: as recorded
