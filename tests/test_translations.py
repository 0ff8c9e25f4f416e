"""Bahasa Indonesia: the .ts holds every string of the sources, each translated, with the
placeholders and accelerators of its source, and the window's .qm is compiled from it (the core
reads the .ts itself)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import translations


def test_the_ts_holds_every_string_the_sources_mark_for_translation():
    lacking = translations.missing()
    assert lacking == set(), (
        f"{len(lacking)} strings are not in rmdesk_id.ts, such as {sorted(lacking)[:5]}: "
        "run python -m tools.translations, then translate them"
    )


def test_the_committed_qm_is_the_committed_ts_compiled():
    ts, qm = translations.ts_file(), translations.qm_file()
    assert qm.read_bytes() == translations.compiled(ts), (
        "rmdesk_id.qm is not rmdesk_id.ts compiled: run python -m tools.translations"
    )


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d+|%n")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def edges(text: str) -> tuple[str, str, bool]:
    """Leading and trailing blanks (" min" stays " menit") and a closing ellipsis (a command that
    asks for more)."""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :], text.rstrip().endswith("...")


def entries(ts: Path):
    """(context, source, translated texts, the translation element) of every message of ``ts``."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts = [""]
            elif forms := translation.findall("numerusform"):
                texts = [form.text or "" for form in forms]
            else:
                texts = [translation.text or ""]
            yield context.findtext("name"), message.findtext("source") or "", texts, translation


def untranslated(ts: Path) -> list[str]:
    problems = []
    for context, source, texts, translation in entries(ts):
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    return problems


def unfaithful(ts: Path) -> list[str]:
    problems = []
    for context, source, texts, _ in entries(ts):
        for text in texts:
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if accelerators(text) != accelerators(source):
                problems.append(f"{context}: {source!r} -> {text!r}: accelerators differ")
            if edges(text) != edges(source):
                problems.append(f"{context}: {source!r} -> {text!r}: blanks or ellipsis differ")
    return problems


def test_every_message_is_translated_and_nothing_is_left_over():
    problems = untranslated(translations.ts_file())
    assert problems == [], "\n".join(problems)


def test_translations_keep_the_placeholders_accelerators_and_edges_of_their_source():
    problems = unfaithful(translations.ts_file())
    assert problems == [], "\n".join(problems)


BROKEN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation type="unfinished"></translation></message>
    <message><source>&amp;Edit</source><translation></translation></message>
    <message><source>Gone</source><translation type="vanished">Hilang</translation></message>
    <message><source>&amp;Undo {step}</source><translation>&amp;Urungkan {langkah}</translation></message>
    <message><source>&amp;Quit</source><translation>Keluar</translation></message>
    <message><source> days</source><translation>hari</translation></message>
    <message><source>Page %1 of %2</source><translation>Halaman %1</translation></message>
    <message numerus="yes"><source>%n pairs</source>
        <translation><numerusform>pasangan</numerusform></translation></message>
</context>
</TS>
"""


def test_the_checks_catch_what_they_are_for(tmp_path):
    ts = tmp_path / "rmdesk_id.ts"
    ts.write_text(BROKEN, encoding="utf-8")
    assert untranslated(ts) == [
        "MainWindow: '&File' is unfinished",
        "MainWindow: '&Edit' has an empty translation",
        "MainWindow: 'Gone' is vanished",
    ]
    found = unfaithful(ts)
    for expected in (
        "'&Undo {step}' -> '&Urungkan {langkah}': placeholders differ",
        "'&Quit' -> 'Keluar': accelerators differ",
        "' days' -> 'hari': blanks or ellipsis differ",
        "'Page %1 of %2' -> 'Halaman %1': placeholders differ",
        "'%n pairs' -> 'pasangan': placeholders differ",
    ):
        assert f"MainWindow: {expected}" in found
    assert placeholders("%L1 of %2, %n") == ["%2", "%L1", "%n"]
    assert accelerators("Terms && conditions") == 0 and accelerators("Save a &Copy As...") == 1
    assert edges("Export...") != edges("Ekspor")
