"""Builds a demo program file: the same seed always gives the same people, pairs and answers.

Half the people are juniors who can be reverse mentors, half seniors who want
to learn. Most are paired; a few stay unpaired for the board. The file is made
with the same operations a user's clicks run, so its history reads like a real one.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from rmdesk.domain.entities import (
    EmploymentType,
    Enrolment,
    Evaluation,
    Goal,
    GoalStatus,
    Meeting,
    MeetingMode,
    Pair,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
)
from rmdesk.domain.templates import DEFAULT_QUESTIONS, GOAL_TEMPLATES
from rmdesk.domain.topics import DEFAULT_TOPICS
from rmdesk.matching.program import load, lock_pairs, make_pairs
from rmdesk.store.codec import made_at_once
from rmdesk.store.document import Document, flush
from rmdesk.store.errors import DocumentError, from_os
from rmdesk.store.lifecycle import end_pair, start_pairs, start_program
from rmdesk.store.lock import DocumentLock

COMPANY = "PT Nusantara Digital Sejahtera"
FIRST = [
    "Adi",
    "Agus",
    "Andi",
    "Ayu",
    "Bayu",
    "Budi",
    "Dewi",
    "Dian",
    "Eka",
    "Fajar",
    "Fitri",
    "Gilang",
    "Hendra",
    "Indah",
    "Intan",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Maya",
    "Nanda",
    "Nia",
    "Nur",
    "Putri",
    "Rina",
    "Rizky",
    "Sari",
    "Siti",
    "Tri",
    "Wahyu",
    "Wulan",
    "Yoga",
    "Yuni",
    "Zahra",
    "Aditya",
    "Bagus",
    "Citra",
    "Dimas",
    "Elok",
    "Farhan",
    "Galih",
    "Hana",
    "Ilham",
    "Jihan",
    "Kevin",
    "Laras",
    "Nabila",
    "Raka",
    "Tasya",
]
LAST = [
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Pratama",
    "Kusuma",
    "Nugroho",
    "Lestari",
    "Setiawan",
    "Wibowo",
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Hutapea",
    "Sinaga",
    "Gunawan",
    "Halim",
    "Tanjung",
    "Rahman",
    "Permana",
    "Suryadi",
    "Utomo",
    "Putri",
    "Susanto",
    "Hartono",
    "Manurung",
    "Lubis",
    "Ginting",
    "Pangaribuan",
    "Purba",
    "Daulay",
    "Rangkuti",
    "Wahyudi",
    "Irawan",
]
SPECIAL = ("Siti Nur'aini", "José Muñoz", "Zoë Hartono", "I Gusti Ayu Ngurah Kade Wijayakusuma")
DEPARTMENTS = (
    "Finance",
    "Human Capital",
    "Marketing",
    "Sales",
    "Operations",
    "Information Technology",
    "Legal",
    "Supply Chain",
    "Customer Service",
    "Corporate Strategy",
)
LOCATIONS = ("Jakarta", "Jakarta", "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar")
AGENCIES = ("PT Mitra Karya Solusi", "PT Daya Insani Outsourcing")
JUNIOR_TITLES = ("Associate", "Analyst", "Officer", "Specialist")
SENIOR_TITLES = ("Head of", "Vice President,", "General Manager,", "Director,")
START = dt.date(2026, 6, 1)
END = dt.date(2026, 12, 31)
UNPAIRED = 8
PROPOSALS = 2
T = TypeVar("T")
QUESTION_KEYS = tuple(q.key for q in DEFAULT_QUESTIONS)


def _uid(rng: random.Random) -> str:
    """A version-4 UUID drawn from the seeded generator, so ids repeat with the seed."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _pick(rng: random.Random, options: Sequence[T]) -> T:
    """rng.choice, cheaper for the same purpose."""
    return options[int(rng.random() * len(options))]


def _roll(rng: random.Random, low: int, high: int) -> int:
    """rng.randint without its overhead (the demo draws hundreds of thousands)."""
    return low + int(rng.random() * (high - low + 1))


def _name(rng: random.Random, index: int) -> str:
    if index < len(SPECIAL):
        return SPECIAL[index]
    return f"{_pick(rng, FIRST)} {_pick(rng, LAST)}"


def _levels(rng: random.Random, low: int) -> dict[str, int]:
    topics = rng.sample(DEFAULT_TOPICS, _roll(rng, 2, 3))
    return {t: _roll(rng, low, 5) for t in topics}


