"""Which film a review is about, its credits and release facts, and where each came from."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.facts import read_facts
from reception.facts.credits import CastReader, parse_mpaa, parse_runtime
from reception.records import CastMember, ReleaseDate, Source, StructuredReview
from reception.text import parse_date
from tests.factories import make_article

BODY = (
    "Rust and Bone follows Ali, a broke boxer, and Stéphanie, a whale trainer.",
    "Ali takes her to the beach. Stéphanie starts managing his fights.",
)


@pytest.mark.parametrize(
    "headline",
    [
        "‘Rust and Bone’ Examines the Limits of Love",
        "Review: Rust and Bone",
        "Movie review: “Rust and Bone” is a bruiser with a soft spot",
        "Rust and Bone review: two bodies, one wreck",
        "Rust and Bone – review",
        "Rust and Bone (2012)",
        "« Rust and Bone »",
        "Review: In Rust and Bone, Love Hurts",
    ],
)
def test_title_from_headline_patterns(headline: str) -> None:
    facts = read_facts(make_article(headline=headline, body=BODY)).film
    assert facts.title == "Rust and Bone"
    assert facts.provenance["title"] is Source.HEADLINE


def test_headline_that_does_not_name_the_film_falls_back_to_the_info_box() -> None:
    article = make_article(
        headline="Two bodies, one wreck",
        body=BODY,
        infobox=("Rust and Bone, 2012.", "Directed by Jacques Audiard."),
    )
    facts = read_facts(article).film
    assert (facts.title, facts.year) == ("Rust and Bone", 2012)
    assert facts.provenance["title"] is Source.INFOBOX


def test_headline_that_does_not_name_the_film_falls_back_to_the_body() -> None:
    body = (
        "“Rust and Bone” is a love story told through injuries.",
        "By the end, “Rust and Bone” has earned its tears.",
    )
    facts = read_facts(make_article(headline="Two bodies, one wreck", body=body)).film
    assert facts.title == "Rust and Bone"
    assert facts.provenance["title"] is Source.BODY


def test_structured_data_outranks_the_headline() -> None:
    article = make_article(
        headline="Review: Rust & Bone",
        structured=StructuredReview(film_title="Rust and Bone", film_year=2012),
    )
    facts = read_facts(article).film
    assert (facts.title, facts.year) == ("Rust and Bone", 2012)
    assert facts.provenance["title"] is Source.STRUCTURED


def test_original_title_from_the_info_box_and_from_prose() -> None:
    boxed = read_facts(make_article(infobox=("Parasite (Gisaengchung), 2019.",))).film
    assert (boxed.title, boxed.year, boxed.original_title) == ("Parasite", 2019, "Gisaengchung")
    prose = read_facts(
        make_article(body=("Its original title, De rouille et d'os, is blunter.", *BODY))
    ).film
    assert prose.original_title == "De rouille et d'os"


def test_year_falls_back_to_the_review_date_for_a_new_release_only() -> None:
    theatrical = read_facts(make_article(date_published=dt.date(2012, 11, 23))).film
    assert theatrical.year == 2012 and theatrical.provenance["year"] is Source.META
    disc = read_facts(
        make_article(headline="Rust and Bone Blu-ray Review", date_published=dt.date(2013, 3, 1))
    ).film
    assert disc.year is None


def test_labelled_info_box_credits() -> None:
    article = make_article(
        infobox=(
            "Director: Jacques Audiard",
            "Writers: Jacques Audiard, Thomas Bidegain",
            "Cast: Marion Cotillard (Stéphanie), Matthias Schoenaerts (Ali), Armand Verdure",
            "Distributor: Sony Pictures Classics",
            "Rated: R",
            "Running time: 1 hour 52 minutes",
            "Release date: November 23, 2012",
            "Certificate: 15",
        )
    )
    facts = read_facts(article).film
    assert facts.directors == ("Jacques Audiard",)
    assert facts.writers == ("Jacques Audiard", "Thomas Bidegain")
    assert facts.cast[:3] == (
        CastMember("Marion Cotillard", "Stéphanie"),
        CastMember("Matthias Schoenaerts", "Ali"),
        CastMember("Armand Verdure"),
    )
    assert facts.distributor == "Sony Pictures Classics"
    assert facts.mpaa_rating == "R"
    assert facts.runtime_minutes == 112
    assert facts.release_date == dt.date(2012, 11, 23)
    assert ("BBFC", "15") in facts.other_ratings
    assert facts.provenance["directors"] is Source.INFOBOX


def test_a_company_named_alone_in_a_box_of_facts_is_the_distributor() -> None:
    """Extraction splits "Director: X | Rated R | 1h 57m | Warner Bros." into box lines."""
    box = ("Director: Ridley Scott", "Starring: Harrison Ford, Sean Young", "Rated R", "1h 57m")
    assert read_facts(make_article(infobox=(*box, "Warner Bros."))).film.distributor == (
        "Warner Bros."
    )
    # a lone word that names no company, or a label the box does not know, is not one
    assert read_facts(make_article(infobox=(*box, "Drama"))).film.distributor is None
    unknown_label = (*box, "Studio/Distributor: Sony Pictures Home Entertainment")
    assert read_facts(make_article(infobox=unknown_label)).film.distributor is None
    # outside a box of facts, a company's name alone is not enough
    assert read_facts(make_article(infobox=("Warner Bros.",))).film.distributor is None


def test_french_and_german_info_boxes() -> None:
    french = read_facts(
        make_article(
            infobox=(
                "Réalisé par Jacques Audiard",
                "Avec Marion Cotillard, Matthias Schoenaerts",
                "Durée : 2h00",
                "Sortie : 17 mai 2012",
                "Titre original : De rouille et d'os",
            )
        )
    ).film
    assert french.directors == ("Jacques Audiard",)
    assert [m.actor for m in french.cast] == ["Marion Cotillard", "Matthias Schoenaerts"]
    assert (french.runtime_minutes, french.release_date) == (120, dt.date(2012, 5, 17))
    assert french.original_title == "De rouille et d'os"
    german = read_facts(
        make_article(infobox=("Regie: Jacques Audiard", "Kinostart: 10. Januar 2013", "FSK: 12"))
    ).film
    assert german.directors == ("Jacques Audiard",)
    assert german.release_date == dt.date(2013, 1, 10)
    assert german.other_ratings == (("FSK", "12"),)


def test_one_line_capsule_is_cut_into_its_facts() -> None:
    capsule = (
        "Directed by Bong Joon-ho. Written by Bong Joon-ho and Han Jin-won. With Song Kang-ho, "
        "Lee Sun-kyun, Cho Yeo-jeong. Neon. Rated R. 132 minutes."
    )
    facts = read_facts(make_article(infobox=(capsule,))).film
    assert facts.directors == ("Bong Joon-ho",)
    assert facts.writers == ("Bong Joon-ho", "Han Jin-won")
    assert [m.actor for m in facts.cast] == ["Song Kang-ho", "Lee Sun-kyun", "Cho Yeo-jeong"]
    assert (facts.distributor, facts.mpaa_rating, facts.runtime_minutes) == ("Neon", "R", 132)


def test_unlabelled_rating_and_runtime_and_a_shouted_headline() -> None:
    facts = read_facts(
        make_article(
            headline="THE IRISHMAN",
            body=("The Irishman is long, and The Irishman is sad.",),
            infobox=("Rated R, 209 minutes",),
        )
    ).film
    assert (facts.title, facts.mpaa_rating, facts.runtime_minutes) == ("The Irishman", "R", 209)


def test_cast_and_characters_from_body_patterns() -> None:
    body = (
        "Ali (Matthias Schoenaerts) meets Stéphanie (Marion Cotillard) at a club.",
        "Ryan Gosling plays Driver, and Carey Mulligan stars as Irene.",
        "Bernie, played by Albert Brooks, is frightening. Ali and Stéphanie drift together.",
        "Irene barely speaks; Driver never does. Bernie is the best thing here.",
    )
    cast = {m.actor: m.character for m in read_facts(make_article(body=body)).film.cast}
    assert cast == {
        "Matthias Schoenaerts": "Ali",
        "Marion Cotillard": "Stéphanie",
        "Ryan Gosling": "Driver",
        "Carey Mulligan": "Irene",
        "Albert Brooks": "Bernie",
    }


def test_names_with_letters_past_latin_1() -> None:
    """Ł, Š, Ť in Latin names, and names in Cyrillic: a letter past U+00FF is a name's letter."""
    box = read_facts(make_article(infobox=("Director: Paweł Pawlikowski", "Cast: Borys Szyc")))
    assert box.film.directors == ("Paweł Pawlikowski",)
    assert [m.actor for m in box.film.cast] == ["Borys Szyc"]
    latin = read_facts(make_article(body=("Bernie, played by Tomáš Šťastný, is frightening.",)))
    assert latin.film.cast == (CastMember("Tomáš Šťastný", "Bernie"),)
    body = (
        "Directed by Андрей Звягинцев, Leviathan is a bleak film.",
        "Kolya (Алексей Серебряков) fights the mayor.",
    )
    cyrillic = read_facts(make_article(body=body)).film
    assert cyrillic.directors == ("Андрей Звягинцев",)
    assert cyrillic.cast == (CastMember("Алексей Серебряков", "Kolya"),)


