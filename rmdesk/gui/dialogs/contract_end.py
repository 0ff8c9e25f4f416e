"""When an outsourced person's contract ends: end their pair on that date, then find the partner
who stays a new match. Each is one undoable step, offered from the alert and the agencies page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("ContractEnd", "Contract ends"), question
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def choose(parent: QWidget | None, person: str, proposals: list[Proposal]) -> Proposal | None:
        scored = QCoreApplication.translate("ContractEnd", "{name}: score {score} ({reasons})")
        labels = [
            scored.format(
                name=(p.mentee if p.mentor.name == person else p.mentor).name,
                score=points(p.score),
                reasons="; ".join(p.reasons[:2]),
            )
            for p in proposals
        ]
        label, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("ContractEnd", "Find a replacement"),
            QCoreApplication.translate("ContractEnd", "A new partner for {name}, best first:").format(
                name=person
            ),
            labels,
            0,
            False,
        )
        return proposals[labels.index(label)] if ok else None


def end_for_contract(parent: QWidget, doc: Document, program: Program, pair_id: str, person_id: str) -> bool:
    """Ask, end the pair for the contract, then offer the partner who stays a replacement."""
    pair = doc.get(Pair, pair_id)
    person = doc.get(Participant, person_id)
    partner_id = pair.mentee_id if pair.mentor_id == person_id else pair.mentor_id
    partner = doc.get(Participant, partner_id)
    question = QCoreApplication.translate(
        "ContractEnd",
        "{name}'s contract with {agency} ends {when}. End the pair with {partner} early on that date, "
        "with the reason “{reason}”? You can undo it.",
    ).format(
        name=person.name,
        agency=person.agency or QCoreApplication.translate("ContractEnd", "the agency"),
        when=person.contract_end or QCoreApplication.translate("ContractEnd", "on the contract's end date"),
        partner=partner.name,
        reason=lifecycle.CONTRACT_ENDED,
    )
    if not ContractEnd.confirm(parent, question):
        return False
    if not attempt(
        parent,
        QCoreApplication.translate("ContractEnd", "End the pair"),
        lambda: lifecycle.end_for_contract(doc, pair, person_id),
    ):
        return False
    find_replacement(parent, doc, program, partner_id)
    return True


def find_replacement(parent: QWidget, doc: Document, program: Program, person_id: str) -> bool:
    """The best free partners for ``person`` by the program's rules; the chosen one is proposed."""
    cohort = load(doc, doc.get(Program, program.id))
    name = cohort.person(person_id).name
    found = replacements(cohort, person_id)
    if not found:
        ContractEnd.confirm(
            parent,
            QCoreApplication.translate(
                "ContractEnd", "No free partner suits {name} under the program's rules right now."
            ).format(name=name),
        )
        return False
    chosen = ContractEnd.choose(parent, name, found)
    if chosen is None:
        return False
    return attempt(
        parent,
        QCoreApplication.translate("ContractEnd", "Pair"),
        lambda: make_pair(doc, cohort, chosen.mentor.id, chosen.mentee.id),
    )
