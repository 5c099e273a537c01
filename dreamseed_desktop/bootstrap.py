"""Composition root: settings → (embedded) server → migrations → engine → services → window.

This is the one place that builds service objects for the desktop app: :func:`build_services`
turns a :class:`Database` into the typed :class:`~dreamseed_desktop.services.container.Services`
that every screen receives as ``ctx.services`` (tests build it through the same function).
:func:`run_gui` is the GUI start-up behind ``dreamseed-desktop`` (``__main__`` parses the flags).
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from dreamseed_desktop.services.core.errors import DomainError
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
from dreamseed_desktop.services.maintenance.backups import BackupService, ScheduleOutcome
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
    from dreamseed_desktop.ui.exam_window.kiosk import LabSeat
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


def check_connection(url: str) -> tuple[bool, str]:
    """Connect to ``url`` and check the schema revision; a plain-language verdict in the
    user's language (the connection dialog and the start-up box show it as it is)."""
    from PySide6.QtCore import QCoreApplication

    from dreamseed_desktop.db.engine import describe_url, make_engine
    from dreamseed_desktop.db.migrate import schema_status

    try:
        engine = make_engine(url, pool_size=1)
    except Exception as exc:  # noqa: BLE001 - a malformed URL fails in many ways
        return False, QCoreApplication.translate("Startup", "The server address is not valid: %1").replace(
            "%1", str(exc))
    try:
        status = schema_status(engine)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        return False, explain_connection_error(exc)
    finally:
        engine.dispose()
    if not status.at_head:
        return False, schema_advice(status)
    return True, (QCoreApplication.translate("Startup", "Connected to %1.").replace("%1", describe_url(url))
                  + " " + schema_advice(status))


def schema_advice(status: SchemaStatus) -> str:
    """``SchemaStatus.advice`` in the user's language."""
    from PySide6.QtCore import QCoreApplication

    if status.at_head:
        return QCoreApplication.translate("Startup", "The database is up to date (revision %1).").replace(
            "%1", str(status.head))
    if status.current is None:
        return QCoreApplication.translate(
            "Startup", "The database has no DreamSeed tables yet. Ask your administrator to run: "
                       "dreamseed-admin db upgrade")
    if not status.known:
        return QCoreApplication.translate(
            "Startup", "The database was made by a newer DreamSeed version (revision %1; this program "
                       "knows up to %2). Use the version that made it, or restore a backup made with "
                       "this version.").replace("%1", str(status.current)).replace("%2", str(status.head))
    return QCoreApplication.translate(
        "Startup", "The database is at revision %1 and this program needs %2. Ask your administrator to "
                   "run: dreamseed-admin db upgrade").replace("%1", str(status.current)).replace(
                       "%2", str(status.head))


def explain_connection_error(exc: BaseException) -> str:
    """Wrong host / wrong password / missing database / no permission, in plain words."""
    from PySide6.QtCore import QCoreApplication

    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "unsupported startup parameter" in low:
        return QCoreApplication.translate(
            "Startup", "The address points to a connection pooler (PgBouncer). Tick 'Through a connection "
                       "pooler', or add ?pool_mode=transaction to the end of the address (&pool_mode=transaction "
                       "if it already has a ?), then connect again.")
    if "password authentication failed" in low or "no password supplied" in low:
        return QCoreApplication.translate("Startup", "The server rejected the user name or password.")
    if "does not exist" in low and "database" in low:
        return QCoreApplication.translate(
            "Startup", "The server has no database with this name. Check the database name.")
    if "role" in low and "does not exist" in low:
        return QCoreApplication.translate("Startup", "The server has no user with this name. Check the user name.")
    if ("could not translate host name" in low or "name or service not known" in low
            or "nodename nor servname" in low):
        return QCoreApplication.translate("Startup", "The server name could not be found. Check the host name.")
    if "connection refused" in low or "timeout" in low or "timed out" in low or "no route" in low:
        return QCoreApplication.translate(
            "Startup", "The server did not answer. Check the host name and port, and that the server "
                       "is running and reachable from this PC.")
    if "permission denied" in low:
        return QCoreApplication.translate(
            "Startup", "Connected, but this user may not read the schema version. Ask your administrator "
                       "to run: dreamseed-admin db upgrade")
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    # the server's own words stay as they are (for the administrator), after a sentence in ours
    return QCoreApplication.translate("Startup", "Could not connect. The server said: %1").replace("%1", first)


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


