"""The app as PyInstaller builds it (build.spec): start-up to a usable window, and its size on disk.

Run: python benchmarks/bench_frozen.py [--participants N] [--rounds K]   (offscreen, 1920x1080)

- frozen start-up: a fresh process of the one-folder app, from its spawn until it has painted the
  participants table with rows of the demo file (opened once before, so its snapshot exists and it
  is known to hold the contract, as at every start after the first). Baseline: a one-folder app
  built the same way (build.spec itself: the same exclusions, stripping, runtime hook, no
  console) whose program only shows a bare PySide6 ``QMainWindow`` of the same size, from its
  spawn until it has painted. Both apps carry one more runtime hook, the same for both, that
  watches paint events on the first window shown and prints "painted" (``painting.WATCH_HOOK``). Rounds in
  turn, A, B, A, B. Target within 2x.
- size on disk: ``du`` of the app's folder (what ``pyinstaller build.spec`` makes in
  dist/rmdesk, plus that hook), against the bare app's. Limit 200 MiB.

Both apps are built (about a minute each on two cores) into build/bench-frozen/VERSION in the
working tree, which git ignores: VERSION is the commit, with a digest of any uncommitted change
to rmdesk/, build.spec or pyproject.toml, so a later run of the same tree reuses them; builds of
other versions are removed. The watcher prints on standard output, so on Windows (no console)
this runs only with ``RMDESK_DEBUG_BUILD=1`` set.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import painting
from common import SCRATCH, SIZE, Figure, arguments, collect, copy_of, demo, print_figures

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = ROOT / "build" / "bench-frozen"
ROUNDS = 5
CHILD_TIMEOUT = 120
BUILD_TIMEOUT = 30 * 60
LIMIT_MIB = 200.0

# build.spec run as it is, with its Analysis given the watcher as one more runtime hook and, for
# the bare app, the bare program in place of rmdesk's (and none of rmdesk's own files).
SPEC = """
from pathlib import Path

ROOT = Path({root!r})
NAME, PROGRAM, HOOK = {name!r}, {program!r}, {hook!r}
_built = {{"Analysis": Analysis, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE}}


def Analysis(scripts, **options):
    if PROGRAM:
        scripts = [PROGRAM]
        options.update(binaries=[], datas=[], hiddenimports=[])
    options["runtime_hooks"] = [*options.get("runtime_hooks", []), HOOK]
    return _built["Analysis"](scripts, **options)


def EXE(*args, **options):
    return _built["EXE"](*args, **{{**options, "name": NAME}})


def COLLECT(*args, **options):
    return _built["COLLECT"](*args, **{{**options, "name": NAME}})


def BUNDLE(*args, **options):
    return _built["BUNDLE"](*args, **{{**options, "name": NAME + ".app"}})


_spec = ROOT / "build.spec"
exec(compile(_spec.read_text(encoding="utf-8"), str(_spec), "exec"), {{**globals(), "SPECPATH": str(ROOT)}})
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout


@functools.cache
def version() -> str:
    """The commit, and a digest of what is not committed yet of what goes into the app (taken
    once: both apps are built from the same tree)."""
    paths = ["rmdesk", "build.spec", "pyproject.toml"]
    commit = git("rev-parse", "--short", "HEAD").strip() or "no-commit"
    changes = git("diff", "HEAD", "--", *paths)
    for name in sorted(git("ls-files", "--others", "--exclude-standard", "--", *paths).split()):
        changes += name + (ROOT / name).read_text(encoding="utf-8", errors="replace")
    return commit + ("-" + hashlib.sha1(changes.encode()).hexdigest()[:8] if changes else "")


def program(folder: Path, name: str) -> Path:
    return folder / "dist" / name / (f"{name}.exe" if sys.platform == "win32" else name)


