"""RSS 2.0 and Atom feeds: full-content entries read from the feed, summary-only entries fetched.

A feed that carries whole reviews (``content:encoded``, Atom ``content``) is read without a
single further request; one that carries only summaries hands its entries' links to the
fetcher, which reads them under the same politeness and safety rules as any URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import BinaryIO

from lxml import etree

from reception.ingest.entries import Entry, child_text, iter_elements, local_name, text_of
from reception.ingest.wxr import CONTENT_ENCODED

FULL_CONTENT_WORDS = 150
"""An entry body shorter than this is a summary: the linked page holds the review."""
_ENTRY_TAGS = {"item", "entry"}


def _atom_link(entry: etree._Element) -> str | None:
    for child in entry:
        if local_name(child) == "link" and child.get("rel", "alternate") == "alternate":
            return child.get("href")
    return None


def _atom_content(element: etree._Element | None) -> str:
    """Atom content as HTML: escaped HTML (``type="html"``), XHTML, or plain text."""
    if element is None:
        return ""
    kind = element.get("type", "text")
    if kind == "xhtml":
        return "".join(etree.tostring(child, encoding="unicode") for child in element)
    text = text_of(element)
    return text if kind == "html" else f"<p>{escape(text)}</p>"


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return next((child for child in element if local_name(child) == name), None)


def _entry(element: etree._Element, feed_uri: str, index: int) -> Entry:
    if local_name(element) == "entry":  # Atom
        author = _child(element, "author")
        body = _atom_content(_child(element, "content")) or _atom_content(
            _child(element, "summary")
        )
        link = _atom_link(element)
        return Entry(
            uri=link or f"{feed_uri}#entry-{index}",
            title=child_text(element, "title"),
            author=child_text(author, "name") if author is not None else None,
            published=child_text(element, "published", "updated"),
            body_html=body,
            link=link,
        )
    link = child_text(element, "link")
    body = "".join(text_of(child) for child in element if child.tag == CONTENT_ENCODED)
    return Entry(
        uri=link or child_text(element, "guid") or f"{feed_uri}#item-{index}",
        title=child_text(element, "title"),
        author=child_text(element, "creator", "author"),
        published=child_text(element, "pubDate", "date"),
        body_html=body or child_text(element, "description") or "",
        link=link,
    )


def is_full(entry: Entry) -> bool:
    """Whether the entry carries the review itself rather than a teaser."""
    text = etree.HTML(f"<div>{entry.body_html}</div>") if entry.body_html.strip() else None
    words = len(" ".join(str(t) for t in text.itertext()).split()) if text is not None else 0
    return words >= FULL_CONTENT_WORDS


def read_feed(stream: BinaryIO, feed_uri: str) -> Iterator[Entry]:
    """Every item (RSS) or entry (Atom) of a feed, streamed."""
    for index, element in enumerate(iter_elements(stream, _ENTRY_TAGS)):
        yield _entry(element, feed_uri, index)
