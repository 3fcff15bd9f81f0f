"""Full-text search with facets: FTS5 on SQLite, tsvector on PostgreSQL, one query shape.

Facets (year, band, director, publication, home video, verdict) are counted over the best
``FACET_SAMPLE`` matches (all of them for most queries), so a query that matches most of a large
store stays fast; the total is always exact.

On SQLite, an unfiltered search by relevance is answered from the full-text index alone: one
walk down the newest matches that scores them (and counts them, when there are fewer than
``RANK_WINDOW``), one fetch of the page's rows. Scoring costs time for every match, so words
found in more than ``RANK_WINDOW`` reviews are ranked among the ``RANK_WINDOW`` most recently
added of them, and counting stops at ``COUNT_LIMIT`` (the page then says "more than"). Only the
last word of a query is matched as a prefix (a visitor may still be typing it), only from
``PREFIX_MIN`` letters, and only when the index does not hold it as a word of its own: a prefix
merges the index lists of every word it starts ("cotill" finds Cotillard; "luminous" is
matched as itself, not also as "luminously").
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
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
    literal_column,
    or_,
    select,
    text,
)

from reception.names import slug, title_key
from reception.store.queries import join_publication
from reception.store.schema import critics, film_titles, films, publications, reviews
from reception.vocabulary import BAND_RANGES, film_band

FACET_SAMPLE = 500
RANK_WINDOW = 1_000
COUNT_LIMIT = 10_000
PREFIX_MIN = 3
BM25 = "bm25(reviews_fts, 10.0, 8.0, 4.0, 1.0)"  # headline, film title, critic, body
FACET_LIMIT = 12
SORTS = ("relevance", "newest", "oldest", "score", "title")


@dataclass(frozen=True, slots=True)
class SearchQuery:
    q: str = ""
    year: int | None = None
    band: str | None = None  # the film's band (reception.vocabulary.film_band)
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
    total_is_lower_bound: bool = False  # counting stopped at COUNT_LIMIT


def fts_terms(query: str) -> list[str]:
    """Words of a user's query, safe to quote inside an FTS5 expression."""
    return "".join(c if c.isalnum() else " " for c in query).split()[:12]


def match_expression(query: str, is_word: Callable[[str], bool] = lambda term: False) -> str | None:
    """An FTS5 query for the words of ``query``: all of them, the last one also as a prefix
    when it is long enough and not a word the index holds (``is_word``); None when there are
    no words. A prefix merges the index lists of every word it starts, so a finished word is
    matched as itself."""
    terms = fts_terms(query)
    if not terms:
        return None
    *whole, last = terms
    quoted = [f'"{term}"' for term in whole]
    prefix = len(last) >= PREFIX_MIN and not is_word(last)
    quoted.append(f'"{last}"*' if prefix else f'"{last}"')
    return " ".join(quoted)


def _indexed_word(conn: Connection) -> Callable[[str], bool]:
    """Whether the SQLite index holds a word, folded as its tokenizer folds (lower case, no
    accents), looked up in the ``temp.reviews_vocab`` table each connection opens."""
    lookup = text("SELECT 1 FROM temp.reviews_vocab WHERE term = :term LIMIT 1")

    def is_word(term: str) -> bool:
        decomposed = unicodedata.normalize("NFKD", term.lower())
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        return conn.execute(lookup, {"term": folded}).first() is not None

    return is_word


ACCENTED = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűųýÿźżž"
PLAIN = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorsssstuuuuuuuuyyzzz"


def pg_document(table: str = "") -> str:
    """What PostgreSQL searches, as SQLite's index reads it (``unicode61 remove_diacritics``):
    no stemming, no stop words, lower case, accents gone; the migration indexes the same
    expression (``table`` qualifies the columns in queries that join other tables)."""
    t = f"{table}." if table else ""
    return (
        f"to_tsvector('simple'::regconfig, translate(lower(coalesce({t}headline, '') || ' ' || "
        f"coalesce({t}film_title, '') || ' ' || replace(coalesce({t}critic_id, ''), '-', ' ') "
        f"|| ' ' || {t}body), '{ACCENTED}', '{PLAIN}'))"
    )


def _pg_document() -> Any:
    return literal_column(pg_document("reviews"))


