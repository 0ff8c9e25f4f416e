"""Shared fixtures: every test gets its own data folder and real files in a tmp dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Snapshots and the demo file go to a fresh folder, never the user's real one."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("RMDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 60-person demo file per session; tests copy it rather than regenerate it."""
    from rmdesk.demo import generate

    path = tmp_path_factory.mktemp("template") / "demo.rmdesk"
    return generate(path)


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    import shutil

    target = tmp_path / "Demo program.rmdesk"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def doc(tmp_path: Path):
    from rmdesk.store import Document

    document = Document.create(tmp_path / "program.rmdesk", organisation="PT Contoh Maju")
    yield document
    document.close()
