"""When an outsourced person's contract ends: end their pair on that date, then find the partner
who stays a new match. Each is one undoable step, offered from the alert and the agencies page."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from rmdesk.domain.entities import Pair, Participant, Program
from rmdesk.domain.words import points
from rmdesk.gui.work import attempt
from rmdesk.matching.program import load, make_pair, replacements
from rmdesk.matching.proposals import Proposal
from rmdesk.store import Document, lifecycle


class ContractEnd:
    """The questions the flow asks; tests replace :meth:`confirm` and :meth:`choose`."""

    @staticmethod
    def confirm(parent: QWidget | None, question: str) -> bool:
        answer = QMessageBox.question(parent, "Contract ends", question)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def choose(parent: QWidget | None, person: str, proposals: list[Proposal]) -> Proposal | None:
        labels = [
            f"{(p.mentee if p.mentor.name == person else p.mentor).name}: score {points(p.score)}"
            f" ({'; '.join(p.reasons[:2])})"
            for p in proposals
        ]
        label, ok = QInputDialog.getItem(
            parent, "Find a replacement", f"A new partner for {person}, best first:", labels, 0, False
        )
        return proposals[labels.index(label)] if ok else None


def end_for_contract(parent: QWidget, doc: Document, program: Program, pair_id: str, person_id: str) -> bool:
    """Ask, end the pair for the contract, then offer the partner who stays a replacement."""
    pair = doc.get(Pair, pair_id)
    person = doc.get(Participant, person_id)
    partner_id = pair.mentee_id if pair.mentor_id == person_id else pair.mentor_id
    partner = doc.get(Participant, partner_id)
    when = person.contract_end or "the contract's end"
    question = (
        f"{person.name}'s contract with {person.agency or 'the agency'} ends {when}. End the pair with "
        f"{partner.name} early on that date, with the reason “{lifecycle.CONTRACT_ENDED}”? You can undo it."
    )
    if not ContractEnd.confirm(parent, question):
        return False
    if not attempt(parent, "End the pair", lambda: lifecycle.end_for_contract(doc, pair, person_id)):
        return False
    find_replacement(parent, doc, program, partner_id)
    return True


def find_replacement(parent: QWidget, doc: Document, program: Program, person_id: str) -> bool:
    """The best free partners for ``person`` by the program's rules; the chosen one is proposed."""
    cohort = load(doc, doc.get(Program, program.id))
    name = cohort.person(person_id).name
    found = replacements(cohort, person_id)
    if not found:
        ContractEnd.confirm(parent, f"No free partner suits {name} under the program's rules right now.")
        return False
    chosen = ContractEnd.choose(parent, name, found)
    if chosen is None:
        return False
    return attempt(parent, "Pair", lambda: make_pair(doc, cohort, chosen.mentor.id, chosen.mentee.id))