def _fold(term: str) -> str:
    decomposed = unicodedata.normalize("NFKD", term.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pg_query(conn: Connection, terms: list[str]) -> Any:
    """The words as a PostgreSQL text query with SQLite's rules (:func:`match_expression`):
    every word, the last also as a prefix when long enough and not a word of the index."""
    folded = [_fold(term) for term in terms]
    *whole, last = folded

    def is_word(term: str) -> bool:
        probe: Any = (
            select(literal_column("1"))
            .select_from(reviews)
            .where(
                _pg_document().op("@@")(
                    func.to_tsquery(literal_column("'simple'::regconfig"), term)
                )
            )
        )
        return conn.execute(probe.limit(1)).first() is not None

    prefix = len(last) >= PREFIX_MIN and not is_word(last)
    words = [f"'{term}'" for term in whole] + [f"'{last}'" + (":*" if prefix else "")]
    return func.to_tsquery(literal_column("'simple'::regconfig"), " & ".join(words))


def _matching(
    statement: Any, query: SearchQuery, match: str | None, tsquery: Any = None
) -> tuple[Any, Any, dict[str, Any]]:
    """The statement narrowed to the query's words and filters, its rank, and bind params;
    ``match`` is the FTS5 expression on SQLite, ``tsquery`` the text query elsewhere."""
    params: dict[str, Any] = {}
    rank: Any = None
    terms = fts_terms(query.q)
    if match is not None:
        params["match"] = match
        hits = (
            text(
                f"SELECT rowid AS id, {BM25} AS rank FROM reviews_fts WHERE reviews_fts MATCH :match"
            )
            .columns(column("id", Integer), column("rank", Float))
            .subquery("hits")
        )
        statement = statement.join(hits, hits.c.id == reviews.c.id)
        rank = hits.c.rank
    elif terms and tsquery is not None:
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
    match = match_expression(query.q, _indexed_word(conn)) if dialect == "sqlite" else None
    if match and query.sort == "relevance" and not query.filters:
        return _ranked_by_index(conn, base, query, match)
    terms = fts_terms(query.q)
    tsquery = _pg_query(conn, terms) if dialect != "sqlite" and terms else None
    joined = base.join(films, films.c.film_id == reviews.c.film_id, isouter=True)
    statement, rank, params = _matching(joined, query, match, tsquery)
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
        match,
        tsquery,
    )
    total = int(conn.execute(counted, params).scalar_one())
    sample, sample_rank, _ = _matching(_facet_columns(), query, match, tsquery)
    sample = sample.order_by(*_ordering(query, sample_rank))
    facets = _facets(conn, sample.limit(FACET_SAMPLE), params)
    return SearchPage(items=items, total=total, facets=facets)


def _ranked_by_index(conn: Connection, base: Any, query: SearchQuery, match: str) -> SearchPage:
    """Relevance order from FTS5 alone (see the module's docstring): the ranking that picks
    the page also gives the facet sample, and only the page's rows are read whole."""
    fts = "FROM reviews_fts WHERE reviews_fts MATCH :match"
    params: dict[str, Any] = {"match": match}
    # the newest RANK_WINDOW matches with their scores, in one walk down the index
    scoring = text(f"SELECT rowid, {BM25} {fts} ORDER BY rowid DESC LIMIT {RANK_WINDOW}")
    scored = conn.execute(scoring, params).all()
    found = len(scored)
    if found == RANK_WINDOW:  # perhaps more: count on, up to COUNT_LIMIT
        counting = text(f"SELECT count(*) FROM (SELECT rowid {fts} LIMIT {COUNT_LIMIT + 1})")
        found = int(conn.execute(counting, params).scalar_one())
    wanted = max(FACET_SAMPLE, query.offset + query.limit)
    # best first (bm25 is lower for better matches); the newest first among equals
    ranked = [int(row_id) for row_id, _ in sorted(scored, key=lambda row: row[1])[:wanted]]
    page_ids = ranked[query.offset : query.offset + query.limit]
    rows = {
        row["id"]: dict(row)
        for row in conn.execute(base.where(reviews.c.id.in_(page_ids))).mappings()
    }
    items = [rows[row_id] for row_id in page_ids if row_id in rows]
    sampled = func.json_each(json.dumps(ranked[:FACET_SAMPLE])).table_valued("value")
    sample = _facet_columns().where(reviews.c.id.in_(select(sampled.c.value)))
    return SearchPage(
        items=items,
        total=min(found, COUNT_LIMIT),
        facets=_facets(conn, sample, {}),
        total_is_lower_bound=found > COUNT_LIMIT,
    )


def _facet_columns() -> Any:
    """What facets count, one row per review."""
    no_video = or_(reviews.c.home_video.is_(None), cast(reviews.c.home_video, Text()) == "null")
    return join_publication(
        select(
            reviews.c.film_year,
            reviews.c.publication_id,
            publications.c.name,
            reviews.c.verdict_label,
            case((no_video, 0), else_=1),
            reviews.c.film_id,
            films.c.score,
            cast(films.c.directors, Text()),  # decoded once per film, not per review
        )
        .select_from(reviews)
        .join(films, films.c.film_id == reviews.c.film_id, isouter=True)
    )


