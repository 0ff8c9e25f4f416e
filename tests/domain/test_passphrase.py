"""Passphrase strength in plain words, and the passphrases refused outright."""

from rmdesk.domain.passphrase import refusal, strength


def test_short_blank_padded_and_nul_passphrases_are_refused_with_a_reason():
    assert refusal("short").startswith("Use at least 10 characters")
    assert (
        refusal(" leading space here")
        == "A passphrase cannot start or end with a space (it is too easy to mistype)."
    )
    assert refusal("has\x00a nul byte") == "A passphrase cannot hold a NUL character."
    assert refusal("kopi susu pagi hari") is None
    assert strength("short").label == "Too weak" and not strength("short").acceptable


def test_length_and_variety_make_it_stronger_and_common_words_do_not():
    weak = strength("password123")
    assert weak.label in ("Too weak", "Weak") and not weak.acceptable
    assert strength("aaaaaaaaaaaa").score <= 1  # one letter repeated
    assert strength("kopi susu pagi hari").acceptable
    assert strength("Kopi-Susu pagi 7 hari!").score >= strength("kopi susu pagi hari").score
    assert strength("correct horse battery staple").score >= 3
