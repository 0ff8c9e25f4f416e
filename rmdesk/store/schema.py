"""The .rmdesk schema and its migrations.

Each migration is one step in ``STEPS`` (run through sqlite-utils ``Migrations``);
``PRAGMA user_version`` mirrors the number of steps applied so the version can
be read from the file header without running SQL. Never edit a released step:
add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a file is created or migrated
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x524D444B  # "RMDK"

ROW = "id TEXT PRIMARY KEY NOT NULL, updated_at TEXT NOT NULL"

INITIAL = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE organisation ({ROW}, name TEXT NOT NULL DEFAULT '', locale TEXT NOT NULL DEFAULT 'en',
    language TEXT NOT NULL DEFAULT 'en', logo BLOB);
CREATE TABLE programs ({ROW}, name TEXT NOT NULL, objective TEXT NOT NULL DEFAULT '',
    start_date TEXT, end_date TEXT, cadence_days INTEGER NOT NULL DEFAULT 28,
    grace_days INTEGER NOT NULL DEFAULT 7, status TEXT NOT NULL DEFAULT 'planned',
    mentor_capacity INTEGER NOT NULL DEFAULT 1, topics TEXT NOT NULL DEFAULT '[]',
    settings TEXT NOT NULL DEFAULT '{{}}');
CREATE TABLE participants ({ROW}, name TEXT NOT NULL, employee_no TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '', grade INTEGER, birth_year INTEGER,
    manager_id TEXT REFERENCES participants(id), location TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]', employment_type TEXT NOT NULL DEFAULT 'permanent',
    agency TEXT NOT NULL DEFAULT '', client_site TEXT NOT NULL DEFAULT '', contract_end TEXT,
    performance INTEGER, potential INTEGER, topics_offered TEXT NOT NULL DEFAULT '{{}}',
    topics_wanted TEXT NOT NULL DEFAULT '{{}}', consent_date TEXT,
    notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0);
CREATE INDEX participants_manager ON participants(manager_id);
CREATE TABLE enrolments ({ROW}, program_id TEXT NOT NULL REFERENCES programs(id),
    participant_id TEXT NOT NULL REFERENCES participants(id), role TEXT NOT NULL,
    UNIQUE (program_id, participant_id));
CREATE INDEX enrolments_participant ON enrolments(participant_id);
CREATE TABLE pairs ({ROW}, program_id TEXT NOT NULL REFERENCES programs(id),
    mentor_id TEXT NOT NULL REFERENCES participants(id),
    mentee_id TEXT NOT NULL REFERENCES participants(id),
    status TEXT NOT NULL DEFAULT 'proposed', end_reason TEXT NOT NULL DEFAULT '',
    locked INTEGER NOT NULL DEFAULT 0, score REAL, explanation TEXT NOT NULL DEFAULT '[]',
    started_on TEXT, ended_on TEXT);
CREATE INDEX pairs_program ON pairs(program_id);
CREATE INDEX pairs_mentor ON pairs(mentor_id);
CREATE INDEX pairs_mentee ON pairs(mentee_id);
CREATE TABLE goals ({ROW}, pair_id TEXT NOT NULL REFERENCES pairs(id),
    topic TEXT NOT NULL DEFAULT '', specific TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL DEFAULT '', target_date TEXT,
    status TEXT NOT NULL DEFAULT 'not_started', progress INTEGER NOT NULL DEFAULT 0);
CREATE INDEX goals_pair ON goals(pair_id);
CREATE TABLE meetings ({ROW}, pair_id TEXT NOT NULL REFERENCES pairs(id), date TEXT,
    duration_min INTEGER NOT NULL DEFAULT 60, mode TEXT NOT NULL DEFAULT 'in_person',
    topics TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '');
CREATE INDEX meetings_pair ON meetings(pair_id);
CREATE TABLE evaluations ({ROW}, pair_id TEXT NOT NULL REFERENCES pairs(id),
    respondent TEXT NOT NULL, stage TEXT NOT NULL, date TEXT,
    answers TEXT NOT NULL DEFAULT '{{}}', confidence TEXT NOT NULL DEFAULT '{{}}',
    comments TEXT NOT NULL DEFAULT '');
CREATE INDEX evaluations_pair ON evaluations(pair_id);
CREATE TABLE actions (id INTEGER PRIMARY KEY, label TEXT NOT NULL, at TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'done');
CREATE TABLE changes (id INTEGER PRIMARY KEY, action_id INTEGER NOT NULL REFERENCES actions(id),
    tbl TEXT NOT NULL, row_id TEXT NOT NULL, before TEXT, after TEXT);
CREATE INDEX changes_action ON changes(action_id);
"""


def _run(db: Database, script: str, version: int) -> None:
    # executescript() would COMMIT the migration's transaction; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")


def initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(db, INITIAL, 1)


def exclusions(db: Database) -> None:
    """Explicit "never pair these two" entries, kept per file across programs."""
    _run(
        db,
        """CREATE TABLE exclusions (id TEXT PRIMARY KEY NOT NULL, updated_at TEXT NOT NULL,
            first_id TEXT NOT NULL REFERENCES participants(id),
            second_id TEXT NOT NULL REFERENCES participants(id),
            reason TEXT NOT NULL DEFAULT '', UNIQUE (first_id, second_id))""",
        2,
    )


def meeting_goals(db: Database) -> None:
    """The goals a meeting worked on."""
    _run(db, "ALTER TABLE meetings ADD COLUMN goal_ids TEXT NOT NULL DEFAULT '[]'", 3)


def pair_life_cycle(db: Database) -> None:
    """Goals may end "not achieved" and programs close; employee numbers are looked up on every save.

    No table changes shape, but a file from here on may hold values an older rmdesk cannot read.
    """
    _run(db, "CREATE INDEX participants_employee_no ON participants(employee_no COLLATE NOCASE)", 4)


def erasure_and_audit(db: Database) -> None:
    """Erasures (a keyed hash of the person, never their id or name) and audit entries that are
    not undo steps: exports, restores, erasures, settings."""
    _run(
        db,
        """CREATE TABLE erasures (id INTEGER PRIMARY KEY, ref TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'erase', at TEXT NOT NULL, user TEXT NOT NULL DEFAULT '',
            pseudonym TEXT NOT NULL DEFAULT '', UNIQUE (ref, kind));
        CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')""",
        5,
    )


# The columns the participants' list shows, in its order: the list (and the window at start-up)
# reads this index alone, never the wide rows with their notes and topics.
PEOPLE_LIST = (
    "name COLLATE NOCASE, id, employee_no, email, department, job_title, grade, birth_year, "
    "employment_type, agency, location, performance, potential, archived, consent_date"
)


def people_list(db: Database) -> None:
    """The participants' list read from an index holding its columns, in name order."""
    _run(db, f"CREATE INDEX participants_list ON participants({PEOPLE_LIST})", 6)


STEP_FUNCTIONS: dict[str, Callable[[Database], None]] = {
    "0001_initial": initial,
    "0002_exclusions": exclusions,
    "0003_meeting_goals": meeting_goals,
    "0004_pair_life_cycle": pair_life_cycle,
    "0005_erasure_and_audit": erasure_and_audit,
    "0006_people_list": people_list,
}
STEPS = list(STEP_FUNCTIONS)
SCHEMA_VERSION = len(STEPS)


@cache
def migrations() -> Migrations:
    """The steps as a sqlite-utils migration set named "rmdesk"."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations("rmdesk")
    for name, step in STEP_FUNCTIONS.items():
        steps(name=name)(step)
    return steps
