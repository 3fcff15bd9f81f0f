"""A critic's scores relative to their own habits.

Some critics grade everyone generously, some rarely go above 70. Expressing a score as how
far it sits from the critic's own mean, in units of the critic's own spread, and mapping
that back onto a reference critic's scale makes critics comparable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_REVIEWS_FOR_HABITS = 10
"""Fewer reviews say too little about a critic's habits to correct for them."""

REFERENCE_MEAN = 60.0
REFERENCE_SPREAD = 18.0
"""A typical critic: close to the long-run habits of the two critics in Pang & Lee's scale data
(means 63 and 58, spreads 18 and 17 on 0-100)."""

HABITS_DRIFT = 1.0
"""Points a critic's mean or spread may move before all their films are recalibrated: exact
recalibration on every new review would rewrite every film a prolific critic ever reviewed."""

MIN_SPREAD = 6.0
"""A critic who gives nearly every film the same grade would otherwise blow small gaps up."""


@dataclass(frozen=True, slots=True)
class CriticHabits:
    critic_id: str
    review_count: int
    mean: float
    spread: float  # population standard deviation

    @classmethod
    def from_sums(
        cls, critic_id: str, count: int, total: float, total_of_squares: float
    ) -> CriticHabits:
        """From count, sum and sum of squares, which a database can add up in one query."""
        mean = total / count if count else 0.0
        variance = max(total_of_squares / count - mean * mean, 0.0) if count else 0.0
        return cls(critic_id, review_count=count, mean=mean, spread=math.sqrt(variance))

    @property
    def usable(self) -> bool:
        return self.review_count >= MIN_REVIEWS_FOR_HABITS

    def drifted_from(self, applied: CriticHabits | None) -> bool:
        """Whether films calibrated with ``applied`` habits should be recalibrated to these."""
        if applied is None:
            return self.usable
        if self.usable != applied.usable:
            return True
        return (
            abs(self.mean - applied.mean) > HABITS_DRIFT
            or abs(self.spread - applied.spread) > HABITS_DRIFT
        )


def calibrated_score(score: float, habits: CriticHabits | None) -> float:
    """The score on the reference scale; unchanged while the critic's habits are unknown."""
    if habits is None or not habits.usable:
        return score
    z = (score - habits.mean) / max(habits.spread, MIN_SPREAD)
    return min(100.0, max(0.0, REFERENCE_MEAN + z * REFERENCE_SPREAD))
