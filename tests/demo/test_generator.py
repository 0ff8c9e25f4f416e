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


def test_every_pair_state_in_the_demo_was_reached_by_a_logged_move(demo_file):
    """Each pair was made as a proposal, started, and (for some) ended early by the operations the
    window and the command line run; none was written in a state a user could not reach."""
    import json

    with Document.open(demo_file, readonly=True) as doc:
        pairs = doc.all(Pair)
        steps: dict[str, list[tuple[str | None, str | None, str]]] = {}
        for row_id, before, after, label in doc.conn.execute(
            "SELECT c.row_id, c.before, c.after, a.label FROM changes c JOIN actions a ON a.id = c.action_id "
            "WHERE c.tbl = 'pairs' ORDER BY c.id"
        ):
            status = [json.loads(image)["status"] if image else None for image in (before, after)]
            steps.setdefault(row_id, []).append((status[0], status[1], label))
        program_steps = [
            (json.loads(b)["status"], json.loads(a)["status"])
            for b, a in doc.conn.execute(
                "SELECT before, after FROM changes WHERE tbl = 'programs' AND before IS NOT NULL"
            )
        ]
    assert ("planned", "running") in program_steps
    assert {p.status for p in pairs} >= {"active", "ended_early"} or len(pairs) < 20
    for pair in pairs:
        moves = [(b, a) for b, a, _ in steps[pair.id] if b != a]
        assert moves[0] == (None, "proposed"), pair.id
        if pair.status != "proposed":
            assert ("proposed", "active") in moves
        if pair.status == "ended_early":
            assert moves[-1] == ("active", "ended_early")
            assert any(label.startswith("End ") for *_, label in steps[pair.id])
