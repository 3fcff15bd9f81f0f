"""View models: stored rows shaped for pages and the JSON API (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reception.export import export_record
from reception.export.formats import critic_review_jsonld, movie_jsonld
from reception.records import Label


def review_summary(row: Mapping[str, Any]) -> dict[str, Any]:
    """A review as it appears in lists: enough to show a line and link to the page."""
    record = export_record(row)
    return {
        "id": record["id"],
        "headline": record["headline"],
        "critic": record["critic"],
        "critic_id": row.get("critic_id"),
        "publication": record["publication"],
        "publication_id": row.get("publication_id"),
        "date_published": record["date_published"],
        "film_id": row.get("film_id"),
        "film_title": row.get("film_title"),
        "film_year": row.get("film_year"),
        "score": record["verdict"]["score"],
        "label": record["verdict"]["label"],
        "from_grade": record["verdict"]["from_grade"],
        "grade": record["grade"],
        "pull_quote": record["verdict"]["pull_quote"],
        "source_uri": record["source"]["uri"],
        "home_video": record["home_video"],
    }


def film_summary(row: Mapping[str, Any]) -> dict[str, Any]:
    aggregate: Mapping[str, Any] = row.get("aggregate") or {}
    return {
        "id": row["film_id"],
        "title": row["title"],
        "year": row.get("year"),
        "directors": list(row.get("directors") or []),
        "tconst": row.get("tconst"),
        "review_count": row.get("review_count") or 0,
        "score": row.get("score"),
        "label": Label.for_score(row["score"]).value if row.get("score") is not None else None,
        "band": aggregate.get("band"),
        "percent_positive": aggregate.get("percent_positive"),
    }


def film_detail(row: Mapping[str, Any], review_rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A film with its merged facts, aggregate, home-video editions and every review."""
    detail = film_summary(row)
    reviews = [review_summary(r) for r in review_rows]
    editions = [
        {**r["home_video"], "review_id": r["id"], "publication": r["publication"]}
        for r in reviews
        if r["home_video"]
    ]
    detail.update(
        facts=dict(row.get("facts") or {}),
        aggregate=dict(row.get("aggregate") or {}),
        home_video=editions,
        reviews=reviews,
    )
    return detail


def review_detail(row: Mapping[str, Any]) -> dict[str, Any]:
    record = export_record(row)
    record["critic_id"] = row.get("critic_id")
    record["publication_id"] = row.get("publication_id")
    record["provenance"] = dict((row.get("facts") or {}).get("provenance") or {})
    record["side_parts"] = dict(row.get("article") or {})
    return record


def jsonable(value: Any) -> Any:
    """Dates and nested rows ready for JSON."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def long_date(iso: str) -> str:
    """'2012-11-23' as '23 Nov 2012' (the ``datetime`` attribute keeps the ISO form)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%b %Y}"


def highlighted_paragraphs(
    body: str, evidence: Sequence[Mapping[str, Any]]
) -> list[list[tuple[str, str]]]:
    """Body paragraphs as (text, kind) segments, evidence sentences marked 'up' or 'down'.

    Segments stay plain text: the template escapes each one, so marking never opens a hole.
    """
    marks = [
        (str(e["sentence"]), "up" if float(e["weight"]) > 0 else "down")
        for e in evidence
        if e.get("sentence")
    ]
    paragraphs: list[list[tuple[str, str]]] = []
    for paragraph in (p for p in body.split("\n\n") if p):
        segments: list[tuple[str, str]] = [(paragraph, "")]
        for sentence, kind in marks:
            split: list[tuple[str, str]] = []
            for segment, segment_kind in segments:
                at = segment.find(sentence) if not segment_kind else -1
                if at < 0:
                    split.append((segment, segment_kind))
                    continue
                before, after = segment[:at], segment[at + len(sentence) :]
                split.extend(
                    part for part in ((before, ""), (sentence, kind), (after, "")) if part[0]
                )
            segments = split
        paragraphs.append(segments)
    return paragraphs


def histogram_bars(
    histogram: Sequence[int], width: int = 300, height: int = 90
) -> list[dict[str, Any]]:
    """Bars of an inline SVG score chart: ten buckets of ten points."""
    tallest = max(histogram, default=0) or 1
    step = width / max(len(histogram), 1)
    bars = []
    for index, count in enumerate(histogram):
        bar_height = round(height * count / tallest, 1)
        low = index * 10
        bars.append(
            {
                "x": round(index * step + 1, 1),
                "y": round(height - bar_height, 1),
                "width": round(step - 2, 1),
                "height": bar_height,
                "count": count,
                "range": f"{low}–{low + 9 if index < 9 else 100}",
                "label": "positive" if low >= 60 else "mixed" if low >= 40 else "negative",
            }
        )
    return bars