#: exit code after a start-up problem was shown to the user (EX_CONFIG): the kiosk launcher
#: does not restart at once after it
STARTUP_PROBLEM_EXIT = 78


def _log_path() -> str:
    """The file the log goes to this run (see ``__main__._configure_logging``)."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return str(name)
    return ""


def start_problem(qapp: QApplication, title: str, text: str) -> int:
    """Say in a window why the program cannot start (and where the log is), keep the text for
    the kiosk launcher (``paths.start_problem_file``), and return :data:`STARTUP_PROBLEM_EXIT`."""
    from dreamseed_desktop.ui import app as gui

    where = _log_path()
    if where:
        text += "\n\n" + qapp.translate("Startup", "Details are in the log file %1.").replace("%1", where)
    log.error("start-up problem: %s", text)
    try:
        target = paths.start_problem_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(title + "\n" + text, encoding="utf-8")
    except OSError as exc:
        log.warning("could not keep the start-up problem for the kiosk launcher: %s", exc)
    gui.show_fatal(title, text)
    return STARTUP_PROBLEM_EXIT


def show_start_problem(argv: Sequence[str], problem_file: str, *, language: str | None = None) -> int:
    """``dreamseed-desktop --show-problem [FILE]``: only the message window (needs neither the
    data folder nor a database), for the kiosk launcher after repeated fast failures."""
    from dreamseed_desktop.config.settings import load_settings
    from dreamseed_desktop.ui import app as gui

    settings = load_settings()
    qapp = gui.create_application(argv, language or settings.kiosk_language)
    path = Path(problem_file) if problem_file else paths.start_problem_file()
    title = qapp.translate("Startup", "DreamSeed cannot start")
    detail = ""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        title, detail = (lines[0], "\n".join(lines[1:])) if lines else (title, "")
    except OSError:
        pass
    text = qapp.translate("Startup", "DreamSeed stopped several times in a row right after starting, so this PC "
                                     "has stopped trying. Call the administrator.")
    if detail:
        text += "\n\n" + detail
    gui.show_fatal(title, text)
    return 0


def backup_folder(settings: Settings) -> Path:
    """Where this PC's backups go: ``DREAMSEED_BACKUP_DIR``, else the folder an administrator
    chose in File ▸ Backups… (settings ``extra.backup_folder``), else the documents folder."""
    chosen = settings.extra.get("backup_folder")
    if not os.environ.get("DREAMSEED_BACKUP_DIR") and isinstance(chosen, str) and chosen.strip():
        return Path(chosen)
    return paths.backups_dir()


def backup_keep(settings: Settings) -> int:
    """How many automatic backups to keep (settings ``extra.backup_keep``, default 7)."""
    value = settings.extra.get("backup_keep", 7)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else 7


def start_scheduled_backup(runner: TaskRunner, backups: BackupService, *, keep: int) -> None:
    """The one-PC schedule, in the background at start-up: a backup when the newest is older
    than a day (see :meth:`BackupService.run_schedule`). The outcome stays on the service: an
    administrator's main window shows a failure as a banner with what to do, and File ▸
    Backups… shows it too; the program carries on."""
    def done(outcome: ScheduleOutcome) -> None:
        if outcome.made is not None:
            log.info("automatic backup written: %s", outcome.made.path)

    def failed(failure: object) -> None:   # not a domain error: a bug; run_schedule keeps those
        log.warning("automatic backup failed: %s", getattr(failure, "message", failure))

    backups.begin_schedule()
    runner.read(lambda: backups.run_schedule(keep=keep), done, failed)


def kiosk_school_id(settings: Settings, schools: list[tuple[int, str]]) -> int | None:
    """The school this lab PC's admin chose (``dreamseed-admin kiosk set-school``: settings
    ``extra.kiosk_school``, an id or a name), if the server has it."""
    chosen = settings.extra.get("kiosk_school")
    for org_id, name in schools:
        if chosen == org_id or (isinstance(chosen, str) and chosen.strip() in (name, str(org_id))):
            return org_id
    return None


def save_kiosk_school(school_id: int | None) -> Settings:
    """Remember this PC's school (None: students choose), chosen at the check-in by an
    administrator of that school — the setting ``dreamseed-admin kiosk set-school`` writes.
    Returns the settings now in effect (kept for this run even if the file cannot be written)."""
    from dreamseed_desktop.config.settings import load_settings, save_settings

    current = load_settings()
    extra = dict(current.extra)
    if school_id is None:
        extra.pop("kiosk_school", None)
    else:
        extra["kiosk_school"] = school_id
    updated = current.with_changes(extra=extra)
    log.info("this PC's school set at the check-in: %s", school_id)
    try:
        save_settings(updated)
    except OSError as exc:
        log.warning("could not save this PC's school: %s", exc)
    return updated


def run_exam_mode(argv: Sequence[str], services: Services, runner: TaskRunner, settings: Settings,
                  label: str, *, speech: SpeakerFactory | None = None) -> int:
    """The lab PC: the exam window's loop with a sign-in that yields one student's seat."""
    from dreamseed_desktop.config.settings import load_settings, save_settings
    from dreamseed_desktop.services.exams.admin import verify_quit_password
    from dreamseed_desktop.ui import exam_window
    from dreamseed_desktop.ui.app_events import AppEvents
    from dreamseed_desktop.ui.context import AppContext
    from dreamseed_desktop.ui.exam_window import checkin
    from dreamseed_desktop.ui.exam_window.inputs import settings_quit_hashes
    from dreamseed_desktop.ui.exam_window.kiosk import lab_seat

    state: dict[str, Any] = {"language": settings.kiosk_language, "settings": settings}
    hashes = settings_quit_hashes(settings.extra)

    def remember_language(code: str) -> None:
        """The kiosk's own language: saved without touching the staff program's choice."""
        state["language"] = code
        try:
            save_settings(load_settings().with_changes(kiosk_language=code))
        except OSError as exc:
            log.warning("could not save the kiosk language: %s", exc)

    def remember_school(school_id: int | None) -> None:
        state["settings"] = save_kiosk_school(school_id)

    def quit_check(password: str) -> bool:
        return any(verify_quit_password(password, h) for h in hashes)

    def sign_in() -> LabSeat | None:
        if services.db.identity.token:          # the previous student signs out first
            try:
                services.auth.logout()          # forgets the token here before asking the server
            except Exception as exc:  # noqa: BLE001 - an unreachable server must not stop the lab PC
                log.warning("sign-out of the previous student failed: %s", exc)
        try:   # a 학번 is unique within a school: the check-in needs the school on a shared server
            schools = services.auth.sign_in_schools()
        except DomainError as exc:
            log.warning("could not list the schools: %s", exc)
            schools = []
        identity = checkin.check_in(services.auth.login, runner, language=state["language"],
                                    schools=schools, school_id=kiosk_school_id(state["settings"], schools),
                                    on_school=remember_school,
                                    server_label=label, on_language=remember_language,
                                    quit_check=quit_check if hashes else None,
                                    change_password=services.auth.change_password,
                                    logout=services.auth.logout)
        if identity is None:
            return None                         # only the proctor's Ctrl+Alt+Q gets here
        services.db.identity = identity
        return lab_seat(AppContext(services=services, events=AppEvents(), runner=runner,
                                   settings=settings, server_label=label, speech=speech))

    return exam_window.run_exam_mode(list(argv), sign_in=sign_in)
