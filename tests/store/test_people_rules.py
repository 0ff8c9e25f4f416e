"""Rules about people that need the rest of the file: one employee number each, no manager loops."""

import pytest

from rmdesk.domain import Participant, ValidationError
from rmdesk.domain.org_chart import chain_above, manager_loop
from rmdesk.store.queries import employee_number_holder, look_alikes


def test_the_same_employee_number_twice_is_refused_with_the_holder_named(doc):
    doc.add(Participant(name="Bambang Wijaya", employee_no="NDS-10001", birth_year=1975))
    with pytest.raises(ValidationError) as refused:
        doc.add(Participant(name="Bambang Wijaya", employee_no="nds-10001 "))
    [problem] = refused.value.problems
    assert (problem.field, problem.message) == (
        "employee_no",
        "Employee number nds-10001 already belongs to Bambang Wijaya.",
    )
    assert doc.counts()["participants"] == 1
    assert employee_number_holder(doc, "NDS-10001", "someone else") == "Bambang Wijaya"


def test_same_name_and_birth_year_or_same_email_are_reported_as_look_alikes(doc):
    first = doc.add(Participant(name="Bambang Wijaya", employee_no="NDS-1", birth_year=1975, email="b@x.co"))
    twin = Participant(name="bambang wijaya", birth_year=1975)
    assert look_alikes(doc, twin) == [
        "Bambang Wijaya, born 1975, is already in the file (employee no. NDS-1)."
    ]
    assert look_alikes(doc, Participant(name="Other", email="B@X.co")) == [
        "B@X.co is already the email of Bambang Wijaya."
    ]
    assert look_alikes(doc, Participant(name="Bambang Wijaya", birth_year=1980)) == []
    assert look_alikes(doc, first) == []  # a person is not their own double


def test_a_manager_loop_is_refused_with_the_names_involved(doc):
    a = doc.add(Participant(name="Ayu"))
    b = doc.add(Participant(name="Bagus", manager_id=a.id))
    c = doc.add(Participant(name="Citra", manager_id=b.id))
    a.manager_id = c.id
    with pytest.raises(ValidationError) as refused:
        doc.update(a)
    assert refused.value.problems[0].field == "manager_id"
    assert refused.value.problems[0].message == (
        "The reporting line would go round in a circle: "
        "Ayu reports to Citra, Citra reports to Bagus, Bagus reports to Ayu."
    )


def test_chains_stop_at_a_loop_already_in_old_data():
    managers = {"j": "a", "a": "b", "b": "a"}
    assert chain_above("j", managers) == ["a", "b"]
    assert manager_loop("j", "a", managers) == []  # the loop above does not run through j
    assert manager_loop("b", "a", {"a": "b"}) == ["b", "a"]


def test_a_batch_of_people_is_checked_as_if_each_were_written_before_the_next(doc):
    doc.add(Participant(name="Bambang Wijaya", employee_no="NDS-1"))
    boss = Participant(name="Ayu", employee_no="NDS-2")
    batch = [boss, Participant(name="Bagus", employee_no="NDS-3", manager_id=boss.id)]
    with pytest.raises(ValidationError) as refused:  # the same number as one earlier in the batch
        doc.add_many([*batch, Participant(name="Citra", employee_no=" nds-2")])
    assert refused.value.problems[0].message == "Employee number nds-2 already belongs to Ayu."
    with pytest.raises(ValidationError) as refused:  # as one already in the file
        doc.add_many([*batch, Participant(name="Dewi", employee_no="Nds-1")])
    assert refused.value.problems[0].message == "Employee number Nds-1 already belongs to Bambang Wijaya."
    assert doc.counts()["participants"] == 1
    doc.add_many(batch)  # a manager earlier in the batch is found
    assert {p.name: p.manager_id for p in doc.all(Participant)}["Bagus"] == boss.id
    assert employee_number_holder(doc, "nds-3", "someone else") == "Bagus"
