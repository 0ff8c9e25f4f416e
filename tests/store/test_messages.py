"""What a person reads when a file is refused: one sentence that says what is wrong and what to do."""

import pytest

from rmdesk.demo import generate
from rmdesk.store import Document, DocumentError, PassphraseNeeded
from rmdesk.store.errors import damaged
from tests.store.damage import flip, rmdesk, table_page

SECRET = "kopi susu 42"


@pytest.fixture
def encrypted(tmp_path):
    return generate(tmp_path / "client.rmdesk", participants=8, passphrase=SECRET)


def test_a_passphrase_for_a_plain_file_says_it_is_not_encrypted(demo_file):
    with pytest.raises(
        DocumentError, match=r"^Demo program.rmdesk is not encrypted: open it without a passphrase\.$"
    ):
        Document.open(demo_file, passphrase="anything")
    result = rmdesk("info", demo_file, env={"RMDESK_PASSPHRASE": "anything"})
    assert result.returncode == 2
    assert result.stderr == (
        "rmdesk: Demo program.rmdesk is not encrypted: run the command without RMDESK_PASSPHRASE set.\n"
    )


def test_a_nul_in_a_passphrase_is_a_sentence_not_an_exception(encrypted):
    with pytest.raises(
        PassphraseNeeded, match=r"^A passphrase cannot contain a NUL character\. Type it again\.$"
    ):
        Document.open(encrypted, passphrase="kopi\x00susu")
    with pytest.raises(PassphraseNeeded, match="NUL"):
        Document.create(encrypted.with_name("other.rmdesk"), passphrase="a\x00b")


def test_an_empty_passphrase_asks_for_one(encrypted):
    with pytest.raises(
        PassphraseNeeded, match=r"^client.rmdesk is encrypted\. Enter its passphrase to open it\.$"
    ):
        Document.open(encrypted, passphrase="")


def test_a_wrong_passphrase_is_one_line_without_sqlcipher_logging(encrypted):
    result = rmdesk("info", encrypted, env={"RMDESK_PASSPHRASE": "teh manis"})
    assert result.returncode == 2
    assert result.stderr == "rmdesk: The passphrase for client.rmdesk is wrong.\n"
    with Document.open(encrypted, passphrase=SECRET, readonly=True) as doc:
        assert doc.counts()["participants"] == 8


def test_damaged_messages_are_one_line_and_say_restore_once(demo_file):
    message = str(damaged("x.rmdesk", "row 3 missing from index\nrow 4 missing from index\n" + "y" * 500))
    assert "\n" not in message and message.count("Restore a snapshot") == 1 and len(message) < 300
    nested = str(damaged("x.rmdesk", message))
    assert nested.count("Restore a snapshot") == 1
    flip(demo_file, table_page(demo_file, "pairs"), offset=0, count=12)
    for command in ("info", "undo", "pairs", "backup"):
        result = rmdesk(command, demo_file)
        [line] = result.stderr.splitlines()
        assert result.returncode == 2 and line.count("Restore a snapshot") == 1, line
