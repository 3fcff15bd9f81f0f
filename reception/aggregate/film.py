"""Per-film reception: review count, averages, % fresh, band, distribution, consensus.

Pure functions of the film's reviews, so the result never depends on ingest order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reception.aggregate.consensus import Quote, ReviewSummary, consensus
from reception.records import Label
from reception.vocabulary import MIN_REVIEWS_FOR_SCORE, film_band, is_fresh

HISTOGRAM_BINS = 10
"""Ten bins of ten points, the last also taking 100."""


def histogram_bin(score: float) -> int:
    """The histogram bin a score falls in."""
    return min(max(int(score // 10), 0), HISTOGRAM_BINS - 1)


@dataclass(frozen=True, slots=True)
class FilmReception:
    review_count: int
    score: float | None  # the shown average; None under MIN_REVIEWS_FOR_SCORE
    mean_score: float | None  # always computed, for sorting and the method page
    percent_fresh: float | None  # share of fresh reviews (score >= 60), not of positive ones
    band: str | None
    distribution: dict[str, int] = field(default_factory=dict)  # label -> count
    histogram: list[int] = field(default_factory=list)  # 10 bins of 10 points
    histogram_by_label: dict[str, list[int]] = field(default_factory=dict)  # label -> 10 bins
    fresh_count: int = 0
    low_score: float | None = None  # the range of the reviews' scores, shown below the
    high_score: float | None = None  # score threshold instead of an average
    min_reviews_for_score: int = MIN_REVIEWS_FOR_SCORE
    graded_count: int = 0  # reviews with the critic's own grade
    judged_count: int = 0  # reviews scored from their text alone
    calibrated_score: float | None = None  # shown like ``score``, on critics' own habits
    calibrated_mean: float | None = None
    consensus_view: str | None = None  # the majority's label, which the consensus speaks for
    consensus: tuple[Quote, ...] = ()  # two or three of the critics' own sentences
    dissent: Quote | None = None


def _mean(values: Sequence[float]) -> float:
    return round(sum(sorted(values)) / len(values), 1)


def film_reception(reviews: Sequence[ReviewSummary]) -> FilmReception:
    if not reviews:
        return FilmReception(0, None, None, None, None)
    values = [r.score for r in reviews]
    calibrated = [r.score if r.calibrated is None else r.calibrated for r in reviews]
    mean, calibrated_mean = _mean(values), _mean(calibrated)
    shown = len(values) >= MIN_REVIEWS_FOR_SCORE
    fresh = sum(1 for value in values if is_fresh(value))
    summary = consensus(reviews)
    by_label = {label.value: [0] * HISTOGRAM_BINS for label in Label}
    for review in reviews:
        by_label[review.label.value][histogram_bin(review.score)] += 1
    return FilmReception(
        review_count=len(values),
        score=mean if shown else None,
        mean_score=mean,
        percent_fresh=round(100 * fresh / len(values), 1),
        band=film_band(mean) if shown else None,
        distribution={label.value: sum(1 for r in reviews if r.label == label) for label in Label},
        histogram=[sum(counts) for counts in zip(*by_label.values(), strict=True)],
        histogram_by_label=by_label,
        fresh_count=fresh,
        low_score=min(values),
        high_score=max(values),
        graded_count=sum(1 for r in reviews if r.from_grade),
        judged_count=sum(1 for r in reviews if not r.from_grade),
        calibrated_score=calibrated_mean if shown else None,
        calibrated_mean=calibrated_mean,
        consensus_view=summary.view if summary else None,
        consensus=summary.sentences if summary else (),
        dissent=summary.dissent if summary else None,
    )
