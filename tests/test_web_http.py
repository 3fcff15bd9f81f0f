"""HTTP as browsers and crawlers expect it: error pages, HEAD, favicon, robots, sitemap,
canonical links, and no server paths shown to visitors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from reception.store import Store
from reception.web import create_app
from tests.factories import make_review


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    store.save_reviews(
        [
            make_review("/srv/private/corpus/ledger/rust.html", score=85.0),
            make_review(
                "https://ledger.example/crash",
                article={"canonical_url": "https://ledger.example/crash", "critic": "Ada Holm"},
                facts={"title": "Crash", "year": 1996},
            ),
        ]
    )
    with TestClient(create_app(store), raise_server_exceptions=False) as test_client:
        yield test_client


def test_unknown_addresses_get_a_page_in_html_and_json_under_the_api(client: TestClient) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>No such page</h1>" in page.text and 'href="/films"' in page.text
    api = client.get("/api/v1/no-such-thing")
    assert api.status_code == 404 and api.json() == {"error": "no such address"}
    assert client.get("/api/v1/films/nothing").json() == {"error": "no such film"}


def test_bad_parameters_are_a_422_page_for_people(client: TestClient) -> None:
    page = client.get("/search", params={"page": "two"})
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html") and "page" in page.text


def test_a_failure_is_a_500_page_or_json_without_details(store: Store) -> None:
    app = create_app(store)

    async def broken() -> None:
        raise RuntimeError("secret detail /srv/path")

    app.add_api_route("/films-broken", broken)
    app.add_api_route("/api/v1/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        page = client.get("/films-broken")
        api = client.get("/api/v1/broken")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert "secret detail" not in page.text and "Something went wrong" in page.text
    assert api.status_code == 500 and api.json() == {"error": "internal error"}


def test_head_answers_every_get_route_with_headers_and_no_body(client: TestClient) -> None:
    review_id = client.get("/api/v1/reviews").json()["items"][0]["id"]
    for path in (
        "/",
        "/films/rust-and-bone-2012",
        f"/reviews/{review_id}",
        "/critics/jane-doe",
        "/publications/the-marquee-ledger",
        "/search?q=film",
        "/method",
        "/docs",
        "/favicon.ico",
        "/robots.txt",
        "/sitemap.xml",
        "/api/v1/films",
        "/openapi.json",
        "/static/site.css",
    ):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
    assert client.head("/no/such/page").status_code == 404


def test_favicon_robots_and_a_sitemap_of_every_page(client: TestClient) -> None:
    assert client.get("/favicon.ico").headers["content-type"] == "image/svg+xml"
    assert 'rel="icon"' in client.get("/").text
    robots = client.get("/robots.txt").text
    assert "Disallow: /api/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    urls = {
        element.text
        for element in ET.fromstring(client.get("/sitemap.xml").content).iter(
            "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
        )
    }
    reviews = client.get("/api/v1/reviews").json()["items"]
    films = client.get("/api/v1/films").json()["items"]
    expected = {f"http://testserver/reviews/{r['id']}" for r in reviews}
    expected |= {f"http://testserver/films/{f['id']}" for f in films}
    expected |= {"http://testserver/critics/jane-doe", "http://testserver/critics/ada-holm"}
    expected |= {"http://testserver/publications/the-marquee-ledger", "http://testserver/"}
    assert expected <= urls
    for url in urls:
        assert client.get(url.removeprefix("http://testserver")).status_code == 200, url


def test_pages_name_their_canonical_address_without_junk_parameters(client: TestClient) -> None:
    html = client.get("/films/rust-and-bone-2012", params={"utm_source": "x"}).text
    assert '<link rel="canonical" href="http://testserver/films/rust-and-bone-2012">' in html
    assert 'rel="canonical"' not in client.get("/no/such/page").text


def test_a_review_read_from_a_file_shows_its_name_never_the_server_path(
    client: TestClient,
) -> None:
    items = client.get("/api/v1/reviews").json()["items"]
    from_file = next(item for item in items if item["critic"] == "Jane Doe")
    from_web = next(item for item in items if item["critic"] == "Ada Holm")
    assert from_file["source_uri"] == "rust.html"
    assert from_web["source_uri"] == "https://ledger.example/crash"
    page = client.get(f"/reviews/{from_file['id']}").text
    detail = client.get(f"/api/v1/reviews/{from_file['id']}").text
    for text in (page, detail, client.get("/").text, client.get("/critics/jane-doe").text):
        assert "/srv/private" not in text
    assert "rust.html" in page
