"""Helpers for benchmarks: interleaved rounds, one ``Figure`` per measured operation, demo files.

Every figure times rmdesk doing a whole user-visible operation (A) and the bare equivalent of
that operation (B) in turn, A, B, A, B..., so a slow moment of the machine lands on neighbouring
rounds of both sides. A figure keeps every round, and says in words what its baseline is.
"""

from __future__ import annotations

import gc
import math
import os
import shutil
import statistics
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# The runner shares one scratch folder (and its demo files) with the scripts it starts.
SCRATCH = Path(os.environ.get("RMDESK_BENCH_SCRATCH") or tempfile.mkdtemp(prefix="rmdesk-bench-"))
SCRATCH.mkdir(parents=True, exist_ok=True)
os.environ.setdefault("RMDESK_DATA_DIR", str(SCRATCH / "data"))
SIZE = 5000  # the reference file: 5,000 participants, about 2,500 pairs


def timed(work: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None) -> float:
    """Median seconds of ``work`` over ``repeat`` runs (``setup`` runs untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(name: str, seconds: float, baseline: float, target: str) -> None:
    print(
        f"{name:<48} {seconds * 1000:9.1f} ms  baseline {baseline * 1000:9.1f} ms  "
        f"ratio {seconds / baseline:5.2f}x  ({target})"
    )


# A run to time: entering prepares it (untimed) and gives the work; leaving cleans up (untimed).
Run = Callable[[], AbstractContextManager[Callable[[], object]]]


def interleaved(
    measured: Run, baseline: Run, rounds: int = 7, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Seconds of ``measured`` and ``baseline`` taken in turn (A, B, A, B...), ``rounds`` each.

    Taking them in turn lets both see the same machine: a slow moment (another process, the
    disk flushing) lands on neighbouring rounds of both, not on one side's whole series.
    ``warmup`` pairs run first and are not counted.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for round_no in range(warmup + rounds):
        for run, out in ((measured, times[0]), (baseline, times[1])):
            with run() as work:
                gc.collect()
                started = time.perf_counter()
                work()
                elapsed = time.perf_counter() - started
            if round_no >= warmup:
                out.append(elapsed)
    return times


def report_rounds(name: str, seconds: list[float], baseline: list[float], target: str) -> None:
    """Like :func:`report` for interleaved rounds: medians, and the spread of the per-round ratios."""
    ratios = [s / b for s, b in zip(seconds, baseline, strict=True)]
    median, base = statistics.median(seconds), statistics.median(baseline)
    print(
        f"{name:<48} {median * 1000:9.1f} ms  baseline {base * 1000:9.1f} ms  "
        f"ratio {median / base:5.2f}x  per round {min(ratios):.2f}-{max(ratios):.2f}x "
        f"(median {statistics.median(ratios):.2f}x, {len(ratios)} rounds)  ({target})"
    )


@contextmanager
def ready(work: Callable[[], object]) -> Iterator[Callable[[], object]]:
    """A :data:`Run` with nothing to prepare."""
    yield work


@dataclass
class Figure:
    """One operation measured against its bare equivalent, round by round (A and B in turn).

    ``measured`` and ``baseline`` hold one value per round, in ``unit`` ("s" or "MiB").
    ``within`` is the ratio target, ``limit`` the ceiling for rmdesk's median (in ``unit``);
    ``target`` says both in words, ``baseline_is`` what the baseline does.
    """

    name: str
    measured: list[float]
    baseline: list[float]
    target: str
    baseline_is: str
    within: float | None = None
    limit: float | None = None
    unit: str = "s"
    size: int = SIZE
    note: str = ""
    load: float = 0.0  # the 1-minute load average when the figure was taken
    error: str = ""

    @classmethod
    def failed(cls, name: str, error: BaseException | str, size: int = SIZE) -> Figure:
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        return cls(name, [], [], "", "", size=size, error=text.strip().splitlines()[-1][:300])

    @property
    def median(self) -> float:
        return statistics.median(self.measured) if self.measured else math.nan

    @property
    def base(self) -> float:
        return statistics.median(self.baseline) if self.baseline else math.nan

    @property
    def ratio(self) -> float:
        return self.median / self.base if self.measured and self.baseline and self.base else math.nan

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.measured, self.baseline, strict=False) if b]

    @property
    def spread(self) -> str:
        ratios = self.ratios
        return f"{min(ratios):.2f}–{max(ratios):.2f}x" if ratios else ""

    @property
    def met(self) -> bool | None:
        """Whether the targets hold (None when the figure failed or has no target)."""
        if self.error or not self.measured:
            return None
        checks = []
        if self.within is not None:
            checks.append(self.ratio <= self.within)
        if self.limit is not None:
            checks.append(self.median <= self.limit)
        return all(checks) if checks else None

    def value(self, number: float) -> str:
        return amount(number, self.unit)

    def line(self) -> str:
        """One line of terminal output."""
        if self.error:
            return f"{self.name:<46} FAILED: {self.error}"
        verdict = {True: "ok", False: "OVER", None: ""}[self.met]
        return (
            f"{self.name:<46} {self.value(self.median):>9} vs {self.value(self.base):>9}  "
            f"{self.ratio:5.2f}x  per round {self.spread:<12} ({len(self.measured)} rounds)  "
            f"{'[' + self.target + ']' if self.target else ''} {verdict}  load {self.load:.2f}"
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def amount(number: float, unit: str) -> str:
    """A time or a size as people read it: ``1.23 ms``, ``412 ms``, ``3.42 s``, ``187 MiB``."""
    if math.isnan(number):
        return "–"
    if unit != "s":
        return f"{number:,.0f} {unit}"
    if number >= 10:
        return f"{number:.1f} s"
    if number >= 1:
        return f"{number:.2f} s"
    ms = number * 1000
    return f"{ms:.0f} ms" if ms >= 100 else f"{ms:.1f} ms" if ms >= 1 else f"{ms:.2f} ms"


def figure(
    name: str,
    measured: Run,
    baseline: Run,
    rounds: int,
    *,
    target: str,
    baseline_is: str,
    within: float | None = None,
    limit: float | None = None,
    size: int = SIZE,
    warmup: int = 1,
    note: str = "",
) -> Figure:
    """Time ``measured`` and ``baseline`` in turn and keep every round as a :class:`Figure`."""
    a, b = interleaved(measured, baseline, rounds=rounds, warmup=warmup)
    return Figure(
        name,
        a,
        b,
        target,
        baseline_is,
        within=within,
        limit=limit,
        size=size,
        note=note,
        load=os.getloadavg()[0],
    )


def collect(
    figures: list[Figure], name: str, make: Callable[[], Figure | Iterable[Figure]], size: int = SIZE
) -> None:
    """Add the figure(s) ``make`` measures to ``figures``; one that fails is kept as a failure
    (with its error) and the others still run: the code measured changes under the benchmarks."""
    try:
        made = make()
        found = [made] if isinstance(made, Figure) else list(made)
    except Exception as error:
        traceback.print_exc()
        found = [Figure.failed(name, error, size)]
    for one in found:
        print(one.line(), flush=True)
    figures.extend(found)


def print_figures(figures: list[Figure]) -> None:
    for one in figures:
        print(one.line())
        if one.baseline_is and not one.error:
            print(f"{'':<6}baseline: {one.baseline_is}")
        if one.note:
            print(f"{'':<6}{one.note}")


def demo(size: int = SIZE) -> Path:
    """The demo company with ``size`` participants, written once per scratch folder and shared;
    benchmarks that write to it work on a :func:`copy_of` it."""
    from rmdesk.demo import generate

    path = SCRATCH / f"demo-{size}.rmdesk"
    if not path.exists():
        generate(path, participants=size)
    return path


def copy_of(path: Path, name: str) -> Path:
    """A copy of ``path`` in the scratch folder (a new file: rmdesk checks it again when opened)."""
    target = SCRATCH / name
    shutil.copyfile(path, target)
    return target


def bare_connect(path: Path, *, writing: bool = True) -> Any:
    """A bare ``sqlcipher3`` connection set up as rmdesk sets up its own (rollback journal,
    synchronous FULL, foreign keys on), and nothing else."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 3000")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    if writing:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def arguments(
    description: str, rounds: int | None = None, extra: list[tuple[str, dict[str, Any]]] = ()
) -> Any:
    """The options every script takes on its own: ``--participants N`` and ``--rounds K``."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--participants", type=int, default=SIZE, help=f"file size (default {SIZE:,})")
    parser.add_argument(
        "--rounds", type=int, default=rounds, help="timed A/B rounds per figure (default: the script's own)"
    )
    for flag, options in extra:
        parser.add_argument(flag, **options)
    return parser.parse_args()


@dataclass
class Growth:
    """One operation's medians at several sizes, and the exponent of the fit through them."""

    name: str
    sizes: list[int] = field(default_factory=list)
    measured: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)

    @staticmethod
    def slope(sizes: list[int], values: list[float]) -> float:
        """Least-squares slope of log(value) against log(size): 1 is linear, 2 quadratic."""
        points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True) if v > 0]
        if len(points) < 2:
            return math.nan
        mx = statistics.fmean(x for x, _ in points)
        my = statistics.fmean(y for _, y in points)
        den = sum((x - mx) ** 2 for x, _ in points)
        return sum((x - mx) * (y - my) for x, y in points) / den if den else math.nan
