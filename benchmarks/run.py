"""One runner for every benchmark: each operation against its bare equivalent, rounds in turn.

    python benchmarks/run.py [--participants N] [--only NAME...] [--rounds K]
    python benchmarks/run.py --growth [--sizes 1000 5000 20000] [--rounds K]
    python benchmarks/run.py --list

Every ``bench_NAME.py`` beside this file is one NAME; its ``figures(size, rounds)`` gives its
figures (a script without it is run as it is and its output kept). Each runs in a child process
of its own, one after the other, sharing one scratch folder (the demo files are written once).
The runner prints each figure as it comes, then the table: rmdesk's median, the baseline's,
their ratio, the spread of the per-round ratios, the target, and what the baseline is; with
the machine, its load and the date. A whole run (no ``--only``) writes that table into
docs/performance.md; ``--write`` does it for a partial run, ``--no-write`` never.

``--growth`` measures the operations that must stay fast as files grow (opening read-only, every
page, the record forms, first searches and edits, the board's build and a drop) at each size, and states
the exponent of each: the slope of log(time) against log(participants) through the medians (1 grows
as the file, 2 as its square).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOC = ROOT / "docs" / "performance.md"
if "RMDESK_BENCH_SCRATCH" not in os.environ:  # one scratch folder for the runner and its children
    os.environ["RMDESK_BENCH_SCRATCH"] = tempfile.mkdtemp(prefix="rmdesk-bench-")
sys.path.insert(0, str(HERE))
import painting  # noqa: E402
from common import SCRATCH, SIZE, Figure, Growth, amount  # noqa: E402

# The order of the table: what a user meets first, first. Scripts not named here come after.
ORDER = ["gui", "pages", "forms", "search", "edits", "board", "dashboard", "store", "lifecycle", "reports",
         "import", "sheets", "matching", "agencies"]  # fmt: skip
GROWTH = ["store", "pages", "forms", "search", "edits", "board"]
GROWTH_SIZES = [1000, 5000, 20_000]
CHILD_TIMEOUT = 60 * 60
NOISE = ("propagateSizeHints",)  # what Qt's offscreen platform says of every window


def names() -> list[str]:
    found = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    return [n for n in ORDER if n in found] + [n for n in found if n not in ORDER]


# -- the child: one script's figures, written as JSON
def recording() -> list[Figure]:
    """Make ``common.report_rounds`` and ``common.report`` also keep what they print as figures, for
    scripts written without ``figures()`` (their targets read from the words "within N x")."""
    import common

    kept: list[Figure] = []
    rounds_printed, one_printed = common.report_rounds, common.report

    def within(target: str) -> float | None:
        found = re.search(r"within (\d+(?:\.\d+)?)\s*x", target)
        return float(found.group(1)) if found else None

    def report_rounds(name: str, seconds: list[float], baseline: list[float], target: str) -> None:
        rounds_printed(name, seconds, baseline, target)
        kept.append(
            Figure(name, list(seconds), list(baseline), target, "", within(target), load=os.getloadavg()[0])
        )

    def report(name: str, seconds: float, baseline: float, target: str) -> None:
        one_printed(name, seconds, baseline, target)
        kept.append(Figure(name, [seconds], [baseline], target, "", within(target), load=os.getloadavg()[0]))

    common.report_rounds, common.report = report_rounds, report
    return kept


def child(name: str, size: int, rounds: int | None, out: Path, growth: bool) -> int:
    recorded = recording()  # before the script imports them
    module = importlib.import_module(f"bench_{name}")
    measure = getattr(module, "growth" if growth else "figures", None)
    if measure is None:
        if growth:
            out.write_text("[]")
            return 0
        sys.argv = [f"bench_{name}.py"]  # run as it is, with its own defaults
        module.main()
        says = f"as bench_{name}.py says: {(module.__doc__ or '').strip().splitlines()[0]}"
        for figure in recorded:
            figure.baseline_is, figure.size = says, 0
        out.write_text(json.dumps({"figures": [f.to_json() for f in recorded]}))
        return 0
    figures = measure(size, rounds)
    out.write_text(json.dumps([f.to_json() for f in figures]))
    return 0


def has_figures(name: str) -> bool:
    return "def figures(" in (HERE / f"bench_{name}.py").read_text()


def run_child(
    name: str, size: int, rounds: int | None, growth: bool = False
) -> tuple[list[Figure] | None, list[str]]:
    """Run one script's figures in a child process; (figures or None, its printed lines)."""
    out = SCRATCH / f"figures-{name}-{size}.json"
    errors = SCRATCH / f"stderr-{name}-{size}.txt"
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        name,
        "--participants",
        str(size),
        "--json",
        str(out),
    ]
    if rounds:
        command += ["--rounds", str(rounds)]
    if growth:
        command.append("--growth-child")
    printed: list[str] = []
    env = dict(os.environ)
    if not has_figures(name):  # a script of its own ways gets a scratch folder of its own
        env["RMDESK_BENCH_SCRATCH"] = str(SCRATCH / f"own-{name}")
    SCRATCH.mkdir(parents=True, exist_ok=True)
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=SCRATCH, env=env
        )
        assert process.stdout is not None
        watchdog = threading.Timer(CHILD_TIMEOUT, process.kill)  # a hung script must not stop the run
        watchdog.start()
        for line in process.stdout:
            print(f"  {line.rstrip()}", flush=True)
            printed.append(line.rstrip())
        code = process.wait()
        watchdog.cancel()
    told = [
        x
        for x in errors.read_text(errors="replace").splitlines()
        if x.strip() and not any(n in x for n in NOISE)
    ]
    if told and any(x.startswith("Traceback") for x in told):
        print("  " + "\n  ".join(told[-12:]), flush=True)
    if code != 0 or not out.exists():
        last = told[-1] if told else f"exit status {code}"
        return [Figure.failed(f"{name} (the whole script)", last, size)], printed
    kept = json.loads(out.read_text())
    if isinstance(kept, dict):  # a script without figures(): what it printed, and what it reported
        return [Figure(**f) for f in kept["figures"]] or None, printed
    return [Figure(**f) for f in kept], printed


