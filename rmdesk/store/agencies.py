"""Outsourced people by agency and client site: who is paired, meeting on rhythm, answering,
and whose contract ends before their pair can finish.

One query reads the rows an outsourcing manager asks about; grouping them is plain Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rmdesk.domain.entities import Pair, PairStatus, Program, Role
from rmdesk.domain.health import Health, pair_health
from rmdesk.store.document import Document

WINDOWS = (30, 60, 90)  # days ahead an outsourcing manager plans for


@dataclass(frozen=True)
class AgencyPerson:
    id: str
    name: str
    agency: str
    client_site: str
    role: Role
    contract_end: dt.date | None
    pair_id: str | None  # the open pair (proposed or active), if any
    partner: str
    pair_status: PairStatus | None
    health: Health | None  # of an active pair
    evaluations: int  # this person's answers for the pair
    ends_before_program: bool
    days_left: int | None  # until the contract ends, from the as-of date


@dataclass
class AgencySummary:
    agency: str
    client_site: str
    people: int = 0
    paired: int = 0
    on_rhythm: int = 0
    evaluations: int = 0
    ends_before_program: int = 0
    ending_within: dict[int, int] = field(default_factory=lambda: dict.fromkeys(WINDOWS, 0))


SQL = """
SELECT p.id, p.name, p.agency, p.client_site, p.contract_end, e.role,
       pr.id, pr.status, pr.started_on, pr.program_id, q.name,
       (SELECT max(m.date) FROM meetings m WHERE m.pair_id = pr.id),
       (SELECT count(*) FROM evaluations v WHERE v.pair_id = pr.id AND v.respondent = e.role)
FROM participants p
JOIN enrolments e ON e.participant_id = p.id AND e.program_id = :program
LEFT JOIN pairs pr ON pr.program_id = :program AND pr.status IN ('proposed', 'active')
     AND ((e.role = 'mentor' AND pr.mentor_id = p.id) OR (e.role = 'mentee' AND pr.mentee_id = p.id))
LEFT JOIN participants q ON q.id = CASE e.role WHEN 'mentor' THEN pr.mentee_id ELSE pr.mentor_id END
WHERE p.agency != '' AND p.archived = 0
ORDER BY p.agency, p.client_site, p.name
"""


def agency_people(doc: Document, program: Program, today: dt.date) -> list[AgencyPerson]:
    """Everyone in the program who works through an agency, with their pairing and contract."""
    found = []
    for row in doc.conn.execute(SQL, {"program": program.id}):
        (pid, name, agency, site, contract, role, pair_id, status, started, _, partner, last, answered) = row
        contract_end = dt.date.fromisoformat(contract) if contract else None
        health = None
        if status == PairStatus.ACTIVE.value:
            pair = Pair(
                program_id=program.id,
                status=PairStatus.ACTIVE,
                started_on=dt.date.fromisoformat(started) if started else None,
            )
            health, _ = pair_health(program, pair, dt.date.fromisoformat(last) if last else None, today)
        found.append(
            AgencyPerson(
                id=pid,
                name=name,
                agency=agency,
                client_site=site,
                role=Role(role),
                contract_end=contract_end,
                pair_id=pair_id,
                partner=partner or "",
                pair_status=PairStatus(status) if status else None,
                health=health,
                evaluations=answered or 0,
                ends_before_program=bool(
                    contract_end and program.end_date and contract_end < program.end_date
                ),
                days_left=(contract_end - today).days if contract_end else None,
            )
        )
    return found


def summaries(people: list[AgencyPerson]) -> list[AgencySummary]:
    """Per agency and client site: the counts an outsourcing manager reports on."""
    groups: dict[tuple[str, str], AgencySummary] = {}
    for person in people:
        group = groups.setdefault(
            (person.agency, person.client_site), AgencySummary(person.agency, person.client_site)
        )
        group.people += 1
        group.paired += person.pair_id is not None
        group.on_rhythm += person.health is Health.ON_TRACK
        group.evaluations += person.evaluations
        group.ends_before_program += person.ends_before_program
        for days in WINDOWS:
            group.ending_within[days] += person.days_left is not None and 0 <= person.days_left <= days
    return list(groups.values())
