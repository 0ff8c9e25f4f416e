"""What rmdesk writes about an error outside the document: where it happened, never what was in it.

An error's message often holds what someone typed or what the file held (``KeyError: 'Budi
Santoso'``, a refused employee number, a file name). The reports written to the log folder and
offered for copying keep each exception's type and the lines of code it passed through, and leave
its message out, unless it is SQLite's own (which names tables and columns, never values).
"""

from __future__ import annotations

import traceback
from types import TracebackType

WITHHELD = "(message left out: it may hold names or other entered text)"


def _message_is_safe(error: BaseException) -> bool:
    import sqlcipher3

    return isinstance(error, sqlcipher3.Error | MemoryError | RecursionError)


def _one(error: BaseException, tb: TracebackType | None) -> list[str]:
    kind = type(error)
    name = (
        kind.__qualname__
        if kind.__module__ in ("builtins", "__main__")
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(traceback.extract_tb(tb))]
    detail = str(error) if _message_is_safe(error) else WITHHELD
    lines.append(f"{name}: {detail}\n")
    return lines


def report_lines(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> list[str]:
    """A traceback like Python's, chained causes included, with the messages left out."""
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current.__traceback__ if current is not error else tb, link))
        if current.__cause__ is not None:
            current, link = (
                current.__cause__,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = (
                current.__context__,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        else:
            current = None
    lines: list[str] = []
    for number, (item, item_tb, _) in enumerate(reversed(chain)):
        if number:
            lines.append(chain[len(chain) - number][2])
        lines += _one(item, item_tb)
    return lines
