"""Film identity: which stored film a review's facts point at, or a new one."""

from __future__ import annotations

from collections.abc import Sequence

from reception.link.names import fold, slug, title_key
from reception.records import Film, FilmFacts

YEAR_TOLERANCE = 1
"""Festival premieres and releases often fall in different years; a year apart is one film."""


def _directors_agree(a: Sequence[str], b: Sequence[str]) -> bool | None:
    """True/False when both sides name directors, None when either is silent."""
    if not a or not b:
        return None
    return bool({fold(name) for name in a} & {fold(name) for name in b})


def match_film(facts: FilmFacts, candidates: Sequence[Film]) -> Film | None:
    """The candidate film these facts describe, if any.

    Candidates share the title key. A stated year must agree within ``YEAR_TOLERANCE`` and
    stated directors must overlap; when the review states neither, it joins the only
    candidate, and stays apart when the title alone is ambiguous (remakes, same-title films).
    """
    if not facts.title:
        return None
    key = title_key(facts.title)
    pool = [film for film in candidates if title_key(film.title) == key]
    fitting = []
    for film in pool:
        directors = _directors_agree(facts.directors, film.directors)
        if directors is False:
            continue
        if facts.year is not None and film.year is not None:
            if abs(facts.year - film.year) > YEAR_TOLERANCE:
                continue
        fitting.append((directors is True, facts.year == film.year, film))
    if not fitting:
        return None
    fitting.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    if len(fitting) > 1 and facts.year is None and not facts.directors:
        return None
    return fitting[0][2]


def new_film(facts: FilmFacts) -> Film:
    """A film record founded by the first review of it."""
    title = facts.title or "Untitled"
    film_id = slug(title) + (f"-{facts.year}" if facts.year else "")
    return Film(film_id=film_id, title=title, year=facts.year, directors=facts.directors)
