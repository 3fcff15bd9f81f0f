"""Per-film reception: review count, averages, % positive, band, distribution, consensus.

Pure functions of the film's reviews, so the result never depends on ingest order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reception.aggregate.consensus import Quote, ReviewSummary, consensus
from reception.records import Label

MIN_REVIEWS_FOR_SCORE = 4
"""Below this many reviews an average says more about the few critics than the film."""

FRESH_AT = 60

_BANDS = (
    (81, "universal acclaim"),
    (61, "generally favorable"),
    (40, "mixed or average"),
    (20, "generally unfavorable"),
    (0, "overwhelming dislike"),
)


def band(score: float) -> str:
    """Metacritic's published bands for an average score."""
    rounded = round(score)
    return next(name for floor, name in _BANDS if rounded >= floor)


@dataclass(frozen=True, slots=True)
class FilmReception:
    review_count: int
    score: float | None  # the shown average; None under MIN_REVIEWS_FOR_SCORE
    mean_score: float | None  # always computed, for sorting and the method page
    percent_positive: float | None
    band: str | None
    distribution: dict[str, int] = field(default_factory=dict)  # label -> count
    histogram: list[int] = field(default_factory=list)  # 10 buckets of 10 points
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
    fresh = sum(1 for value in values if value >= FRESH_AT)
    summary = consensus(reviews)
    histogram = [0] * 10
    for value in values:
        histogram[min(max(int(value // 10), 0), 9)] += 1
    return FilmReception(
        review_count=len(values),
        score=mean if shown else None,
        mean_score=mean,
        percent_positive=round(100 * fresh / len(values), 1),
        band=band(mean) if shown else None,
        distribution={label.value: sum(1 for r in reviews if r.label == label) for label in Label},
        histogram=histogram,
        graded_count=sum(1 for r in reviews if r.from_grade),
        judged_count=sum(1 for r in reviews if not r.from_grade),
        calibrated_score=calibrated_mean if shown else None,
        calibrated_mean=calibrated_mean,
        consensus_view=summary.view if summary else None,
        consensus=summary.sentences if summary else (),
        dissent=summary.dissent if summary else None,
    )
