"""One page through the pure stages: extract -> facts -> verdict, into a ``Review``."""

from __future__ import annotations

from reception.extract import SiteTemplate, extract_article, has_readable_text
from reception.facts import FactsResult, read_facts
from reception.records import Article, Page, PageError, Review, Verdict
from reception.verdict import judge


def review_page(
    page: Page, template: SiteTemplate | None = None, *, keep_all: bool = False
) -> Review:
    """Everything reception reads from one page. Raises ``PageError`` for a bad page, for a
    page with no readable body (empty, or decoded noise): nothing to store, and one of kind
    ``not-a-review`` for a page the review detector refuses, unless ``keep_all`` (the page
    is then read as a review anyway; ``article.review_check`` marks it)."""
    article = extract_article(page, template, reviews_only=not keep_all)
    if not has_readable_text(article.body):
        raise PageError(page.uri, "no_body", "no readable text where the review would be")
    check = article.review_check
    if check is not None and not check.is_review and not keep_all:
        raise PageError(page.uri, "not-a-review", check.reason)
    facts = read_facts(article)
    return reviewed(page, article, facts, judge(article, facts.grade))


def reviewed(page: Page, article: Article, facts: FactsResult, verdict: Verdict) -> Review:
    """The review record from its stages' outputs (the bench and the facts eval time or
    score the stages one by one, then build the same record)."""
    return Review(
        page_uri=article.uri,  # the page's address as valid text
        content_sha256=page.content_sha256,
        article=article,
        film=facts.film,
        verdict=verdict,
        grade=facts.grade,
        home_video=facts.home_video,
    )
