"""Search on SQLite: the query language visitors get, and ranking from the index alone."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reception.store import Store
from reception.store import search as search_module
from reception.store.search import SearchQuery, match_expression
from reception.web import create_app
from tests.factories import make_review


def test_only_the_last_word_is_a_prefix_and_only_when_long_enough() -> None:
    assert match_expression("Cotillard is bri") == '"Cotillard" "is" "bri"*'
    assert match_expression("rust an") == '"rust" "an"'
    assert match_expression('"*)(') is None


def test_a_last_word_the_index_holds_is_matched_as_itself(store: Store) -> None:
    store.save_reviews(
        [
            make_review("a.html", body=("A luminous film.",)),
            make_review("b.html", body=("It glows luminously.",)),
            make_review("c.html", body=("Marion Cotillard leads.",)),
        ]
    )
    assert {r["page_uri"] for r in store.search(SearchQuery(q="luminous")).items} == {"a.html"}
    assert {r["page_uri"] for r in store.search(SearchQuery(q="lumin")).items} == {
        "a.html",
        "b.html",
    }
    assert [r["page_uri"] for r in store.search(SearchQuery(q="cotill")).items] == ["c.html"]
    assert [r["page_uri"] for r in store.search(SearchQuery(q="Cotillárd")).items] == ["c.html"]
    filtered = store.search(SearchQuery(q="luminous", sort="newest"))
    assert [r["page_uri"] for r in filtered.items] == ["a.html"]


def _store_with_four(store: Store) -> Store:
    store.save_reviews(
        [
            make_review("a.html", body=("An orca swims past.",)),
            make_review("b.html", body=("Nothing to see.",)),
            make_review(
                "c.html", body=("The orca again.",), article={"headline": "Orca: a review"}
            ),
            make_review("d.html", body=("One more orca.",), facts={"title": "Crash", "year": 1996}),
            make_review("e.html", body=("And an orca at last.",)),
        ]
    )
    return store


def test_relevance_ranks_headline_words_first_and_counts_every_match(store: Store) -> None:
    page = _store_with_four(store).search(SearchQuery(q="orca"))
    assert page.total == 4
    assert page.items[0]["page_uri"] == "c.html"
    assert {r["page_uri"] for r in page.items} == {"a.html", "c.html", "d.html", "e.html"}
    assert dict((v, n) for v, _, n in page.facets["year"]) == {"2012": 3, "1996": 1}
    second = store.search(SearchQuery(q="orca", limit=2, offset=2))
    first = store.search(SearchQuery(q="orca", limit=2))
    assert [r["page_uri"] for r in first.items + second.items] == [
        r["page_uri"] for r in page.items
    ]


def test_common_words_are_ranked_among_the_newest_matches(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 2)
    page = _store_with_four(store).search(SearchQuery(q="orca"))
    assert page.total == 4  # the count stays exact
    assert {r["page_uri"] for r in page.items} == {"d.html", "e.html"}


def test_filtered_and_sorted_searches_agree_with_the_index_path(store: Store) -> None:
    _store_with_four(store)
    newest = store.search(SearchQuery(q="orca", sort="newest"))
    assert newest.total == 4 and len(newest.items) == 4
    filtered = store.search(SearchQuery(q="orca", year=1996))
    assert [r["page_uri"] for r in filtered.items] == ["d.html"]
    assert filtered.total == 1


def test_counting_stops_at_the_limit_and_says_so(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 3)
    page = _store_with_four(store).search(SearchQuery(q="orca"))
    assert (page.total, page.total_is_lower_bound) == (3, True)
    exact = store.search(SearchQuery(q="orca", year=2012))  # filtered: counted exactly
    assert (exact.total, exact.total_is_lower_bound) == (3, False)
    with TestClient(create_app(store)) as client:
        assert "More than 3 reviews" in client.get("/search", params={"q": "orca"}).text
        body = client.get("/api/v1/search", params={"q": "orca"}).json()
        assert (body["total"], body["total_is_lower_bound"]) == (3, True)


def _two_crashes(store: Store) -> None:
    store.save_reviews(
        [
            make_review(
                f"crash-{year}-{index}.html",
                article={"critic": critic, "headline": f"Crash, seen again ({index})"},
                facts={"title": "Crash", "year": year, "directors": (director,)},
            )
            for year, director in ((1996, "David Cronenberg"), (2004, "Paul Haggis"))
            for index, critic in enumerate(("Jane Doe", "Marcus Bell"))
        ]
    )


def test_search_finds_films_critics_and_publications_grouped(store: Store) -> None:
    _two_crashes(store)
    with TestClient(create_app(store)) as client:
        crash = client.get("/api/v1/search", params={"q": "crash"}).json()
        assert [(f["title"], f["year"], f["directors"]) for f in crash["films"]] == [
            ("Crash", 1996, ["David Cronenberg"]),
            ("Crash", 2004, ["Paul Haggis"]),
        ]
        assert crash["total"] == 4
        critic = client.get("/api/v1/search", params={"q": "marcus"}).json()
        assert [c["critic_id"] for c in critic["critics"]] == ["marcus-bell"]
        outlet = client.get("/api/v1/search", params={"q": "Marquée ledger"}).json()
        assert [p["name"] for p in outlet["publications"]] == ["The Marquee Ledger"]
        html = client.get("/search", params={"q": "crash"}).text
        assert "David Cronenberg" in html and "Paul Haggis" in html
        assert html.index("<h2>Films</h2>") < html.index('id="results-heading"')


def test_a_year_among_the_words_is_the_films_year(store: Store) -> None:
    _two_crashes(store)
    with TestClient(create_app(store)) as client:
        found = client.get("/api/v1/search", params={"q": "crash 1996"}).json()
        assert [f["id"] for f in found["films"]] == ["crash-1996"]
        assert found["total"] == 2 and {r["film_year"] for r in found["items"]} == {1996}
        assert found["filters"] == {"year": 1996}
        by_filter = client.get("/api/v1/search", params={"q": "crash", "year": 2004}).json()
        assert [f["id"] for f in by_filter["films"]] == ["crash-2004"]
        assert {r["film_id"] for r in by_filter["items"]} == {"crash-2004"}
