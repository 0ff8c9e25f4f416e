"""Reports in the file's language (File > Organisation), whatever language the window speaks: one
consultant, two clients, one in English and one in Bahasa Indonesia."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil

from pypdf import PdfReader

from rmdesk.reports.pair_report import write_pair_report
from rmdesk.reports.program_report import write_program_report
from rmdesk.store import Document, queries

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
            pair = queries.pairs(doc, program.id)[0].pair
            written[name] = (
                write_program_report(doc, program, tmp_path / f"program-{name}.pdf", today=AS_OF).path,
                write_pair_report(doc, pair.id, tmp_path / f"pair-{name}.pdf", today=AS_OF).path,
            )
    finally:
        indonesian.close()
        english.close()

    program_id, pair_id = (text(path) for path in written["id"])
    assert "Laporan program mentoring terbalik · angka per 2026-11-25" in program_id
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
