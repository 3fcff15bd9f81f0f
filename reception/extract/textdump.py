"""A plain-text dump of a review page (what "save as text" or a scraper leaves) to an Article.

Lines are sorted into chrome and content by rules that hold on any site (appeals, menus,
share labels, copyright), by the site's learned template when there is one, and by where
they sit: the header (headline, dek, byline, date) comes before the first prose line, and
nothing after a comments or related-reviews marker is the critic's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reception.extract import selectors as sel
from reception.extract.lines import (
    LineKind,
    classify,
    clean,
    drop_echoes,
    find_byline,
    guess_language,
    info_parts,
    is_bio,
    line_key,
    looks_like_prose,
    spec_pair,
    words,
)
from reception.extract.template import SiteTemplate
from reception.records import Article, Page
from reception.text import ENDS_LIKE_A_SENTENCE, parse_date

_HEADER_LINES = 60  # the byline is looked for this far into the content
_LONG_PROSE_WORDS = 40  # a line this long is body: no byline after it opens the article
_MAX_WRAP = 110  # hard-wrapped dumps break lines at 60-100 characters
_MIN_WRAPPED = 40  # shorter lines say nothing about the wrap width
_MASTHEAD_WORDS = 5
_OVERLONG_LINES = 2  # unwrapped lines (banners, menus) a hard-wrapped dump may hold
_WRAP_SLACK = 25  # a wrapped line stops this close to the width; a paragraph's last may not
_SITE_VOICE_PLURALS = 3  # "we", "our", "us" this often, and no "I": the site speaks
_BOX_LINE_MAX = 80  # an info box's title line or studio line is short
_BOX_TITLE_WORDS = 8
_BOX_HEADLINE_REACH = 6  # the page's own headline stands this close above a box's title line


def _join_split_bylines(lines: list[str]) -> list[str]:
    """A lone "By" line and the name under it (a byline whose link broke the line)."""
    out: list[str] = []
    for line in lines:
        if out and sel.LONE_BY.match(out[-1]) and len(line) < 80:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _join_label_values(lines: list[str]) -> list[str]:
    """ "Director" over "Denis Villeneuve" (a facts table saved as text) reads
    "Director: Denis Villeneuve". Only in a run of such pairs: a lone "Video" over a
    subheading is the review's own section heading."""

    def label(line: str) -> bool:
        return bool(sel.INFO_LABEL_ALONE.match(line) or sel.SPEC_LABELS.match(line))

    labels = {n for n, line in enumerate(lines) if label(line)}
    out: list[str] = []
    skip = False
    for n, line in enumerate(lines):
        if skip:
            skip = False
            continue
        in_run = n - 2 in labels or n + 2 in labels
        value = lines[n + 1] if n + 1 < len(lines) else ""
        if n in labels and in_run and value and not label(value) and len(value) < 150:
            out.append(f"{line.rstrip(' :')}: {value}")
            skip = True
        else:
            out.append(line)
    return out


def _paragraphs(text: str) -> list[str]:
    """Lines; in a hard-wrapped dump, wrapped lines are joined back into their paragraph.

    A dump is hard-wrapped when its longer lines stop at one width (60-110 characters) and
    many reach it; a dump with one paragraph per line is left alone, so its header lines
    stay apart.
    """
    lines = [clean(raw) for raw in text.splitlines()[: sel.MAX_TEXT_LINES]]
    lengths = sorted(len(line) for line in lines if len(line) >= _MIN_WRAPPED)
    if not lengths:
        return [line for line in lines if line]
    width = lengths[int(len(lengths) * 0.75)]
    overlong = sum(n > _MAX_WRAP for n in lengths)  # a stray URL, menu or banner is tolerated
    wrapped = (
        _MIN_WRAPPED <= width <= _MAX_WRAP
        and overlong <= max(_OVERLONG_LINES, 0.03 * len(lengths))
        and sum(n >= width - _WRAP_SLACK for n in lengths) >= 5
    )
    out: list[str] = []
    joinable = False
    for line in lines:
        if not line:
            joinable = False
            continue
        # A pipe separates a header's fields ("Nadia Okonkwo | Frames Per Second"), never prose;
        # a share or copyright line after a paragraph is chrome, not its last words; a
        # capitalized facts line ("Running time: 116 min") starts its own line under a long
        # "Starring:" one (a wrapped sentence goes on in lower case: "in theaters: hot pink").
        continued = not (
            sel.BULLET.match(line)
            or "|" in line
            or (line[:1].isupper() and sel.INFO_LINE.match(line))
            or classify(line) is LineKind.CHROME
        )
        if joinable and out and continued:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = wrapped and len(line) >= width - _WRAP_SLACK
    return out


