"""Bahasa Indonesia for rmdesk: collect every translatable string into the .ts file and compile it.

    python -m tools.translations

1. ``pyside6-lupdate`` reads ``ui/*.ui`` and the Python files of ``rmdesk/`` (the generated forms
   left out: their strings are read from the .ui files) and merges what it finds into
   ``rmdesk/domain/translations/rmdesk_id.ts`` (package data: the core reads it without Qt,
   ``rmdesk.domain.i18n``): translations already made are kept, a string the sources no longer
   hold is dropped, a new one is added untranslated (a test fails until it is translated).
2. ``pyside6-lrelease`` compiles the .ts into ``resources/translations/rmdesk_id.qm`` (finished
   translations only), which ``tools.build_forms`` embeds in ``rmdesk/gui/forms/rc_resources.py``
   as ``:/translations/rmdesk_id.qm``: the window loads it from there, in a wheel, an editable
   install or the frozen app alike.

The .ts is the one source of every translation: edit it with Qt Linguist (``pyside6-linguist``) or
any XML tool, then run this again. ``python -m tools.build_forms`` runs it too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("id",)  # besides English, the language of the sources
SOURCES = ROOT / "rmdesk" / "domain" / "translations"  # the .ts files: package data, read by the core
TRANSLATIONS = ROOT / "resources" / "translations"  # the compiled .qm files the resources embed
GENERATED = ROOT / "rmdesk" / "gui" / "forms"


def ts_file(language: str = "id") -> Path:
    return SOURCES / f"rmdesk_{language}.ts"


def qm_file(language: str = "id") -> Path:
    return TRANSLATIONS / f"rmdesk_{language}.qm"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment.")
    return found


def sources() -> list[Path]:
    """What lupdate reads: every form, and every Python file of the package but the generated forms."""
    forms = sorted((ROOT / "ui").glob("*.ui"))
    code = sorted(p for p in (ROOT / "rmdesk").rglob("*.py") if GENERATED not in p.parents)
    return forms + code


def extract(ts: Path, language: str = "id") -> None:
    """Merge the strings of :func:`sources` into ``ts`` (made if missing), keeping its translations
    and dropping the strings no source holds any more."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        listed = Path(folder) / "sources.lst"  # one name a line: no command line grows too long
        listed.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                f"@{listed}",
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
            text=True,
        )


def compile_ts(ts: Path, qm: Path) -> None:
    """``ts`` compiled to ``qm`` with its finished translations (an unfinished one shows the English)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def compiled(ts: Path) -> bytes:
    """What compiling ``ts`` gives, written nowhere."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / "compiled.qm"
        compile_ts(ts, qm)
        return qm.read_bytes()


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message ``ts`` holds."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def missing(language: str = "id") -> set[tuple[str, str]]:
    """Strings the sources hold that the committed .ts lacks (lupdate run on a copy of it)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts_file(language).name
        shutil.copyfile(ts_file(language), copy)
        extract(copy, language)
        return messages(copy) - messages(ts_file(language))


def release(language: str = "id") -> None:
    """The .qm the window embeds, from the committed .ts."""
    compile_ts(ts_file(language), qm_file(language))


def main() -> None:
    from tools import build_forms

    for language in LANGUAGES:
        extract(ts_file(language), language)
        print(f"ui/*.ui, rmdesk/**/*.py -> {ts_file(language).relative_to(ROOT)}")
    build_forms.write_resources()  # the .qm compiled and embedded with the icons


if __name__ == "__main__":
    main()
