"""How strong a passphrase is, in words a person understands, and which ones are refused.

A client file on a lost laptop is only as safe as its passphrase: length counts most, so a
few unrelated words beat a short jumble of symbols.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MINIMUM = 10
COMMON = {
    "password", "passw0rd", "qwerty", "123456", "12345678", "123456789", "111111", "letmein",
    "welcome", "admin", "iloveyou", "monkey", "dragon", "sunshine", "rahasia", "bismillah",
    "indonesia", "jakarta", "sayang", "cinta", "katasandi", "mentoring", "rmdesk",
}  # fmt: skip
LABELS = ("Too weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (refused) to 4
    bits: float  # a rough estimate of the guesses needed, as bits
    advice: str

    @property
    def label(self) -> str:
        return LABELS[self.score]

    @property
    def acceptable(self) -> bool:
        return self.score >= 2


def refusal(text: str) -> str | None:
    """Why a passphrase cannot be used at all; None when it can."""
    if "\x00" in text:
        return "A passphrase cannot hold a NUL character."
    if text != text.strip():
        return "A passphrase cannot start or end with a space (it is too easy to mistype)."
    if len(text) < MINIMUM:
        return (
            f"Use at least {MINIMUM} characters; four unrelated words are easy to remember and hard to guess."
        )
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
        1: "Easy to guess: make it longer, with a few unrelated words.",
        2: "Fair: a few more characters or words would make it strong.",
        3: "Strong.",
        4: "Very strong.",
    }[score]
    return Strength(score, round(bits, 1), advice)
