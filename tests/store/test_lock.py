"""One editor at a time, told at once who has the file."""

import getpass
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from rmdesk.domain import Participant
from rmdesk.store import Document, DocumentInUse
from rmdesk.store.lock import lock_path

HOLD = """
import sys, time
from rmdesk.store import Document
doc = Document.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_second_opener_is_refused_and_the_first_keeps_working(demo_file):
    first = Document.open(demo_file)
    try:
        started = time.perf_counter()
        with pytest.raises(DocumentInUse) as refused:
            Document.open(demo_file)
        assert time.perf_counter() - started < 1
        message = str(refused.value)
        assert message.startswith(
            f"Demo program.rmdesk is in use by {getpass.getuser()} on {socket.gethostname()}"
        )
        assert message.endswith("Close it there first, or open a copy.")
        first.add(Participant(name="Adi Santoso"))
        assert first.counts()["participants"] == 61
    finally:
        first.close()
    assert not lock_path(demo_file).exists()
    with Document.open(demo_file) as again:
        assert again.counts()["participants"] == 61


def test_another_process_holding_the_file_refuses_us_and_a_killed_holder_frees_it(demo_file):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(demo_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DocumentInUse, match="is in use by"):
            Document.open(demo_file)
        with Document.open(demo_file, readonly=True) as reader:  # reading alongside is fine
            assert reader.counts()["participants"] == 60
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert lock_path(demo_file).exists()  # left behind by the crash...
    with Document.open(demo_file) as doc:  # ...but no longer held, so it does not block
        assert doc.counts()["participants"] == 60
