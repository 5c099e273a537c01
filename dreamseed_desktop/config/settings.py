"""Typed, versioned settings stored as JSON in the user's config directory.

Resolution order for the database URL: ``--database-url`` argument, then the
``DREAMSEED_DATABASE_URL`` environment variable, then the settings file; when none
is given the app runs an embedded PostgreSQL in the user's data directory.

Optionally a read-only copy of the school's database (a streaming replica) serves statistics
and reports: ``DREAMSEED_READONLY_URL``, then ``readonly_database_url`` in the settings file
(docs/school-server.md, "A district").
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from dreamseed_desktop.config import paths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
ENV_DATABASE_URL = "DREAMSEED_DATABASE_URL"
ENV_READONLY_URL = "DREAMSEED_READONLY_URL"


@dataclass(frozen=True)
class Settings:
    """What the user chose in the connection dialog, plus UI preferences."""

    schema_version: int = SCHEMA_VERSION
    database_url: str | None = None     # None: embedded PostgreSQL on this PC
    #: a streaming replica for statistics and reports (None: everything on database_url)
    readonly_database_url: str | None = None
    language: str = "ko"                 # "ko" or "en"
    connection_chosen: bool = False      # False until the first-run dialog was answered
    kiosk_language: str = "ko"           # the test station's own language (--exam); not `language`
    extra: dict[str, object] = field(default_factory=dict)

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def _migrate(raw: dict[str, object]) -> dict[str, object]:
    """Bring an older settings file up to SCHEMA_VERSION (version 0 had no field)."""
    # a JSON value: int() raises TypeError/ValueError on junk, which load() reports
    stored: Any = raw.get("schema_version", 0)
    version = int(stored or 0)
    if version < 1:
        raw = dict(raw)
        raw.setdefault("language", "ko")
        raw["schema_version"] = 1
    return raw


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("settings file is not a JSON object")
        raw = _migrate(raw)
        known = {f for f in Settings.__dataclass_fields__}
        return Settings(**{k: v for k, v in raw.items() if k in known})  # type: ignore[arg-type]
    except (OSError, ValueError, TypeError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def resolve_database_url(cli_url: str | None, settings: Settings) -> str | None:
    """The shared-server URL to use, or None for the embedded database."""
    return cli_url or os.environ.get(ENV_DATABASE_URL) or settings.database_url


def resolve_readonly_url(settings: Settings) -> str | None:
    """The read-only copy for statistics and reports, or None (use the main database)."""
    return os.environ.get(ENV_READONLY_URL) or settings.readonly_database_url or None
