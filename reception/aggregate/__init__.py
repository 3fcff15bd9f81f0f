"""Aggregate: what critics made of a film, computed from its reviews."""

from reception.aggregate.film import MIN_REVIEWS_FOR_SCORE, FilmReception, band, film_reception

__all__ = ["MIN_REVIEWS_FOR_SCORE", "FilmReception", "band", "film_reception"]
