"""Fetch pages from the web politely and safely: the one place reception opens a connection.

Polite: a User-Agent naming reception and its version, ``robots.txt`` obeyed (unless the user
says the site is theirs), a concurrency limit and a delay per host, retries with backoff on
429/5xx that honour ``Retry-After``, and conditional re-fetch (the ETag / Last-Modified of the
last fetch kept in the store) so re-running a crawl fetches only what changed.

Safe: only http and https; every address a host resolves to is checked, on every redirect hop,
and loopback, private, link-local, multicast and reserved addresses are refused unless the user
allows them; each connection goes to the very address that was checked (pinned), so a DNS
server that answers differently the second time (rebinding) cannot reach inside; every response is bounded in bytes (after decompression, so a gzip bomb stops at
the cap) and in wall time (so an endless or slow-loris response ends). Each URL ends as a
``Page`` or a typed ``Failure``; nothing here raises for one bad URL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import ipaddress
import random
import socket
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from reception.ingest.fetch_options import FetchLog, FetchOptions
from reception.records import Failure, FetchRecord, Page, Unchanged

USER_AGENT = f"reception/{version('reception')} (film-criticism reader; obeys robots.txt)"
ROBOTS_AGENT = "reception"
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True, slots=True)
class Fetched:
    page: Page | None  # None when the server said 304 Not Modified
    record: FetchRecord


class _Refused(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def _forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)
"""httpcore's socket option (level, name, value)."""
Resolver = Callable[[str, int], Awaitable[list[str]]]
"""Addresses a host name resolves to (the system's DNS unless a test gives its own)."""


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))


async def checked_addresses(
    host: str, port: int, allow_private: bool, resolve: Resolver = system_resolver
) -> list[str]:
    """Every address ``host`` resolves to, refused as a whole when one is inside the user's
    network (unless allowed)."""
    try:
        addresses = await resolve(host, port)
    except (socket.gaierror, UnicodeError) as error:
        raise _Refused("dns", f"cannot resolve {host}: {error}") from error
    if not addresses:
        raise _Refused("dns", f"{host} resolves to no address")
    for text in addresses:
        address = ipaddress.ip_address(text)
        if not allow_private and _forbidden(address):
            raise _Refused(
                "private",
                f"{host} resolves to {address}, a private or local address "
                "(--allow-private to fetch it)",
            )
    return addresses


