"""Run and inspect alembic migrations programmatically (CLI, start-up check, tests)."""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

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


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config("postgresql://x/y"))


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every revision id this program's migrations contain."""
    return frozenset(rev.revision for rev in _script().walk_revisions())


def revision_module(revision: str) -> ModuleType:
    """The loaded module of one revision (its SQL constants; tests compare runtime copies with it)."""
    rev = _script().get_revision(revision)
    assert rev is not None
    return rev.module


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str
    #: False when ``current`` is no revision of this program (a newer version's, or a
    #: development database from before the baseline squash of issue 11)
    known: bool = True

    @property
    def at_head(self) -> bool:
        return self.current == self.head

    def advice(self, *, embedded: bool = False) -> str:
        """What to do. ``embedded``: the database on this PC (no URL needed to upgrade it)."""
        command = ("dreamseed-admin db upgrade" if embedded
                   else "dreamseed-admin db upgrade --database-url <owner URL>")
        if self.at_head:
            return f"Database schema is up to date (revision {self.head})."
        if self.current is None:
            return f"The database has no DreamSeed schema yet. Run: {command}"
        if not self.known:
            return (f"The database schema is at revision {self.current}, which this program does not "
                    f"know (it needs {self.head}): the database was made by a newer DreamSeed version "
                    "or by a development build. Install the DreamSeed version that made it (or a newer "
                    "one), or restore a backup made with this version; upgrading cannot help.")
        return (f"The database schema is at revision {self.current}, this program needs {self.head}. "
                f"Ask your administrator to run: {command}")


def is_ancestor(older: str, newer: str) -> bool:
    """Whether revision ``older`` comes before ``newer`` in this program's chain."""
    return any(rev.revision == older for rev in _script().iterate_revisions(newer, "base")
               if rev.revision != newer)


def schema_status(engine: Engine) -> SchemaStatus:
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return SchemaStatus(current=current, head=head_revision(),
                        known=current is None or current in known_revisions())
