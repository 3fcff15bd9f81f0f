"""The one ingest driver: pages in, reviews or typed failures out, for every caller.

``ingest`` (into a store), ``reception extract`` (to stdout) and a Dask worker's chunk all run
:func:`review_pages`: each page is checked against what the store holds (by content hash,
before any extraction, so a re-run skips unchanged pages cheaply), given its site's template
and reviewed, one bad page becoming a ``Failure`` and never sinking the batch.

Memory stays bounded whatever the source's size: pages are read as they are processed, and a
site's template is learned from a sample of its first text pages (:func:`with_templates`).
Reviews are committed every ``batch_size`` in one transaction, so an interrupted run keeps
what it committed and a re-run finishes the rest.
"""

from __future__ import annotations

import collections
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from reception.ingest.files import iter_pages
from reception.ingest.guard import DEFAULT_PAGE_TIMEOUT, GuardedReviewer, shared_reviewer
from reception.records import Failure, Page, PageError, Review, Unchanged

if TYPE_CHECKING:  # a driver whose pages go to a guarded child never imports extraction
    from reception.extract import SiteTemplate
    from reception.store import Store

MIN_PAGES_TO_LEARN = 3
"""A line seen on three pages of one site is template, not content."""
SAMPLE_PAGES = 50
"""A site's template is learned from its first text pages: more repeat what these show."""
SAMPLE_BYTES = 8 * 1024 * 1024
"""Pages held back while a site's sample is gathered: the bound on the driver's memory. 50
text dumps fit (they run to tens of KB); a site of 15 MB pages holds one while its reviewer
child parses another, which keeps a folder of them under 400 MB together."""


Result = Review | Failure | Unchanged
SourceItem = Page | Failure | Unchanged
"""What every source yields: a page to review, or why there is none to review."""
StoredHash = Callable[[str], str | None]
"""The content hash the store holds for a page address, if any."""
Reviewer: TypeAlias = "Callable[[Page, SiteTemplate | None], Review | Failure]"
"""Reviews one page: :func:`review_or_failure` here, or in a child under a time budget."""


@dataclass
class IngestSummary:
    counts: Counter[str] = field(default_factory=Counter)  # new / updated / unchanged / failed
    failures: list[Failure] = field(default_factory=list)

    def add_failure(self, failure: Failure) -> None:
        self.counts["failed"] += 1
        self.failures.append(failure)


def result_uri(result: Result) -> str:
    return result.page_uri if isinstance(result, Review) else result.uri


def site_template(
    store: Store | None, site: str | None, pages: Sequence[Page]
) -> SiteTemplate | None:
    """The site's template: learned from these text pages when there are enough, else the
    profile the store kept from an earlier batch (when there is a store)."""
    if site is None:
        return None
    text_pages = [page for page in pages if not page.is_html]
    if len(text_pages) >= MIN_PAGES_TO_LEARN:
        # imported only here: a driver of HTML pages reviewed in a child never loads extraction
        from reception.extract import decode_page, learn_template

        texts: list[str] = []
        for page in text_pages:
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
    if not stored:
        return None
    from reception.extract import SiteTemplate

    return SiteTemplate.from_dict(stored)


def _sample_then_rest(
    group: Iterator[SourceItem],
) -> tuple[list[SourceItem], Iterator[SourceItem]]:
    """The head of a site's run up to its template sample (bounded in pages and bytes)."""
    head: list[SourceItem] = []
    texts = held = 0
    for item in group:
        head.append(item)
        if isinstance(item, Page):
            held += len(item.raw)
            texts += not item.is_html
        if texts >= SAMPLE_PAGES or held >= SAMPLE_BYTES:
            break
    return head, group


def with_templates(
    items: Iterable[SourceItem], store: Store | None
) -> Iterator[tuple[SourceItem, SiteTemplate | None]]:
    """Each record with its site's template, learned as the stream goes: sources yield a
    site's pages in a row, so only a sample of the current site is ever held."""
    for site, run in itertools.groupby(
        items, key=lambda item: item.site if isinstance(item, Page) else None
    ):
        head, rest = _sample_then_rest(run)
        template = site_template(store, site, [item for item in head if isinstance(item, Page)])
        sample = collections.deque(head)
        del head
        while sample:  # each held page let go once it is handed on
            yield sample.popleft(), template
        for item in rest:
            yield item, template


