"""The one lxml tree a page is parsed into, and the small readers every pass shares."""

from __future__ import annotations

import threading

from lxml import etree
from lxml import html as lxml_html

from reception.extract import selectors as sel
from reception.extract.lines import clean
from reception.records import Page, PageError

_parsers = threading.local()


def _parser() -> etree.HTMLParser:
    """lxml.html's parser picks each element's class in Python; a fixed class is picked in C.

    Every element is a plain ``HtmlElement``, at a fraction of the cost.
    Parsers are not shared between threads.
    """
    parser: etree.HTMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(remove_blank_text=False)
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment
            )
        )
        _parsers.parser = parser
    return parser


def parse_tree(page: Page, text: str) -> lxml_html.HtmlElement:
    """Parse once, bounded in size; typed errors for what cannot parse.

    libxml2 caps nesting depth itself, so 100,000 nested tags parse into a shallow tree.
    """
    text = sel.XML_DECLARATION.sub("", text, count=1)
    try:
        tree = lxml_html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as error:
        kind = "empty" if "empty" in str(error).lower() else "parse"  # markup, but no content
        raise PageError(page.uri, kind, str(error)) from error
    _adopt_trailing_documents(tree)
    for count, _ in enumerate(tree.iter(), 1):
        if count > sel.MAX_ELEMENTS:
            raise PageError(page.uri, "too_large", f"more than {sel.MAX_ELEMENTS} elements")
    return tree


def _adopt_trailing_documents(tree: lxml_html.HtmlElement) -> None:
    """A second document after ``</html>`` (two pages saved into one file) parses as another
    top-level element, which document-wide XPath sees and walks from the root do not; it is
    moved into the body as a plain block, so both see one tree."""
    home = tree.find("body")
    for extra in list(tree.itersiblings(tag=etree.Element)):
        for part in extra.iter("html", "head", "body"):
            part.tag = "div"
        (home if home is not None else tree).append(extra)


def text_of(el: lxml_html.HtmlElement) -> str:
    return clean(el.text_content())


def drop(el: lxml_html.HtmlElement) -> None:
    """Remove an element but keep the text that follows it."""
    if el.getparent() is not None:
        el.drop_tree()


_BREAK = "\u2029"  # marks a block boundary; source newlines are only whitespace


def block_lines(el: lxml_html.HtmlElement) -> list[str]:
    """The element's text split where a browser would break lines (blocks, ``<br>``)."""
    parts: list[str] = []
    _walk_lines(el, parts)
    return [line for line in (clean(raw) for raw in "".join(parts).split(_BREAK)) if line]


def _walk_lines(node: lxml_html.HtmlElement, parts: list[str]) -> None:
    """The text under ``node`` into ``parts``, block boundaries marked. A module function,
    not a closure: a recursive closure is a reference cycle, which keeps the page's text
    alive until the next garbage collection."""
    tag = node.tag if isinstance(node.tag, str) else ""
    block = tag in sel.BLOCK_TAGS
    if block:
        parts.append(_BREAK)
    if node.text and tag:
        parts.append(node.text)
    for child in node:
        _walk_lines(child, parts)
    if block:
        parts.append(_BREAK)
    if node.tail:
        parts.append(node.tail)
