"""Film aggregates: shown score, % fresh, bands, distribution, calibration, consensus."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.aggregate import (
    CriticHabits,
    ReviewSummary,
    calibrated_score,
    consensus,
    film_reception,
)
from reception.records import Evidence, Label
from reception.vocabulary import film_band, is_fresh, label_for


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
    assert film_band(score) == name


def test_no_reviews_no_numbers() -> None:
    empty = film_reception([])
    assert (empty.review_count, empty.score, empty.percent_fresh) == (0, None, None)


def test_average_is_shown_only_from_four_reviews() -> None:
    three = film_reception([summary(str(i), s) for i, s in enumerate((90, 70, 50))])
    assert three.score is None and three.band is None and three.calibrated_score is None
    assert three.mean_score == 70.0
    four = film_reception([summary(str(i), s) for i, s in enumerate((90, 70, 50, 30))])
    assert four.score == 60.0 and four.band == "mixed or average"


def test_percent_fresh_counts_reviews_shown_as_sixty_and_up() -> None:
    result = film_reception([summary(str(i), s) for i, s in enumerate((60, 59.4, 100, 10))])
    assert result.percent_fresh == 50.0 and result.fresh_count == 2


@pytest.mark.parametrize(
    ("score", "label", "fresh"),
    [(100, "positive", True), (61, "positive", True), (60.4, "mixed", True), (60, "mixed", True),
     (59.6, "mixed", True), (59.4, "mixed", False), (40, "mixed", False), (39.4, "negative", False),
     (0, "negative", False)],
)  # fmt: skip
def test_a_score_is_labelled_and_called_fresh_as_its_badge_shows_it(
    score: float, label: str, fresh: bool
) -> None:
    assert (label_for(score), is_fresh(score)) == (label, fresh)
    assert Label.for_score(score).value == label


def test_under_the_threshold_the_range_is_kept_in_place_of_a_score() -> None:
    three = film_reception([summary(str(i), s) for i, s in enumerate((88, 45, 70))])
    assert three.score is None and (three.low_score, three.high_score) == (45, 88)
    assert three.min_reviews_for_score == 4


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
    assert result.histogram_by_label["positive"] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 2]
    assert result.histogram_by_label["mixed"] == [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    assert (result.graded_count, result.judged_count) == (2, 2)


def test_a_histogram_bar_is_split_by_the_labels_in_it() -> None:
    """60 and 65 share the 60s bar: one amber (mixed) part, one green (positive)."""
    result = film_reception([summary("a", 60), summary("b", 65)])
    assert result.histogram_by_label["mixed"][6] == 1
    assert result.histogram_by_label["positive"][6] == 1


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


def test_dissent_goes_the_opposite_way_of_the_majority_or_is_absent() -> None:
    """A positive majority's dissent is its harshest negative review, never a higher score or
    a mixed one; a mixed majority has no direction to oppose."""
    positive = consensus([quoted(k) for k in ("a", "b", "c", "f")])
    assert positive is not None and positive.view == "positive" and positive.dissent is None
    panned = [
        summary("n1", 20, pull_quote="Inert and shapeless."),
        summary("n2", 30, pull_quote="A slog from the first scene."),
        summary("p1", 95, pull_quote="I loved every minute."),
        summary("p2", 65, pull_quote="Better than its reputation."),
        summary("n3", 25, pull_quote="Nothing lands."),
    ]
    negative = consensus(panned)
    assert negative is not None and negative.view == "negative"
    assert negative.dissent is not None and negative.dissent.review_id == "p1"
    mixed = consensus([summary("m1", 50, pull_quote="Half good."), summary("m2", 55, pull_quote="Uneven."), summary("p", 90, pull_quote="Great.")])  # fmt: skip
    assert mixed is not None and mixed.view == "mixed" and mixed.dissent is None


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
