"""Encryption at rest: the key derived once per session, a damaged page told apart from a wrong
passphrase, and encrypting, changing and removing a passphrase without losing a row."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
import subprocess
import sys

import pytest
import sqlcipher3

from rmdesk.demo import generate
from rmdesk.domain import Participant
from rmdesk.store import DamagedFile, Document, DocumentError, PassphraseNeeded, rekey
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check
from rmdesk.store.keys import PAGE_SIZE, PLAIN_HEAD, Key, head_of

OLD, NEW = "kopi susu 42", "nasi goreng pedas 2026"


class Killed(BaseException):
    """The process dying at that very point (nothing after it runs)."""


def everything(path, passphrase=None) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order."""
    with Document.open(path, passphrase=passphrase, readonly=True) as doc:
        tables = [r[0] for r in doc.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {t: doc.conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
        found["pragmas"] = [(doc.schema_version, doc.conn.execute("PRAGMA application_id").fetchone()[0])]
    return found


def opens_with(path, passphrase) -> bool:
    try:
        Document.open(path, passphrase=passphrase, readonly=True).close()
    except DocumentError:
        return False
    return True


@pytest.fixture
def encrypted(tmp_path):
    return generate(tmp_path / "client.rmdesk", participants=20, passphrase=OLD)


def test_the_key_derived_here_is_the_one_sqlcipher_derives_from_the_passphrase(tmp_path):
    typed = "kopi süßu 42 ✓ 🙂 'quoted'"
    made_elsewhere = tmp_path / "elsewhere.db"
    conn = sqlcipher3.connect(made_elsewhere, isolation_level=None)
    conn.execute("PRAGMA key = '" + typed.replace("'", "''") + "'")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    key = Key.for_file(typed, made_elsewhere)
    conn = sqlcipher3.connect(made_elsewhere, isolation_level=None)
    conn.execute(f'PRAGMA key = "{key.pragma()}"')
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)
    conn.close()
    # ... and the other way round: any SQLCipher 4 tool opens rmdesk's file with the passphrase.
    path = generate(tmp_path / "client.rmdesk", participants=8, passphrase=typed)
    conn = sqlcipher3.connect(path, isolation_level=None)
    conn.execute("PRAGMA key = '" + typed.replace("'", "''") + "'")
    assert conn.execute("SELECT count(*) FROM participants").fetchone() == (8,)
    conn.close()


def test_the_key_is_derived_once_per_session(encrypted, tmp_path, monkeypatch):
    derived = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a, **k: derived.append(1) or real(*a, **k))
    with Document.open(encrypted, passphrase=OLD) as doc:
        assert len(derived) == 1
        with doc.twin(readonly=True) as reader:  # reports, exports
            assert reader.counts()["participants"] == 20
        with doc.twin(readonly=False) as writer:  # imports
            writer.add(Participant(name="Ayu Lestari"))
        snaps.take(doc, force=True)
        doc.save_copy(tmp_path / "copy.rmdesk")
        found = snaps.for_document(encrypted, doc.key)
        assert all(snaps.describe(s, doc.key).readable for s in found)
        assert len(derived) == 1
        doc.lock_away()
        doc.unlock(OLD)  # going on after the window locked asks for the passphrase again
        assert len(derived) == 2
    assert opens_with(tmp_path / "copy.rmdesk", OLD)  # Save a Copy: encrypted with it


def test_a_key_is_never_shown_copied_out_or_used_once_wiped():
    key = Key.derive("kopi susu 42", b"\x01" * 16)
    assert repr(key) == "Key(<hidden>)" and key.pragma()[2:-1] not in str(vars(type(key)))
    with pytest.raises(TypeError):
        pickle.dumps(key)
    copy = key.copy()
    key.forget()
    with pytest.raises(ValueError):
        key.pragma()
    assert copy.pragma().startswith("x'")


def test_a_closed_or_locked_document_wipes_its_key(encrypted):
    doc = Document.open(encrypted, passphrase=OLD)
    key = doc.key
    doc.lock_away()
    with pytest.raises(ValueError):
        key.pragma()
    with pytest.raises(sqlcipher3.ProgrammingError):
        doc.conn.execute("SELECT 1")
    with pytest.raises(PassphraseNeeded, match=r"^The passphrase for client\.rmdesk is wrong\.$"):
        doc.unlock("teh manis hangat")
    assert doc.locked
    doc.unlock(OLD)
    assert doc.counts()["participants"] == 20
    key = doc.key
    doc.close()
    with pytest.raises(ValueError):
        key.pragma()


