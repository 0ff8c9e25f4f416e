"""Helpers for benchmarks: median timings, a scratch folder, one line of output per figure."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
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
