"""PDF reports, read back with pypdf: the facts match the file, names print as typed, pages add up."""

import datetime as dt
import subprocess
import sys

import pytest
from pypdf import PdfReader

from rmdesk.domain import (
    Enrolment,
    Evaluation,
    Goal,
    GoalStatus,
    Meeting,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
)
from rmdesk.reports.pair_report import write_pair_report
from rmdesk.reports.program_report import write_program_report
from rmdesk.store import Document, queries
from rmdesk.store.dashboard import figures

TODAY = dt.date(2026, 11, 25)


def text_of(written):
    path = getattr(written, "path", written)
    reader = PdfReader(str(path))
    return [page.extract_text() for page in reader.pages], reader


@pytest.fixture
def small(doc):
    """A pair with names that need more than ASCII, two goals, two meetings and two evaluations."""
    program = doc.add(
        Program(
            name="Pilot 2026",
            start_date=dt.date(2026, 6, 1),
            end_date=dt.date(2026, 12, 31),
            topics=["AI tools", "Agile ways of working"],
        )
    )
    mentor = doc.add(
        Participant(name="Zoë Anggraini", department="Marketing", birth_year=2001, job_title="Analyst")
    )
    mentee = doc.add(Participant(name="José Muñoz", department="Finance", birth_year=1969, job_title="CFO"))
    pair = doc.add(
        Pair(
            program_id=program.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            status=PairStatus.ACTIVE,
            started_on=dt.date(2026, 6, 3),
            score=54.5,
        )
    )
    doc.add(
        Goal(
            pair_id=pair.id,
            specific="Draft reports with an AI assistant",
            measure="Three reports",
            target_date=dt.date(2026, 9, 1),
            status=GoalStatus.DONE,
            progress=100,
        )
    )
    doc.add(
        Goal(pair_id=pair.id, specific="Run one project in sprints", status=GoalStatus.ON_TRACK, progress=40)
    )
    for day in (dt.date(2026, 6, 10), dt.date(2026, 7, 8)):
        doc.add(Meeting(pair_id=pair.id, date=day, topics=["AI tools"], notes="Prompt practice"))
    doc.add(
        Evaluation(
            pair_id=pair.id,
            respondent=Respondent.MENTEE,
            stage=Stage.BASELINE,
            date=dt.date(2026, 6, 5),
            answers={"sessions_useful": 4, "learned_new": 3},
            confidence={"AI tools": 2},
        )
    )
    doc.add(
        Evaluation(
            pair_id=pair.id,
            respondent=Respondent.MENTEE,
            stage=Stage.FINAL,
            date=dt.date(2026, 12, 20),
            answers={"sessions_useful": 5, "learned_new": 5},
            confidence={"AI tools": 5},
            comments="Now I write my own prompts – terima kasih, Zoë!",
        )
    )
    return program, pair


