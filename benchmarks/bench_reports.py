"""Report figures: one pair report against a bare platypus document of the same content, and the
program report of the 5,000-participant file (about 2,500 pairs).

Run: python benchmarks/bench_reports.py
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, report, timed
from reportlab.platypus import SimpleDocTemplate

from rmdesk.demo import generate
from rmdesk.domain import Pair
from rmdesk.reports.facts import pair_facts
from rmdesk.reports.pair_report import pair_story, write_pair_report
from rmdesk.reports.program_report import write_program_report
from rmdesk.store import Document, queries

TODAY = dt.date(2026, 11, 25)


def main() -> None:
    small = generate(SCRATCH / "reports.rmdesk")
    with Document.open(small, readonly=True) as doc:
        pair = doc.all(Pair, "status = 'active'")[0]
        write_pair_report(doc, pair.id, SCRATCH / "warm.pdf", today=TODAY)  # fonts loaded once per process
        facts = pair_facts(doc, pair.id, TODAY)

        def bare() -> None:
            SimpleDocTemplate(io.BytesIO()).build(pair_story(facts, 174 * 2.8346))

        mine = timed(lambda: write_pair_report(doc, pair.id, SCRATCH / "pair.pdf", today=TODAY), 20)
        report(
            "pair report (read, lay out, write the file)",
            mine,
            timed(bare, 20),
            "target under 20 ms, within 2x of bare platypus",
        )
    big = generate(SCRATCH / "big-reports.rmdesk", participants=5000)
    with Document.open(big, readonly=True) as doc:
        program = queries.programs(doc)[0]
        pairs = doc.counts()["pairs"]
        started = time.perf_counter()
        path = write_program_report(doc, program, SCRATCH / "program.pdf", today=TODAY)
        took = time.perf_counter() - started
    from pypdf import PdfReader

    print(
        f"{'program report, ' + format(pairs, ',') + ' pairs':<48} {took * 1000:9.1f} ms  "
        f"{len(PdfReader(str(path)).pages)} pages  (target under 10 s)"
    )


if __name__ == "__main__":
    main()
