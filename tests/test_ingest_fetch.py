"""The fetcher against a real server on loopback: polite, conditional, and bounded on hostile
responses (each ends as a typed failure in bounded time while the others are fetched)."""

from __future__ import annotations

import asyncio
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from reception.ingest.fetch import (
    USER_AGENT,
    Fetched,
    Fetcher,
    Resolver,
    _Refused,
    check_url,
    fetch_pages,
)
from reception.ingest.fetch_options import FetchOptions
from reception.records import Failure, Page, Unchanged
from reception.store import Store
from tests.conftest import DEMO_CORPUS
from tests.webserver import endless, gzip_bomb, page, redirect, send, serving, slow_loris

LOOPBACK = FetchOptions(allow_private=True, delay_s=0, timeout_s=20, max_bytes=5 * 1024 * 1024)
"""Room for a busy machine to inflate the bomb to its cap; the slow server still times out."""


def review_html() -> bytes:
    return sorted(DEMO_CORPUS.rglob("*.html"))[0].read_bytes()


def outcomes(
    urls: list[str], options: FetchOptions = LOOPBACK, log: Store | None = None
) -> dict[str, object]:
    return {item.uri: item for item in fetch_pages(urls, options, log)}


def kind(item: object) -> str:
    return item.kind if isinstance(item, Failure) else type(item).__name__


def test_hostile_responses_end_as_typed_failures_and_the_rest_are_fetched() -> None:
    routes = {
        "/review.html": page(review_html()),
        "/bomb": gzip_bomb(200),
        "/endless": endless,
        "/slow": slow_loris,
        "/loop": redirect("/loop"),
        "/big": page(b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>"),
        "/to-file": redirect("file:///etc/passwd"),
        "/gone": lambda h: send(h, b"no", status=404),
    }
    with serving(routes) as site:
        names = list(routes)
        got = outcomes([site.url(name) for name in names])
    kinds = {name: kind(got[site.url(name)]) for name in names}
    assert kinds == {
        "/review.html": "Page",
        "/bomb": "too_large",
        "/endless": "too_large",
        "/slow": "timeout",
        "/loop": "redirects",
        "/big": "too_large",
        "/to-file": "unsupported",
        "/gone": "http",
    }
    fetched = got[site.url("/review.html")]
    assert isinstance(fetched, Page)
    assert fetched.raw == review_html()
    assert fetched.site == "127.0.0.1"
    assert site.headers["/review.html"]["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("reception/")


def test_loopback_and_private_addresses_are_refused_unless_allowed() -> None:
    with serving({"/review.html": page(review_html())}) as site:
        got = outcomes([site.url("/review.html")], FetchOptions(delay_s=0))
        assert kind(got[site.url("/review.html")]) == "private"
        assert site.hits["/review.html"] == 0
    for url in (
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://224.0.0.1/",
        "http://[fd00::1]/",
        "http://localhost/",
        "http://0.0.0.0/",
    ):
        with pytest.raises(_Refused) as refused:
            asyncio.run(check_url(url, allow_private=False))
        assert refused.value.kind == "private", url
    with pytest.raises(_Refused):
        asyncio.run(check_url("file:///etc/passwd", allow_private=True))


class RebindingDNS:
    """The DNS server of an attacker's domain: a public address to the first question, a
    loopback one to every later question (a zero TTL makes the next question come at once)."""

    def __init__(self, first: str, then: str) -> None:
        self.answers = (first, then)
        self.questions = 0

    async def __call__(self, host: str, port: int) -> list[str]:
        self.questions += 1
        return [self.answers[0] if self.questions == 1 else self.answers[1]]


def fetch_one(url: str, options: FetchOptions, resolve: Resolver) -> Fetched | Failure:
    async def fetched() -> Fetched | Failure:
        fetcher = Fetcher(options, resolve=resolve)
        try:
            return await fetcher.fetch(url)
        finally:
            await fetcher.aclose()

    return asyncio.run(fetched())


def test_a_rebinding_dns_cannot_turn_a_checked_host_into_loopback() -> None:
    with serving({"/review.html": page(review_html())}) as site:
        url = f"http://films.rebind.test:{urlsplit(site.base).port}/review.html"
        dns = RebindingDNS(first="93.184.216.34", then="127.0.0.1")
        got = fetch_one(url, FetchOptions(delay_s=0, obey_robots=False, timeout_s=5), dns)
        assert kind(got) == "private"
        assert dns.questions == 2  # the early check, then the connection's own (refused)
        assert site.hits["/review.html"] == 0


def test_a_connection_goes_to_the_address_resolved_for_it_with_the_host_name_kept() -> None:
    asked: list[str] = []

    async def films_dns(host: str, port: int) -> list[str]:
        asked.append(host)  # a name the system's DNS does not know: only this answer reaches it
        return ["127.0.0.1"]

    with serving({"/review.html": page(review_html())}) as site:
        port = urlsplit(site.base).port
        url = f"http://films.pinned.test:{port}/review.html"
        options = FetchOptions(allow_private=True, delay_s=0, obey_robots=False, timeout_s=20)
        got = fetch_one(url, options, films_dns)
        assert isinstance(got, Fetched) and got.page is not None
        assert got.page.raw == review_html()
        assert asked == ["films.pinned.test"]
        assert site.headers["/review.html"]["host"] == f"films.pinned.test:{port}"


def test_robots_txt_is_obeyed_unless_ignored() -> None:
    routes = {
        "/robots.txt": page(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/private/review.html": page(review_html()),
    }
    with serving(routes) as site:
        url = site.url("/private/review.html")
        assert kind(outcomes([url])[url]) == "robots"
        assert site.hits["/private/review.html"] == 0
        ignoring = FetchOptions(allow_private=True, delay_s=0, obey_robots=False)
        assert kind(outcomes([url], ignoring)[url]) == "Page"


def test_retries_honour_retry_after_then_succeed() -> None:
    calls = {"n": 0}

    def flaky(handler: BaseHTTPRequestHandler) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            send(handler, b"busy", status=503, Retry_After="1")
        else:
            send(handler, review_html())

    with serving({"/flaky": flaky}) as site:
        got = outcomes([site.url("/flaky")])
    assert kind(got[site.url("/flaky")]) == "Page"
    assert calls["n"] == 2


def test_a_refetch_is_conditional_on_the_stored_etag(tmp_path: Path) -> None:
    def tagged(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.end_headers()
        else:
            send(handler, review_html(), ETag='"v1"', Last_Modified="Sat, 05 Dec 2026 10:00:00 GMT")

    store = Store.open(tmp_path / "r.db")
    with serving({"/tagged.html": tagged}) as site:
        url = site.url("/tagged.html")
        first = outcomes([url], log=store)[url]
        assert isinstance(first, Page)
        record = store.last_fetch(url)
        assert record is not None
        assert (record.status, record.etag, record.final_url) == (200, '"v1"', url)
        assert record.last_modified == "Sat, 05 Dec 2026 10:00:00 GMT"
        again = outcomes([url], log=store)[url]
        assert again == Unchanged(url)
        assert site.headers["/tagged.html"]["if-none-match"] == '"v1"'
