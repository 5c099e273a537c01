"""Benchmarks of the charts/reports/psychometrics area, each as a ratio against a peer measured
in the same run.

1. Item analysis (observed vs expected p-correct, misfit z, exposure) for a whole bank: our one
   SQL statement (``PsychometricsService.item_analysis``) against the plain peer — fetch every
   attempt with its session θ and item parameters, then aggregate in Python.
2. Chart updates: ``ThetaOverTimeChart.set_data`` with 100,000 points (hover index, error bars,
   trend) against pyqtgraph's bare ``PlotDataItem.setData`` of the same points.
3. PDF: a student report with two charts against a one-page QPdfWriter text document
   (the cost of charts and tables over the PDF machinery itself).

Usage (an embedded PostgreSQL is started in a temporary folder)::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_charts.py [--students N] [--sittings K]
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from sqlalchemy import text

from dreamseed_desktop.db.embedded import start_embedded
from dreamseed_desktop.db.engine import make_engine
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.psychometrics.service import PsychometricsService


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def python_peer(db: Database, subject: str) -> dict[int, tuple[int, float, float, float]]:
    """Fetch all attempts and aggregate in Python: n, observed p, expected p, z per item."""
    with db.session(readonly=True) as s:
        rows = s.execute(text(
            "SELECT a.item_id, a.correct, a.exam_session_id, es.theta, i.a, i.b, i.c "
            "FROM attempts a JOIN exam_sessions es ON es.id = a.exam_session_id "
            "JOIN items i ON i.id = a.item_id "
            "WHERE es.status = 'completed' AND es.theta IS NOT NULL AND i.subject = :s"),
            {"s": subject}).all()
    acc: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0.0])
    for item_id, correct, _sid, theta, a, b, c in rows:
        p = c + (1 - c) / (1 + math.exp(-a * (theta - b)))
        cell = acc[item_id]
        cell[0] += 1
        cell[1] += 1 if correct else 0
        cell[2] += p
        cell[3] += p * (1 - p)
    return {k: (int(n), k1 / n, e / n, (k1 - e) / math.sqrt(v) if v else 0.0)
            for k, (n, k1, e, v) in acc.items()}


def bench_item_analysis(db: Database) -> None:
    svc = PsychometricsService(db)
    ours = best_of(lambda: svc.item_analysis("math"))
    peer = best_of(lambda: python_peer(db, "math"))
    res = svc.item_analysis("math")
    ref = python_peer(db, "math")
    worst = max(abs(r.p_expected - ref[r.item_id][2]) for r in res.rows if r.n_attempts)
    n_attempts = sum(r.n_attempts for r in res.rows)
    print(f"item analysis, {len(res.rows)} items / {n_attempts} answers: ours {ours * 1000:.1f} ms, "
          f"fetch-and-aggregate peer {peer * 1000:.1f} ms -> {peer / ours:.1f}x faster "
          f"(max |Δ expected p| = {worst:.1e})")


def bench_chart_update() -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from dreamseed_desktop.ui.charts.learning_curve import LearningCurveChart, ThetaSeries

    app = QApplication.instance() or QApplication(sys.argv)
    n = 100_000
    x = np.arange(n, dtype=float) * 3600 + 1.7e9
    y = np.cumsum(np.random.default_rng(0).normal(0, 0.01, n))
    se = np.full(n, 0.3)
    chart = LearningCurveChart()
    chart.resize(900, 500)
    series = [ThetaSeries("math", x, y, se)]
    bare = pg.PlotWidget()
    bare.resize(900, 500)
    item = bare.plot(symbol="o")

    def ours_update() -> None:  # set the data and draw it once (what the user waits for)
        chart.set_data(series)
        chart.grab()

    def peer_update() -> None:
        item.setData(x, y)
        bare.grab()

    ours, peer = best_of(ours_update), best_of(peer_update)
    print(f"chart update + draw, {n} points: ours {ours * 1000:.0f} ms (trend, hover index; no error "
          f"bars above 2000 points), bare PlotDataItem with symbols {peer * 1000:.0f} ms -> {ours / peer:.2f}x")
    chart.deleteLater()
    bare.deleteLater()
    app.processEvents()


def bench_pdf(db: Database) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from dreamseed_desktop.services.stats.reports import ReportService
    from dreamseed_desktop.ui.fonts import load_bundled_fonts
    from dreamseed_desktop.ui.reports import write_student_report

    app = QApplication.instance() or QApplication(sys.argv)
    load_bundled_fonts(app)
    with db.session(readonly=True) as s:
        sid = s.execute(text("SELECT id FROM students ORDER BY id LIMIT 1")).scalar_one()
    data = ReportService(db).student_report(sid)
    out = Path(tempfile.mkdtemp())

    def plain() -> None:
        writer = QPdfWriter(str(out / "plain.pdf"))
        painter = QPainter(writer)
        for line in range(40):
            painter.drawText(100, 100 + 80 * line, f"{data.name} {line}")
        painter.end()

    ours = best_of(lambda: write_student_report(data, out / "student.pdf"))
    peer = best_of(plain)
    print(f"student PDF report (2 charts, table): ours {ours * 1000:.0f} ms, one-page text PDF "
          f"{peer * 1000:.0f} ms -> {ours / peer:.1f}x; {1 / ours:.1f} reports per second")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-class", type=int, default=60, help="students per class (3 classes)")
    parser.add_argument("--sittings", type=int, default=4)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.fixtures.simulated_school import build_school

    with tempfile.TemporaryDirectory() as tmp:
        server = start_embedded(Path(tmp) / "pg", cleanup_mode="delete")
        try:
            url = server.url("postgres")
            upgrade(url)
            engine = make_engine(url)
            db = Database(engine)
            t0 = time.perf_counter()
            build_school(db, per_class=args.per_class, sittings=args.sittings)
            with db.session() as s:
                s.execute(text("ANALYZE"))  # as autovacuum would after a bulk load
            print(f"school built in {time.perf_counter() - t0:.1f} s")
            bench_item_analysis(db)
            bench_chart_update()
            bench_pdf(db)
            engine.dispose()
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
