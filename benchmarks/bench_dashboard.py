"""Dashboard refresh on the 5,000-participant file (15,000 evaluations): target under 200 ms.

Run: python benchmarks/bench_dashboard.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, report, timed

from rmdesk.demo import generate
from rmdesk.domain import Evaluation
from rmdesk.store import Document, queries
from rmdesk.store.dashboard import figures


def main() -> None:
    from rmdesk.gui.app import application
    from rmdesk.gui.pages.dashboard import DashboardPage

    application()
    path = generate(SCRATCH / "dashboard.rmdesk", participants=5000)
    doc = Document.open(path, readonly=True)
    program = queries.programs(doc)[0]
    page = DashboardPage()
    page.resize(1200, 900)
    page.show()
    page.set_document(doc, program)
    print(f"evaluations in the file: {doc.counts()['evaluations']:,}")
    report(
        "dashboard: figures only",
        timed(lambda: figures(doc, program)),
        timed(lambda: doc.all(Evaluation), 3),
        "baseline: loading the evaluations as rows",
    )
    report(
        "dashboard: refresh the page",
        timed(page.reload),
        timed(lambda: figures(doc, program)),
        "target under 200 ms",
    )
    doc.close()


if __name__ == "__main__":
    main()
