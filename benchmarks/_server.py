"""A private embedded PostgreSQL for one benchmark run, that also starts when run as root.

``tempfile`` makes its folders private (mode 0700). Run as root, pgserver runs postgres as its
own ``pgserver`` user, which must traverse every parent of the data directory, and the app
refuses to widen a private parent (``db.embedded.check_parents_traversable``). The benchmark's
own temporary folder holds nothing secret before the server creates its (private) data
directory inside it, so it is opened to 0755 here — the one place every benchmark does it.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dreamseed_desktop.db.embedded import EmbeddedServer, start_embedded


@contextmanager
def traversable_tmpdir(prefix: str = "ds-bench-") -> Iterator[Path]:
    """A temporary folder the server's own user can traverse; removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def embedded_server(prefix: str = "ds-bench-", **kw: Any) -> Iterator[EmbeddedServer]:
    """Start a private embedded server in a fresh temporary folder; stop and delete it after."""
    with traversable_tmpdir(prefix) as tmp:
        server = start_embedded(tmp / "pg", cleanup_mode=kw.pop("cleanup_mode", "delete"), **kw)
        try:
            yield server
        finally:
            server.stop()
