"""The weights and rules an officer can tune per program (kept in ``Program.settings``)."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Literal, get_args

JuniorBy = Literal["grade", "birth_year", "none"]
LIMIT = 1000  # points or grades a setting may hold either way


@dataclass(frozen=True)
class MatchSettings:
    # Points. A topic scores offered level x wanted level x topic_weight: 5 x 4 x 1.6 = +32.
    topic_weight: float = 1.6
    same_department: float = -10.0
    grade_gap_per_step: float = 1.5  # per grade the mentee is above the mentor...
    grade_gap_cap: int = 8  # ...counted up to this many grades
    younger_generation: float = 6.0  # the mentor is of a younger generation
    shared_language: float = 4.0
    same_location: float = 4.0
    # Hard rules.
    no_direct_line: bool = True  # neither is above the other in the reporting line, at any depth
    no_peers: bool = True  # not two reports of the same manager
    junior_by: JuniorBy = "grade"  # the reverse mentor must be junior by grade or by age
    exclude_earlier_pairs: bool = True  # no repeat of a pair that ended, in this program or another

    @classmethod
    def from_program(cls, settings: dict[str, Any]) -> MatchSettings:
        """The stored settings; a value of the wrong kind or beyond reason (a file edited
        elsewhere) gives way to the default."""
        stored = settings.get("matching", {})
        if not isinstance(stored, dict):
            return cls()
        return cls(
            **{f.name: stored[f.name] for f in dataclasses.fields(cls) if _fits(f, stored.get(f.name))}
        )

    def to_program(self, settings: dict[str, Any]) -> dict[str, Any]:
        return {**settings, "matching": dataclasses.asdict(self)}


def _fits(f: dataclasses.Field[Any], value: object) -> bool:
    """Whether ``value`` may stand for the setting ``f`` (whose default gives its kind)."""
    default = f.default
    if value is None or isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, str):
        return value in get_args(JuniorBy)
    if isinstance(default, int):
        return isinstance(value, int) and abs(value) <= LIMIT
    if isinstance(default, float):
        return isinstance(value, int | float) and math.isfinite(value) and abs(value) <= LIMIT
    return False
