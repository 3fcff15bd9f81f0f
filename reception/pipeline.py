"""One page through the pure stages: extract -> facts -> verdict, into a ``Review``."""

from __future__ import annotations

from reception.extract import SiteTemplate, extract_article
from reception.facts import read_facts
from reception.records import Page, Review
from reception.verdict import judge


def review_page(page: Page, template: SiteTemplate | None = None) -> Review:
    """Everything reception reads from one page. Raises ``PageError`` for a bad page."""
    article = extract_article(page, template)
    facts = read_facts(article)
    verdict = judge(article, facts.grade)
    return Review(
        page_uri=page.uri,
        content_sha256=page.content_sha256,
        article=article,
        film=facts.film,
        verdict=verdict,
        grade=facts.grade,
        home_video=facts.home_video,
    )
