"""Encrypted files from the command line: --passphrase-env on every command that opens a file,
encrypt / decrypt / rekey, and the prompts a person answers at a terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import sys
import time

import pytest

from rmdesk.cli import COMMANDS, _command_parser
from rmdesk.store import Document
from rmdesk.store import snapshots as snaps
from rmdesk.store.keys import PLAIN_HEAD, head_of
from tests.store.damage import rmdesk

OLD, NEW = "kopi susu 42", "nasi goreng pedas 2026"
ENV = {"PW": OLD, "NEWPW": NEW}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """An encrypted demo made by the command, kept as a template the tests copy."""
    folder = tmp_path_factory.mktemp("encrypted")
    path = folder / "client.rmdesk"
    result = rmdesk("demo", path, "--participants", "30", "--passphrase-env", "PW", env=ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote a demo program with 30 participants to {path}, encrypted\n"
    return path


@pytest.fixture
def encrypted(made, tmp_path):
    path = tmp_path / "client.rmdesk"
    path.write_bytes(made.read_bytes())
    return path


def counts(path, *extra: str, env=ENV) -> dict[str, int]:
    result = rmdesk("info", path, "--json", *extra, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["counts"]


def test_every_command_that_opens_a_file_takes_passphrase_env():
    commands = _command_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == set(COMMANDS)
    for name, command in commands.items():
        assert "--passphrase-env" in command._option_string_actions, name
    for name in ("encrypt", "rekey"):
        assert "--new-passphrase-env" in commands[name]._option_string_actions


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["check"],
        ["history"],
        ["pairs"],
        ["agencies"],
        ["backup"],
        ["backup", "--list"],
        ["export", "{out}/lists.xlsx"],
        ["undo"],
    ],
    ids=lambda c: " ".join(c).split("{")[0].strip(),
)
def test_commands_open_an_encrypted_file_with_passphrase_env(encrypted, tmp_path, command):
    args = [part.format(out=tmp_path) for part in command]
    result = rmdesk(args[0], encrypted, *args[1:], "--passphrase-env", "PW", env=ENV)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_passphrase_env_refusals_are_one_sentence(encrypted, demo_file):
    unset = rmdesk("info", encrypted, "--passphrase-env", "NOT_SET_HERE")
    assert unset.returncode == 2
    assert unset.stderr == (
        "rmdesk: The environment variable NOT_SET_HERE named by --passphrase-env is not set or empty; "
        "set it to the passphrase, or leave out --passphrase-env.\n"
    )
    wrong = rmdesk("info", encrypted, "--passphrase-env", "NEWPW", env=ENV)
    assert (wrong.returncode, wrong.stderr) == (2, "rmdesk: The passphrase for client.rmdesk is wrong.\n")
    plain = rmdesk("info", demo_file, "--passphrase-env", "PW", env=ENV)
    assert plain.stderr == (
        "rmdesk: Demo program.rmdesk is not encrypted: run the command without --passphrase-env.\n"
    )
    none = rmdesk("info", encrypted)
    assert none.returncode == 2
    assert none.stderr == (
        "rmdesk: client.rmdesk is encrypted: give its passphrase with --passphrase-env VAR "
        "(or RMDESK_PASSPHRASE), or run the command at a terminal.\n"
    )


def test_rmdesk_passphrase_keeps_working(encrypted):
    assert counts(encrypted, env={"RMDESK_PASSPHRASE": OLD})["participants"] == 30


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_encrypt_rekey_and_decrypt_keep_every_row_and_the_snapshots_follow(encrypted):
    before = counts(encrypted, "--passphrase-env", "PW")
    assert rmdesk("backup", encrypted, "--passphrase-env", "PW", env=ENV).returncode == 0
    rekeyed = rmdesk("rekey", encrypted, "--passphrase-env", "PW", "--new-passphrase-env", "NEWPW", env=ENV)
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert rekeyed.stdout == "client.rmdesk has its new passphrase now, and so have its snapshots.\n"
    assert counts(encrypted, "--passphrase-env", "NEWPW") == before
    assert rmdesk("info", encrypted, "--passphrase-env", "PW", env=ENV).returncode == 2
    [snap] = snaps.for_document(encrypted, NEW)
    assert snaps.describe(snap, NEW).readable and not snaps.describe(snap, OLD).readable

    decrypted = rmdesk("decrypt", encrypted, "--passphrase-env", "NEWPW", env=ENV)
    assert decrypted.returncode == 0, decrypted.stderr
    assert head_of(encrypted) == PLAIN_HEAD and head_of(snap.path) == PLAIN_HEAD
    assert counts(encrypted, env={}) == before

    again = rmdesk("encrypt", encrypted, "--new-passphrase-env", "PW", env=ENV)
    assert again.returncode == 0, again.stderr
    assert counts(encrypted, "--passphrase-env", "PW") == before
    assert (
        rmdesk("check", encrypted, "--passphrase-env", "PW", env=ENV).stdout == "client.rmdesk is healthy.\n"
    )
    decrypted = rmdesk("decrypt", encrypted, "--passphrase-env", "PW", env=ENV)
    assert decrypted.returncode == 0, decrypted.stderr
    alike = rmdesk("encrypt", encrypted, "--passphrase-env", "NEWPW", env=ENV)  # the same, as scripts say it
    assert alike.returncode == 0, alike.stderr
    assert counts(encrypted, "--passphrase-env", "NEWPW") == before


def test_what_cannot_be_re_keyed_is_refused_in_one_sentence(encrypted, demo_file):
    cases = [
        (["encrypt", encrypted, "--new-passphrase-env", "NEWPW"], "client.rmdesk is already encrypted"),
        (["decrypt", demo_file], "Demo program.rmdesk is not encrypted, so there is nothing to decrypt."),
        (["rekey", demo_file, "--new-passphrase-env", "NEWPW"], "Demo program.rmdesk is not encrypted"),
        (["encrypt", demo_file, "--new-passphrase-env", "WEAK"], "That passphrase is too easy to guess."),
        (["encrypt", demo_file, "--new-passphrase-env", "SHORT"], "Use at least 10 characters"),
        (["encrypt", demo_file], "No new passphrase for Demo program.rmdesk: give --new-passphrase-env VAR"),
        (
            ["rekey", encrypted, "--passphrase-env", "PW", "--new-passphrase-env", "PW"],
            "That is the passphrase client.rmdesk has already; nothing was changed.",
        ),
    ]
    env = {**ENV, "WEAK": "Password123!", "SHORT": "kopi"}
    for args, said in cases:
        result = rmdesk(*args, env=env)
        assert result.returncode == 2, (args, result.stdout)
        assert result.stderr.startswith(f"rmdesk: {said}"), (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert head_of(demo_file) == PLAIN_HEAD
    assert counts(encrypted, "--passphrase-env", "PW")["participants"] == 30


def at_terminal(args: list[object], answers: list[tuple[str, str]], env: dict[str, str]) -> tuple[int, str]:
    """The command run in a terminal of its own: each prompt (by a piece of its text) answered."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: rmdesk, with the pseudo-terminal as its terminal
        os.environ.update(env)
        os.execv(sys.executable, [sys.executable, "-m", "rmdesk", *map(str, args)])
    seen = b""
    deadline = time.monotonic() + 60

    def read_until(text: str | None) -> None:
        nonlocal seen
        while text is None or text.encode() not in seen:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"no {text!r} in {seen!r}")
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the command ended
                chunk = b""
            if not chunk:
                if text is None:
                    return
                raise AssertionError(f"ended before {text!r}: {seen!r}")
            seen += chunk

    for prompt, answer in answers:
        read_until(prompt)
        seen = seen.replace(prompt.encode(), b"<asked>", 1)
        os.write(fd, answer.encode() + b"\n")
    read_until(None)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


