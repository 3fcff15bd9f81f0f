"""The words reception uses for scores, each decided here once.

Every page, badge, bar colour, count, API field and export reads these, and the method page
(``/method``, docs/method.md) states them from the same constants:

- a review is **positive** from 61, **mixed** from 40 to 60, **negative** up to 39
  (Metacritic's published bands), and **fresh** from 60 (else rotten): a review at exactly 60
  is mixed *and* fresh, which is why the site always says which of the two it counts;
- a film's score (the plain average) is shown from :data:`MIN_REVIEWS_FOR_SCORE` reviews;
  below that, pages show the range of its reviews' scores and say there are not enough;
- a film's band names its average in words (universal acclaim ... overwhelming dislike).

Scores are compared as shown, rounded to whole points, so a badge reading 60 is always mixed
and fresh.
"""

from __future__ import annotations

POSITIVE_FROM = 61
MIXED_FROM = 40
FRESH_FROM = 60
LABELS = ("positive", "mixed", "negative")
LABEL_RANGES = {"positive": (POSITIVE_FROM, 100), "mixed": (MIXED_FROM, 60), "negative": (0, 39)}

MIN_REVIEWS_FOR_SCORE = 4
"""Setting: below this many reviews an average says more about the few critics than the film,
so no film score is shown (the store computes aggregates with it; ``reception relink``
recomputes them after a change)."""

FILM_BANDS = (
    (81, "universal acclaim"),
    (61, "generally favorable"),
    (40, "mixed or average"),
    (20, "generally unfavorable"),
    (0, "overwhelming dislike"),
)
BAND_RANGES = {
    name: (floor, FILM_BANDS[index - 1][0] - 1 if index else 100)
    for index, (floor, name) in enumerate(FILM_BANDS)
}


def shown(score: float) -> int:
    """A score as badges show it: whole points."""
    return round(score)


def label_for(score: float) -> str:
    """positive, mixed or negative, by the bands above."""
    points = shown(score)
    if points >= POSITIVE_FROM:
        return "positive"
    if points >= MIXED_FROM:
        return "mixed"
    return "negative"


def is_fresh(score: float) -> bool:
    return shown(score) >= FRESH_FROM


def film_band(score: float) -> str:
    """The band of a film's average score."""
    points = shown(score)
    return next(name for floor, name in FILM_BANDS if points >= floor)
