"""View functions: what each page and API item shows, read from the store as typed records.

The HTML pages, the JSON API and the exports read the same records (:mod:`reception.records`,
read side), so a number cannot differ between them. Rows are read by column name here and
nowhere else in ``web/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

from reception.aggregate.film import HISTOGRAM_BINS, histogram_bin
from reception.export import export_record
from reception.records import (
    Critic,
    CriticView,
    FilmLine,
    FilmView,
    Publication,
    PublicationView,
    ReviewLine,
    ReviewView,
)
from reception.store import Store
from reception.vocabulary import LABELS, is_fresh, label_for


def review_line(row: Mapping[str, Any]) -> ReviewLine:
    """A stored review row (list columns and joined names) as a line of a list."""
    record = export_record(row)
    verdict = record["verdict"]
    return ReviewLine(
        id=record["id"],
        headline=record["headline"],
        critic=record["critic"],
        critic_id=row.get("critic_id"),
        publication=record["publication"],
        publication_id=row.get("publication_id"),
        date_published=record["date_published"],
        film_id=row.get("film_id"),
        film_title=row.get("film_title"),
        film_year=row.get("film_year"),
        score=verdict["score"],
        label=verdict["label"],
        from_grade=verdict["from_grade"],
        grade=record["grade"],
        pull_quote=verdict["pull_quote"],
        source_uri=public_source(record["source"]["uri"]),
        home_video=record["home_video"],
    )


def public_source(uri: str) -> str:
    """Where a review came from, as visitors may see it: its web address when it has one,
    else only the file's name (never a path on the server's disk or an archive's insides)."""
    if uri.startswith(("http://", "https://")):
        return uri
    return PurePath(uri.split("#", 1)[0]).name or "a file"


def film_line(row: Mapping[str, Any]) -> FilmLine:
    """A stored film row as a line of a list."""
    aggregate: Mapping[str, Any] = row.get("aggregate") or {}
    score = row.get("score")
    return FilmLine(
        id=row["film_id"],
        title=row["title"],
        year=row.get("year"),
        directors=tuple(row.get("directors") or ()),
        tconst=row.get("tconst"),
        review_count=row.get("review_count") or 0,
        score=score,
        label=label_for(score) if score is not None else None,
        band=aggregate.get("band"),
        # stores aggregated before the vocabulary was settled named the same share this way
        percent_fresh=aggregate.get("percent_fresh", aggregate.get("percent_positive")),
        low_score=aggregate.get("low_score"),
        high_score=aggregate.get("high_score"),
    )


def _mean(value: Any) -> float | None:
    return None if value is None else round(float(value), 1)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def critic_line(row: Mapping[str, Any]) -> Critic:
    return Critic(
        row["critic_id"],
        row["name"],
        int(row.get("review_count") or 0),
        _mean(row.get("mean_score")),
        _iso(row.get("latest_review")),
    )


def publication_line(row: Mapping[str, Any]) -> Publication:
    return Publication(
        row["publication_id"],
        row["name"],
        row.get("domain"),
        int(row.get("review_count") or 0),
        _mean(row.get("mean_score")),
        _iso(row.get("latest_review")),
    )


REVIEWS_PER_PAGE = 50
"""Reviews a film, critic or publication page lists at once; the rest are a page away."""


def film_view(
    store: Store, film_id: str, offset: int = 0, limit: int = REVIEWS_PER_PAGE
) -> FilmView | None:
    """A film with its merged facts, aggregate, home-video editions and a page of reviews."""
    row = store.film(film_id)
    if row is None:
        return None
    line = film_line(row)
    reviews = tuple(review_line(r) for r in store.review_rows(film_id=film_id))
    editions = tuple(
        {**r.home_video, "review_id": r.id, "publication": r.publication}
        for r in reviews
        if r.home_video
    )
    return FilmView(
        **{name: getattr(line, name) for name in FilmLine.__dataclass_fields__},
        facts=dict(row.get("facts") or {}),
        aggregate=dict(row.get("aggregate") or {}),
        home_video=editions,
        reviews=reviews[offset : offset + limit],
        reviews_total=len(reviews),
        reviews_offset=offset,
    )


