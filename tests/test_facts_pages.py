"""Review-page shapes the facts stage must understand: headlines whose subject is the film,
sentence-case foreign titles, pipe-separated info lines, retrospectives and their years,
British certificates, minutes that are not a runtime, prose that is not a features list."""

from __future__ import annotations

import datetime as dt

import pytest

from reception.facts import read_facts
from reception.facts.grades import parse_grade
from reception.records import Source, StructuredReview
from tests.factories import make_article


@pytest.mark.parametrize(
    ("headline", "body", "title"),
    [
        (
            "Sunfall Is Loud, Long and Sometimes Glorious",
            ("Sunfall opens on a burning harbour and never lowers its voice.",),
            "Sunfall",
        ),
        (
            "Glass Harbour Comes Back to the Big Screen",
            ("I first saw Glass Harbour on a worn tape, and it still holds up.",),
            "Glass Harbour",
        ),
        (
            "Her Is a Love Story for Lonely People",
            ("Nothing in the trailer makes Her sound as sad as it is.",),
            "Her",
        ),
    ],
)
def test_a_headline_whose_subject_is_the_film(headline: str, body: tuple[str], title: str) -> None:
    facts = read_facts(make_article(headline=headline, body=body)).film
    assert facts.title == title
    assert facts.provenance["title"] is Source.HEADLINE


def test_a_pronoun_opening_the_headline_is_not_a_title() -> None:
    body = ("She is the reason to see it.", "She carries every scene of Sunfall.")
    facts = read_facts(make_article(headline="She Is the Whole Show", body=body)).film
    assert facts.title != "She"


def test_a_sentence_case_title_spelled_so_in_the_body() -> None:
    article = make_article(
        headline="La nuit des phares: A Slow, Bright Film",
        body=("La nuit des phares follows two keepers on one winter night.",),
    )
    assert read_facts(article).film.title == "La nuit des phares"


def test_a_title_case_lead_before_a_colon_when_nothing_else_names_the_film() -> None:
    article = make_article(
        headline="Salt and Iron: Bodies in the Surf",
        body=("The film follows a diver and a boxer through one hard summer.",),
    )
    assert read_facts(article).film.title == "Salt and Iron"


def test_the_info_box_director_owning_a_title_names_it() -> None:
    article = make_article(
        headline="Falling for a Voice",
        body=("Mara Quint’s Her has a lovely idea and a lovely look.",),
        infobox=("Director: Mara Quint",),
    )
    assert read_facts(article).film.title == "Her"


def test_a_body_sentence_calling_a_name_a_film() -> None:
    article = make_article(
        headline="The Girl Who Fixed Everyone",
        body=("On balance I think Lumière Lane is a better film than its reputation.",),
    )
    assert read_facts(article).film.title == "Lumière Lane"


def test_the_markup_headline_gives_the_year() -> None:
    article = make_article(
        headline="Dune: A Desert of Good Intentions",
        date_published=None,
        structured=StructuredReview(
            headline="Dune (1984) - a desert of good intentions", film_title="Dune"
        ),
    )
    assert read_facts(article).film.year == 1984


def test_the_original_title_named_by_its_language() -> None:
    article = make_article(
        body=("The French title of Jacques Audiard’s film, De rouille et d’os, names a taste.",)
    )
    assert read_facts(article).film.original_title == "De rouille et d’os"


def test_a_retrospective_is_not_dated_by_the_review() -> None:
    article = make_article(
        headline="Before the remake: revisiting Oldboy",
        date_published=dt.date(2013, 11, 24),
        body=("Oldboy still hurts, and “Oldboy” still deserves its name.",),
    )
    assert read_facts(article).film.year is None


def test_the_film_age_counts_back_from_the_review_date() -> None:
    article = make_article(
        headline="The Girl Who Fixed Everyone",
        dek="Twenty years on, the Paris fable is sweeter than its reputation.",
        date_published=dt.date(2021, 4, 25),
    )
    facts = read_facts(article).film
    assert (facts.year, facts.provenance["year"]) == (2001, Source.DEK)


def test_a_character_turning_forty_is_not_the_film_age() -> None:
    article = make_article(
        headline="Review: Rust and Bone",
        body=("Ali turns forty in the film's last scene.",),
        date_published=dt.date(2012, 11, 23),
    )
    assert read_facts(article).film.year == 2012


def test_a_pipe_separated_info_line() -> None:
    line = (
        "Director: Ridley Scott | Starring: Harrison Ford, Rutger Hauer, Sean Young | "
        "Rated R | 1h 57m | Warner Bros."
    )
    facts = read_facts(make_article(infobox=(line,))).film
    assert facts.directors == ("Ridley Scott",)
    assert [m.actor for m in facts.cast] == ["Harrison Ford", "Rutger Hauer", "Sean Young"]
    assert (facts.mpaa_rating, facts.runtime_minutes) == ("R", 117)
    assert facts.distributor is not None and facts.distributor.startswith("Warner Bros")


