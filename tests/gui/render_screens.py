"""Render every screen (English and Korean, demo data) to PNG for a look by eye.

    QT_QPA_PLATFORM=offscreen python tests/gui/render_screens.py OUT_DIR [--scale 1.5]

Starts a throw-away embedded PostgreSQL, migrates it, seeds the demo school
(services.demo.seed_demo) and grabs the main window for admin and teacher on every screen,
plus the sign-in, connection, person and import-wizard dialogs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--langs", default="en,ko")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dreamseed_desktop.bootstrap import build_services
    from dreamseed_desktop.config.settings import Settings
    from dreamseed_desktop.db.embedded import start_embedded
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import upgrade
    from dreamseed_desktop.services.core.uow import Database
    from dreamseed_desktop.services.demo import seed as demo
    from dreamseed_desktop.services.people.service import PeopleService
    from dreamseed_desktop.ui import i18n
    from dreamseed_desktop.ui.app import create_application
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.connection_dialog import ConnectionDialog
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.login_dialog import LoginDialog
    from dreamseed_desktop.ui.main_window import MainWindow
    from dreamseed_desktop.ui.screens.enrollment.import_wizard import RosterImportWizard
    from dreamseed_desktop.ui.screens.people.person_dialog import PersonDialog
    from dreamseed_desktop.ui.workers import TaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="ds-shots-"))
    tmp.chmod(0o755)   # as root, pgserver's own user must reach the data directory
    server = start_embedded(tmp / "pg", cleanup_mode="delete")
    try:
        server.ensure_database("shots")
        url = server.url("shots")
        upgrade(url)
        engine = make_engine(url)
        db = Database(engine)
        demo.seed_demo(db, students=120)
        admin = PeopleService(db).get_by_email(demo.ADMIN_EMAIL)
        teacher = PeopleService(db).list(role="teacher", organization_id=admin.organization_id).items[0]
        app = create_application(sys.argv[:1], "en")
        assert isinstance(app, QApplication)
        runner = TaskRunner(app)

        def settle() -> None:
            for _ in range(200):
                app.processEvents()
                if not runner.is_busy():
                    break
                runner.wait_idle(50)
            for _ in range(5):
                app.processEvents()

        def grab(widget, name: str) -> None:
            settle()
            widget.grab().save(str(args.out / f"{name}.png"))

        for lang in args.langs.split(","):
            i18n.install_language(lang, app)
            for person in (admin, teacher):
                db.identity.role, db.identity.user_id = person.role, person.id
                db.identity.organization_id, db.identity.name = person.organization_id, person.name
                ctx = AppContext(services=build_services(db), events=AppEvents(), runner=runner,
                                 settings=Settings(language=lang), server_label="localhost/dreamseed")
                qs = QSettings(str(tmp / f"{lang}{person.role}.ini"), QSettings.Format.IniFormat)
                window = MainWindow(ctx, qsettings=qs)
                window.resize(1280, 800)
                window.show()
                for key in window.keys():
                    window.show_screen(key)
                    settle()
                    view = getattr(window.screens[key], "view", None)
                    if view is not None and view.model() is not None and view.model().rowCount():
                        view.selectRow(0)
                    grab(window, f"{lang}_{person.role}_{key}")
                window.close()
                window.deleteLater()
            login = LoginDialog(lambda e, p: None, runner, email=demo.ADMIN_EMAIL, language=lang,
                                server_label="This PC")
            login.show()
            grab(login, f"{lang}_login")
            conn = ConnectionDialog(lambda u: (True, ""), runner, url_hint="x")
            conn.show()
            grab(conn, f"{lang}_connection")
            db.identity.role, db.identity.user_id, db.identity.name = "admin", admin.id, admin.name
            dialog = PersonDialog(ctx)
            dialog.show()
            dialog.field("email").setText(demo.ADMIN_EMAIL)
            dialog.field("name").setText("홍길동")
            dialog.submit()
            grab(dialog, f"{lang}_person_dialog")
            bad = tmp / "bad.csv"
            bad.write_bytes("이름,이메일,학번,학년,반\n홍길동,hong@seoul-hs.kr,30001,1,1학년 수학\n"
                            "성춘향,chun@seoul-hs.kr,30002,15,1학년 수학\n,nobody@seoul-hs.kr,30003,1,\n"
                            "이몽룡,not-an-email,30004,2,\n".encode("cp949"))
            wizard = RosterImportWizard(ctx)
            wizard.show()
            wizard.file_page.path_edit.setText(str(bad))
            wizard.next()
            grab(wizard, f"{lang}_wizard_mapping")
            wizard.next()
            grab(wizard, f"{lang}_wizard_preview")
        # the student launcher needs a real student sign-in through the client role
        from dreamseed_desktop.db.roles import STUDENT_ROLE, client_url
        from dreamseed_desktop.services.core.auth import AuthService
        from dreamseed_desktop.services.exams.admin import ExamAdminService, ExamDraft

        db.identity = type(db.identity)()
        student = PeopleService(db).get_by_email(f"student001@{demo.DEMO_DOMAIN}")
        klass = next(c for c in __import__("dreamseed_desktop.services.classes.service", fromlist=["x"])
                     .ClassService(db).list(organization_id=student.organization_id)
                     if c.grade == student.grade)
        exam = ExamAdminService(db).create_exam(ExamDraft(class_id=klass.id, title="기말 평가",
                                                          subject=klass.subject or "math"))
        ExamAdminService(db).set_open(exam.id, True, exam.version)
        client_engine = make_engine(client_url(url, role=STUDENT_ROLE))   # students: the lab PC role
        student_db = Database(client_engine)
        AuthService(student_db).login(student.email, demo.DEMO_PASSWORD)
        for lang in args.langs.split(","):
            i18n.install_language(lang, app)
            ctx = AppContext(services=build_services(student_db), events=AppEvents(), runner=runner,
                             settings=Settings(language=lang), server_label="localhost/dreamseed")
            window = MainWindow(ctx, qsettings=QSettings(str(tmp / f"{lang}st.ini"),
                                                         QSettings.Format.IniFormat))
            window.resize(1280, 800)
            window.show()
            grab(window, f"{lang}_student_launcher")
            window.close()
        runner.shutdown()
        client_engine.dispose()
        engine.dispose()
    finally:
        server.stop()
    print("wrote", len(list(args.out.glob("*.png"))), "images to", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
