"""A site's template: the lines its pages repeat, learned from several of them.

A line that appears on most pages of one site (menus, footers, appeals, section lists) is
chrome there even when no general rule recognizes it. The template is kept per site by the
store, as a JSON document.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reception.extract import selectors as sel
from reception.extract.lines import clean, line_key
from reception.extract.tree import block_lines, parse_tree
from reception.records import Page, PageError

_MAX_TEMPLATE_LINE = 300  # longer lines are prose, never template
_MIN_SHARE = 0.5  # a line on at least half of the pages is template


@dataclass(frozen=True, slots=True)
class SiteTemplate:
    """Line keys (see :func:`line_key`) that are chrome on one site."""

    chrome: frozenset[str] = frozenset()
    pages: int = 0
    site: str | None = None

    def is_chrome(self, line: str) -> bool:
        return line_key(line) in self.chrome

    def to_dict(self) -> dict[str, Any]:
        """The template as the store keeps it (a JSON column)."""
        return {"site": self.site, "pages": self.pages, "chrome": sorted(self.chrome)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteTemplate:
        return cls(
            chrome=frozenset(str(key) for key in data.get("chrome", [])),
            pages=int(data.get("pages", 0)),
            site=data.get("site"),
        )


def _text_lines(text: str) -> list[str]:
    """Lines of a text dump, or the block lines of an HTML page's body."""
    head = text[:2048].lower()
    if "<html" in head or "<body" in head or "<!doctype" in head:
        try:
            tree = parse_tree(Page(uri="template", raw=b""), text)
        except PageError:
            return []
        for junk in list(tree.iter(*sel.JUNK_TAGS)):
            junk.drop_tree()
        return block_lines(tree)
    return [clean(line) for line in text.splitlines()[: sel.MAX_TEXT_LINES]]


def learn_template(texts: Sequence[str], site: str | None = None) -> SiteTemplate:
    """Lines that repeat on at least half of the pages (and on two or more) are chrome."""
    counts: Counter[str] = Counter()
    for text in texts:
        keys = {
            line_key(line) for line in _text_lines(text) if line and len(line) <= _MAX_TEMPLATE_LINE
        }
        keys.discard("")
        counts.update(keys)
    needed = max(2, math.ceil(_MIN_SHARE * len(texts)))
    chrome = frozenset(key for key, count in counts.items() if count >= needed)
    return SiteTemplate(chrome=chrome, pages=len(texts), site=site)
