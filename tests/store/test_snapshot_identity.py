"""Restore brings back only this document; the document id never becomes a path."""

import dataclasses
import shutil

import pytest

from rmdesk.demo import generate
from rmdesk.store import DamagedFile, Document
from rmdesk.store import snapshots as snaps
from tests.store.damage import edit, listing, rmdesk


def _rename_client(path, name):
    with Document.open(path, snapshot=False) as doc:
        doc.update(dataclasses.replace(doc.organisation(), name=name))


def _client(path):
    with Document.open(path, readonly=True) as doc:
        return doc.organisation().name


def test_a_copy_saved_from_rmdesk_is_another_document_with_its_own_snapshots(tmp_path):
    a, b = tmp_path / "A.rmdesk", tmp_path / "B.rmdesk"
    assert rmdesk("demo", a).returncode == 0
    with Document.open(a) as doc:  # A's first snapshot
        doc.save_copy(b)
        a_id = doc.document_id
    with Document.open(b, readonly=True) as copy:
        assert copy.document_id != a_id
    _rename_client(b, "Client B")
    Document.open(b).close()  # a snapshot of B holding Client B
    listed = rmdesk("backup", a, "--list").stdout
    assert "Client B" not in listed and "PT Nusantara Digital Sejahtera" in listed
    restored = rmdesk("restore", a, "1")
    assert restored.returncode == 0, restored.stderr
    assert _client(a) == "PT Nusantara Digital Sejahtera"


def test_a_damaged_file_is_offered_only_snapshots_taken_from_its_own_path(tmp_path):
    x, y = tmp_path / "x" / "Client.rmdesk", tmp_path / "y" / "Client.rmdesk"
    for path, client in ((x, "PT Xenia"), (y, "PT Yudha")):
        path.parent.mkdir()
        generate(path, participants=12)
        _rename_client(path, client)
        Document.open(path).close()
    _rename_client(y, "PT Yudha Baru")
    Document.open(y).close()  # y's snapshots are newer than x's
    x.write_bytes(x.read_bytes()[:6000])  # too damaged to tell its id
    with pytest.raises(DamagedFile):
        Document.open(x)
    found = snaps.for_document(x)
    assert [snaps.describe(s).organisation for s in found] == ["PT Xenia"]
    shown = rmdesk("backup", x, "--list").stdout
    assert "PT Xenia: 12 people" in shown and "Yudha" not in shown
    restored = rmdesk("restore", x, "1")
    assert restored.returncode == 0, restored.stderr
    lines = restored.stdout.splitlines()
    assert lines[0].startswith("Restoring Client.rmdesk from the snapshot of ")  # said first...
    assert "PT Xenia: 12 people" in lines[0] and lines[-1].startswith("Restored")  # ...then done
    assert _client(x) == "PT Xenia"


def test_a_file_copied_outside_rmdesk_keeps_its_id_and_its_snapshots_say_where_they_were_taken(tmp_path):
    original, copied = tmp_path / "original.rmdesk", tmp_path / "copied.rmdesk"
    generate(original, participants=12)
    Document.open(original).close()
    shutil.copyfile(original, copied)
    _rename_client(copied, "Edited in the copy")
    Document.open(copied).close()
    newest, oldest = snaps.for_document(original)
    assert newest.elsewhere == str(copied.resolve()) and oldest.elsewhere == ""
    assert [s.elsewhere for s in snaps.for_document(copied)] == ["", str(original.resolve())]
    listed = rmdesk("backup", original, "--list").stdout.splitlines()
    assert listed[2].strip() == f"taken from another file: {copied.resolve()}"


@pytest.mark.parametrize("document_id", ["../../target", "/absolute/elsewhere", "not-a-uuid", ""])
def test_a_document_id_that_is_not_a_uuid_is_damage_and_never_a_path(tmp_path, data_dir, document_id):
    target = tmp_path / "target"
    if document_id.startswith("/"):
        document_id = str(target)
    else:
        target = (data_dir / "snapshots" / document_id).resolve() if document_id else target
    target.mkdir(parents=True, exist_ok=True)
    for n in range(12):  # files a rotation in the wrong folder would delete
        (target / f"unrelated__20200101-0000{n:02d}-000000__x.rmdesk").write_text(f"keep me {n}")
    before = listing(target)
    path = tmp_path / "doc.rmdesk"
    generate(path, participants=12)
    edit(path, "UPDATE meta SET value = ? WHERE key = 'document_id'", params=(document_id,))
    as_is = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(
            DamagedFile, match=r"^doc.rmdesk is damaged \(its document id .* is not a valid id\)"
        ):
            Document.open(path, readonly=readonly)
    for command in (["backup", path], ["info", path], ["undo", path], ["pair", path, "--apply"]):
        result = rmdesk(*command)
        assert result.returncode == 2 and "not a valid id" in result.stderr, result.stderr
    assert rmdesk("backup", path, "--list").returncode == 0
    assert listing(target) == before
    assert path.read_bytes() == as_is
