"""Table models: Qt's model checks, and sorting/filtering done in the model."""

import pytest
from PySide6.QtCore import Qt

from rmdesk.gui.models import EvaluationTableModel, GoalTableModel, MeetingTableModel, ParticipantTableModel
from rmdesk.store import Document, queries


def load(demo_file):
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        return queries.people(doc, program.id), queries.goals(doc, program.id)


def test_participant_model_passes_qt_model_checks_through_sort_and_filter(qtmodeltester, demo_file):
    people, _ = load(demo_file)
    model = ParticipantTableModel()
    model.set_people(people)
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_filter("finance")
    qtmodeltester.check(model)


def test_goal_model_passes_qt_model_checks(qtmodeltester, demo_file):
    _, goals = load(demo_file)
    model = GoalTableModel()
    model.set_rows(goals)
    model.sort(5, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_sorting_by_grade_puts_unknown_last_and_keeps_the_rows(demo_file):
    people, _ = load(demo_file)
    people.people[0] = people.people[0]._replace(grade=None)
    model = ParticipantTableModel()
    model.set_people(people)
    grade = [c.title for c in model.columns].index("Grade")
    model.sort(grade, Qt.SortOrder.AscendingOrder)
    grades = [model.data(model.index(r, grade)) for r in range(model.rowCount())]
    numbers = [int(g) for g in grades if g]
    assert numbers == sorted(numbers)
    assert grades[-1] == ""
    assert sorted(p.id for p in model.rows_shown()) == sorted(p.id for p in people.people)


def test_filter_matches_any_column_in_any_case_and_combines_with_a_predicate(demo_file):
    people, _ = load(demo_file)
    model = ParticipantTableModel()
    model.set_people(people)
    model.set_filter("SUPPLY chain")
    shown = model.rows_shown()
    assert shown and all(p.department == "Supply Chain" for p in shown)
    model.set_filter("supply chain", keep=lambda p: p.grade is not None and p.grade >= 9)
    assert all(p.grade >= 9 for p in model.rows_shown())
    assert len(model.rows_shown()) < len(shown)
    model.set_filter("")
    assert model.rowCount() == 60


def test_sort_keeps_the_selected_row_selected(qtbot, demo_file):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    people, _ = load(demo_file)
    model = ParticipantTableModel()
    model.set_people(people)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().select(
        model.index(3, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    chosen = model.row_at(model.index(3, 0))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    [row] = view.selectionModel().selectedRows()
    assert model.row_at(row) is chosen


def test_headers_are_shown_in_the_language_in_use_and_sorting_and_filtering_still_work(demo_file):
    from PySide6.QtCore import QLocale

    from rmdesk.gui import app

    people, _ = load(demo_file)
    before = QLocale()
    app.use_language("id")
    try:
        model = ParticipantTableModel()
        model.set_people(people)
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:3] == ["Nama", "Peran", "Berpasangan"] and "Jenjang" in headers
        grade = [c.title for c in model.columns].index("Grade")  # the columns keep their English names
        model.sort(grade, Qt.SortOrder.AscendingOrder)
        grades = [model.data(model.index(r, grade)) for r in range(model.rowCount())]
        assert [int(g) for g in grades if g] == sorted(int(g) for g in grades if g)
        model.set_filter("finance")
        assert 0 < model.rowCount() < len(people.people)
    finally:
        app.use_language("en")
        QLocale.setDefault(before)


def test_a_search_in_the_record_tables_finds_the_rows_whose_shown_text_holds_it(demo_file):
    """Goals, meetings and evaluations are searched in every text their row shows (the average
    answer too), in any case: the rows found are those whose shown cells hold the words."""
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        tables = (
            (GoalTableModel(), queries.goals(doc, program.id), ["AI", "on track", "linkedin"]),
            (MeetingTableModel(), queries.meetings(doc, program.id), ["ONLINE", "ai tools", "2026-0"]),
            (EvaluationTableModel(), queries.evaluations(doc, program.id), ["MIDPOINT", "mentor", "3.5"]),
        )
    for model, rows, needles in tables:
        model.set_rows(rows)
        shown = [
            [model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())
        ]
        for needle in needles:
            model.set_filter(needle)
            expected = [cells for cells in shown if needle.lower() in " ".join(cells).lower()]
            found = [
                [model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())
            ]
            assert 0 < len(found) < len(shown) and found == expected, (type(model).__name__, needle)


@pytest.mark.parametrize("order", [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder])
def test_patching_rows_shows_what_setting_them_all_shows_under_sort_and_search(demo_file, order):
    """Rows changed, deleted and added in place (twice: after a deletion the rows move up) are
    shown as a model given the whole new list shows them, with the same sort and search."""
    _, goals = load(demo_file)

    def cells(model):
        return [
            tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())
        ]

    patched, rows = GoalTableModel(), list(goals)
    patched.set_rows(rows)
    patched.sort(2, order)  # by the goal's words: goals made from one template share them
    patched.set_filter("linkedin")
    for round_no in range(2):
        found = [r for r in rows if "linkedin" in r.specific.lower() and not r.id.startswith("new")]
        changed, deleted = found[round_no], found[-1 - round_no]  # both shown under the search
        # The new goal has the words of one already there: ties are placed as a whole sort places them.
        new = changed._replace(id=f"new-{round_no}", specific=found[2].specific)
        renamed = changed._replace(specific=f"Monthly LinkedIn digest {round_no}")
        other = next(r for r in rows if r is not changed and r is not deleted)
        gone = {deleted.id} | ({other.id} if round_no else set())  # one row deleted, then two
        rows = [renamed if r is changed else r for r in rows if r.id not in gone] + [new]
        patched.patch([renamed, new], {changed.id, new.id} | gone)
        whole = GoalTableModel()
        whole.set_rows(rows)
        whole.sort(2, order)
        whole.set_filter("linkedin")
        assert cells(patched) == cells(whole) and whole.rowCount() > 2
        assert cells(whole)[patched.first_shown([new])][2] == new.specific
        assert [r[2] for r in cells(whole)].count(new.specific) > 1  # a tie was placed
