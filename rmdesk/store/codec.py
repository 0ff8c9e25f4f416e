"""Turns entities into SQLite rows and back.

Dates are ISO text, lists and dicts JSON text, enums their value, booleans 0/1,
so the file reads plainly in any SQLite tool.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import gc
import json
import json.scanner
import operator
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from rmdesk.domain.entities import Entity

E = TypeVar("E", bound=Entity)
Row = dict[str, Any]


@contextmanager
def made_at_once() -> Iterator[None]:
    """Tens of thousands of objects made in one go and kept (check-ins, alerts, rows): Python's cycle
    collector, which goes over the young objects every few hundred new ones and, as they pile up, over
    every object alive (the whole window's), waits until they are made. What is made here holds no
    cycles, so the collector finds nothing to free meanwhile. A use within another (or in another
    thread meanwhile) leaves the collector to the one that stopped it, which starts it again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def encoder(default: Callable[[Any], Any] | None = None) -> Callable[[Any], str]:
    """JSON text as ``json.JSONEncoder(ensure_ascii=False, default=default).encode`` writes it, through
    one C encoder made once (``encode`` makes one per call, which costs as much as small values do)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C speed-ups
        return json.JSONEncoder(ensure_ascii=False, default=default).encode
    made = make(None, default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    join = "".join

    def encode(value: Any) -> str:
        return join(made(value, 0))

    return encode


_encode = encoder()
_scan = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # loads, unwrapped


def loads(text: str) -> Any:
    """``json.loads(text)``, read by the scanner at once when the text is plain JSON: pages and
    figures read thousands of short maps and lists, and ``loads`` costs about three times the scan
    itself (a type check and two whitespace matches around it)."""
    try:
        value, end = _scan(text, 0)
    except StopIteration:  # blanks first, or not JSON: json.loads says how
        return json.loads(text)
    return value if end == len(text) else json.loads(text)


def _json_out(value: Any) -> str:
    if not value:
        return "[]" if isinstance(value, list) else "{}"
    return _encode(value)


def _date_in(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _identity(value: Any) -> Any:
    return value


def _converters(hint: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """(to_row, from_row) for one annotated field."""
    base = hint
    if typing.get_origin(hint) in (typing.Union, types.UnionType):  # X | None
        base = next(a for a in typing.get_args(hint) if a is not type(None))
    origin = typing.get_origin(base) or base
    if origin is dt.date:
        return _date_out, _date_in
    if origin in (list, dict):
        empty = origin
        blank = {"", "[]", "{}"}  # most lists and maps are empty: skip the decoder for them
        return _json_out, lambda v: empty() if v in blank else loads(v)
    if origin is bool:
        return int, bool
    if isinstance(origin, type) and issubclass(origin, enum.Enum):
        members = {member.value: member for member in origin}
        # the member's own attribute (``.value`` is a descriptor, several times slower), and a dict
        # lookup back (the Enum call is slow)
        return operator.attrgetter("_value_"), members.__getitem__
    return _identity, _identity


def _missing(f: dataclasses.Field[Any]) -> Callable[[], Any]:
    """What a NULL column becomes: the field's default (fresh for lists and dicts)."""
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory
    default = f.default
    return lambda: default


Plan = tuple[tuple[str, Callable[[Any], Any], Callable[[Any], Any], Callable[[], Any]], ...]


_PLANS: dict[type[Entity], Plan] = {}


def _plan(kind: type[Entity]) -> Plan:
    plan = _PLANS.get(kind)
    if plan is None:
        hints = typing.get_type_hints(kind)
        fields = dataclasses.fields(kind)
        plan = _PLANS[kind] = tuple((f.name, *_converters(hints[f.name]), _missing(f)) for f in fields)
    return plan


_OUTS: dict[type[Entity], tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def to_row(entity: Entity) -> Row:
    kind = type(entity)
    outs = _OUTS.get(kind)
    if outs is None:
        outs = _OUTS[kind] = tuple((name, out) for name, out, _, _ in _plan(kind) if out is not _identity)
    row = dict(vars(entity))
    for name, out in outs:
        row[name] = out(row[name])
    return row


def holds_bytes(kind: type[Entity]) -> bool:
    """Whether a field of ``kind`` may hold bytes (an organisation's logo), which JSON cannot."""
    hints = typing.get_type_hints(kind)
    return any(bytes in (typing.get_args(hint) or (hint,)) for hint in hints.values())


_VALUES: dict[type[Entity], tuple[tuple[str, ...], Callable[[Entity], tuple[Any, ...]]]] = {}


def row_values(kind: type[E]) -> tuple[tuple[str, ...], Callable[[E], tuple[Any, ...]]]:
    """The columns of ``kind`` and a function giving an entity's row as a tuple in their order: the
    values :func:`to_row` gives, without a dict per row (a batch of thousands is written this way).
    Written out once per kind, like :func:`from_rows`'s makers."""
    found = _VALUES.get(kind)
    if found is None:
        scope: dict[str, Any] = {}
        names, values = [], []
        for number, (name, out, _, _) in enumerate(_plan(kind)):
            names.append(name)
            if out is _identity:
                values.append(f"d[{name!r}]")
            else:
                scope[f"out{number}"] = out
                values.append(f"out{number}(d[{name!r}])")
        source = f"def values(entity):\n    d = entity.__dict__\n    return ({', '.join(values)},)\n"
        exec(source, scope)  # the source is made here from the entity's own field names
        found = _VALUES[kind] = (tuple(names), scope["values"])
    return found


def from_row(kind: type[E], row: Row) -> E:
    values = {}
    for name, _, back, missing in _plan(kind):
        value = row.get(name)
        values[name] = missing() if value is None else back(value)
    return kind(**values)


_MAKERS: dict[tuple[type[Entity], tuple[str, ...]], Callable[[Sequence[Any]], Any]] = {}


def _maker(kind: type[E], names: tuple[str, ...]) -> Callable[[Sequence[Any]], E]:
    """A function making one entity from a query row of ``names``, written out once per kind and
    columns: each field read by its position and converted only if it needs it (a NULL becomes
    the field's default, a column not read too), set on the new object without a call per field.
    The same values ``from_row`` gives, several times faster for thousands of rows."""
    made = _MAKERS.get((kind, names))
    if made is None:
        position = {name: i for i, name in enumerate(names)}
        scope: dict[str, Any] = {"new": object.__new__, "kind": kind}
        values = []
        for number, (name, _, back, missing) in enumerate(_plan(kind)):
            i = position.get(name)
            scope[f"missing{number}"], scope[f"back{number}"] = missing, back
            if i is None:
                values.append(f"{name!r}: missing{number}()")
            elif back is _identity:
                values.append(f"{name!r}: row[{i}]")
            else:
                values.append(f"{name!r}: missing{number}() if row[{i}] is None else back{number}(row[{i}])")
        source = (
            "def make(row):\n"
            "    made = new(kind)\n"
            f"    made.__dict__.update({{{', '.join(values)}}})\n"
            "    return made\n"
        )
        exec(source, scope)  # the source is made here from the entity's own field names
        made = _MAKERS[(kind, names)] = scope["make"]
    return made


def from_rows(kind: type[E], names: list[str], rows: Iterable[Sequence[Any]]) -> list[E]:
    """Entities from query rows, converting only the columns that need it (the hot read path)."""
    return list(map(_maker(kind, tuple(names)), rows))
