"""Run pages through the pipeline into the store, batch by batch, never stopping on a bad page.

This is the I/O edge of ingest: it reads sources, learns each site's template from the
site's plain-text pages, calls the pure pipeline, and commits every ``batch_size`` reviews in
one transaction, so an interrupted run keeps what it committed and a re-run finishes the rest.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reception.extract import SiteTemplate, decode_page, learn_template
from reception.ingest.files import iter_pages
from reception.pipeline import review_page
from reception.records import Failure, Page, PageError, Review
from reception.store import Store

MIN_PAGES_TO_LEARN = 3
"""A line seen on three pages of one site is template, not content."""


@dataclass
class IngestSummary:
    counts: Counter[str] = field(default_factory=Counter)  # new / updated / unchanged / failed
    failures: list[Failure] = field(default_factory=list)

    def add_failure(self, failure: Failure) -> None:
        self.counts["failed"] += 1
        self.failures.append(failure)


def _by_site(items: Iterable[Page | Failure]) -> Iterator[tuple[str | None, list[Page | Failure]]]:
    """Consecutive records of one site together (sources yield a folder's files in a row)."""
    for site, group in itertools.groupby(
        items, key=lambda item: item.site if isinstance(item, Page) else None
    ):
        yield site, list(group)


def site_template(
    store: Store | None, site: str | None, pages: Sequence[Page]
) -> SiteTemplate | None:
    """The site's template: learned from this batch's text pages when there are enough,
    else the profile the store kept from an earlier batch (when there is a store)."""
    if site is None:
        return None
    texts: list[str] = []
    for page in pages:
        if page.is_html:
            continue
        try:
            texts.append(decode_page(page))
        except PageError:
            continue
    if len(texts) >= MIN_PAGES_TO_LEARN:
        template = learn_template(texts)
        if store is not None:
            store.save_site_template(site, template.to_dict(), page_count=len(texts))
        return template
    stored = store.site_template(site) if store is not None else None
    return SiteTemplate.from_dict(stored) if stored else None


def review_or_failure(page: Page, template: SiteTemplate | None) -> Review | Failure:
    """The page's review, or a typed failure: one odd page never sinks a batch."""
    try:
        return review_page(page, template)
    except PageError as error:
        return error.failure
    except Exception as error:  # a bug on one page is reported with the page, not raised
        return Failure(page.uri, "error", f"{type(error).__name__}: {error}")


def ingest(
    store: Store,
    paths: Sequence[Path | str],
    *,
    batch_size: int = 100,
    on_page: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest every page under ``paths``; ``on_page`` is called once per page (progress)."""
    summary = IngestSummary()
    pending: list[Review] = []

    def flush() -> None:
        for result in store.save_reviews(pending):
            summary.counts[result.outcome] += 1
        pending.clear()

    for site, group in _by_site(iter_pages(paths)):
        pages = [item for item in group if isinstance(item, Page)]
        template = site_template(store, site, pages)
        for item in group:
            if on_page is not None:
                on_page(item.uri)
            if isinstance(item, Failure):
                summary.add_failure(item)
                continue
            outcome = review_or_failure(item, template)
            if isinstance(outcome, Failure):
                summary.add_failure(outcome)
            else:
                pending.append(outcome)
            if len(pending) >= batch_size:
                flush()
    flush()
    return summary
