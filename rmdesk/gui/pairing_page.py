"""The pairing board: unpaired reverse mentors, unpaired mentees, and pairs, moved by drag and drop.

Every move is one undoable step in the file. While a card is dragged over
another, the target shows the score the pair would have, or the rule it breaks.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from rmdesk.domain.entities import Pair, Participant, Program
from rmdesk.gui.board_cards import Card, CardModel, CardView, Preview
from rmdesk.gui.fields import fill_choices
from rmdesk.gui.forms.ui_pairing_page import Ui_PairingPage
from rmdesk.gui.meeting_dialog import MeetingDialog
from rmdesk.gui.page import Page
from rmdesk.gui.suggestions_dialog import SuggestionsDialog
from rmdesk.matching.program import (
    Cohort,
    Verdict,
    accept,
    load,
    make_pair,
    set_locked,
    suggest_pairs,
    swap,
    unpair,
)
from rmdesk.matching.proposals import Cancelled, Objective, Proposal, Suggestion
from rmdesk.matching.score import explain
from rmdesk.store import Document, DocumentError, queries

AREAS = ("mentor", "mentee", "pair")


def _topics(levels: dict[str, int]) -> str:
    best = sorted(levels.items(), key=lambda item: (-item[1], item[0]))[:3]
    return " · ".join(f"{topic} {level}" for topic, level in best)


def person_card(kind: str, person: Participant) -> Card:
    detail = " · ".join(x for x in (person.department, person.generation, person.job_title) if x)
    topics = _topics(person.topics_offered if kind == "mentor" else person.topics_wanted)
    return Card(
        kind=kind,
        id=person.id,
        title=person.name,
        detail=detail,
        topics=("Offers " if kind == "mentor" else "Wants ") + (topics or "nothing listed yet"),
        search=f"{person.name} {detail} {topics}".lower(),
    )


def pair_card(pair: Pair, mentor: Participant, mentee: Participant, cohort: Cohort) -> Card:
    """A pair's card; a pair made before scoring existed gets its score computed now."""
    if pair.score is None:
        score, reasons = explain(mentor, mentee, cohort.ctx.settings)
        pair = dataclasses.replace(pair, score=score, explanation=reasons)
    warnings = [line[len("Warning: ") :] for line in pair.explanation if line.startswith("Warning: ")]
    overridden = [line for line in pair.explanation if line.startswith("Rule overridden: ")]
    reasons = [line for line in pair.explanation if not line.startswith(("Warning: ", "Rule overridden: "))]
    return Card(
        kind="pair",
        id=pair.id,
        title=f"{mentor.name} → {mentee.name}",
        detail=" · ".join(
            x
            for x in (
                "Locked" if pair.locked else "",
                pair.status.label,
                f"{mentor.department} → {mentee.department}",
            )
            if x
        ),
        topics=reasons[0] if reasons else "",
        score=pair.score,
        warning=(overridden or warnings or [""])[0],
        locked=pair.locked,
        search=f"{mentor.name} {mentee.name} {mentor.department} {mentee.department}".lower(),
    )


class SuggestWorker(QThread):
    """Runs the optimiser off the GUI thread on a cohort already read from the file."""

    progressed = Signal(int, str)
    done = Signal(object)  # Suggestion
    failed = Signal(str)

    def __init__(self, cohort: Cohort, objective: Objective, parent: QWidget | None = None):
        super().__init__(parent)
        self.cohort, self.objective = cohort, objective
        self.cancelled = False

    def _progress(self, percent: int, step: str) -> None:
        if self.cancelled:
            raise Cancelled
        self.progressed.emit(percent, step)

    def run(self) -> None:
        try:
            self.done.emit(suggest_pairs(self.cohort, self.objective, self._progress))
        except Cancelled:
            self.failed.emit("")
        except Exception as error:  # shown to the officer; the file is untouched
            self.failed.emit(f"The suggestion could not be computed: {error}")


