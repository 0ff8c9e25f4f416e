"""Edits the screens make, each one undoable step with the name the Undo menu shows."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rmdesk.domain.entities import Enrolment, Participant, Role
from rmdesk.domain.i18n import translate
from rmdesk.domain.words import counted
from rmdesk.store.document import Document
from rmdesk.store.queries import enrolment


def save_participant(
    doc: Document, person: Participant, program_id: str | None, role: Role | None
) -> Participant:
    """Add or edit a person and their role in the program, as one step."""
    exists = doc.find(Participant, person.id) is not None
    with doc.action(
        translate("Actions", "Edit Participant") if exists else translate("Actions", "Add Participant")
    ):
        (doc.update if exists else doc.add)(person)
        if program_id:
            current = enrolment(doc, program_id, person.id)
            if role is None and current:
                doc.delete(current)
            elif role is not None and current is None:
                doc.add(Enrolment(program_id=program_id, participant_id=person.id, role=role))
            elif role is not None and current is not None and current.role is not role:
                doc.update(dataclasses.replace(current, role=role))
    return person


def set_archived(doc: Document, people: Sequence[Participant], archived: bool) -> None:
    label = translate("Actions", "Archive {people}") if archived else translate("Actions", "Restore {people}")
    with doc.action(label.format(people=counted(len(people), "Participant"))):
        for person in people:
            doc.update(dataclasses.replace(person, archived=archived))


def delete_participants(doc: Document, people: Sequence[Participant]) -> None:
    with doc.action(
        translate("Actions", "Delete {people}").format(people=counted(len(people), "Participant"))
    ):
        for person in people:
            doc.delete(person)


def rate(doc: Document, person: Participant, performance: int | None, potential: int | None) -> Participant:
    """Move a person to another 9-box cell."""
    with doc.action(translate("Actions", "Re-rate {person}").format(person=person.name)):
        return doc.update(dataclasses.replace(person, performance=performance, potential=potential))
