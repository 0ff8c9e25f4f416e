"""The agency report, read back with pypdf: one agency's people with their figures counted from the
file's rows in the test, nothing dated after the as-of date, nobody else named when others are
anonymous (names, emails and employee numbers, in the text, the outline and the metadata), hostile
names, and the command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from pypdf import PdfReader

from rmdesk.domain import (
    EmploymentType,
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
    i18n,
)
from rmdesk.domain.health import expected_meetings, pair_on
from rmdesk.reports.agency_facts import OTHERS, agency_facts
from rmdesk.reports.agency_report import write_agency_report
from rmdesk.reports.layout import MARGIN
from rmdesk.store import Document, DocumentError

from .helpers import CJK, RTL, blank_share, flat, rendered, text

AS_OF = dt.date(2026, 11, 20)
START, END = dt.date(2026, 6, 1), dt.date(2026, 12, 31)
AGENCY = "PT Mitra Karya Solusi"
OTHER_AGENCY = "PT Daya Insani"
# Each person: name, employee no., email, role, agency, site, contract end, manager (by name)
OURS = [
    ("Rina Putri", "OS-7001", "rina.putri@mitra.example", Role.MENTOR, "Jakarta", dt.date(2026, 12, 10)),
    ("Dimas Saputra", "OS-7002", "dimas.saputra@mitra.example", Role.MENTOR, "Jakarta", dt.date(2027, 6, 30)),
    ("Nia Lestari", "OS-7003", "nia.lestari@mitra.example", Role.MENTOR, "Surabaya", dt.date(2027, 1, 10)),
    ("Yoga Pratama", "OS-7004", "yoga.pratama@mitra.example", Role.MENTOR, "Surabaya", None),
    (
        "Ayu Wulandari",
        "OS-7005",
        "ayu.wulandari@mitra.example",
        Role.MENTEE,
        "Surabaya",
        dt.date(2026, 11, 1),
    ),
]
THEIRS = [  # the client's staff, and someone from another agency
    ("Bartholomew Quennell", "KL-9001", "b.quennell@client.example", Role.MENTEE, "", None),
    ("Cordelia Vantongeren", "KL-9002", "c.vantongeren@client.example", Role.MENTEE, "", None),
    ("Ignatius Follensby", "KL-9003", "i.follensby@client.example", Role.MENTEE, "", None),
    ("Philippa Marchbanks", "KL-9004", "p.marchbanks@client.example", Role.MENTOR, "", None),
    ("Octavia Sternwood", "DI-5001", "o.sternwood@daya.example", Role.MENTEE, "Surabaya", None),
    ("Leopold Ashcombe", "KL-9005", "l.ashcombe@client.example", Role.MENTEE, "", None),  # a manager
]


def build(path):
    """The agency's five people and the client's: an active pair meeting on rhythm, one ended early
    for a reason that names the partner, one ended after the as-of date, a proposal, one never
    paired; meetings, goals and check-ins before and after the as-of date."""
    with Document.create(path, organisation="PT Klien Sejahtera Tbk") as doc:
        program = doc.add(
            Program(name="Pilot 2026", start_date=START, end_date=END, topics=["AI tools", "Data literacy"])
        )
        people = {}
        with doc.action("People"):
            for rows, agency in ((THEIRS, ""), (OURS, AGENCY)):
                for name, number, email, role, site, contract in rows:
                    own = agency or (OTHER_AGENCY if number.startswith("DI") else "")
                    person = doc.add(
                        Participant(
                            name=name,
                            employee_no=number,
                            email=email,
                            employment_type=EmploymentType.OUTSOURCED if own else EmploymentType.PERMANENT,
                            agency=own,
                            client_site=site,
                            contract_end=contract or (dt.date(2027, 12, 31) if own else None),
                            manager_id=people["Leopold Ashcombe"].id if agency else None,
                        )
                    )
                    people[name] = person
                    doc.add(Enrolment(program_id=program.id, participant_id=person.id, role=role))

        def pair(mentor, mentee, status, started=None, ended=None, reason=""):
            return doc.add(
                Pair(
                    program_id=program.id,
                    mentor_id=people[mentor].id,
                    mentee_id=people[mentee].id,
                    status=status,
                    started_on=started,
                    ended_on=ended,
                    end_reason=reason,
                )
            )

        with doc.action("Pairs"):
            rina = pair("Rina Putri", "Bartholomew Quennell", PairStatus.ACTIVE, dt.date(2026, 6, 3))
            dimas = pair(
                "Dimas Saputra",
                "Cordelia Vantongeren",
                PairStatus.ENDED_EARLY,
                dt.date(2026, 6, 5),
                dt.date(2026, 8, 20),
                "Cordelia Vantongeren moved to the Medan office; asked Leopold to pause (KL-9002)",
            )
            nia = pair(
                "Nia Lestari",
                "Octavia Sternwood",
                PairStatus.ENDED_EARLY,
                dt.date(2026, 6, 10),
                dt.date(2026, 11, 25),  # after the as-of date: still active then
                "Contract ended",
            )
            pair("Yoga Pratama", "Ignatius Follensby", PairStatus.PROPOSED)
            ayu = pair("Philippa Marchbanks", "Ayu Wulandari", PairStatus.ACTIVE, dt.date(2026, 6, 4))
            for p, days in (
                (rina, (10, 38, 66, 94, 122, 150, 165)),
                (dimas, (12, 40)),
                (nia, (8, 50, 100, 168)),
                (ayu, (20,)),
            ):
                for d in days:
                    doc.add(Meeting(pair_id=p.id, date=p.started_on + dt.timedelta(days=d)))
            doc.add(Meeting(pair_id=rina.id, date=dt.date(2026, 11, 28)))  # after the as-of date
            for p, statuses in (
                (rina, (GoalStatus.DONE, GoalStatus.ON_TRACK)),
                (nia, (GoalStatus.DONE, GoalStatus.AT_RISK, GoalStatus.NOT_STARTED)),
                (ayu, (GoalStatus.ON_TRACK,)),
            ):
                for n, status in enumerate(statuses):
                    doc.add(
                        Goal(
                            pair_id=p.id,
                            specific=f"Goal {n}",
                            status=status,
                            target_date=dt.date(2026, 9, 1) if n else dt.date(2027, 1, 15),
                        )
                    )
            answers = {"sessions_useful": 4, "safe_to_speak": 5, "used_at_work": 3, "team_benefit": 4}
            for p in (rina, nia, ayu, dimas):
                for side in (Respondent.MENTOR, Respondent.MENTEE):
                    doc.add(
                        Evaluation(
                            pair_id=p.id,
                            respondent=side,
                            stage=Stage.BASELINE,
                            date=dt.date(2026, 6, 12),
                            confidence={"AI tools": 2} if side is Respondent.MENTEE else {},
                        )
                    )
            for p in (rina, nia, ayu):
                doc.add(
                    Evaluation(
                        pair_id=p.id,
                        respondent=Respondent.MENTOR,
                        stage=Stage.MIDPOINT,
                        date=dt.date(2026, 9, 25),
                        answers=answers,
                    )
                )
                doc.add(
                    Evaluation(
                        pair_id=p.id,
                        respondent=Respondent.MENTEE,
                        stage=Stage.MIDPOINT,
                        date=dt.date(2026, 9, 26),
                        answers={**answers, "sessions_useful": 2},
                        confidence={"AI tools": 4},
                    )
                )
            doc.add(  # dated after the as-of date: never counted
                Evaluation(
                    pair_id=rina.id,
                    respondent=Respondent.MENTOR,
                    stage=Stage.FINAL,
                    date=dt.date(2026, 12, 20),
                    answers={"sessions_useful": 1},
                )
            )
        return path


@pytest.fixture(scope="module")
def agency_file(tmp_path_factory):
    return build(tmp_path_factory.mktemp("agency") / "agency.rmdesk")


def program_of(doc):
    return doc.all(Program)[0]


def whole(path):
    return flat(path)


def outline_titles(reader):
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append(item.title)

    walk(reader.outline)
    return found


def counted(doc, program):
    """Per person of the agency, from the file's rows: each pair's meetings held by the as-of
    date and expected, goals done / all / late, and the person's own check-ins answered."""
    people = doc.all(Participant, "agency = ?", [AGENCY])
    rows = {}
    for person in people:
        mine = []
        for stored in doc.all(Pair, "mentor_id = ? OR mentee_id = ?", [person.id, person.id]):
            pair = pair_on(stored, AS_OF)
            held = doc.conn.execute(
                "SELECT count(*) FROM meetings WHERE pair_id = ? AND date <= ?", [pair.id, AS_OF.isoformat()]
            ).fetchone()[0]
            goals = doc.all(Goal, "pair_id = ?", [pair.id])
            side = "mentor" if pair.mentor_id == person.id else "mentee"
            answered = doc.conn.execute(
                "SELECT count(DISTINCT stage) FROM evaluations "
                "WHERE pair_id = ? AND respondent = ? AND date <= ?",
                [pair.id, side, AS_OF.isoformat()],
            ).fetchone()[0]
            mine.append(
                (
                    pair.id,
                    held,
                    expected_meetings(program, pair, AS_OF) if pair.status is not PairStatus.PROPOSED else 0,
                    sum(g.status is GoalStatus.DONE for g in goals),
                    len(goals),
                    sum(
                        g.target_date < AS_OF and g.status not in (GoalStatus.DONE, GoalStatus.NOT_ACHIEVED)
                        for g in goals
                    ),
                    answered,
                )
            )
        rows[person.name] = sorted(mine)
    return rows


