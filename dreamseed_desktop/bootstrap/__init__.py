"""Composition root: settings → (embedded) server → migrations → engine → services → window.

This is the one place that builds service objects for the desktop app: :func:`build_services`
turns a :class:`Database` into the typed :class:`~dreamseed_desktop.services.container.Services`
that every screen receives as ``ctx.services`` (tests build it through the same function).
:func:`run_gui` is the GUI start-up behind ``dreamseed-desktop`` (``__main__`` parses the flags).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from dreamseed_desktop.bootstrap.backups import backup_folder, backup_keep, start_scheduled_backup
from dreamseed_desktop.bootstrap.connection import check_connection, schema_advice
from dreamseed_desktop.bootstrap.kiosk import run_exam_mode
from dreamseed_desktop.bootstrap.problems import start_problem
from dreamseed_desktop.config import paths, startup
from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.db.embedded import APP_DATABASE, EmbeddedServer, start_embedded
from dreamseed_desktop.db.migrate import upgrade
from dreamseed_desktop.services.classes.enrollment import EnrollmentService
from dreamseed_desktop.services.classes.roster_csv import RosterService
from dreamseed_desktop.services.classes.service import ClassService
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.audit_log import AuditLogService
from dreamseed_desktop.services.core.auth import AuthService
from dreamseed_desktop.services.core.replica import ReadReplica
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.exams.admin import ExamAdminService
from dreamseed_desktop.services.exams.api import ExamApi
from dreamseed_desktop.services.exams.presence import ExamPresence
from dreamseed_desktop.services.exams.proctor import ProctorService
from dreamseed_desktop.services.exams.results import ExamResultsService
from dreamseed_desktop.services.items.authoring import ItemAuthoring
from dreamseed_desktop.services.items.csv_io import ItemCsvService
from dreamseed_desktop.services.items.qti import QtiService
from dreamseed_desktop.services.items.service import ItemService
from dreamseed_desktop.services.items.subjects import SubjectService
from dreamseed_desktop.services.maintenance.backups import BackupService
from dreamseed_desktop.services.people.accommodations import AccommodationService
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from dreamseed_desktop.services.people.setup import SetupService
from dreamseed_desktop.services.psychometrics.service import PsychometricsService
from dreamseed_desktop.services.stats.charts import ChartDataService
from dreamseed_desktop.services.stats.overview import ClassOverviewService
from dreamseed_desktop.services.stats.reports import ReportService
from dreamseed_desktop.services.stats.statistics import StatisticsService

if TYPE_CHECKING:  # Qt is imported only when the GUI starts
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from dreamseed_desktop.db.migrate import SchemaStatus
    from dreamseed_desktop.services.demo.seed import Credentials, DemoSittings, DemoSummary
    from dreamseed_desktop.ui.demo_fill import DemoFill
    from dreamseed_desktop.ui.speech import Speaker, SpeakerFactory
    from dreamseed_desktop.ui.splash import StartSplash
    from dreamseed_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)


#: Qt's test engine (it ships in the same wheel and only pretends to speak)
FAKE_SPEECH_ENGINES = ("mock",)


def speech_factory(*, skip: Sequence[str] = FAKE_SPEECH_ENGINES) -> SpeakerFactory | None:
    """Reading aloud, when this PC can: QtTextToSpeech (PySide6-Addons, the ``[speech]`` extra)
    imports (it needs the PulseAudio client library on Linux) and one of the operating system's
    speech engines really starts (Qt lists speech-dispatcher even where it is not installed).
    None otherwise, and the test window then shows no *Read aloud* button. Call after the
    QApplication exists."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # the optional extra (or a library it needs) is missing
        log.info("reading aloud unavailable: QtTextToSpeech cannot be loaded (%s)", exc)
        return None
    working = []
    for name in QTextToSpeech.availableEngines():
        if name in skip:
            continue
        probe = QTextToSpeech(name)
        if probe.state() != QTextToSpeech.State.Error:
            working.append(name)
        else:
            log.info("speech engine %s does not start: %s", name, probe.errorString())
        probe.deleteLater()
    if not working:
        log.info("reading aloud unavailable: no speech engine starts on this PC")
        return None

    def make(parent: QObject, language: str) -> Speaker | None:
        from dreamseed_desktop.ui.speech import QtSpeaker

        engine = QTextToSpeech(working[0], parent)
        if engine.state() == QTextToSpeech.State.Error:
            engine.deleteLater()
            return None
        return QtSpeaker(engine, language)

    return make