def review_or_failure(
    page: Page, template: SiteTemplate | None, *, keep_all: bool = False
) -> Review | Failure:
    """The page's review, or a typed failure: one odd page never sinks a batch. ``keep_all``
    reads a page the review detector refuses as a review anyway (marked by its check)."""
    # Imported here: a driver whose pages are reviewed in the guarded child never loads the
    # facts and verdict stages (and their models), which keeps its memory small.
    from reception.pipeline import review_page

    try:
        return review_page(page, template, keep_all=keep_all)
    except PageError as error:
        return error.failure
    except MemoryError:
        return Failure(page.uri, "memory", "the page needs more memory than its budget")
    except Exception as error:  # a bug on one page is reported with the page, not raised
        return Failure(page.uri, "error", f"{type(error).__name__}: {error}")


def reviewer(
    page_timeout: float | None, *, keep_all: bool = False
) -> AbstractContextManager[Reviewer]:
    """The page reviewer for a budget: a guarded child process, or in-process when none."""
    if not page_timeout:
        return nullcontext(functools.partial(review_or_failure, keep_all=keep_all))
    return GuardedReviewer(page_timeout, keep_all=keep_all)


def review_pages(
    items: Iterable[tuple[SourceItem, SiteTemplate | None]],
    stored_hash: StoredHash | None = None,
    review: Reviewer = review_or_failure,
) -> Iterator[Result]:
    """The driver's core, the same for every caller: each page checked against the store's
    hash first, then reviewed with its template."""
    for item, template in items:
        if not isinstance(item, Page):
            yield item
            continue
        stored = stored_hash(item.uri) if stored_hash is not None else None
        if stored is not None and stored == item.content_sha256:  # hashed only when stored
            yield Unchanged(item.uri)
        else:
            yield review(item, template)


def review_chunk(
    pages: Iterable[SourceItem],
    templates: Mapping[str, SiteTemplate],
    stored_hashes: Mapping[str, str],
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    *,
    keep_all: bool = False,
) -> list[Result]:
    """A chunk reviewed where it is read (a Dask worker): templates and the store's hashes
    for the chunk's pages come along, learned and looked up by the client; the worker keeps
    one warm guarded child across its chunks."""
    review: Reviewer = (
        shared_reviewer(page_timeout, keep_all=keep_all)
        if page_timeout
        else functools.partial(review_or_failure, keep_all=keep_all)
    )
    pairs = (
        (item, templates.get(item.site) if isinstance(item, Page) and item.site else None)
        for item in pages
    )
    return list(review_pages(pairs, stored_hashes.get, review))


class ReviewWriter:
    """Collects results and commits reviews every ``batch_size`` in one transaction."""

    def __init__(self, store: Store, batch_size: int) -> None:
        self.store = store
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self._pending: list[Review] = []

    def add(self, result: Result) -> None:
        if isinstance(result, Failure):
            self.summary.add_failure(result)
        elif isinstance(result, Unchanged):
            self.summary.counts["unchanged"] += 1
        else:
            self._pending.append(result)
            if len(self._pending) >= self.batch_size:
                self.flush()

    def flush(self) -> None:
        for saved in self.store.save_reviews(self._pending):
            self.summary.counts[saved.outcome] += 1
        self._pending.clear()


def ingest(
    store: Store,
    paths: Sequence[Path | str],
    *,
    batch_size: int = 100,
    on_page: Callable[[str], None] | None = None,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    keep_all: bool = False,
) -> IngestSummary:
    """Ingest every page under ``paths``; ``on_page`` is called once per page (progress);
    each page gets ``page_timeout`` seconds (None: no budget, reviewed in this process);
    ``keep_all`` stores pages the review detector refuses too (marked by their check)."""
    return ingest_items(
        store,
        iter_pages(paths),
        batch_size=batch_size,
        on_page=on_page,
        page_timeout=page_timeout,
        keep_all=keep_all,
    )


def ingest_items(
    store: Store,
    items: Iterable[SourceItem],
    *,
    batch_size: int = 100,
    on_page: Callable[[str], None] | None = None,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    keep_all: bool = False,
) -> IngestSummary:
    """Ingest what any source yields (files, URLs, feeds, archives, exports)."""
    writer = ReviewWriter(store, batch_size)
    pages = with_templates(items, store)
    with reviewer(page_timeout, keep_all=keep_all) as review:
        for result in review_pages(pages, store.stored_hash, review):
            if on_page is not None:
                on_page(result_uri(result))
            writer.add(result)
    writer.flush()
    return writer.summary