def test_the_report_names_the_agency_people_and_their_figures(agency_file, tmp_path):
    with Document.open(agency_file, readonly=True) as doc:
        program = program_of(doc)
        expected = counted(doc, program)
        facts = agency_facts(doc, program, AGENCY, as_of=AS_OF)
        written = write_agency_report(doc, program, AGENCY, tmp_path / "agency.pdf", today=AS_OF)
    got = {
        m.name: sorted(
            (r.pair.id, r.meetings, r.expected, r.goals_done, r.goals, r.goals_late, r.answered)
            for r in m.pairs
        )
        for m in facts.members
    }
    assert got == expected
    reader = PdfReader(str(written.path))
    words = whole(written.path)
    assert (
        written.pages == len(reader.pages)
        and f"Page {written.pages} of {written.pages}" in text(written.path)[-1]
    )
    for name, *_ in OURS:
        assert name in words, name
    for name in ("Bartholomew Quennell", "Cordelia Vantongeren", "Philippa Marchbanks", "Octavia Sternwood"):
        assert name in words  # the partners, named: this one is for the client
    assert "manager: Leopold Ashcombe" in words
    meetings = sum(held for rows in expected.values() for _, held, exp, *_ in rows if exp or held)
    started = [r for rows in expected.values() for r in rows if r[2] or r[1]]
    held, due = sum(r[1] for r in started), sum(r[2] for r in started)
    assert meetings == held == 7 + 2 + 3 + 1  # the meeting after the as-of date is not counted
    assert f"Their 4 started pairs held {held} of about {due} expected meetings" in words
    done = sum(r[3] for rows in expected.values() for r in rows)
    goals = sum(r[4] for rows in expected.values() for r in rows)
    late = sum(r[5] for rows in expected.values() for r in rows)
    assert f"{done} of {goals} goals done ({done / goals:.0%}); {late} past the target date" in words
    # Nia's pair ended after the as-of date: active then. Dimas's ended early, with when and why.
    assert "Ended early on 2026-08-20: Cordelia Vantongeren moved to the Medan office" in words
    assert "2026-11-25" not in words and words.count("Contract ended") == 0
    rina = dict(zip(("pair", "held", "expected"), expected["Rina Putri"][0][:3], strict=True))
    assert f"Active since 2026-06-03 {rina['held']} / {rina['expected']}, on track" in words
    # Check-ins: the baseline of all four started pairs, the midpoint of the three still running.
    assert "Baseline 2026-06-08 4 of 4 (100%) 4 of 4 (100%)" in words
    assert "Midpoint 2026-09-22 3 of 3 (100%) 3 of 3 (100%)" in words
    assert "They answered 7 of 7 (100%) of the check-ins asked of them so far." in words
    final = next(s for s in facts.stages if s.stage is Stage.FINAL)
    assert (final.ours.answered, final.is_due) == (0, False)  # Rina's final is dated after the as-of date
    assert "Final 2026-12-31 (not yet due) 0 of 3 (0%) 0 of 3 (0%)" in words
    # Contracts: Rina's ends before the program, in 20 days; Ayu's ended already. Both still paired.
    assert (
        "2 contracts end before the program ends on 2026-12-31; 2 of them are still in an active pair"
        in words
    )
    assert "1 within 30 days, 2 within 60 days, 2 within 90 days; 1 had ended already" in words
    assert "Ayu Wulandari Surabaya 2026-11-01, before the program ends ended 2 weeks ago" in words
    titles = outline_titles(reader)
    assert titles[0] == AGENCY and "Contracts ending" in titles and "Rina Putri" in titles
    assert (
        reader.metadata.title == f"{AGENCY}: agency report"
        and reader.metadata.author == "PT Klien Sejahtera Tbk"
    )
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_others_anonymous_names_no_one_else(agency_file, tmp_path):
    with Document.open(agency_file, readonly=True) as doc:
        program = program_of(doc)
        written = write_agency_report(
            doc, program, AGENCY, tmp_path / "for the agency.pdf", today=AS_OF, others_anonymous=True
        )
        others = doc.all(Participant, "agency != ?", [AGENCY])
    reader = PdfReader(str(written.path))
    pages = text(written.path)
    everything = [
        " ".join(pages),
        " ".join(" ".join(pages).split()),
        "".join(" ".join(pages).split()),  # a name broken over two lines
        " ".join(outline_titles(reader)),
        str(reader.metadata),
    ]
    assert len(others) == len(THEIRS)
    for person in others:
        for value in (person.name, person.email, person.employee_no, *person.name.split()):
            for found in everything:
                assert value.casefold() not in found.casefold(), value
    words = whole(written.path)
    for name, *_ in OURS:
        assert name in words
    assert f"Reverse mentor {OTHERS}" in words and "manager:" not in words
    assert (
        f"Ended early on 2026-08-20: an {OTHERS} moved to the Medan office; asked an {OTHERS} to pause"
        in words
    )
    assert f"Confidential: for {AGENCY} and the client only." in words