def build_services(db: Database, *, backups: BackupService | None = None,
                   reports_db: Database | None = None) -> Services:
    """Every service of the app over one shared :class:`Database` (and so one identity);
    ``backups`` for this PC's embedded database (owner URL: made by the caller); ``reports_db``
    a read-only copy (:func:`open_read_replica`) that statistics, charts, the class overview and
    reports read from."""
    reads = reports_db or db
    return Services(
        db=db,
        auth=AuthService(db),
        audit_log=AuditLogService(db),
        organizations=OrganizationService(db),
        people=PeopleService(db),
        accommodations=AccommodationService(db),
        setup=SetupService(db),
        classes=ClassService(db),
        enrollment=EnrollmentService(db),
        roster=RosterService(db),
        items=ItemService(db),
        item_csv=ItemCsvService(db),
        subjects=SubjectService(db),
        item_authoring=ItemAuthoring(db),
        item_qti=QtiService(db),
        exam_api=ExamApi(db),
        exam_presence=ExamPresence(db),
        exam_admin=ExamAdminService(db),
        proctor=ProctorService(db),
        results=ExamResultsService(db),
        statistics=StatisticsService(reads),
        charts=ChartDataService(reads),
        class_overview=ClassOverviewService(reads),
        reports=ReportService(reads),
        psychometrics=PsychometricsService(db),
        backups=backups,
    )


def open_read_replica(url: str, db: Database) -> ReadReplica:
    """A :class:`ReadReplica` on ``url`` sharing ``db``'s signed-in identity (it falls back to
    ``db`` whenever the copy cannot serve a read)."""
    from dreamseed_desktop.db.engine import make_engine

    return ReadReplica(make_engine(url), db)


def embedded_pgdata() -> Path:
    return paths.data_dir() / "pgdata"


def start_app_embedded(*, migrate: bool = True) -> EmbeddedServer:
    """Start the embedded server in the data directory, create the database and migrate it."""
    server = start_app_server()
    if migrate:
        migrate_app_database(server.url(APP_DATABASE))
    return server


def start_app_server() -> EmbeddedServer:
    """Start (or attach to) this PC's server and make sure the app's database exists."""
    server = start_embedded(embedded_pgdata())
    server.ensure_database(APP_DATABASE)
    return server


def check_app_database(owner_url: str) -> SchemaStatus:
    """The embedded database's schema revision against this program's; at head, the one-PC
    setting :func:`allow_students_on_staff_role` is (re)applied as after a migration."""
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.db.migrate import schema_status

    engine = make_engine(owner_url, pool_size=1)
    try:
        status = schema_status(engine)
    finally:
        engine.dispose()
    if status.at_head:
        allow_students_on_staff_role(owner_url)
    return status


def migrate_app_database(owner_url: str) -> None:
    """Run the migrations this database has not run yet, then the one-PC setting."""
    upgrade(owner_url)
    allow_students_on_staff_role(owner_url)


def allow_students_on_staff_role(owner_url: str) -> None:
    """The one-PC server has one login role for everybody (there is no lab whose students could
    use up staff connections): let students' tokens work on the staff role there
    (``auth.settings.students_on_staff_role``; a school server keeps 0, docs/security.md)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from dreamseed_desktop.db.engine import normalise_url

    dsn = make_url(normalise_url(owner_url)).set(drivername="postgresql")
    with psycopg.connect(dsn.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute("UPDATE auth.settings SET value = 1 WHERE key = 'students_on_staff_role'")


@contextmanager
def open_embedded_owner(*, migrate: bool = True) -> Iterator[str]:
    server = start_app_embedded(migrate=migrate)
    try:
        yield server.url(APP_DATABASE)
    finally:
        server.stop()


def client_role_ready(owner_url: str) -> bool:
    """True when the migrations created the staff login role (the app then uses it)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from dreamseed_desktop.db.engine import normalise_url

    dsn = make_url(normalise_url(owner_url)).set(drivername="postgresql")
    try:
        with psycopg.connect(dsn.render_as_string(hide_password=False), connect_timeout=5) as conn:
            return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'dreamseed_staff'"
                                ).fetchone() is not None
    except psycopg.Error:
        return False


# ---- GUI start-up --------------------------------------------------------------------------------


def prepare_demo_school(owner_url: str, credentials: Future[Credentials] | None = None,
                        ) -> tuple[DemoSummary, DemoSittings | None]:
    """The demo school in the embedded database (written unless it is there), and its past
    sittings still to take (None when complete): they are taken after the sign-in dialog shows
    (:func:`take_demo_sittings_in`). ``credentials``: the demo accounts' password proofs being
    computed ahead (a new install)."""
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.services.demo.seed import prepare_demo

    engine = make_engine(owner_url, pool_size=1)
    try:
        return prepare_demo(Database(engine), credentials=None if credentials is None else credentials.result())
    finally:
        engine.dispose()


