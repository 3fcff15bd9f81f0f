"""The ground floor: folding, sentence cuts, years and dates every stage shares."""

from __future__ import annotations

import datetime as dt

from reception.text import (
    ENDS_LIKE_A_SENTENCE,
    YEAR,
    fold,
    folded_words,
    parse_date,
    sentences,
    split_sentences,
)


def test_fold_drops_case_accents_and_punctuation() -> None:
    assert fold("Amélie & the SPIDER-Man!") == "amelie and the spider man"
    assert fold("Ça, c'est Bong Joon-ho") == "ca c est bong joon ho"
    assert folded_words("Pan's Labyrinth", drop_apostrophes=True) == ["pans", "labyrinth"]
    assert folded_words("Pan’s Labyrinth", drop_apostrophes=True) == ["pans", "labyrinth"]


def test_running_text_breaks_only_before_a_new_sentence() -> None:
    text = "J.K. Simmons shouts. Mr. Lee waits.\nthe end"
    assert sentences(text) == ["J.K. Simmons shouts.", "Mr. Lee waits.", "the end"]


def test_paragraph_sentences_are_exact_substrings_and_skip_abbreviations() -> None:
    paragraph = 'It works, vs. the odds. She asks, "Really?"  Dr. No returns... then fades.'
    assert split_sentences(paragraph) == [
        "It works, vs. the odds.",
        'She asks, "Really?"',
        "Dr. No returns...",
        "then fades.",
    ]


def test_years_stand_alone() -> None:
    assert [m.group("year") for m in YEAR.finditer("1999, 2024 and 20245 or 2077")] == [
        "1999",
        "2024",
    ]


def test_dates_from_iso_prose_and_dots() -> None:
    assert parse_date("2019-10-20T08:00:00Z") == dt.date(2019, 10, 20)
    assert parse_date("Posted Sunday, October 20th, 2019 by Ana") == dt.date(2019, 10, 20)
    assert parse_date("18.01.1985") == dt.date(1985, 1, 18)
    assert parse_date("02/03/2020") == dt.date(2020, 2, 3)
    assert parse_date("February 30, 2020") is None
    assert parse_date("sometime in spring") is None
    assert parse_date(None) is None


def test_dates_in_other_languages_and_without_a_year() -> None:
    assert parse_date("Sortie le 22 octobre 2021") == dt.date(2021, 10, 22)
    assert parse_date("the 5th of May 2020") == dt.date(2020, 5, 5)
    assert parse_date("opens October 22") is None
    assert parse_date("opens October 22", anchor=dt.date(2021, 9, 1)) == dt.date(2021, 10, 22)
    assert parse_date("out January 3", anchor=dt.date(2021, 12, 20)) == dt.date(2022, 1, 3)


def test_sentence_endings() -> None:
    assert ENDS_LIKE_A_SENTENCE.search("It ends here.”")
    assert not ENDS_LIKE_A_SENTENCE.search("Director: Jane Doe")
