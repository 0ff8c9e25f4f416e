"""Layouts that never break: hostile names and notes, header and footer, logos, fonts, outline,
and pages without holes, each report drawn by pdftoppm and looked at."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

import pytest
from pypdf import PdfReader

from rmdesk.domain import Organisation, Pair, PairStatus, Participant, Program
from rmdesk.domain.names import UNSAFE
from rmdesk.reports import glyphs
from rmdesk.reports.pair_report import write_pair_report
from rmdesk.reports.program_report import write_program_report
from rmdesk.store import Document, queries
from tests.reports.helpers import (
    CJK,
    LOGO_RED,
    blank_share,
    flat,
    fonts,
    header_words,
    hostile,
    red_logo,
    rendered,
    text,
)

AS_OF = dt.date(2026, 11, 29)
MM = 72 / 25.4


def rmdesk(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", *map(str, args)], capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory):
    return hostile(tmp_path_factory.mktemp("hostile") / "hostile.rmdesk")


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_hostile_names_and_notes_never_stop_a_report(hostile_file, tmp_path):
    path, pair_ids = hostile_file
    with Document.open(path, readonly=True) as doc:
        program = queries.programs(doc)[0]
        written = write_program_report(doc, program, tmp_path / "program.pdf", today=AS_OF)
        first = write_pair_report(doc, pair_ids[0], tmp_path / "notes.pdf", today=AS_OF)
        long_name = write_pair_report(doc, pair_ids[5], tmp_path / "long name.pdf", today=AS_OF)
    for report in (written, first, long_name):
        pages = rendered(report.path, tmp_path / "pages" / report.path.stem)
        assert len(pages) == report.pages == len(PdfReader(str(report.path)).pages) > 0
    notes = flat(first.path)
    assert notes.count("characters.") == 400  # every sentence of it, over pages
    assert "Z" * 500 in notes.replace(" ", "")
    assert "Budi/Santoso" in notes and "Ravi a/l Muthu" in notes
    assert "Same Name" in flat(written.path) and "Siti Nur'aini" in flat(written.path)
    assert long_name.pages < 15  # the 10,000-character name is whole in the table, cut in titles


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_each_writes_every_pair_under_a_safe_distinct_name(hostile_file, tmp_path):
    path, pair_ids = hostile_file
    folder = tmp_path / "pairs"
    done = rmdesk("report", path, "--each", folder, "--as-of", AS_OF)
    assert done.returncode == 0, done.stderr
    files = sorted(folder.glob("*.pdf"))
    assert done.stdout.strip() == f"Wrote {len(pair_ids)} pair reports to {folder}"
    assert len(files) == len(pair_ids)  # two pairs with the same names: two files
    assert all(not UNSAFE.search(f.stem) and len(f.name) < 100 for f in files)
    assert f"[{len(pair_ids)}/{len(pair_ids)}]" in done.stderr
    for file in files:
        pages = rendered(file, tmp_path / "pages" / file.stem[:20], dpi=10)
        assert len(pages) == len(PdfReader(str(file)).pages) >= 1
    if any(CJK[0] in flat(f) for f in files):
        assert "note:" not in done.stderr or CJK[0] not in done.stderr
    else:  # no font on this machine draws Chinese: the export says which characters were left out
        assert f"{CJK[0]} (U+{ord(CJK[0]):04X})" in done.stderr


def test_a_pair_that_cannot_be_written_is_told_and_the_others_are_written(
    hostile_file, tmp_path, monkeypatch
):
    from rmdesk.reports import batch

    path, pair_ids = hostile_file
    real = batch.write_pair_report

    def broken(doc, pair_id, target, **kw):
        if pair_id == pair_ids[2]:
            raise OSError("No space left on device")
        return real(doc, pair_id, target, **kw)

    monkeypatch.setattr(batch, "write_pair_report", broken)
    with Document.open(path, readonly=True) as doc:
        jobs = batch.pair_files(doc, pair_ids, tmp_path)
        result = batch.write_pair_reports(doc, jobs, today=AS_OF)
    assert len(result.written) == len(pair_ids) - 1 and len(list(tmp_path.glob("*.pdf"))) == len(pair_ids) - 1
    assert result.failed == [(jobs[2][1], "No space left on device")]
    assert result.notes[0] == f"Could not write {jobs[2][1].name}: No space left on device"


def test_header_and_footer_never_run_into_each_other(hostile_file, tmp_path):
    path, pair_ids = hostile_file
    with Document.open(path, readonly=True) as doc:
        report = write_pair_report(doc, pair_ids[5], tmp_path / "pair.pdf", today=AS_OF)
    page = PdfReader(str(report.path)).pages[0]
    height = float(page.mediabox.height)
    for words in (header_words(report.path), header_words(report.path, footer=height)):
        assert words
        for (_, right, _), (left, _, _) in itertools.pairwise(words):
            assert right <= left + 0.5, words
    footer = " ".join(w for _, _, w in header_words(report.path, footer=height))
    assert footer.endswith(f"Page 1 of {report.pages}") and "…" in footer


def test_the_logo_is_on_every_page_inside_its_box(doc, tmp_path):
    org = doc.organisation()
    doc.update(Organisation(id=org.id, name=org.name, logo=red_logo(3000, 100)))
    program = doc.add(Program(name="Logo", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 12, 31)))
    with doc.action("People"):
        for n in range(120):
            mentor, mentee = (
                doc.add(Participant(name=f"Mentor {n}")),
                doc.add(Participant(name=f"Mentee {n}")),
            )
            doc.add(
                Pair(
                    program_id=program.id,
                    mentor_id=mentor.id,
                    mentee_id=mentee.id,
                    status=PairStatus.ACTIVE,
                    started_on=dt.date(2026, 6, 3),
                )
            )
    report = write_program_report(doc, program, tmp_path / "logo.pdf", today=AS_OF)
    dpi = 30
    pages = rendered(report.path, tmp_path / "pages", dpi=dpi)
    assert len(pages) == report.pages >= 3
    for page in pages:
        pixels = page.load()
        red = [
            (x, y)
            for x in range(page.width)
            for y in range(page.height // 6)
            if all(abs(a - b) < 60 for a, b in zip(pixels[x, y], LOGO_RED, strict=True))
        ]
        assert red, "the logo is on every page"
        right = max(x for x, _ in red) / dpi * 72
        assert right <= (18 + 32 + 1) * MM  # 3000 x 100 px scaled into its 32 x 8 mm box


def test_fonts_language_and_outline(tmp_path, demo_file):
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        report = write_program_report(doc, program, tmp_path / "program.pdf", today=AS_OF)
        names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
        pairs = [p for p in doc.all(Pair, "program_id = ?", [program.id])]
    assert all(embedded for _, embedded in fonts(report.path)) and fonts(report.path)
    reader = PdfReader(str(report.path))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    for section in (
        "Executive summary",
        "Kirkpatrick's four levels",
        "Risks and follow-ups",
        "Appendix A: every pair",
    ):
        assert section in titles
    pages = text(report.path)
    appendix = titles.index("Appendix A: every pair")
    nested = [item for item in reader.outline if isinstance(item, list)]
    entries = next(group for group in nested if len(group) == len(pairs))
    assert reader.outline.index(entries) == reader.outline.index(top[appendix]) + 1
    for entry in entries:
        mentor = entry.title.split(" and ")[0]
        assert mentor in " ".join(pages[reader.get_destination_page_number(entry)].split())
    assert {entry.title for entry in entries} == {
        f"{names[p.mentor_id]} and {names[p.mentee_id]}" for p in pairs
    }


def test_no_page_is_left_mostly_blank(tmp_path, demo_file):
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        reports = [write_program_report(doc, program, tmp_path / "program.pdf", today=AS_OF)]
        for pair in doc.all(Pair, "program_id = ? AND status != 'proposed'", [program.id])[:6]:
            reports.append(write_pair_report(doc, pair.id, tmp_path / f"{pair.id}.pdf", today=AS_OF))
    for report in reports:
        pages = rendered(report.path, tmp_path / "pages" / report.path.stem, dpi=20)
        for number, page in enumerate(pages[:-1], 1):
            assert blank_share(page) < 0.5, (report.path.name, number, blank_share(page))


def test_a_character_the_font_cannot_draw_gets_a_font_found_on_the_system(doc, tmp_path, monkeypatch):
    """Sans-serif italic mathematical letters are not in DejaVu Sans: a font is looked for, here the
    shipped oblique face (which has them), so the test does not depend on the machine's fonts."""
    table = glyphs.Fallbacks()  # a fresh table, not the one cached for the process
    monkeypatch.setattr(glyphs, "fallbacks", lambda: table)
    monkeypatch.setattr(table, "_candidates", lambda chars: [str(glyphs.FONTS / "DejaVuSans-Oblique.ttf")])
    program = doc.add(Program(name="Fonts"))
    a, b = doc.add(Participant(name="𝘈𝘉𝘊")), doc.add(Participant(name=f"Budi {CJK}"))
    pair = doc.add(Pair(program_id=program.id, mentor_id=a.id, mentee_id=b.id))
    report = write_pair_report(doc, pair.id, tmp_path / "fonts.pdf", today=AS_OF)
    whole = flat(report.path)
    assert "𝘈𝘉𝘊" in whole  # drawn with the fallback, and still in the text
    assert len(fonts(report.path)) == 3
    assert set(CJK) <= report.undrawn and CJK[0] in report.note  # no font here draws it: said so
    assert all(embedded for _, embedded in fonts(report.path))


def test_chinese_names_are_drawn_or_named_in_the_export(doc, tmp_path):
    program = doc.add(Program(name="Fonts"))
    a, b = doc.add(Participant(name=CJK)), doc.add(Participant(name="Budi"))
    pair = doc.add(Pair(program_id=program.id, mentor_id=a.id, mentee_id=b.id))
    report = write_pair_report(doc, pair.id, tmp_path / "cjk.pdf", today=AS_OF)
    if report.undrawn:
        assert set(report.undrawn) == set(CJK) and "U+738B" in report.note
    else:  # a font on this machine draws them: they are in the text too
        assert CJK in flat(report.path)
