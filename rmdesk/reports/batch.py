"""One report per pair into a folder: safe, distinct file names, and one pair that cannot be written
never stops the others (the terminal and the window both use this)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rmdesk.domain import i18n
from rmdesk.domain.entities import Pair
from rmdesk.domain.names import safe_file_stem, unique
from rmdesk.reports.glyphs import describe
from rmdesk.reports.layout import Written
from rmdesk.reports.pair_report import write_pair_report
from rmdesk.store.document import Document
from rmdesk.store.errors import Cancelled

log = logging.getLogger(__name__)
# number done, how many in all, the file being written; may raise Cancelled to stop
Step = Callable[[int, int, Path], None]


@dataclass
class Batch:
    written: list[Written] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # the file it would have been, and why

    @property
    def notes(self) -> list[str]:
        """Sentences for the person, in the language spoken where they are read: what could not be
        written, and characters no font drew."""
        failed = i18n.translate("ReportBatch", "Could not write {file}: {reason}")
        out = [failed.format(file=path.name, reason=why) for path, why in self.failed]
        undrawn = [w for w in self.written if w.undrawn]
        if len(undrawn) == 1:
            out.append(undrawn[0].note)
        elif undrawn:
            chars = set().union(*(w.undrawn for w in undrawn))
            out.append(
                i18n.translate(
                    "ReportBatch",
                    "In {count} of the reports, no font on this computer draws {characters}; they print as "
                    "empty boxes. Install a font for that script and export again.",
                ).format(count=i18n.current().number(len(undrawn)), characters=describe(chars))
            )
        return out


def pair_files(doc: Document, pair_ids: Sequence[str], folder: Path) -> list[tuple[str, Path]]:
    """Each pair's PDF in ``folder``, named after the pair: safe on every system, and distinct
    even when two pairs have the same names (the start of the pair's id is added), in the file's
    language: "Budi Santoso dan Siti Rahayu.pdf"."""
    names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
    both = i18n.words(doc.organisation().language).translate("PairReport", "{mentor} and {mentee}")
    stems = []
    for pair_id in pair_ids:
        pair = doc.find(Pair, pair_id)
        title = (
            both.format(mentor=names.get(pair.mentor_id, "?"), mentee=names.get(pair.mentee_id, "?"))
            if pair
            else pair_id
        )
        stems.append((pair_id, safe_file_stem(title, fallback="pair")))
    chosen = unique(stems)
    return [(pair_id, folder / f"{chosen[pair_id]}.pdf") for pair_id in pair_ids]


def write_pair_reports(
    doc: Document,
    jobs: Sequence[tuple[str, Path]],
    *,
    paper: str = "A4",
    today: dt.date | None = None,
    step: Step | None = None,
) -> Batch:
    """Write each pair's report; a pair that fails is noted and the rest are written."""
    batch = Batch()
    for number, (pair_id, target) in enumerate(jobs):
        if step is not None:
            step(number, len(jobs), target)
        try:
            batch.written.append(write_pair_report(doc, pair_id, target, paper=paper, today=today))
        except (Cancelled, KeyboardInterrupt):
            raise
        except Exception as error:  # one pair's problem is told at the end, never stops the others
            log.exception("pair report %s failed", target.name)
            batch.failed.append(
                (
                    target,
                    str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__,
                )
            )
    return batch
