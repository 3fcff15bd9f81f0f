"""Aggregate: what critics made of a film, computed from its reviews."""

from reception.aggregate.calibration import CriticHabits, calibrated_score
from reception.aggregate.consensus import Consensus, Quote, ReviewSummary, consensus
from reception.aggregate.film import FilmReception, film_reception, histogram_bin

__all__ = [
    "Consensus",
    "CriticHabits",
    "FilmReception",
    "Quote",
    "ReviewSummary",
    "calibrated_score",
    "consensus",
    "film_reception",
    "histogram_bin",
]
