"""Full-text search with facets: FTS5 on SQLite, tsvector on PostgreSQL, one query shape.

Facets (year, band, director, publication, home video, verdict) are counted over the best
``FACET_SAMPLE`` matches (all of them for most queries), so a query that matches most of a large
store stays fast; the total is always exact.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Text,
    and_,
    case,
    cast,
    column,
    func,
    or_,
    select,
    text,
)

from reception.aggregate.film import band
from reception.store.schema import films, publications, reviews

FACET_SAMPLE = 1000
FACET_LIMIT = 12
SORTS = ("relevance", "newest", "oldest", "score", "title")
BAND_RANGES = {
    "universal acclaim": (81, 100),
    "generally favorable": (61, 80),
    "mixed or average": (40, 60),
    "generally unfavorable": (20, 39),
    "overwhelming dislike": (0, 19),
}


@dataclass(frozen=True, slots=True)
class SearchQuery:
    q: str = ""
    year: int | None = None
    band: str | None = None  # the film's band (see reception.aggregate.film.band)
    director: str | None = None
    publication_id: str | None = None
    home_video: bool | None = None
    label: str | None = None  # the review's verdict label
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0

    @property
    def filters(self) -> dict[str, Any]:
        """The filters in force, for building links that keep them."""
        values = {
            "year": self.year,
            "band": self.band,
            "director": self.director,
            "publication": self.publication_id,
            "home_video": None if self.home_video is None else int(self.home_video),
            "label": self.label,
        }
        return {key: value for key, value in values.items() if value is not None}


@dataclass(frozen=True, slots=True)
class SearchPage:
    items: list[dict[str, Any]]
    total: int
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    # facet name -> [(value, label shown, count)]


def fts_terms(query: str) -> list[str]:
    """Words of a user's query, safe to quote inside an FTS5 expression."""
    return "".join(c if c.isalnum() else " " for c in query).split()[:12]


def _pg_document() -> Any:
    return func.to_tsvector(
        "english",
        func.coalesce(reviews.c.headline, "")
        + " "
        + func.coalesce(reviews.c.film_title, "")
        + " "
        + func.replace(func.coalesce(reviews.c.critic_id, ""), "-", " ")
        + " "
        + reviews.c.body,
    )


def _matching(
    statement: Any, query: SearchQuery, dialect: str, *, top: int | None = None
) -> tuple[Any, Any, dict[str, Any]]:
    """The statement narrowed to the query's words and filters, its rank, and bind params.

    ``top``: only the best ``top`` matches are wanted, by relevance. With no filters, SQLite's
    FTS5 then ranks and cuts inside the index, so only those rows of ``reviews`` are read.
    """
    params: dict[str, Any] = {}
    rank: Any = None
    terms = fts_terms(query.q)
    if terms and dialect == "sqlite":
        params["match"] = " ".join(f'"{term}"*' for term in terms)
        cut = ""
        if top is not None and not query.filters:
            cut = f" ORDER BY rank LIMIT {int(top)}"
        hits = (
            text(
                "SELECT rowid AS id, bm25(reviews_fts, 10.0, 8.0, 4.0, 1.0) AS rank "
                "FROM reviews_fts WHERE reviews_fts MATCH :match" + cut
            )
            .columns(column("id", Integer), column("rank", Float))
            .subquery("hits")
        )
        statement = statement.join(hits, hits.c.id == reviews.c.id)
        rank = hits.c.rank
    elif terms:
        tsquery = func.plainto_tsquery("english", " ".join(terms))
        statement = statement.where(_pg_document().op("@@")(tsquery))
        rank = -func.ts_rank(_pg_document(), tsquery)
    conditions: list[Any] = []
    if query.year is not None:
        conditions.append(reviews.c.film_year == query.year)
    if query.band in BAND_RANGES:
        low, high = BAND_RANGES[query.band]
        conditions.append(and_(films.c.score >= low - 0.5, films.c.score < high + 0.5))
    if query.director:
        quoted = '%"' + query.director.replace("%", "").replace('"', "") + '"%'
        conditions.append(func.lower(cast(films.c.directors, Text())).like(quoted.lower()))
    if query.publication_id:
        conditions.append(reviews.c.publication_id == query.publication_id)
    if query.home_video is not None:
        no_video = or_(
            reviews.c.home_video.is_(None), func.cast(reviews.c.home_video, Text()) == "null"
        )
        conditions.append(~no_video if query.home_video else no_video)
    if query.label:
        conditions.append(reviews.c.verdict_label == query.label)
    return statement.where(*conditions), rank, params


