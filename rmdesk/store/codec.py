"""Turns entities into SQLite rows and back.

Dates are ISO text, lists and dicts JSON text, enums their value, booleans 0/1,
so the file reads plainly in any SQLite tool.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import operator
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from rmdesk.domain.entities import Entity

E = TypeVar("E", bound=Entity)
Row = dict[str, Any]


_encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps(...) builds one per call


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
        return _json_out, lambda v: empty() if v in blank else json.loads(v)
    if origin is bool:
        return int, bool
    if isinstance(origin, type) and issubclass(origin, enum.Enum):
        members = {member.value: member for member in origin}
        return (lambda v: v.value), members.__getitem__  # a dict lookup: the Enum call is slow
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


def from_row(kind: type[E], row: Row) -> E:
    values = {}
    for name, _, back, missing in _plan(kind):
        value = row.get(name)
        values[name] = missing() if value is None else back(value)
    return kind(**values)


def from_rows(kind: type[E], names: list[str], rows: Iterable[Sequence[Any]]) -> list[E]:
    """Entities from query rows, converting only the columns that need it (the hot read path)."""
    plan = {name: (back, missing) for name, _, back, missing in _plan(kind)}
    steps = [(i, name, *plan[name]) for i, name in enumerate(names) if name in plan]
    plain = [(i, name) for i, name, back, _ in steps if back is _identity]
    converted = [(i, name, back, missing) for i, name, back, missing in steps if back is not _identity]
    absent = [(name, missing) for name, (_, missing) in plan.items() if name not in names]
    plain_names = [name for _, name in plain]
    pick = operator.itemgetter(*[i for i, _ in plain]) if len(plain) > 1 else None
    found = []
    for values in rows:
        if pick is not None:
            fields = dict(zip(plain_names, pick(values), strict=True))  # in C, row after row
        else:
            fields = {name: values[i] for i, name in plain}
        for i, name, back, missing in converted:
            value = values[i]
            fields[name] = missing() if value is None else back(value)
        for name, missing in absent:
            fields[name] = missing()
        found.append(kind(**fields))
    return found
