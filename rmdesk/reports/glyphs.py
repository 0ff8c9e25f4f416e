"""Which characters the report font draws, and a font from the system for those it cannot.

DejaVu Sans draws Latin, Greek, Cyrillic, Arabic and Hebrew letters, but not Chinese, Japanese or
Korean, nor most emoji. A name such as "王秀英" would print as empty boxes and vanish from the
PDF's text. For such characters a font is looked up on the system: with fontconfig's
``fc-match`` when it is there, else in reportlab's font folders. A character no font can draw is
remembered, and the export says which ones were left out.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).with_name("fonts")
FAMILY = "DejaVu"
BOLD = "DejaVu-Bold"
ITALIC = "DejaVu-Oblique"
SCAN_LIMIT = 400  # font files read when looking without fontconfig
# Characters that are never drawn as glyphs: spacing, line breaks, direction and joiner marks.
INVISIBLE = "\t\n\r\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufe0e\ufe0f"

_numbers = itertools.count(1)
# The characters no font could draw in the report being written (None: nobody is listening).
undrawn: ContextVar[set[str] | None] = ContextVar("undrawn", default=None)


def _ranges(codes: list[int]) -> str:
    """A regular-expression class body for the sorted code points ``codes``."""
    parts: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        parts.append(re.escape(chr(start)) + (f"-{re.escape(chr(previous))}" if previous > start else ""))
        start = previous = code
    return "".join(parts)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with each character written as UTF-16 (a surrogate pair beyond
    U+FFFF): reportlab writes "1F600" for an emoji, which readers reject, so the character vanished
    from the PDF's text though it was drawn."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(
                f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
                for i, v in enumerate(subset)
            ),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def family() -> str:
    """Register the shipped fonts once; returns the family name."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, file in (
        (FAMILY, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return FAMILY


@cache
def _uncovered() -> re.Pattern[str]:
    """Matches one character the shipped fonts cannot draw (the bold and plain faces cover the same)."""
    family()
    plain = set(pdfmetrics.getFont(FAMILY).face.charToGlyph)
    bold = set(pdfmetrics.getFont(BOLD).face.charToGlyph)
    return re.compile(f"[^{_ranges(sorted(plain & bold))}{INVISIBLE}]")


def needs_fallback(text: str) -> bool:
    return _uncovered().search(text) is not None


class Fallbacks:
    """Fonts found on the system, loaded once, and what each character resolved to."""

    def __init__(self) -> None:
        self.loaded: dict[str, tuple[str, set[int]] | None] = {}  # file -> (font name, its characters)
        self.chosen: dict[str, str | None] = {}  # character -> font name, None: no font draws it
        self.scanned = False

    def _load(self, file: str) -> tuple[str, set[int]] | None:
        if file in self.loaded:
            return self.loaded[file]
        found = None
        if file.lower().endswith((".ttf", ".ttc", ".otf")) and os.path.isfile(file):
            try:
                name = f"Fallback{next(_numbers)}"  # unique in the process: fonts register globally
                font = TTFont(name, file, subfontIndex=0)  # TrueType outlines only: CFF fonts refuse
                pdfmetrics.registerFont(font)
                found = name, set(font.face.charToGlyph)
            except Exception:  # a font reportlab cannot embed is no use here
                found = None
        self.loaded[file] = found
        return found

    def _candidates(self, chars: str) -> list[str]:
        """Font files likely to draw ``chars``, best first."""
        if shutil.which("fc-match"):
            charset = " ".join(f"{ord(c):x}" for c in chars[:64])
            try:
                out = subprocess.run(
                    ["fc-match", "-s", "--format=%{file}\n", f":charset={charset}"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                    check=False,
                ).stdout
            except (OSError, subprocess.SubprocessError):
                out = ""
            return [line for line in out.splitlines() if line][:12]
        if self.scanned:
            return []
        self.scanned = True
        files: list[str] = []
        for folder in rl_config.TTFSearchPath:
            for root, _, names in os.walk(os.path.expanduser(str(folder))):
                files += [os.path.join(root, n) for n in names if n.lower().endswith((".ttf", ".ttc"))]
                if len(files) >= SCAN_LIMIT:
                    return files[:SCAN_LIMIT]
        return files

    def resolve(self, chars: str) -> None:
        """Find a font for each character of ``chars`` not seen before."""
        new = "".join(dict.fromkeys(c for c in chars if c not in self.chosen))
        if not new:
            return
        for c in new:  # a font already loaded may draw it
            self.chosen[c] = next(
                (name for name, codes in filter(None, self.loaded.values()) if ord(c) in codes), None
            )
        missing = "".join(c for c in new if self.chosen[c] is None)
        if missing:
            for file in self._candidates(missing):
                loaded = self._load(file)
                if loaded is None:
                    continue
                name, codes = loaded
                for c in missing:
                    if self.chosen[c] is None and ord(c) in codes:
                        self.chosen[c] = name
                missing = "".join(c for c in missing if self.chosen[c] is None)
                if not missing:
                    break

    def font_of(self, char: str) -> str | None:
        return self.chosen.get(char)


@cache
def fallbacks() -> Fallbacks:
    return Fallbacks()


def runs(text: str, font: str) -> list[tuple[str, str | None]]:
    """``text`` cut into runs of one font each: ``font`` where it draws, a fallback where one was
    found, and None for characters no font draws (they are noted for the export's message)."""
    pattern = _uncovered()
    if pattern.search(text) is None:
        return [(text, font)]
    bad = "".join(pattern.findall(text))
    table = fallbacks()
    table.resolve(bad)
    out: list[tuple[str, str | None]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            out.append((text[position : match.start()], font))
        char = match.group()
        chosen = table.font_of(char)
        if chosen is None:
            note(char)
        if out and out[-1][1] == chosen and match.start() == position:
            out[-1] = (out[-1][0] + char, chosen)
        else:
            out.append((char, chosen))
        position = match.end()
    if position < len(text):
        out.append((text[position:], font))
    return out


def note(char: str) -> None:
    seen = undrawn.get()
    if seen is not None:
        seen.add(char)


def font_for(text: str, font: str) -> str:
    """One font for a whole label (charts draw a label in one font): ``font``, or a fallback that
    draws every character ``font`` cannot."""
    chosen = {name for _, name in runs(text, font) if name != font}
    if len(chosen) == 1 and None not in chosen:
        return chosen.pop() or font
    return font


def describe(chars: set[str]) -> str:
    """The characters left out, as a person can read them: "中 (U+4E2D), 文 (U+6587)"."""
    shown = sorted(chars)
    text = ", ".join(f"{c} (U+{ord(c):04X})" for c in shown[:12])
    return text + (f" and {len(shown) - 12} more" if len(shown) > 12 else "")
