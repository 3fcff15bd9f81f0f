"""View functions: what each page and API item shows, read from the store as typed records.

The HTML pages, the JSON API and the exports read the same records (:mod:`reception.records`,
read side), so a number cannot differ between them. Rows are read by column name here and
nowhere else in ``web/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
        source_uri=record["source"]["uri"],
        home_video=record["home_video"],
    )


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


def critic_line(row: Mapping[str, Any]) -> Critic:
    return Critic(row["critic_id"], row["name"], int(row.get("review_count") or 0))


def publication_line(row: Mapping[str, Any]) -> Publication:
    return Publication(
        row["publication_id"], row["name"], row.get("domain"), int(row.get("review_count") or 0)
    )


def film_view(store: Store, film_id: str) -> FilmView | None:
    """A film with its merged facts, aggregate, home-video editions and every review."""
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
        reviews=reviews,
    )


def review_view(store: Store, review_id: str) -> ReviewView | None:
    """A review whole: the export record, the linked ids, where each fact was read."""
    row = store.review(review_id)
    if row is None:
        return None
    return ReviewView(
        **export_record(row),
        critic_id=row.get("critic_id"),
        publication_id=row.get("publication_id"),
        provenance=dict((row.get("facts") or {}).get("provenance") or {}),
        side_parts=dict(row.get("article") or {}),
    )


def critic_view(store: Store, critic_id: str) -> CriticView | None:
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
        reviews=reviews,
        distribution=tuple(sum(counts) for counts in zip(*by_label.values(), strict=True)),
        distribution_by_label={label: tuple(counts) for label, counts in by_label.items()},
        agreement=critic_agreement(reviews, films),
    )


def publication_view(store: Store, publication_id: str) -> PublicationView | None:
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
        reviews=reviews,
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
