"""Bahasa Indonesia: the .ts holds every string of the sources, and what is shipped is compiled
from it (the window's .qm, the core's copy)."""

from __future__ import annotations

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


def test_the_core_reads_the_same_ts():
    assert translations.core_copy().read_bytes() == translations.ts_file().read_bytes(), (
        "rmdesk/domain/translations/rmdesk_id.ts differs from resources/translations/: "
        "run python -m tools.translations"
    )
