"""How strong a passphrase is, in words a person understands, and which ones are refused.

A client file on a lost laptop is only as safe as its passphrase: length counts most, so a
few unrelated words beat a short jumble of symbols.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

MINIMUM = 10
COMMON = {
    "password", "passw0rd", "qwerty", "123456", "12345678", "123456789", "111111", "letmein",
    "welcome", "admin", "iloveyou", "monkey", "dragon", "sunshine", "rahasia", "bismillah",
    "indonesia", "jakarta", "sayang", "cinta", "katasandi", "mentoring", "rmdesk",
}  # fmt: skip
LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Too weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
    QT_TRANSLATE_NOOP("Passphrase", "Very strong"),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (refused) to 4
    bits: float  # a rough estimate of the guesses needed, as bits
    advice: str

    @property
    def label(self) -> str:
        return translate("Passphrase", LABELS[self.score])

    @property
    def acceptable(self) -> bool:
        return self.score >= 2


def refusal(text: str) -> str | None:
    """Why a passphrase cannot be used at all; None when it can."""
    if "\x00" in text:
        return translate("Passphrase", "A passphrase cannot hold a NUL character.")
    if text != text.strip():
        return translate(
            "Passphrase", "A passphrase cannot start or end with a space (it is too easy to mistype)."
        )
    if len(text) < MINIMUM:
        text = translate(
            "Passphrase",
            "Use at least {minimum} characters; four unrelated words are easy to remember and hard to guess.",
        )
        return text.format(minimum=MINIMUM)
    return None


def strength(text: str) -> Strength:
    """A rough, honest estimate: long and varied is strong, common words and repeats are not."""
    if refusal(text):
        return Strength(0, 0.0, refusal(text) or "")
    pool = sum(
        size
        for pattern, size in ((r"[a-z]", 26), (r"[A-Z]", 26), (r"\d", 10), (r"[^a-zA-Z\d]", 33))
        if re.search(pattern, text)
    )
    unique = len(set(text.lower()))
    bits = min(len(text), unique * 2) * math.log2(max(pool, 2))
    plain = re.sub(r"[^a-z]", "", text.lower())
    if plain in COMMON or any(word in plain for word in COMMON if len(word) >= 6):
        bits /= 2
    if re.fullmatch(r"(.+?)\1+", text):
        bits /= 2
    score = 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    advice = {
        1: QT_TRANSLATE_NOOP("Passphrase", "Easy to guess: make it longer, with a few unrelated words."),
        2: QT_TRANSLATE_NOOP("Passphrase", "Fair: a few more characters or words would make it strong."),
        3: QT_TRANSLATE_NOOP("Passphrase", "Strong."),
        4: QT_TRANSLATE_NOOP("Passphrase", "Very strong."),
    }[score]
    advice = translate("Passphrase", advice)
    return Strength(score, round(bits, 1), advice)