def critic_detail(
    critic: Mapping[str, Any],
    review_rows: Sequence[Mapping[str, Any]],
    films_by_id: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """A critic with their reviews, their score distribution (ten bins of ten points, the last
    taking 100) and their agreement with the majority (:func:`critic_agreement`)."""
    reviews = [review_summary(row) for row in review_rows]
    distribution = [0] * 10
    for review in reviews:
        distribution[min(int(review["score"] // 10), 9)] += 1
    return {
        **critic,
        "reviews": reviews,
        "distribution": distribution,
        "agreement": critic_agreement(reviews, films_by_id),
    }


def critic_agreement(
    reviews: Sequence[Mapping[str, Any]], films_by_id: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """How often a critic's fresh/rotten call matches the majority of critics on the film.

    Only films with at least three reviews count: with fewer, the critic is the majority.
    """
    agreed = counted = 0
    for review in reviews:
        film = films_by_id.get(str(review.get("film_id")))
        aggregate = (film or {}).get("aggregate") or {}
        if not film or (film.get("review_count") or 0) < 3:
            continue
        majority_fresh = float(aggregate.get("percent_positive") or 0) >= 50
        counted += 1
        agreed += (float(review["score"]) >= 60) == majority_fresh
    return {
        "films": counted,
        "percent": round(100 * agreed / counted, 1) if counted else None,
    }


def film_jsonld(
    film: Mapping[str, Any], records: Sequence[Mapping[str, Any]], base_url: str
) -> dict[str, Any]:
    """schema.org ``Movie`` with ``AggregateRating`` and its critic reviews; ``base_url`` is
    the site's address, for absolute links."""
    facts: dict[str, Any] = {
        **(film.get("facts") or {}),
        "title": film["title"],
        "year": film.get("year"),
    }
    if not facts.get("directors"):
        facts["directors"] = film.get("directors") or []
    movie = {
        "@context": "https://schema.org",
        **movie_jsonld(facts),
        "url": f"{base_url.rstrip('/')}/films/{film['id']}",
    }
    if film.get("score") is not None:
        movie["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": film["score"],
            "bestRating": 100,
            "worstRating": 0,
            "reviewCount": film["review_count"],
        }
    reviews = []
    for record in records[:20]:
        review = critic_review_jsonld(record)
        review.pop("@context", None)
        review.pop("itemReviewed", None)
        review.setdefault("url", f"{base_url.rstrip('/')}/reviews/{record['id']}")
        reviews.append(review)
    if reviews:
        movie["review"] = reviews
    return movie


def review_jsonld(review: Mapping[str, Any], base_url: str) -> dict[str, Any]:
    """schema.org ``CriticReview`` for a review page: the original's address when it has a
    web one (else this page's), and the reviewed film linked to its page here."""
    document = critic_review_jsonld(review)
    site = base_url.rstrip("/")
    document.setdefault("url", f"{site}/reviews/{review['id']}")
    film_id = review["film"].get("film_id")
    if film_id:
        document["itemReviewed"]["url"] = f"{site}/films/{film_id}"
    return document


def api_reference(openapi: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The API's operations, grouped by tag, read from its OpenAPI document: the reference page
    is rendered on the server, so it works offline and under the site's no-script policy."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for path, methods in openapi.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [
                {
                    "name": parameter["name"],
                    "where": parameter.get("in", ""),
                    "required": bool(parameter.get("required")),
                    "type": _schema_type(parameter.get("schema", {})),
                    "default": parameter.get("schema", {}).get("default"),
                    "description": parameter.get("description")
                    or parameter.get("schema", {}).get("description", ""),
                }
                for parameter in operation.get("parameters", [])
            ]
            tag = (operation.get("tags") or ["other"])[0]
            groups.setdefault(tag, []).append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    return [{"tag": tag, "operations": operations} for tag, operations in groups.items()]


def _schema_type(schema: Mapping[str, Any]) -> str:
    """A parameter's type in a few words: ``integer 1–100``, ``string matching ^(a|b)$``."""
    if "anyOf" in schema:
        kinds = [_schema_type(option) for option in schema["anyOf"]]
        return " or ".join(kind for kind in kinds if kind != "null") or "null"
    kind = str(schema.get("format") or schema.get("type", "any"))
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        kind += f" {low}–{high}"
    elif low is not None:
        kind += f" ≥ {low}"
    if "pattern" in schema:
        kind += f" matching {schema['pattern']}"
    return kind
