"""Linking inside the store: incremental at ingest, rebuilt by relink, the same in any order."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception.records import Review, StructuredReview
from reception.store import Store
from tests.factories import make_article, make_review


def reviewing(
    uri: str, title: str | None, year: int | None, score: float = 70.0, **facts: Any
) -> Review:
    fields = {"title": title, "year": year, "directors": (), "cast": (), **facts}
    critic = f"Critic {len(uri) % 3}"
    return make_review(
        uri, score=score, facts=fields, article={"date_published": None, "critic": critic}
    )


REVIEWS = [
    reviewing("1.html", "Crash", 1996, 80, directors=("David Cronenberg",)),
    reviewing("2.html", "Crash", 2004, 40, directors=("Paul Haggis",)),
    reviewing("3.html", "Crash", None, 55),
    reviewing("4.html", "Crash", 2005, 35),
    reviewing("5.html", "Rust and Bone", 2012, 90, original_title="De rouille et d'os"),
    reviewing("6.html", "De rouille et d'os", 2012, 85),
    reviewing("7.html", "Rust & Bone", None, 75),
    reviewing("8.html", "Mad Max: Fury Road", 2015, 95, directors=("George Miller",)),
    reviewing("9.html", "Fury Road", 2015, 88, directors=("George Miller",)),
    reviewing("10.html", "Mad Max", 1979, 70, directors=("George Miller",)),
    reviewing("11.html", "Oldboy", 2003, 82, directors=("Park Chan-wook",)),
    reviewing("12.html", "Oldboy", 2013, 45),
    reviewing("13.html", "Old Boy", None, 60, directors=("Spike Lee",)),
    reviewing("14.html", None, 2015, 77, directors=("George Miller",)),
    reviewing(
        "15.html", "Portrait de la jeune fille en feu", 2019, 92, directors=("Céline Sciamma",)
    ),
    reviewing("16.html", "Portrait of a Lady on Fire", 2019, 90, directors=("Celine Sciamma",)),
]


def snapshot(store: Store) -> tuple[dict[str, str | None], dict[str, Any]]:
    assignment = {row["page_uri"]: row["film_id"] for row in store.review_rows()}
    films = {row["film_id"]: (row["review_count"], row["aggregate"]) for row in store.film_rows()}
    return assignment, films


def test_hard_cases_link_as_a_person_would(store: Store) -> None:
    store.save_reviews(REVIEWS)
    films: dict[str | None, set[str]] = {}
    for uri, film_id in snapshot(store)[0].items():
        films.setdefault(film_id, set()).add(uri)
    assert films["crash-1996"] == {"1.html"}
    assert films["crash-2004"] == {"2.html", "4.html"}
    assert films["rust-and-bone-2012"] == {"5.html", "6.html", "7.html"}
    assert films["mad-max-fury-road-2015"] == {"8.html", "9.html", "14.html"}  # 14: no title
    assert films["old-boy-2013"] == {"12.html", "13.html"}
    assert films["crash"] == {"3.html"}  # no year, no people: could be either Crash
    assert films["portrait-of-a-lady-on-fire-2019"] == {"15.html", "16.html"}


def test_a_review_without_a_title_is_linked_when_its_film_arrives(store: Store) -> None:
    untitled = reviewing("a.html", None, 2015, directors=("George Miller",))
    store.save_reviews([untitled])
    assert snapshot(store) == ({"a.html": None}, {})
    store.save_reviews(
        [reviewing("b.html", "Mad Max: Fury Road", 2015, directors=("George Miller",))]
    )
    linked = snapshot(store)
    assert linked[0] == {"a.html": "mad-max-fury-road-2015", "b.html": "mad-max-fury-road-2015"}
    store.relink()
    assert snapshot(store) == linked


def test_relink_gives_what_ingest_gave(store: Store) -> None:
    store.save_reviews(REVIEWS[:5])
    store.save_reviews(REVIEWS[5:])
    before = snapshot(store)
    assert store.relink() == len(before[1])
    assert snapshot(store) == before


def test_a_corrected_title_moves_the_review_and_drops_the_empty_film(store: Store) -> None:
    store.save_reviews([reviewing("a.html", "Crahs", 2004)])
    fixed = make_review(
        "a.html",
        body=("Now with the right title.",),
        facts={"title": "Crash", "year": 2004, "directors": (), "cast": ()},
        article={"date_published": None},
    )
    assert store.save_reviews([fixed])[0].outcome == "updated"
    assert [row["film_id"] for row in store.film_rows()] == ["crash-2004"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(REVIEWS), cuts=st.lists(st.integers(1, len(REVIEWS) - 1), max_size=3))
def test_films_and_aggregates_do_not_depend_on_ingest_order(
    order: list[Review], cuts: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        reference = Store.open(Path(folder) / "reference.db")
        reference.save_reviews(REVIEWS)
        expected = snapshot(reference)
        reference.close()
        store = Store.open(Path(folder) / "shuffled.db")
        bounds = [0, *sorted(set(cuts)), len(order)]
        for start, end in itertools.pairwise(bounds):
            store.save_reviews(order[start:end])
        assert snapshot(store) == expected
        store.relink()
        assert snapshot(store) == expected
        store.close()


def test_one_critic_across_sites_and_bylines(store: Store) -> None:
    store.save_reviews(
        [
            make_review("a.html", article={"critic": "By JANE DOE, Film Critic"}),
            make_review("b.html", article={"critic": "Words by Jane Doe", "publication": "Other"}),
            make_review("c.html", article={"critic": "Jane Doe | Senior Film Critic"}),
        ]
    )
    assert [(r["critic_id"], r["name"]) for r in store.critic_rows()] == [("jane-doe", "Jane Doe")]


def test_publication_from_name_publisher_or_domain_meet_on_one_key(store: Store) -> None:
    by_domain = make_article(
        uri="x", publication=None, canonical_url="https://www.marqueeledger.com/r/1"
    )
    by_publisher = make_article(
        uri="y", publication=None, structured=StructuredReview(publisher="Marquee Ledger")
    )
    store.save_reviews(
        [
            make_review("a.html", article={"publication": "The Marquee Ledger"}),
            make_review(
                "b.html",
                article={k: getattr(by_domain, k) for k in ("publication", "canonical_url")},
            ),
            make_review(
                "c.html",
                article={k: getattr(by_publisher, k) for k in ("publication", "structured")},
            ),
        ]
    )
    rows = store.publication_rows()
    assert [(r["publication_id"], r["name"], r["domain"]) for r in rows] == [
        ("the-marquee-ledger", "The Marquee Ledger", "marqueeledger.com")
    ]


def test_calibrated_average_follows_the_critics_habits(store: Store) -> None:
    # A generous critic: 20 films, always 80-90. Their 80 is below their habit.
    generous = [
        reviewing(f"g{i}.html", f"Film {i}", 2000 + i % 20, 80 + i % 2 * 10) for i in range(20)
    ]
    generous = [
        make_review(
            r.page_uri,
            score=r.verdict.score,
            facts={"title": r.film.title, "year": r.film.year},
            article={"critic": "Generous Critic", "date_published": None},
        )
        for r in generous
    ]
    store.save_reviews(generous)
    film = store.film("film-0-2000")
    assert film is not None
    assert film["aggregate"]["mean_score"] == 80.0
    assert film["aggregate"]["calibrated_mean"] < 60.0
