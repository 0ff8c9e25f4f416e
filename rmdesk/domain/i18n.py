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

import functools
import xml.etree.ElementTree as ET
from collections.abc import Mapping
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


@dataclass(frozen=True)
class Words:
    """Translations into one language."""

    language: str
    table: Mapping[tuple[str, str], str] = field(repr=False)

    def translate(self, context: str, text: str) -> str:
        """``text`` in this language (``text`` itself when it has no translation)."""
        return self.table.get((context, text), text)


def words(language: str | None) -> Words:
    """The translations into ``language`` (a code as the file stores it; English if unknown)."""
    chosen = language_of(language)
    return Words(chosen, _table(chosen))


def translate(context: str, text: str, language: str | None) -> str:
    """``text`` of ``context`` in ``language``. Write strings for ``pyside6-lupdate`` through
    :meth:`Words.translate` or :func:`QT_TRANSLATE_NOOP`: it does not read calls of this one."""
    return words(language).translate(context, text)
