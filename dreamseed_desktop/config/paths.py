"""Per-user directories (platformdirs) and locations of bundled files."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "DreamSeedDesktop"
APP_AUTHOR = "DreamSeed"
#: data directory when the program runs as root (Linux lab images run it that way)
ROOT_DATA_DIR = "/var/lib/dreamseed-desktop"


def data_dir() -> Path:
    """Directory for the embedded database and the exam journal.

    ``DREAMSEED_DATA_DIR`` overrides it (tests, kiosk set-ups that keep data on a
    partition that reboot-restore tools leave alone).
    """
    override = os.environ.get("DREAMSEED_DATA_DIR")
    if override:
        path = Path(override)
    elif os.name != "nt" and hasattr(os, "geteuid") and os.geteuid() == 0:
        # as root the embedded server runs as another system user, which must be able to reach
        # the data; root's home stays private (db.embedded never widens folders)
        path = Path(ROOT_DATA_DIR)
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir_path() -> Path:
    """:func:`data_dir` without creating it (to report on a folder that cannot be made)."""
    override = os.environ.get("DREAMSEED_DATA_DIR")
    if override:
        return Path(override)
    if os.name != "nt" and hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path(ROOT_DATA_DIR)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def writable_problem(folder: Path) -> str | None:
    """Why the program cannot keep its data in ``folder`` (the operating system's words), or
    None when it can: the folder is created if missing, then a file is written, synced and
    removed in it (a read-only mount, missing permission, a full disk or a file in the way all
    show up here)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        with probe.open("wb") as fh:
            fh.write(b"DreamSeed")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _user_tag() -> str:
    user = os.environ.get("USER") or os.environ.get("USERNAME")
    return user or (str(os.getuid()) if hasattr(os, "getuid") else "user")


def fallback_dir() -> Path:
    """A folder in the system's temporary directory for the log and the start-up problem report
    when the data folder cannot be written (one per user; ``DREAMSEED_FALLBACK_DIR`` overrides)."""
    override = os.environ.get("DREAMSEED_FALLBACK_DIR")
    return Path(override) if override else Path(tempfile.gettempdir()) / f"dreamseed-desktop-{_user_tag()}"


def start_problem_file() -> Path:
    """Where the program writes why it could not start (the kiosk launcher shows it)."""
    return fallback_dir() / "start-problem.txt"


def config_dir() -> Path:
    override = os.environ.get("DREAMSEED_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files the program can rebuild (compiled translation catalogs).

    ``DREAMSEED_CACHE_DIR`` overrides it.
    """
    override = os.environ.get("DREAMSEED_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Where backups of this PC's database go: a folder in the user's documents (easy to find and
    to copy to a USB stick). ``DREAMSEED_BACKUP_DIR`` overrides it. Not created here."""
    override = os.environ.get("DREAMSEED_BACKUP_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_documents_dir()) / "DreamSeed Backups"


def _package_root() -> Path:
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    """Alembic scripts: inside the wheel as ``_migrations``, in a checkout at top level."""
    bundled = _package_root() / "_migrations"
    if bundled.is_dir():
        return bundled
    return _package_root().parent / "migrations"


def resources_dir() -> Path:
    bundled = _package_root() / "_resources"
    if bundled.is_dir():
        return bundled
    return _package_root().parent / "resources"
