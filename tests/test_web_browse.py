"""Browse pages (/films, /critics, /publications, /reviews): sorting and paging in HTML and the
API, and long review lists on film, critic and publication pages paged."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from reception.store import Store
from reception.web import create_app
from reception.web.params import PAGE_SIZE
from reception.web.views import REVIEWS_PER_PAGE
from tests.factories import make_review


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    films = [
        ("Rust and Bone", 2012, "Jacques Audiard", (85.0, 75.0, 62.0, 91.0)),
        ("Crash", 1996, "David Cronenberg", (30.0, 45.0, 20.0, 35.0)),
        ("Drive", 2011, "Nicolas Winding Refn", (70.0, 66.0)),
    ]
    critics = ["Jane Doe", "Marcus Bell", "Lena Park", "Ada Holm"]
    reviews = [
        make_review(
            f"{title}-{index}.html",
            score=score,
            article={
                "critic": critics[index],
                "headline": f"{title} review {index}",
                "publication": "The Marquee Ledger" if index % 2 else "Frame Rate Review",
                "date_published": dt.date(year + 1, 1 + index, 1),
            },
            facts={"title": title, "year": year, "directors": (director,)},
        )
        for title, year, director, scores in films
        for index, score in enumerate(scores)
    ]
    store.save_reviews(reviews)
    with TestClient(create_app(store)) as test_client:
        yield test_client


def _links(html: str, prefix: str) -> list[str]:
    return re.findall(rf'<li[^>]*>.*?href="(/{prefix}/[^"?]+)"', html, re.S)


def test_each_browse_page_lists_everything_once_in_the_order_the_api_gives(
    client: TestClient,
) -> None:
    for kind, sorts, key in (
        ("films", ("count", "score", "date", "title"), "id"),
        ("critics", ("count", "score", "date", "name"), "critic_id"),
        ("publications", ("count", "score", "date", "name"), "publication_id"),
    ):
        for sort in sorts:
            page = client.get(f"/{kind}", params={"sort": sort})
            assert page.status_code == 200, (kind, sort)
            api = client.get(f"/api/v1/{kind}", params={"order": sort}).json()["items"]
            assert [f"/{kind}/{item[key]}" for item in api] == _links(page.text, kind), sort
    reviews = client.get("/reviews", params={"sort": "score"}).text
    scores = [int(s) for s in re.findall(r'class="badge badge-\w+"[^>]*>(\d+)<', reviews)]
    assert scores == sorted(scores, reverse=True) and len(scores) == 10


def test_sorting_means_what_it_says(client: TestClient) -> None:
    films = client.get("/api/v1/films", params={"order": "score"}).json()["items"]
    assert [f["id"] for f in films] == ["rust-and-bone-2012", "crash-1996", "drive-2011"]
    assert films[-1]["score"] is None  # two reviews: no score, listed after scored films
    by_date = client.get("/api/v1/films", params={"order": "date"}).json()["items"]
    assert [f["year"] for f in by_date] == [2012, 2011, 1996]
    critics = client.get("/api/v1/critics", params={"order": "score"}).json()["items"]
    means = [c["mean_score"] for c in critics]
    assert means == sorted(means, reverse=True)
    latest = client.get("/api/v1/critics", params={"order": "date"}).json()["items"]
    dates = [c["latest_review"] for c in latest]
    assert dates == sorted(dates, reverse=True)
    assert client.get("/films", params={"sort": "random"}).status_code == 422


def test_browse_pages_page_with_next_and_previous_links(store: Store) -> None:
    store.save_reviews(
        [
            make_review(f"{i}.html", article={"headline": f"Review number {i}"})
            for i in range(PAGE_SIZE + 3)
        ]
    )
    with TestClient(create_app(store)) as client:
        first = client.get("/reviews").text
        second = client.get("/reviews", params={"page": 2}).text
        assert 'rel="next" href="?sort=date&amp;page=2"' in first
        assert 'rel="prev"' in second and 'rel="next"' not in second
        assert first.count('class="review-item"') == PAGE_SIZE
        assert second.count('class="review-item"') == 3
        assert client.get("/reviews", params={"page": 3}).status_code == 404


def test_long_review_lists_on_film_and_critic_pages_are_paged(store: Store) -> None:
    total = REVIEWS_PER_PAGE + 5
    store.save_reviews([make_review(f"{i}.html", score=50 + i % 40) for i in range(total)])
    with TestClient(create_app(store)) as client:
        for path in ("/films/rust-and-bone-2012", "/critics/jane-doe"):
            first, second = client.get(path).text, client.get(path, params={"page": 2}).text
            assert first.count('class="review-item"') == REVIEWS_PER_PAGE, path
            assert second.count('class="review-item"') == 5, path
            assert "page 1 of 2" in first and f"{total} reviews" in first, path
            assert client.get(path, params={"page": 3}).status_code == 404
        film = client.get("/api/v1/films/rust-and-bone-2012").json()
        assert len(film["reviews"]) == REVIEWS_PER_PAGE and film["reviews_total"] == total
        rest = client.get("/api/v1/films/rust-and-bone-2012", params={"offset": 50}).json()
        assert len(rest["reviews"]) == 5
        critic = client.get("/api/v1/critics/jane-doe").json()
        assert sum(critic["distribution"]) == total  # the chart counts every review