@pytest.mark.parametrize("where", ["first page", "second page", "middle", "last page"])
def test_a_flipped_byte_is_damage_never_a_wrong_passphrase_nor_data(encrypted, where, monkeypatch):
    before = everything(encrypted, OLD)["participants"]
    size = encrypted.stat().st_size
    offset = {
        "first page": 100,  # after the salt: the passphrase is right, the page is not
        "second page": PAGE_SIZE + 200,
        "middle": (size // PAGE_SIZE // 2) * PAGE_SIZE + 777,
        "last page": size - 100,
    }[where]
    with encrypted.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x10]))
    with pytest.raises(DamagedFile, match=r"^client\.rmdesk is damaged \("):
        Document.open(encrypted, passphrase=OLD)
    assert check(encrypted, passphrase=OLD) != []
    # Read-only, every row of the people: refused, or the rows as they were, never others.
    with contextlib.suppress(DocumentError, sqlcipher3.DatabaseError):
        assert everything(encrypted, OLD)["participants"] == before


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_encrypting_changing_and_removing_the_passphrase_keep_every_row(demo_file):
    with Document.open(demo_file) as doc:
        doc.add(Participant(name="Sekar Ayuningtyas", email="sekar.a@contoh.co.id"))
    rows = everything(demo_file)
    steps = [(None, OLD), (OLD, NEW), (NEW, None)]
    for old, new in steps:
        with Document.open(demo_file, passphrase=old) as doc:
            document_id = doc.document_id
            rekey.change(doc, new)
            assert doc.encrypted == (new is not None)
            assert doc.counts()["participants"] == 61  # goes on with the re-keyed file at once
            assert doc.document_id == document_id
        assert (head_of(demo_file) == PLAIN_HEAD) == (new is None)
        assert not opens_with(demo_file, old) or (old is None and new is None)
        assert everything(demo_file, new) == rows
        assert check(demo_file, passphrase=new) == []
        assert (b"Sekar Ayuningtyas" in demo_file.read_bytes()) == (new is None)
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["Demo program.rmdesk"]  # no leftovers
    with Document.open(demo_file) as doc:  # undo reaches back past every change of key
        assert doc.undo() == "Add Participant"


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_the_snapshots_follow_the_key_and_none_stays_under_the_old_one(encrypted, tmp_path):
    with Document.open(encrypted, passphrase=OLD) as doc:
        doc.add(Participant(name="Sekar Ayuningtyas"))
    Document.open(encrypted, passphrase=OLD).close()  # a second snapshot
    before = snaps.for_document(encrypted, OLD)
    assert len(before) >= 2
    with Document.open(encrypted, passphrase=OLD) as doc:
        rekey.change(doc, NEW)
    after = snaps.for_document(encrypted, NEW)
    assert [s.path.name for s in after] == [s.path.name for s in before]
    for snap in after:
        assert opens_with(snap.path, NEW) and not opens_with(snap.path, OLD)
        assert snaps.describe(snap, NEW).readable
        assert snap.path.name.startswith("snapshot__")  # named by the folder's document id, not the file
    with Document.open(encrypted, passphrase=NEW) as doc:
        rekey.change(doc, None)
    for snap in snaps.for_document(encrypted):
        assert head_of(snap.path) == PLAIN_HEAD and snaps.describe(snap).readable
    with Document.open(encrypted) as doc:
        rekey.change(doc, OLD)
    for snap in snaps.for_document(encrypted, OLD):
        assert b"Sekar Ayuningtyas" not in snap.path.read_bytes() and opens_with(snap.path, OLD)
    folder = snaps.for_document(encrypted, OLD)[0].path.parent
    assert not [p for p in folder.iterdir() if "rekey" in p.name]


def test_the_file_stays_held_while_and_after_its_key_changes(encrypted):
    other = (
        "import sys; from rmdesk.store import Document; Document.open(sys.argv[1], passphrase=sys.argv[2])"
    )
    with Document.open(encrypted, passphrase=OLD) as doc:
        rekey.change(doc, NEW)
        link = encrypted.with_name("another name.rmdesk")
        os.link(encrypted, link)  # the file now at the name, by another name: its own lock holds it
        for name in (encrypted, link):
            refused = subprocess.run([sys.executable, "-c", other, name, NEW], capture_output=True, text=True)
            assert "in use" in refused.stderr, refused.stderr
    assert opens_with(encrypted, NEW)


