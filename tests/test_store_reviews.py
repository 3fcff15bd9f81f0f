"""The store on both engines: idempotent upserts, linking, search, atomic batches."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reception.records import Grade, Source
from reception.store import Store, resolve_url
from reception.store.search import SearchQuery
from tests.conftest import fresh_postgres_store
from tests.factories import make_review


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        opened = Store.open(tmp_path / "reception.db")
    else:
        opened = fresh_postgres_store(request.getfixturevalue("postgres_url"))
    yield opened
    opened.close()


def test_same_page_twice_is_one_review(any_store: Store) -> None:
    first = any_store.save_reviews([make_review("a.html")])
    again = any_store.save_reviews([make_review("a.html")])
    assert [r.outcome for r in first] == ["new"]
    assert [r.outcome for r in again] == ["unchanged"]
    assert first[0].review_id == again[0].review_id
    assert any_store.stats()["reviews"] == 1


def test_changed_page_is_updated_not_duplicated(any_store: Store) -> None:
    any_store.save_reviews([make_review("a.html", body=("First draft.",))])
    result = any_store.save_reviews([make_review("a.html", body=("Corrected text.",))])
    assert result[0].outcome == "updated"
    rows = list(any_store.iter_review_rows())
    assert len(rows) == 1
    assert rows[0]["body"] == "Corrected text."


def test_same_content_at_another_address_is_the_same_review(any_store: Store) -> None:
    review = make_review("a.html")
    mirror = replace(make_review("mirror/a.html"), content_sha256=review.content_sha256)
    any_store.save_reviews([review])
    assert any_store.save_reviews([mirror])[0].outcome == "unchanged"
    assert any_store.stats()["reviews"] == 1


def test_remakes_stay_apart_and_spellings_meet(any_store: Store) -> None:
    any_store.save_reviews(
        [
            make_review(
                "1.html", facts={"title": "Crash", "year": 1996, "directors": ("David Cronenberg",)}
            ),
            make_review(
                "2.html", facts={"title": "Crash", "year": 2004, "directors": ("Paul Haggis",)}
            ),
            make_review("3.html", facts={"title": "Rust & Bone", "year": 2012}),
            make_review("4.html", facts={"title": "Rust and Bone", "year": 2012}),
        ]
    )
    films = {row["film_id"]: row["review_count"] for row in any_store.film_rows()}
    assert films == {"crash-1996": 1, "crash-2004": 1, "rust-and-bone-2012": 2}


def test_film_aggregate_follows_its_reviews(any_store: Store) -> None:
    scores = [90.0, 80.0, 50.0, 20.0]
    any_store.save_reviews([make_review(f"{i}.html", score=s) for i, s in enumerate(scores)])
    film = any_store.film("rust-and-bone-2012")
    assert film is not None
    assert film["review_count"] == 4
    assert film["score"] == pytest.approx(60.0)
    assert film["aggregate"]["percent_fresh"] == pytest.approx(50.0)
    assert film["aggregate"]["distribution"] == {"positive": 2, "mixed": 1, "negative": 1}


def test_search_finds_body_words_and_critics(any_store: Store) -> None:
    any_store.save_reviews(
        [
            make_review("a.html", body=("The orca sequence is astonishing.",)),
            make_review(
                "b.html",
                body=("A dull procedural.",),
                article={"critic": "Marcus Bell"},
                facts={"title": "Zodiac"},
            ),
        ]
    )

    def uris(**query: object) -> list[str]:
        return [r["page_uri"] for r in any_store.search(SearchQuery(**query)).items]

    assert uris(q="orca") == ["a.html"]
    assert uris(q="marcus") == ["b.html"]
    assert uris(q="'\"*)(") == ["b.html", "a.html"]  # no words: every review, newest first
    assert uris(q="film", label="negative") == []


def test_search_facets_and_filters(any_store: Store) -> None:
    any_store.save_reviews(
        [
            make_review("a.html", score=90.0),
            make_review("b.html", score=20.0),
            make_review(
                "c.html",
                score=85.0,
                facts={"title": "Crash", "year": 1996, "directors": ("David Cronenberg",)},
            ),
        ]
    )
    page = any_store.search(SearchQuery(q="film"))
    assert page.total == 3
    assert dict((v, n) for v, _, n in page.facets["year"]) == {"2012": 2, "1996": 1}
    assert dict((v, n) for v, _, n in page.facets["label"]) == {"positive": 2, "negative": 1}
    directors = dict((v, n) for v, _, n in page.facets["director"])
    assert directors == {"Jacques Audiard": 2, "David Cronenberg": 1}
    only_1996 = any_store.search(SearchQuery(q="film", year=1996))
    assert [r["film_id"] for r in only_1996.items] == ["crash-1996"]
    by_director = any_store.search(SearchQuery(director="Jacques Audiard", sort="score"))
    assert [r["verdict_score"] for r in by_director.items] == [90.0, 20.0]
    assert any_store.search(SearchQuery(q="film", limit=1, offset=2)).total == 3


def test_a_review_lists_and_filters_under_its_films_year(any_store: Store) -> None:
    haggis = {"title": "Crash", "directors": ("Paul Haggis",)}
    any_store.save_reviews(
        [
            make_review("a.html", facts={**haggis, "year": 2004}),
            make_review("b.html", facts={**haggis, "year": 2004}),
            make_review("c.html", facts={**haggis, "year": 2005}),  # its US release year
        ]
    )
    rows = {row["page_uri"]: row for row in any_store.review_rows()}
    assert {row["film_year"] for row in rows.values()} == {2004}
    assert any_store.review(rows["c.html"]["review_id"])["facts"]["year"] == 2005  # kept
    found = any_store.search(SearchQuery(year=2004))
    assert sorted(r["page_uri"] for r in found.items) == ["a.html", "b.html", "c.html"]
    assert any_store.search(SearchQuery(year=2005)).total == 0


def test_grade_is_stored_with_its_raw_text(any_store: Store) -> None:
    grade = Grade(raw="3 out of 4", value_0_100=75.0, scale="fraction", source=Source.BODY)
    any_store.save_reviews([make_review("a.html", grade=grade)])
    row = any_store.review_rows()[0]
    assert (row["grade_raw"], row["grade_value"]) == ("3 out of 4", 75.0)


def test_a_failing_batch_keeps_what_earlier_batches_committed(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "r.db")
    store.save_reviews([make_review("a.html")])
    broken = replace(make_review("b.html"), verdict=None)  # a bug mid-batch
    with pytest.raises(AttributeError):
        store.save_reviews([make_review("c.html"), broken])
    assert [r["page_uri"] for r in store.review_rows()] == ["a.html"]
    assert store.save_reviews([make_review("c.html")])[0].outcome == "new"


def test_resolve_url_accepts_paths_urls_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url("x/r.db") == "sqlite:///x/r.db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("RECEPTION_DB", "/data/films.db")
    assert resolve_url(None) == "sqlite:////data/films.db"


def test_sqlite_store_runs_in_wal_mode(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
