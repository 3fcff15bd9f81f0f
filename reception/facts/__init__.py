"""The facts stage: an ``Article`` in, the film's facts, the critic's grade and the edition out.

Every reader proposes candidate facts with their ``Source``; one merge keeps, per field, the
candidate from the most trusted source (``Source.trust``) and records it in provenance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from reception.facts import patterns as p
from reception.facts.credits import Candidates, assemble_cast, read_credits
from reception.facts.grades import find_grade
from reception.facts.home_video import read_home_video
from reception.facts.identity import read_identity
from reception.facts.text import folded, scan
from reception.records import Article, FilmFacts, Grade, HomeVideo, ReleaseDate, Source

__all__ = ["FactsResult", "read_facts"]

_SINGLE_FIELDS = (
    "title",
    "year",
    "original_title",
    "distributor",
    "mpaa_rating",
    "runtime_minutes",
)


@dataclass(frozen=True, slots=True)
class FactsResult:
    """What the facts stage read from one article."""

    film: FilmFacts
    grade: Grade | None
    home_video: HomeVideo | None


def _best(candidates: Candidates, field: str) -> tuple[object, Source] | None:
    """The first candidate of the most trusted source that proposed the field."""
    found = [fact for name, fact in candidates if name == field]
    if not found:
        return None
    top = max(found, key=lambda fact: fact.source.trust)
    return top.value, top.source


def _from_best_source(candidates: Candidates, field: str) -> tuple[tuple[str, ...], Source | None]:
    """A list field (directors, writers) from its most trusted source alone, so a body guess
    never joins a stated credit list."""
    found = [fact for name, fact in candidates if name == field]
    if not found:
        return (), None
    source = max(found, key=lambda fact: fact.source.trust).source
    values = [str(fact.value) for fact in found if fact.source is source]
    return tuple(dict.fromkeys(values)), source


def _release_dates(candidates: Candidates) -> tuple[tuple[ReleaseDate, ...], Source | None]:
    found = sorted(
        (fact for name, fact in candidates if name == "release_dates"),
        key=lambda fact: -fact.source.trust,
    )
    seen: dict[tuple[object, str], ReleaseDate] = {}
    for fact in found:
        release: ReleaseDate = fact.value
        seen.setdefault((release.date, release.kind), release)
    return tuple(seen.values()), found[0].source if found else None


def _merge(article: Article, candidates: Candidates, disc: bool) -> FilmFacts:
    values: dict[str, object] = {}
    provenance: dict[str, Source] = {}
    for field in _SINGLE_FIELDS:
        best = _best(candidates, field)
        if best is not None:
            values[field], provenance[field] = best
    if "title" not in values and "original_title" in values:
        # Only the original title is stated ("Original title: ..."): it is the film's title.
        values["title"], provenance["title"] = (
            values["original_title"],
            provenance["original_title"],
        )
    for field in ("directors", "writers"):
        names, source = _from_best_source(candidates, field)
        values[field] = names
        if source:
            provenance[field] = source
    releases, release_source = _release_dates(candidates)
    if release_source:
        provenance["release_dates"] = release_source
    other = tuple(dict.fromkeys(fact.value for name, fact in candidates if name == "other_ratings"))
    if other:
        provenance["other_ratings"] = max(
            (fact.source for name, fact in candidates if name == "other_ratings"),
            key=lambda s: s.trust,
        )
    not_cast = {folded(str(name)) for name in (*values["directors"], *values["writers"])}  # type: ignore[misc]
    if values.get("title"):
        not_cast.add(folded(str(values["title"])))
    cast, cast_source = assemble_cast(candidates, article, not_cast)
    if cast_source:
        provenance["cast"] = cast_source
    if "year" not in values:
        _fallback_year(values, provenance, releases, article, disc)
    return FilmFacts(
        title=_str(values.get("title")),
        year=_int(values.get("year")),
        original_title=_str(values.get("original_title")),
        directors=tuple(values["directors"]),  # type: ignore[arg-type]
        writers=tuple(values["writers"]),  # type: ignore[arg-type]
        cast=cast,
        distributor=_str(values.get("distributor")),
        mpaa_rating=_str(values.get("mpaa_rating")),
        other_ratings=other,
        runtime_minutes=_int(values.get("runtime_minutes")),
        release_dates=releases,
        provenance=provenance,
    )


def _fallback_year(
    values: dict[str, object],
    provenance: dict[str, Source],
    releases: Sequence[ReleaseDate],
    article: Article,
    disc: bool,
) -> None:
    """No stated year: a theatrical release date's; else the year the director's possessive
    gives it ("Kurosawa's 1954 epic"); else the film's age counted back from the
    review's date ("turned twenty this week"); else the review's own date, which dates a new
    release (or a streaming premiere) but not the film of a disc review or a retrospective
    ("revisiting Oldboy")."""
    theatrical = [r for r in releases if r.kind in ("theatrical", "festival", "unknown")]
    if theatrical:
        values["year"], provenance["year"] = theatrical[0].date.year, provenance["release_dates"]
        return
    directed = _director_year(article, cast(tuple[str, ...], values.get("directors", ())))
    if directed:
        values["year"], provenance["year"] = directed, Source.BODY
        return
    published = article.date_published
    if published is None:
        return
    lead = [
        (article.headline or "", Source.HEADLINE),
        (article.dek or "", Source.DEK),
        *((para, Source.BODY) for para in article.body[:2]),
    ]
    for text, source in lead:
        age = next(scan(p.FILM_AGE, [text]), None)
        if age:
            words = (age.group("n") or age.group("n2")).lower()
            years = p.AGE_VALUES.get(words) or int(words)
            values["year"], provenance["year"] = published.year - years, source
            return
    if not disc and not any(p.RETROSPECTIVE.search(text) for text, _ in lead[:2]):
        values["year"], provenance["year"] = published.year, Source.META


def _director_year(article: Article, directors: Sequence[str]) -> int | None:
    """ "Akira Kurosawa's 1954 epic": a year the film's director owns, by surname."""
    surnames = [name.split()[-1] for name in directors if name.split()]
    for surname in surnames:
        pattern = re.compile(rf"\b{re.escape(surname)}{p.DIRECTOR_YEAR}")
        for para in article.body:
            if surname in para and (match := pattern.search(para)):
                return int(match.group("year"))
    return None


def _str(value: object) -> str | None:
    return str(value) if value else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def read_facts(article: Article) -> FactsResult:
    """The film's facts, the critic's grade and the home-video edition the article states."""
    home_video = read_home_video(article)
    candidates: Candidates = read_identity(article)
    title = _best(candidates, "title")
    candidates += read_credits(article, str(title[0]) if title else None, home_video is not None)
    # A stream under review is most often the film's premiere; a disc is a later edition.
    disc = home_video is not None and home_video.format != "Streaming"
    film = _merge(article, candidates, disc)
    return FactsResult(film=film, grade=find_grade(article), home_video=home_video)
