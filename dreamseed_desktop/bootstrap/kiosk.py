"""The lab PC's exam mode: the check-in loop that yields one student's seat at a time, and the
school this PC belongs to."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.errors import DomainError

if TYPE_CHECKING:
    from dreamseed_desktop.ui.exam_window.kiosk import LabSeat
    from dreamseed_desktop.ui.speech import SpeakerFactory
    from dreamseed_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)


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
