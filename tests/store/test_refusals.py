"""Every file rmdesk must refuse: one clear sentence, and the file left byte for byte."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from rmdesk.store import DamagedFile, Document, DocumentError, NewerFormat, NotAnRmdeskFile, PassphraseNeeded
from rmdesk.store.lock import lock_path
from rmdesk.store.schema import SCHEMA_VERSION


def refused(path: Path, error: type[Exception], message: str) -> None:
    """Opening ``path`` raises ``error`` matching ``message``; nothing on disk changes."""
    before = path.read_bytes() if path.is_file() else None
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error, match=message):
        Document.open(path)
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no lock, journal or copy left


def test_text_file(tmp_path):
    path = tmp_path / "notes.rmdesk"
    path.write_text("Names of the pilot pairs\n")
    refused(path, NotAnRmdeskFile, r"^notes.rmdesk is not an rmdesk file \(it is not an SQLite database\)\.$")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.rmdesk"
    path.touch()
    refused(path, NotAnRmdeskFile, r"^empty.rmdesk is empty \(0 bytes\): it is not an rmdesk file\.$")


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "payroll.rmdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE salaries (name TEXT, amount INTEGER)")
    conn.commit()
    conn.close()
    refused(
        path,
        NotAnRmdeskFile,
        r"SQLite database of another program, not an rmdesk file\. It was not changed\.",
    )


def test_truncated_file(tmp_path, demo_file):
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    refused(demo_file, DamagedFile, r"is damaged: it holds [\d,]+ of its [\d,]+ bytes .* Restore a snapshot")


def test_damaged_pages_in_the_middle(demo_file):
    data = bytearray(demo_file.read_bytes())
    page = 4096
    for start in range(page * 5, page * 40, page):
        data[start + 8 : start + 600] = bytes((i * 7 + 13) % 256 for i in range(592))
    demo_file.write_bytes(bytes(data))
    refused(demo_file, DamagedFile, r"damaged")


def test_file_from_a_newer_rmdesk(demo_file):
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    expected = rf"saved by a newer rmdesk \(file format 99; this rmdesk reads up to {SCHEMA_VERSION}\)"
    refused(demo_file, NewerFormat, expected)


def test_a_folder(tmp_path):
    folder = tmp_path / "Client files.rmdesk"
    folder.mkdir()
    refused(folder, DocumentError, r"is a folder, not an rmdesk file")


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match=r"^There is no file at .*missing\.rmdesk\.$"):
        Document.open(tmp_path / "missing.rmdesk")
    assert list(tmp_path.iterdir()) == []


def test_encrypted_looking_file_asks_for_a_passphrase(tmp_path):
    path = tmp_path / "client.rmdesk"
    path.write_bytes(os.urandom(8192))
    refused(path, PassphraseNeeded, r"^client.rmdesk is encrypted\. Enter its passphrase to open it\.$")


def _as_nobody(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` as an unprivileged user (root reads everything, so drop root first)."""
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def shared_folder(demo_template):
    """A folder any user can enter, holding a demo file owned by this user."""
    folder = Path(tempfile.mkdtemp())
    folder.chmod(0o755)
    shutil.copyfile(demo_template, folder / "shared.rmdesk")
    yield folder / "shared.rmdesk"
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _open_as_nobody(path: Path) -> str:
    result = _as_nobody(
        "from rmdesk.store import Document, DocumentError\n"
        f"try:\n    Document.open({str(path)!r})\n"
        "except DocumentError as e:\n    print(e)\n"
    )
    assert result.stderr == ""
    return result.stdout


def test_no_permission_to_read(shared_folder):
    shared_folder.chmod(0o600)
    before = shared_folder.read_bytes()
    assert "You do not have permission to read" in _open_as_nobody(shared_folder)
    assert shared_folder.read_bytes() == before
    assert sorted(p.name for p in shared_folder.parent.iterdir()) == ["shared.rmdesk"]


def test_no_permission_to_write_the_file(shared_folder):
    shared_folder.chmod(0o644)
    shared_folder.parent.chmod(0o777)
    before = shared_folder.read_bytes()
    assert "shared.rmdesk is read-only for you" in _open_as_nobody(shared_folder)
    assert shared_folder.read_bytes() == before
    assert sorted(p.name for p in shared_folder.parent.iterdir()) == ["shared.rmdesk"]


def test_read_only_folder(shared_folder):
    shared_folder.chmod(0o666)
    shared_folder.parent.chmod(0o555)
    message = _open_as_nobody(shared_folder)
    assert "is read-only for you. Copy the file to a folder you can write to" in message
    assert not lock_path(shared_folder).exists()


def test_refused_files_are_reported_by_the_cli_without_traceback(tmp_path):
    path = tmp_path / "notes.rmdesk"
    path.write_text("hello")
    for command in (["info", str(path)], ["check", str(path)], ["undo", str(path)], ["backup", str(path)]):
        result = subprocess.run(
            [sys.executable, "-m", "rmdesk", *command], capture_output=True, text=True, timeout=60
        )
        assert result.returncode != 0
        assert "Traceback" not in result.stderr + result.stdout
        assert "notes.rmdesk is not an rmdesk file" in result.stderr + result.stdout


def test_creating_over_an_existing_file_is_refused(demo_file):
    before = demo_file.read_bytes()
    with pytest.raises(DocumentError, match="already exists"):
        Document.create(demo_file)
    assert demo_file.read_bytes() == before


def test_copy_of_a_demo_opens(demo_file, tmp_path):
    other = tmp_path / "copy.rmdesk"
    shutil.copyfile(demo_file, other)
    with Document.open(other) as doc:
        assert doc.counts()["participants"] == 60
