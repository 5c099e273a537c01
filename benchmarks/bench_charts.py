"""Benchmarks of the charts/reports/psychometrics area, each as a ratio against a peer measured
in the same run.

1. Item analysis (observed vs expected p-correct, misfit z, exposure) for a whole bank: our one
   SQL statement (``PsychometricsService.item_analysis``) against the plain peer — fetch every
   attempt with its session θ and item parameters, then aggregate in Python.
2. Chart updates: ``ThetaOverTimeChart.set_data`` with 100,000 points (hover index, error bars,
   trend) against pyqtgraph's bare ``PlotDataItem.setData`` of the same points.
3. PDF: a student report with two charts against a one-page QPdfWriter text document
   (the cost of charts and tables over the PDF machinery itself).

Database figures are taken as the app runs: through the staff client role, signed in with a real
password and token as the school's admin (row-level security applies); the peer of (1) runs as
the same admin, and the owner's figure (no row-level security) stands beside ours as a reference.

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
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from sqlalchemy import text

from benchmarks._signin import same
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


def bench_item_analysis(db: Database, owner_db: Database) -> None:
    svc, svc_owner = PsychometricsService(db), PsychometricsService(owner_db)
    ours = best_of(lambda: svc.item_analysis("math"))
    peer = best_of(lambda: python_peer(db, "math"))
    own = best_of(lambda: svc_owner.item_analysis("math"))
    res = svc.item_analysis("math")
    ref = python_peer(db, "math")
    worst = max(abs(r.p_expected - ref[r.item_id][2]) for r in res.rows if r.n_attempts)
    n_attempts = sum(r.n_attempts for r in res.rows)
    same_counts = all(ref[r.item_id][0] == r.n_attempts for r in res.rows if r.n_attempts)
    print(f"item analysis as the admin, {len(res.rows)} items / {n_attempts} answers: ours "
          f"{ours * 1000:.1f} ms, fetch-and-aggregate peer (same admin) {peer * 1000:.1f} ms -> "
          f"{peer / ours:.1f}x faster (same counts: {same_counts}, max |Δ expected p| = {worst:.1e}); "
          f"owner {own * 1000:.1f} ms (admin/owner {ours / own:.2f}x, same result: "
          f"{same(res, svc_owner.item_analysis('math'))}; floats within 1e-9)")


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


def bench_pdf(db: Database, owner_db: Database) -> None:
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
    other = ReportService(owner_db).student_report(sid)
    equal = same(data, replace(other, generated_at=data.generated_at))
    fetch = best_of(lambda: ReportService(db).student_report(sid))
    fetch_owner = best_of(lambda: ReportService(owner_db).student_report(sid))
    print(f"student report data as the admin {fetch * 1000:.1f} ms, owner {fetch_owner * 1000:.1f} ms "
          f"({fetch / fetch_owner:.2f}x; same data: {equal})")
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
    from benchmarks._server import embedded_server
    from benchmarks._signin import give_password, owner, signed_in
    from tests.fixtures.simulated_school import build_school, with_admin

    with embedded_server("ds-bench-charts-") as server:
        server.ensure_database("bench")
        url = server.url("bench")
        upgrade(url)
        ref = owner(url)
        t0 = time.perf_counter()
        ids = with_admin(build_school(ref, per_class=args.per_class, sittings=args.sittings), url)
        with ref.session() as s:
            s.execute(text("ANALYZE"))  # as autovacuum would after a bulk load
            admin_id = s.execute(text("SELECT id FROM users WHERE email = :e"),
                                 {"e": ids.admin_email}).scalar_one()
        give_password(url, [admin_id])
        admin = signed_in(url, ids.admin_email)
        print(f"school built in {time.perf_counter() - t0:.1f} s")
        bench_item_analysis(admin, ref)
        bench_chart_update()
        bench_pdf(admin, ref)
        admin.engine.dispose()
        ref.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
