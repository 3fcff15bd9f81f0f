"""The export record: one JSON object per review (documented in docs/export.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from reception.vocabulary import is_fresh


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if value else None


def _film(row: Mapping[str, Any]) -> dict[str, Any]:
    facts: Mapping[str, Any] = row.get("facts") or {}
    releases = facts.get("release_dates") or []
    theatrical = [r["date"] for r in releases if r.get("kind") in ("theatrical", "unknown")]
    return {
        "title": facts.get("title") or row.get("film_title"),
        "year": facts.get("year") or row.get("film_year"),
        "original_title": facts.get("original_title"),
        "directors": list(facts.get("directors") or []),
        "writers": list(facts.get("writers") or []),
        "cast": [
            {"actor": m["actor"], "character": m.get("character")} for m in facts.get("cast") or []
        ],
        "distributor": facts.get("distributor"),
        "mpaa_rating": facts.get("mpaa_rating"),
        "runtime_minutes": facts.get("runtime_minutes"),
        "release_date": theatrical[0] if theatrical else None,
        "film_id": row.get("film_id"),
    }


def export_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored review row (with ``critic_name`` and ``publication_name``) as an export record."""
    grade = None
    if row.get("grade_value") is not None:
        grade = {
            "raw": row["grade_raw"],
            "value_0_100": row["grade_value"],
            "scale": row.get("grade_scale"),
        }
    return {
        "id": row.get("review_id"),
        "source": {
            "uri": row.get("canonical_url") or row["page_uri"],
            "content_sha256": row["content_sha256"],
        },
        "headline": row.get("headline"),
        "dek": row.get("dek"),
        "critic": row.get("critic_name"),
        "publication": row.get("publication_name"),
        "date_published": _iso(row.get("date_published")),
        "body": row.get("body") or "",
        "film": _film(row),
        "home_video": row.get("home_video"),
        "grade": grade,
        "verdict": {
            "score": round(float(row["verdict_score"]), 1),
            "label": row["verdict_label"],
            "fresh": is_fresh(float(row["verdict_score"])),
            "confidence": round(float(row["verdict_confidence"]), 3),
            "from_grade": bool(row.get("from_grade")),
            "text_score": row.get("text_score"),
            "disagreement": bool(row.get("disagreement")),
            "pull_quote": row.get("pull_quote"),
            "evidence": list(row.get("evidence") or []),
        },
        "language": row.get("language"),
    }