def _people(rng: random.Random, count: int) -> tuple[list[Participant], list[Participant]]:
    """Seniors (mentees) first so juniors can report to them; returns (mentors, mentees)."""
    seniors: list[Participant] = []
    heads: dict[str, Participant] = {}
    mentees_total = count // 2
    for i in range(mentees_total):
        department = DEPARTMENTS[i % len(DEPARTMENTS)]
        head = heads.get(department)
        title = _pick(rng, SENIOR_TITLES)
        person = Participant(
            id=_uid(rng),
            name=_name(rng, i),
            employee_no=f"NDS-{10000 + i}",
            department=department,
            job_title=f"{title} {department}",
            grade=_roll(rng, 9, 12),
            birth_year=_roll(rng, 1962, 1984),
            manager_id=head.id if head else None,
            location=_pick(rng, LOCATIONS),
            languages=["Bahasa Indonesia", "English"],
            performance=_pick(rng, (2, 2, 3, 3, 1)),
            potential=_pick(rng, (1, 2, 2, 3)),
            topics_wanted=_levels(rng, 2),
            consent_date=START - dt.timedelta(days=_roll(rng, 10, 40)),
        )
        heads.setdefault(department, person)
        seniors.append(person)
    juniors: list[Participant] = []
    for i in range(mentees_total, count):
        department = _pick(rng, DEPARTMENTS)
        outsourced = rng.random() < 0.15
        agency = AGENCIES[i % 2] if outsourced else ""
        bosses = [s for s in seniors[: 4 * len(DEPARTMENTS)] if s.department == department]
        contract_end = None
        if outsourced:
            contract_end = END + dt.timedelta(days=_roll(rng, -60, 240))
        location = _pick(rng, LOCATIONS)
        person = Participant(
            id=_uid(rng),
            name=_name(rng, i),
            employee_no=f"NDS-{10000 + i}" if not outsourced else f"OS-{20000 + i}",
            email="",
            department=department,
            job_title=f"{_pick(rng, JUNIOR_TITLES)}, {department}",
            grade=_roll(rng, 2, 5),
            birth_year=_roll(rng, 1994, 2004),
            manager_id=_pick(rng, bosses).id if bosses else None,
            location=location,
            languages=["Bahasa Indonesia", "English"][: _roll(rng, 1, 2)],
            employment_type=EmploymentType.OUTSOURCED
            if outsourced
            else _pick(
                rng, (EmploymentType.PERMANENT,) * 6 + (EmploymentType.CONTRACT, EmploymentType.INTERN)
            ),
            agency=agency,
            client_site=f"Head office, {location}" if outsourced else "",
            contract_end=contract_end,
            performance=_pick(rng, (2, 3, 3, 1)),
            potential=_pick(rng, (2, 3, 3, 1)),
            topics_offered=_levels(rng, 3),
            consent_date=START - dt.timedelta(days=_roll(rng, 10, 40)),
        )
        juniors.append(person)
    for person in seniors + juniors:
        first = person.name.split()[0].lower().replace("'", "")
        person.email = f"{first}.{person.employee_no.lower()}@nusantara-digital.co.id"
    return juniors, seniors


