"""The live-voting web server: aiohttp in its own thread, with its own event loop.

``LiveServer(path, vote_kind).start()`` listens on the room's network until
``stop()``. The event loop only parses requests and limits them; every read
and write of the session file runs on one worker thread (``Booth``), so the
loop never waits for the disk and the votes are written one after another.
A vote is answered only after it is committed. Requests are size-limited
(``client_max_size``) and rate-limited per phone (votes) and per address
(joining); the phone page is package data, served with a strict
Content-Security-Policy so nothing outside the laptop is ever loaded.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import web

from facilitator.live.booth import Booth, Refused
from facilitator.live.limits import RateLimiter

log = logging.getLogger(__name__)

MAX_REQUEST = 2048  # bytes: a vote is about 100
PAGE_FILES = {
    "/": ("index.html", "text/html"),
    "/app.js": ("app.js", "text/javascript"),
    "/words.js": ("words.js", "text/javascript"),
    "/app.css": ("app.css", "text/css"),
}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def page_file(name: str) -> bytes:
    return resources.files("facilitator.live").joinpath("page", name).read_bytes()


class LiveServer:
    """A running live vote: start it, read ``address`` and ``join_code``, stop it."""

    def __init__(
        self,
        path: str | Path,
        vote_kind: str,
        host: str = "127.0.0.1",
        port: int = 0,
        on_vote: Callable[[int], None] | None = None,
        vote_rate: float = 5.0,
        vote_burst: int = 30,
    ):
        self.path = Path(path)
        self.vote_kind = vote_kind
        self.host = host
        self.port = port
        self.on_vote = on_vote
        self.votes = RateLimiter(vote_rate, vote_burst)
        self.joins = RateLimiter(1.0, 20)
        self.booth: Booth | None = None
        self._db = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="live-db")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._started = threading.Event()
        self._error: BaseException | None = None

    # -- life cycle -----------------------------------------------------------------

    def start(self) -> LiveServer:
        """Open the session file's second connection and listen; raises ``OSError`` if it can't."""
        self.booth = self._db.submit(Booth, self.path, self.vote_kind, self.on_vote).result()
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self._thread.start()
        self._started.wait(10)
        if self._error is not None:
            self._db.submit(self.booth.close).result()
            self._db.shutdown()
            raise self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._listen())
        except BaseException as error:  # noqa: BLE001 - reported to start()
            self._error = error
            self._started.set()
            loop.close()
            return
        self._started.set()
        loop.run_forever()
        loop.run_until_complete(self._runner.cleanup() if self._runner else asyncio.sleep(0))
        loop.close()

    async def _listen(self) -> None:
        app = web.Application(client_max_size=MAX_REQUEST, middlewares=[_headers])
        app.router.add_get("/", self._page)
        app.router.add_get("/app.js", self._page)
        app.router.add_get("/words.js", self._page)
        app.router.add_get("/app.css", self._page)
        app.router.add_post("/api/join", self._join)
        app.router.add_post("/api/claim", self._claim)
        app.router.add_get("/api/ballot", self._ballot)
        app.router.add_get("/api/status", self._status)
        app.router.add_post("/api/vote", self._vote)
        app.router.add_get("/api/results", self._results)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        sock = site._server.sockets[0]  # type: ignore[union-attr]
        self.port = sock.getsockname()[1]

    def stop(self) -> None:
        """Stop listening and close the second connection; safe to call twice."""
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop = None
        if self.booth is not None:
            self._db.submit(self.booth.close).result()
            self.booth = None
        self._db.shutdown()

    @property
    def running(self) -> bool:
        return self._loop is not None

    @property
    def address(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}/"

    @property
    def join_code(self) -> str:
        assert self.booth is not None
        return self.booth.code

    def personal_address(self, participant_id: int) -> str:
        from facilitator.live import access

        assert self.booth is not None
        return f"{self.address}#k={access.personal_key(self.booth.key, participant_id)}"

    def call(self, method: Callable[..., Any], *args: Any) -> Any:
        """Run ``method(booth, *args)`` on the server's database thread and wait for it."""
        return self._db.submit(method, self.booth, *args).result()

    def connected(self) -> set[int]:
        """Participants whose phone has reached the server since it started."""
        return set(self.booth.connected) if self.booth else set()

    # -- handlers ---------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        name, content_type = PAGE_FILES[request.path]
        return web.Response(body=page_file(name), content_type=content_type, charset="utf-8")

    async def _in_db(self, method: Callable[..., Any], *args: Any) -> web.Response:
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self._db, method, *args)
        except Refused as refused:
            return _error(refused.status, str(refused))
        except Exception:
            log.exception("live voting: %s failed", getattr(method, "__name__", method))
            return _error(500, "The laptop could not handle that; it will be tried again.")
        return web.json_response(result)

    async def _join(self, request: web.Request) -> web.Response:
        if not self.joins.allow(request.remote or ""):
            return _error(429, "Too many tries; wait a minute and try again.")
        payload = await _payload(request)
        if isinstance(payload, web.Response):
            return payload
        return await self._in_db(self.booth.join, payload)  # type: ignore[union-attr]

    async def _claim(self, request: web.Request) -> web.Response:
        if not self.joins.allow(request.remote or ""):
            return _error(429, "Too many tries; wait a minute and try again.")
        payload = await _payload(request)
        if isinstance(payload, web.Response):
            return payload
        return await self._in_db(self.booth.claim, payload)  # type: ignore[union-attr]

    async def _ballot(self, request: web.Request) -> web.Response:
        return await self._in_db(self.booth.ballot, _token(request))  # type: ignore[union-attr]

    async def _status(self, request: web.Request) -> web.Response:
        booth = self.booth
        assert booth is not None

        def status(token: str) -> dict[str, Any]:
            booth.participant(token)
            return booth.status()

        return await self._in_db(status, _token(request))

    async def _results(self, request: web.Request) -> web.Response:
        return await self._in_db(self.booth.results, _token(request))  # type: ignore[union-attr]

    async def _vote(self, request: web.Request) -> web.Response:
        token = _token(request)
        if not self.votes.allow(token):
            return _error(429, "Too fast: wait a moment, the vote will be sent again.")
        payload = await _payload(request)
        if isinstance(payload, web.Response):
            return payload
        return await self._in_db(self.booth.vote, token, payload)  # type: ignore[union-attr]


