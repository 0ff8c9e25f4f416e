from collections import Counter

from rmdesk.demo import generate
from rmdesk.domain import EmploymentType, Enrolment, Evaluation, Pair, Participant, Role
from rmdesk.store import Document
from rmdesk.store.check import check


def people(path):
    with Document.open(path, readonly=True) as doc:
        return [(p.id, p.name, p.department, p.birth_year) for p in doc.all(Participant, order_by="rowid")]


def test_same_seed_same_program_other_seed_other_people(tmp_path):
    a = generate(tmp_path / "a.rmdesk", participants=40, seed=5)
    b = generate(tmp_path / "b.rmdesk", participants=40, seed=5)
    c = generate(tmp_path / "c.rmdesk", participants=40, seed=6)
    assert people(a) == people(b)
    assert people(a) != people(c)


def test_demo_looks_like_a_real_company(demo_file):
    assert check(demo_file) == []
    with Document.open(demo_file, readonly=True) as doc:
        everyone = doc.all(Participant)
        roles = Counter(e.role for e in doc.all(Enrolment))
        pairs = doc.all(Pair)
        evaluations = doc.all(Evaluation)
        by_id = {p.id: p for p in everyone}
        assert doc.organisation().name == "PT Nusantara Digital Sejahtera"
    assert len(everyone) == 60
    assert roles == {Role.MENTOR: 30, Role.MENTEE: 30}
    assert 15 <= len(pairs) < 30  # some left for the pairing board
    outsourced = [p for p in everyone if p.employment_type is EmploymentType.OUTSOURCED]
    assert {p.agency for p in outsourced} == {"PT Mitra Karya Solusi", "PT Daya Insani Outsourcing"}
    assert all(p.contract_end for p in outsourced)
    generations = Counter(p.generation for p in everyone)
    assert generations["Gen Z"] > 5 and generations["Gen X"] > 5 and generations["Millennial"] > 0
    assert any(p.name == "Siti Nur'aini" for p in everyone)
    for pair in pairs:  # the junior teaches the senior
        assert by_id[pair.mentor_id].grade < by_id[pair.mentee_id].grade
        assert by_id[pair.mentor_id].birth_year > by_id[pair.mentee_id].birth_year
    assert {e.stage for e in evaluations} == {"baseline", "midpoint", "final"}
    assert all(1 <= v <= 5 for e in evaluations for v in [*e.answers.values(), *e.confidence.values()])


def test_reference_size_matches_the_benchmark_shape(tmp_path):
    path = generate(tmp_path / "big.rmdesk", participants=1000)
    with Document.open(path, readonly=True) as doc:
        counts = doc.counts()
    assert counts["participants"] == 1000
    assert counts["pairs"] == 492
    assert 3.5 <= counts["meetings"] / counts["pairs"] <= 4.5
    assert 5 <= counts["evaluations"] / counts["pairs"] <= 6.5
