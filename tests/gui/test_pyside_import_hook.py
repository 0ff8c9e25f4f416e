"""PySide asks of every module imported after it whether its source names PySide6; rmdesk's
answer, read from the file, must be PySide's own."""

import inspect
import json
import sqlite3
import sys
from types import ModuleType

import rmdesk.gui.main_window  # noqa: F401 - the window and its modules, loaded
from rmdesk.gui import uses_pyside


def asked_by_source(module: ModuleType) -> bool:
    """The question as PySide asks it."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_pyside_asks_rmdesk():
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is uses_pyside


def test_every_rmdesk_module_and_the_standard_library_get_pysides_answer():
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("rmdesk")]
    modules += [json, sqlite3, sys, inspect]  # source files, a package, a built-in
    answers = {m.__name__: uses_pyside(m) for m in modules}
    assert answers == {m.__name__: asked_by_source(m) for m in modules}
    assert answers["rmdesk.gui.main_window"] and not answers["rmdesk.store.document"]


def test_a_loader_that_fails_leaves_the_question_to_pyside(tmp_path):
    class Failing:
        def get_source(self, name: str) -> str:
            raise RuntimeError("no source here")

    named = tmp_path / "names_it.py"
    named.write_text("import PySide6\n")
    module = ModuleType("names_it")
    module.__file__, module.__loader__ = str(named), Failing()
    # Asked as PySide asks it (its source file read), not an error in the middle of an import.
    assert uses_pyside(module) is asked_by_source(module) is True
