"""A passphrase-protected file: unreadable without it, whole with it, snapshots protected too."""

import pytest

from rmdesk.demo import generate
from rmdesk.domain import Participant
from rmdesk.store import Document, PassphraseNeeded
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check


def test_encrypted_file_round_trip(tmp_path):
    path = generate(tmp_path / "client.rmdesk", participants=20, passphrase="kopi susu 42")
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Nusantara" not in raw and b"Nur'aini" not in raw
    with pytest.raises(PassphraseNeeded, match=r"client\.rmdesk is encrypted"):
        Document.open(path)
    with pytest.raises(PassphraseNeeded, match=r"The passphrase for client\.rmdesk is wrong"):
        Document.open(path, passphrase="teh manis")
    with Document.open(path, passphrase="kopi susu 42") as doc:
        doc.add(Participant(name="Rahasia Sekali"))
        assert doc.counts()["participants"] == 21
    assert check(path, passphrase="kopi susu 42") == []
    assert b"Rahasia Sekali" not in path.read_bytes()
    [snap] = snaps.for_document(path, "kopi susu 42")
    assert b"Nusantara" not in snap.path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.rmdesk"]  # no plaintext side files