def _facets(
    conn: Connection, sample: Any, params: dict[str, Any]
) -> dict[str, list[tuple[str, str, int]]]:
    """Facet counts over the rows ``sample`` (a :func:`_facet_columns` select) gives."""
    years: Counter[str] = Counter()
    outlets: Counter[tuple[str, str]] = Counter()
    video: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    per_film: Counter[str] = Counter()
    film_facts: dict[str, tuple[float | None, str | None]] = {}
    for row in conn.execute(sample, params).all():
        year, publication_id, publication_name, label, has_video, film_id, score, names = row
        if year:
            years[str(year)] += 1
        if publication_id:
            outlets[(publication_id, publication_name)] += 1
        video[str(has_video)] += 1
        labels[label] += 1
        if film_id:
            per_film[film_id] += 1
            film_facts[film_id] = (score, names)
    bands: Counter[str] = Counter()
    directors: Counter[str] = Counter()
    for film_id, (score, names) in film_facts.items():
        if score is not None:
            bands[film_band(score)] += per_film[film_id]
        for name in json.loads(names) if names else []:
            directors[name] += per_film[film_id]
    return {
        "year": [(y, y, n) for y, n in sorted(years.items(), reverse=True)[:FACET_LIMIT]],
        "band": [(b, b, bands[b]) for b in BAND_RANGES if bands[b]],
        "director": [(d, d, n) for d, n in _most_common(directors, lambda d: d)],
        "publication": [(pid, name, n) for (pid, name), n in _most_common(outlets, lambda o: o[1])],
        "home_video": [
            (v, "Home video" if v == "1" else "Theatrical", video[v])
            for v in ("1", "0")
            if video[v]
        ],
        "label": [
            (lab, lab, labels[lab]) for lab in ("positive", "mixed", "negative") if labels[lab]
        ],
    }


# -- films, critics and publications by name ------------------------------------------------

ENTITY_LIMIT = 10
YEARS = range(1870, 2101)


@dataclass(frozen=True, slots=True)
class NameMatches:
    """Films, critics and publications whose names hold every word of a query."""

    films: list[dict[str, Any]]
    critics: list[dict[str, Any]]
    publications: list[dict[str, Any]]


def split_year(query: str) -> tuple[str, int | None]:
    """A query's words without a year, and the year: "crash 1996" -> ("crash", 1996). A year
    is a film's year, never a word to find in the text."""
    words, year = [], None
    for word in query.split():
        if year is None and len(word) == 4 and word.isdigit() and int(word) in YEARS:
            year = int(word)
        else:
            words.append(word)
    return " ".join(words), year


def _contains_all(column: Any, keys: list[str]) -> list[Any]:
    """``column`` (an ASCII key) holds every key: plain LIKE, so SQLite and PostgreSQL agree."""
    return [column.like(f"%{key}%") for key in keys]


def find_names(conn: Connection, words: str, year: int | None, limit: int) -> NameMatches:
    """Films (any title their reviews give them, original titles too), critics and
    publications whose folded names hold every word; films only of ``year`` when given.

    Names are compared through the folded ASCII keys the store already keeps (title keys,
    slugs), so case, accents and punctuation never matter and both databases give the same
    rows in the same order."""
    terms = fts_terms(words)
    if len(terms) > 1 and title_key(f"{terms[0]} {terms[1]}") == title_key(terms[1]):
        terms_of_title = terms[1:]  # a leading article, which title keys leave out
    else:
        terms_of_title = terms
    film_keys = [key for key in map(title_key, terms_of_title) if key]
    slugs = [slug(word) for word in terms]
    if not film_keys and year is None:
        return NameMatches([], [], [])
    titled = select(film_titles.c.film_id).where(*_contains_all(film_titles.c.title_key, film_keys))
    film_statement = select(films).where(films.c.film_id.in_(titled))
    if year is not None:
        film_statement = film_statement.where(films.c.year == year)
    film_statement = film_statement.order_by(
        films.c.review_count.desc(), films.c.title, films.c.film_id
    ).limit(limit)
    found_films = [dict(row) for row in conn.execute(film_statement).mappings()]
    if not slugs:
        return NameMatches(found_films, [], [])
    found_critics = _writers_named(
        conn, critics, critics.c.critic_id, reviews.c.critic_id, slugs, limit
    )
    found_publications = _writers_named(
        conn, publications, publications.c.publication_id, reviews.c.publication_id, slugs, limit
    )
    return NameMatches(found_films, found_critics, found_publications)


def _writers_named(
    conn: Connection, table: Any, key: Any, review_key: Any, slugs: list[str], limit: int
) -> list[dict[str, Any]]:
    count = func.count(reviews.c.id).label("review_count")
    statement = (
        select(table, count)
        .join(reviews, review_key == key, isouter=True)
        .where(*_contains_all(key, slugs))
        .group_by(*table.c)
        .order_by(count.desc(), table.c.name, key)
        .limit(limit)
    )
    return [dict(row) for row in conn.execute(statement).mappings()]


def _most_common(counts: Counter[Any], name: Callable[[Any], str]) -> list[tuple[Any, int]]:
    """The ``FACET_LIMIT`` commonest values, ties by name: the same whatever order the rows
    came in (each database ranks its own way)."""
    return sorted(counts.items(), key=lambda item: (-item[1], name(item[0]), str(item[0])))[
        :FACET_LIMIT
    ]