def take_demo_sittings_in(owner_url: str, pending: DemoSittings, progress: Callable[[int, int], None],
                          stop: threading.Event) -> bool:
    """The demo school's past sittings through the exam API on the owner's connections (the
    background work of ``ui.demo_fill.DemoFill``); True when all are taken."""
    from dreamseed_desktop.db.engine import make_engine
    from dreamseed_desktop.services.demo.seed import take_demo_sittings

    engine = make_engine(owner_url, pool_size=1)
    try:
        return take_demo_sittings(Database(engine), pending, progress=progress, stop=stop) is not None
    finally:
        engine.dispose()


def start_demo_fill(owner_url: str, pending: DemoSittings, parent: QObject) -> DemoFill:
    """Start taking the demo school's past sittings in the background (the sign-in dialog shows
    meanwhile; the statistics say they are being filled in)."""
    from dreamseed_desktop.ui.demo_fill import DemoFill

    fill = DemoFill(lambda progress, stop: take_demo_sittings_in(owner_url, pending, progress, stop),
                    pending.planned, pending.taken, parent)
    fill.start()
    return fill


def demo_hint(qapp: QApplication, demo: DemoSummary, *, filling: bool = False) -> str:
    """Tell a first-time user how to get into the demo school."""
    teacher = demo.teacher_emails[0] if demo.teacher_emails else demo.admin_email
    student = demo.sample_student_email or demo.admin_email
    hint = (qapp.translate("Startup", "Demo school: every demo account has the password %1. "
                                      "Try a teacher (%2) or a student (%3) too.")
            .replace("%1", demo.password).replace("%2", teacher).replace("%3", student))
    if filling:
        hint += " " + qapp.translate("Startup", "Its past exams are still being taken in the background: "
                                                "the statistics are complete when that is done.")
    return hint


def choose_connection(settings: Settings, runner: TaskRunner) -> tuple[bool, Settings]:
    """First run: ask embedded vs server. Returns (chosen, settings)."""
    from PySide6.QtWidgets import QDialog

    from dreamseed_desktop.config.settings import save_settings
    from dreamseed_desktop.ui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(check_connection, runner)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, settings
    settings = settings.with_changes(database_url=dialog.database_url(), connection_chosen=True)
    try:
        save_settings(settings)
    except OSError as exc:
        log.warning("could not save settings: %s", exc)
    return True, settings


