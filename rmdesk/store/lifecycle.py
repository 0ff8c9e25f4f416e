"""Moving pairs and programs through their life cycle, each move one undoable action.

The window, the command line and the demo generator all go through these
functions; the rules of what may move where live in ``domain.lifecycle``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from rmdesk.domain.entities import (
    Goal,
    Meeting,
    Pair,
    PairStatus,
    Program,
    ProgramStatus,
    Respondent,
    Stage,
)
from rmdesk.domain.i18n import translate
from rmdesk.domain.lifecycle import (
    COMPLETED_AT_CLOSE,
    refuse_end,
    refuse_program_move,
    refuse_reactivate,
    refuse_start,
)
from rmdesk.domain.words import plural
from rmdesk.store.document import Document
from rmdesk.store.errors import DocumentError


def pair_names(doc: Document, pairs: Sequence[Pair]) -> dict[str, str]:
    """``Mentor and Mentee`` for each pair id, for labels and messages."""
    ids = sorted({p.mentor_id for p in pairs} | {p.mentee_id for p in pairs})
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        names.update(doc.conn.execute(f"SELECT id, name FROM participants WHERE id IN ({marks})", chunk))
    return {p.id: f"{names.get(p.mentor_id, '?')} and {names.get(p.mentee_id, '?')}" for p in pairs}


def _label(template: str, pairs: Sequence[Pair], names: dict[str, str]) -> str:
    """An undo step's name: ``template`` ("Start {pairs}") with one pair's names or the count."""
    return template.format(pairs=names[pairs[0].id] if len(pairs) == 1 else plural(len(pairs), "Pair"))


def _names_to_say(doc: Document, pairs: Sequence[Pair], problems: list[tuple[Pair, str]]) -> dict[str, str]:
    """The names a label or a refusal will show: one pair's, or those of the first pairs refused."""
    return pair_names(doc, pairs if len(pairs) == 1 else [p for p, _ in problems[:5]])


def _refuse(problems: list[tuple[Pair, str]], names: dict[str, str], count: int) -> None:
    """Nothing is written when any pair may not move: say which and why."""
    if not problems:
        return
    if count == 1:
        raise DocumentError(problems[0][1])
    lines = "; ".join(f"{names[p.id]}: {why}" for p, why in problems[:5])
    more = (
        translate("PairMoves", " (and {count} more)").format(count=len(problems) - 5)
        if len(problems) > 5
        else ""
    )
    text = translate("PairMoves", "{pairs} cannot move: {reasons}{more}")
    raise DocumentError(text.format(pairs=plural(len(problems), "pair"), reasons=lines, more=more))


def _program_of(doc: Document, pairs: Sequence[Pair]) -> Program:
    programs = {p.program_id for p in pairs}
    if len(programs) != 1:
        raise DocumentError(translate("PairMoves", "Move the pairs of one program at a time."))
    return doc.get(Program, programs.pop())


def _set_program_status(doc: Document, program: Program, status: ProgramStatus) -> Program:
    refused = refuse_program_move(program, status)
    if refused:
        raise DocumentError(refused)
    return doc.update(dataclasses.replace(program, status=status))


