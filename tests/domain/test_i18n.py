"""The core's translations: the same .ts the window uses, read without Qt, finished messages only."""

from __future__ import annotations

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
