"""Edit > Preferences: how rmdesk behaves on this computer, whichever file is open.

Each preference is read here, in one place, from ``QSettings`` (the organisation and application
names the app sets). A value that is missing, or that someone stored by hand and does not read
(``autoLockMinutes = abc``), gives the default; one out of range is brought into it. The form,
``PreferencesDialog`` (in ``preferences_dialog``), loads only when it is first asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSettings

from rmdesk.domain.lifecycle import default_program
from rmdesk.domain.validation import LIMITS
from rmdesk.store import snapshots

if TYPE_CHECKING:
    from rmdesk.gui.dialogs.preferences_dialog import PreferencesDialog as PreferencesDialog

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
PAPERS = ("A4", "Letter")
# Where Letter is the usual paper; A4 everywhere else.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
    }
)

LANGUAGE_SETTING = "language"
AUTO_LOCK_SETTING = "autoLockMinutes"
SNAPSHOTS_SETTING = "snapshotsKept"
CADENCE_SETTING = "defaultCadenceDays"
PAPER_SETTING = "paperSize"

AUTO_LOCK_DEFAULT = 15  # minutes; 0 never locks
AUTO_LOCK_RANGE = (0, 24 * 60)
SNAPSHOTS_DEFAULT = snapshots.KEEP  # what the store keeps unless told otherwise
SNAPSHOTS_RANGE = (1, 100)
CADENCE_DEFAULT = default_program(dt.date.today()).cadence_days  # what a new program has without it
CADENCE_RANGE = LIMITS["programs", "cadence_days"]


def language_for(locale: QLocale) -> str:
    """The language rmdesk speaks to someone whose computer is set to ``locale``."""
    return "id" if locale.language() == QLocale.Language.Indonesian else "en"


def paper_for(locale: QLocale) -> str:
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def _whole(key: str, default: int, low: int, high: int) -> int:
    value = QSettings().value(key, default)
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _choice(key: str, choices: tuple[str, ...], default: str) -> str:
    value = QSettings().value(key, default)
    return value if isinstance(value, str) and value in choices else default


def language() -> str:
    """The language chosen ("en" or "id"); by default the computer's, when rmdesk speaks it."""
    return _choice(LANGUAGE_SETTING, tuple(LANGUAGES), language_for(QLocale.system()))


_language_in_use: str | None = None


def language_in_use() -> str:
    """The language of this session: the preference as it was when first asked for (at the start).
    A change made later applies from the next start."""
    global _language_in_use
    if _language_in_use is None:
        _language_in_use = language()
    return _language_in_use


def auto_lock_minutes() -> int:
    """Minutes without input before an encrypted file locks (0: never)."""
    return _whole(AUTO_LOCK_SETTING, AUTO_LOCK_DEFAULT, *AUTO_LOCK_RANGE)


def snapshots_kept() -> int:
    """How many snapshots of each file are kept; the oldest beyond go when a new one is taken."""
    return _whole(SNAPSHOTS_SETTING, SNAPSHOTS_DEFAULT, *SNAPSHOTS_RANGE)


def default_cadence() -> int:
    """Days between meetings a new program starts with."""
    return _whole(CADENCE_SETTING, CADENCE_DEFAULT, *CADENCE_RANGE)


def paper_size() -> str:
    """The paper reports start with, "A4" or "Letter"; by default the one usual where the computer is."""
    return _choice(PAPER_SETTING, PAPERS, paper_for(QLocale.system()))


@dataclass(frozen=True)
class Preferences:
    language: str
    auto_lock_minutes: int
    snapshots_kept: int
    cadence_days: int
    paper: str

    @classmethod
    def stored(cls) -> Preferences:
        return cls(language(), auto_lock_minutes(), snapshots_kept(), default_cadence(), paper_size())

    @classmethod
    def defaults(cls) -> Preferences:
        system = QLocale.system()
        return cls(
            language_for(system), AUTO_LOCK_DEFAULT, SNAPSHOTS_DEFAULT, CADENCE_DEFAULT, paper_for(system)
        )

    def store(self) -> None:
        settings = QSettings()
        settings.setValue(LANGUAGE_SETTING, self.language)
        settings.setValue(AUTO_LOCK_SETTING, self.auto_lock_minutes)
        settings.setValue(SNAPSHOTS_SETTING, self.snapshots_kept)
        settings.setValue(CADENCE_SETTING, self.cadence_days)
        settings.setValue(PAPER_SETTING, self.paper)
        settings.sync()
        apply()


def apply() -> None:
    """Hand the preferences the store uses to it: how many snapshots each file keeps."""
    snapshots.KEEP = snapshots_kept()


def __getattr__(name: str) -> Any:
    """The form itself loads when first asked for: its widgets are not needed to read a preference."""
    if name == "PreferencesDialog":
        from rmdesk.gui.dialogs.preferences_dialog import PreferencesDialog

        return PreferencesDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
