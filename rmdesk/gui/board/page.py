"""The pairing board: unpaired reverse mentors, unpaired mentees, and pairs, moved by drag and drop.

Every move is one undoable step in the file. While a card is dragged over
another, the target shows the score the pair would have, or the rule it breaks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from rmdesk.domain import i18n
from rmdesk.domain.entities import Pair, PairStatus, Participant, Program
from rmdesk.domain.words import points
from rmdesk.gui.board.cards import Card, CardModel, CardView, Preview
from rmdesk.gui.board.suggestions import SuggestionsDialog
from rmdesk.gui.dialogs.meeting import MeetingDialog
from rmdesk.gui.dialogs.move import MoveDialog
from rmdesk.gui.dialogs.participant import ParticipantDialog
from rmdesk.gui.forms.ui_pairing_page import Ui_PairingPage
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.fields import dark_palette, fill_choices
from rmdesk.gui.work import LongWork, Messages, attempt
from rmdesk.matching.board import Move, plan
from rmdesk.matching.program import (
    Cohort,
    PairLine,
    Verdict,
    accept,
    load,
    make_pair,
    open_pairs,
    set_locked,
    suggest_pairs,
    swap,
    unpair,
)
from rmdesk.matching.proposals import Objective, Proposal, Suggestion
from rmdesk.matching.score import explain
from rmdesk.store import Document, lifecycle, queries
from rmdesk.store.codec import loads

AREAS = ("mentor", "mentee", "pair")
BLANK = (None, "", "[]")
OVERRIDDEN, WARNING = "Rule overridden: ", "Warning: "  # how a stored explanation marks its texts


def _topics(levels: dict[str, int]) -> str:
    if not levels:
        return ""
    best = sorted(levels.items(), key=lambda item: (-item[1], item[0]))[:3]
    return " · ".join(f"{topic} {level}" for topic, level in best)


def person_cards(kind: str, people: Iterable[Participant]) -> list[Card]:
    """The cards of free people, the card's words translated once for them all."""
    mentor = kind == "mentor"
    offers = QCoreApplication.translate("PairingPage", "Offers {topics}")
    wants = QCoreApplication.translate("PairingPage", "Wants {topics}")
    shown = offers if mentor else wants
    nothing = shown.format(topics=QCoreApplication.translate("PairingPage", "nothing listed yet"))
    cards = []
    for person in people:
        detail = " · ".join(x for x in (person.department, person.generation, person.job_title) if x)
        topics = _topics(person.topics_offered if mentor else person.topics_wanted)
        cards.append(
            Card(
                kind=kind,
                id=person.id,
                title=person.name,
                detail=detail,
                topics=shown.format(topics=topics) if topics else nothing,
                search=f"{person.name} {detail} {topics}".lower(),
            )
        )
    return cards


def person_card(kind: str, person: Participant) -> Card:
    return person_cards(kind, [person])[0]


class PairWords(NamedTuple):
    """The words every pair card may say, translated once for a whole board."""

    locked: str
    active_since: str
    overridden: str  # "Rule overridden: " before a rule broken on purpose
    statuses: dict[str, str]  # stored value -> label

    @classmethod
    def now(cls) -> PairWords:
        return cls(
            QCoreApplication.translate("PairingPage", "Locked"),
            QCoreApplication.translate("PairingPage", "Active since {date}"),
            QCoreApplication.translate("PairingPage", "Rule overridden: "),
            {status.value: status.label for status in PairStatus},
        )


def pair_cards(lines: Iterable[PairLine], cohort: Cohort) -> list[Card]:
    words = PairWords.now()
    return [pair_card(line, cohort, words) for line in lines]


