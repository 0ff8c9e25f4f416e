"""Files whose values rmdesk has checked, so opening an unchanged file does not check them again.

A file is known by its device and inode; its state is its size, modification and change times
(the change time cannot be set back by copying tools) and its first 100 bytes (SQLite's change
counter, or an encrypted file's first page). Any write changes the state, so a file edited
anywhere else is checked again. The list lives in the data folder; losing it costs one check.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

from rmdesk.store.paths import data_dir

VERSION = 1  # the contract's version: raise it when the checks change, and every file is checked again
REMEMBERED = 200

State = tuple[int, int, int, int, int, int]  # device, inode, size, modified, changed, first bytes


def state_of(stat: os.stat_result, start: bytes) -> State:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, zlib.crc32(start))


def read_state(path: Path) -> State | None:
    """The state of the file at ``path`` now, or None when it cannot be read."""
    try:
        with path.open("rb") as handle:
            return state_of(os.fstat(handle.fileno()), handle.read(100))
    except OSError:
        return None


def _file() -> Path:
    return data_dir() / "checked.json"


def _load() -> dict[str, list[int]]:
    try:
        found = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _key(state: State) -> str:
    return f"{state[0]}:{state[1]}"


def known(state: State | None) -> bool:
    """Whether a file in exactly this state passed the checks."""
    if state is None:
        return False
    return _load().get(_key(state)) == [*state[2:], VERSION]


def remember(state: State | None) -> None:
    """Note that the file in ``state`` passed the checks (best effort: a failure costs a check)."""
    if state is None or known(state):
        return
    found = _load()
    found.pop(_key(state), None)
    found[_key(state)] = [*state[2:], VERSION]
    kept = dict(list(found.items())[-REMEMBERED:])
    try:
        target = _file()
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    except OSError:
        return
    try:
        partial.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
