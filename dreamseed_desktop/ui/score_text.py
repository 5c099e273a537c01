"""How every screen, PDF and the end screen name and format a session's scores.

One place for the names (Korean and English through Qt's translation system) so the results
table, the proctor console, the statistics tabs, the PDFs and the student's end screen say the
same thing about the same number. See :mod:`dreamseed_desktop.services.exams.scoring`.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.services.exams.scoring import (
    MeanWithSE,
    SessionScore,
    interval95,
)
from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

__all__ = ["CORRECT", "INTERVAL", "PERCENT", "SE", "THETA", "completeness_text", "definitions",
           "fmt_correct", "fmt_interval", "fmt_mean", "fmt_percent", "fmt_se", "fmt_theta",
           "name", "stop_reason_text"]

CTX = "Scores"
CORRECT = QT_TRANSLATE_NOOP("Columns", "Correct / answered")
PERCENT = QT_TRANSLATE_NOOP("Columns", "% correct")
THETA = QT_TRANSLATE_NOOP("Columns", "θ (ability)")
SE = QT_TRANSLATE_NOOP("Columns", "SE of θ")
INTERVAL = QT_TRANSLATE_NOOP("Columns", "95% interval of θ")
ENDED = QT_TRANSLATE_NOOP("Columns", "Ended by")
COUNTED = QT_TRANSLATE_NOOP("Columns", "Counted")

MINUS = "−"


def name(source: str) -> str:
    """The translated name of one of the constants above (they double as table headers, so
    they live in the ``Columns`` context of the table models)."""
    return QCoreApplication.translate("Columns", source)


def _signed(value: float, digits: int = 2) -> str:
    return f"{value:+.{digits}f}".replace("-", MINUS)


def fmt_theta(theta: float | None) -> str:
    return "–" if theta is None or not math.isfinite(theta) else _signed(theta)


def fmt_se(se: float | None) -> str:
    return "–" if se is None or not math.isfinite(se) else f"{se:.2f}"


def fmt_interval(theta: float | None, se: float | None) -> str:
    ci = interval95(theta, se)
    return "–" if ci is None else f"{_signed(ci[0])} … {_signed(ci[1])}"


def fmt_correct(score: SessionScore) -> str:
    return f"{score.n_correct} / {score.n_answered}" if score.n_answered else "–"


def fmt_percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


def fmt_mean(m: MeanWithSE, *, percent: bool = False) -> str:
    """``+0.12 (SE 0.08, n = 25)``; the SE is that of the mean."""
    if m.mean is None:
        return "–"
    value = f"{m.mean:.1f}%" if percent else _signed(m.mean)
    if m.se is None:
        return QCoreApplication.translate("Scores", "%1 (n = %2)").replace("%1", value).replace("%2", str(m.n))
    se = f"{m.se:.1f}" if percent else f"{m.se:.2f}"
    return (QCoreApplication.translate("Scores", "%1 (SE %2, n = %3)").replace("%1", value)
            .replace("%2", se).replace("%3", str(m.n)))


def stop_reason_text(reason: str | None) -> str:
    texts = {
        "max_items": QCoreApplication.translate("Scores", "all items given"),
        "se_target": QCoreApplication.translate("Scores", "precision reached"),
        "min_information": QCoreApplication.translate("Scores", "no informative items left"),
        "no_items": QCoreApplication.translate("Scores", "item pool used up"),
        "time_limit": QCoreApplication.translate("Scores", "time limit"),
        "student_finished": QCoreApplication.translate("Scores", "student finished"),
        "proctor_ended": QCoreApplication.translate("Scores", "teacher ended it"),
        "resume_expired": QCoreApplication.translate("Scores", "not resumed in time"),
    }
    return texts.get(reason or "", reason or "–")


def completeness_text(score: SessionScore) -> str:
    """Whether the session counts in averages, and why not."""
    texts = {
        "complete": QCoreApplication.translate("Scores", "yes"),
        "short_time_limit": QCoreApplication.translate("Scores", "no – time ran out before the minimum items"),
        "short": QCoreApplication.translate("Scores", "no – ended before the minimum items"),
        "terminated": QCoreApplication.translate("Scores", "no – ended by the teacher"),
        "running": QCoreApplication.translate("Scores", "not yet – still running"),
    }
    return texts[score.completeness]


def definitions() -> str:
    """The plain-language definitions shown under every table of scores."""
    return QCoreApplication.translate(
        "Scores", "Correct / answered: items answered correctly of the items this student was given; "
             "% correct is the same as a percentage. In an adaptive test everyone gets items near "
             "their own level, so % correct does not compare students. θ (ability) is the "
             "comparable score, on the item bank's scale (0 = average of the group the items "
             "were calibrated on, most students between −2 and +2); SE is its standard error and "
             "the 95% interval is θ ± 1.96 SE. Averages are per subject and count only sessions "
             "that reached the minimum number of items.")
