"""URL lists (one URL a line; ``#`` comments and blank lines skipped), and runs of URLs that a
Dask worker fetches itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from reception.ingest.fetch_options import FetchOptions
from reception.records import Failure, FetchRecord, Page, Unchanged


def read_url_list(path: Path) -> Iterator[str]:
    """The URLs a list file names, in order (the first word of each line that is not a
    comment, so a trailing ``# note`` is allowed)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            words = line.split()
            if words and not words[0].startswith("#"):
                yield words[0]


class RecordedFetches:
    """A fetch log a worker carries: the store's last fetch of each of its URLs (read by the
    client), and the fetches it makes, for the client to record in the store."""

    def __init__(self, last: Mapping[str, FetchRecord]) -> None:
        self.last = last
        self.made: list[FetchRecord] = []

    def last_fetch(self, url: str) -> FetchRecord | None:
        return self.last.get(url)

    def record_fetch(self, record: FetchRecord) -> None:
        self.made.append(record)


@dataclasses.dataclass
class UrlChunk:
    """A run of one host's URLs fetched on whichever machine works on it (a Dask worker),
    politely and conditionally (the ETag / Last-Modified of the store's last fetch sent)."""

    urls: tuple[str, ...]
    options: FetchOptions
    last: Mapping[str, FetchRecord]
    fetched: list[FetchRecord] = dataclasses.field(default_factory=list)

    @property
    def uris(self) -> tuple[str, ...]:
        return self.urls

    def read(self) -> Iterator[Page | Failure | Unchanged]:
        from reception.ingest.fetch import fetch_pages

        log = RecordedFetches(self.last)
        yield from fetch_pages(self.urls, self.options, log)
        self.fetched = log.made


def host_runs(urls: Iterable[str], size: int) -> Iterator[tuple[str, ...]]:
    """URLs cut into runs of ``size`` of one host each (each run is fetched by one worker
    under that host's limits), a run given as soon as it is full."""
    pending: dict[str, list[str]] = {}
    for url in urls:
        try:
            host = urlsplit(url).netloc.lower()
        except ValueError:  # not a URL: its own run, where its fetch fails as bad_url
            host = ""
        run = pending.setdefault(host, [])
        run.append(url)
        if len(run) >= size:
            yield tuple(run)
            run.clear()
    for run in pending.values():
        if run:
            yield tuple(run)