class PairingPage(Page, Ui_PairingPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.cohort: Cohort | None = None
        self.worker: SuggestWorker | None = None
        self._verdicts: dict[tuple[str, str], Verdict] = {}
        self.views: dict[str, CardView] = {
            "mentor": self.mentorsView,
            "mentee": self.menteesView,
            "pair": self.pairsView,
        }
        self.filters = {"mentor": self.mentorsFilter, "mentee": self.menteesFilter, "pair": self.pairsFilter}
        self.models = {area: CardModel(self) for area in AREAS}
        for area in AREAS:
            view = self.views[area]
            view.area = area
            view.setModel(self.models[area])
            view.dropped.connect(partial(self.on_drop, area))
            view.hovering.connect(partial(self.on_hover, area))
            view.selectionModel().selectionChanged.connect(self._update_buttons)
            self.filters[area].textChanged.connect(self.apply_filters)
        self.searchEdit.textChanged.connect(self.apply_filters)
        fill_choices(
            self.objectiveCombo,
            [
                ("Best total score", Objective.BEST_TOTAL.value),
                ("Most people paired", Objective.MOST_PAIRS.value),
            ],
        )
        self.suggestButton.clicked.connect(self.suggest)
        self.pairButton.clicked.connect(self.pair_selected)
        self.unpairButton.clicked.connect(self.unpair_selected)
        self.lockButton.clicked.connect(self.toggle_lock)
        self.meetingButton.clicked.connect(self.log_meeting)
        self.splitter.setSizes([300, 300, 420])
        self._update_buttons()

    # -- loading
    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        self._verdicts.clear()
        if self.doc is None or self.program is None:
            self.cohort = None
            for model in self.models.values():
                model.set_cards([])
        else:
            self.cohort = load(self.doc, self.program)
            self.build_cards(self.cohort)
        self._update_buttons()

    def build_cards(self, cohort: Cohort) -> None:
        people = cohort.ctx.people
        self.models["mentor"].set_cards(
            [person_card("mentor", p) for p in sorted(cohort.free_mentors(), key=lambda p: p.name.lower())]
        )
        self.models["mentee"].set_cards(
            [person_card("mentee", p) for p in sorted(cohort.free_mentees(), key=lambda p: p.name.lower())]
        )
        pairs = sorted(cohort.pairs, key=lambda p: people[p.mentor_id].name.lower())
        self.models["pair"].set_cards(
            [pair_card(p, people[p.mentor_id], people[p.mentee_id], cohort) for p in pairs]
        )
        self.apply_filters()

    def apply_filters(self) -> None:
        for area in AREAS:
            self.models[area].set_filter(self.searchEdit.text(), self.filters[area].text())
        counts = {area: self.models[area].rowCount() for area in AREAS}
        self.mentorsTitle.setText(f"Reverse mentors without a mentee ({counts['mentor']:,})")
        self.menteesTitle.setText(f"Mentees without a reverse mentor ({counts['mentee']:,})")
        self.pairsTitle.setText(f"Pairs ({counts['pair']:,})")

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # -- what a move would do
    def _pair_of(self, pair_id: str) -> Pair | None:
        assert self.cohort is not None
        return next((p for p in self.cohort.pairs if p.id == pair_id), None)

    def _plan(self, kind: str, card_id: str, target: Card | None, area: str) -> tuple[str, str, str] | None:
        """(move, mentor id, mentee id) for a card dropped on ``target`` in ``area``."""
        if kind in ("mentor", "mentee") and target is not None and target.kind in ("mentor", "mentee"):
            if target.kind == kind:
                return None
            mentor, mentee = (card_id, target.id) if kind == "mentor" else (target.id, card_id)
            return ("pair", mentor, mentee)
        if kind in ("mentor", "mentee") and target is not None and target.kind == "pair":
            pair = self._pair_of(target.id)
            if pair is None:
                return None
            return (
                ("swap", card_id, pair.mentee_id) if kind == "mentor" else ("swap", pair.mentor_id, card_id)
            )
        if kind == "pair" and area in ("mentor", "mentee"):
            return ("unpair", "", "")
        return None

    def verdict(self, mentor_id: str, mentee_id: str) -> Verdict:
        key = (mentor_id, mentee_id)
        if key not in self._verdicts:
            assert self.cohort is not None
            self._verdicts[key] = self.cohort.verdict(mentor_id, mentee_id)
        return self._verdicts[key]

    def on_hover(self, area: str, kind: str, card_id: str, target: Card | None) -> None:
        model = self.models[area]
        plan = self._plan(kind, card_id, target, area) if self.cohort else None
        if plan is None or target is None or plan[0] == "unpair":
            model.set_preview(None)
            return
        verdict = self.verdict(plan[1], plan[2])
        text = f"{verdict.score:g}" if verdict.allowed else "✕ " + verdict.broken[0]
        model.set_preview(Preview(model.row_of(target.id), text, verdict.allowed))

    # -- moves
    def confirm_override(self, question: str) -> bool:
        """Asked when a move breaks a hard rule; tests replace it."""
        answer = QMessageBox.warning(
            self,
            "This pair breaks a rule",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, message: str) -> None:
        """A short notice about a move that cannot be made; tests replace it."""
        QMessageBox.information(self, "Pairing board", message)

    def _allowed(self, mentor_id: str, mentee_id: str) -> bool:
        verdict = self.verdict(mentor_id, mentee_id)
        if verdict.allowed:
            return True
        assert self.cohort is not None
        names = f"{self.cohort.person(mentor_id).name} and {self.cohort.person(mentee_id).name}"
        rules = "\n".join(f"• {b}" for b in verdict.broken)
        return self.confirm_override(f"Pairing {names} breaks these rules:\n{rules}\n\nPair them anyway?")

    def on_drop(self, area: str, kind: str, card_id: str, target: Card | None) -> None:
        if self.doc is None or self.cohort is None:
            return
        plan = self._plan(kind, card_id, target, area)
        if plan is None:
            return
        move, mentor_id, mentee_id = plan
        try:
            if move == "unpair":
                pair = self._pair_of(card_id)
                if pair is None:
                    return
                if pair.locked:
                    self.tell("This pair is locked. Unlock it first.")
                    return
                unpair(self.doc, self.cohort, pair)
            elif not self._allowed(mentor_id, mentee_id):
                return
            elif move == "pair":
                make_pair(self.doc, self.cohort, mentor_id, mentee_id)
            else:
                assert target is not None
                pair = self._pair_of(target.id)
                if pair is None:
                    return
                if pair.locked:
                    self.tell("This pair is locked. Unlock it first.")
                    return
                swap(self.doc, self.cohort, pair, card_id)
        except DocumentError as error:
            self.tell(str(error))
        self.changed.emit()

    def _selected(self, area: str) -> Card | None:
        rows = self.views[area].selectionModel().selectedIndexes()
        return self.models[area].card(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        ready = self.cohort is not None
        mentor, mentee, pair = (self._selected(a) if ready else None for a in AREAS)
        self.suggestButton.setEnabled(ready)
        self.pairButton.setEnabled(bool(mentor and mentee))
        self.unpairButton.setEnabled(bool(pair))
        self.lockButton.setEnabled(bool(pair))
        self.meetingButton.setEnabled(bool(pair))
        self.lockButton.setText("Un&lock" if pair and pair.locked else "&Lock")

    def pair_selected(self) -> None:
        """The keyboard way to pair: select a reverse mentor and a mentee, then press Pair Selected."""
        mentor, mentee = self._selected("mentor"), self._selected("mentee")
        if mentor and mentee:
            self.on_drop("mentee", "mentor", mentor.id, mentee)

    def unpair_selected(self) -> None:
        pair = self._selected("pair")
        if pair:
            self.on_drop("mentor", "pair", pair.id, None)

    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; tests replace it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def log_meeting(self) -> None:
        """Log a meeting for the selected pair, straight from its card."""
        card = self._selected("pair")
        if card and self.doc and self.program:
            pairs = queries.pairs(self.doc, self.program.id)
            if self.open_dialog(MeetingDialog(self.doc, self.program, pairs, pair_id=card.id, parent=self)):
                self.changed.emit()

    def toggle_lock(self) -> None:
        card = self._selected("pair")
        pair = self._pair_of(card.id) if card and self.cohort else None
        if self.doc and self.cohort and pair:
            set_locked(self.doc, self.cohort, pair, not pair.locked)
            self.changed.emit()

    # -- suggestions
    def suggest(self) -> None:
        if self.cohort is None or self.worker is not None:
            return
        objective = Objective(self.objectiveCombo.currentData())
        self.worker = SuggestWorker(self.cohort, objective, self)
        dialog = QProgressDialog("Scoring every possible pair...", "Cancel", 0, 100, self)
        dialog.setWindowTitle("Suggest pairs")
        dialog.setMinimumDuration(300)
        self.worker.progressed.connect(dialog.setValue)
        self.worker.progressed.connect(lambda _, step: dialog.setLabelText(step))
        dialog.canceled.connect(self._cancel)
        self.worker.done.connect(lambda result: self._suggested(result, dialog))
        self.worker.failed.connect(lambda message: self._suggest_failed(message, dialog))
        self.worker.start()

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True

    def _finish_worker(self, dialog: QProgressDialog) -> None:
        dialog.reset()
        dialog.deleteLater()
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None

    def _suggest_failed(self, message: str, dialog: QProgressDialog) -> None:
        self._finish_worker(dialog)
        if message:
            QMessageBox.warning(self, "Suggest pairs", message)

    def _suggested(self, result: Suggestion, dialog: QProgressDialog) -> None:
        self._finish_worker(dialog)
        chosen = self.review(result)
        if chosen and self.doc and self.program:
            accept(self.doc, self.program, chosen)
            self.changed.emit()

    def review(self, result: Suggestion) -> list[Proposal]:
        """Show the proposals; returns the ones the officer accepts. Tests replace it."""
        assert self.cohort is not None
        dialog = SuggestionsDialog(result, {p.id: p.name for p in self.cohort.ctx.people.values()}, self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