def pair_card(line: PairLine, cohort: Cohort, words: PairWords | None = None) -> Card:
    """A pair's card; a pair made before scoring existed gets its score computed now."""
    words = words or PairWords.now()
    stored = line.explanation
    score, explanation = line.score, loads(stored) if stored not in BLANK else []
    if score is None:
        score, explanation = explain(
            cohort.person(line.mentor_id), cohort.person(line.mentee_id), cohort.ctx.settings
        )
        stored = None
    warning = reason = ""
    # Most stored texts carry no mark anywhere (none escaped either): their first text is the reason.
    unmarked = (
        stored is not None and OVERRIDDEN not in stored and WARNING not in stored and "\\" not in stored
    )
    for text in explanation[:1] if unmarked else explanation:
        # the first rule overridden, else the first warning; the first reason
        if text.startswith(OVERRIDDEN):  # the stored marks stay English; shown translated
            if not warning.startswith(words.overridden):
                warning = words.overridden + text[len(OVERRIDDEN) :]
        elif text.startswith(WARNING):
            warning = warning or text[len(WARNING) :]
        elif not reason:
            reason = text
    locked = bool(line.locked)
    departments = f"{line.mentor_department} → {line.mentee_department}"
    return Card(
        kind="pair",
        id=line.id,
        title=f"{line.mentor_name} → {line.mentee_name}",
        status=line.status,
        status_text=status_text(line.status, line.started_on, line.ended_on, words),
        detail=f"{words.locked} · {departments}" if locked and words.locked else departments,
        topics=reason,
        score=score,
        warning=warning,
        locked=locked,
        search=" ".join(
            (line.mentor_name, line.mentee_name, line.mentor_department, line.mentee_department)
        ).lower(),
    )


ACTIVE = PairStatus.ACTIVE.value  # as stored; read once (``.value`` is a slow descriptor)


def status_text(status: str, started_on: object, ended_on: object, words: PairWords) -> str:
    """The status in words, with its date: "Active since 2026-06-07"."""
    if status == ACTIVE and started_on:
        return words.active_since.format(date=started_on)
    if ended_on and status != ACTIVE:
        return f"{words.statuses[status]} {ended_on}"
    return words.statuses[status]


HINT_STYLE = {True: "color: #166a31; font-weight: 600;", False: "color: #b00020; font-weight: 600;"}
HINT_STYLE_ON_DARK = {True: "color: #81c995; font-weight: 600;", False: "color: #ff8a80; font-weight: 600;"}
QWIDGETSIZE_MAX = (1 << 24) - 1


def fit_lines(text: str, metrics: QFontMetrics, width: int, height: int) -> str:
    """``text``, or as many of its first words as fit ``width`` x ``height`` when wrapped, and "…"."""
    if width <= 0:
        return text
    flags = Qt.TextFlag.TextWordWrap

    def fits(shown: str) -> bool:
        return metrics.boundingRect(0, 0, width, 1 << 20, flags, shown).height() <= height

    if fits(text):
        return text
    words = text.split()
    while len(words) > 1 and not fits(" ".join(words) + "…"):
        words.pop()
    return " ".join(words) + "…"


