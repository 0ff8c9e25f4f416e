"""Reading reports back: their text (pypdf), their pages as pictures (pdftoppm), their fonts and
their words' places (poppler), and a file of hostile inputs to write them from."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from rmdesk.domain import (
    Enrolment,
    Evaluation,
    Goal,
    Meeting,
    Organisation,
    Pair,
    PairStatus,
    Participant,
    Program,
    Respondent,
    Role,
    Stage,
)
from rmdesk.store import Document

LOGO_RED = (255, 0, 0)
CJK = "王秀英"
RTL = ("דוד כהן", "محمد علي")
HOSTILE_PAIRS = [
    ("Ravi a/l Muthu", "Budi/Santoso"),
    ("Nul\x00Byte", "Null Person"),
    (CJK, "李伟"),
    RTL,
    ("Emoji 😀🎉 Person", "Zoë 🌏"),
    ("X" * 10_000, "Long " * 2_000),
    ("Same Name", "Same Pair"),
    ("Same Name", "Same Pair"),
    ("I Gusti Ayu Ngurah Kade Wijayakusuma", "Siti Nur'aini"),
]


def text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(path: Path) -> str:
    """The whole text with every run of white space as one space (table cells end up in a row)."""
    return " ".join(" ".join(text(path)).split())


def rendered(path: Path, folder: Path, dpi: int = 30) -> list[Image.Image]:
    """Every page drawn by pdftoppm, as a reader's viewer would show it."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / path.stem.replace(" ", "_")[:40]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(stem)], check=True, timeout=300)
    return [Image.open(p).convert("RGB") for p in sorted(folder.glob(f"{stem.name}-*.png"), key=_number)]


def _number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def fonts(path: Path) -> list[tuple[str, bool]]:
    """Each font of the PDF and whether it is embedded (pdffonts)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        found.append((parts[0], parts[-5] == "yes"))
    return found


def blank_share(page: Image.Image) -> float:
    """How much of the body of a page (between header and footer rules) is left empty at the bottom."""
    width, height = page.size
    top, bottom = int(height * 0.09), int(height * 0.91)
    pixels = page.load()
    lowest = top
    for y in range(top, bottom):
        if any(sum(pixels[x, y]) < 700 for x in range(int(width * 0.08), int(width * 0.92), 2)):
            lowest = y
    return (bottom - lowest) / (bottom - top)


def header_words(path: Path, page: int = 1, footer: float | None = None) -> list[tuple[float, float, str]]:
    """The words of a page's header line (or, given the page's height, its footer line) with their
    left and right edges (pdftotext -bbox)."""
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = []
    for match in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out
    ):
        x0, y0, x1, word = float(match[1]), float(match[2]), float(match[3]), match[4]
        if (y0 > footer - 40) if footer else (y0 < 40):  # header and footer lines sit 10-12 mm in
            words.append((x0, x1, word))
    return sorted(words)


def red_logo(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), LOGO_RED).save(buffer, "PNG")
    return buffer.getvalue()


def hostile(path: Path) -> tuple[Path, list[str]]:
    """A file whose names and notes try to break a report; returns it and its pairs' ids."""
    with Document.create(path, organisation="PT Hostile") as doc:
        program = doc.add(
            Program(
                name="Hostile 2026",
                start_date=dt.date(2026, 6, 1),
                end_date=dt.date(2026, 12, 31),
                topics=["AI tools", "数据素养"],
            )
        )
        pairs = []
        with doc.action("Hostile people"):
            for mentor_name, mentee_name in HOSTILE_PAIRS:
                mentor = doc.add(Participant(name=mentor_name, birth_year=2000))
                mentee = doc.add(Participant(name=mentee_name, birth_year=1970))
                for person, role in ((mentor, Role.MENTOR), (mentee, Role.MENTEE)):
                    doc.add(Enrolment(program_id=program.id, participant_id=person.id, role=role))
                pairs.append(
                    doc.add(
                        Pair(
                            program_id=program.id,
                            mentor_id=mentor.id,
                            mentee_id=mentee.id,
                            status=PairStatus.ACTIVE,
                            started_on=dt.date(2026, 6, 3),
                        )
                    )
                )
            first = pairs[0]
            doc.add(Meeting(pair_id=first.id, date=dt.date(2026, 6, 10), notes="A two-thousand note. " * 95))
            doc.add(
                Meeting(
                    pair_id=first.id,
                    date=dt.date(2026, 7, 10),
                    notes=("A paragraph of a note of twenty thousand characters. " * 40 + "\n\n") * 10,
                )
            )
            doc.add(Meeting(pair_id=first.id, date=dt.date(2026, 8, 10), notes="Z" * 20_000))
            doc.add(Goal(pair_id=first.id, specific="G" * 5_000, target_date=dt.date(2026, 9, 1)))
            doc.add(
                Evaluation(
                    pair_id=first.id,
                    stage=Stage.BASELINE,
                    respondent=Respondent.MENTEE,
                    date=dt.date(2026, 6, 5),
                    confidence={"AI tools": 2, "数据素养": 1},
                    comments="First paragraph.\nIts second line.\n\nSecond paragraph. " + "word " * 4_000,
                )
            )
            for pair in pairs[1:]:
                doc.add(Meeting(pair_id=pair.id, date=dt.date(2026, 6, 12), notes="Kopi ☕ " + "メモ" * 50))
        org = doc.organisation()
        doc.update(
            Organisation(
                id=org.id, name="PT Bank Pembangunan Daerah Contoh Tbk " * 4, logo=red_logo(3000, 100)
            )
        )
        return path, [p.id for p in pairs]
