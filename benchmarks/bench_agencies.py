"""``rmdesk agencies`` on the demo file, against bare SQL.

Run: python benchmarks/bench_agencies.py [--participants N] [--rounds K]   (A and B interleaved)

The baseline: one bare GROUP BY over the same tables (participants,
enrolments, pairs, the partner's participant row, the latest meeting and the answers of each
open pair), through the document's own connection, that returns the per agency and client site
counts ``rmdesk agencies`` prints (people, paired, meeting on rhythm, answers, contracts ending
before the program and within 30, 60 and 90 days). It joins the tables in the same order and
through the same indexes as the measured query (the participants read first, each person's pairs
through the mentor and mentee indexes); SQLite does all the grouping.

- ``rmdesk agencies`` (its core): ``summaries(agency_people(doc, program, today))``, the rows
  read and grouped in Python. Target within 2x of the baseline.

The agencies page is measured with the other pages (``bench_pages.py``): against a bare SELECT
of the same rows (one per person, not grouped) shown in a plain table.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SIZE, Figure, arguments, collect, demo, figure, print_figures, ready

from rmdesk.domain import Program
from rmdesk.store import Document, queries
from rmdesk.store.agencies import agency_people, summaries

BARE = """
SELECT agency, client_site, count(DISTINCT id),
       count(DISTINCT CASE WHEN pair_id IS NOT NULL THEN id END),
       count(DISTINCT CASE WHEN status = 'active'
             AND julianday(:today) - julianday(coalesce(last, started_on, :start)) <= :rhythm THEN id END),
       sum(answered),
       count(DISTINCT CASE WHEN contract_end < :end THEN id END),
       count(DISTINCT CASE WHEN contract_end BETWEEN :today AND :d30 THEN id END),
       count(DISTINCT CASE WHEN contract_end BETWEEN :today AND :d60 THEN id END),
       count(DISTINCT CASE WHEN contract_end BETWEEN :today AND :d90 THEN id END)
FROM (
    SELECT p.id, p.agency, p.client_site, p.contract_end, pr.id AS pair_id, pr.status, pr.started_on,
           q.name AS partner,
           (SELECT max(m.date) FROM meetings m WHERE m.pair_id = pr.id) AS last,
           (SELECT count(*) FROM evaluations v WHERE v.pair_id = pr.id AND v.respondent = e.role) AS answered
    FROM participants p
    CROSS JOIN enrolments e ON e.participant_id = p.id AND e.program_id = :program
    LEFT JOIN pairs pr ON +pr.program_id = :program AND pr.status IN ('proposed', 'active')
         AND ((e.role = 'mentor' AND pr.mentor_id = p.id) OR (e.role = 'mentee' AND pr.mentee_id = p.id))
    LEFT JOIN participants q ON q.id = CASE e.role WHEN 'mentor' THEN pr.mentee_id ELSE pr.mentor_id END
    WHERE p.agency != '' AND p.archived = 0
)
GROUP BY agency, client_site
"""


def bare(doc: Document, program: Program, today: dt.date) -> Callable[[], object]:
    def day(days: int) -> str:
        return (today + dt.timedelta(days=days)).isoformat()

    values = {
        "program": program.id,
        "today": today.isoformat(),
        "start": program.start_date.isoformat() if program.start_date else None,
        "end": program.end_date.isoformat() if program.end_date else None,
        "rhythm": program.cadence_days + program.grace_days,
        "d30": day(30),
        "d60": day(60),
        "d90": day(90),
    }
    return lambda: doc.conn.execute(BARE, values).fetchall()


def check(doc: Document, program: Program, today: dt.date) -> None:
    """The baseline counts what the command counts, group by group."""
    mine = [
        (
            g.agency,
            g.client_site,
            g.people,
            g.paired,
            g.on_rhythm,
            g.evaluations,
            g.ends_before_program,
            *g.ending_within.values(),
        )
        for g in summaries(agency_people(doc, program, today))
    ]
    theirs = [tuple(row) for row in bare(doc, program, today)()]
    assert sorted(mine) == sorted(theirs), (mine[:2], theirs[:2])


def agencies_figure(size: int, rounds: int) -> Figure:
    today = dt.date.today()
    with Document.open(demo(size), readonly=True) as doc:
        program = queries.programs(doc)[0]
        check(doc, program, today)
        rows = agency_people(doc, program, today)
        made = figure(
            "rmdesk agencies: read and group",
            lambda: ready(lambda: summaries(agency_people(doc, program, today))),
            lambda: ready(bare(doc, program, today)),
            rounds,
            target="2x",
            within=2.0,
            size=size,
            baseline_is="one bare GROUP BY over the same tables giving the same counts per agency and "
            "client site, on the same connection",
            note=f"{len(rows)} outsourced people in {len(summaries(rows))} agency and client-site groups",
        )
    return made


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(found, "rmdesk agencies: read and group", lambda: agencies_figure(size, rounds or 15), size)
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
