"""PySide6 6.12.0 on Python 3.11 aborts after many calls that return None (none_dealloc)."""

from PySide6.QtCore import QObject


def test_a_million_void_calls_do_not_abort_the_process():
    obj = QObject()
    for i in range(1_000_000):
        obj.setObjectName("x" if i & 1 else "y")  # returns None every time
    assert obj.objectName() == "x"