@pytest.mark.slow  # a few seconds: left out of the quick loop, run by the full suite
def test_at_a_terminal_the_passphrase_is_asked_and_a_new_one_twice(encrypted, demo_file):
    env = {"RMDESK_DATA_DIR": os.environ["RMDESK_DATA_DIR"]}
    code, said = at_terminal(
        ["info", encrypted],
        [("Passphrase for client.rmdesk: ", "teh manis hangat"), ("Passphrase for client.rmdesk: ", OLD)],
        env,
    )
    assert code == 0 and "The passphrase for client.rmdesk is wrong." in said and "participants" in said

    code, said = at_terminal(
        ["encrypt", demo_file],
        [("New passphrase for Demo program.rmdesk: ", NEW), ("Type it again: ", NEW + "!")],
        env,
    )
    assert code == 2 and "The two passphrases typed differ; nothing was changed." in said
    assert head_of(demo_file) == PLAIN_HEAD
    code, said = at_terminal(
        ["encrypt", demo_file],
        [("New passphrase for Demo program.rmdesk: ", NEW), ("Type it again: ", NEW)],
        env,
    )
    assert code == 0 and "Demo program.rmdesk is encrypted now" in said
    with Document.open(demo_file, passphrase=NEW, readonly=True) as doc:
        assert doc.counts()["participants"] == 60

    code, said = at_terminal(
        ["rekey", encrypted],
        [
            ("Passphrase for client.rmdesk: ", OLD),
            ("New passphrase for client.rmdesk: ", NEW),
            ("Type it again: ", NEW),
        ],
        env,
    )
    assert code == 0, said
    assert counts(encrypted, "--passphrase-env", "NEWPW")["participants"] == 30
