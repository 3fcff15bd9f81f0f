"""Every source by what its argument is: files and folders, URLs, URL lists, sitemaps, feeds,
web archives and WordPress exports, all yielding the driver's ``Page | Failure | Unchanged``.

A local file's kind is told from its name and first bytes (a WARC by its suffix; an XML
document as a sitemap, a feed or a WordPress export by its root element); a URL is fetched
and told the same way, a site's bare root URL standing for its sitemaps. ``kind`` forces it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reception.ingest.batch import SourceItem
from reception.ingest.entries import entry_page, sniff, xml_failure
from reception.ingest.feeds import is_full, read_feed
from reception.ingest.fetch_options import FetchLog, FetchOptions
from reception.ingest.files import iter_pages, page_suffix
from reception.ingest.sitemaps import UrlFilter, is_site_root, sitemaps_in_robots, walk_sitemaps
from reception.ingest.urls import read_url_list
from reception.ingest.warc import is_warc, read_warc
from reception.ingest.wxr import read_wxr
from reception.records import Failure, Page

KINDS = ("files", "url", "sitemap", "feed", "warc", "wxr")


@dataclass(frozen=True)
class SourceOptions:
    """What the command line says about reading sources."""

    kind: str | None = None  # one of KINDS to force it; None: told from the argument
    fetch: FetchOptions = field(default_factory=FetchOptions)
    match: re.Pattern[str] | None = None
    since: dt.date | None = None


def is_url(argument: str) -> bool:
    return "://" in argument


def xml_kind(head: bytes) -> str | None:
    """A document's kind from its first bytes: sitemap, WordPress export or feed."""
    lowered = head.lower()
    if b"<urlset" in lowered or b"<sitemapindex" in lowered:
        return "sitemap"
    if b"wordpress.org/export/" in lowered:
        return "wxr"
    if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered:
        return "feed"
    return None


