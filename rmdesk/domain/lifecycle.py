"""Which moves a pair and a program may make, in one place.

A pair goes Proposed -> Active (from a start date) -> Completed, or Ended early
(with a date and a reason). A program goes Planned -> Running -> Closed, and a
closed program may be reopened. Each ``refuse_*`` returns None when the move is
allowed, or one sentence saying why not.
"""

from __future__ import annotations

import datetime as dt

from rmdesk.domain.entities import Pair, PairStatus, Program, ProgramStatus
from rmdesk.domain.i18n import translate
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


def refuse_start(pair: Pair, program: Program, on: dt.date) -> str | None:
    if pair.status is PairStatus.ACTIVE:
        if pair.started_on:
            return translate("PairMoves", "This pair already started on {date}.").format(date=pair.started_on)
        return translate("PairMoves", "This pair already started.")
    if pair.status is not PairStatus.PROPOSED:
        if pair.ended_on:
            text = translate(
                "PairMoves", "This pair finished on {date}; a finished pair does not start again."
            )
            return text.format(date=pair.ended_on)
        return translate("PairMoves", "This pair finished; a finished pair does not start again.")
    if program.status is ProgramStatus.CLOSED:
        text = translate("PairMoves", "{program} is closed; reopen it first (Program > Reopen Program).")
        return text.format(program=program.name)
    if program.end_date and on > program.end_date:
        text = translate(
            "PairMoves", "{date} is after the program ends ({end}); choose an earlier start date."
        )
        return text.format(date=on, end=program.end_date)
    return None


def refuse_end(pair: Pair, on: dt.date, *, reason: str = "", completed: bool = False) -> str | None:
    if pair.status is PairStatus.PROPOSED:
        return translate("PairMoves", "This pair has not started; to drop a proposal, unpair it instead.")
    if pair.status is not PairStatus.ACTIVE:
        if pair.ended_on:
            return translate("PairMoves", "This pair already finished on {date}.").format(date=pair.ended_on)
        return translate("PairMoves", "This pair already finished.")
    if pair.started_on and on < pair.started_on:
        text = translate("PairMoves", "The end date {date} is before the pair started ({start}).")
        return text.format(date=on, start=pair.started_on)
    if not completed and not reason.strip():
        return translate("PairMoves", "Say why the pair ends early.")
    return None


def refuse_reactivate(pair: Pair) -> str | None:
    """Only a pair that closing the program completed becomes active again (when it reopens)."""
    if pair.status is PairStatus.COMPLETED and pair.end_reason == COMPLETED_AT_CLOSE:
        return None
    return translate(
        "PairMoves", "Only pairs completed by closing the program become active again when it reopens."
    )


def refuse_program_move(program: Program, to: ProgramStatus) -> str | None:
    now, name = program.status, program.name
    if to is ProgramStatus.RUNNING and now is ProgramStatus.PLANNED:
        return None
    if to is ProgramStatus.CLOSED and now is ProgramStatus.RUNNING:
        return None
    if to is ProgramStatus.RUNNING and now is ProgramStatus.CLOSED:
        return None  # reopening
    if to is now:
        return translate("ProgramMoves", "{program} is already {status}.").format(
            program=name, status=now.label.lower()
        )
    if to is ProgramStatus.CLOSED:
        text = translate("ProgramMoves", "{program} has not started yet, so there is nothing to close.")
        return text.format(program=name)
    return translate("ProgramMoves", "{program} cannot go back to planned once it has started.").format(
        program=name
    )


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