def review_view(store: Store, review_id: str) -> ReviewView | None:
    """A review whole: the export record, the linked ids, where each fact was read."""
    row = store.review(review_id)
    if row is None:
        return None
    record = export_record(row)
    record["source"] = {**record["source"], "uri": public_source(record["source"]["uri"])}
    return ReviewView(
        **record,
        critic_id=row.get("critic_id"),
        publication_id=row.get("publication_id"),
        provenance=dict((row.get("facts") or {}).get("provenance") or {}),
        side_parts=dict(row.get("article") or {}),
    )


def critic_view(
    store: Store, critic_id: str, offset: int = 0, limit: int = REVIEWS_PER_PAGE
) -> CriticView | None:
    """A critic with their reviews, their score distribution (ten bins of ten points, the last
    taking 100) and their agreement with the majority (:func:`critic_agreement`)."""
    row = store.critic(critic_id)
    if row is None:
        return None
    reviews = tuple(review_line(r) for r in store.review_rows(critic_id=critic_id))
    film_ids = sorted({r.film_id for r in reviews if r.film_id})
    films = {line.id: line for line in map(film_line, store.film_rows(film_ids=film_ids))}
    by_label = {label: [0] * HISTOGRAM_BINS for label in LABELS}
    for review in reviews:
        by_label[review.label][histogram_bin(review.score)] += 1
    return CriticView(
        critic_id=row["critic_id"],
        name=row["name"],
        review_count=len(reviews),
        mean_score=_mean(sum(r.score for r in reviews) / len(reviews)) if reviews else None,
        latest_review=max((r.date_published for r in reviews if r.date_published), default=None),
        reviews=reviews[offset : offset + limit],
        reviews_total=len(reviews),
        reviews_offset=offset,
        distribution=tuple(sum(counts) for counts in zip(*by_label.values(), strict=True)),
        distribution_by_label={label: tuple(counts) for label, counts in by_label.items()},
        agreement=critic_agreement(reviews, films),
    )


def publication_view(
    store: Store, publication_id: str, offset: int = 0, limit: int = REVIEWS_PER_PAGE
) -> PublicationView | None:
    """A publication with its reviews and its critics, busiest first."""
    row = store.publication(publication_id)
    if row is None:
        return None
    reviews = tuple(review_line(r) for r in store.review_rows(publication_id=publication_id))
    counts: dict[tuple[str, str], int] = {}
    for review in reviews:
        if review.critic_id:
            key = (review.critic_id, review.critic or "")
            counts[key] = counts.get(key, 0) + 1
    critics = sorted(
        (Critic(critic_id, name, count) for (critic_id, name), count in counts.items()),
        key=lambda critic: (-critic.review_count, critic.name),
    )
    return PublicationView(
        publication_id=row["publication_id"],
        name=row["name"],
        domain=row.get("domain"),
        review_count=len(reviews),
        mean_score=_mean(sum(r.score for r in reviews) / len(reviews)) if reviews else None,
        latest_review=max((r.date_published for r in reviews if r.date_published), default=None),
        reviews=reviews[offset : offset + limit],
        reviews_total=len(reviews),
        reviews_offset=offset,
        critics=tuple(critics),
    )


def critic_agreement(
    reviews: Sequence[ReviewLine], films_by_id: Mapping[str, FilmLine]
) -> dict[str, Any]:
    """How often a critic's fresh/rotten call matches the majority of critics on the film.

    Only films with at least three reviews count: with fewer, the critic is the majority.
    """
    agreed = counted = 0
    for review in reviews:
        film = films_by_id.get(str(review.film_id))
        if film is None or film.review_count < 3:
            continue
        majority_fresh = float(film.percent_fresh or 0) >= 50
        counted += 1
        agreed += is_fresh(review.score) == majority_fresh
    return {
        "films": counted,
        "percent": round(100 * agreed / counted, 1) if counted else None,
    }


STATIC_PATHS = ("/", "/method", "/films", "/critics", "/publications", "/reviews")


def site_paths(store: Store, limit: int) -> list[str]:
    """The site's pages for a sitemap: fixed pages, then films, critics, publications and
    reviews, at most ``limit`` in all."""
    paths = list(STATIC_PATHS)
    paths += [f"/films/{row['film_id']}" for row in store.film_rows(limit=limit, order="title")]
    paths += [f"/critics/{row['critic_id']}" for row in store.critic_rows(limit=limit)]
    paths += [
        f"/publications/{row['publication_id']}" for row in store.publication_rows(limit=limit)
    ]
    paths += [f"/reviews/{row['review_id']}" for row in store.review_rows(limit=limit)]
    return paths[:limit]