class Reader:
    """Opens sources for one run: the fetch options and the store's fetch log shared."""

    def __init__(self, options: SourceOptions, log: FetchLog | None = None) -> None:
        self.options = options
        self.log = log
        self._fetched_kinds: dict[str, str] = {}
        # Documents fetched to tell their kind, handed to the reader of that kind (once), so
        # a feed or sitemap behind an ordinary address is not fetched a second time.
        self._told: dict[str, bytes] = {}

    def fetch_document(self, url: str) -> BinaryIO | Failure:
        """A feed, sitemap or export from the web, as a stream (it is never a review itself:
        no conditional request, its changes are what a re-crawl is for)."""
        told = self._told.pop(url, None)
        if told is not None:
            return io.BytesIO(told)
        from reception.ingest.fetch import fetch_pages

        (fetched,) = list(fetch_pages([url], self.options.fetch, None))
        if isinstance(fetched, Page):
            return io.BytesIO(fetched.raw)
        if isinstance(fetched, Failure):
            return fetched
        return Failure(url, "http", "no document")

    def urls(self, urls: Iterable[str]) -> Iterator[SourceItem]:
        from reception.ingest.fetch import fetch_pages

        return fetch_pages(urls, self.options.fetch, self.log)

    def sitemap_urls(self, argument: str) -> Iterator[str | Failure]:
        """The page URLs a sitemap (or a site's root, through robots.txt) lists and the
        filters keep, or why a sitemap could not be read."""
        keep = UrlFilter(self.options.match, self.options.since)
        if is_url(argument) and is_site_root(argument):
            robots = self.fetch_document(argument.rstrip("/") + "/robots.txt")
            text = "" if isinstance(robots, Failure) else robots.read().decode("utf-8", "replace")
            roots = sitemaps_in_robots(text, argument)
        else:
            roots = [argument]
        return walk_sitemaps(roots, self.open_document, keep)

    def page_urls(
        self, arguments: Iterable[str], url_lists: Iterable[Path]
    ) -> Iterator[str | Failure]:
        """The page URLs that URL arguments, sitemaps and URL lists name, unfetched (what Dask
        workers fetch); a URL argument is taken as a page."""
        for argument in arguments:
            if self.fetched_kind(argument) == "sitemap":
                yield from self.sitemap_urls(argument)
            else:
                yield argument
        for url_list in url_lists:
            yield from read_url_list(url_list)

    def sitemap(self, argument: str) -> Iterator[SourceItem]:
        found = self.sitemap_urls(argument)
        failures: list[Failure] = []

        def page_urls() -> Iterator[str]:
            for item in found:
                if isinstance(item, Failure):
                    failures.append(item)
                else:
                    yield item

        yield from self.urls(page_urls())
        yield from failures

    def open_document(self, argument: str) -> BinaryIO | Failure:
        if is_url(argument):
            return self.fetch_document(argument)
        try:
            return Path(argument).open("rb")
        except OSError as error:
            return xml_failure(argument, error)

    def feed(self, argument: str) -> Iterator[SourceItem]:
        document = self.open_document(argument)
        if isinstance(document, Failure):
            yield document
            return
        summaries: list[str] = []
        try:
            with document:
                for entry in read_feed(document, argument):
                    if is_full(entry) or not entry.link:
                        yield entry_page(entry)
                    else:
                        summaries.append(entry.link)
        except Exception as error:  # a malformed or hostile feed: its own failure
            yield xml_failure(argument, error)
        yield from self.urls(summaries)

    def wxr(self, argument: str) -> Iterator[SourceItem]:
        document = self.open_document(argument)
        if isinstance(document, Failure):
            yield document
            return
        try:
            with document:
                for entry in read_wxr(document, argument):
                    yield entry_page(entry)
        except Exception as error:  # a malformed or hostile export: its own failure
            yield xml_failure(argument, error)

    def warc(self, argument: str) -> Iterator[SourceItem]:
        """An archive, or a folder's archives and then its page files (a mixed folder)."""
        root = Path(argument)
        if not root.is_dir():
            yield from read_warc(root)
            return
        for archive in sorted(p for p in root.rglob("*") if is_warc(p)):
            yield from read_warc(archive)
        yield from iter_pages([root])

    def kind_of(self, argument: str) -> str:
        """The source kind an argument names, told from its name or first bytes."""
        if self.options.kind:
            return self.options.kind
        if is_url(argument):
            return "sitemap" if is_site_root(argument) else "url"
        path = Path(argument)
        if path.is_dir():
            return "warc" if any(is_warc(p) for p in path.rglob("*")) else "files"
        if is_warc(path):
            return "warc"
        if page_suffix(path) or not path.is_file():
            return "files"
        try:
            with path.open("rb") as handle:
                head, _ = sniff(handle)
        except (OSError, EOFError):
            return "files"
        return xml_kind(head) or "files"

    def fetched_kind(self, argument: str) -> str:
        """The kind, told for a page URL from what its server sends: a sitemap, feed or
        export behind an ordinary address (``/feed/``, ``/sitemap.xml``) is then known before
        its pages are handed to Dask workers. The document is fetched once per argument (a
        sitemap's bytes are kept for its reader; a page's worker fetches it again); a failed
        fetch leaves it a page, reported there."""
        kind = self.kind_of(argument)
        if kind != "url" or self.options.kind:
            return kind
        if argument not in self._fetched_kinds:
            document = self.fetch_document(argument)
            raw = b"" if isinstance(document, Failure) else document.read()
            served = xml_kind(raw[:4096])
            if served is not None:
                self._told[argument] = raw
            self._fetched_kinds[argument] = served or "url"
        return self._fetched_kinds[argument]

    def read(self, argument: str) -> Iterator[SourceItem]:
        """Everything one argument names."""
        kind = self.kind_of(argument)
        if kind == "files":
            yield from iter_pages([argument])
        elif kind == "url":
            yield from self.url(argument)
        elif kind == "sitemap":
            yield from self.sitemap(argument)
        elif kind == "feed":
            yield from self.feed(argument)
        elif kind == "wxr":
            yield from self.wxr(argument)
        else:
            yield from self.warc(argument)

    def url(self, argument: str) -> Iterator[SourceItem]:
        """A URL: a page, or a feed, sitemap or export told by what the server sends."""
        for item in self.urls([argument]):
            if isinstance(item, Page) and not item.is_html:
                kind = xml_kind(item.raw[:4096])
                if kind is not None:
                    self._told[argument] = item.raw
                    yield from getattr(self, kind)(argument)
                    continue
            yield item


def read_sources(
    arguments: Iterable[str],
    options: SourceOptions,
    log: FetchLog | None = None,
    url_lists: Iterable[Path] = (),
) -> Iterator[SourceItem]:
    """Every item every argument (and every URL list) names, in order."""
    reader = Reader(options, log)
    for argument in arguments:
        yield from reader.read(argument)
    for url_list in url_lists:
        yield from reader.urls(read_url_list(url_list))
