"""How counts and scores are written, the same way in the window, the reports and the terminal."""

from __future__ import annotations

from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, current

IRREGULAR = {"person": "people", "Person": "People", "Never-Pair Entry": "Never-Pair Entries"}
# Every noun counted, one and many, as pyside6-lupdate reads them: a test finds each noun the code
# counts with a literal and fails when it is missing here.
NOUNS = (
    QT_TRANSLATE_NOOP("Noun", "active pair"),
    QT_TRANSLATE_NOOP("Noun", "active pairs"),
    QT_TRANSLATE_NOOP("Noun", "change-log entries removed"),
    QT_TRANSLATE_NOOP("Noun", "change-log entries rewritten"),
    QT_TRANSLATE_NOOP("Noun", "change-log entry removed"),
    QT_TRANSLATE_NOOP("Noun", "change-log entry rewritten"),
    QT_TRANSLATE_NOOP("Noun", "client site"),
    QT_TRANSLATE_NOOP("Noun", "client sites"),
    QT_TRANSLATE_NOOP("Noun", "contract"),
    QT_TRANSLATE_NOOP("Noun", "contracts"),
    QT_TRANSLATE_NOOP("Noun", "day"),
    QT_TRANSLATE_NOOP("Noun", "days"),
    QT_TRANSLATE_NOOP("Noun", "earlier row"),
    QT_TRANSLATE_NOOP("Noun", "earlier rows"),
    QT_TRANSLATE_NOOP("Noun", "Enrolment"),
    QT_TRANSLATE_NOOP("Noun", "enrolment"),
    QT_TRANSLATE_NOOP("Noun", "Enrolments"),
    QT_TRANSLATE_NOOP("Noun", "enrolments"),
    QT_TRANSLATE_NOOP("Noun", "entries"),
    QT_TRANSLATE_NOOP("Noun", "entry"),
    QT_TRANSLATE_NOOP("Noun", "evaluation"),
    QT_TRANSLATE_NOOP("Noun", "Evaluation"),
    QT_TRANSLATE_NOOP("Noun", "evaluations"),
    QT_TRANSLATE_NOOP("Noun", "Evaluations"),
    QT_TRANSLATE_NOOP("Noun", "follow-up"),
    QT_TRANSLATE_NOOP("Noun", "follow-ups"),
    QT_TRANSLATE_NOOP("Noun", "Goal"),
    QT_TRANSLATE_NOOP("Noun", "goal"),
    QT_TRANSLATE_NOOP("Noun", "Goals"),
    QT_TRANSLATE_NOOP("Noun", "goals"),
    QT_TRANSLATE_NOOP("Noun", "meeting"),
    QT_TRANSLATE_NOOP("Noun", "Meeting"),
    QT_TRANSLATE_NOOP("Noun", "Meetings"),
    QT_TRANSLATE_NOOP("Noun", "meetings"),
    QT_TRANSLATE_NOOP("Noun", "mentee"),
    QT_TRANSLATE_NOOP("Noun", "mentees"),
    QT_TRANSLATE_NOOP("Noun", "never-pair entries"),
    QT_TRANSLATE_NOOP("Noun", "never-pair entry"),
    QT_TRANSLATE_NOOP("Noun", "Never-Pair Entry"),
    QT_TRANSLATE_NOOP("Noun", "Never-Pair Entries"),
    QT_TRANSLATE_NOOP("Noun", "Organisation"),
    QT_TRANSLATE_NOOP("Noun", "Organisations"),
    QT_TRANSLATE_NOOP("Noun", "other entries"),
    QT_TRANSLATE_NOOP("Noun", "other entry"),
    QT_TRANSLATE_NOOP("Noun", "page"),
    QT_TRANSLATE_NOOP("Noun", "pages"),
    QT_TRANSLATE_NOOP("Noun", "pair"),
    QT_TRANSLATE_NOOP("Noun", "Pair"),
    QT_TRANSLATE_NOOP("Noun", "pair report"),
    QT_TRANSLATE_NOOP("Noun", "pair reports"),
    QT_TRANSLATE_NOOP("Noun", "pairs"),
    QT_TRANSLATE_NOOP("Noun", "Pairs"),
    QT_TRANSLATE_NOOP("Noun", "Participant"),
    QT_TRANSLATE_NOOP("Noun", "participant"),
    QT_TRANSLATE_NOOP("Noun", "participants"),
    QT_TRANSLATE_NOOP("Noun", "Participants"),
    QT_TRANSLATE_NOOP("Noun", "People"),
    QT_TRANSLATE_NOOP("Noun", "people"),
    QT_TRANSLATE_NOOP("Noun", "person"),
    QT_TRANSLATE_NOOP("Noun", "Person"),
    QT_TRANSLATE_NOOP("Noun", "Program"),
    QT_TRANSLATE_NOOP("Noun", "Programs"),
    QT_TRANSLATE_NOOP("Noun", "proposal"),
    QT_TRANSLATE_NOOP("Noun", "proposals"),
    QT_TRANSLATE_NOOP("Noun", "proposed pair"),
    QT_TRANSLATE_NOOP("Noun", "proposed pairs"),
    QT_TRANSLATE_NOOP("Noun", "reverse mentor"),
    QT_TRANSLATE_NOOP("Noun", "reverse mentors"),
    QT_TRANSLATE_NOOP("Noun", "row"),
    QT_TRANSLATE_NOOP("Noun", "rows"),
    QT_TRANSLATE_NOOP("Noun", "snapshot"),
    QT_TRANSLATE_NOOP("Noun", "snapshots"),
    QT_TRANSLATE_NOOP("Noun", "started pair"),
    QT_TRANSLATE_NOOP("Noun", "started pairs"),
    QT_TRANSLATE_NOOP("Noun", "Suggested Pair"),
    QT_TRANSLATE_NOOP("Noun", "Suggested Pairs"),
    QT_TRANSLATE_NOOP("Noun", "topic"),
    QT_TRANSLATE_NOOP("Noun", "topic rating"),
    QT_TRANSLATE_NOOP("Noun", "topic ratings"),
    QT_TRANSLATE_NOOP("Noun", "topics"),
    QT_TRANSLATE_NOOP("Noun", "undo step"),
    QT_TRANSLATE_NOOP("Noun", "undo step removed"),
    QT_TRANSLATE_NOOP("Noun", "undo steps"),
    QT_TRANSLATE_NOOP("Noun", "undo steps removed"),
)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 person``, ``2 people``, ``1,250 pairs`` (``1.250 pasangan``): the count as the language
    spoken writes numbers and the noun that agrees with it, translated."""
    said = current()
    form = noun if count == 1 else many or IRREGULAR.get(noun) or noun + "s"
    return f"{said.number(count)} {said.translate('Noun', form)}"


def points(value: float) -> str:
    """A score as it is stored (rounded to six decimals), never cut to six digits as ``:g`` does."""
    text = f"{round(value, 6):,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def counted(count: int, noun: str) -> str:
    """An action's object in an undo label: ``Participant`` for one, ``2 Participants`` for more."""
    return noun if count == 1 else plural(count, noun)
