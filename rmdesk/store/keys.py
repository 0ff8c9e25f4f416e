"""A document's key: the passphrase is stretched once, then every connection opens with the result.

SQLCipher 4 turns a passphrase into a file's 256-bit key with PBKDF2-HMAC-SHA512, 256,000
iterations and the 16 random bytes (the salt) that start the file: a fifth of a second or more, on
purpose, so that guessing is slow. rmdesk derives that same key once per session (``hashlib``,
the same OpenSSL code) and gives it to SQLCipher as a raw key (``PRAGMA key = "x'...'"``); the
extra connections of long work, snapshots, copies and checks then open at once. The key lives in
this process's memory only, in a buffer wiped when the document closes or locks; the passphrase
itself is not kept at all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

KDF_ITERATIONS = 256_000  # SQLCipher 4's default (PRAGMA cipher_default_kdf_iter)
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4's default page size, which rmdesk files keep
PLAIN_HEAD = b"SQLite format 3\x00"  # how an unencrypted file starts; an encrypted one starts with its salt


def head_of(path: Path) -> bytes:
    """The first 16 bytes of a file: an encrypted file's salt, or SQLite's own words (b"" if unreadable)."""
    try:
        with path.open("rb") as handle:
            return handle.read(SALT_BYTES)
    except OSError:
        return b""


class Key:
    """A file's derived key and the salt it was derived with. Never printed, never written."""

    __slots__ = ("_secret", "salt")

    def __init__(self, secret: bytes | bytearray, salt: bytes):
        if len(secret) != KEY_BYTES or len(salt) != SALT_BYTES:
            raise ValueError("a key is 32 bytes with a 16-byte salt")
        self._secret = bytearray(secret)
        self.salt = bytes(salt)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> Key:
        """SQLCipher 4's key for ``passphrase`` with this salt (the slow step, once per session)."""
        secret = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
        return cls(secret, salt)

    @classmethod
    def fresh(cls, passphrase: str) -> Key:
        """The key of a new file: a new random salt."""
        return cls.derive(passphrase, os.urandom(SALT_BYTES))

    @classmethod
    def for_file(cls, passphrase: str, path: Path) -> Key:
        """The key ``passphrase`` gives the existing file at ``path`` (a new one for an empty file)."""
        salt = head_of(path)
        return cls.derive(passphrase, salt) if len(salt) == SALT_BYTES else cls.fresh(passphrase)

    def pragma(self, *, with_salt: bool = False) -> str:
        """The raw key as SQLCipher reads it in ``PRAGMA key`` or ``ATTACH ... KEY``; ``with_salt``
        also sets the salt (a new file: it then starts with this salt)."""
        if not any(self._secret):
            raise ValueError("this key was forgotten")
        return f"x'{self._secret.hex()}{self.salt.hex() if with_salt else ''}'"

    def copy(self) -> Key:
        """The same key in a buffer of its own (wiping one leaves the other)."""
        return Key(self._secret, self.salt)

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the one this key came from (derives it again: slow)."""
        other = Key.derive(passphrase, self.salt)
        try:
            return hmac.compare_digest(bytes(other._secret), bytes(self._secret))
        finally:
            other.forget()

    def forget(self) -> None:
        """Wipe the key from memory; the key cannot open anything afterwards."""
        for index in range(len(self._secret)):
            self._secret[index] = 0

    def __repr__(self) -> str:
        return "Key(<hidden>)"

    def __reduce__(self) -> str:
        raise TypeError("a key is never copied out of the process")


Secret = str | Key | None  # what opens a file: a passphrase typed, a derived key, or nothing (plain)
