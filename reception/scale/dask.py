"""Ingest on a Dask cluster: workers read and judge pages, the client writes the store.

The pipeline stages are pure, so a worker needs nothing but the page paths (or a shared file
system) and the site templates, which the client learns first and scatters once. Results come
back chunk by chunk as they finish and are committed in one transaction per chunk, so memory
stays bounded and an interrupted run keeps every committed chunk; a re-run skips what is stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from reception.extract import SiteTemplate
from reception.ingest.batch import IngestSummary, review_or_failure, site_template
from reception.ingest.files import iter_page_paths, read_page
from reception.records import Failure, Page, Review
from reception.store import Store

CHUNK_PAGES = 64
"""Pages per task: big enough to amortize scheduling, small enough to spread over workers."""


def review_chunk(
    chunk: Sequence[tuple[str, str | None]], templates: dict[str, SiteTemplate]
) -> list[Review | Failure]:
    """Worker side: read and review each page of a chunk."""
    results: list[Review | Failure] = []
    for path, site in chunk:
        page = read_page(Path(path), site=site)
        if isinstance(page, Failure):
            results.append(page)
        else:
            results.append(review_or_failure(page, templates.get(site) if site else None))
    return results


def learn_templates(
    store: Store, page_paths: Sequence[tuple[Path, str | None]]
) -> dict[str, SiteTemplate]:
    """Each site's template, from its plain-text pages (the only pages that need one)."""
    text_pages: dict[str, list[Page]] = defaultdict(list)
    for path, site in page_paths:
        if site is None or ".htm" in path.name.lower():
            continue
        page = read_page(path, site=site)
        if isinstance(page, Page) and not page.is_html:
            text_pages[site].append(page)
    templates = {}
    for site, pages in text_pages.items():
        template = site_template(store, site, pages)
        if template is not None:
            templates[site] = template
    return templates


def ingest_on_dask(
    store: Store,
    paths: Sequence[Path | str],
    scheduler: str = "local",
    *,
    workers: int = 2,
    chunk_pages: int = CHUNK_PAGES,
    on_page: Callable[[str], None] | None = None,
    connect_timeout_s: float = 30.0,
) -> IngestSummary:
    """Ingest ``paths`` with Dask: ``scheduler`` is a scheduler address, or "local" for a
    LocalCluster of ``workers`` processes on this machine. An address that does not answer
    within ``connect_timeout_s`` raises OSError before anything is read."""
    from distributed import Client, LocalCluster, as_completed

    page_paths = list(iter_page_paths(paths))
    templates = learn_templates(store, page_paths)
    chunks = [
        [(str(path), site) for path, site in page_paths[start : start + chunk_pages]]
        for start in range(0, len(page_paths), chunk_pages)
    ]
    summary = IngestSummary()
    cluster = (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        if scheduler == "local"
        else None
    )
    try:
        with Client(
            cluster if cluster is not None else scheduler, timeout=connect_timeout_s
        ) as client:
            # one future for the whole mapping (scattering a dict would scatter its values)
            [shared] = client.scatter([templates], broadcast=True)
            futures = client.map(review_chunk, chunks, templates=shared, pure=False)
            chunk_of = {future.key: chunk for future, chunk in zip(futures, chunks, strict=True)}
            for future in as_completed(futures):
                try:
                    results = future.result()
                except Exception as error:  # a lost worker fails its chunk, not the run
                    reason = f"{type(error).__name__}: {error}"
                    results = [Failure(path, "worker", reason) for path, _ in chunk_of[future.key]]
                future.release()
                reviews = [r for r in results if isinstance(r, Review)]
                for result in results:
                    if isinstance(result, Failure):
                        summary.add_failure(result)
                    if on_page is not None:
                        on_page(result.uri if isinstance(result, Failure) else result.page_uri)
                for saved in store.save_reviews(reviews):
                    summary.counts[saved.outcome] += 1
    finally:
        if cluster is not None:
            cluster.close()
    return summary