def test_pair_report_states_the_facts_of_the_file(small, doc, tmp_path):
    _, pair = small
    path = write_pair_report(doc, pair.id, tmp_path / "pair.pdf", today=TODAY).path
    pages, reader = text_of(path)
    whole = " ".join(" ".join(pages).split())
    for fact in (
        "Zoë Anggraini",
        "José Muñoz",
        "Pilot 2026",
        "Draft reports with an AI assistant",
        "Three reports",
        "1 of 2 goals done",
        "2 meetings held",
        "Match score 54.5",
        "Signatures",
        "2026-06-10",
        "Confidential",
    ):
        assert fact in whole, fact
    assert pages[0].count("Page 1 of") == 1 and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert reader.metadata.title == "Zoë Anggraini and José Muñoz: evaluation"
    assert "terima kasih" not in whole  # the final check-in is dated after the report's date
    assert "final" not in whole.lower().replace("final check-in", "")
    fonts = {str(font) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts  # fonts are embedded, not left to the reader's machine
    assert not list(tmp_path.glob(".*partial"))


def test_a_pair_without_evaluations_gets_a_sensible_report(doc, tmp_path):
    program = doc.add(Program(name="New cohort"))
    a, b = doc.add(Participant(name="Adi")), doc.add(Participant(name="Budi"))
    pair = doc.add(Pair(program_id=program.id, mentor_id=a.id, mentee_id=b.id))
    pages, _ = text_of(write_pair_report(doc, pair.id, tmp_path / "empty.pdf", today=TODAY))
    whole = " ".join(" ".join(pages).split())
    assert "No goals have been agreed yet." in whole
    assert "No evaluation has been entered yet" in whole
    assert "0 meetings held" in whole


def test_forty_goals_and_very_long_comments_still_lay_out(small, doc, tmp_path):
    _, pair = small
    with doc.action("Many goals"):
        for n in range(40):
            doc.add(
                Goal(
                    pair_id=pair.id,
                    specific=f"Goal number {n} " + "with a long description " * 6,
                    measure="measured " * 12,
                )
            )
    long_comment = "This comment goes on and on about what we learned together. " * 60
    doc.add(
        Evaluation(
            pair_id=pair.id,
            respondent=Respondent.MENTOR,
            stage=Stage.MIDPOINT,
            answers={"sessions_useful": 4},
            comments=long_comment,
        )
    )
    pages, _ = text_of(write_pair_report(doc, pair.id, tmp_path / "long.pdf", paper="Letter", today=TODAY))
    whole = " ".join(" ".join(pages).split())
    assert len(pages) >= 3 and "Goal number 39" in whole
    assert whole.count("Goal number") == 40


def test_paper_size_is_a4_or_letter(small, doc, tmp_path):
    _, pair = small
    _, a4 = text_of(write_pair_report(doc, pair.id, tmp_path / "a4.pdf", today=TODAY))
    _, letter = text_of(write_pair_report(doc, pair.id, tmp_path / "letter.pdf", paper="Letter", today=TODAY))
    assert (
        round(float(a4.pages[0].mediabox.width)) == 595
        and round(float(letter.pages[0].mediabox.width)) == 612
    )


def test_program_report_matches_the_dashboard_figures(demo_file, tmp_path):
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        f = figures(doc, program)
        pairs = doc.all(Pair, "program_id = ?", [program.id])
        names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
        seen = []
        f = figures(doc, program, TODAY)
        path = write_program_report(doc, program, tmp_path / "program.pdf", today=TODAY, progress=seen.append)
    pages, _ = text_of(path)
    whole = " ".join(" ".join(pages).split())
    assert f"{f.enrolled} enrolled" in whole
    assert f"{f.meetings} held" in whole
    assert f"{f.goals_done} of {f.goals} goals done" in " ".join(whole.split())
    assert "Executive summary" in whole and "the questionnaire" in whole
    for pair in pairs:
        assert names[pair.mentor_id] in whole and names[pair.mentee_id] in whole
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert seen[0] < seen[-1] == 100


def test_an_empty_program_report_is_sensible(doc, tmp_path):
    program = doc.add(Program(name="Not started"))
    pages, _ = text_of(write_program_report(doc, program, tmp_path / "empty.pdf", today=TODAY))
    whole = " ".join(" ".join(pages).split())
    assert "Nobody is enrolled yet" in whole and "No pairs have been made yet." in whole
    assert "Retention" not in whole and "0%" not in whole and "Nothing needs attention" not in whole


def test_a_program_with_nobody_paired_says_so(doc, tmp_path):
    program = doc.add(
        Program(name="Enrolled only", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 12, 31))
    )
    with doc.action("Enrol"):
        for n in range(60):
            person = doc.add(Participant(name=f"Person {n}"))
            doc.add(
                Enrolment(
                    program_id=program.id,
                    participant_id=person.id,
                    role=Role.MENTOR if n % 2 else Role.MENTEE,
                )
            )
    pages, _ = text_of(write_program_report(doc, program, tmp_path / "unpaired.pdf", today=TODAY))
    whole = " ".join(" ".join(pages).split())
    assert "60 enrolled, none paired yet" in whole
    assert "Nothing needs attention" not in whole
    assert "30 mentees: Person 0; Person 10;" in whole  # enrolled but unpaired, by name


