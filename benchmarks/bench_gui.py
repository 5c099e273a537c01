"""People screen with 100,000 students: first rows, filter keystroke → view, GUI-thread stalls.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--students 100000]

The screen runs as the app runs it: through the staff client role, signed in with a real
password and token as the school's admin (row-level security applies). Peer measured in the
same run: the bare service call (``PeopleService.list`` for the same query, called directly
without Qt, as the same admin), so each GUI figure is also printed as a ratio against what the
database itself costs; the owner's bare call (no row-level security) stands beside it as a
reference, and both bare calls are checked to return the same page. Stalls are measured with
a 2 ms QTimer on the GUI event loop: the longest gap between two ticks minus the interval is
the longest time the GUI could not react.
Targets (issue 5): first rows < 300 ms, keystroke → view < 50 ms, longest stall < 50 ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SEED_SQL = """
INSERT INTO organizations (name, type) VALUES ('벤치마크고등학교', 'school');
INSERT INTO users (organization_id, email, role, name)
SELECT 1, 'student' || g || '@bench.kr', 'student',
       (ARRAY['김','이','박','최','정','강','조','윤','장','임'])[1 + g % 10]
       || (ARRAY['민','서','지','현','수','하','도','예','은','준'])[1 + (g / 10) % 10]
       || (ARRAY['준','윤','우','진','아','린','원','호','빈','영'])[1 + (g / 100) % 10]
