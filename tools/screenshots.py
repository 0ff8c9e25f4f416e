"""Render every page and form on the demo program to PNG files, to look at them as a user would.

    python -m tools.screenshots OUTDIR [--scale 2] [--language id]

Runs offscreen; the demo file is made in a temporary folder, so nothing of the
user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def render(out: Path, file: Path | None = None, language: str = "en") -> list[Path]:
    from PySide6.QtWidgets import QWidget

    from rmdesk.demo import generate
    from rmdesk.domain.entities import Evaluation, Goal, PairStatus, Participant
    from rmdesk.gui.app import application, use_language
    from rmdesk.gui.board.suggestions import SuggestionsDialog
    from rmdesk.gui.dialogs.evaluation import EvaluationDialog
    from rmdesk.gui.dialogs.goal import GoalDialog
    from rmdesk.gui.dialogs.meeting import MeetingDialog
    from rmdesk.gui.dialogs.participant import ParticipantDialog
    from rmdesk.gui.dialogs.program import ProgramDialog
    from rmdesk.gui.dialogs.questionnaire import QuestionnaireDialog
    from rmdesk.gui.main_window import SECTIONS, MainWindow
    from rmdesk.matching.program import suggest_pairs
    from rmdesk.store import Document, queries

    app = application()
    use_language(language)
    out.mkdir(parents=True, exist_ok=True)
    if file is None:
        file = generate(Path(tempfile.mkdtemp()) / "Demo program.rmdesk")
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = MainWindow()
    window.resize(1280, 800)
    shot(window, "welcome")
    window.show_document(Document.open(file, snapshot=False))
    for row, (name, _, _) in enumerate(SECTIONS):
        window.navList.setCurrentRow(row)
        shot(window, name.lower().replace(" ", "-"))
    doc, program = window.document, window.program
    assert doc is not None and program is not None
    people = window.participants.model.people
    outsourced = doc.get(Participant, next(p.id for p in people.people if p.agency))
    shot(ParticipantDialog(doc, people, program, outsourced, window), "participant-form")
    empty = ParticipantDialog(doc, people, program, None, window)
    empty.emailEdit.setText("dewi@")
    empty.validate()
    shot(empty, "participant-form-errors")
    shot(ProgramDialog(doc, program, window), "program-form")
    labels = queries.pairs(doc, program.id)
    first_goal = doc.get(Goal, queries.goals(doc, program.id)[0].id)
    shot(GoalDialog(doc, program, labels, first_goal, window), "goal-form")
    shot(MeetingDialog(doc, program, labels, pair_id=labels[0].id, parent=window), "meeting-form")
    evaluation = doc.all(Evaluation, "stage = 'midpoint'")[0]
    shot(EvaluationDialog(doc, program, labels, evaluation, parent=window), "evaluation-form")
    shot(QuestionnaireDialog(doc, program, window), "questionnaire")
    board = window.pairing
    board.set_document(doc, program)
    cohort = board.cohort
    assert cohort is not None
    suggestion = suggest_pairs(cohort)
    names = {p.id: p.name for p in cohort.ctx.people.values()}
    shot(SuggestionsDialog(suggestion, names, window), "suggestions")
    # The moves of a pair and of the program, as the board and the window open them.
    proposed = next(p for p in cohort.pairs if p.status is PairStatus.PROPOSED)
    active = next(p for p in cohort.pairs if p.status is PairStatus.ACTIVE)
    shot(board.start_dialog(proposed), "start-pair")
    shot(board.end_dialog(active), "end-pair-early")
    shot(board.complete_dialog(active), "complete-pair")
    shot(window.start_program_dialog(doc, program)[0], "start-program")
    shot(window.close_program_dialog(doc, program), "close-program")
    window.go_to(board)
    board.pairsView.setCurrentIndex(board.models["pair"].index(board.models["pair"].row_of(active.id)))
    menu = board.pair_menu()
    shot(menu, "pair-menu")
    menu.close()
    window.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="UI scale, e.g. 2 for 200%%")
    parser.add_argument("--file", type=Path, help="an .rmdesk file instead of a fresh demo")
    parser.add_argument("--language", default="en", help='the window\'s language: "en" or "id"')
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ.setdefault("RMDESK_DATA_DIR", tempfile.mkdtemp())
    for path in render(args.out, args.file, args.language):
        print(path)
    sys.exit(0)


if __name__ == "__main__":
    main()
