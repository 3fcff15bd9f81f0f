"""Film aggregates: shown score, % positive, bands, distribution, calibration, consensus."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.aggregate import (
    CriticHabits,
    ReviewSummary,
    band,
    calibrated_score,
    consensus,
    film_reception,
)
from reception.records import Evidence, Label


def summary(review_id: str, score: float, **fields: object) -> ReviewSummary:
    return ReviewSummary(review_id=review_id, score=score, label=Label.for_score(score), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("score", "name"),
    [
        (100, "universal acclaim"),
        (81, "universal acclaim"),
        (80.4, "generally favorable"),
        (61, "generally favorable"),
        (60, "mixed or average"),
        (40, "mixed or average"),
        (39, "generally unfavorable"),
        (20, "generally unfavorable"),
        (19, "overwhelming dislike"),
        (0, "overwhelming dislike"),
    ],
)
def test_bands_follow_the_published_thresholds(score: float, name: str) -> None:
    assert band(score) == name


def test_no_reviews_no_numbers() -> None:
    empty = film_reception([])
    assert (empty.review_count, empty.score, empty.percent_positive) == (0, None, None)


def test_average_is_shown_only_from_four_reviews() -> None:
    three = film_reception([summary(str(i), s) for i, s in enumerate((90, 70, 50))])
    assert three.score is None and three.band is None and three.calibrated_score is None
    assert three.mean_score == 70.0
    four = film_reception([summary(str(i), s) for i, s in enumerate((90, 70, 50, 30))])
    assert four.score == 60.0 and four.band == "mixed or average"


def test_percent_positive_counts_fresh_reviews_at_sixty_and_up() -> None:
    result = film_reception([summary(str(i), s) for i, s in enumerate((60, 59.9, 100, 10))])
    assert result.percent_positive == 50.0


def test_distribution_histogram_and_graded_counts() -> None:
    reviews = [
        summary("a", 95, from_grade=True),
        summary("b", 50),
        summary("c", 100),
        summary("d", 0, from_grade=True),
    ]
    result = film_reception(reviews)
    assert result.distribution == {"positive": 2, "mixed": 1, "negative": 1}
    assert result.histogram == [1, 0, 0, 0, 0, 1, 0, 0, 0, 2]
    assert (result.graded_count, result.judged_count) == (2, 2)


def test_calibration_needs_ten_reviews_and_maps_onto_the_reference_scale() -> None:
    few = CriticHabits("c", review_count=9, mean=85.0, spread=5.0)
    assert calibrated_score(80.0, few) == 80.0
    assert calibrated_score(80.0, None) == 80.0
    generous = CriticHabits("c", review_count=40, mean=85.0, spread=8.0)
    assert calibrated_score(85.0, generous) == pytest.approx(60.0)
    assert calibrated_score(77.0, generous) == pytest.approx(42.0)  # one spread below: 60 - 18
    assert calibrated_score(0.0, generous) == 0.0  # clipped


def test_habits_from_sums_and_a_floor_on_tiny_spreads() -> None:
    habits = CriticHabits.from_sums("c", 4, 4 * 70.0, 4 * 70.0**2)
    assert (habits.mean, habits.spread) == (70.0, 0.0)
    steady = CriticHabits("c", review_count=12, mean=70.0, spread=0.0)
    assert calibrated_score(76.0, steady) == pytest.approx(78.0)  # spread floored at 6


def test_films_are_recalibrated_only_when_habits_drift_or_first_count() -> None:
    applied = CriticHabits("c", review_count=20, mean=70.0, spread=15.0)
    assert not CriticHabits("c", 21, 70.8, 15.5).drifted_from(applied)
    assert CriticHabits("c", 21, 71.5, 15.0).drifted_from(applied)
    assert CriticHabits("c", 10, 70.0, 15.0).drifted_from(None)
    assert not CriticHabits("c", 9, 70.0, 15.0).drifted_from(None)


def test_film_carries_raw_and_calibrated_averages() -> None:
    reviews = [summary(str(i), 80, calibrated=60.0) for i in range(4)]
    result = film_reception(reviews)
    assert (result.score, result.calibrated_score) == (80.0, 60.0)


QUOTES = {
    "a": ("A tender, bruising triumph.", 90),
    "b": ("Cotillard has never been better.", 85),
    "c": ("The best thing Audiard has made.", 80),
    "d": ("A tender and bruising triumph.", 88),
    "e": ("A melodrama that drowns its actors.", 30),
    "f": ("Handsome but hollow.", 50),
}


def quoted(review_id: str, critic: str | None = None) -> ReviewSummary:
    text, score = QUOTES[review_id]
    return summary(review_id, score, pull_quote=text, critic=critic or f"Critic {review_id}")


def test_consensus_speaks_for_the_majority_and_names_the_strongest_dissent() -> None:
    result = consensus([quoted(k) for k in QUOTES])
    assert result is not None
    assert result.view == "positive"
    assert 2 <= len(result.sentences) <= 3
    assert {q.review_id for q in result.sentences} <= {"a", "b", "c", "d"}
    assert result.dissent is not None and result.dissent.review_id == "e"


def test_consensus_skips_near_duplicates_and_repeats_by_one_critic() -> None:
    reviews = [quoted("a"), quoted("d"), quoted("b", critic="Same"), quoted("c", critic="Same")]
    result = consensus(reviews)
    assert result is not None
    ids = [q.review_id for q in result.sentences]
    assert not {"a", "d"} <= set(ids)  # the same sentence twice
    assert not {"b", "c"} <= set(ids)  # the same critic twice


def test_consensus_falls_back_to_evidence_that_leans_the_majority_way() -> None:
    reviews = [
        summary("x", 85, evidence=(Evidence("Dull middle act.", -3.0), Evidence("Gorgeous.", 6.0))),
        summary("y", 80, evidence=(Evidence("A quiet marvel.", 5.0),)),
    ]
    result = consensus(reviews)
    assert result is not None
    assert [q.sentence for q in result.sentences] == ["Gorgeous.", "A quiet marvel."]
    assert result.dissent is None


def test_no_consensus_without_enough_quotable_reviews() -> None:
    assert consensus([quoted("a")]) is None
    assert consensus([summary("x", 80), summary("y", 85)]) is None


@settings(max_examples=50, deadline=None)
@given(st.randoms(use_true_random=False))
def test_aggregate_does_not_depend_on_review_order(rng: random.Random) -> None:
    reviews = [quoted(k) for k in QUOTES] + [summary("g", 64.5, from_grade=True, calibrated=51.0)]
    shuffled = list(reviews)
    rng.shuffle(shuffled)
    assert film_reception(shuffled) == film_reception(reviews)