FROM generate_series(1, %(n)s) AS g;
INSERT INTO students (user_id, organization_id, grade, student_number)
SELECT id, 1, 1 + id % 3, lpad(id::text, 6, '0') FROM users WHERE role = 'student';
INSERT INTO users (organization_id, email, role, name) VALUES (1, 'admin@bench.kr', 'admin', '관리자');
ANALYZE;
"""


class StallMeter:
    """Longest gap between ticks of a fast timer on the GUI thread."""

    def __init__(self, interval_ms: int = 2) -> None:
        from PySide6.QtCore import QTimer

        self.interval = interval_ms / 1000
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last - self.interval)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()


def wait_for(app, predicate, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > end:
            raise TimeoutError("benchmark step did not finish")
        app.processEvents()
        time.sleep(0.0002)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--switch-interval", type=float, default=0.0,
                        help="override the GIL switch interval in ms (the app uses 1 ms)")
    args = parser.parse_args()

    from benchmarks._server import traversable_tmpdir
    from dreamseed_desktop.db.embedded import start_embedded

    with traversable_tmpdir("ds-bench-gui-") as tmp:
        return _run(args, start_embedded(tmp / "pg", cleanup_mode="delete"))


def _run(args, server) -> int:  # type: ignore[no-untyped-def]
    import psycopg

    from benchmarks._signin import give_password, owner, signed_in
    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.config.settings import Settings
    from dreamseed_desktop.db.migrate import upgrade
    from dreamseed_desktop.services.people.service import PeopleService
    from dreamseed_desktop.ui.app import create_application
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.screens.people.screen import PeopleScreen
    from dreamseed_desktop.ui.workers import TaskRunner

    try:
        server.ensure_database("bench")
        url = server.url("bench")
        upgrade(url)
        t = time.perf_counter()
        with psycopg.connect(url, autocommit=True) as conn:
            for statement in SEED_SQL.split(";\n"):
                if statement.strip():
                    conn.execute(statement.replace("%(n)s", str(args.students)))
            admin_id = conn.execute("SELECT id FROM users WHERE role = 'admin'").fetchone()[0]
        give_password(url, [admin_id])
        print(f"seeded {args.students:,} students in {time.perf_counter() - t:.1f} s")
        db = signed_in(url, "admin@bench.kr")           # the admin, through the client role
        engine = db.engine
        people = PeopleService(db)
        ref = owner(url)
        people_ref = PeopleService(ref)

        app = create_application(sys.argv[:1], "en")
        if args.switch_interval:
            sys.setswitchinterval(args.switch_interval / 1000)
        runner = TaskRunner(app)
        ctx = AppContext(services=build_services(db), events=AppEvents(),
                         runner=runner, settings=Settings(language="en"))
        stall = StallMeter()

        # peer: the bare service call for the first page and for each search
        searches = ["김", "김민", "김민준", "student4242", "004242", "박서"]
        typed_words = ["김민준", "박서", "student42", "00424"]
        peer_first = statistics.median(_timed(lambda: people.list(active=True, limit=200))
                                       for _ in range(args.repeat))
        peer_search = statistics.median(_timed(lambda s=s: people.list(active=True, search=s, limit=200))
                                        for s in searches for _ in range(2))
        owner_first = statistics.median(_timed(lambda: people_ref.list(active=True, limit=200))
                                        for _ in range(args.repeat))
        owner_search = statistics.median(_timed(lambda s=s: people_ref.list(active=True, search=s, limit=200))
                                         for s in searches for _ in range(2))
        same = all(people.list(active=True, search=s, limit=200)
                   == people_ref.list(active=True, search=s, limit=200) for s in [None, *searches])
        ref.engine.dispose()

        first_rows, stalls, open_stalls, scroll_stalls = [], [], [], []
        for _ in range(args.repeat):
            screen = PeopleScreen(ctx)
            screen.resize(1200, 800)
            stall.start()
            t0 = time.perf_counter()
            screen.show()
            wait_for(app, lambda: screen.model.rowCount() > 0)
            app.processEvents()
            first_rows.append(time.perf_counter() - t0)
            open_stalls.append(stall.longest)
            stall.longest = 0.0
            for _page in range(5):                      # scroll: lazy pages arrive
                screen.view.scrollToBottom()
                before = screen.model.rowCount()
                wait_for(app, lambda: screen.model.rowCount() > before)
            stalls.append(max(stall.longest, open_stalls[-1]))
            scroll_stalls.append(stall.longest)
            stall.timer.stop()
            screen.close()
            screen.deleteLater()
            app.processEvents()

        screen = PeopleScreen(ctx)
        screen.show()
        wait_for(app, lambda: screen.model.rowCount() > 0)
        keystrokes, complete = [], []
        stall.start()
        for word in typed_words:
            for length in range(1, len(word) + 1):
                events: list[float] = []
                screen.model.narrowed.connect(lambda _n: events.append(time.perf_counter()))
                screen.model.page_loaded.connect(lambda _n: events.append(time.perf_counter()))
                t0 = time.perf_counter()
                screen.search.setText(word[:length])          # one keystroke
                wait_for(app, lambda: bool(events))
                app.processEvents()
                keystrokes.append(time.perf_counter() - t0)
                wait_for(app, lambda: not screen.model.is_loading()
                         and screen.model.query.get("search") == word[:length])
                complete.append(time.perf_counter() - t0)
                screen.model.narrowed.disconnect()
                screen.model.page_loaded.disconnect()
            screen.search.clear()
            wait_for(app, lambda: not screen.model.is_loading() and "search" not in screen.model.query)
        search_stall = stall.longest
        stall.timer.stop()
        runner.shutdown()
        engine.dispose()

        first = statistics.median(first_rows)
        key = statistics.median(keystrokes)
        key95 = sorted(keystrokes)[int(0.95 * (len(keystrokes) - 1))]
        full = statistics.median(complete)
        full95 = sorted(complete)[int(0.95 * (len(complete) - 1))]
        print(f"\nPeople screen as the admin (client role), {args.students:,} students "
              f"(medians of {args.repeat} runs)")
        print(f"  bare service call, first page: admin {ms(peer_first).strip()}, owner "
              f"{ms(owner_first).strip()} ({peer_first / owner_first:.2f}x); searches: admin "
              f"{ms(peer_search).strip()}, owner {ms(owner_search).strip()} "
              f"({peer_search / owner_search:.2f}x); same pages: {same}")
        print(f"  time to first rows       {ms(first)}   target < 300 ms   "
              f"ratio vs bare service call {first / peer_first:5.2f}x ({ms(peer_first).strip()})")
        print(f"  filter keystroke → view  {ms(key)}   target <  50 ms   "
              f"ratio vs bare service call {key / peer_search:5.2f}x ({ms(peer_search).strip()})"
              f"   p95 {ms(key95).strip()}   ({len(keystrokes)} keystrokes typing "
              f"{', '.join(typed_words)}; shown rows are narrowed at once)")
        print(f"  keystroke → complete database result {ms(full)}   "
              f"ratio vs bare service call {full / peer_search:5.2f}x   p95 {ms(full95).strip()}")
        print(f"  longest GUI-thread stall {ms(max(stalls[1:]))}   target <  50 ms   "
              f"(2 ms event-loop timer; opening the screen, first page, scrolling 5 pages; "
              f"median {ms(statistics.median(stalls)).strip()})")
        print(f"  … opening + first page  {ms(max(open_stalls[1:]))}; scrolling 5 pages "
              f"{ms(max(scroll_stalls[1:]))}; {len(keystrokes)} searches {ms(search_stall)}")
        print(f"  … very first opening (cold: fonts, glyph cache) {ms(stalls[0])}")
    finally:
        server.stop()
    return 0


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
