"""Restore a Snapshot shows what each copy holds, and restores only a copy that can be read."""

from rmdesk.domain import Pair, Participant
from rmdesk.gui.dialogs.restore_snapshot import RestoreSnapshotDialog
from rmdesk.store import Document
from rmdesk.store import snapshots as snaps

from .conftest import finish_work


def two_snapshots_and_a_broken_one(demo_file):
    """Newest first: after deleting a pair, a copy cut short, after adding a person."""
    with Document.open(demo_file, snapshot=False) as doc:
        doc.add(Participant(name="Joined first"))
        oldest = snaps.take(doc, force=True)
        doc.delete(doc.all(Pair)[0])
        newest = snaps.take(doc, force=True)
    assert oldest is not None and newest is not None
    between = oldest.taken + (newest.taken - oldest.taken) / 2
    broken = newest.path.with_name(f"{demo_file.stem}__{between:%Y%m%d-%H%M%S-%f}__broken.rmdesk")
    broken.write_bytes(newest.path.read_bytes()[:8192])
    return snaps.for_document(demo_file)


def counts(path):
    with Document.open(path, readonly=True) as doc:
        found = doc.counts()
    return found["participants"], found["pairs"]


def cells(table, row):
    return [table.item(row, column).text() if table.item(row, column) else "" for column in range(6)]


def test_the_rows_say_what_each_copy_holds(qtbot, demo_file):
    people, pairs = counts(demo_file)
    found = two_snapshots_and_a_broken_one(demo_file)
    dialog = RestoreSnapshotDialog([snaps.describe(s) for s in found], demo_file.name)
    qtbot.addWidget(dialog)
    table = dialog.snapshotsTable
    assert table.rowCount() == 3
    newest, oldest = cells(table, 0), cells(table, 2)
    assert newest[0] == found[0].label and oldest[0] == found[2].label
    client = "PT Nusantara Digital Sejahtera"
    assert newest[1:5] == [client, str(people + 1), str(pairs - 1), "1"]
    assert oldest[1:5] == [client, str(people + 1), str(pairs), "1"]
    at = snaps.describe(found[0]).last_change_at
    assert newest[5] in {  # the day only when it is not the one in Taken (a copy made at midnight)
        f"Delete Pair ({at:%H:%M})",
        f"Delete Pair ({at:%Y-%m-%d %H:%M})",
    }
    assert oldest[5].startswith("Add Participant (")
    assert cells(table, 1)[1] == "This copy is damaged and cannot be restored."
    assert table.columnSpan(1, 1) == 5


def test_restore_is_enabled_only_with_a_readable_row_selected(qtbot, demo_file):
    people, pairs = counts(demo_file)
    found = two_snapshots_and_a_broken_one(demo_file)
    dialog = RestoreSnapshotDialog([snaps.describe(s) for s in found], demo_file.name)
    qtbot.addWidget(dialog)
    assert not dialog.restoreButton.isEnabled() and dialog.chosen() is None
    assert "The current file is kept as a snapshot first" in dialog.keptLabel.text()
    dialog.snapshotsTable.selectRow(1)  # cut short: it cannot be chosen
    assert not dialog.restoreButton.isEnabled() and dialog.chosen() is None
    dialog.snapshotsTable.selectRow(2)
    assert dialog.restoreButton.isEnabled() and dialog.chosen() == 2
    assert dialog.keptLabel.text() == (
        f"Restore replaces Demo program.rmdesk with the copy taken {found[2].label} "
        f"({people + 1} people, {pairs} pairs, 1 program). "
        "The current file is kept as a snapshot first, so you can come back to it the same way."
    )
    assert "kept as a snapshot" in dialog.restoreButton.toolTip()


def test_the_file_menu_restores_the_copy_picked_in_the_dialog(qtbot, window, demo_file, monkeypatch):
    people, pairs = counts(demo_file)
    window.close_document()  # the file is changed and snapshotted while the window has it closed
    found = two_snapshots_and_a_broken_one(demo_file)
    window.show_document(Document.open(demo_file, snapshot=False))
    shown = []

    def pick_the_copy_before_the_pair_was_deleted(dialog):
        """Instead of waiting in exec(): the person selects a row and presses Restore."""
        dialog.show()
        shown.append(dialog.snapshotsTable.rowCount())
        dialog.snapshotsTable.selectRow(2)  # below the newest and the broken copy
        dialog.restoreButton.click()
        return dialog.result()

    monkeypatch.setattr(RestoreSnapshotDialog, "exec", pick_the_copy_before_the_pair_was_deleted)
    window.actionRestore.trigger()
    finish_work(qtbot)
    assert shown == [len(found)]
    assert window.document is not None
    assert (window.document.counts()["participants"], window.document.counts()["pairs"]) == (
        people + 1,
        pairs,
    )
    kept = [s for s in snaps.for_document(demo_file) if s.before_restore]
    assert [snaps.describe(s).pairs for s in kept] == [pairs - 1]
