"""Ingest on a Dask cluster: workers read and review chunks of pages, the client writes the store.

A chunk is a run of page files, a run of a web archive's records (workers seek to it), or a
run of one host's URLs (workers fetch them, under that host's limits shared out among them).

Workers run the same driver as in-process ingest (:func:`reception.ingest.batch.review_chunk`)
on chunks they read themselves (a shared file system, an archive, the web); the client learns
each site's template from a sample first, looks up the store's content hashes for a chunk's
pages (so unchanged pages are skipped on the worker, unread), and commits each chunk's reviews
in one transaction as it finishes: memory stays bounded and an interrupted run keeps every
committed chunk. A chunk whose worker dies is retried on another worker.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from reception.extract import SiteTemplate
from reception.ingest.batch import (
    SAMPLE_PAGES,
    IngestSummary,
    Result,
    ReviewWriter,
    SourceItem,
    result_uri,
    review_chunk,
    site_template,
)
from reception.ingest.fetch_options import FetchOptions
from reception.ingest.files import FileChunk, PageFile, iter_page_files, page_suffix, read_page
from reception.ingest.guard import DEFAULT_PAGE_TIMEOUT
from reception.ingest.urls import UrlChunk, host_runs
from reception.ingest.warc import is_warc, warc_chunks
from reception.records import Failure, FetchRecord, Page
from reception.store import Store

CHUNK_PAGES = 64
"""Pages per task: big enough to amortize scheduling, small enough to spread over workers."""
CHUNK_RETRIES = 2
"""A chunk whose worker was lost runs again this many times before its pages fail."""


class Chunk(Protocol):
    """A run of pages a worker reads itself: page files, a run of an archive's records, or a
    run of one host's URLs."""

    @property
    def uris(self) -> Sequence[str]: ...

    def read(self) -> Iterator[SourceItem]: ...


def review_source_chunk(
    chunk: Chunk,
    templates: Mapping[str, SiteTemplate],
    stored: Mapping[str, str],
    page_timeout: float | None,
    keep_all: bool = False,
) -> tuple[list[Result], list[FetchRecord]]:
    """Worker side: read and review one chunk; the fetches it made come back with the
    results, for the client to record in the store."""
    results = review_chunk(chunk.read(), templates, stored, page_timeout, keep_all=keep_all)
    return results, chunk.fetched if isinstance(chunk, UrlChunk) else []


def learn_templates(store: Store, page_files: Sequence[PageFile]) -> dict[str, SiteTemplate]:
    """Each site's template, from a sample of its plain-text pages (the only ones that use it)."""
    samples: dict[str, list[Page]] = defaultdict(list)
    for path, site in page_files:
        if site is None or page_suffix(path) != ".txt" or len(samples[site]) >= SAMPLE_PAGES:
            continue
        page = read_page(path, site=site)
        if isinstance(page, Page):
            samples[site].append(page)
    templates = {}
    for site, pages in samples.items():
        template = site_template(store, site, pages)
        if template is not None:
            templates[site] = template
    return templates


def _chunks(files: Sequence[PageFile], archives: Sequence[Path], size: int) -> Iterator[Chunk]:
    for start in range(0, len(files), size):
        yield FileChunk(tuple(files[start : start + size]))
    for archive in archives:
        yield from warc_chunks(archive, size)


def _url_chunks(
    store: Store, urls: Iterable[str], fetch: FetchOptions, size: int, workers: int
) -> Iterator[UrlChunk]:
    """Runs of one host's URLs, each with the store's last fetch of its URLs (a resumed crawl
    asks only for changes). Up to ``workers`` runs of one host may be fetched at once, so
    each run gets that share of the host's concurrency and that multiple of its delay: the
    host sees the limits the user set, whatever the cluster's size."""
    polite = dataclasses.replace(
        fetch, per_host=max(1, fetch.per_host // workers), delay_s=fetch.delay_s * workers
    )
    for run in host_runs(urls, size):
        last = {url: record for url in run if (record := store.last_fetch(url)) is not None}
        yield UrlChunk(run, polite, last)


def _archives(paths: Sequence[Path | str]) -> list[Path]:
    """The web archives among ``paths`` and in the folders they name."""
    found: list[Path] = []
    for entry in map(Path, paths):
        found.extend(sorted(p for p in entry.rglob("*") if is_warc(p)) if entry.is_dir() else [])
        found.extend([entry] if is_warc(entry) else [])
    return found


def ingest_on_dask(
    store: Store,
    paths: Sequence[Path | str],
    scheduler: str = "local",
    *,
    workers: int = 2,
    chunk_pages: int = CHUNK_PAGES,
    on_page: Callable[[str], None] | None = None,
    connect_timeout_s: float = 30.0,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    keep_all: bool = False,
    urls: Iterable[str | Failure] = (),
    fetch: FetchOptions | None = None,
) -> IngestSummary:
    """Ingest ``paths`` (and fetch ``urls``, with ``fetch``'s options) with Dask:
    ``scheduler`` is a scheduler address, or "local" for a LocalCluster of ``workers``
    processes on this machine. An address that does not answer within ``connect_timeout_s``
    raises OSError before anything is read. A failure among ``urls`` (a sitemap that could
    not be read) is reported as it is."""
    from distributed import Client, LocalCluster, as_completed

    archives = _archives(paths)
    entries = list(iter_page_files(p for p in paths if not is_warc(p)))
    page_files = [entry for entry in entries if not isinstance(entry, Failure)]
    writer = ReviewWriter(store, batch_size=max(chunk_pages, 1))
    for failure in (entry for entry in entries if isinstance(entry, Failure)):
        writer.add(failure)
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
            templates = learn_templates(store, page_files)
            # one future for the whole mapping (scattering a dict would scatter its values)
            [shared] = client.scatter([templates], broadcast=True)
            chunks: list[Chunk] = list(_chunks(page_files, archives, chunk_pages))
            page_urls: list[str] = []
            for url in urls:
                if isinstance(url, Failure):
                    writer.add(url)
                else:
                    page_urls.append(url)
            if page_urls:
                fetchers = max(1, len(client.scheduler_info()["workers"]))
                fetching = fetch or FetchOptions()
                chunks.extend(_url_chunks(store, page_urls, fetching, chunk_pages, fetchers))
            futures = [
                client.submit(
                    review_source_chunk,
                    chunk,
                    shared,
                    store.stored_hashes(list(chunk.uris)),
                    page_timeout,
                    keep_all,
                    pure=False,
                    retries=CHUNK_RETRIES,
                )
                for chunk in chunks
            ]
            chunk_of = {future.key: chunk for future, chunk in zip(futures, chunks, strict=True)}
            for future in as_completed(futures):
                results: list[Result]
                fetches: list[FetchRecord] = []
                try:
                    results, fetches = future.result()
                except Exception as error:  # a chunk lost past its retries fails its pages
                    reason = f"{type(error).__name__}: {error}"
                    lost = chunk_of[future.key].uris
                    results = [Failure(uri, "worker", reason) for uri in lost]
                future.release()
                for record in fetches:
                    store.record_fetch(record)
                for result in results:
                    writer.add(result)
                    if on_page is not None:
                        on_page(result_uri(result))
                writer.flush()
    finally:
        if cluster is not None:
            cluster.close()
    return writer.summary
