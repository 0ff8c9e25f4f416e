"""The file's language for what the core writes (reports, workbook headers, the command line), from
the same translations the window uses, read without Qt.

The translations are Qt Linguist files, ``translations/rmdesk_LANG.ts`` beside this module, kept by
``python -m tools.translations`` (the window loads the same messages compiled to a .qm). Only
finished translations count; a message without one, or a language rmdesk does not speak, is
English, the language of the sources.

``pyside6-lupdate`` finds a core string where it is written as ``words.translate("Context",
"Text")`` with literal strings (``words`` being a :class:`Words`), or marked with
``QT_TRANSLATE_NOOP("Context", "Text")`` where it is defined and translated later. Placeholders
are ``{name}``, filled with ``str.format`` after translating, so a sentence keeps its word order in
every language::

    words = i18n.words(organisation.language)
    title = words.translate("ProgramReport", "{program}: program report").format(program=name)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import string
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

SOURCE = "en"  # the language the strings are written in
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
FOLDER = Path(__file__).with_name("translations")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate reads
    """``text`` as it is, marked for translation under ``context``."""
    return text


def language_of(code: str | None) -> str:
    """The language rmdesk speaks for ``code`` ("id", "id_ID", "id-ID", "ID"): one of
    :data:`LANGUAGES`, English for anything else."""
    base = (code or "").replace("-", "_").split("_")[0].strip().lower()
    return base if base in LANGUAGES else SOURCE


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a .ts file."""
    import xml.etree.ElementTree as ET  # only when a language other than English is first spoken

    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                found[name, message.findtext("source") or ""] = text
    return found


@functools.cache
def _table(language: str) -> Mapping[tuple[str, str], str]:
    path = FOLDER / f"rmdesk_{language}.ts"
    return read_ts(path) if language != SOURCE and path.is_file() else {}


MONTHS = (
    QT_TRANSLATE_NOOP("Month", "January"),
    QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"),
    QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "December"),
)
# How each language groups thousands and marks decimals (CLDR: "1,250.5" and "1.250,5").
SEPARATORS = {"en": (",", "."), "id": (".", ",")}


@dataclass(frozen=True)
class Words:
    """Translations into one language, with its way of writing numbers and dates."""

    language: str
    table: Mapping[tuple[str, str], str] = field(repr=False)

    def translate(self, context: str, text: str) -> str:
        """``text`` in this language (``text`` itself when it has no translation)."""
        return self.table.get((context, text), text)

    def number(self, value: float, decimals: int = 0) -> str:
        """``1,250`` / ``1.250``; ``3.5`` / ``3,5`` with ``decimals=1``."""
        return self.localise(f"{value:,.{decimals}f}")

    def localise(self, text: str) -> str:
        """A number already written the English way ("3.42", "1,250") as this language writes it."""
        group, point = SEPARATORS.get(self.language, SEPARATORS[SOURCE])
        return text if (group, point) == (",", ".") else text.translate({44: group, 46: point})

    def percent(self, share: float) -> str:
        """``42%`` of a share between 0 and 1, as the language writes it (no space in either)."""
        return f"{self.number(share * 100)}%"

    def date(self, day: dt.date) -> str:
        """``30 November 2026`` / ``30 November 2026``: day, month name, year, which both read
        alike and no reader mistakes for another date, as 11/30 and 30/11 can be."""
        return f"{day.day} {self.translate('Month', MONTHS[day.month - 1])} {day.year}"


def words(language: str | None) -> Words:
    """The translations into ``language`` (a code as the file stores it; English if unknown)."""
    chosen = language_of(language)
    return Words(chosen, _table(chosen))


# The language the window or the command line speaks, for every thread that chose none; a report
# being written speaks its file's language in its own thread (``speaking``) while the window goes on.
_interface: list[Words] = [Words(SOURCE, {})]
_speaking: ContextVar[Words | None] = ContextVar("speaking", default=None)


def use(language: str | None) -> Words:
    """Speak ``language`` from now on wherever nothing else was chosen (the window's language,
    or the terminal's)."""
    _interface[0] = words(language)
    return _interface[0]


def current() -> Words:
    """The words of the language spoken here: a ``speaking`` block's, else the interface's."""
    return _speaking.get() or _interface[0]


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[Words]:
    """Speak ``language`` in this thread (and only here) until the block ends: a report in its
    file's language, written while the window speaks another."""
    token = _speaking.set(words(language))
    try:
        yield _speaking.get() or _interface[0]
    finally:
        _speaking.reset(token)


def translate(context: str, text: str, language: str | None = None) -> str:
    """``text`` of ``context`` in the language spoken here, or in ``language`` when given.
    ``pyside6-lupdate`` reads calls of this with literal strings."""
    chosen = current() if language is None else words(language)
    return chosen.translate(context, text)


def filler(sentence: str, names: tuple[str, ...]) -> Callable[..., str]:
    """A function of the values of ``names``, in that order, giving ``sentence.format(name=value...)``:
    the same text, written by %-formatting (several times faster, for thousands of sentences filled
    at once). A translated sentence may put its placeholders in any order or repeat one; one with
    anything but plain named placeholders (a format, a conversion, a name not given) is filled by
    ``format`` itself."""

    def formatted(*values: object) -> str:
        return sentence.format(**dict(zip(names, values, strict=True)))

    try:
        parsed = list(string.Formatter().parse(sentence))
    except ValueError:  # braces unbalanced: format says so when it is filled
        return formatted
    parts: list[str] = []
    order: list[int] = []
    for literal, name, spec, conversion in parsed:
        parts.append(literal.replace("%", "%%"))
        if name is None:
            continue
        if spec or conversion or name not in names:
            return formatted
        parts.append("%s")  # str(value): what format(value, "") gives for text, numbers and dates
        order.append(names.index(name))
    pattern = "".join(parts)
    if order == list(range(len(names))):
        return lambda *values: pattern % values
    return lambda *values: pattern % tuple(values[i] for i in order)