class PairingPage(Page, Ui_PairingPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.cohort: Cohort | None = None
        self.worker: LongWork[Suggestion] | None = None
        self._verdicts: dict[tuple[str, str], Verdict] = {}
        # Each free person's card with the person it was made from: the document hands out the
        # same people until they change, so a board shown again makes only the changed cards.
        self._cards: dict[tuple[str, str], tuple[Participant, Card]] = {}
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
                (self.tr("Best total score"), Objective.BEST_TOTAL.value),
                (self.tr("Most people paired"), Objective.MOST_PAIRS.value),
            ],
        )
        self.suggestButton.clicked.connect(self.suggest)
        self.pairButton.clicked.connect(self.pair_selected)
        self.unpairButton.clicked.connect(self.unpair_selected)
        self.lockButton.clicked.connect(self.toggle_lock)
        self.meetingButton.clicked.connect(self.log_meeting)
        self.startButton.clicked.connect(self.start_selected)
        self.endButton.clicked.connect(self.end_selected)
        self.completeButton.clicked.connect(self.complete_selected)
        self.personMenu = QMenu(self)
        self.personMenu.aboutToShow.connect(self._fill_person_menu)
        self.personButton.setMenu(self.personMenu)
        self.pairsView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pairsView.customContextMenuRequested.connect(self._context_menu)
        self.hint = self.hintLabel.text()
        self._show_hint(None)
        self.splitter.setSizes([300, 300, 420])
        self._update_buttons()

    # -- loading
    def set_document(self, doc: Document | None, program: Program | None) -> None:
        if doc is not self.doc:
            self._cards.clear()  # another file, or none (closed or locked): nothing of it kept
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        self._verdicts.clear()
        if self.doc is None or self.program is None:
            self.cohort = None
            for model in self.models.values():
                model.set_cards([])
        else:
            self.cohort = load(self.doc, self.program, as_needed=True)
            self.build_cards(self.cohort)
        self._update_buttons()

    def build_cards(self, cohort: Cohort) -> None:
        self.models["mentor"].set_cards(self._person_cards("mentor", cohort.free_mentors()))
        self.models["mentee"].set_cards(self._person_cards("mentee", cohort.free_mentees()))
        self.models["pair"].set_cards(pair_cards(cohort.lines.values(), cohort))
        self.apply_filters()

    def _person_cards(self, kind: str, people: list[Participant]) -> list[Card]:
        made = self._cards
        new = [p for p in people if made.get((kind, p.id), (None,))[0] is not p]
        made.update(((kind, p.id), (p, card)) for p, card in zip(new, person_cards(kind, new), strict=True))
        return [made[kind, p.id][1] for p in people]

    def show_move(self, touched: set[str]) -> None:
        """Show what a move did by changing only the cards of the people it touched (and their
        pairs): a drop is saved and shown within a frame, never by rebuilding 5,000 cards."""
        doc, cohort, program = self.doc, self.cohort, self.program
        if doc is None or cohort is None or program is None or not touched:
            return
        now = open_pairs(doc, program.id, sorted(touched))
        before = [
            line for line in cohort.lines.values() if line.mentor_id in touched or line.mentee_id in touched
        ]
        cohort.replace_pairs([line.id for line in before], now)
        current = {line.id for line in now}
        for gone in before:
            if gone.id not in current:
                self.models["pair"].remove_card(gone.id)
                ended = doc.find(Pair, gone.id)
                if ended is not None:  # ended, not removed: the rules now know they were paired
                    cohort.ctx.earlier[(gone.mentor_id, gone.mentee_id)] = "this program"
        people = cohort.ctx.people
        for card in pair_cards(now, cohort):
            self.models["pair"].put_card(card)
        seats, paired = cohort.seats_left(), {line.mentee_id for line in cohort.lines.values()}
        for person_id in touched:
            person = people.get(person_id)
            if person is None:
                continue
            if person_id in seats:
                self._show_person("mentor", person, seats[person_id] > 0)
            elif person_id in cohort.mentee_set:
                self._show_person("mentee", person, person_id not in paired)
        self._verdicts.clear()
        self._titles()
        self._update_buttons()
        self.edited.emit()

    def _show_person(self, area: str, person: Participant, free: bool) -> None:
        if free:
            self.models[area].put_card(person_card(area, person))
        else:
            self.models[area].remove_card(person.id)

    def apply_filters(self) -> None:
        for area in AREAS:
            self.models[area].set_filter(self.searchEdit.text(), self.filters[area].text())
        self._titles()

    def _titles(self) -> None:
        counts = {area: i18n.current().number(self.models[area].rowCount()) for area in AREAS}
        self.mentorsTitle.setText(self.tr("Reverse mentors without a mentee") + f" ({counts['mentor']})")
        self.menteesTitle.setText(self.tr("Mentees without a reverse mentor") + f" ({counts['mentee']})")
        self.pairsTitle.setText(self.tr("Pairs") + f" ({counts['pair']})")

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # -- what a move would do
    def _pair_of(self, pair_id: str) -> Pair | None:
        assert self.cohort is not None
        return self.cohort.pair(pair_id)

    def _plan(self, kind: str, card_id: str, target: Card | None, area: str) -> Move | None:
        """The move a card dropped on ``target`` in ``area`` makes (decided in the core)."""
        if self.cohort is None:
            return None
        return plan(
            self.cohort,
            kind,  # type: ignore[arg-type]
            card_id,
            target.kind if target else None,  # type: ignore[arg-type]
            target.id if target else None,
            area,  # type: ignore[arg-type]
        )

    def verdict(self, mentor_id: str, mentee_id: str) -> Verdict:
        key = (mentor_id, mentee_id)
        if key not in self._verdicts:
            assert self.cohort is not None
            self._verdicts[key] = self.cohort.verdict(mentor_id, mentee_id)
        return self._verdicts[key]

    def on_hover(self, area: str, kind: str, card_id: str, target: Card | None) -> None:
        """While a card is dragged: the target card and the line above the board say what a drop does."""
        model = self.models[area]
        move = self._plan(kind, card_id, target, area) if card_id else None
        if move is None or target is None or move.kind == "unpair":
            model.set_preview(None)
            self._show_hint(None)
            return
        assert self.cohort is not None
        row = model.row_of(target.id)
        name = self.cohort.person(card_id).name
        names = self.tr("{mentor} with {mentee}").format(
            mentor=self.cohort.person(move.mentor_id).name, mentee=self.cohort.person(move.mentee_id).name
        )
        if move.refusal:
            model.set_preview(Preview(row, self.tr("locked: unlock the pair first"), False))
            self._show_hint(
                self.tr("✕ {pair} is locked: unlock it first to put {name} in it.").format(
                    pair=target.title, name=name
                ),
                False,
            )
            return
        verdict = self.verdict(move.mentor_id, move.mentee_id)
        text = points(verdict.score) if verdict.allowed else verdict.broken[0]
        model.set_preview(Preview(row, text, verdict.allowed))
        rules = "; ".join(verdict.broken)
        if move.kind == "pair" and verdict.allowed:
            self._show_hint(
                self.tr("Drop to pair {names}: score {score}.").format(names=names, score=text), True
            )
        elif move.kind == "pair":
            self._show_hint(
                self.tr("✕ Pairing {names} breaks a rule: {rules}.").format(names=names, rules=rules), False
            )
        else:
            leaving = self.cohort.person(move.leaving_id).name
            if verdict.allowed:
                if move.ends_a_started_pair:
                    hint = self.tr(
                        "Drop to put {name} in place of {leaving} (their pair ends early): "
                        "{names}, score {score}."
                    )
                else:
                    hint = self.tr("Drop to put {name} in place of {leaving}: {names}, score {score}.")
                self._show_hint(hint.format(name=name, leaving=leaving, names=names, score=text), True)
            else:
                self._show_hint(
                    self.tr("✕ Putting {name} in place of {leaving} breaks a rule: {rules}.").format(
                        name=name, leaving=leaving, rules=rules
                    ),
                    False,
                )

    def _show_hint(self, text: str | None, allowed: bool = True) -> None:
        """The line above the board: how to use it, or what the drop under way would do. It keeps its
        height during a drag (at least two lines), so the cards never move under the pointer."""
        label = self.hintLabel
        label.setStyleSheet(
            (HINT_STYLE_ON_DARK if dark_palette(label) else HINT_STYLE)[allowed] if text else ""
        )
        label.ensurePolished()
        lines = QFontMetrics(label.font()).lineSpacing() * 2 + label.contentsMargins().top() * 2
        if not text:
            label.setText(self.hint)
            label.setMinimumHeight(lines)
            label.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        height = max(label.height(), lines)
        label.setFixedHeight(height)
        label.setText(fit_lines(text, QFontMetrics(label.font()), label.contentsRect().width(), height))

    # -- moves
    def confirm_override(self, question: str) -> bool:
        """Asked when a move breaks a hard rule; tests replace it."""
        answer = QMessageBox.warning(
            self,
            self.tr("This pair breaks a rule"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, message: str) -> None:
        """A move that cannot be made, said the one way refusals are."""
        Messages.refusal(self, self.tr("Pairing board"), message)

    def _allowed(self, mentor_id: str, mentee_id: str) -> bool:
        verdict = self.verdict(mentor_id, mentee_id)
        if verdict.allowed:
            return True
        assert self.cohort is not None
        names = self.tr("{mentor} and {mentee}").format(
            mentor=self.cohort.person(mentor_id).name, mentee=self.cohort.person(mentee_id).name
        )
        rules = "\n".join(f"• {b}" for b in verdict.broken)
        return self.confirm_override(
            self.tr("Pairing {names} breaks these rules:").format(names=names)
            + f"\n{rules}\n\n"
            + self.tr("Pair them anyway?")
        )

    def on_drop(self, area: str, kind: str, card_id: str, target: Card | None) -> None:
        doc, cohort = self.doc, self.cohort
        move = self._plan(kind, card_id, target, area)
        if doc is None or cohort is None or move is None:
            return
        self._show_hint(None)
        if move.refusal:
            self.tell(move.refusal)
            return
        pair = move.pair
        if move.kind == "unpair" and pair is not None:
            if move.ends_a_started_pair:
                self.end_early(pair)
            else:
                self._run(
                    self.tr("Unpair"), lambda: unpair(doc, cohort, pair), {pair.mentor_id, pair.mentee_id}
                )
            return
        if not self._allowed(move.mentor_id, move.mentee_id):
            return
        if move.kind == "pair":
            self._run(
                self.tr("Pair"),
                lambda: make_pair(doc, cohort, move.mentor_id, move.mentee_id),
                {move.mentor_id, move.mentee_id},
            )
        elif pair is not None and move.ends_a_started_pair:
            asked = self._ask_end(
                pair,
                self.tr("{name} replaced on the pairing board").format(
                    name=cohort.person(move.leaving_id).name
                ),
            )
            if asked is not None:
                on, reason = asked
                self._run(
                    self.tr("Swap"),
                    lambda: swap(doc, cohort, pair, card_id, reason=reason, on=on),
                    {pair.mentor_id, pair.mentee_id, card_id},
                )
        elif pair is not None:
            self._run(
                self.tr("Swap"),
                lambda: swap(doc, cohort, pair, card_id),
                {pair.mentor_id, pair.mentee_id, card_id},
            )

    def _selected(self, area: str) -> Card | None:
        rows = self.views[area].selectionModel().selectedIndexes()
        return self.models[area].card(rows[0]) if rows else None

    def selected_pair(self) -> Pair | None:
        card = self._selected("pair") if self.cohort else None
        return self._pair_of(card.id) if card else None

    def _update_buttons(self) -> None:
        ready = self.cohort is not None
        mentor, mentee = (self._selected(a) if ready else None for a in ("mentor", "mentee"))
        pair = self.selected_pair()
        proposed = pair is not None and pair.status is PairStatus.PROPOSED
        active = pair is not None and pair.status is PairStatus.ACTIVE
        self.suggestButton.setEnabled(ready)
        self.pairButton.setEnabled(bool(mentor and mentee))
        self.startButton.setEnabled(proposed)
        self.endButton.setEnabled(active)
        self.completeButton.setEnabled(active)
        self.unpairButton.setEnabled(proposed)
        self.lockButton.setEnabled(pair is not None)
        self.meetingButton.setEnabled(pair is not None)
        self.personButton.setEnabled(pair is not None)
        self.lockButton.setText(self.tr("Un&lock") if pair and pair.locked else self.tr("&Lock"))

    def pair_selected(self) -> None:
        """The keyboard way to pair: select a reverse mentor and a mentee, then press Pair Selected."""
        mentor, mentee = self._selected("mentor"), self._selected("mentee")
        if mentor and mentee:
            self.on_drop("mentee", "mentor", mentor.id, mentee)

    def unpair_selected(self) -> None:
        pair = self._selected("pair")
        if pair:
            self.on_drop("mentor", "pair", pair.id, None)

    # -- a pair's life: start, end early, complete
    def _names(self, pair: Pair) -> str:
        assert self.cohort is not None
        return self.tr("{mentor} and {mentee}").format(
            mentor=self.cohort.person(pair.mentor_id).name, mentee=self.cohort.person(pair.mentee_id).name
        )

    def _first_day(self) -> dt.date:
        """Pairs start today, or on the program's first day if it is still ahead."""
        today = dt.date.today()
        start = self.program.start_date if self.program else None
        return start if start and start > today else today

    def _last_day(self) -> dt.date:
        today = dt.date.today()
        end = self.program.end_date if self.program else None
        return end if end and end < today else today

    def _run(self, move: str, work: Callable[[], object], touched: set[str] | None = None) -> None:
        """Run a move on the file; a refusal is said in a sentence. The cards of the people it
        ``touched`` are redrawn; without them, the whole window reloads."""
        if not attempt(self, move, work):
            return
        if touched is None:
            self.changed.emit()
        else:
            self.show_move(touched)

    def start_dialog(self, pair: Pair) -> MoveDialog:
        return MoveDialog(
            self.tr("Start pair"),
            self.tr(
                "{names} start working together. From this date the pair counts for "
                "meetings, alerts and evaluations."
            ).format(names=self._names(pair)),
            on=self._first_day(),
            ok_text=self.tr("Start Pair"),
            parent=self,
        )

    def start_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None or self.doc is None:
            return
        dialog = self.start_dialog(pair)
        if self.open_dialog(dialog) and (on := dialog.date()):
            doc = self.doc
            self._run(
                self.tr("Start pair"),
                lambda: lifecycle.start_pairs(doc, [pair], on),
                {pair.mentor_id, pair.mentee_id},
            )

    def end_dialog(self, pair: Pair, reason: str = "") -> MoveDialog:
        dialog = MoveDialog(
            self.tr("End pair early"),
            self.tr(
                "{names} stop before the program ends. Their meetings, goals and evaluations "
                "are kept, and each can be paired again with someone else."
            ).format(names=self._names(pair)),
            on=dt.date.today(),
            ok_text=self.tr("End Early"),
            ask_reason=True,
            parent=self,
        )
        if reason:
            dialog.reasonCombo.setEditText(reason)
        return dialog

    def _ask_end(self, pair: Pair, reason: str = "") -> tuple[dt.date, str] | None:
        """The date and the reason a started pair ends early, or None if the officer cancels."""
        dialog = self.end_dialog(pair, reason)
        if self.open_dialog(dialog) and (on := dialog.date()):
            return on, dialog.reason()
        return None

    def end_early(self, pair: Pair) -> None:
        asked = self._ask_end(pair)
        if asked and self.doc:
            doc = self.doc
            self._run(
                self.tr("End pair early"),
                lambda: lifecycle.end_pair(doc, pair, *asked),
                {pair.mentor_id, pair.mentee_id},
            )

    def end_selected(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.end_early(pair)

    def complete_dialog(self, pair: Pair) -> MoveDialog:
        return MoveDialog(
            self.tr("Complete pair"),
            self.tr("{names} finished their work together as planned.").format(names=self._names(pair)),
            on=self._last_day(),
            ok_text=self.tr("Complete"),
            parent=self,
        )

    def complete_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None or self.doc is None:
            return
        dialog = self.complete_dialog(pair)
        if self.open_dialog(dialog) and (on := dialog.date()):
            doc = self.doc
            self._run(
                self.tr("Complete pair"),
                lambda: lifecycle.complete_pairs(doc, [pair], on),
                {pair.mentor_id, pair.mentee_id},
            )

    def open_person(self, person_id: str) -> None:
        if self.doc is None or self.program is None:
            return
        people = queries.people(self.doc, self.program.id)
        person = self.doc.get(Participant, person_id)
        if self.open_dialog(ParticipantDialog(self.doc, people, self.program, person, self)):
            self.changed.emit()

    def _fill_person_menu(self) -> None:
        self.personMenu.clear()
        pair = self.selected_pair()
        if pair is not None and self.cohort is not None:
            people = (
                (self.tr("Reverse mentor: {name}"), pair.mentor_id),
                (self.tr("Mentee: {name}"), pair.mentee_id),
            )
            for text, person_id in people:
                action = self.personMenu.addAction(text.format(name=self.cohort.person(person_id).name))
                action.triggered.connect(partial(self.open_person, person_id))

    def pair_menu(self) -> QMenu:
        """Everything the selected pair can do, as the right-click menu shows it."""
        menu = QMenu(self)
        pair = self.selected_pair()
        if pair is None or self.cohort is None:
            return menu
        proposed, active = pair.status is PairStatus.PROPOSED, pair.status is PairStatus.ACTIVE

        def add(text: str, slot: object, enabled: bool = True) -> QAction:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            action.setEnabled(enabled)
            return action

        add(self.tr("S&tart..."), self.start_selected, proposed)
        add(self.tr("Log &Meeting..."), self.log_meeting)
        add(self.tr("En&d Early..."), self.end_selected, active)
        add(self.tr("C&omplete..."), self.complete_selected, active)
        add(self.tr("Un&lock") if pair.locked else self.tr("&Lock"), self.toggle_lock)
        add(self.tr("&Unpair"), self.unpair_selected, proposed and not pair.locked)
        menu.addSeparator()
        people = (
            (self.tr("Open {name} (reverse mentor)"), pair.mentor_id),
            (self.tr("Open {name} (mentee)"), pair.mentee_id),
        )
        for text, person_id in people:
            add(text.format(name=self.cohort.person(person_id).name), partial(self.open_person, person_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        view = self.pairsView
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        elif rows := view.selectionModel().selectedIndexes():  # the Menu key: the selected card
            pos = view.visualRect(rows[0]).center()
        else:
            return
        self.pair_menu().exec(view.viewport().mapToGlobal(pos))

    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; tests replace it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def log_meeting(self) -> None:
        """Log a meeting for the selected pair, straight from its card (a proposal may start with it)."""
        card = self._selected("pair")
        if card and self.doc and self.program:
            pairs = queries.pairs(self.doc, self.program.id)
            if self.open_dialog(MeetingDialog(self.doc, self.program, pairs, pair_id=card.id, parent=self)):
                pair = self._pair_of(card.id)  # the first meeting may have started a proposal
                self.show_move({pair.mentor_id, pair.mentee_id} if pair else set())

    def toggle_lock(self) -> None:
        card = self._selected("pair")
        pair = self._pair_of(card.id) if card and self.cohort else None
        doc, cohort = self.doc, self.cohort
        if doc and cohort and pair:
            self._run(
                self.tr("Lock") if not pair.locked else self.tr("Unlock"),
                lambda: set_locked(doc, cohort, pair, not pair.locked),
                {pair.mentor_id, pair.mentee_id},
            )

    # -- suggestions
    def suggest(self) -> None:
        """Run the optimiser in the background on the cohort as shown; the officer then picks."""
        cohort, doc, program = self.cohort, self.doc, self.program
        if cohort is None or doc is None or program is None or self.worker is not None:
            return
        objective = Objective(self.objectiveCombo.currentData())
        cohort.read_all()  # here: the optimiser's thread must not read through this connection

        def shown() -> bool:  # the same file and program are still on the board
            return self.doc is doc and self.program is not None and self.program.id == program.id

        def done(result: Suggestion) -> None:
            chosen = self.review(result)
            if chosen and shown():
                self._run(self.tr("Accept suggested pairs"), lambda: accept(doc, program, chosen))

        def stopped() -> None:
            self.worker = None

        self.worker = LongWork(
            self,
            self.tr("Suggest pairs"),
            lambda progress: suggest_pairs(cohort, objective, progress),
            done,
            label=self.tr("Scoring every possible pair..."),
            still_current=shown,
            always=stopped,
        )
        self.worker.start()

    def review(self, result: Suggestion) -> list[Proposal]:
        """Show the proposals; returns the ones the officer accepts. Tests replace it."""
        assert self.cohort is not None
        dialog = SuggestionsDialog(result, {p.id: p.name for p in self.cohort.ctx.people.values()}, self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
