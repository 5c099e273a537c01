"""For packaging/smoke_test.sh: an existing install made by an older DreamSeed — this PC's
embedded database (``DREAMSEED_DATA_DIR``) migrated only up to the given revision, with one
school in it ("업그레이드 확인 학교"). The packaged program must take it over and upgrade it.

    DREAMSEED_DATA_DIR=... python packaging/smoke_prepare_old.py 0010
"""
from __future__ import annotations

import sys

import psycopg

from dreamseed_desktop.bootstrap import start_app_embedded
from dreamseed_desktop.db.migrate import upgrade


def main(revision: str) -> int:
    server = start_app_embedded(migrate=False)
    try:
        upgrade(server.url(), revision)
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("INSERT INTO organizations (name) VALUES ('업그레이드 확인 학교')")
            (current,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()  # type: ignore[misc]
        print(f"old install: revision {current}, one school")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
