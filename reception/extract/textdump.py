"""A plain-text dump of a review page (what "save as text" or a scraper leaves) to an Article.

Lines are sorted into chrome and content by rules that hold on any site (appeals, menus,
share labels, copyright), by the site's learned template when there is one, and by where
they sit: the header (headline, dek, byline, date) comes before the first prose line, and
nothing after a comments or related-reviews marker is the critic's.
"""

from __future__ import annotations

import re

from reception.extract import selectors as sel
from reception.extract.lines import (
    LineKind,
    byline_name,
    classify,
    clean,
    looks_like_prose,
    parse_date,
    spec_pair,
    words,
)
from reception.extract.template import SiteTemplate
from reception.records import Article, Page

# After these, the rest of the dump is comments, teasers or footer.
_STOP = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|leave\s+a\s+(?:comment|reply)|"
    r"join\s+the\s+discussion|related(?:\s+\w+)?|more\s+(?:reviews?|from\b.*|stories|like\s+this)|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+next|up\s+next|"
    r"about\s+the\s+(?:author|critic|reviewer)|share\s+this(?:\s+\w+)?|"
    r"(?:next|previous)\s+review\b.*|most\s+(?:popular|read))\s*:?\s*(?:\(\d+\))?\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d+[.)])\s+")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([A-Z][^.|©]{1,60})", re.I
)
_BIO = re.compile(r"\b(?:is\s+an?|writes|has\s+written|has\s+been|lives\s+in)\b", re.IGNORECASE)


def _paragraphs(text: str) -> list[str]:
    """Lines, with hard-wrapped prose lines joined back into their paragraph."""
    raw = text.splitlines()[: sel.MAX_TEXT_LINES]
    out: list[str] = []
    joinable = False
    for raw_line in raw:
        line = clean(raw_line)
        if not line:
            joinable = False
            continue
        starts_lower = line[:1].islower()
        if joinable and out and (starts_lower or len(out[-1]) >= 60) and not _BULLET.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = len(line) >= 55 and not sel.SENTENCE_END.search(line)
    return out


def _is_headline(line: str) -> bool:
    return 2 <= words(line) <= 30 and len(line) <= 220 and not line.endswith(".")


def _is_dek(line: str) -> bool:
    return 6 <= words(line) <= 80 and not sel.BYLINE_PREFIX.match(line)


def _headline_and_dek(header: list[str]) -> tuple[int | None, int | None]:
    """Headline and dek sit last in the header, just before the byline (or the body)."""
    titled = [n for n, line in enumerate(header) if _is_headline(line) and not parse_date(line)]
    if not titled:
        return None, None
    last = len(header) - 1
    sentence = bool(sel.SENTENCE_END.search(header[last])) or words(header[last]) >= 12
    if last - 1 in titled and _is_dek(header[last]) and sentence and not parse_date(header[last]):
        return last - 1, last
    return titled[-1], None


def _publication(lines: list[str]) -> str | None:
    """The owner named on the copyright line, the one place a dump names its site."""
    for line in reversed(lines):
        match = _COPYRIGHT.search(line)
        if match:
            return match.group(1).strip(" .,")
    return None


class _Sorter:
    """Collects side parts while lines are sorted."""

    def __init__(self, template: SiteTemplate | None) -> None:
        self.template = template
        self.infobox: list[str] = []
        self.specs: list[tuple[str, str]] = []
        self.features: list[str] = []
        self.rating: list[str] = []
        self.in_features = False

    def side_or_chrome(self, line: str) -> bool:
        """True when the line is a side part (filed here) or chrome; False for content."""
        kind = classify(line)
        if kind is LineKind.INFO:
            self.infobox.append(line)
            return True
        if kind is LineKind.SPEC:
            pair = spec_pair(line)
            if pair:
                self.specs.append(pair)
            return True
        if kind is LineKind.GRADE:
            self.rating.append(line)
            return True
        if sel.SPECIAL_FEATURES_HEADING.match(line):
            self.in_features = True
            return True
        if self.in_features:
            if _BULLET.match(line) or len(line) < 160:
                self.features.append(_BULLET.sub("", line))
                return True
            self.in_features = False
        if kind is LineKind.CHROME:
            return True
        return self.template is not None and self.template.is_chrome(line)


def extract_text(page: Page, text: str, template: SiteTemplate | None) -> Article:
    lines = _paragraphs(text)
    sorter = _Sorter(template)
    content = [(i, line) for i, line in enumerate(lines) if not sorter.side_or_chrome(line)]
    start = next(
        (n for n, (_, line) in enumerate(content) if words(line) >= 12 and looks_like_prose(line)),
        len(content),
    )
    header = [line for _, line in content[:start]]
    critic = date = None
    byline_at = len(header)
    for n, line in enumerate(header):
        if re.match(r"^\s*(?:reviewed\s+|written\s+)?by\s", line, re.I) and byline_name(line):
            critic, byline_at = byline_name(line), n
            date = parse_date(line)
            break
    date = date or next(
        (parse_date(line) for line in header if len(line) < 60 and parse_date(line)), None
    )
    headline_at, dek_at = _headline_and_dek(header[:byline_at])
    body_from = content[start][0] if start < len(content) else len(lines)
    stop = next(
        (i for i, line in enumerate(lines) if i > body_from and _STOP.match(line)), len(lines)
    )
    body: list[str] = []
    for i, line in content[start:]:
        if i >= stop:
            break
        if critic and line.startswith(critic) and _BIO.search(line[len(critic) : len(critic) + 30]):
            continue
        body.append(line)
    return Article(
        uri=page.uri,
        headline=header[headline_at] if headline_at is not None else None,
        dek=header[dek_at] if dek_at is not None else None,
        critic=critic,
        publication=_publication(lines),
        date_published=date,
        body=tuple(body),
        language="en" if body else None,
        site=page.site,
        infobox=tuple(sorter.infobox),
        specs=tuple(sorter.specs),
        special_features=tuple(sorter.features),
        rating_text=tuple(sorter.rating),
    )
