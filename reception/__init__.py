"""reception: an open engine for film criticism.

The library's front, for those who use reception from Python rather than from the CLI::

    from reception import Page, review_page, Store

    review = review_page(Page(uri="review.html", raw=html_bytes, content_type="text/html"))
    with Store.open("reception.db") as store:
        store.save_reviews([review])

Names are imported on first use, so ``import reception`` stays cheap (no lxml, SQLAlchemy
or model loading until a stage is asked for).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reception.aggregate import film_reception
    from reception.export import export_record
    from reception.extract import SiteTemplate, extract_article, learn_template
    from reception.facts import read_facts
    from reception.ingest import iter_pages
    from reception.ingest.batch import ingest
    from reception.link import link_films
    from reception.pipeline import review_page
    from reception.records import (
        Article,
        Failure,
        FilmFacts,
        Grade,
        HomeVideo,
        Page,
        PageError,
        Review,
        Verdict,
    )
    from reception.store import Store
    from reception.verdict import judge, score_text
    from reception.web import create_app

_HOMES = {
    "Article": "reception.records",
    "Failure": "reception.records",
    "FilmFacts": "reception.records",
    "Grade": "reception.records",
    "HomeVideo": "reception.records",
    "Page": "reception.records",
    "PageError": "reception.records",
    "Review": "reception.records",
    "SiteTemplate": "reception.extract",
    "Store": "reception.store",
    "Verdict": "reception.records",
    "create_app": "reception.web",
    "export_record": "reception.export",
    "extract_article": "reception.extract",
    "film_reception": "reception.aggregate",
    "ingest": "reception.ingest.batch",
    "iter_pages": "reception.ingest",
    "judge": "reception.verdict",
    "learn_template": "reception.extract",
    "link_films": "reception.link",
    "read_facts": "reception.facts",
    "review_page": "reception.pipeline",
    "score_text": "reception.verdict",
}
"""Each public name and the module it lives in."""

__all__ = [
    "Article",
    "Failure",
    "FilmFacts",
    "Grade",
    "HomeVideo",
    "Page",
    "PageError",
    "Review",
    "SiteTemplate",
    "Store",
    "Verdict",
    "create_app",
    "export_record",
    "extract_article",
    "film_reception",
    "ingest",
    "iter_pages",
    "judge",
    "learn_template",
    "link_films",
    "read_facts",
    "review_page",
    "score_text",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its stage the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reception' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
