"""Render the test window and the proctor console to docs/screenshots/ (Korean and English).

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.gui.exam_window.render_screenshots``. The passive view is
driven directly with DTOs, so the pictures show exactly what the controller would ask for.
"""
from __future__ import annotations

import base64
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

from dreamseed_desktop.services.exams.api import PendingItem, SessionResult
from dreamseed_desktop.services.exams.results import RecordItem, SessionRecord
from dreamseed_desktop.services.exams.scoring import SessionScore
from dreamseed_desktop.ui.exam_window.ports import Notice, SaveState
from dreamseed_desktop.ui.exam_window.view import ExamWindow
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from dreamseed_desktop.ui.i18n import install_language
from dreamseed_desktop.ui.screens.exams.console import ProctorConsole
from dreamseed_desktop.ui.screens.exams.results import SessionRecordDialog
from dreamseed_desktop.ui.workers import TaskRunner
from tests.gui.screens.exams.test_console import NOW, FakeAdmin, FakeProctor

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"

STEM = {
    "ko": "<p>그림과 같이 직각삼각형 ABC에서 ∠C = 90°, AC = 6, BC = 8일 때, "
          "빗변 AB의 길이는 얼마입니까?</p><p align='center'><img src='data:image/png;base64,{img}'></p>",
    "en": "<p>In the right triangle ABC shown, ∠C = 90°, AC = 6 and BC = 8. "
          "How long is the hypotenuse AB?</p><p align='center'><img src='data:image/png;base64,{img}'></p>",
}


