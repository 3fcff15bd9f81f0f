"""Extract: a fetched page to the review it carries (:class:`reception.records.Article`).

``decode_page`` turns bytes into text, ``extract_article`` reads an HTML page or a text dump,
and ``learn_template`` learns a site's repeated chrome from several of its pages.
"""

from __future__ import annotations

from lxml import etree

from reception.extract.decode import decode_page
from reception.extract.htmlpage import extract_html
from reception.extract.template import SiteTemplate, learn_template
from reception.extract.textdump import extract_text
from reception.records import Article, Page, PageError

__all__ = ["SiteTemplate", "decode_page", "extract_article", "learn_template"]


def extract_article(page: Page, template: SiteTemplate | None = None) -> Article:
    """Read one page; raises :class:`reception.records.PageError` for pages that cannot be read."""
    text = decode_page(page)
    try:
        if page.is_html or (not page.content_type and _looks_like_markup(text)):
            return extract_html(page, text, template)
        return extract_text(page, text, template)
    except (ValueError, RecursionError, etree.LxmlError) as error:
        # Markup lxml or trafilatura cannot handle: one bad page, never a failed batch.
        raise PageError(page.uri, "parse", f"{type(error).__name__}: {error}") from error


def _looks_like_markup(text: str) -> bool:
    head = text[:4096].lower()
    return head.count("<p") + head.count("<div") + head.count("<br") >= 3
