"""The grade parser, the published 0-100 table, and which text on a page is the critic's grade."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception.facts.grades import (
    LETTER_VALUES,
    find_grade,
    from_schema,
    parse_grade,
)
from reception.records import Source, StructuredReview
from reception.vocabulary import is_fresh
from tests.factories import make_article


@pytest.mark.parametrize(
    ("text", "value", "scale"),
    [
        ("★★★½", 70.0, "stars"),
        ("★★★☆☆", 60.0, "stars"),
        ("★★★½ out of four", 87.5, "stars"),
        ("****", 100.0, "stars"),
        ("***1/2", 87.5, "stars"),
        ("***** out of five", 100.0, "stars"),
        ("3.5 stars", 70.0, "stars"),
        ("three and a half stars out of four", 87.5, "stars"),
        ("3 out of 4", 75.0, "fraction"),
        ("3 out of 4 stars", 75.0, "stars"),
        ("3.5/4", 87.5, "fraction"),
        ("7/10", 70.0, "fraction"),
        ("82/100", 82.0, "fraction"),
        ("Grade: B+", 83.0, "letter"),
        ("B-", 67.0, "letter"),
        ("A−", 92.0, "letter"),
        ("F", 0.0, "letter"),
        ("Rating: 8/10", 80.0, "fraction"),
        ("stars-3.png", 60.0, "stars"),
        ("rating_4_of_4.gif", 100.0, "stars"),
        ("Worth a Look", 66.7, "verbal"),
        ("Skip", 0.0, "verbal"),
        ("Verdict: Rent It", 33.3, "verbal"),
        ("**Grade: B+**", 83.0, "letter"),
        ("Grade: A-minus", 92.0, "letter"),
        ("B plus", 83.0, "letter"),
        ("Final score: 8/10", 80.0, "fraction"),
    ],
)
def test_grade_forms_normalize_by_the_published_table(text: str, value: float, scale: str) -> None:
    grade = parse_grade(text)
    assert grade is not None, text
    assert grade.value_0_100 == pytest.approx(value, abs=0.05)
    assert grade.scale == scale


def test_raw_keeps_the_grade_as_written() -> None:
    grade = parse_grade("Our rating: ★★★½")
    assert grade is not None and grade.raw == "★★★½"


@pytest.mark.parametrize(
    "text",
    [
        "112 min",
        "11/24/2012",
        "24/7",
        "Released 9/11",
        "User rating: 4.2/5",
        "Readers' rating ★★★★",
        "A film about grief",
        "Rated R for violence",
        "The three stars of the film are superb.",
        "",
    ],
)
def test_things_that_look_like_grades_are_not_grades(text: str) -> None:
    assert parse_grade(text) is None


def test_letter_table_is_monotonic_and_spans_the_scale() -> None:
    values = list(LETTER_VALUES.values())
    assert values == sorted(values, reverse=True)
    assert values[0] == 100.0 and values[-1] == 0.0


def test_letters_put_the_fresh_line_where_critics_do() -> None:
    """B- is a fresh grade and C+ is not, as critics mark their own letter-graded reviews."""
    assert is_fresh(LETTER_VALUES["B-"]) and not is_fresh(LETTER_VALUES["C+"])
    assert LETTER_VALUES["C"] == 50.0  # the school scale's average is the middle


def test_schema_defaults_to_five_and_one() -> None:
    grade = from_schema(4.0, None, None)
    assert grade is not None and grade.value_0_100 == 80.0
    assert from_schema(7.0, None, None) is None  # outside its scale
    ten = from_schema(7.0, 10.0, 0.0)
    assert ten is not None and ten.value_0_100 == 70.0


@given(st.text(max_size=300))
def test_any_text_gives_a_valid_grade_or_none(text: str) -> None:
    grade = parse_grade(text)
    assert grade is None or 0.0 <= grade.value_0_100 <= 100.0


@given(
    st.floats(allow_nan=True, allow_infinity=True),
    st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
)
def test_any_schema_rating_gives_a_valid_grade_or_none(
    value: float, best: float | None, worst: float | None
) -> None:
    grade = from_schema(value, best, worst)
    assert grade is None or 0.0 <= grade.value_0_100 <= 100.0


@given(st.lists(st.text(max_size=60), max_size=6), st.lists(st.text(max_size=200), max_size=6))
def test_find_grade_never_raises(rating_text: list[str], body: list[str]) -> None:
    grade = find_grade(make_article(rating_text=tuple(rating_text), body=tuple(body)))
    assert grade is None or 0.0 <= grade.value_0_100 <= 100.0


def test_home_video_scores_take_the_movie_one() -> None:
    article = make_article(rating_text=("Movie:★★½ Video:★★★★★ Audio:★★★★ Extras:★★★★½",))
    grade = find_grade(article)
    assert grade is not None
    assert grade.raw == "★★½" and grade.value_0_100 == 50.0


def test_widget_wins_over_structured_data_and_keeps_its_text() -> None:
    article = make_article(
        rating_text=("Critic's rating: 3 out of 4 stars",),
        structured=StructuredReview(rating_value=3.0, best_rating=4.0),
    )
    grade = find_grade(article)
    assert grade is not None and grade.raw == "3 out of 4 stars" and grade.source is Source.INFOBOX


def test_page_scale_stated_beside_the_stars_is_used() -> None:
    article = make_article(rating_text=("Our rating", "3.5 stars", "out of 5"))
    grade = find_grade(article)
    assert grade is not None and grade.value_0_100 == 70.0


def test_typed_asterisks_are_four_star_unless_the_page_states_five() -> None:
    unstated = find_grade(make_article(infobox=("Director: Jacques Audiard", "Rating: ***")))
    assert unstated is not None and unstated.value_0_100 == 75.0
    stated = find_grade(make_article(rating_text=("Rating", "***", "out of 5")))
    assert stated is not None and stated.value_0_100 == 60.0
    glyphs = find_grade(make_article(infobox=("Rating: ★★★",)))
    assert glyphs is not None and glyphs.value_0_100 == 60.0


def test_structured_rating_when_there_is_no_widget() -> None:
    grade = find_grade(make_article(structured=StructuredReview(rating_value=3.5, best_rating=5.0)))
    assert grade is not None and grade.value_0_100 == 70.0 and grade.source is Source.STRUCTURED


def test_grade_line_at_the_end_of_the_body() -> None:
    body = ("A tender, bruising film that runs 120 minutes.", "Grade: A-")
    grade = find_grade(make_article(body=body))
    assert grade is not None and grade.value_0_100 == 92.0 and grade.source is Source.BODY


def test_grade_at_the_tail_of_the_last_paragraph() -> None:
    body = ("Opening thoughts.", "It never quite adds up, but it is worth seeing. Grade: B")
    grade = find_grade(make_article(body=body))
    assert grade is not None and grade.value_0_100 == 75.0


def test_prose_numbers_runtimes_and_dates_invent_no_grade() -> None:
    body = (
        "The film runs 112 min and opened 11/23/2012 in 3 of 5 boroughs.",
        "Its two stars give everything; I saw it twice, 24/7 for a week.",
        "Readers gave it 4/5 on our poll.",
    )
    assert find_grade(make_article(body=body)) is None


def test_reader_rating_widget_is_ignored() -> None:
    assert find_grade(make_article(rating_text=("Audience score: 4.5/5",))) is None