# -- the machine
def machine() -> dict[str, str]:
    model = ""
    with contextlib.suppress(OSError):
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    from importlib.metadata import version

    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    conn.close()
    info = {
        "cores": str(os.cpu_count()),
        "CPU": model or platform.processor() or "unknown",
        "system": platform.platform(),
        "Python": platform.python_version(),
        **painting.versions(),
        "SQLite": f"{sqlcipher3.sqlite_version} (SQLCipher {cipher[0] if cipher else '?'})",
    }
    libraries = []
    for package in ("numpy", "scipy", "reportlab", "openpyxl", "sqlite-utils"):
        with contextlib.suppress(Exception):  # not installed: not said
            libraries.append(f"{package} {version(package)}")
    info["libraries"] = ", ".join(libraries)
    import importlib.util

    spec = importlib.util.find_spec("rmdesk")  # the rmdesk the children import (not imported here)
    where = Path(spec.origin).resolve().parents[1] if spec and spec.origin else None
    if where is not None and where != ROOT:
        info["rmdesk"] = f"from {where}"
    else:
        with contextlib.suppress(OSError):
            git = ["git", "-C", str(ROOT)]
            commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
            changed = subprocess.run(
                [*git, "status", "--porcelain", "rmdesk"], capture_output=True, text=True
            )
            pending = " with changes not yet committed" if changed.stdout.strip() else ""
            info["rmdesk"] = f"{commit.stdout.strip()}{pending}"
    return info


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


# -- the table
def verdict(figure: Figure) -> str:
    return {True: "yes", False: "**no**", None: ""}[figure.met] if not figure.error else "failed"


def terminal_table(figures: list[Figure]) -> str:
    lines = [
        f"{'operation':<48} {'rmdesk':>9} {'baseline':>9} {'ratio':>6}  {'per round':<12} "
        f"{'target':<18} met  load",
        "-" * 118,
    ]
    for f in figures:
        if f.error:
            lines.append(f"{f.name:<48} FAILED: {f.error}")
            continue
        lines.append(
            f"{f.name:<48} {f.value(f.median):>9} {f.value(f.base):>9} {f.ratio:5.2f}x  {f.spread:<12} "
            f"{f.target:<18} {verdict(f).strip('*'):<4} {f.load:.2f}"
        )
    return "\n".join(lines)


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(figures: list[Figure]) -> str:
    rows = [
        "| operation | rmdesk (median) | baseline (median) | ratio | per-round ratios | target | met | load "
        "| the baseline |",
        "|---|---:|---:|---:|---|---|---|---:|---|",
    ]
    for f in figures:
        if f.error:
            rows.append(f"| {cell(f.name)} | | | | | | failed | | {cell(f.error)} |")
            continue
        rows.append(
            f"| {cell(f.name)} | {f.value(f.median)} | {f.value(f.base)} | {f.ratio:.2f}x | {f.spread} "
            f"({len(f.measured)} rounds) | {cell(f.target)} | {verdict(f)} | {f.load:.2f} "
            f"| {cell(f.baseline_is)} |"
        )
    notes = [f"- **{cell(f.name)}**: {f.note}" for f in figures if f.note and not f.error]
    return "\n".join(rows) + ("\n\nNotes:\n\n" + "\n".join(notes) if notes else "")


