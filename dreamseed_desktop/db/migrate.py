"""Run and inspect alembic migrations programmatically (CLI, start-up check, tests)."""
from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from dreamseed_desktop.config.paths import migrations_dir
from dreamseed_desktop.db.engine import normalise_url


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("postgresql://x/y"))
    head = script.get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def at_head(self) -> bool:
        return self.current == self.head

    def advice(self) -> str:
        if self.at_head:
            return f"Database schema is up to date (revision {self.head})."
        if self.current is None:
            return ("The database has no DreamSeed schema yet. Run: dreamseed-admin db upgrade "
                    "--database-url <owner URL>")
        return (f"The database schema is at revision {self.current}, this program needs {self.head}. "
                "Ask your administrator to run: dreamseed-admin db upgrade --database-url <owner URL>")


def schema_status(engine: Engine) -> SchemaStatus:
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return SchemaStatus(current=current, head=head_revision())
