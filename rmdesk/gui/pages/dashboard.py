"""The dashboard: who takes part, how pairs are doing, and what the evaluations say."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import i18n
from rmdesk.domain.entities import Program, Respondent, Stage
from rmdesk.domain.i18n import QT_TRANSLATE_NOOP
from rmdesk.domain.templates import Questionnaire
from rmdesk.domain.words import plural
from rmdesk.gui.page import Page
from rmdesk.gui.widgets.charts import BarChart
from rmdesk.store import Document
from rmdesk.store.dashboard import Figures, figures

CHARTS = (  # the titles translated where shown
    ("roles", QT_TRANSLATE_NOOP("DashboardPage", "Participants by role")),
    ("generations", QT_TRANSLATE_NOOP("DashboardPage", "Participants by generation")),
    ("employment", QT_TRANSLATE_NOOP("DashboardPage", "Employment (outsourced shown apart)")),
    ("departments", QT_TRANSLATE_NOOP("DashboardPage", "Participants by department")),
    ("pairs", QT_TRANSLATE_NOOP("DashboardPage", "Pairs by status")),
    ("meetings", QT_TRANSLATE_NOOP("DashboardPage", "Pairs by meetings held")),
    ("goals", QT_TRANSLATE_NOOP("DashboardPage", "Goals by status (past their date and not done: overdue)")),
    (
        "satisfaction",
        QT_TRANSLATE_NOOP("DashboardPage", "Satisfaction from the midpoint on (answered of asked)"),
    ),
)


class DashboardPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: Document | None = None
        self.program: Program | None = None
        self.figures = Figures()
        self.kpis: dict[str, QLabel] = {}
        numbers = QHBoxLayout()
        for key in ("enrolled", "retention", "pairs", "meetings", "rhythm", "goals"):
            label = QLabel()
            label.setObjectName(f"kpi_{key}")
            label.setStyleSheet("font-size: 13pt; padding: 4px 14px 4px 0;")
            label.setWordWrap(True)  # a narrow window wraps the figures rather than growing wider
            numbers.addWidget(label)
            self.kpis[key] = label
        numbers.addStretch()
        self.as_of = QLabel()
        self.as_of.setObjectName("asOfLabel")
        self.as_of.setWordWrap(True)
        self.charts = {key: BarChart(self.tr(title)) for key, title in CHARTS}
        self.charts["satisfaction"].series_names = [self.tr("Mentees"), self.tr("Reverse mentors")]
        self.confidence = BarChart(
            self.tr("Mentees' confidence per topic (1-5)"), [self.tr("Baseline"), self.tr("Final")]
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(18)
        for index, (key, _) in enumerate(CHARTS):
            grid.addWidget(self.charts[key], index // 2, index % 2)
        grid.addWidget(self.confidence, len(CHARTS) // 2, 0, 1, 2)
        grid.setRowStretch(len(CHARTS) // 2 + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Dashboard figures"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(numbers)
        layout.addWidget(self.as_of)
        layout.addWidget(scroll)

    def set_document(self, doc: Document | None, program: Program | None) -> None:
        self.doc, self.program = doc, program
        self.reload()

    def reload(self) -> None:
        """The figures as of today, defined as in the reports (:mod:`rmdesk.store.dashboard`)."""
        f = figures(self.doc, self.program) if self.doc and self.program else Figures()
        self.figures = f
        said = i18n.current()
        self.kpis["enrolled"].setText(
            self.tr("<b>{count}</b> enrolled").format(count=said.number(f.enrolled))
        )
        self.kpis["retention"].setText(
            self.tr("<b>{percent}</b> still taking part").format(percent=said.percent(f.retention))
            if f.retention is not None
            else self.tr("nobody enrolled yet")
        )
        pairs = self.tr("<b>1</b> pair") if f.pairs == 1 else self.tr("<b>{count}</b> pairs")
        self.kpis["pairs"].setText(pairs.format(count=said.number(f.pairs)))
        if f.meetings_expected:
            meetings = (
                self.tr("<b>1</b> meeting of about {expected} expected")
                if f.meetings == 1
                else self.tr("<b>{count}</b> meetings of about {expected} expected")
            )
        else:
            meetings = self.tr("<b>1</b> meeting") if f.meetings == 1 else self.tr("<b>{count}</b> meetings")
        self.kpis["meetings"].setText(
            meetings.format(count=said.number(f.meetings), expected=said.number(f.meetings_expected))
        )
        self.kpis["rhythm"].setText(
            self.tr("<b>{count}</b> of {pairs} on rhythm").format(
                count=said.number(f.pairs_on_rhythm), pairs=plural(f.pairs_active, "active pair")
            )
            if f.pairs_active
            else self.tr("no active pair")
        )
        self.kpis["goals"].setText(
            self.tr("<b>{percent}</b> of {goals} done").format(
                percent=said.percent(f.goal_completion), goals=plural(f.goals, "goal")
            )
        )
        self.as_of.setText(
            self.tr("Figures as of {date}: meetings and check-ins dated later are not counted.").format(
                date=said.date(f.as_of)
            )
            if f.enrolled
            else ""
        )
        counts = {
            "roles": f.people_by_role,
            "generations": f.people_by_generation,
            "employment": f.people_by_employment,
            "departments": f.people_by_department,
            "pairs": f.pairs_by_status,
            "meetings": f.meetings_per_pair,
            "goals": f.goals_by_status,
        }
        for key, series in counts.items():
            self.charts[key].set_rows([(label, [value]) for label, value in series])
        scale = float(Questionnaire.of(self.program.settings).scale) if self.program else 5.0
        satisfaction = []
        for label, mentees, mentors in f.satisfaction_by_stage:
            stage = f.stage(next(s for s in Stage if s.label == label))
            rate = stage.answered[Respondent.MENTEE] if stage else None
            shown = (
                self.tr("{stage}, {answered} of {asked} mentees").format(
                    stage=label, answered=rate.answered, asked=rate.asked
                )
                if rate
                else label
            )
            satisfaction.append((shown, [mentees.value, mentors.value]))
        self.charts["satisfaction"].set_rows(satisfaction, maximum=scale, minimum=1.0, number_format="{:.2f}")
        later = (f.learning_stage or Stage.FINAL).label
        self.confidence.title = self.tr(
            "Mentees' confidence per topic (1-5): the same {mentees} at the baseline and the {stage}"
        ).format(mentees=plural(f.confidence_mentees, "mentee"), stage=later.lower())
        self.confidence.series_names = [self.tr("Baseline"), later]
        self.confidence.set_rows(
            [(f"{t.topic} (n = {t.n})", [t.before, t.after]) for t in f.confidence_by_topic],
            maximum=5.0,
            minimum=1.0,
            number_format="{:.1f}",
        )
        # Lay the new rows out now, not one event later, so no chart is drawn cut off.
        # Twice: the body's layout asks again of the scroll area around it.
        for _ in range(2):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
