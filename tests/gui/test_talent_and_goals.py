"""Talent map drags re-rate people; goals are made from templates and edited."""

import datetime as dt

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.domain import Goal, GoalStatus, Participant
from rmdesk.domain.talent import is_candidate_mentor, is_junior
from rmdesk.gui.dialogs.goal import GoalDialog
from rmdesk.gui.pages.talent_map import MIME
from rmdesk.store import queries

from .conftest import reopen


def drop(target, ids):
    """Deliver a drop of ``ids`` on ``target`` the way a drag from another box would."""
    data = QMimeData()
    data.setData(MIME, "\n".join(ids).encode())
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)
    return event


def test_dragging_a_person_to_another_box_re_rates_them(window, demo_file, qtbot):
    window.go_to(window.talent)
    talent = window.talent
    star_box = talent.boxes[(3, 3)]
    source = talent.boxes[(1, 1)]
    item = source.item(0)
    person_id = item.data(Qt.ItemDataRole.UserRole)
    before = star_box.count()
    mime = source.model().mimeData([item])  # what a drag out of the box carries
    event = drop(star_box, bytes(mime.data(MIME).data()).decode().split("\n"))
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    qtbot.waitUntil(lambda: star_box.count() == before + 1)
    assert talent.titles[(3, 3)].text().startswith("Star (")
    with reopen(demo_file) as doc:
        person = doc.get(Participant, person_id)
    assert (person.performance, person.potential) == (3, 3)
    assert window.actionUndo.text() == f"&Undo Re-rate {person.name}"
    window.actionUndo.trigger()
    assert any(source.item(i).data(Qt.ItemDataRole.UserRole) == person_id for i in range(source.count()))


def test_juniors_filter_and_candidates_are_highlighted(window):
    window.go_to(window.talent)
    talent = window.talent
    everyone = sum(box.count() for box in talent.boxes.values())
    talent.juniors_only.setChecked(True)
    juniors = sum(box.count() for box in talent.boxes.values())
    assert 0 < juniors < everyone
    stars = [
        box.item(i).data()
        for box in talent.boxes.values()
        for i in range(box.count())
        if box.item(i).data().startswith("★ ")
    ]
    assert stars
    high_potential = [talent.boxes[(p, 3)] for p in (1, 2, 3)]
    starred_elsewhere = [
        box.item(i).data()
        for key, box in talent.boxes.items()
        if box not in high_potential
        for i in range(box.count())
        if box.item(i).data().startswith("★ ")
    ]
    assert starred_elsewhere == []  # only high potential can be a candidate


def test_the_map_shows_everyone_and_stars_exactly_the_candidates_the_rule_finds(window):
    """The boxes hold the active people (the juniors alone when asked), each starred if and only
    if the whole person is a candidate reverse mentor in the program."""
    window.go_to(window.talent)
    talent, doc = window.talent, window.document
    roles = queries.roles(doc, window.program.id)
    active = [p for p in doc.all(Participant) if not p.archived]

    def shown() -> dict[str, bool]:
        return {
            box.item(i).data(Qt.ItemDataRole.UserRole): box.item(i).data().startswith("★ ")
            for box in talent.boxes.values()
            for i in range(box.count())
        }

    expected = {p.id: is_candidate_mentor(p, roles.get(p.id)) for p in active}
    assert shown() == expected and any(expected.values())
    talent.juniors_only.setChecked(True)
    juniors = {
        pid: star for pid, star in expected.items() if is_junior(doc.get(Participant, pid), roles.get(pid))
    }
    assert shown() == juniors and len(juniors) < len(expected)


def test_a_foreign_drag_is_ignored(window):
    window.go_to(window.talent)
    box = window.talent.boxes[(2, 2)]
    last_change = window.document.undo_label()
    data = QMimeData()
    data.setText("some text from another program")
    event = QDropEvent(
        QPoint(5, 5).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    box.dropEvent(event)
    assert not event.isAccepted()
    assert window.document.undo_label() == last_change  # nothing was written


def test_goal_from_a_template_is_saved_and_reads_back(window, demo_file, qtbot):
    window.go_to(window.goals)
    page = window.goals
    dialog = GoalDialog(window.document, window.program, page.pairs)
    qtbot.addWidget(dialog)
    dialog.templateCombo.setCurrentIndex(1)  # the AI tools template
    assert dialog.topicCombo.currentText() == "AI tools"
    assert dialog.specificEdit.toPlainText().startswith("Use an AI assistant")
    assert dialog.measureEdit.toPlainText() != ""
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("on_track"))
    dialog.progressSpin.setValue(30)
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    window.document_changed()
    with reopen(demo_file) as doc:
        [goal] = doc.all(
            Goal, "progress = 30 AND specific LIKE 'Use an AI assistant%'", order_by="rowid DESC"
        )[:1]
    assert goal.pair_id == page.pairs[0].id
    assert goal.status is GoalStatus.ON_TRACK
    assert goal.target_date is not None and goal.target_date > dt.date.today()
    assert window.actionUndo.text() == "&Undo Add Goal"


def test_goal_without_a_goal_text_is_refused_inline(window, qtbot):
    window.go_to(window.goals)
    dialog = GoalDialog(window.document, window.program, window.goals.pairs)
    qtbot.addWidget(dialog)
    assert dialog.errors.visible() == {"specific": "Say what the goal is."}
    assert not dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_goals_page_filters_by_status_and_text(window):
    window.go_to(window.goals)
    page = window.goals
    total = page.model.rowCount()
    page.kindFilter.setCurrentIndex(page.kindFilter.findData("done"))
    assert 0 < page.model.rowCount() < total
    assert all(r.status == GoalStatus.DONE for r in page.model.rows_shown())
    page.kindFilter.setCurrentIndex(0)
    page.searchEdit.setText("dashboard")
    assert all("dashboard" in (r.specific + r.topic).lower() for r in page.model.rows_shown())


def test_a_re_rated_person_moves_in_place_and_the_other_boxes_stay_as_they_are(window, qtbot, monkeypatch):
    window.go_to(window.talent)
    talent = window.talent

    def boxes():
        return {
            box: [cell.item(i).data(Qt.ItemDataRole.DisplayRole) for i in range(cell.count())]
            for box, cell in talent.boxes.items()
        }

    reads, reset = [], []
    real = queries.talent
    monkeypatch.setattr(queries, "talent", lambda doc, ids=None: reads.append(ids) or real(doc, ids))
    for box, cell in talent.boxes.items():
        cell.model().modelReset.connect(lambda box=box: reset.append(box))
    source, target = talent.boxes[(1, 1)], talent.boxes[(2, 3)]
    person_id = source.item(0).data(Qt.ItemDataRole.UserRole)
    drop(target, [person_id])
    qtbot.waitUntil(lambda: reads != [])
    assert reads == [{person_id}] and sorted(reset) == sorted([(1, 1), (2, 3)])
    moved = boxes()
    assert person_id in [target.item(i).data(Qt.ItemDataRole.UserRole) for i in range(target.count())]
    talent.set_document(talent.doc, talent.program)
    assert boxes() == moved  # what a whole read shows, in name order
    reads.clear()
    window.actionUndo.trigger()  # back to where they were, in place
    assert reads == [{person_id}]
    assert person_id == source.item(0).data(Qt.ItemDataRole.UserRole)