def _box_title(line: str) -> bool:
    """A film title as an info box heads itself: a few capitalized words, not a sentence."""
    return (
        1 <= words(line) <= _BOX_TITLE_WORDS
        and line[:1].isupper()
        and not ENDS_LIKE_A_SENTENCE.search(line)
        and classify(line) is LineKind.CONTENT
    )


def _info_box_extras(lines: list[str]) -> set[int]:
    """Lines of an info box that are not facts lines on their own: the short title line over a
    run of facts lines ("Rus and Bone" over "Director: ..."), once the page's headline stands
    above it, and a short line between two facts, specs or grade lines ("(Sony Pictures
    Classics)", "Seen at: Cannes")."""
    facts = [classify(line) in (LineKind.INFO, LineKind.SPEC, LineKind.GRADE) for line in lines]
    extras: set[int] = set()
    for n, line in enumerate(lines):
        if facts[n] or len(line) > _BOX_LINE_MAX or parse_date(line) or find_byline(line):
            continue
        inside = 0 < n < len(lines) - 1 and facts[n - 1] and facts[n + 1]
        heads_box = n + 2 < len(lines) and facts[n + 1] and facts[n + 2] and _box_title(line)
        above = lines[max(0, n - _BOX_HEADLINE_REACH) : n]
        headed = any(words(x) >= 4 and classify(x) is LineKind.CONTENT for x in above)
        if (inside and not looks_like_prose(line)) or (heads_box and headed):
            extras.add(n)
    return extras


def _is_headline(line: str) -> bool:
    return 2 <= words(line) <= 30 and len(line) <= 220 and not line.endswith(".")


def _is_subheading(line: str) -> bool:
    return 1 <= words(line) <= 6 and not ENDS_LIKE_A_SENTENCE.search(line)


def _is_dek(line: str) -> bool:
    return 6 <= words(line) <= 80 and not sel.BYLINE_PREFIX.match(line)


def _headline_and_dek(header: list[str]) -> tuple[int | None, int | None]:
    """Headline and dek sit last in the header, just before the byline (or the body)."""
    titled = [n for n, line in enumerate(header) if _is_headline(line) and not parse_date(line)]
    if not titled:
        return None, None
    last = len(header) - 1
    sentence = bool(ENDS_LIKE_A_SENTENCE.search(header[last])) or words(header[last]) >= 12
    if last - 1 in titled and _is_dek(header[last]) and sentence and not parse_date(header[last]):
        return last - 1, last
    return titled[-1], None


def _publication(lines: list[str], masthead: str | None) -> str | None:
    """The owner named on the copyright line, the one place a dump names its site in
    full; a line near the top that starts that name is the site's own short form of it,
    and so is the masthead when it starts with the owner's first word ("Marlowe Street
    Review" over "Marlowe Street Media"). Without a copyright line, the masthead."""
    for line in reversed(lines):
        match = sel.COPYRIGHT.search(line)
        owner = match.group(1).strip(" .,") if match else ""
        if not owner or sel.ALL_RIGHTS.match(owner):
            continue
        short = [top for top in lines[:20] if len(top) >= 3 and owner.startswith(top)]
        if short:
            return max(short, key=len)
        owner = sel.TRAILING_YEAR.sub("", sel.CORPORATE.sub("", owner))
        if masthead and _first_word(masthead) == _first_word(owner):
            return owner if masthead.casefold() == owner.casefold() else masthead
        return _own_name(owner, lines)
    return masthead


def _own_name(owner: str, lines: list[str]) -> str:
    """The owner's name less its kind of company ("ScreenMatters Media" -> "ScreenMatters")
    when the page calls itself that on another line ("ScreenMatters readers: ...")."""
    kind = sel.COMPANY_KIND.search(owner)
    if not kind:
        return owner
    short = owner[: kind.start()]
    alone = re.compile(rf"(?<!\w){re.escape(short)}(?!\w|{re.escape(kind.group(0))})")
    return short if any(alone.search(line) for line in lines) else owner


def _first_word(name: str) -> str:
    significant = [w for w in line_key(name).split() if w not in sel.ARTICLES]
    return significant[0] if significant else ""


def _masthead(content: list[str], headline: str | None) -> str | None:
    """The site's name as the first line of the page shows it ("PORCHLIGHT CINEMA ::
    reviews since 2004"), its capitals undone; None when the page opens otherwise."""
    if not content or content[0] == headline:
        return None
    name = sel.TITLE_SEPARATOR.split(content[0])[0].strip()
    if (
        not 1 <= words(name) <= _MASTHEAD_WORDS
        or not name[:1].isupper()
        or ENDS_LIKE_A_SENTENCE.search(name)
        or parse_date(name)
        or find_byline(name)
    ):
        return None
    return " ".join(w.capitalize() for w in name.lower().split()) if name.isupper() else name


