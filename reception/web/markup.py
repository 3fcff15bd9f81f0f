"""What pages add on top of the view records: dates for people, marked evidence, chart bars,
schema.org JSON-LD and the API reference read from the OpenAPI document (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reception.export.formats import critic_review_jsonld, movie_jsonld
from reception.records import FilmView, ReviewLine, ReviewView, to_jsonable
from reception.vocabulary import LABELS


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
    by_label: Mapping[str, Sequence[int]], width: int = 300, height: int = 90, headroom: int = 14
) -> list[dict[str, Any]]:
    """Bars of an inline SVG score chart: ten bins of ten points, each bar stacked from its
    reviews' labels in the badges' colours (the 60s bar can hold a mixed 60 and a positive
    65), its count written above it."""
    bins = max((len(counts) for counts in by_label.values()), default=0)
    totals = [sum(counts[index] for counts in by_label.values()) for index in range(bins)]
    tallest = max(totals, default=0) or 1
    step = width / max(bins, 1)
    bars = []
    for index, total in enumerate(totals):
        top = float(height)
        segments = []
        for label in reversed(LABELS):  # negative at the bottom, positive on top
            count = by_label.get(label, [0] * bins)[index]
            if not count:
                continue
            size = round((height - headroom) * count / tallest, 1)
            top = round(top - size, 1)
            segments.append({"label": label, "count": count, "y": top, "height": size})
        low = index * 10
        bars.append(
            {
                "x": round(index * step + 1, 1),
                "width": round(step - 2, 1),
                "count": total,
                "top": top,
                "range": f"{low}–{low + 9 if index < bins - 1 else 100}",
                "segments": segments,
            }
        )
    return bars


def _line_record(line: ReviewLine) -> dict[str, Any]:
    """The export-record fields a ``CriticReview`` reads, from a review's line."""
    return {
        "id": line.id,
        "headline": line.headline,
        "critic": line.critic,
        "publication": line.publication,
        "date_published": line.date_published,
        "film": {"title": line.film_title, "year": line.film_year},
        "grade": line.grade,
        "verdict": {"score": line.score, "pull_quote": line.pull_quote},
        "source": {"uri": line.source_uri},
    }


def film_jsonld(film: FilmView, base_url: str) -> dict[str, Any]:
    """schema.org ``Movie`` with ``AggregateRating`` and its critic reviews; ``base_url`` is
    the site's address, for absolute links."""
    facts: dict[str, Any] = {**film.facts, "title": film.title, "year": film.year}
    if not facts.get("directors"):
        facts["directors"] = list(film.directors)
    site = base_url.rstrip("/")
    movie = {
        "@context": "https://schema.org",
        **movie_jsonld(facts),
        "url": f"{site}/films/{film.id}",
    }
    if film.score is not None:
        movie["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": film.score,
            "bestRating": 100,
            "worstRating": 0,
            "reviewCount": film.review_count,
        }
    reviews = []
    for line in film.reviews[:20]:
        review = critic_review_jsonld(_line_record(line))
        review.pop("@context", None)
        review.pop("itemReviewed", None)
        review.setdefault("url", f"{site}/reviews/{line.id}")
        reviews.append(review)
    if reviews:
        movie["review"] = reviews
    return movie


def review_jsonld(review: ReviewView, base_url: str) -> dict[str, Any]:
    """schema.org ``CriticReview`` for a review page: the original's address when it has a
    web one (else this page's), and the reviewed film linked to its page here."""
    document = critic_review_jsonld(to_jsonable(review))
    site = base_url.rstrip("/")
    document.setdefault("url", f"{site}/reviews/{review.id}")
    film_id = review.film.get("film_id")
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
