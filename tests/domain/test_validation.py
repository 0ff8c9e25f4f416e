import datetime as dt

from rmdesk.domain import Participant, Program, generation_of
from rmdesk.domain.entities import EmploymentType, Goal, Meeting, Pair
from rmdesk.domain.validation import check_contract, problems_of

TODAY = dt.date(2026, 11, 25)


def messages(problems):
    return [p.message for p in problems]


def test_generation_follows_pew_cut_offs():
    assert [generation_of(y) for y in (1946, 1964, 1965, 1980, 1981, 1996, 1997, 2012, 2013)] == [
        "Baby Boomer",
        "Baby Boomer",
        "Gen X",
        "Gen X",
        "Millennial",
        "Millennial",
        "Gen Z",
        "Gen Z",
        "Gen Alpha",
    ]
    assert generation_of(None) == ""
    assert Participant(name="Dewi", birth_year=2001).generation == "Gen Z"


def test_a_complete_participant_has_no_problems():
    person = Participant(
        name="Dewi Lestari",
        email="dewi@contoh.co.id",
        birth_year=2000,
        grade=3,
        performance=3,
        potential=2,
        topics_offered={"AI tools": 5},
    )
    assert problems_of(person) == []


def test_participant_problems_name_the_field_and_the_value():
    from rmdesk.domain.validation import check_participant

    person = Participant(
        name=" ",
        email="dewi-at-home",
        birth_year=2020,
        performance=4,
        topics_wanted={"AI tools": 9},
        employment_type=EmploymentType.OUTSOURCED,
        consent_date=dt.date(2027, 1, 1),
    )
    found = {p.field: p.message for p in check_participant(person, TODAY)}
    assert found["name"] == "Name is required."
    assert found["email"] == "Email 'dewi-at-home' is not a valid address."
    assert found["birth_year"] == "Birth year must be between 1930 and 2012 (got 2020)."
    assert found["performance"] == "Performance must be between 1 and 3 (got 4)."
    assert found["topics_wanted"] == "Topics wanted: level for AI tools must be 1 to 5 (got 9)."
    assert "agency" in found["agency"]
    assert found["consent_date"] == "Consent date 2027-01-01 is in the future."


def test_contract_ending_before_the_program_starts_is_refused():
    person = Participant(name="Rina", contract_end=dt.date(2026, 1, 5))
    program = Program(name="Pilot", start_date=dt.date(2026, 2, 1))
    assert messages(check_contract(person, program)) == [
        "Contract end 2026-01-05 is before the program start 2026-02-01."
    ]
    person.contract_end = dt.date(2026, 3, 1)
    assert check_contract(person, program) == []


def test_program_dates_and_numbers():
    program = Program(
        name="Pilot",
        start_date=dt.date(2026, 6, 1),
        end_date=dt.date(2026, 5, 1),
        cadence_days=0,
        mentor_capacity=11,
    )
    assert messages(problems_of(program)) == [
        "End date 2026-05-01 must be after the start 2026-06-01.",
        "Meeting cadence (days) must be between 1 and 365 (got 0).",
        "Mentor capacity must be between 1 and 10 (got 11).",
    ]


def test_pair_goal_and_meeting_rules():
    assert messages(problems_of(Pair(mentor_id="a", mentee_id="a"))) == ["A person cannot mentor themselves."]
    assert messages(problems_of(Goal(specific="", progress=120))) == [
        "Say what the goal is.",
        "Progress (%) must be between 0 and 100 (got 120).",
    ]
    assert messages(problems_of(Meeting(date=None, duration_min=0))) == [
        "Meeting date is required.",
        "Duration (minutes) must be between 1 and 600 (got 0).",
    ]
