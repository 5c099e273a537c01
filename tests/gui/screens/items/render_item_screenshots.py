"""Render the item editor and two items in the test window to docs/screenshots/ (Korean, 1366×768).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.screens.items.render_item_screenshots

A throw-away embedded PostgreSQL with the test school (tests/fixtures/school.py): the teacher
writes the math item in the editor (picture of the editor), the admin approves it and a reading
passage item, and students sit the exam through the real exam API: what the test window shows
them is grabbed (a math item with a fraction, a root and a graph; a passage item).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

PASSAGE = ("봄비가 조용히 내린다. 겨우내 얼어 있던 들판이 천천히 젖어 들고, 마른 가지 끝마다 작은 물방울이 "
           "맺힌다.\n농부는 창가에 앉아 빗소리를 듣는다. 올해는 씨앗을 조금 더 일찍 뿌려도 되겠다고 생각한다.\n"
           "비가 그치면 아이들은 물웅덩이를 건너뛰며 학교에 갈 것이다. 봄은 그렇게 소리 없이 온다.")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from benchmarks._server import embedded_server
    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.config.settings import Settings
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import upgrade
    from dreamseed_desktop.db.roles import STAFF_ROLE, STUDENT_ROLE, client_url
    from dreamseed_desktop.services.core.auth import AuthService
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.services.exams.api import ExamApi
    from dreamseed_desktop.services.items.authoring import ContentDraft
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.exam_window.view import ExamWindow
    from dreamseed_desktop.ui.fonts import load_bundled_fonts
    from dreamseed_desktop.ui.i18n import install_language
    from dreamseed_desktop.ui.screens.items.editor import ItemEditor
    from dreamseed_desktop.ui.workers import TaskRunner
    from tests.fixtures.school import PASSWORD, email, seed_school
    from tests.gui.exam_window.test_item_content_render import GRAPH_SVG
    from tests.gui.screens.items.test_item_editor import CHOICES, STEM

    app = QApplication.instance() or QApplication([])
    load_bundled_fonts(app)  # type: ignore[arg-type]
    install_language("ko", app)
    OUT.mkdir(parents=True, exist_ok=True)

    def pump() -> None:
        for _ in range(30):
            app.processEvents()

    with embedded_server("ds-shots-items-") as server:
        server.ensure_database("shots")
        owner = server.url("shots")
        upgrade(owner)
        school = seed_school(owner, cat_config='{"max_items": 8, "min_items": 8}')

        def signed_in(key: str, role: str) -> Database:
            db = Database(make_engine(client_url(owner, role=role)))
            AuthService(db).login(email(key), PASSWORD)
            return db

        runner = TaskRunner()
        teacher = AppContext(services=build_services(signed_in("teacher1", STAFF_ROLE)), events=AppEvents(),
                             runner=runner, settings=Settings(), server_label="")
        editor = ItemEditor(teacher)
        editor.resize(1366, 768)
        editor.show()
        while editor.subject.findData("math") < 0:
            pump()
        editor.code.setText("M-2026-17")
        editor.subject.setCurrentIndex(editor.subject.findData("math"))
        editor.grade.setCurrentIndex(editor.grade.findData(10))   # 고1
        editor.stem.setPlainText(STEM + "\n")
        for edit, text in zip(editor.choices, CHOICES):
            edit.setText(text)
        editor.stem.moveCursor(editor.stem.textCursor().MoveOperation.End)
        editor.add_picture(GRAPH_SVG, editor.stem, alt="y = x^2 의 그래프")
        while "asset:" not in editor.stem.toPlainText():
            pump()
        editor.update_preview()
        pump()
        editor.grab().save(str(OUT / "item_editor_ko.png"))
        editor.review_button.click()
        while editor.item_id is None:
            pump()
        math_id = editor.item_id

        admin = build_services(signed_in("admin", STAFF_ROLE))
        admin.item_authoring.review(math_id, 1, approve=True)
        passage = admin.item_authoring.save_passage("봄비", PASSAGE)
        reading = admin.item_authoring.save(ContentDraft(
            code="K-READ-3", subject="math", grade=2, passage_id=passage.id,
            stem="윗글에서 봄이 오는 모습을 가장 잘 나타낸 말은?",
            choices=("소리 없이", "요란하게", "갑자기", "늦게"), key=1), "publish").item_id

        import psycopg
        for item_id, student, name in ((math_id, "student1", "exam_math_item_ko.png"),
                                       (reading, "student2", "exam_passage_item_ko.png")):
            with psycopg.connect(owner) as conn:      # the exam gives this item first
                conn.execute("UPDATE items SET status = CASE WHEN id = %s THEN 'active' ELSE 'retired' END",
                             (item_id,))
            api = ExamApi(signed_in(student, STUDENT_ROLE))
            state = api.start(school.exams["quiz_a"])
            item = api.next_item(state.session_id)
            assert item is not None and item.item_id == item_id
            window = ExamWindow("수학 단원평가", kiosk=False)
            window.resize(1366, 768)
            window.show()
            window.set_progress(0, 8)
            window.show_item(item, item.seq)
            pump()
            window.grab().save(str(OUT / name))
            window.close()
            api.close()
        runner.shutdown()
    print("wrote item_editor_ko.png, exam_math_item_ko.png, exam_passage_item_ko.png to", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
