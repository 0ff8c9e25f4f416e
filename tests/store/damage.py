"""Ways to spoil a file, a small disk to fill, and the command run as a person runs it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PAGE = 4096


def rmdesk(
    *args: object, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The rmdesk command in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def edit(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """Change the file with another SQLite program, as someone editing it by hand would."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement, params if "?" in statement else ())
    conn.close()


def flip(path: Path, page: int, offset: int = 8, count: int = 12) -> None:
    """Overwrite ``count`` bytes of one page (1-based) with other bytes: a disk that rotted."""
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE + offset
    data[start : start + count] = bytes((b ^ 0xA5) or 0x5A for b in data[start : start + count])
    path.write_bytes(bytes(data))


def table_page(path: Path, table: str) -> int:
    """The root page of ``table``'s b-tree."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    conn.close()
    return int(root)


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to compare before and after."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".~lock.")
    }


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder`` for the test (skipped where mounting is not allowed)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(
            f"cannot mount a small disk here ({mounted.stderr.strip() or 'mount failed'}); needs root"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill the disk holding ``folder`` to the last byte."""
    with (folder / "filler.bin").open("wb", buffering=0) as handle:
        for block in (65536, 512, 1):
            with contextlib.suppress(OSError):
                while handle.write(b"\0" * block):
                    pass