class _Sorter:
    """Collects side parts while lines are sorted."""

    def __init__(self, template: SiteTemplate | None) -> None:
        self.template = template
        self.infobox: list[str] = []
        self.specs: list[tuple[str, str]] = []
        self.features: list[str] = []
        self.rating: list[str] = []
        self.in_features = False

    def side_or_chrome(self, line: str, boxed: bool = False) -> bool:
        """True when the line is a side part (filed here) or chrome; False for content. A
        boxed line belongs to the info box whatever it says alone."""
        kind = classify(line)
        if boxed:
            self.infobox.append(line)
            return True
        if kind is LineKind.INFO:
            self.infobox.extend(info_parts(line) or [line])
            return True
        if kind is LineKind.SPEC:
            pair = spec_pair(line)
            if pair:
                self.specs.append(pair)
            return True
        if kind is LineKind.GRADE:
            # "Extras:" over "★★" was one score among the disc's ratings, not a list heading.
            self.in_features = False
            self.rating.append(line)
            return True
        if sel.SPECIAL_FEATURES_HEADING.match(line):
            self.in_features = True
            return False  # the heading stays in the body, as on HTML pages
        if self.in_features and (sel.REVIEW_SECTION.match(line) or sel.SPECS_HEADING.match(line)):
            self.in_features = False  # the next section of the review, or the specs table
        # Items of the list; prose about the extras may come before them and stays body.
        item = len(line) < 160 and not (words(line) >= 8 and line.endswith((".", "!", "?", ":")))
        if self.in_features and (sel.BULLET.match(line) or item):
            self.features.append(sel.BULLET.sub("", line))
            return True
        return kind is LineKind.CHROME

    def repeated(self, line: str) -> bool:
        """A template line; a critic's byline repeats across a site's pages but stays one."""
        return self.template is not None and self.template.is_chrome(line) and not find_byline(line)


@dataclass
class _HeaderSpan:
    """Where a dump's header ends and what it holds: the byline (when one comes before the
    prose), the index in ``content`` where the body starts, and the lines before it."""

    byline_at: int | None
    start: int
    lines: list[str]
    critic: str | None


