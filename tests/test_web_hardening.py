"""The site as an attacker meets it: any query string on any route, cache inflation, framing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from reception.store import Store
from reception.web import create_app
from reception.web.cache import PageCache, route_parameters
from tests.factories import make_review

# Raw query values (already percent-encoded where they must be): overflowing, negative, not a
# number, not a date, bytes that are not UTF-8, a NUL, a lone surrogate's UTF-8, markup, huge.
HOSTILE_VALUES = (
    "",
    "0",
    "-1",
    "1",
    str(2**63),
    str(2**64 + 1),
    "-" + str(2**63 + 1),
    "9" * 60,
    "1e309",
    "nan",
    "-inf",
    "0x10",
    "true",
    "2024-13-45",
    "0001-01-01",
    "9999-12-31",
    "%00",
    "%ED%A0%80",
    "%FF%FE",
    "%",
    "%3Cscript%3E",
    "'%20OR%201=1--",
    '"',
    "NEAR(",
    "*",
    "a" * 3000,
)
PATH_VALUES = ("rust-and-bone-2012", "none", "%00", "..%2F..", "%ED%A0%80", "x" * 500)


@pytest.fixture
def app_store(store: Store) -> Store:
    store.save_reviews(
        [
            make_review("a.html", score=85.0),
            make_review("b.html", score=30.0, article={"critic": "Marcus Bell"}),
            make_review("c.html", facts={"title": "Crash", "year": 1996}),
        ]
    )
    return store


@pytest.fixture
def client(app_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(app_store), raise_server_exceptions=False) as test_client:
        yield test_client


def _paths(pattern: re.Pattern[str], review_id: str) -> Iterator[str]:
    """Addresses a route's path pattern matches: each path parameter real, then hostile."""
    source = pattern.pattern.removeprefix("^").removesuffix("$")
    groups = re.findall(r"\(\?P<\w+>\[\^/\]\+\)", source)
    if not groups:
        yield source.replace("\\", "")
        return
    for value in (review_id, *PATH_VALUES):
        path = source
        for group in groups:
            path = path.replace(group, value)
        yield path.replace("\\", "")


def test_no_query_string_on_any_route_gives_a_server_error(client: TestClient) -> None:
    review_id = client.get("/api/v1/reviews").json()["items"][0]["id"]
    routes = list(route_parameters(client.app.router.routes))  # type: ignore[attr-defined]
    assert len(routes) >= 15
    asked = 0
    for pattern, names in routes:
        for path in _paths(pattern, review_id):
            queries = [f"{name}={value}" for name in sorted(names) for value in HOSTILE_VALUES]
            queries += ["junk=1", "offset=1&offset=" + str(2**63), "limit=5&" * 50]
            queries += ["&".join(f"{n}={v}" for n in sorted(names)) for v in HOSTILE_VALUES[:8]]
            for query in queries:
                response = client.get(f"{path}?{query}")
                asked += 1
                assert response.status_code < 500, (path, query[:80], response.text[:300])
    assert asked > 1000


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/films",
        "/api/v1/reviews",
        "/api/v1/critics",
        "/api/v1/publications",
        "/api/v1/search",
    ],
)
def test_offsets_past_any_integer_are_refused_as_bad_parameters(
    client: TestClient, path: str
) -> None:
    for offset in (2**63, 2**64, 10**30):
        response = client.get(f"{path}?offset={offset}")
        assert response.status_code == 422, response.text
        assert response.json()["error"] == "bad parameters"


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in (
        "/",
        "/films/rust-and-bone-2012",
        "/api/v1/films",
        "/api/v1/films/none",
        "/no/such/page",
        "/static/site.css",
        "/search?year=1",
    ):
        response = client.get(path)
        headers = response.headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY", path
        assert headers["referrer-policy"] == "same-origin", path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
    page = client.get("/films/rust-and-bone-2012").headers["content-security-policy"]
    assert "script-src 'none'" in page  # the page's own policy kept, framing added
    again = client.get("/api/v1/films")  # served from the cache this time
    assert again.headers["x-frame-options"] == "DENY"


def _page_cache(client: TestClient) -> PageCache:
    layer = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(layer, PageCache):
        layer = layer.app
    return layer


def test_junk_parameters_share_one_cache_entry(client: TestClient) -> None:
    for n in range(300):
        response = client.get(f"/api/v1/films?utm_source={n}&limit=20&x{n}={n}")
        assert response.status_code == 200
        assert "utm_source" not in (response.json()["next"] or "")
    cache = _page_cache(client)
    films = [key for key in cache.entries if key[1] == "/api/v1/films"]
    assert films == [(b"testserver", "/api/v1/films", "limit=20")]
    for n in range(50):
        client.get(f"/no/such/route/{n}")
    assert not any(key[1].startswith("/no/") for key in cache.entries)


def test_the_cache_stays_within_its_byte_bound(app_store: Store) -> None:
    bound = 64 * 1024
    app = create_app(app_store, cache_bytes=bound)
    with TestClient(app) as client:
        for words in itertools.islice(itertools.product("abcdefgh", repeat=3), 400):
            assert client.get(f"/search?q={quote(''.join(words))}").status_code == 200
        cache = _page_cache(client)
        assert 0 < cache.size <= bound
        assert cache.size == sum(entry.size for entry in cache.entries.values())


def test_the_static_mount_and_other_methods_give_no_server_error(client: TestClient) -> None:
    """What the route table does not list: the static files' mount (a path of anything) and
    methods other than GET on every route."""
    paths = ["/static/site.css", "/static/", "/static/%2e%2e/%2e%2e/etc/passwd"]
    paths += [f"/static/{value}" for value in PATH_VALUES]
    for path in paths:
        for value in HOSTILE_VALUES:
            response = client.get(f"{path}?v={value}")
            assert response.status_code < 500, (path, value[:40])
    assert client.get("/static/..%2F..%2Fetc%2Fpasswd").status_code == 404
    routes = list(route_parameters(client.app.router.routes))  # type: ignore[attr-defined]
    for pattern, _ in routes:
        for path in _paths(pattern, "none"):
            for method in ("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"):
                response = client.request(method, path)
                assert response.status_code < 500, (method, path)
