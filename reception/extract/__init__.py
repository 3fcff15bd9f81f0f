"""Extract: a fetched page to the review it carries (:class:`reception.records.Article`).

``decode_page`` turns bytes into text, ``extract_article`` reads an HTML page or a text dump,
and ``learn_template`` learns a site's repeated chrome from several of its pages.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from lxml import etree

from reception.extract import selectors as sel
from reception.extract.clean import valid_strings
from reception.extract.decode import decode_page
from reception.extract.detector import check_review
from reception.extract.htmlpage import extract_html
from reception.extract.template import SiteTemplate, learn_template
from reception.extract.textdump import extract_text
from reception.records import Article, Page, PageError

__all__ = [
    "SiteTemplate",
    "decode_page",
    "extract_article",
    "has_readable_text",
    "learn_template",
]


def extract_article(
    page: Page,
    template: SiteTemplate | None = None,
    *,
    as_review: bool = False,
    reviews_only: bool = False,
) -> Article:
    """Read one page; raises :class:`reception.records.PageError` for pages that cannot be read.

    The review detector judges the page (``Article.review_check``); an HTML page it refuses
    gets the general body reading instead of the review one. ``as_review`` reads the page as
    a review without asking (what the detector itself is trained on). ``reviews_only`` skips
    the review reading of an HTML page the detector plainly refuses at a first look (for
    callers that drop non-reviews; the article then has only title, body and check). Every
    string of the article is valid Unicode (:mod:`reception.extract.clean`).
    """
    with _collections_deferred():
        return _extract(page, template, as_review, reviews_only)


@contextmanager
def _collections_deferred() -> Iterator[None]:
    """No cyclic garbage collection while a page is read, in the main thread.

    Reading a page allocates thousands of containers (element proxies, blocks, their
    places) that live until the page is done and form next to no cycles: a collection in the
    middle of a page frees nothing and moves the live page into older generations, which
    later full collections walk again (about a tenth of the page's time). Deferred, the
    collector runs between pages, when the page is garbage freed by reference counts. Only
    the main thread defers (the pause is process-wide: threads reading pages side by side
    could keep it on for good), and a page's own cycles wait for its end only.
    """
    if threading.current_thread() is not threading.main_thread() or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract(
    page: Page, template: SiteTemplate | None, as_review: bool, reviews_only: bool
) -> Article:
    text = decode_page(page)
    try:
        if page.is_html or (not page.content_type and _looks_like_markup(text)):
            article = extract_html(page, text, template, as_review, reviews_only)
        else:
            article = extract_text(page, text[: sel.MAX_TEXT_CHARS], template)
            if not as_review:
                article = replace(article, review_check=check_review(article))
    except (ValueError, RecursionError, etree.LxmlError) as error:
        # Markup lxml cannot handle: one bad page, never a failed batch.
        raise PageError(page.uri, "parse", f"{type(error).__name__}: {error}") from error
    return valid_strings(replace(article, body=bounded_body(article.body)))


def bounded_body(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The body cut at ``MAX_BODY_CHARS`` (at a word boundary), so facts and verdict, linear
    in the text, take bounded time on any page."""
    if sum(len(p) for p in paragraphs) <= sel.MAX_BODY_CHARS:
        return paragraphs
    kept: list[str] = []
    room = sel.MAX_BODY_CHARS
    for paragraph in paragraphs:
        if len(paragraph) > room:
            cut = paragraph[:room].rsplit(" ", 1)[0] if room else ""
            if cut:
                kept.append(cut)
            break
        kept.append(paragraph)
        room -= len(paragraph)
    return tuple(kept)


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?¿¡…—–-。、！？「」『』"
MIN_BODY_WORDS = 3
"""Fewer words than this is no review text (an empty body, a stray caption)."""


def has_readable_text(paragraphs: tuple[str, ...]) -> bool:
    """Whether the paragraphs hold text in some language: at least a few words, and words
    (letters, with inner apostrophes and hyphens, edge punctuation aside) the most common
    kind of token. Decoded random bytes are long runs of mixed symbols, never this."""
    tokens = [token.strip(_EDGE_PUNCTUATION) for p in paragraphs for token in p.split()]
    words = sum(1 for token in tokens if _WORD.fullmatch(token))
    return words >= MIN_BODY_WORDS and 2 * words >= len(tokens)


def _looks_like_markup(text: str) -> bool:
    head = text[:4096].lower()
    return head.count("<p") + head.count("<div") + head.count("<br") >= 3
