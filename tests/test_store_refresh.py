"""The store's refresh step reads stored facts back into records and merges them per film."""

from __future__ import annotations

import datetime as dt

from reception.records import CastMember, FilmFacts, ReleaseDate, Source, to_jsonable
from reception.store.refresh import merge_facts
from reception.store.rows import film_facts


def test_stored_facts_read_back_into_the_record_they_were_written_from() -> None:
    facts = FilmFacts(
        title="Rust and Bone",
        year=2012,
        original_title="De rouille et d'os",
        directors=("Jacques Audiard",),
        cast=(CastMember("Marion Cotillard", "Stéphanie"), CastMember("Matthias Schoenaerts")),
        other_ratings=(("BBFC", "15"),),
        runtime_minutes=120,
        release_dates=(ReleaseDate(dt.date(2012, 11, 23), "theatrical"),),
        provenance={"title": Source.INFOBOX, "year": Source.HEADLINE},
    )
    assert film_facts(to_jsonable(facts)) == facts
    assert film_facts(None) == FilmFacts()


def test_a_film_takes_each_fact_most_reviews_state_and_pools_people() -> None:
    first = FilmFacts(
        title="Rust and Bone",
        year=2012,
        directors=("Jacques Audiard",),
        cast=(CastMember("Marion Cotillard"),),
        release_dates=(ReleaseDate(dt.date(2012, 11, 23), "theatrical"),),
    )
    second = FilmFacts(
        title="Rust & Bone",
        year=2012,
        directors=("JACQUES AUDIARD",),
        cast=(CastMember("marion cotillard", "Stéphanie"),),
        release_dates=(ReleaseDate(dt.date(2013, 3, 26), "home_video"),),
    )
    merged = merge_facts([first, second, FilmFacts(title="Rust and Bone", year=2013)])
    assert merged["title"] == "Rust and Bone"
    assert merged["year"] == 2012
    assert "runtime_minutes" not in merged
    assert merged["directors"] == ["Jacques Audiard"]
    assert merged["cast"] == [{"actor": "Marion Cotillard", "character": "Stéphanie"}]
    assert merged["release_dates"] == [("2012-11-23", "theatrical"), ("2013-03-26", "home_video")]