def test_a_film_title_in_parentheses_is_not_a_character() -> None:
    body = ("Matthias Schoenaerts (Bullhead) is a force.", "Jacques Audiard (A Prophet) directs.")
    facts = read_facts(make_article(body=body)).film
    assert all(member.character != "Bullhead" for member in facts.cast)
    assert "Jacques Audiard" not in [member.actor for member in facts.cast]


def test_orientation_follows_the_known_cast_list() -> None:
    reader = CastReader(["Marion Cotillard"])
    assert reader.orient([("Stéphanie Dupont", "Marion Cotillard")]) == [
        CastMember("Marion Cotillard", "Stéphanie Dupont")
    ]
    assert reader.orient([("Cotillard", "Stéphanie")]) == [
        CastMember("Marion Cotillard", "Stéphanie")
    ]


def test_directors_and_writers_from_prose() -> None:
    body = (
        "Directed by Denis Villeneuve, Arrival is a puzzle.",
        "The screenplay, by Eric Heisserer, adapts Ted Chiang.",
        "Villeneuve adapted the script with care.",
    )
    facts = read_facts(make_article(headline="Review: Arrival", body=body)).film
    assert facts.directors == ("Denis Villeneuve",)
    assert facts.writers == ("Eric Heisserer", "Denis Villeneuve")
    assert facts.provenance["directors"] is Source.BODY


