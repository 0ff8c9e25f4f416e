"""Which moves a pair and a program may make, in one place.

A pair goes Proposed -> Active (from a start date) -> Completed, or Ended early
(with a date and a reason). A program goes Planned -> Running -> Closed, and a
closed program may be reopened. Each ``refuse_*`` returns None when the move is
allowed, or one sentence saying why not.
"""

from __future__ import annotations

import datetime as dt

from rmdesk.domain.entities import Pair, PairStatus, Program, ProgramStatus
from rmdesk.domain.topics import DEFAULT_TOPICS

END_REASONS = (
    "Left the company",
    "Moved to another role",
    "Contract ended",
    "Asked to stop",
    "No time to meet",
    "The pair did not work",
)
# The reason a pair carries when closing the program completed it; reopening the program undoes just those.
COMPLETED_AT_CLOSE = "Completed when the program closed"


def _when(pair: Pair) -> str:
    return f" on {pair.ended_on}" if pair.ended_on else ""


def refuse_start(pair: Pair, program: Program, on: dt.date) -> str | None:
    if pair.status is PairStatus.ACTIVE:
        return f"This pair already started{f' on {pair.started_on}' if pair.started_on else ''}."
    if pair.status is not PairStatus.PROPOSED:
        return f"This pair finished{_when(pair)}; a finished pair does not start again."
    if program.status is ProgramStatus.CLOSED:
        return f"{program.name} is closed; reopen it first (Program > Reopen Program)."
    if program.end_date and on > program.end_date:
        return f"{on} is after the program ends ({program.end_date}); choose an earlier start date."
    return None


def refuse_end(pair: Pair, on: dt.date, *, reason: str = "", completed: bool = False) -> str | None:
    if pair.status is PairStatus.PROPOSED:
        return "This pair has not started; to drop a proposal, unpair it instead."
    if pair.status is not PairStatus.ACTIVE:
        return f"This pair already finished{_when(pair)}."
    if pair.started_on and on < pair.started_on:
        return f"The end date {on} is before the pair started ({pair.started_on})."
    if not completed and not reason.strip():
        return "Say why the pair ends early."
    return None


def refuse_reactivate(pair: Pair) -> str | None:
    """Only a pair that closing the program completed becomes active again (when it reopens)."""
    if pair.status is PairStatus.COMPLETED and pair.end_reason == COMPLETED_AT_CLOSE:
        return None
    return "Only pairs completed by closing the program become active again when it reopens."


def refuse_program_move(program: Program, to: ProgramStatus) -> str | None:
    now, name = program.status, program.name
    if to is ProgramStatus.RUNNING and now is ProgramStatus.PLANNED:
        return None
    if to is ProgramStatus.CLOSED and now is ProgramStatus.RUNNING:
        return None
    if to is ProgramStatus.RUNNING and now is ProgramStatus.CLOSED:
        return None  # reopening
    if to is now:
        return f"{name} is already {now.label.lower()}."
    if to is ProgramStatus.CLOSED:
        return f"{name} has not started yet, so there is nothing to close."
    return f"{name} cannot go back to planned once it has started."


def default_program(today: dt.date, name: str = "", start: dt.date | None = None) -> Program:
    """A new program as practice runs one: about seven months from the next month, meeting every 4 weeks."""
    start = start or (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    months = start.month - 1 + 7
    after_end = dt.date(start.year + months // 12, months % 12 + 1, 1)
    return Program(
        name=name or f"Reverse mentoring {start.year}",
        start_date=start,
        end_date=after_end - dt.timedelta(days=1),
        topics=list(DEFAULT_TOPICS),
    )
