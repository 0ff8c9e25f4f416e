"""``rmdesk --self-test`` from the source tree and from the app PyInstaller builds (build.spec)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
AFTER_THE_PAGES = ["suggestions", "program report", "pair report", "export", "close"]
BUNDLE_LIMIT_MIB = 200


def sections() -> list[str]:
    from rmdesk.gui.main_window import SECTIONS

    return [name for name, _, _ in SECTIONS]


def no_display(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine without a screen, whose home, temporary folder and rmdesk
    data folder are empty folders of the test."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        TMPDIR=str(tmp_path / "tmp"),
        RMDESK_DATA_DIR=str(tmp_path / "data"),
    )
    for name in ("home", "tmp", "data"):
        (tmp_path / name).mkdir()
    return env


def self_test(
    *args: str, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", "--self-test", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_the_self_test_passes_offscreen_says_what_it_did_and_touches_nothing_of_the_user(tmp_path: Path):
    env = no_display(tmp_path)
    out = tmp_path / "out"
    done = self_test(str(out), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "platform offscreen" in lines[0]  # no display, and Qt was not told: it chose offscreen itself
    passed = [line.split(":")[0].removeprefix("ok").strip() for line in lines if line.startswith("ok ")]
    assert passed == [
        "encryption",
        "demo file",
        "window",
        *(f"page {name}" for name in sections()),
        *AFTER_THE_PAGES,
    ]
    assert lines[-1].startswith(f"self-test passed: {len(passed)} checks in ")
    assert "FAILED" not in done.stderr and "Traceback" not in done.stderr
    # What it made is real: two PDFs and a workbook with every list.
    from openpyxl import load_workbook
    from pypdf import PdfReader

    assert len(PdfReader(out / "program-report.pdf").pages) >= 3
    assert len(PdfReader(out / "pair-report.pdf").pages) >= 1
    book = load_workbook(out / "export.xlsx", read_only=True)
    assert {"Participants", "Pairs", "Meetings"} <= set(book.sheetnames)
    book.close()
    # Nothing of the user's: no data folder, home or temporary file was written.
    for name in ("home", "tmp", "data"):
        assert list((tmp_path / name).rglob("*")) == [], name


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_a_report_that_cannot_be_written_fails_the_self_test_by_name(tmp_path: Path):
    out = tmp_path / "out"
    (out / "program-report.pdf").mkdir(parents=True)  # a folder where the reports go: no PDF fits
    (out / "export.xlsx").mkdir()
    done = self_test(str(out), env=no_display(tmp_path))
    assert done.returncode == 1, done.stdout + done.stderr
    failed = [line for line in done.stderr.splitlines() if line.startswith("FAILED ")]
    assert [line.split(":")[0] for line in failed] == ["FAILED program report", "FAILED export"]
    assert "program-report.pdf" in failed[0] and "export.xlsx" in failed[1]
    assert done.stderr.splitlines()[-1].startswith("self-test failed: 2 of ")
    assert "ok     pair report: pair-report.pdf" in done.stdout  # the others still ran
    assert "Traceback" not in done.stderr


def test_bad_input_to_the_self_test_is_one_line(tmp_path: Path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    for args in ([str(a_file)], ["--demo"]):
        done = self_test(*args, timeout=60)
        assert done.returncode == 2, done.stdout + done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("rmdesk: "), done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "rmdesk", str(tmp_path / "x.rmdesk"), "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2 and "leave out FILE" in done.stderr


def test_rmdesk_takes_only_linear_sum_assignment_from_scipy():
    """build.spec gives the app a scipy.optimize holding linear_sum_assignment alone (the rest of
    scipy is left out of it): using more of scipy needs build.spec changed too."""
    used = set()
    for path in (ROOT / "rmdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("scipy"):
                used |= {f"{node.module}.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.Import):
                used |= {alias.name for alias in node.names if alias.name.startswith("scipy")}
    assert used == {"scipy.optimize.linear_sum_assignment"}


def disk_usage(folder: Path) -> int:
    """Bytes on disk, as ``du`` counts them (links once, not what they point to)."""
    total = 0
    for path in folder.rglob("*"):
        stat = path.lstat()
        total += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
    return total


@pytest.mark.slow
def test_the_app_pyinstaller_builds_passes_the_self_test(tmp_path: Path):
    """The one-folder app from build.spec, built into a temporary folder (about a minute on two
    cores), runs its self-test offscreen, and stays under its size."""
    started = time.monotonic()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = tmp_path / "dist" / "rmdesk"
    program = bundle / ("rmdesk.exe" if sys.platform == "win32" else "rmdesk")
    built = time.monotonic() - started
    env = {**no_display(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frozen" in done.stdout.splitlines()[0]
    assert "ok     suggestions" in done.stdout and "self-test passed" in done.stdout
    size = disk_usage(bundle) / 2**20
    assert size < BUNDLE_LIMIT_MIB, f"the app takes {size:.0f} MiB (built in {built:.0f} s)"
