"""The agencies page and ``rmdesk agencies`` on the 5,000-participant demo, against bare SQL.

Run: python benchmarks/bench_agencies.py [--rounds N]   (offscreen; A and B interleaved)

Both figures have the same baseline: one bare GROUP BY over the same tables (participants,
enrolments, pairs, the partner's participant row, the latest meeting and the answers of each
open pair), through the document's own connection, that returns the per agency and client site
counts ``rmdesk agencies`` prints (people, paired, meeting on rhythm, answers, contracts ending
before the program and within 30, 60 and 90 days). It joins the tables in the same order and
through the same indexes as the measured query (the participants read first, each person's pairs
through the mentor and mentee indexes); SQLite does all the grouping.

- ``rmdesk agencies`` (its core): ``summaries(agency_people(doc, program, today))``, the rows
  read and grouped in Python. Target within 2x of the baseline.
- The agencies page: ``page.set_document(doc, program)`` on a shown page (1180 x 700), then Qt's
  events processed until the table's viewport has painted: the rows read, the model filled, the
  agency filter and the summary made, and the visible rows drawn. Target within 2x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, interleaved, report_rounds

from rmdesk.demo import generate
from rmdesk.domain import Program
from rmdesk.store import Document, queries
from rmdesk.store.agencies import agency_people, summaries

SIZE = 5000
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    from PySide6.QtCore import QEvent, QObject

    from rmdesk.gui.app import application
    from rmdesk.gui.pages.agencies import AgenciesPage

    app = application()
    path = SCRATCH / "agencies.rmdesk"
    if not path.exists():
        generate(path, participants=SIZE)
    today = dt.date.today()
    doc = Document.open(path, readonly=True)
    program = queries.programs(doc)[0]
    check(doc, program, today)
    rows = agency_people(doc, program, today)
    print(
        f"{SIZE:,} participants, {len(rows)} outsourced rows in "
        f"{len(summaries(rows))} agency and client-site groups; rounds interleaved, {args.rounds} each"
    )

    @contextmanager
    def core() -> Iterator[Callable[[], object]]:
        yield lambda: summaries(agency_people(doc, program, today))

    @contextmanager
    def baseline() -> Iterator[Callable[[], object]]:
        yield bare(doc, program, today)

    mine, base = interleaved(core, baseline, rounds=args.rounds)
    report_rounds("rmdesk agencies: read and group", mine, base, "target within 2x of the bare GROUP BY")

    page = AgenciesPage(today=today)
    page.resize(1180, 700)
    page.show()
    painted: list[bool] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watcher = Painted()
    page.table.viewport().installEventFilter(watcher)

    @contextmanager
    def filled() -> Iterator[Callable[[], object]]:
        page.set_document(None, None)  # an empty page, painted, before the clock starts
        for _ in range(3):
            app.processEvents()
        painted.clear()

        def work() -> None:
            page.set_document(doc, program)
            while not painted:
                app.processEvents()

        yield work

    mine, base = interleaved(filled, baseline, rounds=args.rounds)
    assert page.model.rowCount() == len(rows)
    report_rounds("agencies page: fill and paint", mine, base, "target within 2x of the bare GROUP BY")
    doc.close()


if __name__ == "__main__":
    main()
