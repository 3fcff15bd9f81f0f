"""How a ``Review`` record maps to a row of the ``reviews`` table, and back to export shape.

Pure: the store adds the linked ids; ``reception extract`` uses the same mapping without a
database, so both print identical records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from reception.records import CastMember, FilmFacts, ReleaseDate, Review, Source, to_jsonable


def review_columns(review: Review) -> dict[str, Any]:
    """The ``reviews`` columns that come straight from the record (no linking)."""
    article, verdict, grade = review.article, review.verdict, review.grade
    return {
        "page_uri": review.page_uri,
        "canonical_url": article.canonical_url,
        "content_sha256": review.content_sha256,
        "site": article.site,
        "headline": article.headline,
        "dek": article.dek,
        "date_published": article.date_published,
        "body": article.text,
        "language": article.language,
        "film_title": review.film.title,
        "film_year": review.film.year,
        "facts": to_jsonable(review.film),
        "home_video": to_jsonable(review.home_video),
        "grade_raw": grade.raw if grade else None,
        "grade_value": grade.value_0_100 if grade else None,
        "grade_scale": grade.scale if grade else None,
        "verdict_score": verdict.score,
        "verdict_label": verdict.label.value,
        "verdict_confidence": verdict.confidence,
        "text_score": verdict.text_score,
        "from_grade": verdict.from_grade,
        "disagreement": verdict.disagreement,
        "pull_quote": verdict.pull_quote,
        "evidence": to_jsonable(verdict.evidence),
        "article": {
            "infobox": list(article.infobox),
            "specs": [list(row) for row in article.specs],
            "special_features": list(article.special_features),
            "rating_text": list(article.rating_text),
            "structured": to_jsonable(article.structured),
            # kept with --keep-all although the review detector refused it
            "review_check": to_jsonable(article.review_check),
        },
    }


def film_facts(stored: Mapping[str, Any] | None) -> FilmFacts:
    """A ``facts`` column read back into the record it was written from."""
    if not stored:
        return FilmFacts()
    return FilmFacts(
        title=stored.get("title"),
        year=stored.get("year"),
        original_title=stored.get("original_title"),
        directors=tuple(stored.get("directors") or ()),
        writers=tuple(stored.get("writers") or ()),
        cast=tuple(
            CastMember(member["actor"], member.get("character"))
            for member in stored.get("cast") or ()
        ),
        distributor=stored.get("distributor"),
        mpaa_rating=stored.get("mpaa_rating"),
        other_ratings=tuple(
            (system, rating) for system, rating in stored.get("other_ratings") or ()
        ),
        runtime_minutes=stored.get("runtime_minutes"),
        release_dates=tuple(
            ReleaseDate(dt.date.fromisoformat(release["date"]), release["kind"])
            for release in stored.get("release_dates") or ()
        ),
        provenance={
            name: Source(source) for name, source in (stored.get("provenance") or {}).items()
        },
    )
