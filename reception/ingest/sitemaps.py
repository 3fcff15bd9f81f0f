"""Sitemaps: ``urlset`` and sitemap indexes, plain or ``.gz``, found through ``robots.txt``.

A site's root URL leads to its sitemaps through the ``Sitemap:`` lines of its robots.txt
(else ``/sitemap.xml``); an index leads to its sitemaps, to a bounded depth. ``--match`` keeps
the URLs a pattern finds (a site's review section) and ``--since`` those whose ``lastmod`` is
on or after a date, so a crawl of a big site reads only its reviews and only what is new.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

from reception.ingest.entries import child_text, iter_elements, local_name, xml_failure
from reception.records import Failure

MAX_DEPTH = 3
"""Index -> sitemap -> ... nesting followed; deeper is a loop or a trap."""


@dataclass(frozen=True)
class UrlFilter:
    match: re.Pattern[str] | None = None
    since: dt.date | None = None

    def keeps(self, url: str, lastmod: str | None) -> bool:
        if self.match is not None and not self.match.search(url):
            return False
        if self.since is not None and lastmod:
            try:
                modified = dt.date.fromisoformat(lastmod[:10])
            except ValueError:
                return True  # an unreadable date does not hide a page
            return modified >= self.since
        return True


def read_sitemap(stream: BinaryIO) -> Iterator[tuple[str, str, str | None]]:
    """Each entry as (kind, URL, lastmod): kind ``page`` for a urlset's URL, ``sitemap`` for
    an index's child sitemap."""
    for element in iter_elements(stream, {"url", "sitemap"}):
        loc = child_text(element, "loc")
        if loc:
            kind = "page" if local_name(element) == "url" else "sitemap"
            yield kind, loc, child_text(element, "lastmod")


def sitemaps_in_robots(robots_txt: str, site: str) -> list[str]:
    """The sitemaps a robots.txt names, else the conventional ``/sitemap.xml``."""
    found = [
        line.split(":", 1)[1].strip()
        for line in robots_txt.splitlines()
        if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ]
    return found or [urljoin(site, "/sitemap.xml")]


def is_site_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.path in ("", "/") and not parts.query


def walk_sitemaps(
    roots: list[str],
    open_document: Callable[[str], BinaryIO | Failure],
    keep: UrlFilter,
) -> Iterator[str | Failure]:
    """The page URLs of these sitemaps and the indexes' children, depth-first, each
    sitemap read once; one that cannot be read safely is a failure and the rest go on."""
    seen: set[str] = set()

    def walk(url: str, depth: int) -> Iterator[str | Failure]:
        if url in seen or depth > MAX_DEPTH:
            return
        seen.add(url)
        document = open_document(url)
        if isinstance(document, Failure):
            yield document
            return
        try:
            for kind, loc, lastmod in read_sitemap(document):
                if kind == "sitemap":
                    if keep.since is None or UrlFilter(since=keep.since).keeps(loc, lastmod):
                        yield from walk(loc, depth + 1)
                elif keep.keeps(loc, lastmod):
                    yield loc
        except Exception as error:  # a malformed or hostile sitemap: reported, others go on
            yield xml_failure(url, error)

    for root in roots:
        yield from walk(root, 0)