def test_a_certificate_is_the_british_rating() -> None:
    facts = read_facts(make_article(infobox=("Certificate: PG", "FSK: 12"))).film
    assert facts.mpaa_rating is None
    assert set(facts.other_ratings) == {("BBFC", "PG"), ("FSK", "12")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Too long by 40 minutes, and it knows it.",
        "The first 40 minutes are the longest stretch of the year.",
    ],
)
def test_minutes_that_are_not_the_runtime(sentence: str) -> None:
    facts = read_facts(make_article(body=(sentence,))).film
    assert facts.runtime_minutes is None


def test_a_remake_named_in_the_body_does_not_give_its_director() -> None:
    article = make_article(
        headline="Before the remake: revisiting Oldboy",
        body=(
            "Spike Lee's Oldboy remake comes out this week.",
            "Choi Min-sik is astonishing, and director Park Chan-wook keeps switching tones.",
        ),
    )
    assert read_facts(article).film.directors == ("Park Chan-wook",)


def test_extras_described_in_prose_are_not_a_list() -> None:
    article = make_article(
        headline="Sunfall (4K UHD) Review",
        body=("The extras are carried over from the earlier Blu-ray and are solid, if short.",),
    )
    edition = read_facts(article).home_video
    assert edition is not None and edition.special_features == ()


def test_a_stream_under_review_is_streaming_even_in_4k() -> None:
    article = make_article(
        headline="Sunfall Streams Now, but See It Big",
        dek="The harbour epic arrives on Netflix in a superb stream.",
        specs=(("Video", "4K Dolby Vision"),),
    )
    edition = read_facts(article).home_video
    assert edition is not None and edition.format == "Streaming"


@pytest.mark.parametrize(
    ("text", "value"),
    [("1½ out of 4", 37.5), ("★★ 1/2", 50.0), ("★★★ 1/2 out of 4", 87.5)],
)
def test_halves_written_beside_a_number_or_stars(text: str, value: float) -> None:
    grade = parse_grade(text)
    assert grade is not None and grade.value_0_100 == value


@pytest.mark.parametrize(
    ("sentence", "actor", "character"),
    [
        ("Wren, a stowaway played by newcomer Ida Marsh, steals it.", "Ida Marsh", "Wren"),
        ("Ida Marsh, of all people, steals the film as Bea Rowe.", "Ida Marsh", "Bea Rowe"),
        ("Tom Baylor is his cruder partner Nils, and he is superb.", "Tom Baylor", "Nils"),
        ("Ida Marsh, as her sister Greta, says little.", "Ida Marsh", "Greta"),
        ("Ida Marsh plays a woman the credits call only Pilot.", "Ida Marsh", "Pilot"),
        ("The innermost story belongs to M. Gustave H. (Ida Marsh).", "Ida Marsh", "M. Gustave H."),
    ],
)
def test_cast_pairs_in_prose(sentence: str, actor: str, character: str) -> None:
    facts = read_facts(make_article(body=(sentence,))).film
    assert (actor, character) in [(m.actor, m.character) for m in facts.cast]


def test_a_part_described_after_an_actor_is_not_an_actor() -> None:
    body = ("Ida Marsh plays Paul Atreides as a thin, watchful young man.",)
    facts = read_facts(make_article(body=body)).film
    assert [(m.actor, m.character) for m in facts.cast] == [("Ida Marsh", "Paul Atreides")]


def test_a_running_time_written_in_words() -> None:
    body = ("The story is crammed into two hours and seventeen minutes of voice-over.",)
    assert read_facts(make_article(body=body)).film.runtime_minutes == 137


def test_the_first_hours_of_a_film_are_not_its_runtime() -> None:
    body = ("The first two hours and ten minutes are a slog; the end is not.",)
    assert read_facts(make_article(body=body)).film.runtime_minutes is None


def test_a_release_date_without_its_year_and_with_two_kinds() -> None:
    article = make_article(
        infobox=("In theaters and on HBO Max October 22",), date_published=dt.date(2021, 10, 21)
    )
    releases = read_facts(article).film.release_dates
    assert [(r.date, r.kind) for r in releases] == [
        (dt.date(2021, 10, 22), "theatrical"),
        (dt.date(2021, 10, 22), "streaming"),
    ]


@pytest.mark.parametrize(
    ("text", "value"), [("Rating: ****", 100.0), ("**Grade: B+**", 83.0), ("Grade: _A-_", 92.0)]
)
def test_asterisks_are_stars_unless_they_wrap_the_grade(text: str, value: float) -> None:
    grade = parse_grade(text)
    assert grade is not None and grade.value_0_100 == value


@pytest.mark.parametrize(
    "sentence",
    [
        "I saw Salt and Iron on opening night, and again a week later.",
        "Warner's new 4K disc of Salt and Iron presents the director's cut.",
        "Salt and Iron has been restored from the camera negative.",
    ],
)
def test_a_body_sentence_naming_what_the_critic_saw(sentence: str) -> None:
    article = make_article(headline="The Smile on the Groundskeeper’s Face", body=(sentence,))
    assert read_facts(article).film.title == "Salt and Iron"


