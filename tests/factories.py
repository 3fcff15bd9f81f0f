"""Small record factories: a test states only what it cares about."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from reception.records import (
    Article,
    CastMember,
    Evidence,
    FilmFacts,
    Grade,
    Label,
    Review,
    Verdict,
)


def make_article(**fields: Any) -> Article:
    defaults: dict[str, Any] = {
        "uri": "pages/ledger/review.html",
        "headline": "Review: Rust and Bone",
        "critic": "Jane Doe",
        "publication": "The Marquee Ledger",
        "date_published": dt.date(2012, 11, 23),
        "body": ("A bruising, tender film.", "Cotillard has never been better."),
        "site": "ledger",
        "language": "en",
    }
    defaults.update(fields)
    return Article(**defaults)


def make_facts(**fields: Any) -> FilmFacts:
    defaults: dict[str, Any] = {
        "title": "Rust and Bone",
        "year": 2012,
        "directors": ("Jacques Audiard",),
        "cast": (CastMember("Marion Cotillard", "Stéphanie"),),
    }
    defaults.update(fields)
    return FilmFacts(**defaults)


def make_verdict(score: float = 80.0, **fields: Any) -> Verdict:
    defaults: dict[str, Any] = {
        "score": score,
        "label": Label.for_score(score),
        "confidence": 0.8,
        "pull_quote": "Cotillard has never been better.",
        "evidence": (Evidence("Cotillard has never been better.", 6.5),),
    }
    defaults.update(fields)
    return Verdict(**defaults)


def make_review(
    uri: str = "pages/ledger/review.html",
    *,
    body: tuple[str, ...] | None = None,
    score: float = 80.0,
    grade: Grade | None = None,
    article: dict[str, Any] | None = None,
    facts: dict[str, Any] | None = None,
) -> Review:
    built = make_article(uri=uri, **({"body": body} if body else {}), **(article or {}))
    content = (uri + "\n" + built.text).encode()
    return Review(
        page_uri=uri,
        content_sha256=hashlib.sha256(content).hexdigest(),
        article=built,
        film=make_facts(**(facts or {})),
        verdict=make_verdict(score),
        grade=grade,
    )