@web.middleware
async def _headers(request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPRequestEntityTooLarge:
        response = _error(413, "That request is too large.")
    except web.HTTPException as error:
        response = _error(error.status, error.reason or "Not found.")
    response.headers.update(SECURITY_HEADERS)
    return response


def _error(status: int, sentence: str) -> web.Response:
    return web.json_response({"error": sentence}, status=status)


def _token(request: web.Request) -> str:
    value = request.headers.get("Authorization", "")
    return value[7:].strip()[:100] if value.startswith("Bearer ") else ""


async def _payload(request: web.Request) -> dict[str, Any] | web.Response:
    if request.content_length is not None and request.content_length > MAX_REQUEST:
        return _error(413, "That request is too large.")
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return _error(413, "That request is too large.")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _error(400, "The request is not valid JSON.")
    if not isinstance(payload, dict):
        return _error(400, "The request must be a JSON object.")
    return payload


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def network_addresses() -> list[tuple[str, str]]:
    """(interface name, IPv4 address) of every network this laptop is on, loopback last."""
    found: list[tuple[str, str]] = []
    try:
        import fcntl
        import struct

        for _, name in socket.if_nameindex():
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                try:
                    packed = fcntl.ioctl(
                        s.fileno(), 0x8915, struct.pack("256s", name.encode()[:15])
                    )  # SIOCGIFADDR
                except OSError:
                    continue
                found.append((name, socket.inet_ntoa(packed[20:24])))
    except (ImportError, OSError):
        pass
    if not found:
        found.append(("loopback", "127.0.0.1"))
    return sorted(found, key=lambda f: (f[1].startswith("127."), f[0]))


def wait_until(predicate: Callable[[], bool], seconds: float) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass (tests and the CLI)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
