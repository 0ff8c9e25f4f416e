"""Reports in the file's language (File > Organisation), whatever language the window speaks: one
consultant, two clients, one in English and one in Bahasa Indonesia. Everything a report says is in
that language, its dates and numbers written as that language writes them, and nothing is left in
English but what people typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil

from pypdf import PdfReader

from rmdesk.domain import Meeting, Pair, Program, i18n
from rmdesk.reports.agency_report import write_agency_report
from rmdesk.reports.batch import pair_files, write_pair_reports
from rmdesk.reports.pair_report import write_pair_report
from rmdesk.reports.program_report import write_program_report
from rmdesk.store import Document, queries

from .helpers import flat
from .test_agency_report import AGENCY
from .test_agency_report import build as agency_file

AS_OF = dt.date(2026, 11, 25)


def text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def outline(path) -> list[str]:
    found: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append(item.title)

    walk(PdfReader(str(path)).outline)
    return found


def in_language(path, language: str) -> Document:
    doc = Document.open(path)
    doc.update(dataclasses.replace(doc.organisation(), language=language))
    return doc


def test_two_clients_two_languages(demo_file, tmp_path):
    other = tmp_path / "Other client.rmdesk"
    shutil.copyfile(demo_file, other)
    indonesian, english = in_language(demo_file, "id"), in_language(other, "en")
    try:
        written = {}
        for name, doc in (("id", indonesian), ("en", english)):
            program = queries.programs(doc)[0]
            pair = doc.get(Pair, queries.pairs(doc, program.id)[0].id)
            written[name] = (
                write_program_report(doc, program, tmp_path / f"program-{name}.pdf", today=AS_OF).path,
                write_pair_report(doc, pair.id, tmp_path / f"pair-{name}.pdf", today=AS_OF).path,
            )
    finally:
        indonesian.close()
        english.close()

    program_id, pair_id = (text(path) for path in written["id"])
    assert "Laporan program mentoring terbalik · angka per 25 November 2026" in program_id
    for heading in ("Ringkasan eksekutif", "Empat level Kirkpatrick", "Risiko dan tindak lanjut"):
        assert heading in program_id
    assert ": laporan program" in program_id  # the title in every page's header
    assert "Executive summary" not in program_id and "Appendix A" not in program_id
    sections = outline(written["id"][0])
    assert "Ringkasan eksekutif" in sections and "Lampiran A: semua pasangan" in sections
    assert any(s.startswith("Lampiran ") and s.endswith(": kuesioner") for s in sections)
    pair_headings = ["Evaluasi mentoring terbalik", "Ringkasan", "Hasil per level Kirkpatrick"]
    pair_headings.append("Tanda tangan")
    for heading in pair_headings:
        assert heading in pair_id
    assert ": evaluasi" in pair_id and "Signatures" not in pair_id
    assert re.search(r"\w dan \w[^\n]*: evaluasi", pair_id)  # "Citra Lubis dan Kartika Daulay: evaluasi"

    program_en, pair_en = (text(path) for path in written["en"])
    assert "Executive summary" in program_en and "Ringkasan eksekutif" not in program_en
    assert "Signatures" in pair_en and "Tanda tangan" not in pair_en
    assert PdfReader(str(written["id"][0])).metadata.title.endswith(": laporan program")


MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
MONTH = re.compile(rf"\b\d{{1,2}} ({MONTHS}) 20\d\d\b")
INDONESIAN_ONLY_MONTH = re.compile(
    r"\b\d{1,2} (Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember) 20\d\d\b"
)
DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d,\d{1,2}(?![\d.,])")  # 3,4 or 2,29: a mean, never 1,250
# Sentences, headings and table headings of each report in English: none may be left in Indonesian.
PROGRAM_ENGLISH = [
    "Executive summary",
    "The program runs",
    "have started",
    "Pairs held",
    "expected meetings",
    "Mentees' confidence",
    "Satisfaction at the",
    "are done",
    "need action now",
    "Measure",
    "Based on",
    "Participants",
    "Retention",
    "Check-in",
    "Mentees answered",
    "Reverse mentor",
    "Who takes part",
    "Generation mix",
    "Employment",
    "Enrolled but not paired",
    "Risks and",
    "Needs action now",
    "Worth a look",
    "most pressing",
    "Appendix",
    "As of",
    "Goals done",
    "Satisfaction",
    "strongly agree",
    "on rhythm",
    "not yet due",
    "Baseline",
    "Midpoint",
    "Active",
    "stalled",
    "proposed",
    "Confidential",
    "figures as of",
    "Figures as of",
    "printed",
    "Page ",
    " of about ",
    "days",
]
PAIR_ENGLISH = [
    "Reverse-mentoring evaluation",
    "figures as of",
    "Summary",
    "Goals",
    "Measure of success",
    "Progress",
    "held of about",
    "since the last meeting",
    "Match score",
    "points on average",
    "Department",
    "Generation",
    "Length",
    " min",
    "Results by Kirkpatrick",
    "Mean answers per level",
    "HR's observation",
    "Learning:",
    "Comments",
    "Signatures",
    "We have read",
    "Program lead",
    "Active since",
    "Baseline",
    "Midpoint",
    "Confidential",
    "Page ",
    " to 2026",
]
AGENCY_ENGLISH = [
    "Agency report",
    "agency report",
    "In short",
    "take part in",
    "in an active pair",
    "They answered",
    "end before the program",
    "Measure",
    "Based on",
    "By client site",
    "People and their pairs",
    "Paired with",
    "Meetings against the cadence",
    "Active pairs",
    "Check-ins by Kirkpatrick",
    "The agency's people",
    "Their partners",
    "Contracts ending",
    "Contract ends",
    "How soon",
    "How the figures are counted",
    "within 30 days",
    "Active since",
    "Ended early",
    "manager:",
    "of about",
    "not yet due",
    "weeks ago",
    "in 2 weeks",
    "employee of the client",
    "Confidential",
    "Page ",
]


def left_in_english(text: str, phrases: list[str]) -> list[str]:
    return [phrase for phrase in phrases if phrase in text]


def test_the_program_report_speaks_the_files_language_whole(demo_file, tmp_path):
    """Headings, sentences, table headings and cells, chart labels, footers, dates and numbers."""
    doc = in_language(demo_file, "id")
    try:
        program = queries.programs(doc)[0]
        # A program of more than a thousand days: its day count is written with a thousands separator.
        doc.update(dataclasses.replace(program, start_date=dt.date(2023, 1, 2)))
        program = doc.get(Program, program.id)
        start, end = program.start_date, program.end_date
        assert start is not None and end is not None
        days, total = (AS_OF - start).days + 1, (end - start).days + 1
        indonesian = flat(write_program_report(doc, program, tmp_path / "id.pdf", today=AS_OF).path)
        doc.update(dataclasses.replace(doc.organisation(), language="en"))
        english = flat(write_program_report(doc, program, tmp_path / "en.pdf", today=AS_OF).path)
    finally:
        doc.close()

    words = i18n.words("id")
    assert (
        f"Program berlangsung 2 Januari 2023 s.d. 31 Desember 2026; sedang berjalan, "
        f"hari ke-{words.number(days)} dari {words.number(total)} per 25 November 2026." in indonesian
    )
    assert re.search(r"hari ke-\d\.\d{3} dari \d\.\d{3}", indonesian)  # 1.424: "." groups thousands
    for said in (
        "Ringkasan eksekutif",
        "pasangan telah dimulai (",
        "Pasangan mengadakan ",
        "Rasa percaya diri mentee ",
        "Ukuran Hasil Dasar",
        "Peserta",
        "Evaluasi Jatuh tempo Mentee menjawab Mentor terbalik menjawab",
        "Komposisi generasi",
        "Status kepegawaian",
        "Pasangan aktif menurut ritme",
        "Jenis Perlu ditangani sekarang Perlu diperhatikan Total",
        "Lampiran A: semua pasangan",
        "Mentor terbalik Mentee Status Pertemuan Sasaran tercapai Sasaran terlambat Kepuasan",
        "Per 25 November 2026. Status:",
        "Rahasia: hanya untuk",
        "Angka per 25 November 2026; dicetak",
        "Halaman 1 dari",
        "skala 1 (sangat tidak setuju) sampai 5 (sangat setuju)",
    ):
        assert said in indonesian, said
    assert INDONESIAN_ONLY_MONTH.search(indonesian) and DECIMAL_COMMA.search(indonesian)
    assert re.search(rf"Awal \d{{1,2}} ({MONTHS}) 20\d\d \d+ dari \d+ \(100%\)", indonesian)
    assert not re.search(
        r"\b20\d\d-\d\d-\d\d\b", indonesian.split("Tindak lanjut")[0]
    )  # no ISO date up front
    assert left_in_english(indonesian, PROGRAM_ENGLISH) == []

    # The same file in English: the English report, its numbers and dates as English writes them.
    assert "The program runs 2023-01-02 to 2026-12-31; running, day " in english
    assert f"day {days:,} of {total:,} on 2026-11-25." in english
    assert left_in_english(english, ["Executive summary", "Appendix A: every pair", "Confidential: for"]) == [
        "Executive summary",
        "Appendix A: every pair",
        "Confidential: for",
    ]
    assert "Ringkasan" not in english and "Halaman" not in english and not MONTH.search(english)


def test_the_pair_report_and_its_file_names_speak_the_files_language(demo_file, tmp_path):
    doc = in_language(demo_file, "id")
    try:
        program = queries.programs(doc)[0]
        pair = doc.get(Pair, queries.pairs(doc, program.id)[0].id)
        doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 8, 3), duration_min=75, notes="Catatan."))
        written = write_pair_report(doc, pair.id, tmp_path / "pair-id.pdf", today=AS_OF)
        named = pair_files(doc, [pair.id], tmp_path)
        doc.update(dataclasses.replace(doc.organisation(), language="en"))
        english = flat(write_pair_report(doc, pair.id, tmp_path / "pair-en.pdf", today=AS_OF).path)
        named_en = pair_files(doc, [pair.id], tmp_path)
    finally:
        doc.close()
    indonesian = flat(written.path)
    for said in (
        "Evaluasi mentoring terbalik",
        "angka per 25 November 2026",
        "Mentor terbalik Mentee Nama",
        "Jabatan",
        "Departemen",
        "Generasi",
        "Ringkasan Status Aktif sejak",
        "terlaksana dari sekitar",
        "Sasaran Ukuran keberhasilan Target Status Kemajuan",
        "Tanggal Durasi Cara Topik Catatan",
        "3 Agustus 2026 75 menit",
        "Hasil per level Kirkpatrick",
        "Rata-rata jawaban per level pada skala 1 sampai 5",
        "Tanda tangan",
        "Kami telah membaca evaluasi pasangan mentoring terbalik",
        "Nama Tanda tangan Tanggal",
        "Penanggung jawab program",
        "Halaman 1 dari 2",
    ):
        assert said in indonesian, said
    assert DECIMAL_COMMA.search(indonesian) and INDONESIAN_ONLY_MONTH.search(indonesian)
    assert left_in_english(indonesian, PAIR_ENGLISH) == []
    assert " dan " in named[0][1].name and " and " in named_en[0][1].name
    assert "Signatures" in english and "2026-08-03 75 min" in english and "Tanda tangan" not in english


def test_the_agency_report_speaks_the_files_language_whole(tmp_path):
    doc = in_language(agency_file(tmp_path / "agency.rmdesk"), "id")
    as_of = dt.date(2026, 11, 20)
    try:
        program = doc.all(Program)[0]
        named = flat(write_agency_report(doc, program, AGENCY, tmp_path / "id.pdf", today=as_of).path)
        anonymous = flat(
            write_agency_report(
                doc, program, AGENCY, tmp_path / "anon.pdf", today=as_of, others_anonymous=True
            ).path
        )
        doc.update(dataclasses.replace(doc.organisation(), language="en"))
        english = flat(write_agency_report(doc, program, AGENCY, tmp_path / "en.pdf", today=as_of).path)
    finally:
        doc.close()
    for said in (
        "Laporan agensi · Pilot 2026 · angka per 20 November 2026",
        "Ringkasan",
        "5 orang dari PT Mitra Karya Solusi ikut serta dalam Pilot 2026 (4 mentor terbalik, 1 mentee)",
        "Per 20 November 2026, 3 dari 5 (60%) berada dalam pasangan aktif",
        "Mereka telah menjawab 7 dari 7 (100%) evaluasi yang diminta dari mereka sejauh ini.",
        "Ukuran Hasil Dasar",
        "Per lokasi klien",
        "Orang dan pasangannya",
        "Nama Berpasangan dengan Pasangan Pertemuan Sasaran Evaluasi",
        "Aktif sejak 3 Juni 2026",
        "Berakhir lebih awal pada 20 Agustus 2026",
        "atasan: Leopold Ashcombe",
        "Pertemuan dibandingkan ritme",
        "Evaluasi per level Kirkpatrick",
        "Awal 8 Juni 2026 4 dari 4 (100%) 4 dari 4 (100%)",
        "Akhir 31 Desember 2026 (belum jatuh tempo)",
        "Kontrak yang berakhir",
        "1 dalam 30 hari, 2 dalam 60 hari, 2 dalam 90 hari; 1 sudah berakhir",
        "berakhir 2 minggu lalu",
        "Cara angka dihitung",
        "PT Mitra Karya Solusi: laporan agensi",
        "Rahasia: hanya untuk",
        "Halaman 1 dari",
    ):
        assert said in named, said
    assert DECIMAL_COMMA.search(named) and INDONESIAN_ONLY_MONTH.search(named)
    assert left_in_english(named, AGENCY_ENGLISH) == []
    # Others anonymous: named in the file's language, in the table and in the footer.
    assert "ditampilkan sebagai “karyawan klien”" in anonymous and "seorang karyawan klien" in anonymous
    assert "Rahasia: hanya untuk PT Mitra Karya" in anonymous  # the audience, shortened to its room
    assert left_in_english(anonymous, AGENCY_ENGLISH) == []
    assert "In short" in english and "Contracts ending" in english and "Ringkasan" not in english


def test_the_files_language_wins_over_the_windows(demo_file, tmp_path):
    """The window speaks Indonesian, the file English: the report is English, and the window's
    language is left as it was."""
    doc = in_language(demo_file, "en")
    i18n.use("id")
    try:
        program = queries.programs(doc)[0]
        english = flat(write_program_report(doc, program, tmp_path / "en.pdf", today=AS_OF).path)
        batch = write_pair_reports(doc, pair_files(doc, [queries.pairs(doc, program.id)[0].id], tmp_path))
        assert i18n.current().language == "id"
    finally:
        i18n.use("en")
        doc.close()
    assert "Executive summary" in english and "Ringkasan" not in english
    assert "Signatures" in flat(batch.written[0].path)