def _ordering(query: SearchQuery, rank: Any) -> list[Any]:
    if query.sort == "newest" or (query.sort == "relevance" and rank is None):
        return [reviews.c.date_published.desc().nulls_last(), reviews.c.id.desc()]
    if query.sort == "oldest":
        return [reviews.c.date_published.asc().nulls_last(), reviews.c.id]
    if query.sort == "score":
        return [reviews.c.verdict_score.desc(), reviews.c.id]
    if query.sort == "title":
        return [reviews.c.film_title, reviews.c.id]
    return [rank, reviews.c.id]


def search(conn: Connection, dialect: str, base: Any, query: SearchQuery) -> SearchPage:
    """One page of matching reviews (``base`` selects review rows with joined names)."""
    joined = base.join(films, films.c.film_id == reviews.c.film_id, isouter=True)
    relevance = query.sort == "relevance"
    top = query.offset + query.limit if relevance else None
    statement, rank, params = _matching(joined, query, dialect, top=top)
    page_rows = conn.execute(
        statement.order_by(*_ordering(query, rank)).limit(query.limit).offset(query.offset),
        params,
    ).mappings()
    items = [dict(row) for row in page_rows]
    counted, _, _ = _matching(
        select(func.count())
        .select_from(reviews)
        .join(films, films.c.film_id == reviews.c.film_id, isouter=True),
        query,
        dialect,
    )
    total = int(conn.execute(counted, params).scalar_one())
    return SearchPage(items=items, total=total, facets=_facets(conn, query, dialect, params, rank))


def _facets(
    conn: Connection, query: SearchQuery, dialect: str, params: dict[str, Any], rank: Any
) -> dict[str, list[tuple[str, str, int]]]:
    no_video = or_(reviews.c.home_video.is_(None), cast(reviews.c.home_video, Text()) == "null")
    sample, _, _ = _matching(
        select(
            reviews.c.film_year,
            reviews.c.publication_id,
            publications.c.name,
            reviews.c.verdict_label,
            case((no_video, 0), else_=1),
            reviews.c.film_id,
        )
        .select_from(reviews)
        .join(films, films.c.film_id == reviews.c.film_id, isouter=True)
        .join(
            publications,
            publications.c.publication_id == reviews.c.publication_id,
            isouter=True,
        ),
        query,
        dialect,
        top=FACET_SAMPLE,
    )
    if rank is not None:
        sample = sample.order_by(rank)
    years: Counter[str] = Counter()
    outlets: Counter[tuple[str, str]] = Counter()
    video: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    per_film: Counter[str] = Counter()
    for year, publication_id, publication_name, label, has_video, film_id in conn.execute(
        sample.limit(FACET_SAMPLE), params
    ):
        if year:
            years[str(year)] += 1
        if publication_id:
            outlets[(publication_id, publication_name)] += 1
        video[str(has_video)] += 1
        labels[label] += 1
        if film_id:
            per_film[film_id] += 1
    bands: Counter[str] = Counter()
    directors: Counter[str] = Counter()
    film_rows = conn.execute(
        select(films.c.film_id, films.c.score, films.c.directors).where(
            films.c.film_id.in_(list(per_film))
        )
    )
    for film_id, score, names in film_rows:
        if score is not None:
            bands[band(score)] += per_film[film_id]
        for name in names or []:
            directors[name] += per_film[film_id]
    return {
        "year": [(y, y, n) for y, n in sorted(years.items(), reverse=True)[:FACET_LIMIT]],
        "band": [(b, b, bands[b]) for b in BAND_RANGES if bands[b]],
        "director": [(d, d, n) for d, n in directors.most_common(FACET_LIMIT)],
        "publication": [(pid, name, n) for (pid, name), n in outlets.most_common(FACET_LIMIT)],
        "home_video": [
            (v, "Home video" if v == "1" else "Theatrical", video[v])
            for v in ("1", "0")
            if video[v]
        ],
        "label": [
            (lab, lab, labels[lab]) for lab in ("positive", "mixed", "negative") if labels[lab]
        ],
    }