def test_one_client_site(agency_file, tmp_path):
    with Document.open(agency_file, readonly=True) as doc:
        written = write_agency_report(
            doc,
            program_of(doc),
            "pt mitra  karya solusi",
            tmp_path / "s.pdf",
            client_site="surabaya",
            today=AS_OF,
        )
    words = whole(written.path)
    assert "3 people from PT Mitra Karya Solusi at Surabaya take part in Pilot 2026" in words
    assert "Rina Putri" not in words and "Nia Lestari" in words
    assert PdfReader(str(written.path)).metadata.title == f"{AGENCY} at Surabaya: agency report"


def test_an_agency_the_program_does_not_have_is_refused_with_those_it_has(agency_file, tmp_path):
    with Document.open(agency_file, readonly=True) as doc:
        program = program_of(doc)
        with pytest.raises(DocumentError) as refused:
            write_agency_report(doc, program, "PT Nowhere", tmp_path / "x.pdf", today=AS_OF)
        assert str(refused.value) == (
            f"No one in Pilot 2026 works through 'PT Nowhere'; its agencies are '{OTHER_AGENCY}', '{AGENCY}'."
        )
        with pytest.raises(DocumentError) as refused:
            write_agency_report(doc, program, AGENCY, tmp_path / "x.pdf", client_site="Bali")
        assert str(refused.value) == (
            f"No one from {AGENCY} in Pilot 2026 works at the client site 'Bali'; its sites are "
            "'Jakarta', 'Surabaya'."
        )
    assert not list(tmp_path.iterdir())


