"""The pairing board with 5,000 cards: build time, and one drop saved to the file.

Run: python benchmarks/bench_board.py   (offscreen)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, report, timed

from rmdesk.demo import generate
from rmdesk.domain import Participant, Program
from rmdesk.store import Document

SIZE = 5000


def main() -> None:
    from rmdesk.gui.app import application
    from rmdesk.gui.board.page import PairingPage
    from rmdesk.matching.program import make_pair

    application()
    path = generate(SCRATCH / "board.rmdesk", participants=SIZE)
    with Document.open(path, snapshot=False) as doc:  # a new cohort: everyone enrolled, nobody paired yet
        program = doc.add(Program(name="Second cohort"))
        first = {row[0]: row[1] for row in doc.conn.execute("SELECT participant_id, role FROM enrolments")}
        with doc.action("Enrol everyone"):
            rows = [
                {
                    "id": f"bench-{i}",
                    "updated_at": "",
                    "program_id": program.id,
                    "participant_id": pid,
                    "role": role,
                }
                for i, (pid, role) in enumerate(first.items())
            ]
            doc.bulk_insert("enrolments", rows)
    doc = Document.open(path, snapshot=False)
    page = PairingPage()
    page.resize(1280, 800)
    page.show()

    fresh: list[Document] = []

    def open_fresh() -> None:  # a document just opened has read nothing yet
        fresh.append(Document.open(path, readonly=True))

    def cold_build() -> None:
        page.set_document(fresh[-1], program)

    def rebuild() -> None:
        page.set_document(doc, program)

    def bare_rows() -> None:  # baseline: just reading the same people
        doc.all(Participant)

    rebuild()
    cards = sum(m.rowCount() for m in page.models.values())
    report(
        f"board: first build, {cards:,} cards",
        timed(cold_build, 5, setup=open_fresh),
        timed(bare_rows, 5),
        "target under 100 ms; baseline: reading the people",
    )
    report("board: build again (people already read)", timed(rebuild, 5), timed(bare_rows, 5), "")
    for other in fresh:
        other.close()

    assert page.cohort is not None
    mentors, mentees = page.cohort.free_mentors(), page.cohort.free_mentees()
    times = []
    for mentor, mentee in list(zip(mentors, mentees, strict=False))[:20]:
        started = time.perf_counter()
        make_pair(doc, page.cohort, mentor.id, mentee.id)
        times.append(time.perf_counter() - started)
    times.sort()
    started = time.perf_counter()
    page.reload()
    redraw = time.perf_counter() - started
    label = "board: a drop saved to the file (median of 20)"
    print(f"{label:<48} {times[10] * 1000:9.1f} ms  (target under 50 ms)")
    print(f"{'board: redraw after the drop':<48} {redraw * 1000:9.1f} ms")
    doc.close()


if __name__ == "__main__":
    main()
