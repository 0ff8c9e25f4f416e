"""Read models built in SQL with only the shown columns, on real files: each gives what the
entities it replaces would give."""

from rmdesk.domain import Pair, PairStatus
from rmdesk.store import Document, queries


def test_started_pairs_are_the_pairs_past_proposal_with_their_names_in_name_order(demo_file):
    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        labels = queries.pairs(doc, program.id)
        names = dict(doc.conn.execute("SELECT id, name FROM participants").fetchall())
        whole = [
            (p.id, p.status, names[p.mentor_id], names[p.mentee_id])
            for p in doc.all(Pair, "program_id = ?", [program.id])
        ]
        assert [tuple(label)[:4] for label in labels] == sorted(
            whole, key=lambda p: f"{p[2]} → {p[3]}".lower()
        )
        assert all(label.text == f"{label.mentor} → {label.mentee}" for label in labels)
        expected = [
            (label.id, label.text, label.status)
            for label in labels
            if label.status is not PairStatus.PROPOSED
        ]
        found = queries.started_pairs(doc, program.id)
    assert found == expected
    assert {pair.status for pair in found} <= {
        PairStatus.ACTIVE,
        PairStatus.COMPLETED,
        PairStatus.ENDED_EARLY,
    }
    assert found and all(isinstance(pair.status, PairStatus) for pair in found)


def test_program_alerts_read_in_sql_are_those_of_the_whole_entities(demo_file):
    import datetime as dt

    from rmdesk.domain import Evaluation, Goal, Pair, Participant
    from rmdesk.domain.health import SIDES, alerts, pair_on

    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        assert program.start_date is not None
        for today in (program.start_date + dt.timedelta(days=100), dt.date.today()):
            pairs = [pair_on(p, today) for p in doc.all(Pair, "program_id = ?", [program.id])]
            people = {p.id: p for p in doc.all(Participant)}
            goals: dict = {}
            for goal in doc.all(Goal):
                goals.setdefault(goal.pair_id, []).append(goal)
            answered: dict = {}
            for evaluation in doc.all(Evaluation):
                if evaluation.respondent in SIDES and (evaluation.date is None or evaluation.date <= today):
                    answered.setdefault(evaluation.pair_id, set()).add(
                        (evaluation.stage, evaluation.respondent)
                    )
            last = queries.last_meetings(doc, program.id, today)
            expected = alerts(program, pairs, people, last, goals, answered, today)
            assert expected
            assert queries.program_alerts(doc, program, today) == expected


def test_talent_rows_are_the_active_people_in_name_order_with_what_the_rules_need(demo_file):
    from rmdesk.domain import Participant
    from rmdesk.domain.talent import is_candidate, is_candidate_mentor, is_junior, is_junior_grade

    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        rows = queries.talent(doc)
        active = sorted((p for p in doc.all(Participant) if not p.archived), key=lambda p: p.name.lower())
        roles = queries.roles(doc, program.id)
        assert roles == queries.roles_and_pairing(doc, program.id)[0]
    assert [row.id for row in rows] == [p.id for p in active]
    for row, person in zip(rows, active, strict=True):
        shown = row.person()
        assert (shown.name, shown.performance, shown.potential, shown.grade) == (
            person.name,
            person.performance,
            person.potential,
            person.grade,
        )
        assert (shown.job_title, shown.department, shown.generation, shown.topics_offered) == (
            person.job_title,
            person.department,
            person.generation,
            person.topics_offered,
        )
        role = roles.get(person.id)
        assert is_candidate_mentor(shown, role) == is_candidate_mentor(person, role)
        assert is_candidate(row.grade, row.potential, row.topics(), role) == is_candidate_mentor(person, role)
        assert is_junior(row.person(topics=False), role) == is_junior(person, role)
        assert is_junior_grade(row.grade, role) == is_junior(person, role)
    assert any(is_candidate_mentor(row.person(), roles.get(row.id)) for row in rows)
    assert not all(is_candidate(row.grade, row.potential, row.topics(), roles.get(row.id)) for row in rows)


def test_pairs_on_a_day_are_the_program_pairs_as_they_stood_with_who_status_and_dates(demo_file):
    import datetime as dt

    from rmdesk.domain import Pair
    from rmdesk.domain.health import pair_on

    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        assert program.start_date is not None
        for day in (program.start_date + dt.timedelta(days=30), dt.date.today()):
            whole = [pair_on(p, day) for p in doc.all(Pair, "program_id = ?", [program.id])]
            light = queries.pairs_on(doc, program.id, day)
            fields = ("id", "program_id", "mentor_id", "mentee_id", "status", "started_on", "ended_on")
            assert [tuple(getattr(p, f) for f in fields) for p in light] == [
                tuple(getattr(p, f) for f in fields) for p in whole
            ]


def test_meeting_and_evaluation_rows_show_what_their_entities_hold(demo_file):
    from rmdesk.domain import Evaluation, Meeting

    with Document.open(demo_file, readonly=True) as doc:
        program = queries.programs(doc)[0]
        meetings = queries.meetings(doc, program.id)
        evaluations = queries.evaluations(doc, program.id)
        for row in meetings[:300]:
            assert row.topics == ", ".join(doc.get(Meeting, row.id).topics)
        checked = 0
        for row in evaluations[:300]:
            values = list(doc.get(Evaluation, row.id).answers.values())
            if values:
                checked += 1
                assert abs(row.average - sum(values) / len(values)) <= 0.05
                assert row.average == round(row.average, 1)
            else:
                assert row.average is None
    assert checked > 100 and any(row.topics for row in meetings)


