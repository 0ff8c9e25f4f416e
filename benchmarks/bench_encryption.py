"""Opening and browsing the 5,000-participant file encrypted, against the same file in plain form.

One round opens the file for writing as the window does (the passphrase's key derived once, the
checks on opening; the file is unchanged, so no snapshot is due), reads the counts, builds the
participants page's rows and the pairing board's cohort, and opens a second connection as reports
and exports do. Rounds alternate (encrypted, plain, encrypted...) on two files holding the same
rows; the per-round ratios show the spread.

Run: python benchmarks/bench_encryption.py [--rounds N]
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import SCRATCH, interleaved, report_rounds

from rmdesk.demo import generate
from rmdesk.matching.program import load
from rmdesk.store import Document, queries, rekey
from rmdesk.store.keys import Key, head_of

SIZE = 5000
PASSPHRASE = "kopi susu hangat 42"


def browse(path: Path, passphrase: str | Key | None) -> None:
    """What opening a file and looking around costs: the window's open, the status bar's counts,
    the participants page's rows, the board's cohort, and a report's own connection."""
    doc = Document.open(path, passphrase=passphrase)
    try:
        doc.counts()
        program = queries.programs(doc)[0]
        queries.people(doc, program.id)
        load(doc, program)
        with doc.twin(readonly=True) as reader:
            reader.counts()
            queries.programs(reader)
    finally:
        doc.close()


Run = Callable[[], contextlib.AbstractContextManager[Callable[[], object]]]


def run_of(work: Callable[[], object]) -> Run:
    @contextlib.contextmanager
    def run() -> Iterator[Callable[[], object]]:
        yield work

    return run


def median_ms(work: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    rounds = parser.parse_args().rounds
    plain = SCRATCH / "plain.rmdesk"
    generate(plain, participants=SIZE)
    encrypted = SCRATCH / "encrypted.rmdesk"
    shutil.copyfile(plain, encrypted)
    with Document.open(encrypted, snapshot=False) as doc:
        rekey.change(doc, PASSPHRASE)
    size = plain.stat().st_size / 1e6, encrypted.stat().st_size / 1e6
    print(f"files: {size[0]:.1f} MB plain, {size[1]:.1f} MB encrypted, {SIZE:,} participants")
    salt = head_of(encrypted)
    derive = median_ms(lambda: Key.derive(PASSPHRASE, salt), 5)
    print(f"key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds), once per session: {derive:.1f} ms")
    with Document.open(encrypted, passphrase=PASSPHRASE, readonly=True) as doc:

        def twin_raw() -> None:
            doc.twin(readonly=True).close()

        def twin_deriving() -> None:
            Document.open(encrypted, passphrase=PASSPHRASE, readonly=True).close()

        reused, again = median_ms(twin_raw), median_ms(twin_deriving)
    print(
        f"another connection (reports, exports, snapshots): {reused:.1f} ms reusing the key, "
        f"{again:.1f} ms deriving it"
    )

    mine, base = interleaved(
        run_of(lambda: browse(encrypted, PASSPHRASE)), run_of(lambda: browse(plain, None)), rounds=rounds
    )
    report_rounds("open and browse, encrypted vs plain", mine, base, "target within 1.5x")
    derived = Key.derive(PASSPHRASE, salt)  # what the session's one derivation leaves for the rest
    mine, base = interleaved(
        run_of(lambda: browse(encrypted, derived)), run_of(lambda: browse(plain, None)), rounds=rounds
    )
    report_rounds("the same, the key derived beforehand", mine, base, "the cost of decrypting alone")


if __name__ == "__main__":
    main()
