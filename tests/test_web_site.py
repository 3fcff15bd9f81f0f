"""The site and the JSON API over a real SQLite store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from reception.store import Store
from reception.web import create_app
from tests.factories import make_review

HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)">'


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    store.save_reviews(
        [
            make_review("a.html", score=85.0),
            make_review(
                "b.html",
                score=30.0,
                body=(f"A film about {HOSTILE} and little else.",),
                article={"headline": f"Review {HOSTILE}", "critic": "Marcus Bell"},
            ),
            make_review("c.html", facts={"title": "Crash", "year": 1996}),
        ]
    )
    with TestClient(create_app(store)) as test_client:
        yield test_client


def test_pages_render_for_every_resource(client: TestClient) -> None:
    review_id = client.get("/api/v1/reviews").json()["items"][0]["id"]
    for path in (
        "/",
        "/films/rust-and-bone-2012",
        f"/reviews/{review_id}",
        "/critics/jane-doe",
        "/publications/the-marquee-ledger",
        "/search?q=film",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
    film_page = client.get("/films/rust-and-bone-2012").text
    assert "Marion Cotillard" in film_page
    assert "Stéphanie" in film_page


def test_text_from_pages_is_escaped_everywhere(client: TestClient) -> None:
    hostile_id = next(
        item["id"]
        for item in client.get("/api/v1/reviews").json()["items"]
        if item["critic"] == "Marcus Bell"
    )
    for path in ("/", f"/reviews/{hostile_id}", "/search?q=film", "/critics/marcus-bell"):
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert 'onerror="alert' not in html, path
    assert "&lt;script&gt;" in client.get(f"/reviews/{hostile_id}").text


def test_api_lists_filters_and_paginates(client: TestClient) -> None:
    films = client.get("/api/v1/films", params={"order": "title"}).json()["items"]
    assert [f["id"] for f in films] == ["crash-1996", "rust-and-bone-2012"]
    page = client.get("/api/v1/reviews", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1
    by_film = client.get("/api/v1/reviews", params={"film_id": "crash-1996"}).json()["items"]
    assert [r["film_id"] for r in by_film] == ["crash-1996"]
    film = client.get("/api/v1/films/rust-and-bone-2012").json()
    assert film["review_count"] == 2
    assert {r["score"] for r in film["reviews"]} == {85.0, 30.0}


def test_api_errors_are_json_with_a_clear_status(client: TestClient) -> None:
    missing = client.get("/api/v1/films/no-such-film")
    assert missing.status_code == 404
    assert missing.json() == {"error": "no such film"}
    assert client.get("/api/v1/films", params={"limit": 1000}).status_code == 422
    assert client.get("/api/v1/films", params={"order": "drop table"}).status_code == 422
    assert client.get("/api/v1/search", params={"band": "superb"}).status_code == 422
    assert client.get("/api/v1/search", params={"sort": "random"}).status_code == 422
    assert client.get("/films/no-such-film").status_code == 404


def test_reads_carry_etags_and_answer_304(client: TestClient) -> None:
    first = client.get("/api/v1/films")
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"]
    again = client.get("/api/v1/films", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.headers["etag"] == etag and again.content == b""
    for header in (f'"other", W/{etag}', "*"):
        assert client.get("/api/v1/films", headers={"If-None-Match": header}).status_code == 304
    assert client.get("/api/v1/films", headers={"If-None-Match": '"other"'}).status_code == 200
    page = client.get("/films/rust-and-bone-2012")
    assert page.headers["cache-control"] == "no-cache"
    revalidated = client.get(
        "/films/rust-and-bone-2012", headers={"If-None-Match": page.headers["etag"]}
    )
    assert revalidated.status_code == 304
    assert revalidated.headers["cache-control"] == "no-cache"


def test_api_pages_through_every_list_with_next_links(client: TestClient) -> None:
    for path, total in (
        ("/api/v1/reviews", 3),
        ("/api/v1/films", 2),
        ("/api/v1/critics", 2),
        ("/api/v1/publications", 1),
    ):
        seen: list[str] = []
        url: str | None = f"{path}?limit=1"
        while url:
            response = client.get(url)
            assert response.status_code == 200, url
            page = response.json()
            seen += [str(item.get("id") or item.get("critic_id") or item.get("publication_id"))
                     for item in page["items"]]  # fmt: skip
            url = page["next"]
            assert ('rel="next"' in response.headers.get("link", "")) == (url is not None)
        assert len(seen) == len(set(seen)) == total, path


def test_api_sorts_and_filters_reviews(store: Store) -> None:
    store.save_reviews(
        [
            make_review("old.html", score=40.0, article={"date_published": dt.date(2012, 1, 5)}),
            make_review("new.html", score=90.0, article={"date_published": dt.date(2013, 6, 1)}),
            make_review("mid.html", score=65.0, article={"date_published": dt.date(2012, 9, 9)}),
        ]
    )
    with TestClient(create_app(store)) as client:

        def scores(**params: object) -> list[float]:
            response = client.get("/api/v1/reviews", params=params)
            assert response.status_code == 200, response.text
            return [item["score"] for item in response.json()["items"]]

        assert scores() == [90.0, 65.0, 40.0]
        assert scores(order="oldest") == [40.0, 65.0, 90.0]
        assert scores(order="score", limit=2) == [90.0, 65.0]
        assert scores(since="2012-06-01") == [90.0, 65.0]
        assert scores(since="2012-06-01", until="2012-12-31") == [65.0]
        bad = client.get("/api/v1/reviews", params={"order": "random", "since": "yesterday"})
        assert bad.status_code == 422
        assert {p["parameter"] for p in bad.json()["problems"]} == {"order", "since"}


def test_bad_parameters_get_a_json_body_from_the_api_and_a_page_from_the_site(
    client: TestClient,
) -> None:
    api = client.get("/api/v1/search", params={"year": "soon", "limit": 0})
    assert api.status_code == 422
    body = api.json()
    assert body["error"] == "bad parameters"
    assert {p["parameter"] for p in body["problems"]} == {"year", "limit"}
    page = client.get("/search", params={"year": "soon"})
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    assert "year" in page.text


def test_openapi_describes_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in (
        "/api/v1/films",
        "/api/v1/films/{film_id}",
        "/api/v1/reviews",
        "/api/v1/search",
        "/api/v1/critics",
        "/api/v1/publications",
    ):
        assert route in paths
    assert not any(p.startswith("/films") for p in paths)


def test_api_reference_is_rendered_from_the_openapi_document(client: TestClient) -> None:
    """/docs works offline and without scripts: every operation and parameter is on the page."""
    openapi = client.get("/openapi.json").json()
    page = client.get("/docs")
    assert page.status_code == 200
    assert "script-src 'none'" in page.headers["content-security-policy"]
    assert "<script" not in page.text
    for path, methods in openapi["paths"].items():
        for method, operation in methods.items():
            assert f"{method.upper()} {path}" in page.text
            for parameter in operation.get("parameters", []):
                assert f"<code>{parameter['name']}</code>" in page.text, (path, parameter)
    assert "integer 1–100" in page.text  # limit's bounds, read from the schema


def _jsonld(html: str) -> dict[str, object]:
    import json
    import re

    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match is not None
    document: dict[str, object] = json.loads(match.group(1))
    return document


def test_film_page_has_movie_jsonld_with_aggregate_rating(store: Store) -> None:
    store.save_reviews([make_review(f"{i}.html", score=s) for i, s in enumerate([80, 70, 60, 90])])
    with TestClient(create_app(store)) as client:
        html = client.get("/films/rust-and-bone-2012").text
    movie = _jsonld(html)
    assert movie["@type"] == "Movie"
    assert movie["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 75.0,
        "bestRating": 100,
        "worstRating": 0,
        "reviewCount": 4,
    }
    assert movie["director"] == [{"@type": "Person", "name": "Jacques Audiard"}]
    assert movie["actor"] == [
        {
            "@type": "PerformanceRole",
            "actor": {"@type": "Person", "name": "Marion Cotillard"},
            "characterName": "Stéphanie",
        }
    ]
    assert movie["url"] == "http://testserver/films/rust-and-bone-2012"
    reviews = movie["review"]
    assert isinstance(reviews, list) and len(reviews) == 4
    for review in reviews:  # what review snippets require of each review
        assert review["@type"] == "CriticReview"
        assert review["author"]["name"] == "Jane Doe"
        assert review["publisher"] == {"@type": "Organization", "name": "The Marquee Ledger"}
        assert review["datePublished"] == "2012-11-23"
        assert {"ratingValue", "bestRating", "worstRating"} <= set(review["reviewRating"])
        assert review["url"].startswith("http://testserver/reviews/")
    assert "<svg" in html and "Distribution of review scores" in html


def test_review_page_marks_evidence_and_carries_critic_review_jsonld(client: TestClient) -> None:
    items = client.get("/api/v1/reviews").json()["items"]
    item = next(i for i in items if i["film_id"] == "rust-and-bone-2012" and i["score"] == 85.0)
    html = client.get(f"/reviews/{item['id']}").text
    assert '<mark class="up">Cotillard has never been better.</mark>' in html
    review = _jsonld(html)
    assert review["@type"] == "CriticReview"
    assert review["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert review["publisher"] == {"@type": "Organization", "name": "The Marquee Ledger"}
    assert review["datePublished"] == "2012-11-23"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 85.0,
        "bestRating": 100,
        "worstRating": 0,
        "ratingExplanation": "judged from the review's text",
    }
    assert review["itemReviewed"]["@type"] == "Movie"
    assert review["itemReviewed"]["name"] == "Rust and Bone"
    assert review["itemReviewed"]["url"] == "http://testserver/films/rust-and-bone-2012"
    assert review["url"] == f"http://testserver/reviews/{item['id']}"  # the source is a file


def test_a_review_without_a_named_critic_is_authored_by_its_publication(store: Store) -> None:
    store.save_reviews(
        [
            make_review(
                "https://ledger.example/rust",
                article={"critic": None, "canonical_url": "https://ledger.example/rust"},
            )
        ]
    )
    with TestClient(create_app(store)) as client:
        review_id = client.get("/api/v1/reviews").json()["items"][0]["id"]
        review = _jsonld(client.get(f"/reviews/{review_id}").text)
    assert review["author"] == {"@type": "Organization", "name": "The Marquee Ledger"}
    assert review["url"] == "https://ledger.example/rust"


def test_jsonld_cannot_close_its_script_element(client: TestClient) -> None:
    hostile = next(
        i for i in client.get("/api/v1/reviews").json()["items"] if i["critic"] == "Marcus Bell"
    )
    html = client.get(f"/reviews/{hostile['id']}").text
    assert html.count("</script>") == 1
    assert "\\u003cscript\\u003e" in html


def test_search_page_offers_facets_sorting_and_paging(client: TestClient) -> None:
    html = client.get("/search", params={"q": "film"}).text
    assert "Director" in html and "Jacques Audiard" in html
    assert 'name="sort"' in html
    filtered = client.get("/search", params={"q": "film", "year": 1996}).text
    assert "Crash" in filtered and "1 review" in filtered


def test_method_page_publishes_the_bands(client: TestClient) -> None:
    html = client.get("/method").text
    assert "81–100: universal acclaim" in html
    assert "calibrated" in html


def test_page_cache_serves_fresh_data_after_every_write(store: Store) -> None:
    store.save_reviews([make_review("a.html", score=90.0)])
    with TestClient(create_app(store)) as client:
        first = client.get("/films/rust-and-bone-2012")
        again = client.get("/films/rust-and-bone-2012")
        assert first.text == again.text
        assert first.headers["etag"] == again.headers["etag"]
        unchanged = client.get(
            "/films/rust-and-bone-2012", headers={"If-None-Match": first.headers["etag"]}
        )
        assert unchanged.status_code == 304
        store.save_reviews([make_review("b.html", score=10.0, article={"critic": "Ada Holm"})])
        after = client.get("/films/rust-and-bone-2012")
        assert "Ada Holm" in after.text
        assert after.headers["etag"] != first.headers["etag"]
        assert client.get("/api/v1/films/rust-and-bone-2012").json()["review_count"] == 2


def test_errors_are_never_cached(store: Store) -> None:
    with TestClient(create_app(store)) as client:
        assert client.get("/films/rust-and-bone-2012").status_code == 404
        store.save_reviews([make_review("a.html")])
        assert client.get("/films/rust-and-bone-2012").status_code == 200


def test_critic_api_gives_distribution_and_agreement_like_the_page(store: Store) -> None:
    """Three critics agree on a fresh film; Ada Holm pans it: she agrees on 0 of 1 films."""
    store.save_reviews(
        [
            make_review("a.html", score=85.0, article={"critic": "Jane Doe"}),
            make_review("b.html", score=75.0, article={"critic": "Marcus Bell"}),
            make_review("c.html", score=91.0, article={"critic": "Lena Park"}),
            make_review("d.html", score=20.0, article={"critic": "Ada Holm"}),
        ]
    )
    with TestClient(create_app(store)) as client:
        critic = client.get("/api/v1/critics/ada-holm").json()
        page = client.get("/critics/ada-holm").text
        assert client.get("/api/v1/critics/nobody").status_code == 404
    assert critic["name"] == "Ada Holm"
    assert [review["score"] for review in critic["reviews"]] == [20.0]
    assert critic["distribution"] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert critic["agreement"] == {"films": 1, "percent": 0.0}
    assert "agrees with the majority of critics on 0% of 1 film" in page and "<svg" in page