async def check_url(url: str, allow_private: bool, resolve: Resolver = system_resolver) -> None:
    """Refuse what reception must not fetch: another scheme, or a host that resolves to an
    address inside the user's network (checked after DNS, every address it resolves to). This
    gives a clear early answer; the connection itself resolves again and is tied to the address
    it checked (``PinnedBackend``), so a DNS answer that changes in between cannot reach inside."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise _Refused("unsupported", f"only http and https URLs are fetched, not {parts.scheme!r}")
    if not parts.hostname:
        raise _Refused("bad_url", "no host in the URL")
    if allow_private:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    await checked_addresses(parts.hostname, port, allow_private, resolve)


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens each connection to an address it resolved and checked itself (DNS pinning): the
    host name still goes in the Host header and in TLS's SNI and certificate check, but the
    socket goes to the checked address, never to a second DNS answer (DNS rebinding)."""

    def __init__(self, allow_private: bool, resolve: Resolver = system_resolver) -> None:
        self._allow_private = allow_private
        self._resolve = resolve
        self._sockets = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await checked_addresses(host, port, self._allow_private, self._resolve)
        for address in addresses[:-1]:
            try:
                return await self._sockets.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError:
                continue  # the next address of the same checked answer
        return await self._sockets.connect_tcp(
            addresses[-1], port, timeout, local_address, socket_options
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise _Refused("unsupported", "reception fetches over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self._sockets.sleep(seconds)


class _PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (HTTP/1.1 and HTTP/2, TLS verified) over a ``PinnedBackend``."""

    def __init__(self, backend: PinnedBackend) -> None:
        super().__init__(http2=True)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            http1=True,
            http2=True,
            network_backend=backend,
        )


def _retry_wait(response: httpx.Response, attempt: int, cap: float) -> float:
    """Retry-After when the server sends it (seconds or a date), else exponential backoff."""
    header = response.headers.get("retry-after")
    if header:
        if header.strip().isdigit():
            return min(float(header), cap)
        when = email.utils.parsedate_to_datetime(header) if header else None
        if when is not None:
            return min(max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0), cap)
    return min(2.0**attempt + random.random(), cap)


@dataclass
class _HostGate:
    """At most ``per_host`` requests to one host at once, ``delay_s`` apart."""

    slots: asyncio.Semaphore
    delay_s: float
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0

    async def wait_turn(self) -> None:
        async with self.lock:
            now = time.monotonic()
            if self.next_start > now:
                await asyncio.sleep(self.next_start - now)
            self.next_start = time.monotonic() + self.delay_s


class Fetcher:
    """One crawl's client, host gates and robots rules (use within one event loop)."""

    def __init__(
        self,
        options: FetchOptions,
        log: FetchLog | None = None,
        resolve: Resolver = system_resolver,
    ) -> None:
        self.options = options
        self.log = log
        self._resolve = resolve
        self._client = httpx.AsyncClient(
            transport=_PinnedTransport(PinnedBackend(options.allow_private, resolve)),
            follow_redirects=False,
            timeout=httpx.Timeout(options.timeout_s),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"},
        )
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_lock = asyncio.Lock()

    async def aclose(self) -> None:
        await self._client.aclose()

    def _gate(self, host: str) -> _HostGate:
        if host not in self._gates:
            self._gates[host] = _HostGate(
                asyncio.Semaphore(self.options.per_host), self.options.delay_s
            )
        return self._gates[host]

    async def _allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_lock:
            if origin not in self._robots:
                rules = RobotFileParser()
                try:
                    body, response = await self._get(urljoin(origin, "/robots.txt"), None)
                    if response.status_code >= 500:
                        lines = ["User-agent: *", "Disallow: /"]  # failing: keep away (RFC 9309)
                    elif response.status_code < 400:
                        lines = body.decode("utf-8", "replace").splitlines()
                    else:
                        lines = []  # no robots.txt: everything allowed
                except (_Refused, httpx.HTTPError, TimeoutError):
                    lines = []  # unreachable robots.txt: the page fetch itself will say why
                rules.parse(lines)
                self._robots[origin] = rules
        return self._robots[origin].can_fetch(ROBOTS_AGENT, url)

    async def _get(self, url: str, last: FetchRecord | None) -> tuple[bytes, httpx.Response]:
        """One request, redirects followed hop by hop (each hop checked), body bounded."""
        options = self.options
        for _hop in range(options.max_redirects + 1):
            await check_url(url, options.allow_private, self._resolve)
            headers = {}
            if last is not None and last.etag:
                headers["If-None-Match"] = last.etag
            if last is not None and last.last_modified:
                headers["If-Modified-Since"] = last.last_modified
            gate = self._gate(urlsplit(url).netloc)
            async with gate.slots:
                await gate.wait_turn()
                async with asyncio.timeout(options.timeout_s):
                    async with self._client.stream("GET", url, headers=headers) as response:
                        location = response.headers.get("location")
                        if response.status_code in _REDIRECTS and location:
                            url = urljoin(url, location)
                            continue
                        body = await self._bounded_body(response)
                        return body, response
        raise _Refused("redirects", f"more than {options.max_redirects} redirects")

    async def _bounded_body(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.options.max_bytes:
            raise _Refused("too_large", f"declares {int(declared):,} bytes")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():  # decoded: a bomb stops at the cap
            size += len(chunk)
            if size > self.options.max_bytes:
                raise _Refused(
                    "too_large", f"larger than {self.options.max_bytes // (1024 * 1024)} MB"
                )
            chunks.append(chunk)
        return b"".join(chunks)

    async def fetch(self, url: str) -> Fetched | Failure:
        """One URL, with retries, as a page (or None when unchanged) or a typed failure."""
        options = self.options
        try:
            if options.obey_robots and not await self._allowed_by_robots(url):
                return Failure(
                    url, "robots", "robots.txt disallows it (--ignore-robots for your site)"
                )
            last = self.log.last_fetch(url) if self.log is not None else None
            for attempt in range(options.retries + 1):
                body, response = await self._get(url, last)
                status = response.status_code
                if (status == 429 or status >= 500) and attempt < options.retries:
                    await asyncio.sleep(_retry_wait(response, attempt, options.max_retry_wait_s))
                    continue
                break
        except _Refused as refused:
            return Failure(url, refused.kind, refused.reason)
        except (TimeoutError, httpx.TimeoutException):
            return Failure(url, "timeout", f"no complete answer within {options.timeout_s:g} s")
        except httpx.HTTPError as error:
            return Failure(url, "http", f"{type(error).__name__}: {error}")
        record = FetchRecord(
            url=url,
            final_url=str(response.url),
            status=status,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            date=response.headers.get("date"),
            fetched_at=dt.datetime.now(dt.UTC),
        )
        if status == 304:
            return Fetched(None, record)
        if status >= 400:
            return Failure(url, "http", f"HTTP {status}")
        content_type = response.headers.get("content-type", "")
        page = Page(
            uri=url,
            raw=body,
            content_type=content_type.split(";", 1)[0].strip().lower(),
            declared_encoding=response.charset_encoding,
            fetched_at=record.fetched_at,
            site=urlsplit(record.final_url).hostname,
        )
        if not body.strip():
            return Failure(url, "empty", "the response holds no text")
        return Fetched(page, record)


async def _fetch_all(urls: list[str], fetcher: Fetcher) -> list[Fetched | Failure]:
    slots = asyncio.Semaphore(fetcher.options.concurrency)

    async def one(url: str) -> Fetched | Failure:
        async with slots:
            return await fetcher.fetch(url)

    return list(await asyncio.gather(*(one(url) for url in urls)))


def fetch_many(
    urls: Iterable[str], options: FetchOptions, log: FetchLog | None = None, chunk: int = 16
) -> Iterator[Fetched | Failure]:
    """Fetch URLs a chunk at a time (memory bounded by the chunk), in the order given; one
    event loop and fetcher throughout, so host gates and robots rules carry across chunks."""

    async def opened() -> Fetcher:
        return Fetcher(options, log)

    with asyncio.Runner() as runner:
        fetcher = runner.run(opened())
        try:
            batch: list[str] = []
            for url in urls:
                batch.append(url)
                if len(batch) >= chunk:
                    yield from runner.run(_fetch_all(batch, fetcher))
                    batch = []
            if batch:
                yield from runner.run(_fetch_all(batch, fetcher))
        finally:
            runner.run(fetcher.aclose())


def fetch_pages(
    urls: Iterable[str], options: FetchOptions, log: FetchLog | None = None
) -> Iterator[Page | Failure | Unchanged]:
    """Pages for URLs, each fetch recorded in ``log``; what the server says is unchanged since
    the recorded fetch (304) comes as ``Unchanged``, never downloaded again."""
    for outcome in fetch_many(urls, options, log):
        if isinstance(outcome, Failure):
            yield outcome
            continue
        if log is not None:
            log.record_fetch(outcome.record)
        if outcome.page is None:
            yield Unchanged(outcome.record.url)
        else:
            yield outcome.page
