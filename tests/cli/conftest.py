"""The commands speak English in these tests whatever the machine's locale, unless a test chooses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rmdesk.domain import i18n


@pytest.fixture(autouse=True)
def english_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """RMDESK_LANGUAGE=en for the commands run here (in this process or as child processes); the
    language the process speaks is English again after each test."""
    monkeypatch.setenv("RMDESK_LANGUAGE", "en")
    yield
    i18n.use(None)
