"""Chart date axes speak the user's language: Korean month names, not "Mar"."""
from __future__ import annotations

from datetime import UTC, datetime

from dreamseed_desktop.ui import i18n
from dreamseed_desktop.ui.charts.date_axis import LocaleDateAxis


def _month_ticks(axis: LocaleDateAxis) -> list[str]:
    start = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
    end = datetime(2026, 12, 31, tzinfo=UTC).timestamp()
    axis.utcOffset = 0
    # the zoom level whose ticks are months (pyqtgraph picks it for about a year on screen)
    axis.zoomLevel = next(z for z in axis.zoomLevels.values()
                          if any(s.format == "%b" for s in z.tickSpecs))
    spec = next(s for s in axis.zoomLevel.tickSpecs if s.format == "%b")
    values = [datetime(2026, m, 1, tzinfo=UTC).timestamp() for m in range(1, 13)]
    assert start <= values[0] and values[-1] <= end
    return axis.tickStrings(values, 1.0, spec.spacing)


def test_month_names_follow_the_language(qapp) -> None:
    try:
        i18n.install_language("ko", qapp)
        ko = _month_ticks(LocaleDateAxis(orientation="bottom"))
        i18n.install_language("en", qapp)
        en = _month_ticks(LocaleDateAxis(orientation="bottom"))
    finally:
        i18n.install_language("en", qapp)
    assert any(t.endswith("월") for t in ko) and not any(t[:1].isalpha() and t.isascii() for t in ko), ko
    assert "Mar" in en or "Feb" in en, en
