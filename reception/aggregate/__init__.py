"""Aggregate: what critics made of a film, computed from its reviews."""

from reception.aggregate.calibration import CriticHabits, calibrated_score
from reception.aggregate.consensus import Consensus, Quote, ReviewSummary, consensus
from reception.aggregate.film import MIN_REVIEWS_FOR_SCORE, FilmReception, band, film_reception

__all__ = [
    "MIN_REVIEWS_FOR_SCORE",
    "Consensus",
    "CriticHabits",
    "FilmReception",
    "Quote",
    "ReviewSummary",
    "band",
    "calibrated_score",
    "consensus",
    "film_reception",
]
