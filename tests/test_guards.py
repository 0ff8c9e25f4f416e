"""Project rules that must hold on every change: layers, lint, types, README and CI in step."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
BIN = Path(sys.executable).parent


def run(tool, *args):
    return subprocess.run([str(BIN / tool), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_only_the_gui_imports_qt_and_layers_hold():
    result = run("lint-imports")
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_lint_and_format():
    lint = run("ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout
    form = run("ruff", "format", "--check", ".")
    assert form.returncode == 0, form.stdout


def test_mypy_on_the_core():
    result = run("mypy")
    assert result.returncode == 0, result.stdout


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```(?:sh|bash)\n(.+?)\n```", readme)
    assert len(commands) >= 2
    run_app, run_tests = commands[0], commands[1]
    assert "rmdesk --demo" in run_app
    assert "pytest" in run_tests
    assert run_tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in "\n".join(readme.splitlines()[:12])  # the commands come first, the tour after


def test_start_up_does_not_load_the_heavy_libraries():
    """numpy, scipy, openpyxl and sqlite-utils load when first needed, keeping the window quick to open."""
    code = (
        "import sys, rmdesk.gui.main_window, rmdesk.store.document\n"
        "heavy = ('numpy', 'scipy', 'openpyxl', 'sqlite_utils', 'reportlab')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "[]", result.stderr