def test_no_change_slips_in_while_the_copy_is_written_and_a_dropped_change_leaves_all_as_it_was(encrypted):
    Document.open(encrypted, passphrase=OLD).close()
    folder_before = {
        p.name: p.read_bytes() for p in snaps.for_document(encrypted, OLD)[0].path.parent.iterdir()
    }
    inode = encrypted.stat().st_ino
    with Document.open(encrypted, passphrase=OLD, snapshot=False) as doc:
        job = rekey.start(doc, NEW)
        doc.conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(DocumentError, match="busy"):
            doc.add(Participant(name="Slipped In"))
        job.abandon()
        doc.add(Participant(name="After"))  # free again
        doc.undo()
    folder = snaps.for_document(encrypted, OLD)[0].path.parent
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == folder_before
    assert opens_with(encrypted, OLD) and everything(encrypted, OLD)["participants"]
    assert encrypted.stat().st_ino == inode  # never replaced
    assert sorted(p.name for p in encrypted.parent.iterdir()) == ["client.rmdesk"]


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_a_change_killed_after_the_file_was_replaced_is_finished_at_the_next_opening(encrypted, monkeypatch):
    Document.open(encrypted, passphrase=OLD).close()
    names = [s.path.name for s in snaps.for_document(encrypted, OLD)]

    finish = snaps.finish_rekeying
    dead = []

    def killed(folder):
        if not dead:  # the process dies after the rename, before the snapshots follow
            dead.append(folder)
            raise Killed
        finish(folder)

    with Document.open(encrypted, passphrase=OLD, snapshot=False) as doc:
        job = rekey.start(doc, NEW)
        monkeypatch.setattr(rekey.snapshots, "finish_rekeying", killed)
        with pytest.raises(Killed):
            job.finish()
        folder = snaps._folder(doc.document_id)
    assert (folder / snaps.REKEY_MARKER).exists()
    assert opens_with(encrypted, NEW)
    Document.open(encrypted, passphrase=NEW).close()  # its snapshot finishes what was left
    assert not (folder / snaps.REKEY_MARKER).exists()
    found = snaps.for_document(encrypted, NEW)
    assert set(names) <= {s.path.name for s in found}
    assert all(opens_with(s.path, NEW) and not opens_with(s.path, OLD) for s in found)


def test_a_change_killed_before_the_file_was_replaced_is_taken_back(encrypted):
    Document.open(encrypted, passphrase=OLD).close()
    with Document.open(encrypted, passphrase=OLD, snapshot=False) as doc:
        job = rekey.start(doc, NEW)
        assert job.folder is not None and job.snapshots
        snaps.mark_rekeying(job.folder, doc.path, job.head, job.snapshots)
        job.held.close()  # the process dies here: its copies, the marker and the file's copy stay
        job._release_guard()
        folder = job.folder
    assert opens_with(encrypted, OLD)
    Document.open(encrypted, passphrase=OLD).close()
    assert not [p for p in folder.iterdir() if "rekey" in p.name]
    assert all(opens_with(s.path, OLD) for s in snaps.for_document(encrypted, OLD))
    assert sorted(p.name for p in encrypted.parent.iterdir()) == ["client.rmdesk"]


def test_nothing_is_re_keyed_that_cannot_be(encrypted, demo_file):
    with Document.open(demo_file) as doc, pytest.raises(DocumentError, match="not encrypted"):
        rekey.change(doc, None)
    with (
        Document.open(encrypted, passphrase=OLD, readonly=True) as doc,
        pytest.raises(DocumentError, match="read-only"),
    ):
        rekey.change(doc, NEW)
    with Document.open(encrypted, passphrase=OLD) as doc:
        doc.lock_away()
        with pytest.raises(DocumentError, match="locked"):
            rekey.change(doc, NEW)


def test_a_copy_and_a_snapshot_of_an_encrypted_file_are_encrypted_with_it(encrypted, tmp_path):
    with Document.open(encrypted, passphrase=OLD) as doc:
        doc.save_copy(tmp_path / "board.rmdesk")
        taken = snaps.take(doc, force=True)
    assert taken is not None
    for path in (tmp_path / "board.rmdesk", taken.path):
        assert head_of(path) != PLAIN_HEAD and opens_with(path, OLD) and not opens_with(path, None)


def test_a_file_of_another_sqlcipher_setting_is_a_wrong_passphrase_not_a_crash(tmp_path):
    path = tmp_path / "v3.rmdesk"
    shutil.copyfile(generate(tmp_path / "c.rmdesk", participants=8, passphrase=OLD), path)
    os.truncate(path, 5)  # too short to hold a salt
    with pytest.raises(DocumentError):
        Document.open(path, passphrase=OLD)