@pytest.mark.parametrize(
    ("dek", "body", "director"),
    [
        (
            "Joaquin Phoenix falls in love in Mara Quint’s wistful, funny and deeply felt film.",
            (),
            "Mara Quint",
        ),
        (
            "",
            ("It was inevitable that Tom Baylor's 1984 version would be dusted off.",),
            "Tom Baylor",
        ),
    ],
)
def test_a_director_owning_the_film(dek: str, body: tuple[str, ...], director: str) -> None:
    facts = read_facts(make_article(dek=dek, body=body)).film
    assert facts.directors == (director,)


def test_a_novelist_owning_a_novel_is_no_director() -> None:
    body = ("The story, taken from Frank Herbert's enormous novel, concerns a young heir.",)
    assert read_facts(make_article(body=body)).film.directors == ()


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (("Her ex-wife, played with cool fury by Ida Marsh, says little.",), "Ida Marsh"),
        (("Ida Marsh, in her first film role, has a presence that needs no words.",), "Ida Marsh"),
        (("It made Ida Marsh a star.", "Marsh's performance is as precise as ever."), "Ida Marsh"),
    ],
)
def test_actors_named_in_prose(body: tuple[str, ...], actor: str) -> None:
    facts = read_facts(make_article(body=body)).film
    assert actor in [m.actor for m in facts.cast]


def test_the_crew_is_not_cast() -> None:
    body = (
        "The cinematographer Tom Baylor gives every scene a golden-green cast.",
        "Nils Orrin's score brings a chill, and Ida Marsh gives a superb performance.",
    )
    facts = read_facts(make_article(body=body)).film
    assert [m.actor for m in facts.cast] == ["Ida Marsh"]


def test_a_headline_about_an_actor_is_not_a_title() -> None:
    article = make_article(
        headline="Ida Marsh Is the Whole Show",
        body=("Ida Marsh carries the film.", "Marsh never lets the story sag."),
    )
    assert read_facts(article).film.title != "Ida Marsh"


def test_a_movie_score_row_is_not_a_title() -> None:
    article = make_article(
        headline="Crash Blu-ray Review",
        infobox=("Movie: ★★½", "Extras: ★★★★½"),
        body=("Crash is colder than ever on this disc.",),
    )
    assert read_facts(article).film.title == "Crash"


def test_an_essay_lead_before_the_colon() -> None:
    article = make_article(
        headline="On Arrival: Language as a Time Machine",
        body=("Arrival does both, and does them quietly.",),
    )
    assert read_facts(article).film.title == "Arrival"


def test_the_original_title_alone_is_the_title() -> None:
    article = make_article(
        headline="A Fable in Green and Red",
        infobox=("Original title: La ville verte",),
        body=("The film is a catalogue of small pleasures.",),
    )
    facts = read_facts(article).film
    assert (facts.title, facts.original_title) == ("La ville verte", "La ville verte")


def test_a_maker_and_title_opening_the_review() -> None:
    article = make_article(
        headline="Nobody Trusts Anybody",
        body=("Forty years on, Tom Baylor's The Harbour has outlived its first reviews.",),
    )
    assert read_facts(article).film.title == "The Harbour"


def test_the_movie_score_in_the_info_box_is_the_grade() -> None:
    article = make_article(
        headline="Crash Blu-ray Review", infobox=("Movie: ★★½", "Extras: ★★★★½", "Video: ★★★★")
    )
    grade = read_facts(article).grade
    assert grade is not None and (grade.raw, grade.value_0_100) == ("★★½", 50.0)


def test_a_torn_score_row_is_not_a_title() -> None:
    article = make_article(
        headline="Dune (1984) Blu-ray Review",
        infobox=("Director: David Lynch", "Movie: Disc specs"),
        body=("With a new Dune arriving next month, the old one is back.",),
    )
    assert read_facts(article).film.title == "Dune"


def test_a_headline_opening_with_a_person_offers_no_title_from_the_name() -> None:
    article = make_article(
        headline="Ida Marsh’s prize winner is a superbly built machine",
        body=("Ida Marsh’s Glasshouse won the prize.", "Ida Marsh has never been sharper."),
    )
    assert read_facts(article).film.title not in ("Ida", "Ida Marsh")


def test_an_actor_owning_a_part_does_not_name_the_film() -> None:
    article = make_article(
        headline="Memories That Might Belong to Someone Else",
        infobox=("Starring: Harrison Ford, Ana de Armas",),
        body=("K finds Harrison Ford's Rick Deckard hiding in a ruined casino.",),
    )
    assert read_facts(article).film.title != "Rick Deckard"


def test_a_star_back_in_a_sequel_is_a_new_film() -> None:
    article = make_article(
        headline="Keanu Is Back, and Angrier Than Ever",
        body=("The fourth chapter is louder than the third.",),
        date_published=dt.date(2023, 3, 24),
    )
    assert read_facts(article).film.year == 2023


def test_a_first_name_the_body_always_completes_is_not_a_title() -> None:
    article = make_article(
        headline="Keanu Is Back, and Angrier Than Ever",
        body=("Keanu Reeves runs, shoots and runs again.",),
    )
    assert read_facts(article).film.title != "Keanu"
