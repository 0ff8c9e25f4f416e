"""The edits and read models the screens use, checked on real files without any widget."""

import dataclasses

from rmdesk.domain import Enrolment, Pair, Participant, Role
from rmdesk.store import edits, queries


def test_saving_a_person_with_a_role_is_one_undo_step(doc):
    from rmdesk.domain import Program

    program = doc.add(Program(name="Pilot"))
    person = edits.save_participant(doc, Participant(name="Dewi"), program.id, Role.MENTOR)
    assert doc.undo_label() == "Add Participant"
    assert queries.people(doc, program.id).roles == {person.id: Role.MENTOR}
    edits.save_participant(doc, dataclasses.replace(person, name="Dewi L."), program.id, Role.MENTEE)
    assert queries.people(doc, program.id).roles == {person.id: Role.MENTEE}
    edits.save_participant(doc, person, program.id, None)
    assert doc.all(Enrolment) == []
    doc.undo()
    assert queries.people(doc, program.id).roles == {person.id: Role.MENTEE}
    doc.undo()
    doc.undo()
    assert doc.counts()["participants"] == 0 and doc.counts()["enrolments"] == 0


def test_people_lists_role_pairing_and_generation_for_the_program(demo_file):
    from rmdesk.store import Document

    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        found = queries.people(doc, program.id)
        everyone = {p.id: p for p in doc.all(Participant)}
        open_pairs = doc.all(Pair, "status IN ('proposed', 'active')")
    assert len(found.people) == 60
    assert [p.name.lower() for p in found.people] == sorted(p.name.lower() for p in found.people)
    assert sum(1 for r in found.roles.values() if r is Role.MENTOR) == 30
    assert 0 < len(open_pairs) <= 23  # pairs that ended early no longer count as paired
    assert found.paired == {p.mentor_id for p in open_pairs} | {p.mentee_id for p in open_pairs}
    for row in found.people:
        assert row.generation == everyone[row.id].generation
        assert row.employment_type == everyone[row.id].employment_type.value


def test_archive_delete_and_rate_name_their_steps(doc):
    people = [doc.add(Participant(name=n)) for n in ("Adi", "Budi")]
    edits.set_archived(doc, people, True)
    assert doc.undo_label() == "Archive 2 Participants"
    assert all(p.archived for p in doc.all(Participant))
    edits.rate(doc, people[0], 3, 2)
    assert doc.undo_label() == "Re-rate Adi"
    edits.delete_participants(doc, people[:1])
    assert doc.undo_label() == "Delete Participant"
    assert [p.name for p in doc.all(Participant)] == ["Budi"]
