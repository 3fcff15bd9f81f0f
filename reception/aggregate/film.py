"""Per-film reception: review count, average, % positive, band, distribution.

Pure functions of the film's reviews, so the result never depends on ingest order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
class ReviewScore:
    """The part of a stored review that aggregates need."""

    score: float
    label: Label
    from_grade: bool


@dataclass(frozen=True, slots=True)
class FilmReception:
    review_count: int
    score: float | None  # None under MIN_REVIEWS_FOR_SCORE
    mean_score: float | None  # always computed, for sorting and the method page
    percent_positive: float | None
    band: str | None
    distribution: dict[str, int] = field(default_factory=dict)  # label -> count
    histogram: list[int] = field(default_factory=list)  # 10 buckets of 10 points
    graded_count: int = 0
    judged_count: int = 0


def film_reception(scores: Sequence[ReviewScore]) -> FilmReception:
    if not scores:
        return FilmReception(0, None, None, None, None)
    values = sorted(s.score for s in scores)
    mean = round(sum(values) / len(values), 1)
    shown = mean if len(values) >= MIN_REVIEWS_FOR_SCORE else None
    fresh = sum(1 for value in values if value >= FRESH_AT)
    histogram = [0] * 10
    for value in values:
        histogram[min(int(value // 10), 9)] += 1
    return FilmReception(
        review_count=len(values),
        score=shown,
        mean_score=mean,
        percent_positive=round(100 * fresh / len(values), 1),
        band=band(mean) if shown is not None else None,
        distribution={label.value: sum(1 for s in scores if s.label == label) for label in Label},
        histogram=histogram,
        graded_count=sum(1 for s in scores if s.from_grade),
        judged_count=sum(1 for s in scores if not s.from_grade),
    )
