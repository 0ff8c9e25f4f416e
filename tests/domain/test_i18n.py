"""The core's translations: the same .ts the window uses, read without Qt, finished messages only."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.domain import i18n

UNFINISHED_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ProgramReport</name>
    <message>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation type="unfinished">Siapa</translation>
    </message>
    <message>
        <source>Risks and follow-ups</source>
        <translation type="vanished">Risiko</translation>
    </message>
    <message>
        <source>Every follow-up</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation>
            <numerusform>%n pasangan</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_the_files_language_picks_the_words():
    assert i18n.translate("ProgramReport", "Executive summary", "id") == "Ringkasan eksekutif"
    assert i18n.translate("ProgramReport", "Executive summary", "en") == "Executive summary"
    title = i18n.words("id").translate("ProgramReport", "{program}: program report")
    assert title.format(program="Pilot 2026") == "Pilot 2026: laporan program"


def test_codes_as_files_may_hold_them_and_languages_rmdesk_does_not_speak():
    assert [i18n.language_of(code) for code in ("id", "id_ID", "id-ID", "ID", " id ")] == ["id"] * 5
    assert [i18n.language_of(code) for code in ("en", "en_GB", "fr", "", None)] == ["en"] * 5
    assert i18n.translate("PairReport", "Summary", "fr") == "Summary"
    assert i18n.words("id_ID").language == "id"


def test_a_string_without_a_translation_stays_english():
    assert i18n.translate("ProgramReport", "Not a string rmdesk has", "id") == "Not a string rmdesk has"
    assert i18n.translate("PairReport", "Executive summary", "id") == "Executive summary"  # another context


def test_only_finished_translations_count(tmp_path):
    ts = tmp_path / "rmdesk_xx.ts"
    ts.write_text(UNFINISHED_TS, encoding="utf-8")
    assert i18n.read_ts(ts) == {
        ("ProgramReport", "Executive summary"): "Ringkasan eksekutif",
        ("ProgramReport", "%n pairs"): "%n pasangan",
    }


def test_the_marker_gives_the_text_as_it_is():
    assert i18n.QT_TRANSLATE_NOOP("ProgramReport", "Who takes part") == "Who takes part"


def test_the_translations_are_shipped_beside_the_module():
    assert (i18n.FOLDER / "rmdesk_id.ts").is_file()
    assert set(i18n.LANGUAGES) == {"en", "id"}


def test_statuses_counts_numbers_and_dates_follow_the_language_spoken():
    from rmdesk.domain.entities import PairStatus, Role
    from rmdesk.domain.words import plural

    assert (PairStatus.ENDED_EARLY.label, plural(2500, "pair")) == ("Ended early", "2,500 pairs")
    with i18n.speaking("id") as words:
        assert PairStatus.ENDED_EARLY.label == "Berakhir lebih awal"
        assert Role.MENTOR.label == "Mentor terbalik"
        assert plural(2500, "pair") == "2.500 pasangan"
        assert plural(1, "person", "people") == "1 orang"
        assert words.number(1234.5, 1) == "1.234,5"
        assert words.date(dt.date(2026, 8, 3)) == "3 Agustus 2026"
    assert i18n.current().language == "en"  # the block's language ends with it
    assert i18n.words("en").date(dt.date(2026, 8, 3)) == "3 August 2026"


def test_a_report_speaking_its_files_language_in_a_thread_leaves_the_windows_language_alone():
    import threading

    from rmdesk.domain.entities import Stage

    seen = {}
    ready, done = threading.Event(), threading.Event()

    def report():
        with i18n.speaking("id"):
            seen["report"] = Stage.FINAL.label
            ready.set()
            done.wait(5)

    worker = threading.Thread(target=report)
    worker.start()
    ready.wait(5)
    seen["window"] = Stage.FINAL.label  # while the report's block is open in its thread
    done.set()
    worker.join()
    assert seen == {"report": "Akhir", "window": "Final"}


def test_every_noun_the_code_counts_is_marked_for_translation():
    """plural("...") and counted("...") with a literal noun: both its forms are in words.NOUNS, where
    pyside6-lupdate finds them, and so in the translations."""
    import ast
    from pathlib import Path

    from rmdesk.domain import words

    counted = set()
    for path in Path(words.__file__).parents[1].rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            name = getattr(name, "id", getattr(name, "attr", None))
            if isinstance(node, ast.Call) and name in ("plural", "counted"):
                nouns = [a.value for a in node.args[1:] if isinstance(a, ast.Constant)]
                if nouns:
                    one, many = nouns[0], nouns[1] if len(nouns) > 1 else None
                    counted |= {one, many or words.IRREGULAR.get(one) or one + "s"}
    assert len(counted) > 30
    assert counted - set(words.NOUNS) == set()
    for noun in words.NOUNS:
        same = {"mentee", "mentees", "Program", "Programs"}  # the same word in both languages
        assert i18n.translate("Noun", noun, "id") != noun or noun in same, noun


def test_refusals_are_told_in_the_language_spoken(tmp_path):
    import pytest

    from rmdesk.domain.entities import Participant, Program
    from rmdesk.domain.lifecycle import refuse_program_move
    from rmdesk.domain.validation import check_participant
    from rmdesk.store import Document
    from rmdesk.store.errors import DocumentError

    stray = tmp_path / "notes.rmdesk"
    stray.write_text("not a program file")
    with i18n.speaking("id"):
        with pytest.raises(
            DocumentError, match=r"^notes\.rmdesk bukan berkas rmdesk \(bukan basis data SQLite\)\.$"
        ):
            Document.open(stray)
        [problem] = check_participant(Participant(name="Ayu", grade=40))
        assert problem.message == "Golongan harus antara 1 dan 20 (tertulis 40)."
        assert (
            refuse_program_move(Program(name="RM 2027"), Program().status)
            == "RM 2027 sudah berstatus direncanakan."
        )
    with pytest.raises(DocumentError, match=r"^notes\.rmdesk is not an rmdesk file"):
        Document.open(stray)


def test_an_undo_step_is_named_in_the_language_spoken_when_it_is_made(tmp_path):
    from rmdesk.domain.entities import Participant
    from rmdesk.store import Document
    from rmdesk.store.edits import save_participant

    doc = Document.create(tmp_path / "klien.rmdesk", organisation="PT Contoh")
    with i18n.speaking("id"):
        save_participant(doc, Participant(name="Ayu"), None, None)
    assert doc.undo_label() == "Tambah Peserta"
    save_participant(doc, Participant(name="Budi"), None, None)
    assert doc.undo_label() == "Add Participant"
    doc.close()


def test_a_filler_writes_what_format_writes_in_any_order_of_placeholders():
    from rmdesk.domain.i18n import filler

    day = dt.date(2026, 8, 3)
    cases = [
        ("{pair}: goal “{goal}” was due {date} ({progress} % done).", ("pair", "goal", "date", "progress")),
        (
            "{goal} ({progress} %) milik {pair}, jatuh tempo {date}; 100%s {{x}}",
            ("pair", "goal", "date", "progress"),
        ),
        ("{pair} and {pair} again, {date}", ("pair", "goal", "date", "progress")),
        ("{pair!r} {progress:03d} {date}", ("pair", "goal", "date", "progress")),  # format fills these
        ("no placeholder, 50 %", ("pair", "goal", "date", "progress")),
    ]
    values = ("Siti and Hendra", "Write a {brief} 100% alone", day, 7)
    for sentence, names in cases:
        expected = sentence.format(**dict(zip(names, values, strict=True)))
        assert filler(sentence, names)(*values) == expected, sentence
    with pytest.raises(KeyError):
        filler("{pair} {who}", ("pair",))("Siti")


def test_every_choice_label_is_marked_for_translation_and_translated():
    from enum import StrEnum

    from rmdesk.domain import entities
    from rmdesk.domain.health import HEALTH_LABELS, Health

    choices = [c for c in vars(entities).values() if isinstance(c, type) and issubclass(c, entities.Choice)]
    english = {member.english for kind in choices if kind is not entities.Choice for member in kind}
    assert len(english) > 20 and english - set(entities.LABELS) == set()
    assert set(HEALTH_LABELS) == set(Health) and issubclass(Health, StrEnum)
    same = {"Mentee", "Mentor", "Program", "Online"} & english  # words Bahasa Indonesia borrows
    for label in [*entities.LABELS, *HEALTH_LABELS.values()]:
        assert i18n.translate("Choice", label, "id") != label or label in same, label