def _couples(mentors: list[Participant], mentees: list[Participant]) -> list[tuple[str, str]]:
    """Who the officer pairs by hand: a few people stay unpaired for the board."""
    unpaired = min(UNPAIRED, len(mentees) // 4)
    return [(r.id, e.id) for r, e in zip(mentors[unpaired:], mentees[unpaired:], strict=False)]


def _records(
    rng: random.Random, pair: Pair, mentor: Participant, mentee: Participant, started: dt.date, ended: bool
) -> tuple[list[Goal], list[Meeting], list[Evaluation]]:
    """What a pair writes down over the months: goals, the meetings held, the check-ins."""
    topics = list(mentee.topics_wanted) or list(mentor.topics_offered)
    goals = []
    for template in rng.sample(GOAL_TEMPLATES, _roll(rng, 2, 3)):
        progress = _pick(rng, (0, 20, 40, 60, 80, 100))
        goals.append(
            Goal(
                id=_uid(rng),
                pair_id=pair.id,
                topic=template.topic,
                specific=template.specific,
                measure=template.measure,
                target_date=started + dt.timedelta(weeks=template.weeks + 4),
                status=GoalStatus.DONE
                if progress == 100
                else _pick(rng, (GoalStatus.ON_TRACK, GoalStatus.ON_TRACK, GoalStatus.AT_RISK)),
                progress=progress,
            )
        )
    held = 1 if ended else _pick(rng, (2, 3, 4, 4, 5, 5, 6))
    meetings = [
        Meeting(
            id=_uid(rng),
            pair_id=pair.id,
            date=started + dt.timedelta(days=28 * k + _roll(rng, 0, 6)),
            duration_min=_pick(rng, (45, 60, 60, 90)),
            mode=_pick(rng, (MeetingMode.IN_PERSON, MeetingMode.ONLINE)),
            topics=rng.sample(topics, min(len(topics), _roll(rng, 1, 2))),
            notes=_pick(rng, ("", "Good energy.", "Practised prompts together.", "Rescheduled once.")),
        )
        for k in range(held)
    ]
    stages = [Stage.BASELINE] if ended else [Stage.BASELINE, Stage.MIDPOINT]
    if held >= 5:
        stages.append(Stage.FINAL)
    evaluations = []
    for lift, stage in enumerate(stages):
        respondents = [Respondent.MENTOR, Respondent.MENTEE]
        if stage is Stage.MIDPOINT:
            respondents.append(Respondent.HR)
        for respondent in respondents:
            evaluations.append(
                Evaluation(
                    id=_uid(rng),
                    pair_id=pair.id,
                    respondent=respondent,
                    stage=stage,
                    date=started + dt.timedelta(days=90 * lift),
                    answers={key: min(5, 2 + int(rng.random() * (3 + lift))) for key in QUESTION_KEYS},
                    confidence={t: min(5, _roll(rng, 1, 3) + lift) for t in topics},
                    comments=_pick(
                        rng, ("", "We keep sessions short and practical.", "Need more time for practice.")
                    ),
                )
            )
    return goals, meetings, evaluations


def generate(
    path: Path | str, *, participants: int = 60, seed: int = 2026, passphrase: str | None = None
) -> Path:
    """Write a new demo file at ``path`` and return it.

    Everything after the people goes through the operations the window and the
    command line use (pair, lock, start, log, evaluate, end early), so the demo
    shows only states a user can reach. It is written under a hidden name beside
    ``path`` and renamed at the end: a demo stopped halfway leaves nothing at ``path``.
    """
    if participants < 4:
        raise ValueError("A demo needs at least 4 participants.")
    path = Path(path)
    if path.exists():
        raise DocumentError(f"{path} already exists. Choose another name or delete it first.")
    lock = DocumentLock(path)  # the name stays ours while the demo is written
    lock.acquire()
    partial = path.with_name(f".{path.name}.demo")
    try:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)  # from a demo stopped before
        _write(partial, participants=participants, seed=seed, passphrase=passphrase)
        flush(partial)  # written as a draft: on the disk once, whole, before it takes its name
        if path.exists():
            raise DocumentError(f"{path} already exists. Choose another name or delete it first.")
        os.replace(partial, path)
        _flush_folder(path.parent)
    except OSError as error:
        raise from_os(error, str(path)) from None
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        lock.release()
    return path


def _flush_folder(folder: Path) -> None:
    """Make the file's new name last on the disk too (where a folder can be flushed)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _write(path: Path, *, participants: int, seed: int, passphrase: str | None) -> None:
    with made_at_once():  # tens of thousands of records, none in a cycle: the collector waits
        _make(path, participants=participants, seed=seed, passphrase=passphrase)


def _make(path: Path, *, participants: int, seed: int, passphrase: str | None) -> None:
    rng = random.Random(seed)
    mentors, mentees = _people(rng, participants)
    program = Program(
        id=_uid(rng),
        name="Digital Leadership Reverse Mentoring 2026",
        objective="Leaders learn digital, AI and social media skills from junior talent; "
        "juniors gain visibility and leadership exposure.",
        start_date=START,
        end_date=END,
        topics=list(DEFAULT_TOPICS),
    )
    with Document.create(path, organisation=COMPANY, passphrase=passphrase, draft=True) as doc:
        doc.add(program)
        with doc.action(f"Add {len(mentees) + len(mentors):,} Participants"):
            doc.add_many([*mentees, *mentors])  # seniors first: juniors report to them
            doc.add_many(
                [
                    Enrolment(id=_uid(rng), program_id=program.id, participant_id=p.id, role=role)
                    for role, people in ((Role.MENTOR, mentors), (Role.MENTEE, mentees))
                    for p in people
                ]
            )
        cohort = load(doc, program)
        pairs = make_pairs(doc, cohort, _couples(mentors, mentees))
        lock_pairs(doc, cohort, pairs[::7], True)
        start_program(doc, program, [], START)
        running = pairs[:-PROPOSALS]  # the last few stay proposals the officer has yet to start
        started = {pair.id: START + dt.timedelta(days=_roll(rng, 0, 21)) for pair in running}
        ended = {pair.id for index, pair in enumerate(running) if index % 20 == 3}
        for day in sorted(set(started.values())):
            start_pairs(doc, [p for p in running if started[p.id] == day], day)
        people = cohort.ctx.people
        goals: list[Goal] = []
        meetings: list[Meeting] = []
        evaluations: list[Evaluation] = []
        for pair in running:
            made = _records(
                rng, pair, people[pair.mentor_id], people[pair.mentee_id], started[pair.id], pair.id in ended
            )
            goals += made[0]
            meetings += made[1]
            evaluations += made[2]
        doc.add_many(goals)
        doc.add_many(meetings)
        doc.add_many(evaluations)
        for pair in running:
            if pair.id in ended:
                end_pair(doc, pair, started[pair.id] + dt.timedelta(days=70), "Moved to another role")