def machine_text(info: dict[str, str], started: str, ended: str, when: str) -> str:
    lines = [
        f"- Date: {when}",
        f"- Load average (1 / 5 / 15 min): {started} at the start, {ended} at the end",
    ]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    return "\n".join(lines)


# -- growth
def growth_table(figures: list[Figure]) -> tuple[str, str]:
    """The growth table (terminal, markdown): per operation the medians at each size and exponents."""
    series: dict[str, Growth] = {}
    for f in figures:
        if f.error or not f.measured:
            continue
        g = series.setdefault(f.name, Growth(f.name))
        g.sizes.append(f.size)
        g.measured.append(f.median)
        g.baseline.append(f.base)
    sizes = sorted({f.size for f in figures})
    failed = sorted({f"{f.name} at {f.size:,}: {f.error}" for f in figures if f.error})
    head = ["operation", *(f"{s:,}" for s in sizes), "exponent", "baseline's exponent", f"at {sizes[-1]:,}"]
    term = [
        f"{'operation':<40} " + " ".join(f"{h:>10}" for h in head[1:-3]) + "  exponent  baseline's  largest"
    ]
    md = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 2) + "---|"]
    last = {(f.name, f.size): f for f in figures}
    for name, g in series.items():
        by_size = dict(zip(g.sizes, g.measured, strict=True))
        values = [amount(by_size[s], "s") if s in by_size else "–" for s in sizes]
        slope, base_slope = Growth.slope(g.sizes, g.measured), Growth.slope(g.sizes, g.baseline)
        biggest = last.get((name, sizes[-1]))
        mark = verdict(biggest) if biggest else ""
        term.append(
            f"{name:<40} "
            + " ".join(f"{v:>10}" for v in values)
            + f"  {slope:8.2f}  {base_slope:10.2f}  {mark.strip('*')}"
        )
        md.append(f"| {cell(name)} | " + " | ".join(values) + f" | {slope:.2f} | {base_slope:.2f} | {mark} |")
    if failed:
        term += ["failed: " + x for x in failed]
        md += ["", "Failed:", "", *(f"- {cell(x)}" for x in failed)]
    return "\n".join(term), "\n".join(md)


# -- docs/performance.md
INTRO = """# Performance

What rmdesk's operations cost against the bare equivalent of each whole user-visible operation,
measured by `benchmarks/run.py` (see `benchmarks/` for each figure's exact work and baseline).
The targets are those of the design (section 5, "Figures to reach").

How to read the table:

- Each operation (A) and its baseline (B) run in turn, A, B, A, B..., after one warm-up pair that
  is not counted, so a busy moment of the machine falls on neighbouring rounds of both sides.
  The medians are shown, their ratio, and the smallest and largest of the per-round ratios.
- GUI figures run on Qt's offscreen platform (one 1920x1080 screen) and stop the clock when the
  widgets that show the result have painted, with Qt's events processed until then.
- Baselines are bare: SQL on a plain `sqlcipher3` connection with rmdesk's pragmas, plain Qt
  views over minimal models, plain reportlab and openpyxl. What each does is in the last column.
- "met" says whether the targets hold for the medians. The machine is shared: the load average
  when each figure was taken is shown, and ratios are more telling than times.

Run it again with `python benchmarks/run.py` (a few minutes; `--only pages board` for some,
`--growth` for the growth section, `--help` for the rest).
"""


def section(text: str, name: str, body: str) -> str:
    """``text`` with the part between ``<!-- name -->`` and ``<!-- /name -->`` replaced by ``body``."""
    block = f"<!-- {name} -->\n{body.strip()}\n<!-- /{name} -->"
    pattern = re.compile(rf"<!-- {name} -->.*?<!-- /{name} -->", re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text)
    return text.rstrip() + "\n\n" + block + "\n"


def write_doc(name: str, body: str) -> None:
    text = DOC.read_text() if DOC.exists() else INTRO
    if name == "growth" and "<!-- figures -->" not in text:
        text = section(text, "figures", "## Figures\n\nNot measured yet: `python benchmarks/run.py`.")
    text = section(text, name, body)
    if "<!-- growth -->" not in text:
        text = section(text, "growth", "## Growth\n\nNot measured yet: `python benchmarks/run.py --growth`.")
    DOC.write_text(text)
    print(f"\nwrote {DOC.relative_to(ROOT)}")


