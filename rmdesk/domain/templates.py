"""Defaults drawn from how reverse-mentoring programs run: goal templates and the questionnaire."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoalTemplate:
    topic: str
    specific: str
    measure: str
    weeks: int  # suggested time to the target date


GOAL_TEMPLATES: tuple[GoalTemplate, ...] = (
    GoalTemplate(
        "AI tools",
        "Use an AI assistant to draft and summarise weekly reports",
        "Three reports drafted with the assistant and reviewed together",
        8,
    ),
    GoalTemplate(
        "Social media and branding",
        "Publish professional posts about the team's work on LinkedIn",
        "Four posts published; engagement reviewed with the mentor",
        10,
    ),
    GoalTemplate(
        "Gen Z work culture",
        "Understand what younger staff expect from feedback and flexibility",
        "Two listening sessions held with junior staff; one practice changed",
        12,
    ),
    GoalTemplate(
        "Agile ways of working",
        "Run one team project in two-week cycles with a short review",
        "Three cycles completed with a retrospective each",
        12,
    ),
    GoalTemplate(
        "Digital collaboration tools",
        "Move a recurring team meeting's follow-up into a shared workspace",
        "All actions tracked in the shared board for one month",
        6,
    ),
    GoalTemplate(
        "Data literacy and dashboards",
        "Read and question the monthly sales dashboard without help",
        "Explain three dashboard figures to the mentor in a session",
        8,
    ),
)


@dataclass(frozen=True)
class Question:
    key: str
    level: str  # Kirkpatrick level: reaction, learning, behaviour, results
    text: str


DEFAULT_QUESTIONS: tuple[Question, ...] = (
    Question("sessions_useful", "reaction", "Our sessions were a good use of my time."),
    Question("safe_to_speak", "reaction", "I could speak openly in our sessions."),
    Question("learned_new", "learning", "I learned something new I can explain to others."),
    Question("used_at_work", "behaviour", "I have used a tool or practice from our sessions in my work."),
    Question("changed_view", "behaviour", "The sessions changed how I see the other generation."),
    Question("team_benefit", "results", "My team has benefited from what I learned."),
)


KIRKPATRICK_LEVELS = ("reaction", "learning", "behaviour", "results")
SCALES = (4, 5, 7)


@dataclass(frozen=True)
class Questionnaire:
    """The Likert items both sides answer at each stage, with the scale (1 to ``scale``)."""

    items: tuple[Question, ...] = DEFAULT_QUESTIONS
    scale: int = 5

    @classmethod
    def of(cls, settings: dict[str, object]) -> Questionnaire:
        stored = settings.get("questionnaire")
        if not isinstance(stored, dict):
            return cls()
        items = tuple(Question(**item) for item in stored.get("items", []))
        return cls(items or DEFAULT_QUESTIONS, int(stored.get("scale", 5)))

    def to_settings(self, settings: dict[str, object]) -> dict[str, object]:
        items = [{"key": q.key, "level": q.level, "text": q.text} for q in self.items]
        return {**settings, "questionnaire": {"scale": self.scale, "items": items}}