def run_gui(argv: Sequence[str], *, demo: bool = False, database_url: str | None = None,
            exam: bool = False, language: str | None = None) -> int:
    """Settings → database (embedded or the school's) → :class:`Services` → sign-in → window."""
    from dreamseed_desktop.config.settings import load_settings, resolve_database_url, resolve_readonly_url
    from dreamseed_desktop.db.engine import describe_url, make_engine
    from dreamseed_desktop.db.roles import client_url
    from dreamseed_desktop.ui import app as gui
    from dreamseed_desktop.ui.splash import StartSplash, run_step
    from dreamseed_desktop.ui.workers import TaskRunner

    settings = load_settings()
    if language:
        settings = settings.with_changes(**{"kiosk_language" if exam else "language": language})
    # the test station (--exam) speaks its own language, whatever staff chose on this PC
    qapp = gui.create_application(argv, settings.kiosk_language if exam else settings.language)
    startup.mark("application created")
    runner = TaskRunner(qapp)
    splash = StartSplash()
    url = None if demo else resolve_database_url(database_url, settings)
    if url is None and not demo and not settings.connection_chosen:
        splash.finish()
        chosen, settings = choose_connection(settings, runner)
        if not chosen:
            return 0
        url = settings.database_url
    if url is None or exam:   # the embedded database or the answer journal live in the data folder
        folder = paths.data_dir_path()
        problem = paths.writable_problem(folder)
        if problem:
            splash.finish()
            return start_problem(qapp, qapp.translate("Startup", "DreamSeed cannot start"), qapp.translate(
                "Startup", "DreamSeed cannot write to its data folder:\n%1\n(%2)\n\nThis PC's data (the database, "
                           "or the answers of a test) are kept there, so the folder must be writable by this "
                           "user and the disk must have free space. Ask the administrator to fix the folder, or "
                           "to set DREAMSEED_DATA_DIR to a writable folder. Nothing was changed.")
                .replace("%1", str(folder)).replace("%2", problem))
    with ExitStack() as stack:
        email = hint = ""
        fill: DemoFill | None = None
        backups: BackupService | None = None
        server: EmbeddedServer | None = None
        if url is None:
            ahead: Future[Credentials] | None = None
            if demo and not embedded_pgdata().exists():   # a new install: the demo will be seeded
                # the demo accounts' argon2 proofs (~2.5 s of one core) while the database is created
                from dreamseed_desktop.services.demo.seed import demo_credentials

                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-credentials")
                stack.callback(pool.shutdown, wait=True, cancel_futures=True)
                ahead = pool.submit(demo_credentials)
            try:
                server = run_step(runner, splash, qapp.translate("Startup", "Starting the database on this PC"),
                                  start_app_server)
            except Exception as exc:   # every start-up failure gets a window, never a silent exit
                log.exception("the database on this PC could not be started")
                splash.finish()
                return start_problem(qapp, qapp.translate("Startup", "DreamSeed cannot start"), qapp.translate(
                    "Startup", "The database on this PC could not be started: %1\n\nRestart the PC and try "
                               "again. If this keeps happening, give the log file to the administrator.")
                    .replace("%1", str(exc)))
            stack.callback(server.stop)
            owner_url = server.url()
            problem = prepare_app_database(qapp, runner, splash, owner_url)
            if problem:
                splash.finish()
                return start_problem(qapp, qapp.translate("Startup", "DreamSeed cannot start"), problem)
            if demo:
                summary, pending = run_step(runner, splash, qapp.translate("Startup", "Loading the demo school"),
                                            lambda: prepare_demo_school(owner_url, ahead))
                if pending is not None:   # its past sittings: taken while the user signs in
                    fill = start_demo_fill(owner_url, pending, qapp)
                    stack.callback(fill.stop)     # before the server stops (the stack runs backwards)
                email, hint = summary.admin_email, demo_hint(qapp, summary, filling=fill is not None)
            use_client = client_role_ready(owner_url)
            url = client_url(owner_url) if use_client else owner_url
            if not use_client:
                log.warning("client role missing: connecting as the owner (development database)")
            label = qapp.translate("Startup", "This PC (embedded)")
            backups = BackupService(owner_url, backup_folder(settings), source_label="this PC")
        else:
            school_url = url
            ok, message = run_step(runner, splash, qapp.translate("Startup", "Connecting to %1").replace(
                "%1", describe_url(url)), lambda: check_connection(school_url))
            if not ok:
                splash.finish()
                gui.show_fatal(qapp.translate("Startup", "Cannot use the database"), message)
                return 1
            label = describe_url(url)
        engine = make_engine(url)
        stack.callback(engine.dispose)
        stack.callback(runner.shutdown)
        db = Database(engine, local_server=server.heal if server else None)
        replica_url = resolve_readonly_url(settings) if server is None else None
        replica = open_read_replica(replica_url, db) if replica_url else None
        if replica is not None:
            stack.callback(replica.engine.dispose)
            log.info("statistics and reports read from %s", describe_url(replica_url or ""))
        services = build_services(db, backups=backups, reports_db=replica)
        if server is not None:   # notice when this PC's own server stops, start it again, say so
            from dreamseed_desktop.ui.server_watch import ServerWatch

            watch = ServerWatch(server.is_running, server.heal, runner, qapp)
            watch.start()
            stack.callback(watch.stop)
        if backups is not None:
            start_scheduled_backup(runner, backups, keep=backup_keep(settings))
        splash.finish()
        if exam:
            return run_exam_mode(argv, services, runner, settings, label, speech=speech_factory())
        return gui.run_session(qapp, services, settings, runner, server_label=label, email=email,
                               speech=speech_factory(), hint=hint, demo_fill=fill)


def prepare_app_database(qapp: QApplication, runner: TaskRunner, splash: StartSplash,
                         owner_url: str) -> str:
    """Check this PC's database and run the migrations it lacks, each a named step on the
    splash; "" when it is ready, else what to tell the user."""
    from dreamseed_desktop.ui.splash import run_step

    checking = qapp.translate("Startup", "Checking the database version")
    try:
        status = run_step(runner, splash, checking, lambda: check_app_database(owner_url))
    except Exception as exc:
        log.exception("the database on this PC could not be checked")
        return qapp.translate("Startup", "The database on this PC could not be read: %1").replace("%1", str(exc))
    if status.at_head:
        return ""
    if not status.known:     # a newer program made it: upgrading cannot help
        return schema_advice(status)
    step = (qapp.translate("Startup", "Creating the database (revision %1)").replace("%1", status.head)
            if status.current is None else
            qapp.translate("Startup", "Updating the database from revision %1 to %2")
            .replace("%1", status.current).replace("%2", status.head))
    try:
        run_step(runner, splash, step, lambda: migrate_app_database(owner_url))
    except Exception as exc:
        log.exception("the database on this PC could not be updated")
        return qapp.translate("Startup", "The database on this PC could not be updated: %1\n\nNothing was "
                                         "lost: the update is all or nothing. Give the log file to the "
                                         "administrator.").replace("%1", str(exc))
    return ""
