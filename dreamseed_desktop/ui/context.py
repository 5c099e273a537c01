"""What every screen receives: services, events, the task runner and who is signed in.

``services`` is the one typed :class:`~dreamseed_desktop.services.container.Services` object the
composition root (``bootstrap.build_services``) built; screens and dialogs use
``ctx.services.<name>`` and never construct a service themselves.
"""
from __future__ import annotations

from dataclasses import dataclass

from dreamseed_desktop.config.settings import Settings
from dreamseed_desktop.services.container import Services
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui.app_events import AppEvents
from dreamseed_desktop.ui.demo_fill import DemoFill
from dreamseed_desktop.ui.speech import SpeakerFactory
from dreamseed_desktop.ui.workers import TaskRunner

__all__ = ["AppContext", "Services"]


@dataclass
class AppContext:
    """Injected into every screen and dialog after sign-in.

    ``settings`` is replaced when the user changes a preference (the language) and is the only
    field that changes after construction.
    """

    services: Services
    events: AppEvents
    runner: TaskRunner
    settings: Settings
    server_label: str = ""
    #: reading aloud on this PC (None: no QtTextToSpeech or no engine; bootstrap.speech_factory)
    speech: SpeakerFactory | None = None
    #: the demo school's past sittings being taken in the background (a first ``--demo`` start)
    demo_fill: DemoFill | None = None

    @property
    def identity(self) -> Identity:
        """The signed-in user (shared with every service through their Database)."""
        return self.services.db.identity

    @property
    def role(self) -> str:
        return self.identity.role or "admin"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"