# -- the runs
def main_run(args: argparse.Namespace) -> None:
    chosen = args.only or names()
    info = machine()
    started, when = load(), dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"rmdesk benchmarks at {args.participants:,} participants; {when}; load average {started}")
    print("; ".join(f"{k} {v}" for k, v in info.items()))
    print(f"scratch folder: {SCRATCH}\n")
    figures: list[Figure] = []
    other: dict[str, list[str]] = {}
    for name in chosen:
        print(f"bench_{name} (load average {load()})", flush=True)
        found, printed = run_child(name, args.participants, args.rounds)
        figures += found or []
        if not has_figures(name):
            other[name] = printed
    ended = load()
    print(f"\n{terminal_table(figures)}\n\nload average: {started} at the start, {ended} at the end")
    if args.no_write or (args.only and not args.write):
        return
    body = [
        f"## Figures at {args.participants:,} participants",
        "",
        f"The demo file (`rmdesk.demo.generate(path, participants={args.participants})`), scripts: "
        f"{', '.join(chosen)}.",
        "",
        machine_text(info, started, ended, when),
        "",
        markdown_table(figures),
    ]
    for name, printed in other.items():
        body += [
            "",
            f"`bench_{name}.py` (run as it is, with its own defaults; its interleaved figures are in the "
            "table above; as it printed):",
            "",
            "```",
            *printed,
            "```",
        ]
    write_doc("figures", "\n".join(body))


def growth_run(args: argparse.Namespace) -> None:
    sizes = args.sizes
    chosen = [n for n in (args.only or GROWTH) if n in GROWTH]
    info = machine()
    started, when = load(), dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    at = ", ".join(f"{s:,}" for s in sizes)
    print(f"rmdesk growth at {at} participants; {when}; load average {started}\n")
    figures: list[Figure] = []
    for size in sizes:
        for name in chosen:
            print(f"bench_{name} at {size:,} participants (load average {load()})", flush=True)
            found, _ = run_child(name, size, args.rounds, growth=True)
            figures += found or []
    ended = load()
    term, md = growth_table(figures)
    print(f"\n{term}\n\nload average: {started} at the start, {ended} at the end")
    if args.no_write or (args.only and not args.write):
        return
    largest = [f for f in figures if f.size == sizes[-1] and f.name.startswith("page:")]
    slow = [f.name for f in largest if not f.error and f.limit and f.median > f.limit]
    pages = (
        f"Pages at {sizes[-1]:,} people: "
        + (
            f"over {largest[0].limit * 1000:.0f} ms: {', '.join(slow)}."
            if slow
            else "every page under its limit."
        )
        if largest
        else ""
    )
    body = [
        "## Growth",
        "",
        "rmdesk's median at each size, and the exponent of its growth: the least-squares slope of "
        "log(time) against log(participants) through those medians (1: time grows as the file; 2: as its "
        "square), beside the baseline's. The last column: whether the figure's targets hold at the largest "
        "size (pages: under 400 ms from 20,000 people).",
        "",
        machine_text(info, started, ended, when),
        "",
        md,
        "",
        pages,
    ]
    write_doc("growth", "\n".join(body))


def main() -> None:
    parser = argparse.ArgumentParser(
        description="rmdesk's benchmarks: each operation against its bare equivalent, in turn.",
        epilog="NAME is a script bench_NAME.py: " + ", ".join(names()),
    )
    parser.add_argument(
        "--participants", type=int, default=SIZE, help=f"the demo file's size (default {SIZE:,})"
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these scripts")
    parser.add_argument("--rounds", type=int, help="timed rounds per figure (default: each figure's own)")
    parser.add_argument(
        "--growth", action="store_true", help="open, pages and board at several sizes, with exponents"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=GROWTH_SIZES, help="sizes for --growth")
    parser.add_argument("--write", action="store_true", help="write docs/performance.md even after --only")
    parser.add_argument("--no-write", action="store_true", help="never write docs/performance.md")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (demo files, logs)")
    parser.add_argument("--list", action="store_true", help="list the scripts and stop")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--growth-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        painting.offscreen()
        try:
            sys.exit(child(args.child, args.participants, args.rounds, args.json, args.growth_child))
        except Exception:
            traceback.print_exc()
            sys.exit(1)
    if args.list:
        print("\n".join(names()))
        return
    unknown = [n for n in args.only or [] if n not in names()]
    if unknown:
        parser.error(f"no script for {', '.join(unknown)}; there are: {', '.join(names())}")
    painting.offscreen()  # the children inherit the screen
    try:
        (growth_run if args.growth else main_run)(args)
    finally:
        if not args.keep:
            shutil.rmtree(SCRATCH, ignore_errors=True)


if __name__ == "__main__":
    main()
