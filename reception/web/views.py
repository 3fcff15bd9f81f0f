"""View models: stored rows shaped for pages and the JSON API (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reception.export import export_record


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