def hostile_agency(path):
    """Hostile names on both sides, an agency name with "/", "&" and "<", and a client-side name
    inside an end reason."""
    agency = "PT A/B <Solusi> & Co"
    names = ["Ravi a/l Muthu", "Nul\x00Byte", CJK, RTL[0], "Emoji 😀🎉 Person", "X" * 10_000]
    theirs = ["Zoë 🌏 Client", RTL[1], "李伟", "Long " * 2_000, "Budi/Santoso", "=cmd|' /C calc'!A0"]
    with Document.create(path, organisation="PT Hostile " * 20) as doc:
        program = doc.add(
            Program(name="Hostile 2026 " * 30, start_date=START, end_date=END, topics=["数据素养"])
        )
        with doc.action("All"):
            for n, (mine, other) in enumerate(zip(names, theirs, strict=True)):
                a = doc.add(
                    Participant(
                        name=mine,
                        employment_type=EmploymentType.OUTSOURCED,
                        agency=agency,
                        client_site=["Site/1", "מחסן"][n % 2],
                        contract_end=dt.date(2026, 12, 1),
                    )
                )
                b = doc.add(Participant(name=other, email=f"c{n}@client.example", employee_no=f"HX-{n:04}"))
                doc.add(Enrolment(program_id=program.id, participant_id=a.id, role=Role.MENTOR))
                doc.add(Enrolment(program_id=program.id, participant_id=b.id, role=Role.MENTEE))
                p = doc.add(
                    Pair(
                        program_id=program.id,
                        mentor_id=a.id,
                        mentee_id=b.id,
                        status=PairStatus.ENDED_EARLY if n == 4 else PairStatus.ACTIVE,
                        started_on=dt.date(2026, 6, 3),
                        ended_on=dt.date(2026, 7, 1) if n == 4 else None,
                        end_reason=f"{other} left; 李伟 took over" if n == 4 else "",
                    )
                )
                doc.add(Meeting(pair_id=p.id, date=dt.date(2026, 6, 20)))
        return path, agency, theirs


