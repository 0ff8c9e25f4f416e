"""A file saved at any earlier schema version opens, migrates, and keeps its data."""

import uuid

import sqlcipher3
from sqlite_utils import Database

from rmdesk.domain import Participant
from rmdesk.store import Document
from rmdesk.store import snapshots as snaps
from rmdesk.store.check import check
from rmdesk.store.codec import to_row
from rmdesk.store.schema import SCHEMA_VERSION, STEPS, migrations


def make_old_file(path, version):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    db = Database(conn)
    migrations().apply(db, stop_before=STEPS[version])
    row = to_row(Participant(id="p-1", name="Dewi Lestari", updated_at="2026-01-01T00:00:00+00:00"))
    db.table("participants").insert(row)
    db.table("meta").insert({"key": "document_id", "value": str(uuid.uuid4())})
    db.table("organisation").insert(
        {"id": "o-1", "updated_at": "2026-01-01T00:00:00+00:00", "name": "PT Lama"}
    )
    conn.close()


def test_every_older_version_migrates_to_the_current_one(tmp_path):
    for version in range(1, SCHEMA_VERSION):
        path = tmp_path / f"v{version}.rmdesk"
        make_old_file(path, version)
        assert check(path) == []  # an old file is healthy as it is
        with Document.open(path) as doc:
            assert doc.schema_version == SCHEMA_VERSION
            assert doc.get(Participant, "p-1").name == "Dewi Lestari"
            assert doc.organisation().name == "PT Lama"
        assert check(path) == []
        [before] = snaps.for_document(path)  # the pre-migration state was kept
        with Document.open(before.path, readonly=True) as old:
            assert old.schema_version == version


def test_first_version_is_the_initial_schema():
    assert STEPS[0] == "0001_initial"
    assert [m.name for m in migrations().pending(Database(memory=True))] == STEPS