def test_an_average_answer_rounds_halves_up_and_a_damaged_cell_shows_nothing():
    row = queries.EvaluationRow("e", "p", "A → B", "2026-01-01", "final", "mentee", '{"a": 4, "b": 3}', "")
    assert row.average == 3.5
    assert row._replace(answers_json='{"a": 4, "b": 4, "c": 3, "d": 4}').average == 3.8  # 3.75
    assert row._replace(answers_json='{"a": 2, "b": 2, "c": 2, "d": 3}').average == 2.3  # 2.25
    assert row._replace(answers_json="{}").average is None
    assert row._replace(answers_json="not json").average is None
    meeting = queries.MeetingRow("m", "p", "A → B", "2026-01-01", 60, "online", '["AI tools", "Excel"]', "")
    assert meeting.topics == "AI tools, Excel"
    assert meeting._replace(topics_json="[broken").topics == ""
    assert meeting._replace(topics_json=None).topics == ""


def test_the_participants_list_is_read_from_its_index_alone(demo_file, tmp_path):
    """The list at start-up reads the index of its columns, never the wide rows; a file of an
    earlier format gets the index when opened for editing."""
    import shutil

    copy = tmp_path / "older.rmdesk"
    shutil.copyfile(demo_file, copy)
    with Document.open(copy) as doc:
        doc.conn.execute("DROP INDEX participants_list")
        doc.conn.execute("PRAGMA user_version = 5")
        doc.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_people_list'")
    with Document.open(copy) as doc:
        columns = ", ".join(queries.PersonRow._fields)
        plan = doc.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT {columns} FROM participants ORDER BY name COLLATE NOCASE"
        ).fetchall()
        assert any("COVERING INDEX participants_list" in row[-1] for row in plan), plan
        assert doc.schema_version == 6
        first = queries.people(doc, None).people[:3]
    assert [p.name.casefold() for p in first] == sorted(p.name.casefold() for p in first)


def test_record_rows_are_their_program_s_with_pair_names_in_the_order_a_plain_join_reads(demo_file, doc):
    import datetime as dt

    from rmdesk.domain import Evaluation, Goal, Meeting, Pair, Participant, Program, Respondent, Stage

    plain = {  # the rows as the straightforward join gives them, and in its order
        "goals": "r.id, r.pair_id, mentor.name || ' → ' || mentee.name, r.topic, r.specific, "
        "coalesce(r.target_date, ''), r.status, r.progress, r.measure",
        "meetings": "r.id, r.pair_id, mentor.name || ' → ' || mentee.name, coalesce(r.date, ''), "
        "r.duration_min, r.mode, r.topics, r.notes",
        "evaluations": "r.id, r.pair_id, mentor.name || ' → ' || mentee.name, coalesce(r.date, ''), "
        "r.stage, r.respondent, r.answers, r.comments",
    }
    read = {"goals": queries.goals, "meetings": queries.meetings, "evaluations": queries.evaluations}

    def joined(d: Document, table: str, program_id: str) -> list[tuple]:
        return d.conn.execute(
            f"SELECT {plain[table]} FROM {table} r JOIN pairs p ON p.id = r.pair_id "
            "JOIN participants mentor ON mentor.id = p.mentor_id "
            "JOIN participants mentee ON mentee.id = p.mentee_id WHERE p.program_id = ?",
            [program_id],
        ).fetchall()

    with Document.open(demo_file, readonly=True) as demo:
        program = queries.programs(demo)[0]
        for table, rows in read.items():
            found = [tuple(row) for row in rows(demo, program.id)]
            assert len(found) > 10 and found == joined(demo, table, program.id)

    # Two programs in a new file, names hostile: each program's list holds its own rows only.
    ours, theirs = doc.add(Program(name="Ours")), doc.add(Program(name="Theirs"))
    names = ["=1+1 / مرحبا", "名前 🙂\x00", "x" * 10_000, "Ana"]
    people = [doc.add(Participant(name=name)) for name in names]
    pairs = [
        doc.add(Pair(program_id=program.id, mentor_id=mentor.id, mentee_id=mentee.id))
        for program, mentor, mentee in ((ours, people[0], people[1]), (theirs, people[2], people[3]))
    ]
    for pair in pairs:
        doc.add(Goal(pair_id=pair.id, specific="Use AI for minutes"))
        doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 3, 2)))
        doc.add(Evaluation(pair_id=pair.id, respondent=Respondent.MENTEE, stage=Stage.BASELINE))
    for program, pair, mentor, mentee in ((ours, pairs[0], *names[:2]), (theirs, pairs[1], *names[2:])):
        for table, rows in read.items():
            found = rows(doc, program.id)
            assert [(row.pair_id, row.pair) for row in found] == [(pair.id, f"{mentor} → {mentee}")]
            assert [tuple(row) for row in found] == joined(doc, table, program.id)
    assert all(rows(doc, doc.add(Program(name="Empty")).id) == [] for rows in read.values())
