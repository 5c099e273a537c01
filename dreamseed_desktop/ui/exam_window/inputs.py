"""What the test window needs from the rest of the app, as one typed value.

The launcher (and the lab-PC loop) build :class:`ExamWindowInputs` from the signed-in
student's :class:`~dreamseed_desktop.ui.context.AppContext` with :func:`inputs_from_context`;
tests build it directly around an in-memory exam server.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dreamseed_desktop.services.exams.admin import QUIT_HASH_SETTING
from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.context import AppContext
from dreamseed_desktop.ui.exam_window.sync import ExamApiLike
from dreamseed_desktop.ui.speech import SpeakerFactory
from dreamseed_desktop.ui.workers import TaskRunner

__all__ = ["ExamWindowInputs", "inputs_from_context", "settings_quit_hashes"]


@dataclass(frozen=True)
class ExamWindowInputs:
    """The exam API, the task runner and the lab PC's quit-password sources.

    ``exam_quit(exam_id, password)`` asks the server whether the exam's own quit password (set
    by the teacher) is right — the server keeps it, limits wrong guesses and audits each one —
    and ``heartbeat(session_id)`` tells the proctor console the student is still there; both
    are optional so a window can run against a stand-alone exam server.
    """

    api: ExamApiLike
    tasks: TaskRunner
    user_id: int | None = None
    quit_hashes: tuple[str, ...] = ()
    exam_quit: Callable[[int, str], bool] | None = None
    heartbeat: Callable[[int], None] | None = None
    journal_alert: Callable[[int, str | None], None] | None = None   # proctor console alert
    # the student's accommodations (issue 19) and where their chosen text size is kept
    accommodations: Callable[[], Accommodations] | None = None
    save_zoom: Callable[[float], None] | None = None
    speech: SpeakerFactory | None = None      # reading aloud on this PC, if it can (ui.speech)


def settings_quit_hashes(extra: dict[str, object]) -> tuple[str, ...]:
    """The lab PC's quit-password hash from the settings file, if one is configured."""
    value = extra.get(QUIT_HASH_SETTING)
    return (value,) if isinstance(value, str) and value else ()


def inputs_from_context(ctx: AppContext) -> ExamWindowInputs:
    """The signed-in student's exam API, presence heartbeat and quit-password sources."""
    services = ctx.services
    return ExamWindowInputs(
        api=services.exam_api, tasks=ctx.runner, user_id=ctx.identity.user_id,
        quit_hashes=settings_quit_hashes(ctx.settings.extra),
        exam_quit=lambda exam_id, password: services.exam_api.kiosk_quit(exam_id, password).granted,
        heartbeat=services.exam_presence.heartbeat,
        journal_alert=services.exam_presence.alert,
        accommodations=services.accommodations.mine,
        save_zoom=services.accommodations.set_my_zoom, speech=ctx.speech)