def _as_stored(doc: Document, pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs' status and dates as the file holds them now (the screen may be stale), read
    without decoding whole rows: starting 2,500 pairs should cost about what writing them does."""
    found: dict[str, Pair] = {}
    ids = [p.id for p in pairs]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in doc.conn.execute(
            "SELECT id, program_id, mentor_id, mentee_id, status, started_on, ended_on, end_reason "
            f"FROM pairs WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[row[0]] = Pair(
                id=row[0],
                program_id=row[1],
                mentor_id=row[2],
                mentee_id=row[3],
                status=PairStatus(row[4]),
                started_on=dt.date.fromisoformat(row[5]) if row[5] else None,
                ended_on=dt.date.fromisoformat(row[6]) if row[6] else None,
                end_reason=row[7],
            )
    if len(found) < len(ids):
        raise DocumentError(translate("PairMoves", "A pair you chose no longer exists in the file."))
    return [found[i] for i in ids]


def _all_in(doc: Document, ids: Sequence[str], status: PairStatus, program_id: str) -> bool:
    """Whether every one of the pairs is still in ``status`` in the program, asked of SQLite (each
    pair found by its id: ``+`` keeps SQLite from going through all the program's pairs instead)."""
    matching = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        matching += doc.conn.execute(
            f"SELECT count(*) FROM pairs WHERE id IN ({','.join('?' * len(chunk))}) "
            "AND +status = ? AND +program_id = ?",
            [*chunk, status.value, program_id],
        ).fetchone()[0]
    return matching == len(ids)


def start_pairs(doc: Document, pairs: Sequence[Pair], on: dt.date) -> int:
    """Proposed pairs become active from ``on``; a planned program starts with its first pair.
    Returns how many started."""
    if not pairs:
        return 0
    ids = [p.id for p in pairs]
    program = _program_of(doc, pairs)
    if _all_in(doc, ids, PairStatus.PROPOSED, program.id) and refuse_start(Pair(), program, on) is None:
        names = _names_to_say(doc, pairs, [])  # the usual case: all may start, no row decoded
    else:
        pairs = _as_stored(doc, pairs)
        problems = [(p, why) for p in pairs if (why := refuse_start(p, program, on))]
        names = _names_to_say(doc, pairs, problems)
        _refuse(problems, names, len(pairs))
    with doc.action(_label(translate("Actions", "Start {pairs}"), pairs, names)):
        if program.status is ProgramStatus.PLANNED:
            _set_program_status(doc, program, ProgramStatus.RUNNING)
        values = {"status": PairStatus.ACTIVE.value, "started_on": on.isoformat(), "ended_on": None}
        doc.set_columns(Pair, ids, values)
    return len(ids)


def end_pair(doc: Document, pair: Pair, on: dt.date, reason: str) -> Pair:
    """An active pair stops before the program ends, keeping its history and the reason."""
    [pair] = doc.fresh(Pair, [pair])
    names = pair_names(doc, [pair])
    _refuse([(pair, why)] if (why := refuse_end(pair, on, reason=reason)) else [], names, 1)
    with doc.action(translate("Actions", "End {pair} Early").format(pair=names[pair.id])):
        return doc.update(
            dataclasses.replace(pair, status=PairStatus.ENDED_EARLY, ended_on=on, end_reason=reason.strip())
        )


def complete_pairs(doc: Document, pairs: Sequence[Pair], on: dt.date, reason: str = "") -> int:
    """Active pairs finish their program as planned. Returns how many completed."""
    if not pairs:
        return 0
    pairs = _as_stored(doc, pairs)
    problems = [(p, why) for p in pairs if (why := refuse_end(p, on, completed=True))]
    names = _names_to_say(doc, pairs, problems)
    _refuse(problems, names, len(pairs))
    with doc.action(_label(translate("Actions", "Complete {pairs}"), pairs, names)):
        values = {"status": PairStatus.COMPLETED.value, "ended_on": on.isoformat(), "end_reason": reason}
        doc.set_columns(Pair, [p.id for p in pairs], values)
    return len(pairs)


def proposals(doc: Document, program: Program) -> list[Pair]:
    return doc.all(Pair, "program_id = ? AND status = ?", [program.id, PairStatus.PROPOSED.value])


def active_pairs(doc: Document, program: Program) -> list[Pair]:
    return doc.all(Pair, "program_id = ? AND status = ?", [program.id, PairStatus.ACTIVE.value])


def start_program(doc: Document, program: Program, pairs: Sequence[Pair], on: dt.date) -> Program:
    """The program runs from now on, and the chosen proposals start with it, as one step."""
    refused = refuse_program_move(program, ProgramStatus.RUNNING)
    if refused or program.status is not ProgramStatus.PLANNED:
        text = translate("ProgramMoves", "{program} is closed; reopen it instead.")
        raise DocumentError(refused or text.format(program=program.name))
    with doc.action(translate("Actions", "Start Program {program}").format(program=program.name)):
        started = _set_program_status(doc, program, ProgramStatus.RUNNING)
        start_pairs(doc, pairs, on)
    return started


def missing_at_close(doc: Document, program: Program) -> list[str]:
    """What a program should have before it closes: final check-ins, goal outcomes, started proposals."""
    pairs = doc.all(Pair, "program_id = ? AND status IN ('active', 'completed')", [program.id])
    names = pair_names(doc, pairs)
    answered: dict[str, set[str]] = {}
    for pair_id, respondent in doc.conn.execute(
        "SELECT e.pair_id, e.respondent FROM evaluations e JOIN pairs p ON p.id = e.pair_id "
        "WHERE p.program_id = ? AND e.stage = ?",
        [program.id, Stage.FINAL.value],
    ):
        answered.setdefault(pair_id, set()).add(respondent)
    found = []
    no_final_from = translate("ProgramMoves", "{pair}: no final evaluation from the {who}")
    no_final_from_both = translate(
        "ProgramMoves", "{pair}: no final evaluation from the mentor or the mentee"
    )
    for pair in sorted(pairs, key=lambda p: names[p.id].lower()):
        have = answered.get(pair.id, set())
        missing = [r.label.lower() for r in (Respondent.MENTOR, Respondent.MENTEE) if r.value not in have]
        if len(missing) == 2:
            found.append(no_final_from_both.format(pair=names[pair.id]))
        elif missing:
            found.append(no_final_from.format(pair=names[pair.id], who=missing[0]))
    goals = doc.all(Goal, "pair_id IN (SELECT id FROM pairs WHERE program_id = ?)", [program.id])
    goal_names = pair_names(doc, doc.all(Pair, "program_id = ?", [program.id]))
    for goal in goals:
        if not goal.status.finished:
            text = translate("ProgramMoves", "{pair}: goal “{goal}” has no outcome ({status})")
            found.append(
                text.format(
                    pair=goal_names[goal.pair_id], goal=goal.specific, status=goal.status.label.lower()
                )
            )
    waiting = proposals(doc, program)
    if waiting:
        text = translate("ProgramMoves", "{pairs} never started")
        found.append(text.format(pairs=plural(len(waiting), "proposed pair")))
    return found


def close_program(doc: Document, program: Program, on: dt.date) -> Program:
    """The active pairs complete on ``on`` and the program closes, as one step."""
    refused = refuse_program_move(program, ProgramStatus.CLOSED)
    if refused:
        raise DocumentError(refused)
    with doc.action(translate("Actions", "Close Program {program}").format(program=program.name)):
        running = active_pairs(doc, program)
        late = [p for p in running if p.started_on and p.started_on > on]
        if late:
            text = translate(
                "ProgramMoves", "{pairs} started after {date}; close the program on a later date."
            )
            raise DocumentError(text.format(pairs=plural(len(late), "pair"), date=on))
        complete_pairs(doc, running, on, COMPLETED_AT_CLOSE)
        return _set_program_status(doc, program, ProgramStatus.CLOSED)


def reopen_program(doc: Document, program: Program) -> Program:
    """A closed program runs again; the pairs its closing completed are active again."""
    if program.status is not ProgramStatus.CLOSED:
        raise DocumentError(
            translate("ProgramMoves", "{program} is not closed.").format(program=program.name)
        )
    with doc.action(translate("Actions", "Reopen Program {program}").format(program=program.name)):
        closed = [
            p
            for p in doc.all(Pair, "program_id = ? AND status = ?", [program.id, PairStatus.COMPLETED.value])
            if refuse_reactivate(p) is None
        ]
        doc.update_many(
            [dataclasses.replace(p, status=PairStatus.ACTIVE, ended_on=None, end_reason="") for p in closed]
        )
        return _set_program_status(doc, program, ProgramStatus.RUNNING)


def is_first_meeting_of_proposal(doc: Document, meeting: Meeting) -> bool:
    """A meeting logged for a pair still proposed, with none before: the moment to start the pair."""
    pair = doc.find(Pair, meeting.pair_id)
    if pair is None or pair.status is not PairStatus.PROPOSED:
        return False
    held = doc.conn.execute(
        "SELECT count(*) FROM meetings WHERE pair_id = ? AND id != ?", [meeting.pair_id, meeting.id]
    ).fetchone()[0]
    return held == 0


def log_meeting(doc: Document, meeting: Meeting, *, start_pair: bool = False) -> Meeting:
    """Store a meeting; with ``start_pair`` its proposed pair starts on the meeting date, in one step."""
    exists = doc.find(Meeting, meeting.id) is not None
    with doc.action(translate("Actions", "Edit Meeting") if exists else translate("Actions", "Log Meeting")):
        if start_pair and meeting.date is not None:
            start_pairs(doc, [doc.get(Pair, meeting.pair_id)], meeting.date)
        return (doc.update if exists else doc.add)(meeting)


CONTRACT_ENDED = "Contract ended"


def end_for_contract(doc: Document, pair: Pair, person_id: str) -> Pair:
    """End a pair early because one of them leaves when their contract ends, on that date."""
    from rmdesk.domain.entities import Participant

    person = doc.get(Participant, person_id)
    if person.contract_end is None:
        text = translate(
            "PairMoves", "{person} has no contract end date; end the pair with End Early instead."
        )
        raise DocumentError(text.format(person=person.name))
    [stored] = doc.fresh(Pair, [pair])
    on = max(person.contract_end, stored.started_on) if stored.started_on else person.contract_end
    return end_pair(doc, stored, on, CONTRACT_ENDED)