def test_a_pair_report_tells_overdue_goals_and_an_early_end(doc, tmp_path):
    program = doc.add(Program(name="Pilot", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 12, 31)))
    a, b = doc.add(Participant(name="Adi")), doc.add(Participant(name="Budi"))
    pair = doc.add(
        Pair(
            program_id=program.id,
            mentor_id=a.id,
            mentee_id=b.id,
            status=PairStatus.ENDED_EARLY,
            started_on=dt.date(2026, 6, 3),
            ended_on=dt.date(2026, 6, 20),
            end_reason="Left the company",
        )
    )
    doc.add(
        Goal(
            pair_id=pair.id, specific="Late goal", target_date=dt.date(2026, 9, 1), status=GoalStatus.ON_TRACK
        )
    )
    doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 6, 10)))
    for stage, value in ((Stage.MIDPOINT, 2), (Stage.FINAL, 4)):
        for respondent in (Respondent.MENTEE, Respondent.MENTOR, Respondent.HR):
            doc.add(
                Evaluation(
                    pair_id=pair.id,
                    respondent=respondent,
                    stage=stage,
                    date=dt.date(2026, 6, 15),
                    answers={
                        "sessions_useful": value + (respondent is Respondent.MENTOR),
                        "safe_to_speak": value,
                    },
                )
            )
    whole = " ".join(
        " ".join(text_of(write_pair_report(doc, pair.id, tmp_path / "p.pdf", today=TODAY))[0]).split()
    )
    assert "Overdue (recorded: on track)" in whole and "On track" not in whole
    assert "Ended early on 2026-06-20: Left the company." in whole
    assert "stalled" not in whole.lower()
    # satisfaction: the latest stage, mentee and mentor apart, HR not counted
    assert "mentee 4.0, mentor 4.5 of 5 at the final" in whole


def test_comments_keep_their_paragraphs(small, doc, tmp_path):
    _, pair = small
    doc.add(
        Evaluation(
            pair_id=pair.id,
            respondent=Respondent.MENTOR,
            stage=Stage.MIDPOINT,
            date=dt.date(2026, 9, 1),
            comments="First paragraph.\n\nSecond paragraph.\nSame paragraph, next line.",
        )
    )
    pages, _ = text_of(write_pair_report(doc, pair.id, tmp_path / "c.pdf", today=TODAY))
    lines = [line.strip() for line in "\n".join(pages).splitlines()]
    assert lines.index("Second paragraph.") == lines.index("First paragraph.") + 1
    assert lines.index("Same paragraph, next line.") == lines.index("Second paragraph.") + 1


def test_cancelling_leaves_no_half_written_file(small, doc, tmp_path):
    program, _ = small

    def stop(percent):
        if percent >= 35:
            raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        write_program_report(doc, program, out / "cut.pdf", today=TODAY, progress=stop)
    assert list(out.iterdir()) == []


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_cli_report_program_pair_and_each(demo_file, tmp_path):
    def rmdesk(*args):
        return subprocess.run(
            [sys.executable, "-m", "rmdesk", *map(str, args)], capture_output=True, text=True, timeout=120
        )

    made = rmdesk("report", demo_file, "--out", tmp_path / "program.pdf")
    assert made.returncode == 0 and (tmp_path / "program.pdf").stat().st_size > 10_000
    each = rmdesk("report", demo_file, "--each", tmp_path / "pairs", "--as-of", "2026-11-29")
    count = len(list((tmp_path / "pairs").glob("*.pdf")))
    assert each.stdout.strip() == f"Wrote {count} pair reports to {tmp_path / 'pairs'}" and count > 10
    assert f"[{count}/{count}]" in each.stderr and each.returncode == 0  # progress, on stderr
    with Document.open(demo_file, readonly=True) as doc:
        pair = doc.all(Pair)[0]
    one = rmdesk("report", demo_file, "--pair", pair.id, "--out", tmp_path / "one.pdf", "--paper", "Letter")
    assert one.returncode == 0
    assert rmdesk("report", demo_file, "--pair", "nope", "--out", tmp_path / "x.pdf").stderr.strip() == (
        "rmdesk: there is no pair with the id nope"
    )
    assert rmdesk("report", demo_file).returncode == 2
    assert rmdesk("report", demo_file, "--out", tmp_path / "x.pdf", "--as-of", "29/11").returncode == 2
    dated = rmdesk("report", demo_file, "--out", tmp_path / "dated.pdf", "--as-of", "2026-10-01")
    assert dated.returncode == 0 and "figures as of 1 October 2026" in dated.stdout
    assert "figures as of 2026-10-01" in " ".join(text_of(tmp_path / "dated.pdf")[0])


def test_a_report_that_cannot_be_put_in_place_is_named_as_asked_and_leaves_nothing(small, doc, tmp_path):
    _, pair = small
    out = tmp_path / "out"
    taken = out / "pair.pdf"
    taken.mkdir(parents=True)  # a folder where the report should go
    with pytest.raises(OSError) as refused:
        write_pair_report(doc, pair.id, taken, today=TODAY)
    assert refused.value.filename == str(taken)
    assert [p.name for p in out.iterdir()] == ["pair.pdf"]
