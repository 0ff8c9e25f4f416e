"""Every dialog of the app, opened on the demo file as a user would meet it (filled in, not empty).

Used by the size tests, in the test process and in a child process at another scale factor.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog

import rmdesk.gui
from rmdesk.domain.entities import Evaluation, Goal, Participant
from rmdesk.gui.main_window import MainWindow
from rmdesk.store import queries


def dialog_classes() -> set[type[QDialog]]:
    """The dialogs rmdesk.gui defines (not the bases they share), found by importing every module."""
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(rmdesk.gui.__path__, "rmdesk.gui."):
        if module_info.name.endswith(("__main__", "screenshots")) or ".forms." in module_info.name:
            continue
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return {c for c in found if not any(other is not c and issubclass(other, c) for other in found)}


def open_every_dialog(window: MainWindow) -> dict[str, QDialog]:
    """One of each dialog on the window's document and program, children of the window."""
    from rmdesk.gui.board.suggestions import SuggestionsDialog
    from rmdesk.gui.dialogs.erase import EraseDialog
    from rmdesk.gui.dialogs.evaluation import EvaluationDialog
    from rmdesk.gui.dialogs.export import ExportDialog
    from rmdesk.gui.dialogs.goal import GoalDialog
    from rmdesk.gui.dialogs.help import AboutDialog, CrashLogDialog, GuideDialog, ShortcutsDialog
    from rmdesk.gui.dialogs.import_people import ImportPeopleDialog
    from rmdesk.gui.dialogs.matching import MatchingDialog
    from rmdesk.gui.dialogs.meeting import MeetingDialog
    from rmdesk.gui.dialogs.move import MoveDialog
    from rmdesk.gui.dialogs.not_opened import NotOpenedDialog
    from rmdesk.gui.dialogs.organisation import OrganisationDialog
    from rmdesk.gui.dialogs.participant import ParticipantDialog
    from rmdesk.gui.dialogs.passphrase import PassphraseDialog, Purpose
    from rmdesk.gui.dialogs.preferences import PreferencesDialog
    from rmdesk.gui.dialogs.program import ProgramDialog
    from rmdesk.gui.dialogs.questionnaire import QuestionnaireDialog
    from rmdesk.gui.dialogs.restore_snapshot import RestoreSnapshotDialog, read_contents
    from rmdesk.matching.program import suggest_pairs
    from rmdesk.store import snapshots

    doc, program = window.document, window.program
    assert doc is not None and program is not None
    people = window.participants.model.people
    outsourced = doc.get(Participant, next(p.id for p in people.people if p.agency))
    labels = queries.pairs(doc, program.id)
    window.pairing.set_document(doc, program)
    cohort = window.pairing.cohort
    assert cohort is not None
    names = {p.id: p.name for p in cohort.ctx.people.values()}
    found = snapshots.for_document(doc.path, doc.passphrase)
    return {
        "participant": ParticipantDialog(doc, people, program, outsourced, window),
        "program": ProgramDialog(doc, program, window),
        "goal": GoalDialog(doc, program, labels, doc.get(Goal, queries.goals(doc, program.id)[0].id), window),
        "meeting": MeetingDialog(doc, program, labels, pair_id=labels[0].id, parent=window),
        "evaluation": EvaluationDialog(
            doc, program, labels, doc.all(Evaluation, "stage = 'midpoint'")[0], parent=window
        ),
        "questionnaire": QuestionnaireDialog(doc, program, window),
        "matching": MatchingDialog(doc, program, window),
        "organisation": OrganisationDialog(doc, window),
        "suggestions": SuggestionsDialog(suggest_pairs(cohort), names, window),
        "move": MoveDialog(
            "Close program",
            f"Closing {program.name} completes its active pairs on the date below.",
            on=dt.date.today(),
            ok_text="Close Program",
            notes=[f"{label.text}: no final evaluation yet" for label in labels[:8]],
            parent=window,
        ),
        "restore-snapshot": RestoreSnapshotDialog(
            read_contents(found, doc.passphrase), doc.path.name, window
        ),
        "not-opened": NotOpenedDialog(doc.path.with_name("Program report.pdf"), lambda path: False, window),
        "import-people": ImportPeopleDialog(doc, program, window),
        "export": ExportDialog(window),
        "erase": EraseDialog(doc, window, person_id=outsourced.id),
        "passphrase": PassphraseDialog(Purpose.CHANGE, doc.path.name, window),
        "preferences": PreferencesDialog(window),
        "guide": GuideDialog(window),
        "shortcuts": ShortcutsDialog(window),
        "about": AboutDialog(window),
        "crash-log": CrashLogDialog(window),
    }
