"""A loopback TCP proxy that delays, drops and refuses connections on command.

Runs an asyncio loop in a daemon thread of the harness process. Clients connect to
``proxy.port``; bytes are forwarded to the PostgreSQL port. Controls (thread-safe):

* ``set_delay(seconds)`` — every forwarded chunk waits this long (both directions);
* ``drop_all()`` — abort every open connection (clients see a reset mid-transaction);
* ``refuse_for(seconds)`` — newly accepted connections are closed at once for a while;
* ``lose_commit_replies(n)`` — the next ``n`` transactions that ran a statement containing the
  proxy's ``watch`` bytes (e.g. ``b"exam.submit"``; every transaction when empty) and whose
  ``COMMIT`` reaches the server lose the server's reply: the proxy forwards the COMMIT, waits for the first byte of the
  answer (so the server *has* committed) and then cuts the connection. The client cannot know
  whether its answer was stored — exactly the case the exactly-once submit exists for.
  With ``self_committing`` the watched statement commits by itself (``CALL exam.submit`` in
  autocommit, which COMMITs inside the procedure before it replies): the statement's own reply
  is the one lost, after its first byte shows the server has finished it.
"""
from __future__ import annotations

import asyncio
import re
import threading
import time
from dataclasses import dataclass

# extended-protocol messages: Parse ('P', len, name, query) and Bind ('B', len, portal, name)
_PARSE = re.compile(rb"P.{4}([^\x00]*)\x00([^\x00]*)\x00", re.DOTALL)
_BIND = re.compile(rb"B.{4}[^\x00]*\x00([^\x00]+)\x00", re.DOTALL)


def _marks(data: bytes, marker: bytes, names: set[bytes]) -> bool:
    """Whether ``data`` runs a statement containing ``marker`` (also once auto-prepared).

    Prepared statement names whose query contains the marker are remembered per connection
    from its first message on, so a Bind of such a statement is recognised later.
    """
    if not marker:
        return True
    hit = marker in data
    for m in _PARSE.finditer(data):
        if marker in m.group(2) and m.group(1):
            names.add(m.group(1))
    if names:
        hit = hit or any(m.group(1) in names for m in _BIND.finditer(data))
    return hit


@dataclass
class ProxyStats:
    """Counters for the report."""

    accepted: int = 0
    refused: int = 0
    dropped: int = 0
    lost_replies: int = 0


class ChaosProxy:
    """TCP forwarder 127.0.0.1:port -> 127.0.0.1:target_port with fault injection."""

    def __init__(self, target_port: int, *, host: str = "127.0.0.1", watch: bytes = b"",
                 self_committing: bool = False) -> None:
        self.host = host
        self.target_port = target_port
        self.port = 0
        self.stats = ProxyStats()
        self.delay = 0.0
        self._refuse_until = 0.0
        self._lose_replies = 0
        self._marker = watch
        self._self_committing = self_committing
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, name="chaos-proxy", daemon=True)

    # ------------------------------------------------------------------- control
    def start(self) -> ChaosProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")
        return self

    def stop(self) -> None:
        if not self._loop.is_running():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def set_delay(self, seconds: float) -> None:
        self.delay = max(0.0, seconds)

    def refuse_for(self, seconds: float) -> None:
        self._refuse_until = time.monotonic() + seconds

    def lose_commit_replies(self, n: int) -> None:
        self._lose_replies = n

    def drop_all(self) -> int:
        """Abort all open connections; returns how many pairs were cut."""
        fut = asyncio.run_coroutine_threadsafe(self._drop_all(), self._loop)
        return fut.result(10)

    # ------------------------------------------------------------------ internals
    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, self.host, 0))
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._ready.set()
        self._loop.run_forever()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._drop_all()

    async def _drop_all(self) -> int:
        writers = list(self._writers)
        for w in writers:
            w.transport.abort()
        self._writers.clear()
        self.stats.dropped += len(writers) // 2
        return len(writers) // 2

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if time.monotonic() < self._refuse_until:
            self.stats.refused += 1
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(self.host, self.target_port)
        except OSError:
            self.stats.refused += 1
            writer.transport.abort()
            return
        self.stats.accepted += 1
        self._writers.update((writer, up_writer))
        doom: dict[str, object] = {"commit_sent": False, "marked": False, "names": set()}
        await asyncio.gather(self._pipe(reader, up_writer, doom, upstream=True),
                             self._pipe(up_reader, writer, doom, upstream=False),
                             return_exceptions=True)
        for w in (writer, up_writer):
            self._writers.discard(w)
            w.transport.abort()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    doom: dict[str, object], *, upstream: bool) -> None:
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                if upstream and _marks(data, self._marker, doom["names"]):  # type: ignore[arg-type]
                    doom["marked"] = True
                if upstream and (b"COMMIT" in data or (self._self_committing and doom["marked"])):
                    if self._lose_replies > 0 and doom["marked"]:
                        self._lose_replies -= 1
                        doom["commit_sent"] = True
                    doom["marked"] = False
                elif not upstream and doom["commit_sent"]:
                    self.stats.lost_replies += 1
                    break  # the server has committed; its reply never reaches the client
                if self.delay:
                    await asyncio.sleep(self.delay)
                writer.write(data)
                await writer.drain()
        finally:
            writer.transport.abort()
