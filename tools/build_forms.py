"""Compile ui/*.ui (Qt Designer) into rmdesk/gui/forms/ui_*.py with pyside6-uic, and
resources/resources.qrc (icons, the user guide, the compiled translations) into
rmdesk/gui/forms/rc_resources.py with pyside6-rcc.

Run ``python -m tools.build_forms`` after editing a form; a test fails when
a form and its module drift apart. The compiler's version line is dropped so
the output only changes when the form does. It also brings the translations up to
date first (``tools.translations``: the forms' strings into the .ts, the .ts into the .qm).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
QRC = ROOT / "resources" / "resources.qrc"
FORMS_DIR = ROOT / "rmdesk" / "gui" / "forms"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment.")
    return found


def compile_form(source: Path) -> str:
    """The Python module text for one .ui file."""
    result = subprocess.run(
        [_tool("pyside6-uic"), "--from-imports", str(source)], capture_output=True, text=True, check=True
    )
    lines = [
        line for line in result.stdout.splitlines() if "Created by: Qt User Interface Compiler" not in line
    ]
    return used_imports_only("\n".join(lines) + "\n")


QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def used_imports_only(text: str) -> str:
    """The module with its PySide6 imports cut to the names it uses. pyside6-uic imports the same
    few dozen classes into every form, and PySide makes each class (and its enumerations) the
    first time it is imported: unused ones cost start-up time for nothing."""
    body = text[text.index("\nclass ") :]
    used = set(re.findall(r"\b\w+\b", body))

    def cut(found: re.Match[str]) -> str:
        names = [n.strip() for n in found.group(2).split(",") if n.strip() in used]
        return f"from {found.group(1)} import ({', '.join(names)})\n" if names else ""

    return QT_IMPORT.sub(cut, text)


def compile_resources() -> str:
    """The Python module text holding the icons (pyside6-rcc). Format 1 stores no file dates, so a
    fresh checkout compiles to the same text."""
    result = subprocess.run(
        [_tool("pyside6-rcc"), "--no-compress", "--format-version", "1", str(QRC)],
        capture_output=True,
        text=True,
        check=True,
        cwd=QRC.parent,
    )
    lines = [line for line in result.stdout.splitlines() if "Created by: " not in line]
    return "\n".join(lines) + "\n"


RESOURCES_MODULE = FORMS_DIR / "rc_resources.py"


def module_for(source: Path) -> Path:
    return FORMS_DIR / f"ui_{source.stem}.py"


def write_resources() -> None:
    """The translations compiled from their .ts files, then everything the .qrc lists embedded."""
    from tools import translations

    for language in translations.LANGUAGES:
        translations.release(language)
        print(
            f"{translations.ts_file(language).relative_to(ROOT)} -> "
            f"{translations.qm_file(language).relative_to(ROOT)}"
        )
    RESOURCES_MODULE.write_text(compile_resources(), encoding="utf-8")
    print(f"{QRC.relative_to(ROOT)} -> {RESOURCES_MODULE.relative_to(ROOT)}")


def main() -> None:
    from tools import translations

    FORMS_DIR.mkdir(exist_ok=True)
    for source in sorted(UI_DIR.glob("*.ui")):
        module_for(source).write_text(compile_form(source), encoding="utf-8")
        print(f"{source.relative_to(ROOT)} -> {module_for(source).relative_to(ROOT)}")
    for language in translations.LANGUAGES:
        translations.extract(translations.ts_file(language), language)
        print(f"ui/*.ui, rmdesk/**/*.py -> {translations.ts_file(language).relative_to(ROOT)}")
    write_resources()


if __name__ == "__main__":
    main()
