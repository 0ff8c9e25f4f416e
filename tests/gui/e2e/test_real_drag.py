"""A real mouse drag in a real window: Xvfb, the xcb platform and xdotool perform an actual QDrag."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmdesk.domain import Pair
from rmdesk.store import Document

HELPER = Path(__file__).with_name("board_app.py")
pytestmark = pytest.mark.slow  # a real X server and a second process each


@pytest.fixture(scope="module")
def display():
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("no X server here: install Debian's xvfb and xdotool to run the real-drag test")
    number = 90 + os.getpid() % 9
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists() or server.poll() is not None:
            break
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        pytest.skip(f"Xvfb could not start a display :{number}")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def xdotool(env, *args):
    subprocess.run(["xdotool", *map(str, args)], env=env, check=True, timeout=10)


def test_dragging_a_mentor_card_onto_a_mentee_card_with_the_mouse_pairs_them(display, demo_file, data_dir):
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "RMDESK_DATA_DIR": str(data_dir)}
    app = subprocess.Popen(
        [sys.executable, str(HELPER), str(demo_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = app.stdout.readline()
        assert line, app.stderr.read()
        where = json.loads(line)
        (x1, y1), (x2, y2) = where["from"], where["to"]
        xdotool(env, "mousemove", x1, y1)
        xdotool(env, "mousedown", 1)
        for step in range(1, 13):  # several moves, as a hand makes them
            xdotool(env, "mousemove", x1 + (x2 - x1) * step // 12, y1 + (y2 - y1) * step // 12)
            time.sleep(0.03)
        time.sleep(0.2)
        xdotool(env, "mouseup", 1)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    with Document.open(demo_file, readonly=True) as doc:
        found = doc.all(Pair, "mentor_id = ? AND mentee_id = ?", [where["mentor"], where["mentee"]])
        assert len(found) == 1, app.stderr.read() if app.stderr else ""
        assert doc.undo_label().startswith("Pair ")


def test_undo_and_redo_from_the_real_keyboard(display, demo_file, data_dir):
    """Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y both redo; no key belongs to two actions."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "RMDESK_DATA_DIR": str(data_dir)}
    app = subprocess.Popen(
        [sys.executable, str(HELPER.with_name("keys_app.py")), str(demo_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first = json.loads(app.stdout.readline() or "{}")
        assert first, app.stderr.read()
        owners: dict[str, str] = {}
        for name, keys in first["shortcuts"].items():
            for key in keys:
                assert key not in owners, f"{key} belongs to {owners[key]} and {name}"
                owners[key] = name
        assert owners.get("Ctrl+Shift+Z") == owners.get("Ctrl+Y") == "actionRedo"
        done, _ = first["state"]
        xdotool(env, "windowfocus", "--sync", first["window"])
        states = []
        for key in ("ctrl+z", "ctrl+shift+z", "ctrl+z", "ctrl+y"):
            xdotool(env, "key", key)
            states.append(json.loads(app.stdout.readline())["state"])
    finally:
        app.kill()
        app.wait(timeout=10)
    assert states == [[states[0][0], done], [done, None], [states[0][0], done], [done, None]]
    assert states[0][0] != done


def test_a_program_file_dragged_from_another_program_opens(display, demo_file, data_dir, tmp_path):
    """A file dragged out of another application (as from a file manager: X drag and drop between
    two processes) and let go over the window opens there."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "RMDESK_DATA_DIR": str(data_dir)}
    dropped = tmp_path / "Dropped client.rmdesk"
    shutil.copyfile(demo_file, dropped)
    window = subprocess.Popen(
        [sys.executable, str(HELPER.with_name("drop_app.py"))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    source = subprocess.Popen(
        [sys.executable, str(HELPER.with_name("file_source_app.py")), str(dropped)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        to = json.loads(window.stdout.readline() or "{}").get("to")
        start = json.loads(source.stdout.readline() or "{}").get("from")
        assert to and start, window.stderr.read() if not to else source.stderr.read()
        (x1, y1), (x2, y2) = start, to
        xdotool(env, "mousemove", x1, y1)
        xdotool(env, "mousedown", 1)
        for step in range(1, 16):
            xdotool(env, "mousemove", x1 + (x2 - x1) * step // 15, y1 + (y2 - y1) * step // 15)
            time.sleep(0.05)
        time.sleep(0.3)
        xdotool(env, "mouseup", 1)
        assert json.loads(source.stdout.readline() or "{}") == {"drag": "CopyAction"}, source.stderr.read()
        opened = json.loads(window.stdout.readline() or "{}")
        assert opened == {"opened": str(dropped)}, window.stderr.read()
        window.wait(timeout=30)
    finally:
        for process in (window, source):
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
