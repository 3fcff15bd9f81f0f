"""What feeds, sitemaps and WordPress exports share: XML read safely, and an entry as a page.

XML from the web is hostile until shown otherwise: it is parsed incrementally (a large export
never sits whole in memory) with entities left unexpanded, no DTD loaded and nothing fetched,
and a document that declares entities at all (a billion-laughs bomb, an XXE probe) is refused
before parsing. An entry (a feed item, a WordPress post) becomes an HTML page holding its
headline, author, date and body, with schema.org markup for what the entry states outright,
so the pipeline reads it like any other page.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import Any, BinaryIO, cast

from lxml import etree

from reception.records import Failure, Page

MAX_XML_BYTES = 1024 * 1024 * 1024
"""A feed, sitemap or export larger than this (after decompression) is cut off there."""
SNIFF_BYTES = 4096


class UnsafeXml(Exception):
    """The document declares entities (a billion-laughs bomb, an XXE probe): not read."""


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def open_maybe_gzip(raw: BinaryIO) -> BinaryIO:
    """The stream itself, or its decompressed form when it starts with gzip's magic bytes."""
    head = raw.read(2)
    rest = cast(BinaryIO, _Prefixed(head, raw))
    if head == b"\x1f\x8b":
        return cast(BinaryIO, gzip.GzipFile(fileobj=rest))
    return rest


class _Prefixed:
    """A stream with its first bytes put back (read to sniff the format)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0:
                data, self._head = self._head + self._rest.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            if len(data) < size:
                data += self._rest.read(size - len(data))
            return data
        return self._rest.read(size)


class _Capped:
    """At most ``limit`` bytes of a stream, then an error (a decompression bomb stops here)."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size if size >= 0 else self._left + 1)
        self._left -= len(data)
        if self._left < 0:
            raise UnsafeXml(f"larger than {MAX_XML_BYTES // (1024 * 1024)} MB")
        return data


def sniff(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The document's first bytes (to tell its kind) and the whole stream, decompressed."""
    opened = open_maybe_gzip(stream)
    head = opened.read(SNIFF_BYTES)
    return head, cast(BinaryIO, _Prefixed(head, opened))


def iter_elements(stream: BinaryIO, tags: set[str]) -> Iterator[etree._Element]:
    """Each complete element whose local name is in ``tags``, parsed safely and
    incrementally; each is cleared once the caller moves on (memory stays flat)."""
    head, whole = sniff(stream)
    if b"<!ENTITY" in head.upper():
        raise UnsafeXml("the document declares entities")
    events = etree.iterparse(
        _Capped(whole, MAX_XML_BYTES),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    for _event, element in events:
        if local_name(element) in tags:
            yield element
            element.clear(keep_tail=False)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]


def text_of(element: etree._Element) -> str:
    """All the text inside an element."""
    return "".join(str(text) for text in element.itertext())


def child_text(element: etree._Element, *names: str) -> str | None:
    """The text of the first child with one of these local names (namespace ignored)."""
    for child in element:
        if local_name(child) in names:
            text = text_of(child).strip()
            if text:
                return text
    return None


def xml_failure(uri: str, error: Exception) -> Failure:
    """A feed, sitemap or export that cannot be read safely, as a typed failure."""
    if isinstance(error, UnsafeXml):
        return Failure(uri, "unsafe_xml", str(error))
    if isinstance(error, OSError | EOFError | zlib.error):
        return Failure(uri, "corrupt", f"cannot read: {error}")
    return Failure(uri, "bad_xml", f"{type(error).__name__}: {error}")


@dataclass(frozen=True)
class Entry:
    """One post or feed item as its source states it."""

    uri: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date or an RFC 822 date, as the source wrote it
    body_html: str = ""
    link: str | None = None
    publisher: str | None = None
    keywords: tuple[str, ...] = ()
    structured: dict[str, Any] | None = None  # schema.org Review the source states outright
    site: str | None = None


def entry_page(entry: Entry) -> Page:
    """The entry as an HTML page the pipeline reads like any other."""
    head = [f"<title>{escape(entry.title or '')}</title>"]
    if entry.author:
        head.append(f'<meta name="author" content="{escape(entry.author)}">')
    if entry.published:
        head.append(f'<meta property="article:published_time" content="{escape(entry.published)}">')
    if entry.publisher:
        head.append(f'<meta property="og:site_name" content="{escape(entry.publisher)}">')
    if entry.link:
        head.append(f'<link rel="canonical" href="{escape(entry.link)}">')
    if entry.keywords:
        head.append(f'<meta name="keywords" content="{escape(", ".join(entry.keywords))}">')
    if entry.structured:
        data = json.dumps(entry.structured, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{data}</script>')
    byline = f'<p class="byline">By {escape(entry.author)}</p>' if entry.author else ""
    html = (
        f"<!doctype html><html><head>{''.join(head)}</head><body><article>"
        f"<h1>{escape(entry.title or '')}</h1>{byline}{entry.body_html}</article></body></html>"
    )
    return Page(uri=entry.uri, raw=html.encode("utf-8"), content_type="text/html", site=entry.site)