def triangle_png() -> str:
    img = QImage(260, 170, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#27313b"), 3))
    poly = QPolygonF([QPointF(30, 140), QPointF(230, 140), QPointF(30, 20)])
    p.drawPolygon(poly)
    p.drawRect(30, 124, 16, 16)
    p.setPen(QColor("#2f6fdd"))
    f = p.font()
    f.setPointSize(13)
    p.setFont(f)
    p.drawText(10, 160, "C")
    p.drawText(236, 160, "B")
    p.drawText(10, 22, "A")
    p.drawText(6, 85, "6")
    p.drawText(125, 162, "8")
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return base64.b64encode(bytes(data.data())).decode()


def exam_window_shots(lang: str, app: QApplication) -> None:
    item = PendingItem(session_id=1, seq=7, item_id=42, stem=STEM[lang].format(img=triangle_png()),
                       choices=("9", "10", "12", "14",
                                "AB의 길이는 주어진 조건만으로는 구할 수 없다. (빗변의 길이를 구하려면 "
                                "∠A의 크기가 더 필요하다)" if lang == "ko" else
                                "AB cannot be found from the given facts alone (the size of ∠A "
                                "would also be needed to work out the hypotenuse)"))
    title = "2학년 3반 수학 단원평가" if lang == "ko" else "Grade 8 math unit check"
    for width, height in ((1366, 768), (1920, 1080), (569, 336)):
        w = ExamWindow(title, kiosk=False)
        w.resize(width, height)
        w.show()
        w.show_item(item, 7)
        w.set_progress(6, 20)
        w.set_remaining(23 * 60 + 41)
        w.set_selected(2)
        w.set_input_enabled(True)
        w.set_save_state(SaveState.SAVED)
        _save(w, app, f"exam_item_{lang}_{width}x{height}.png")
        w.close_window()
    w = ExamWindow(title, kiosk=False)
    w.resize(1366, 768)
    w.show()
    w.show_item(item, 7)
    w.set_progress(6, 20)
    w.set_remaining(23 * 60 + 41)
    w.set_selected(2)
    w.set_input_enabled(True)
    w.set_save_state(SaveState.SAVED)
    _save(w, app, f"exam_item_{lang}.png")
    w.set_confirming(2)
    w.set_save_state(SaveState.IDLE)
    _save(w, app, f"exam_confirm_{lang}.png")
    w.set_confirming(None)
    w.set_input_enabled(False)
    w.set_save_state(SaveState.WAITING)
    w.show_notice(Notice.WAITING_SERVER)
    _save(w, app, f"exam_waiting_{lang}.png")
    w.set_save_state(SaveState.NOT_SAVED)            # issue 17: this PC cannot store answers
    w.show_notice(Notice.JOURNAL_FAILED)
    _save(w, app, f"exam_journal_failed_{lang}.png")
    w.show_finished(SessionResult(1, "completed", 14, 10, 71.4, None, None, "correct"))
    _save(w, app, f"exam_finished_{lang}.png")
    w.show_finished(SessionResult(1, "completed", 14, None, None, 0.62, 0.29, "theta"))
    _save(w, app, f"exam_finished_theta_{lang}.png")
    w.close_window()


def checkin_shot(lang: str, app: QApplication) -> None:
    from dreamseed_desktop.ui.exam_window.checkin import KioskCheckIn

    runner = TaskRunner()
    dialog = KioskCheckIn(lambda u, p: None, runner, language=lang,  # type: ignore[arg-type,return-value]
                          server_label="192.168.0.10 / dreamseed")
    dialog.resize(1366, 768)
    dialog.show()
    dialog.user.setText("10101")
    dialog.password.setText("secret")
    _save(dialog, app, f"kiosk_checkin_{lang}.png")
    dialog.quit_requested = True
    dialog.close()
    runner.shutdown()


def console_shot(lang: str, app: QApplication) -> None:
    runner = TaskRunner()
    proctor = FakeProctor()
    if lang == "en":
        names = ["Minseo Kang", "Doyun Lee", "Seoyeon Park", "Hajun Choi", "Jiwoo Jung", "Seojun Yoon"]
        proctor.rows = [r.__class__(**{**r.__dict__, "student_name": n})
                        for r, n in zip(proctor.rows, names)]
    proctor.rows = [r.__class__(**{**r.__dict__, "deadline_at": NOW + timedelta(minutes=28 - k)})
                    if r.status == "testing" else r for k, r in enumerate(proctor.rows)]
    proctor.rows = [r.__class__(**{**r.__dict__, "client_alert": "journal_unwritable",  # issue 17
                                   "client_alert_at": NOW}) if k == 0 else r
                    for k, r in enumerate(proctor.rows)]
    title = "2학년 3반 수학 단원평가" if lang == "ko" else "Grade 8 math unit check"
    console = ProctorConsole(proctor, FakeAdmin(), runner, 7, title, poll_ms=60000)
    console.resize(1100, 420)
    console.show()
    console.refresh()
    while console.model.rowCount() == 0:
        app.processEvents()
    console.view.resizeColumnsToContents()
    console.view.selectRow(1)
    _save(console, app, f"proctor_console_{lang}.png")
    console.stop()
    runner.shutdown()
    console.close()


def record_shot(lang: str, app: QApplication) -> None:
    items, theta, se = [], 0.0, 1.0
    answers = [True, True, False, True, False, True, True, False, True, True, False, True]
    for k, ok in enumerate(answers, start=1):
        theta += (0.6 if ok else -0.5) / k ** 0.5
        se = 1 / (0.8 + 0.35 * k) ** 0.5
        items.append(RecordItem(k, 100 + k, f"M{100 + k}", "algebra" if k % 3 else "geometry",
                                theta + (0.3 if ok else -0.2), 2 if ok else 3, ok, 9000 + 700 * k,
                                theta, se, attempt_id=k))
    now = datetime(2026, 11, 25, 10, tzinfo=UTC)
    rec = SessionRecord(1, 7, "2학년 3반 수학 단원평가" if lang == "ko" else "Grade 8 math unit check",
                        "강민서" if lang == "ko" else "Minseo Kang", "completed",
                        SessionScore(sum(answers), len(answers), theta, se, "completed", "se_target", 10), theta, se,
                        now - timedelta(minutes=19), now, 1140, {}, tuple(items))
    runner = TaskRunner()
    # as the class's teacher sees it: "Correct answer…" for the selected answer
    dialog = SessionRecordDialog(rec, results=object(), runner=runner)  # type: ignore[arg-type]
    dialog.show()
    dialog.table.resizeColumnsToContents()
    dialog.table.selectRow(2)
    _save(dialog, app, f"exam_record_{lang}.png")
    from dreamseed_desktop.ui.screens.exams.correction import AnswerCorrectionDialog

    ask = AnswerCorrectionDialog(items[2])
    ask.reason.setText("정답 키 오류 (3번이 정답)" if lang == "ko" else "the key was wrong (3 is right)")
    ask.resize(560, ask.sizeHint().height())
    ask.show()
    _save(ask, app, f"answer_correction_{lang}.png")
    ask.close()
    dialog.close()
    runner.shutdown()


def dialog_shot(lang: str, app: QApplication) -> None:
    from dreamseed_desktop.cat.demo_bank import generate_demo_bank
    from dreamseed_desktop.services.exams.admin import ClassOption
    from dreamseed_desktop.services.items.subjects import StrandDTO, SubjectCatalog, SubjectDTO
    from dreamseed_desktop.services.psychometrics.dto import BankParameters
    from dreamseed_desktop.services.psychometrics.simulation import what_if
    from dreamseed_desktop.ui.screens.exams.exam_dialog import ExamDialog

    class Admin:
        def pool_summary(self, subject: str, grades: tuple[int, ...] = (),
                         strands: tuple[str, ...] = ()) -> tuple[int, int]:
            return (360 if not grades else 180), 360

    bank = [r for r in generate_demo_bank(360, subjects=("math",)) if r["subject"] == "math"]

    def simulate(subject, config, **kw):  # type: ignore[no-untyped-def]
        params = BankParameters(subject, tuple(range(len(bank))), tuple(str(r["item_id"]) for r in bank),
                                ("3PL",) * len(bank), tuple(float(r["a"]) for r in bank),
                                tuple(float(r["b"]) for r in bank), tuple(float(r["c"]) for r in bank),
                                (1,) * len(bank), tuple(str(r["strand"]) for r in bank), (1,) * len(bank))
        return what_if(params, config, kw.get("n_examinees", 300), 1)

    strands = tuple(StrandDTO(k, 2, code, ko, en, 10 * k, True, 1) for k, (code, ko, en) in enumerate(
        (("algebra", "대수", "Algebra"), ("functions", "함수", "Functions"), ("geometry", "기하", "Geometry"),
         ("statistics", "확률과 통계", "Probability and statistics")), start=1))
    catalog = SubjectCatalog((SubjectDTO(1, 1, "korean", "국어", "Korean", 10, True, 1),
                              SubjectDTO(2, 1, "math", "수학", "Mathematics", 20, True, 1, strands),
                              SubjectDTO(3, 1, "english", "영어", "English", 30, True, 1)))
    runner = TaskRunner()
    classes = [ClassOption(1, "2학년 3반", "math", 2, 2026, 31), ClassOption(2, "2학년 4반", "math", 2, 2026, 29)]
    dialog = ExamDialog(Admin(), runner, classes, catalog, simulate=simulate, language=lang)
    dialog.title.setText("2학년 3반 수학 단원평가" if lang == "ko" else "Grade 2 math unit test")
    dialog.template.setCurrentIndex(dialog.template.findData("unit"))
    dialog._apply_template()
    dialog.resize(900, 640)
    dialog.show()
    while dialog.pool <= 0:
        app.processEvents()
    _save(dialog, app, f"exam_dialog_{lang}.png")
    dialog.tabs.setCurrentIndex(1)
    dialog.estimate.run_now()
    while dialog.estimate.result is None:
        app.processEvents()
    _save(dialog, app, f"exam_dialog_cat_{lang}.png")
    # the exam's quit password needs 8+ characters (checked by the service; shown on its tab)
    from dreamseed_desktop.services.core.errors import ValidationError
    from dreamseed_desktop.services.exams.admin import validate_draft

    dialog.quit_password.setText("seven77")
    try:
        validate_draft(dialog.draft())
    except ValidationError as exc:
        dialog.show_error(exc)
    _save(dialog, app, f"exam_dialog_quit_password_{lang}.png")
    dialog.close()
    runner.shutdown()


def list_shot(lang: str, app: QApplication) -> None:
    from dataclasses import replace
    from types import SimpleNamespace

    from sqlalchemy import create_engine

    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.config.settings import Settings
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.services.exams.admin import EXAM_TEMPLATES, ExamSummary
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.screens.exams import create_screen

    ko = lang == "ko"
    rows = [
        ("2학년 3반 수학 단원평가" if ko else "Grade 8 math unit check", "2-3", "quick", 31, 12, True),
        ("2학년 4반 수학 단원평가" if ko else "Grade 8 math unit check (4)", "2-4", "quick", 29, 29, False),
        ("수학 진단 평가" if ko else "Math diagnostic", "2-3", "standard", 31, 31, False),
    ]
    exams = [ExamSummary(k, 1, cls, title, "math", EXAM_TEMPLATES[tpl][0], EXAM_TEMPLATES[tpl][1], {},
                         NOW - timedelta(days=7 * k), NOW - timedelta(days=7 * k) + timedelta(hours=2),
                         "correct", True, 3, is_open, 1, started, done, True)
             for k, (title, cls, tpl, started, done, is_open) in enumerate(rows)]
    runner = TaskRunner()
    engine = create_engine("postgresql+psycopg://nobody@localhost/never")   # never connected
    services = replace(build_services(Database(engine)),   # the list comes from a stand-in
                       exam_admin=SimpleNamespace(list_exams=lambda: exams))
    ctx = AppContext(services=services, events=AppEvents(), runner=runner, settings=Settings())
    screen = create_screen(ctx)
    screen.resize(1100, 360)
    screen.show()
    while screen.list_pane.model.rowCount() == 0:
        app.processEvents()
    screen.list_pane.view.resizeColumnsToContents()
    screen.list_pane.view.selectRow(0)
    _save(screen, app, f"exam_list_{lang}.png")
    screen.close()
    runner.shutdown()


def _save(widget, app: QApplication, name: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main(langs: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    load_bundled_fonts(app)
    from dreamseed_desktop.services.items.subjects import SubjectCatalog, SubjectDTO
    from dreamseed_desktop.ui.subject_names import install_catalog

    install_catalog(SubjectCatalog((SubjectDTO(1, 1, "math", "수학", "Mathematics", 20, True, 1),
                                    SubjectDTO(2, 1, "english", "영어", "English", 30, True, 1))))
    student_only = "student" in langs                   # only the student's screens
    langs = [lang for lang in langs if lang != "student"] or ["ko", "en"]
    for lang in langs:
        install_language(lang, app)
        exam_window_shots(lang, app)
        checkin_shot(lang, app)
        if student_only:
            continue
        console_shot(lang, app)
        record_shot(lang, app)
        dialog_shot(lang, app)
        list_shot(lang, app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["ko", "en"]))