def test_directors_from_verbs_and_possessives() -> None:
    verb = read_facts(make_article(body=("Paul Haggis directed and co-wrote it, and it shows.",)))
    assert verb.film.directors == ("Paul Haggis",) and verb.film.writers == ("Paul Haggis",)
    owned = read_facts(make_article(body=("Wes Anderson’s eighth feature is a cake box.",)))
    assert owned.film.directors == ("Wes Anderson",)
    not_a_film = read_facts(make_article(body=("Jennifer Hudson’s big number is loud.",)))
    assert not_a_film.film.directors == ()


def test_info_box_outranks_the_body_for_a_conflicting_fact() -> None:
    article = make_article(
        infobox=("Running time: 120 min.",), body=("Its running time of 118 minutes flies.",)
    )
    facts = read_facts(article).film
    assert facts.runtime_minutes == 120 and facts.provenance["runtime_minutes"] is Source.INFOBOX


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("112 min", 112),
        ("112 minutes", 112),
        ("1h 52m", 112),
        ("1 hr. 52 min.", 112),
        ("Running time: 1 hour 52 minutes", 112),
        ("PT1H52M", 112),
        ("PT112M", 112),
        ("2 hours", 120),
        ("1:52", 112),
        ("no runtime here", None),
    ],
)
def test_runtime_forms(text: str, minutes: int | None) -> None:
    assert parse_runtime(text) == minutes


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("Rated R for strong violence", "R"),
        ("PG-13", "PG-13"),
        ("NC-17", "NC-17"),
        ("Not Rated", "NR"),
        ("Unrated", "NR"),
        ("G", "G"),
        ("nothing", None),
    ],
)
def test_mpaa_forms(text: str, rating: str | None) -> None:
    assert parse_mpaa(text) == rating


@pytest.mark.parametrize(
    "text",
    ["November 23, 2012", "Nov. 23, 2012", "23 November 2012", "2012-11-23", "11/23/2012"],
)
def test_date_forms(text: str) -> None:
    assert parse_date(text) == dt.date(2012, 11, 23)


def test_release_kinds_follow_their_labels() -> None:
    article = make_article(
        infobox=("In theaters: November 23, 2012", "Blu-ray release date: March 26, 2013")
    )
    releases = read_facts(article).film.release_dates
    assert ReleaseDate(dt.date(2012, 11, 23), "theatrical") in releases
    assert ReleaseDate(dt.date(2013, 3, 26), "home_video") in releases


def test_distributor_and_relative_year_from_a_disc_review_body() -> None:
    article = make_article(
        headline="Whiplash DVD Review",
        date_published=dt.date(2015, 2, 20),
        body=(
            "If you missed Whiplash when Sony Pictures Classics gave it a slow platform release last fall, rent it.",
        ),
    )
    facts = read_facts(article).film
    assert facts.distributor == "Sony Pictures Classics"
    assert facts.year == 2014


def test_empty_article_gives_empty_facts() -> None:
    result = read_facts(make_article(headline=None, body=(), date_published=None))
    assert result.film.title is None and result.grade is None and result.home_video is None


_LINES = st.lists(st.text(max_size=120), max_size=5).map(tuple)


@settings(max_examples=60)
@given(
    headline=st.one_of(st.none(), st.text(max_size=120)),
    body=_LINES,
    infobox=_LINES,
    specs=st.lists(st.tuples(st.text(max_size=30), st.text(max_size=60)), max_size=4).map(tuple),
)
def test_any_article_reads_without_raising(
    headline: str | None,
    body: tuple[str, ...],
    infobox: tuple[str, ...],
    specs: tuple[tuple[str, str], ...],
) -> None:
    result = read_facts(make_article(headline=headline, body=body, infobox=infobox, specs=specs))
    film = result.film
    assert film.runtime_minutes is None or 1 <= film.runtime_minutes <= 900
    assert set(film.provenance) <= {
        "title",
        "year",
        "original_title",
        "directors",
        "writers",
        "cast",
        "distributor",
        "mpaa_rating",
        "other_ratings",
        "runtime_minutes",
        "release_dates",
    }
