"""A document in a sync folder is worked on as a local copy and goes back only over an unchanged original."""

from __future__ import annotations

import shutil

import pytest

from rmdesk.domain import Participant
from rmdesk.store import Document, DocumentError, DocumentInUse, local_copy
from rmdesk.store.places import risk


@pytest.fixture
def synced(tmp_path, demo_template):
    folder = tmp_path / "Dropbox" / "Clients"
    folder.mkdir(parents=True)
    path = folder / "PT Contoh.rmdesk"
    shutil.copyfile(demo_template, path)
    return path


def people(path):
    with Document.open(path, readonly=True) as doc:
        return doc.counts()["participants"]


def test_a_sync_folder_is_a_risky_place(synced):
    assert "Dropbox" in risk(synced)


def test_the_copy_goes_back_over_an_unchanged_original(synced, data_dir):
    copy = local_copy.take(synced)
    assert copy.path.is_relative_to(data_dir) and copy.path != synced
    with pytest.raises(DocumentInUse):  # the original stays held for this one editor
        Document.open(synced)
    with Document.open(copy.path) as doc:
        doc.add(Participant(name="Dewi Anggraini"))
    returned = copy.give_back()
    assert returned.kept_as is None and "copied back" in returned.message
    assert people(synced) == 61
    assert not copy.path.exists()
    assert not list(synced.parent.glob(".*incoming"))
    Document.open(synced).close()  # free again


def test_an_original_changed_meanwhile_is_never_overwritten(synced, demo_template, tmp_path):
    copy = local_copy.take(synced)
    with Document.open(copy.path) as doc:
        doc.add(Participant(name="Dewi Anggraini"))
    theirs = shutil.copyfile(demo_template, tmp_path / "on the other computer.rmdesk")
    with Document.open(theirs) as other:  # another computer's version arrives through the sync
        other.add(Participant(name="Budi dari Surabaya"))
        other.add(Participant(name="Budi dari Medan"))
    shutil.copyfile(theirs, synced)
    returned = copy.give_back()
    assert returned.kept_as is not None and returned.kept_as.parent == synced.parent
    assert "changed on disk" in returned.message and returned.kept_as.name in returned.message
    assert people(synced) == 62  # theirs, untouched
    assert people(returned.kept_as) == 61  # ours, kept beside it
    assert "(local copy " in returned.kept_as.name


def test_a_copy_left_by_an_earlier_session_is_never_thrown_away(synced):
    copy = local_copy.take(synced)
    copy.release()  # as if rmdesk had stopped before closing the file
    with pytest.raises(DocumentError, match="never went back"):
        local_copy.take(synced)
    assert copy.path.exists()
