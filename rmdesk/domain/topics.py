"""Seed taxonomy of what reverse mentors usually teach; each program may edit its own list."""

from __future__ import annotations

DEFAULT_TOPICS: tuple[str, ...] = (
    "Digital collaboration tools",
    "AI tools",
    "Social media and branding",
    "E-commerce and digital customers",
    "Gen Z work culture",
    "Agile ways of working",
    "Data literacy and dashboards",
    "Diversity and inclusion",
)

LEVELS = range(1, 6)  # 1 novice .. 5 expert
