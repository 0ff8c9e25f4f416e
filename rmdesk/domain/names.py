"""File and sheet names made from people's names, safe on every system and never colliding.

Names are hostile input: "Ravi a/l Muthu", a leading "=", a NUL, 10,000 characters, CJK, RTL
and emoji must all give a name Windows, macOS and Linux accept, and two people with the same
name must not overwrite each other's file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Characters Windows forbids in file names, path separators, and the controls (NUL included).
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # invisible direction marks


def safe_file_stem(text: str, limit: int = 80, fallback: str = "unnamed") -> str:
    """``text`` as a file name without its extension: unsafe characters become "-", spaces are
    tidied, the length is capped (in characters, on a word boundary when there is one), and a name
    Windows reserves ("CON") or that is empty becomes usable."""
    text = unicodedata.normalize("NFC", text)
    text = BIDI_CONTROLS.sub("", UNSAFE.sub("-", text))
    text = re.sub(r"\s+", " ", text).strip(" .-")
    if len(text) > limit:
        cut = text[:limit]
        text = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip(" .-")
    if not text:
        text = fallback
    if text.split(".")[0].upper() in RESERVED:
        text = f"{text}_"
    return text


def unique(stems: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A distinct stem for each ``(key, stem)``: the second "Siti and Budi" becomes
    "Siti and Budi (3f2a9c1e)" with the start of its key (a pair's id), case-insensitively."""
    seen: dict[str, int] = {}
    chosen: dict[str, str] = {}
    pairs = list(stems)
    for _, stem in pairs:
        seen[stem.casefold()] = seen.get(stem.casefold(), 0) + 1
    taken: set[str] = set()
    for key, stem in pairs:
        name = stem
        if seen[stem.casefold()] > 1 or name.casefold() in taken:
            short = re.sub(r"[^0-9A-Za-z]", "", key)[:8] or str(len(taken))
            name = f"{stem} ({short})"
            number = 2
            while name.casefold() in taken:
                name = f"{stem} ({short}-{number})"
                number += 1
        taken.add(name.casefold())
        chosen[key] = name
    return chosen
