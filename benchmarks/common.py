"""Helpers for benchmarks: median timings, a scratch folder, one line of output per figure."""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="rmdesk-bench-"))
os.environ.setdefault("RMDESK_DATA_DIR", str(SCRATCH / "data"))


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
