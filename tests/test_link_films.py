"""Film identity: remakes stay apart, spellings and translations meet, order never matters."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reception.link import CatalogTitle, LinkInput, link_films, resolve_catalog
from reception.names import title_key, weak_title_keys


def review(review_id: str, title: str | None, year: int | None = None, **fields: Any) -> LinkInput:
    return LinkInput(review_id=review_id, title=title, year=year, **fields)


def groups(reviews: list[LinkInput]) -> set[frozenset[str]]:
    return {frozenset(cluster.review_ids) for cluster in link_films(reviews)}


def test_title_keys_ignore_case_punctuation_accents_and_articles() -> None:
    assert title_key("The Rust & Bone") == title_key("rust and bone")
    assert title_key("Amélie") == title_key("AMELIE")
    assert title_key("Spider-Man") == title_key("Spiderman")
    assert title_key("Rocky II") == title_key("Rocky 2")
    assert title_key("Blade Runner") != title_key("Blade Runner 2049")


def test_weak_keys_are_the_parts_around_a_subtitle_but_not_generic_parts() -> None:
    assert set(weak_title_keys("Mad Max: Fury Road")) == {"madmax", "furyroad"}
    assert weak_title_keys("Kill Bill: Vol. 1") == ("killbill",)
    assert weak_title_keys("Parasite") == ()


def test_remakes_and_same_title_films_stay_apart() -> None:
    reviews = [
        review("a", "Crash", 1996, directors=("David Cronenberg",)),
        review("b", "Crash", 2004, directors=("Paul Haggis",)),
        review("c", "Oldboy", 2003, directors=("Park Chan-wook",)),
        review("d", "Oldboy", 2013, directors=("Spike Lee",)),
        review("e", "The Thing", 1982),
        review("f", "The Thing", 2011),
        review("g", "Dune", 1984),
        review("h", "Dune", 2021),
        review("i", "Blade Runner", 1982),
        review("j", "Blade Runner 2049", 2017),
    ]
    assert groups(reviews) == {frozenset(r.review_id) for r in reviews}


def test_year_off_by_one_and_partial_director_names_still_meet() -> None:
    reviews = [
        review("a", "Crash", 2004, directors=("Paul Haggis",)),
        review("b", "Crash", 2005, directors=("Haggis",)),
    ]
    assert groups(reviews) == {frozenset("ab")}


def test_years_do_not_chain_beyond_the_tolerance() -> None:
    reviews = [
        review("a", "Halloween", 2017),
        review("b", "Halloween", 2018),
        review("c", "Halloween", 2019),
    ]
    assert not any({"a", "c"} <= group for group in groups(reviews))
    pair = [review("a", "Halloween", 2017), review("b", "Halloween", 2018)]
    assert groups(pair) == {frozenset("ab")}


def test_a_vague_review_joins_no_film_when_the_title_is_ambiguous() -> None:
    reviews = [
        review("a", "Crash", 1996, directors=("David Cronenberg",)),
        review("b", "Crash", 2004, directors=("Paul Haggis",)),
        review("c", "Crash"),
    ]
    assert groups(reviews) == {frozenset("a"), frozenset("b"), frozenset("c")}


def test_publication_date_rules_out_a_later_film() -> None:
    reviews = [
        review("a", "Crash", 1996, directors=("David Cronenberg",)),
        review("b", "Crash", 2004, directors=("Paul Haggis",)),
        review("c", "Crash", published_year=1997),
    ]
    assert groups(reviews) == {frozenset("ac"), frozenset("b")}


def test_original_titles_stated_by_a_review_join_translations() -> None:
    reviews = [
        review("a", "Rust and Bone", 2012, original_title="De rouille et d'os"),
        review("b", "De rouille et d'os", 2012),
        review("c", "Rust & Bone", 2012, directors=("Jacques Audiard",)),
        review("d", "Amélie", 2001, original_title="Le fabuleux destin d'Amélie Poulain"),
        review("e", "Le Fabuleux Destin d'Amélie Poulain", 2001),
    ]
    assert groups(reviews) == {frozenset("abc"), frozenset("de")}


def test_a_short_title_meets_its_subtitle_only_with_supporting_evidence() -> None:
    reviews = [
        review("a", "Mad Max: Fury Road", 2015, directors=("George Miller",)),
        review("b", "Fury Road", 2015, directors=("George Miller",)),
        review("c", "Mad Max", 1979, directors=("George Miller",)),
    ]
    assert groups(reviews) == {frozenset("ab"), frozenset("c")}
    vague = [reviews[0], review("d", "Fury Road")]  # no year, no people: not enough
    assert groups(vague) == {frozenset("a"), frozenset("d")}


def test_sequels_with_distinct_subtitles_stay_apart() -> None:
    reviews = [
        review("a", "Kill Bill: Vol. 1", 2003, directors=("Quentin Tarantino",)),
        review("b", "Kill Bill: Vol. 2", 2004, directors=("Quentin Tarantino",)),
    ]
    assert groups(reviews) == {frozenset("a"), frozenset("b")}


PARASITE = CatalogTitle(
    tconst="tt6751668",
    title="Parasite",
    original_title="Gisaengchung",
    year=2019,
    directors=("Bong Joon Ho",),
    aliases=("Parasite", "Gisaengchung", "Parasita"),
    votes=900_000,
)
PARASITE_1982 = CatalogTitle(tconst="tt0084472", title="Parasite", year=1982, votes=3_000)


def test_catalog_resolution_needs_agreeing_year_and_directors() -> None:
    candidates = [PARASITE, PARASITE_1982]
    assert resolve_catalog(review("a", "Parasite", 2019), candidates) == PARASITE
    assert resolve_catalog(review("a", "Parasite", 1982), candidates) == PARASITE_1982
    wrong_director = review("a", "Parasite", 2019, directors=("Charles Band",))
    assert resolve_catalog(wrong_director, candidates) is None


def test_catalog_resolution_without_year_needs_a_clear_lead_in_votes() -> None:
    assert resolve_catalog(review("a", "Parasite"), [PARASITE, PARASITE_1982]) == PARASITE
    rival = CatalogTitle(tconst="tt0000001", title="Parasite", year=2019, votes=200_000)
    assert resolve_catalog(review("a", "Parasite"), [PARASITE, rival]) is None


def test_a_stated_imdb_id_wins() -> None:
    stated = review("a", "Parasite", tconst="tt0084472")
    assert resolve_catalog(stated, [PARASITE, PARASITE_1982]) == PARASITE_1982


def test_catalog_aliases_join_titles_no_review_connects() -> None:
    reviews = [
        review("a", "Parasite", 2019, catalog=PARASITE),
        review("b", "Gisaengchung", 2019, catalog=PARASITE),
        review("c", "Parasita", 2019, catalog=PARASITE),
    ]
    clusters = link_films(reviews)
    assert [c.review_ids for c in clusters] == [("a", "b", "c")]
    assert clusters[0].film.film_id == "parasite-2019"
    assert clusters[0].film.tconst == "tt6751668"
    assert clusters[0].film.directors == ("Bong Joon Ho",)


def test_film_record_takes_the_majority_title_and_year() -> None:
    reviews = [
        review("a", "Rust and Bone", 2012),
        review("b", "Rust and Bone", 2012),
        review("c", "Rust & Bone", 2013),
    ]
    (cluster,) = link_films(reviews)
    assert (cluster.film.film_id, cluster.film.title, cluster.film.year) == (
        "rust-and-bone-2012",
        "Rust and Bone",
        2012,
    )


def test_reviews_without_a_title_are_not_linked() -> None:
    assert link_films([review("a", None, 2012)]) == []
    assert link_films([review("a", None, 2012, directors=("Jacques Audiard",))]) == []


def test_a_review_without_a_title_joins_the_one_film_of_its_directors_and_year() -> None:
    reviews = [
        review("a", "Parasite", 2019, directors=("Bong Joon Ho",)),
        review("b", "Okja", 2017, directors=("Bong Joon-ho",)),
        review("c", None, 2019, directors=("Bong Joon-ho",)),
    ]
    assert groups(reviews) == {frozenset("ac"), frozenset("b")}
    two_that_year = [
        review("a", "The Adventures of Tintin", 2011, directors=("Steven Spielberg",)),
        review("b", "War Horse", 2011, directors=("Steven Spielberg",)),
        review("c", None, 2011, directors=("Steven Spielberg",)),
    ]
    assert groups(two_that_year) == {frozenset("a"), frozenset("b")}  # c is left unlinked


def test_a_title_in_another_language_joins_on_directors_year_and_cast_or_a_word() -> None:
    reviews = [
        review(
            "a", "Rust and Bone", 2012, directors=("Jacques Audiard",), cast=("Marion Cotillard",)
        ),
        review(
            "b", "De rouille et d'os", 2012, directors=("J. Audiard",), cast=("Marion Cotillard",)
        ),
        review("c", "Portrait of a Lady on Fire", 2019, directors=("Céline Sciamma",)),
        review("d", "Portrait de la jeune fille en feu", 2019, directors=("Celine Sciamma",)),
    ]
    assert groups(reviews) == {frozenset("ab"), frozenset("cd")}
    assert {c.film.title for c in link_films(reviews)} == {
        "Rust and Bone",
        "Portrait of a Lady on Fire",
    }
    no_shared_evidence = [
        reviews[0],
        review("b", "De rouille et d'os", 2012, directors=("Jacques Audiard",)),
    ]
    assert groups(no_shared_evidence) == {frozenset("a"), frozenset("b")}


def test_different_films_by_one_director_in_one_year_stay_apart() -> None:
    reviews = [
        review("a", "The Last Duel", 2021, directors=("Ridley Scott",), cast=("Adam Driver",)),
        review("b", "House of Gucci", 2021, directors=("Ridley Scott",), cast=("Adam Driver",)),
        review(
            "c", "The Matrix Reloaded", 2003, directors=("Lana Wachowski",), cast=("Keanu Reeves",)
        ),
        review(
            "d",
            "The Matrix Revolutions",
            2003,
            directors=("Lana Wachowski",),
            cast=("Keanu Reeves",),
        ),
        review("e", "Trois couleurs : Bleu", 1993, directors=("Krzysztof Kieślowski",)),
        review("f", "Three Colours: White", 1994, directors=("Krzysztof Kieslowski",)),
        review("g", "Les Aventures de Tintin", 2011, directors=("Steven Spielberg",)),
        review("h", "War Horse", 2011, directors=("Steven Spielberg",)),
    ]
    assert groups(reviews) == {frozenset(r.review_id) for r in reviews}


def test_a_title_extended_by_a_word_that_does_not_number_it_is_the_same_film() -> None:
    reviews = [
        review("a", "Funny Games", 1997, directors=("Michael Haneke",)),
        review("b", "Funny Games", 2007, directors=("Michael Haneke",)),
        review("c", "Funny Games U.S.", 2008, directors=("Michael Haneke",)),
    ]
    assert groups(reviews) == {frozenset("a"), frozenset("bc")}


def test_numbered_titles_stay_apart_even_through_a_shorter_title() -> None:
    reviews = [
        review("a", "Kill Bill: Vol. 1", 2003, directors=("Quentin Tarantino",)),
        review("b", "Kill Bill: Volume 2", 2004, directors=("Quentin Tarantino",)),
        review("c", "Kill Bill", 2003, directors=("Quentin Tarantino",)),
    ]
    assert groups(reviews) == {frozenset("ac"), frozenset("b")}


def test_a_review_without_a_year_is_of_the_film_then_in_release_unless_of_a_disc() -> None:
    films = [
        review("a", "A Star Is Born", 1954, directors=("George Cukor",)),
        review("b", "A Star Is Born", 2018, directors=("Bradley Cooper",)),
    ]
    assert groups([*films, review("c", "Star Is Born", published_year=2018)]) == {
        frozenset("a"),
        frozenset("bc"),
    }
    disc = review("c", "A Star Is Born", published_year=2018, home_video=True)
    assert groups([*films, disc]) == {frozenset("a"), frozenset("b"), frozenset("c")}


def test_same_title_same_id_collisions_get_a_suffix() -> None:
    reviews = [
        review("a", "Nine", 2009, directors=("Rob Marshall",)),
        review("b", "Nine", 2009, directors=("Someone Else",)),
    ]
    assert sorted(c.film.film_id for c in link_films(reviews)) == ["nine-2009", "nine-2009-2"]


CORPUS = [
    review("r01", "Crash", 1996, directors=("David Cronenberg",)),
    review("r02", "Crash", 2004, directors=("Paul Haggis",)),
    review("r03", "Crash", published_year=1997),
    review("r04", "Crash"),
    review("r05", "Crash", 2005),
    review("r06", "Rust and Bone", 2012, original_title="De rouille et d'os"),
    review("r07", "De rouille et d'os", 2012),
    review("r08", "Rust & Bone"),
    review("r09", "Mad Max: Fury Road", 2015, directors=("George Miller",)),
    review("r10", "Fury Road", 2015, directors=("George Miller",)),
    review("r11", "Mad Max", 1979, directors=("George Miller",)),
    review("r12", "Mad Max", 1980),
    review("r13", "Parasite", 2019, catalog=PARASITE),
    review("r14", "Gisaengchung", 2019),
    review("r15", "Parasite", 1982),
    review("r16", "Parasite"),
    review("r17", "Halloween", 2018),
    review("r18", "Halloween", 2019),
    review("r19", "Halloween", 2017),
    review("r20", None, 2019, directors=("Bong Joon Ho",)),
    review("r21", "Parasite", 2019, directors=("Bong Joon-ho",)),
    review("r22", "Funny Games U.S.", 2008, directors=("Michael Haneke",)),
    review("r23", "Funny Games", 2007, directors=("Haneke",)),
    review("r24", "Funny Games", 1997, directors=("Michael Haneke",)),
    review("r25", "Portrait de la jeune fille en feu", 2019, directors=("Céline Sciamma",)),
    review("r26", "Portrait of a Lady on Fire", 2019, directors=("Celine Sciamma",)),
    review("r27", "Kill Bill", 2003, directors=("Quentin Tarantino",)),
    review("r28", "Kill Bill: Vol. 2", 2004, directors=("Quentin Tarantino",)),
    review("r29", "Kill Bill: Vol. 1", 2003, directors=("Tarantino",)),
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(CORPUS))
def test_film_assignment_does_not_depend_on_input_order(shuffled: list[LinkInput]) -> None:
    expected = {(c.film, c.review_ids) for c in link_films(CORPUS)}
    assert {(c.film, c.review_ids) for c in link_films(shuffled)} == expected
