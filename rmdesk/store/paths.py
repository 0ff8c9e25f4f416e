"""Where rmdesk keeps its own files (snapshots, logs, the demo program)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's rmdesk data folder; ``RMDESK_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("RMDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("rmdesk", False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def snapshots_dir() -> Path:
    path = data_dir() / "snapshots"
    path.mkdir(exist_ok=True)
    return path


def log_dir() -> Path:
    """Where rmdesk writes its log; under the data folder when ``RMDESK_DATA_DIR`` is set."""
    override = os.environ.get("RMDESK_DATA_DIR")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir("rmdesk", False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_file() -> Path:
    """The demo program opened by ``rmdesk --demo`` and the welcome screen."""
    return data_dir() / "Demo program.rmdesk"