@pytest.mark.parametrize("anonymous", [False, True], ids=["named", "others-anonymous"])
def test_hostile_names_never_stop_the_report_and_nothing_is_clipped(tmp_path, anonymous):
    path, agency, theirs = hostile_agency(tmp_path / "hostile.rmdesk")
    with Document.open(path, readonly=True) as doc:
        written = write_agency_report(
            doc, program_of(doc), agency, tmp_path / "hostile.pdf", today=AS_OF, others_anonymous=anonymous
        )
    pages = rendered(written.path, tmp_path / "pages", dpi=40)
    assert len(pages) == written.pages == len(PdfReader(str(written.path)).pages)
    assert written.pages < 30  # the 10,000-character names are whole in the table of people, cut elsewhere
    for page in pages:  # nothing drawn in the side margins: no table or line ran off the page
        width, height = page.size
        margin = int(MARGIN / 72 * 40 * 0.8)
        pixels = page.load()
        for x in (*range(0, margin), *range(width - margin, width)):
            for y in range(int(height * 0.1), int(height * 0.9)):
                assert sum(pixels[x, y]) > 700, (x, y)
    words = whole(written.path)
    assert "PT A/B <Solusi> & Co" in words and "Ravi a/l Muthu" in words and "NulByte" in words
    assert "X" * 900 in "".join(words.split())  # a page of it, at least
    if anonymous:
        squeezed = "".join(words.split())
        for name in theirs:
            assert "".join(name.split()) not in squeezed, name[:20]
        assert f"left; an {OTHERS} took over" in words
    else:
        assert "Budi/Santoso" in words
    assert all(blank_share(page) < 0.97 for page in pages)


def rmdesk(*args):
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", *map(str, args)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_the_command(agency_file, tmp_path):
    out = tmp_path / "agency.pdf"
    made = rmdesk("report", agency_file, "--agency", AGENCY, "--out", out, "--as-of", AS_OF)
    assert made.returncode == 0, made.stderr
    shown = i18n.words("en").date(AS_OF)  # the terminal's long date
    assert made.stdout.strip() == f"Wrote {out} ({plural_pages(out)}, figures as of {shown})"
    assert "Bartholomew Quennell" in whole(out)
    anonymous = tmp_path / "for the agency.pdf"
    made = rmdesk(
        "report",
        agency_file,
        "--agency",
        AGENCY,
        "--client-site",
        "Jakarta",
        "--others-anonymous",
        "--out",
        anonymous,
        "--as-of",
        AS_OF,
        "--paper",
        "Letter",
        "--program",
        "Pilot 2026",
    )
    assert made.returncode == 0, made.stderr
    words = whole(anonymous)
    assert "Rina Putri" in words and "Nia Lestari" not in words and "Bartholomew" not in words
    assert "not shown, fewer than 3 answers · 1 of 1 (100%)" in words  # Rina's partner alone
    assert round(float(PdfReader(str(anonymous)).pages[0].mediabox.width)) == 612
    unknown = rmdesk("report", agency_file, "--agency", "PT Nowhere", "--out", tmp_path / "x.pdf")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr == (
        "rmdesk: No one in Pilot 2026 works through 'PT Nowhere'; "
        f"its agencies are '{OTHER_AGENCY}', '{AGENCY}'.\n"
    )
    both = rmdesk("report", agency_file, "--agency", AGENCY, "--pair", "x", "--out", tmp_path / "x.pdf")
    assert both.returncode == 2 and both.stderr.startswith("rmdesk: ")
    site = rmdesk("report", agency_file, "--client-site", "Jakarta", "--out", tmp_path / "x.pdf")
    assert site.returncode == 2 and "--agency" in site.stderr
    each = rmdesk("report", agency_file, "--agency", AGENCY, "--each", tmp_path / "all")
    assert each.returncode == 2 and "--out" in each.stderr
    assert not (tmp_path / "x.pdf").exists()


def plural_pages(path):
    count = len(PdfReader(str(path)).pages)
    return "1 page" if count == 1 else f"{count} pages"


def test_free_text_loses_the_names_numbers_and_emails_of_everyone_else():
    from rmdesk.reports.agency_facts import Redactor

    redact = Redactor(
        [("Budi Santoso", "budi@client.example", "KL-1"), ("Adi Pratama", "", ""), ("X", "", "")],
        ["Adi Wijaya", "Siti Nur'aini"],
    )
    assert redact("") == "" and redact("Contract ended") == "Contract ended"
    assert redact("BUDI SANTOSO (KL-1, budi@client.example) asked Adi to stop; Adi Wijaya agreed") == (
        f"an {OTHERS} (an {OTHERS}, an {OTHERS}) asked an {OTHERS} to stop; Adi Wijaya agreed"
    )
    assert redact("Siti Nur'aini\x00 left; Santoso X-ray") == f"Siti Nur'aini left; an {OTHERS} X-ray"