def _sort_lines(
    lines: list[str], sorter: _Sorter
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(index, line) of lines that are neither side parts nor chrome, and of those the
    lines the site's template does not mark as repeated (the content)."""
    boxed = _info_box_extras(lines)
    unsorted = [
        (i, line) for i, line in enumerate(lines) if not sorter.side_or_chrome(line, i in boxed)
    ]
    content = [(i, line) for i, line in unsorted if not sorter.repeated(line)]
    return unsorted, content


def _find_header(lines: list[str], content: list[tuple[int, str]]) -> _HeaderSpan:
    """The header ends at the byline when there is one before the prose; else at the first
    long prose line."""
    first_long = next(
        (n for n, (_, line) in enumerate(content) if words(line) >= _LONG_PROSE_WORDS),
        len(content),
    )
    byline_at = next(
        (
            n
            for n, (_, line) in enumerate(content[: min(first_long, _HEADER_LINES)])
            if find_byline(line, lines)
        ),
        None,
    )
    if byline_at is not None:
        start = next(
            (
                n
                for n, (_, line) in enumerate(content)
                if n > byline_at
                and looks_like_prose(line)
                and not (len(line) < 60 and parse_date(line))
            ),
            len(content),
        )
        header = [line for _, line in content[:byline_at]]
        return _HeaderSpan(byline_at, start, header, find_byline(content[byline_at][1], lines))
    start = next(
        (n for n, (_, line) in enumerate(content) if words(line) >= 25 and looks_like_prose(line)),
        len(content),
    )
    # Blogs sign off below the post: "Posted by Walt Kessler at 11:48 PM".
    critic = next((find_byline(line) for line in lines if find_byline(line)), None)
    return _HeaderSpan(None, start, [line for _, line in content[:start]], critic)


def _find_date(lines: list[str], byline_line: int) -> dt.date | None:
    """Datelines are chrome when sorted, so the date is looked for in all lines, after the
    byline first; the byline line itself may carry it."""
    dated = [
        (i, parse_date(line))
        for i, line in enumerate(lines[: _HEADER_LINES * 2])
        if (len(line) < 60 or i == byline_line) and parse_date(line)
    ]
    return next((d for i, d in dated if i >= byline_line), None) or next(
        (d for _, d in dated), None
    )


def _undated(lines: list[str]) -> list[str]:
    return [line for line in lines if not (len(line) < 60 and parse_date(line))]


def _title_lines(
    found: _HeaderSpan,
    content: list[tuple[int, str]],
    unsorted: list[tuple[int, str]],
    body_from: int,
    template: SiteTemplate | None,
) -> tuple[list[str], int | None, int | None]:
    """The header's lines with the headline's and the dek's places among them."""
    header = _undated(found.lines)
    headline_at, dek_at = _headline_and_dek(header)
    if headline_at is None and template is not None:
        # The pages of one multi-page review share their header, which the site's template
        # then counts as repeated: read the header again with the template's lines in it.
        header_end = content[found.byline_at][0] if found.byline_at is not None else body_from
        header = _undated([line for i, line in unsorted if i < header_end])
        headline_at, dek_at = _headline_and_dek(header)
    return header, headline_at, dek_at


def _body_span(
    lines: list[str],
    unsorted: list[tuple[int, str]],
    body_from: int,
    byline_line: int | None,
    sorter: _Sorter,
) -> list[tuple[int, str]]:
    """The candidate body lines: from the first prose line to the end-of-article marker."""
    stop = next(
        (i for i, line in enumerate(lines) if i > body_from and sel.END_OF_ARTICLE.match(line)),
        len(lines),
    )
    # Template lines inside the body are the site's standing subheadings ("Video",
    # "Final Thoughts"): kept between prose, or when they name a review section.
    in_body = [(i, line) for i, line in unsorted if body_from <= i < stop]
    # A subheading opening the body: the line just before the first prose, after the byline
    # (a site's standing "The Film" included, which the template alone would drop).
    before = [(i, line) for i, line in unsorted if i < body_from]
    opening = before[-1] if before else (-1, "")
    standing = not sorter.repeated(opening[1]) or sel.REVIEW_SECTION.match(opening[1])
    after_byline = byline_line is not None and opening[0] > byline_line
    role = sel.BYLINE_ROLE.search(opening[1])  # "Courier film critic" under the byline
    if after_byline and standing and _is_subheading(opening[1]) and not role:
        in_body.insert(0, opening)
    return in_body


def _body(in_body: list[tuple[int, str]], sorter: _Sorter, critic: str | None) -> list[str]:
    """The span's lines less the critic's bio and the template's lines that stand alone
    (a repeated line stays only as a subheading over prose)."""
    body: list[str] = []
    for n, (_, line) in enumerate(in_body):
        if is_bio(line, critic):
            continue
        if sorter.repeated(line):
            following = next((x for _, x in in_body[n + 1 :] if not sorter.repeated(x)), "")
            between_prose = bool(body) and looks_like_prose(body[-1])
            section = sel.REVIEW_SECTION.match(line)
            if not (looks_like_prose(following) and (between_prose or section)):
                continue
        body.append(line)
    return body


def _site_voice(line: str, publication: str | None) -> bool:
    """The site speaking to its readers ("ScreenMatters readers: our provider has told us
    ..."): first person plural and no "I", naming the site or saying "we" often."""
    plural = len(sel.FIRST_PLURAL.findall(line))
    if not plural or sel.FIRST_SINGULAR.search(line):
        return False
    named = publication is not None and publication in line
    return named or plural >= _SITE_VOICE_PLURALS


def _without_appeals(body: list[str], publication: str | None) -> list[str]:
    """The body less the site's appeals left at its end (an appeal for money that no chrome
    phrase names, above the donation line that one does)."""
    while body and _site_voice(body[-1], publication):
        body = body[:-1]
    return body


def extract_text(page: Page, text: str, template: SiteTemplate | None) -> Article:
    """Sort the dump's lines, find where the header ends, then read header and body."""
    lines = _join_label_values(_join_split_bylines(_paragraphs(text)))
    sorter = _Sorter(template)
    unsorted, content = _sort_lines(lines, sorter)
    found = _find_header(lines, content)
    byline_line = content[found.byline_at][0] if found.byline_at is not None else None
    date = _find_date(lines, byline_line or 0)
    body_from = content[found.start][0] if found.start < len(content) else len(lines)
    header, headline_at, dek_at = _title_lines(found, content, unsorted, body_from, template)
    headline = header[headline_at] if headline_at is not None else None
    in_body = _body_span(lines, unsorted, body_from, byline_line, sorter)
    publication = _publication(lines, _masthead([line for _, line in unsorted], headline))
    body = _without_appeals(_body(in_body, sorter, found.critic), publication)
    return Article(
        uri=page.uri,
        headline=headline,
        dek=header[dek_at] if dek_at is not None else None,
        critic=found.critic,
        publication=publication,
        date_published=date,
        body=tuple(drop_echoes(body)),
        language=guess_language(body),
        site=page.site,
        infobox=tuple(sorter.infobox),
        specs=tuple(sorter.specs),
        special_features=tuple(sorter.features),
        rating_text=tuple(sorter.rating),
    )
