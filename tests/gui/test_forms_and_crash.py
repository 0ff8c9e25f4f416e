"""Designer forms match their compiled modules; unexpected errors are logged and shown."""

import logging
import sys

import pytest

from rmdesk.gui import crash
from tools import build_forms


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_every_form_module_matches_its_ui_file():
    sources = sorted(build_forms.UI_DIR.glob("*.ui"))
    assert len(sources) >= 6
    for source in sources:
        module = build_forms.module_for(source)
        assert module.exists(), f"{module.name} is missing: run python -m tools.build_forms"
        assert module.read_text(encoding="utf-8") == build_forms.compile_form(source), (
            f"{source.name} changed without recompiling: run python -m tools.build_forms"
        )
    stray = {p.stem for p in build_forms.FORMS_DIR.glob("ui_*.py")} - {f"ui_{s.stem}" for s in sources}
    assert stray == set()
    assert build_forms.RESOURCES_MODULE.read_text(encoding="utf-8") == build_forms.compile_resources()


def test_no_form_widget_hides_a_qt_method():
    """A widget named like a QWidget method ("scroll", "find") would shadow it in the form class."""
    import re

    from PySide6.QtWidgets import QDialog, QMainWindow

    for source in build_forms.UI_DIR.glob("*.ui"):
        text = source.read_text(encoding="utf-8")
        names = re.findall(r'<(?:widget|layout|action|spacer) [^>]*name="(\w+)"', text)
        clashes = [n for n in names if hasattr(QDialog, n) or hasattr(QMainWindow, n)]
        assert clashes == [], f"{source.name}: {clashes}"


def test_the_app_has_its_icon(qapp):
    from rmdesk.gui.app import application

    assert not application().windowIcon().isNull()


def test_an_unexpected_error_is_logged_and_shown_with_a_copyable_report(monkeypatch, data_dir):
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "show_report", classmethod(lambda cls, s, r: shown.append((s, r))))
    crash.log.handlers.clear()
    crash.setup_logging()
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError:
        crash.excepthook(*sys.exc_info())
    [(summary, report)] = shown
    assert summary == "An unexpected error stopped the last action: the printer caught fire"  # on screen only
    assert "Traceback" in report and "test_forms_and_crash.py" in report and "RuntimeError: " in report
    for handler in crash.log.handlers:
        handler.flush()
    logged = crash.log_file().read_text(encoding="utf-8")
    assert "RuntimeError: " in logged and "raise RuntimeError" in logged  # where, never what
    assert "printer caught fire\n" not in logged and "printer caught fire" not in report.splitlines()[-1]
    assert crash.log_file().parent == data_dir / "logs"
    crash.log.handlers.clear()
    logging.shutdown()