def build(name: str, *, bare: bool) -> Path:
    """The app called ``name`` (rmdesk's, or the bare one), built once per version; its program."""
    folder = CACHE / version()
    made = program(folder, name)
    if made.exists():
        return made
    if importlib.util.find_spec("PyInstaller") is None:
        raise RuntimeError("PyInstaller is not installed: pip install -e '.[build]'")
    if CACHE.exists():
        for other in CACHE.iterdir():
            if other.name != folder.name:
                shutil.rmtree(other, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    hook = folder / "watch_paint.py"
    hook.write_text(painting.WATCH_HOOK, encoding="utf-8")
    script = ""
    if bare:
        (folder / "bare.py").write_text(painting.BARE_WINDOW, encoding="utf-8")
        script = str(folder / "bare.py")
    spec = folder / f"{name}.spec"
    spec.write_text(SPEC.format(root=str(ROOT), name=name, program=script, hook=str(hook)), encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(spec),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / f"work-{name}"),
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=BUILD_TIMEOUT,
    )
    if done.returncode != 0 or not made.exists():
        last = [line for line in done.stderr.splitlines() if line.strip()][-1:] or ["no output"]
        raise RuntimeError(f"building the {name} app failed: {last[0]}")
    print(f"built {made.parent} in {time.perf_counter() - started:.0f} s", flush=True)
    return made


def disk_usage(folder: Path) -> int:
    """Bytes on disk, as ``du`` counts them (a link once, not what it points to)."""
    total = 0
    for path in folder.rglob("*"):
        stat = path.lstat()
        total += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
    return total


def start(app: Path, *args: str, watch: str) -> tuple[float, str]:
    """Seconds from spawning the app until it prints its first line, and that line."""
    errors = SCRATCH / "frozen-stderr.txt"
    env = {**os.environ, "RMDESK_BENCH_WATCH": watch}
    with errors.open("w") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(app), *args], stdout=subprocess.PIPE, stderr=stderr, text=True, env=env, cwd=SCRATCH
        )
        assert process.stdout is not None
        first = process.stdout.readline()
        elapsed = time.perf_counter() - started
        try:
            process.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    if not first.startswith("painted"):
        told = [x for x in errors.read_text().splitlines() if x.strip() and "propagateSizeHints" not in x]
        raise RuntimeError(f"the app said {' / '.join([first.strip(), *told[-1:]])[:300]!r}")
    return elapsed, first.strip()


def startup_figure(size: int, rounds: int) -> Figure:
    from rmdesk.store import Document

    rmdesk, bare = build("rmdesk", bare=False), build("bare", bare=True)
    path = copy_of(demo(size), f"frozen-start-{size}.rmdesk")
    Document.open(path).close()  # as after a first open: the snapshot taken, the file known to be whole
    window = ["1180", "760"]

    def a() -> float:
        seconds, line = start(rmdesk, str(path), watch="rows")
        window[:] = line.split()[1:]
        return seconds

    def b() -> float:
        return start(bare, "x".join(window), watch="window")[0]

    a(), b()  # one warm-up pair, not counted: the files come into the disk cache
    measured, baseline = [], []
    for _ in range(rounds):
        measured.append(a())
        baseline.append(b())
    return Figure(
        "frozen app: start-up to a painted window",
        measured,
        baseline,
        target="2x",
        baseline_is="a one-folder app built the same way (build.spec) whose program shows a bare "
        "PySide6 QMainWindow of the same size: spawn until it has painted",
        within=2.0,
        size=size,
        note=f"spawn of dist/rmdesk/rmdesk FILE to the first paint of the participants table with its rows "
        f"(window {'x'.join(window)})",
        load=os.getloadavg()[0],
    )


def size_figure(size: int) -> Figure:
    rmdesk = disk_usage(build("rmdesk", bare=False).parent) / 2**20
    bare = disk_usage(build("bare", bare=True).parent) / 2**20
    return Figure(
        "frozen app: size on disk",
        [rmdesk],
        [bare],
        target=f"under {LIMIT_MIB:.0f} MiB",
        baseline_is="the bare app's folder: Python with PySide6's QtCore, QtGui and QtWidgets (and numpy, "
        "which PyInstaller's PySide6 hooks bring), built the same way",
        limit=LIMIT_MIB,
        unit="MiB",
        size=size,
        note="du of the app's folder, as `pyinstaller build.spec` makes it",
        load=os.getloadavg()[0],
    )


def figures(size: int = SIZE, rounds: int | None = None) -> list[Figure]:
    found: list[Figure] = []
    collect(
        found,
        "frozen app: start-up to a painted window",
        lambda: startup_figure(size, rounds or ROUNDS),
        size,
    )
    collect(found, "frozen app: size on disk", lambda: size_figure(size), size)
    return found


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    painting.offscreen()
    print_figures(figures(args.participants, args.rounds))


if __name__ == "__main__":
    main()
