"""An HTML review page to an :class:`Article`.

The tree is parsed once. Passes that read it (schema.org data, metadata, the header) run
first; passes that take parts out (the critic's grade widget, info box, specs table,
special-features list, then chrome such as comments and share bars) run next; the body is
the marked body container's lines, else the learned block model's main text still left
(:mod:`reception.extract.blocks`, read once before the tree is taken apart), and its
paragraphs are sorted once more line by line.

Conflict rule (also in docs/extraction.md): schema.org data wins for critic, publication
and date when present and sane (a person-like name, a parseable date); the visible page
fills the gaps. The headline is the exception: the visible ``<h1>`` wins, because markup
headlines are often SEO variants of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import cast
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from reception.extract import selectors as sel
from reception.extract.blocks import Block, main_text, read_blocks
from reception.extract.detector import check_review
from reception.extract.lines import (
    LineKind,
    byline_name,
    classify,
    clean,
    drop_echoes,
    find_byline,
    guess_language,
    info_parts,
    is_bio,
    is_date_only,
    line_key,
    spec_pair,
)
from reception.extract.structured import card_ratings, poster, read_nodes, structured_review
from reception.extract.template import SiteTemplate
from reception.extract.tree import block_lines, parse_tree, text_of
from reception.extract.tree import drop as _drop
from reception.records import Article, Page, StructuredReview
from reception.text import DATE_IN_TEXT, ENDS_LIKE_A_SENTENCE, parse_date


def _select(query: etree.XPath, node: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements a compiled node-set XPath selects."""
    return cast(list[lxml_html.HtmlElement], query(node))


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_SHORT_WIDGET_CHARS = 300
_MIN_DEK_WORDS = 6
_PROMO_MIN_WORDS = 6  # a chrome line this long is a promo with a heading of its own
_PROSE_CHARS = 400  # a paragraph this long is the body; the dek comes before it
_DATELINE_CHARS = 60
_BYLINE_CHARS = 120
_BOX_HEADING_CHARS = 80
_SHORT_LINE_WORDS = 8  # a line this short may be a piece of the byline
_BODY_BYLINE_WITHIN = 8  # a "Guest review by ..." line counts among the first paragraphs
_MIN_BODY_CHARS = 400  # a marked body container without <p> (br-separated blogs) this long
# A bare date on the page before the web is more likely a film's release than the review's;
# markup that says datePublished, or a byline, may date a print review republished online.
_EARLIEST_SHOWN_YEAR = 1990
_EARLIEST_STATED_YEAR = 1900
_MARKUP_BODY_MARGIN = 50  # words the markup's reviewBody must add before it replaces the page
_REVIEW_LINK_SHARE = 0.5  # a body line with more of its text in links is navigation
FIRST_LOOK_BAR = 0.15
"""With ``reviews_only``, a page whose title and general body the detector gives a review
probability under this is refused without its review reading (see eval/extraction.py)."""


class _Marks:
    """Class/id words and the attributes passes ask of every marked element, read in one
    loop per page and shared by all passes."""

    def __init__(self, tree: lxml_html.HtmlElement) -> None:
        # Read before any pass drops a part: passes skip what an earlier one took out.
        self._words: dict[lxml_html.HtmlElement, frozenset[str]] = {}
        self._props: list[tuple[lxml_html.HtmlElement, str]] = []
        # What the passes ask of every marked element, each in document order.
        self.authors: list[lxml_html.HtmlElement] = []  # rel=author, itemprop=author
        self.dated: list[lxml_html.HtmlElement] = []  # <time datetime>, datePublished
        self.body_marked: list[lxml_html.HtmlElement] = []  # reviewBody, articleBody
        self.hidden: list[lxml_html.HtmlElement] = []  # hidden, aria-hidden, dialog roles
        for el, names in _marked_elements(tree):
            # An attribute read from lxml costs a string built from the tree: only those
            # the element has are read.
            get = el.get
            class_value = get("class") if "class" in names else None
            id_value = get("id") if "id" in names else None
            prop = get("itemprop") if "itemprop" in names else None
            if class_value is not None or id_value is not None:
                self._words[el] = sel.attr_words(f"{class_value or ''} {id_value or ''}")
            if prop:
                self._props.append((el, prop))
            if prop == "author" or ("rel" in names and get("rel") == "author"):
                self.authors.append(el)
            if prop == "datePublished" or (el.tag == "time" and "datetime" in names):
                self.dated.append(el)
            if prop in sel.BODY_PROP_VALUES or (
                "property" in names and get("property") == "reviewBody"
            ):
                self.body_marked.append(el)
            if (
                "hidden" in names
                or ("aria-hidden" in names and get("aria-hidden") == "true")
                or ("role" in names and get("role") in sel.CHROME_ROLES)
            ):
                self.hidden.append(el)
        self._having: dict[frozenset[str], list[lxml_html.HtmlElement]] = {}

    def with_prop(self, *names: str) -> list[lxml_html.HtmlElement]:
        """Elements whose ``itemprop`` is one of ``names``, in document order."""
        return [el for el, prop in self._props if prop in names]

    def of(self, el: lxml_html.HtmlElement) -> frozenset[str]:
        return self._words.get(el, frozenset())

    def having(self, words: frozenset[str]) -> list[lxml_html.HtmlElement]:
        """Elements carrying any of ``words``, in document order, still in the tree."""
        if words not in self._having:
            self._having[words] = [
                el for el, own in self._words.items() if not own.isdisjoint(words)
            ]
        return [el for el in self._having[words] if el.getparent() is not None or el.tag == "html"]


def _marked_elements(
    tree: lxml_html.HtmlElement,
) -> list[tuple[lxml_html.HtmlElement, list[str]]]:
    """Every element a mark attribute names (``sel.MARK_ATTRIBUTES``) and every ``<time
    datetime>``, in document order, with its attribute names: a loop over each element's
    attribute names, a third of the cost of the same query in XPath (libxml2 tries each
    attribute test node by node)."""
    marks = sel.MARK_ATTRIBUTES
    found: list[tuple[lxml_html.HtmlElement, list[str]]] = []
    for el in tree.iter(etree.Element):
        names = el.keys()
        if names and (not marks.isdisjoint(names) or (el.tag == "time" and "datetime" in names)):
            found.append((el, names))
    return found


def _meta(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in found:
            found[key] = clean(content)
    return found


def _first_meta(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if meta.get(key)), None)


def _spaced_text(el: lxml_html.HtmlElement) -> str:
    """Text with a space between elements: "By <a>Jim Doe</a><time>May 3</time>" reads
    "By Jim Doe May 3", not "Jim DoeMay 3" (for bylines and datelines only)."""
    return clean(" ".join(el.itertext()))


def _links_home(link: lxml_html.HtmlElement) -> bool:
    """A link to the site's front page: the logo, not a headline."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "?")):
        return False
    try:
        return urlsplit(href).path in ("", "/")
    except ValueError:  # a malformed address ('http://[x') links nowhere
        return False


def _is_byline_or_date(text: str) -> bool:
    """A short line naming the critic or the day: "Ana Ruiz, 18.01.1985", "By Ana Ruiz"."""
    return len(text) <= _BYLINE_CHARS and bool(
        find_byline(text) or sel.BYLINE_PREFIX.match(text) or DATE_IN_TEXT.search(text)
    )


def _is_person(name: str | None) -> bool:
    """A name markup gives reads as a person's: two to five capitalized words."""
    return bool(name) and byline_name(name or "") == name and len((name or "").split()) >= 2


def _sane_date(text: str | None, earliest: int = _EARLIEST_SHOWN_YEAR) -> dt.date | None:
    date = parse_date(text)
    return date if date and earliest <= date.year <= dt.date.today().year + 1 else None


class _Header:
    """Headline, dek, byline and date as the page shows them."""

    def __init__(
        self,
        tree: lxml_html.HtmlElement,
        containers: list[lxml_html.HtmlElement],
        marks: _Marks,
        titles: tuple[str | None, ...],
        descriptions: tuple[str | None, ...] = (),
    ) -> None:
        self.marks = marks
        self._elsewhere: dict[lxml_html.HtmlElement, bool] = {}
        self._lengths: dict[lxml_html.HtmlElement, int] = {}
        self.site_names = [t for t in titles if t]  # "Ana Ruiz | <the site>" names the critic
        self.descriptions = {line_key(d) for d in descriptions if d}
        order = {el: n for n, el in enumerate(tree.iter())}
        self.h1 = self._headline_element(tree, titles)
        # The dek sits between the headline and the body; excerpts elsewhere are teasers.
        start = order[self.h1] if self.h1 is not None else -1
        first_prose = next(
            (
                order[p]
                for p in tree.iter("p")
                if order[p] > start and self._length(p) > _PROSE_CHARS
            ),
            len(order),
        )
        self.dek_window = (start, min([first_prose, *(order[c] for c in containers)]))
        self.order = order
        self.protected = _protected_set([el for el in (self.h1, *containers) if el is not None])
        self.headline = text_of(self.h1) if self.h1 is not None else None
        self.dek_element = self._dek_element(tree)
        self.dek = text_of(self.dek_element) if self.dek_element is not None else None
        self.critic, self.byline_texts = self._byline(tree)
        self.date = self._date(tree)

    def _headline_element(
        self, tree: lxml_html.HtmlElement, titles: tuple[str | None, ...]
    ) -> lxml_html.HtmlElement | None:
        """The visible headline: an h1 or a headline-classed element, scored by how well it
        matches the page's declared titles, and never the site's logo linking home."""
        declared = {line_key(t) for t in titles[:-1] if t}
        window_title = line_key(titles[-1] or "")
        candidates = [*tree.iter("h1"), *self.marks.having(sel.HEADLINE_WORDS)]
        candidates += self.marks.with_prop("headline")
        title_words = set(window_title.split())
        chosen = set(candidates)
        extras = [h for h in tree.iter("h2", "h3") if h not in chosen]
        best, best_score = None, 0
        for el in [*candidates, *extras]:
            key = line_key(text_of(el))
            if not key or len(key) > 400:
                continue
            score = 4 if key in declared else 2 if key in window_title else 0
            if el not in chosen:
                # A page without an h1 often heads the review with an h2 its <title> repeats.
                in_title = sum(w in title_words for w in key.split()) / len(key.split())
                score = score - 2 if score else (1 if in_title >= 0.6 else -9)
                if score + 1 <= best_score:
                    continue  # cannot win even inside <article>
            score += (el.tag == "h1") + bool(self.marks.of(el) & sel.HEADLINE_WORDS)
            score += bool(sel.IN_ARTICLE_XPATH(el))
            if any(_links_home(a) for a in el.iter("a")):
                score -= 4
            if score > best_score or (best is None and el in chosen):
                best, best_score = el, score
        return best

    def _dek_element(self, tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
        marks = self.marks
        described = marks.with_prop(*sel.DESCRIPTION_PROPS)
        for el in [*marks.having(sel.DEK_WORDS), *described]:
            if el.tag not in ("p", "div", "h2", "h3", "span", "section"):
                continue
            if marks.of(el) & sel.CHROME_WORDS or any(
                marks.of(a) & sel.BYLINE_WORDS for a in [el, *el.iterancestors()]
            ):
                continue  # an author bio's "description" is not the dek
            if not self.dek_window[0] < self.order[el] < self.dek_window[1]:
                continue
            text = text_of(el)
            headline_inside = self.h1 is not None and self.h1 in el.iterancestors()
            # A dek is a line of text, not a box of blocks.
            blocks = _select(sel.INNER_BLOCKS_XPATH, el)
            if 15 <= len(text) <= 500 and not headline_inside and not blocks:
                return el
        if self.h1 is not None:
            sibling = self.h1.getnext()
            # Unmarked (or hash-classed) deks: the line of text right under the headline.
            if sibling is not None and sibling.tag in ("h2", "h3", "p", "div"):
                text = text_of(sibling)
                following = sibling.getnext()
                # A lone <p> after the headline is a dek only when prose does not follow it;
                # a byline or dateline between it and the prose does not count as prose.
                starts_prose = (
                    sibling.tag == "p"
                    and following is not None
                    and following.tag == "p"
                    and not _is_byline_or_date(_spaced_text(following))
                )
                if (
                    15 <= len(text) <= 400
                    and len(text.split()) >= _MIN_DEK_WORDS  # shorter: a section heading
                    and not starts_prose
                    and not (sibling.tag == "div" and _select(sel.INNER_BLOCKS_XPATH, sibling))
                    and not sel.SPECIAL_FEATURES_HEADING.match(text)
                    and not sel.BYLINE_PREFIX.match(text)
                    and not _is_byline_or_date(text)
                    and classify(text) is LineKind.CONTENT  # not a menu, facts or grade line
                    and self.dek_window[0] < self.order[sibling] < self.dek_window[1]
                ):
                    return sibling
        return self._described_dek(tree)

    def _described_dek(self, tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
        """A line that repeats the page's meta description, between headline and body."""
        if not self.descriptions:
            return None
        low, high = self.dek_window
        for el in tree.iter("p", "div", "h2", "h3", "span"):
            if (
                not low < self.order.get(el, -1) < high
                or line_key(text_of(el)) not in self.descriptions
            ):
                continue
            following = el.getnext()
            if not (el.tag == "p" and following is not None and following.tag == "p"):
                return el
        return None

    def _byline(self, tree: lxml_html.HtmlElement) -> tuple[str | None, list[str]]:
        marks = self.marks
        texts: list[str] = []
        for el in self._after_headline_first([*marks.authors, *marks.having(sel.BYLINE_WORDS)]):
            text = _spaced_text(el)
            if not text or len(text) > 160:
                continue
            if marks.of(el) & (sel.USER_RATING_WORDS | sel.CHROME_WORDS):
                continue
            texts.append(text)
            name = byline_name(text)
            if name:
                return name, texts
        # Unmarked bylines: "By Ana Ruiz", "Posted by Ana Ruiz at 11:48 PM", "Ana Ruiz | May 3";
        # after the headline when there is one ("By Use Case" above it heads a menu).
        start = self.order[self.h1] if self.h1 is not None else -1
        short = (
            el
            for el in tree.iter("p", "span", "div", "address", "small", "em", "i", "b")
            if self.order[el] > start and self._length(el) <= _SHORT_WIDGET_CHARS
        )
        for el in self._headline_onwards(short):
            text = _spaced_text(el)
            name = find_byline(text, self.site_names) if 4 < len(text) < 120 else None
            if name:
                return name, [*texts, text]
        return None, texts

    def _date(self, tree: lxml_html.HtmlElement) -> dt.date | None:
        """The first sane date of: machine-readable dates, the byline, date-classed
        elements; each time the one after the headline first, never one in a comment or
        teaser (a comment's date is not the review's)."""
        for el in self._after_headline_first(self.marks.dated):
            date = _sane_date(el.get("datetime") or el.get("content") or text_of(el))
            if date:
                return date
        stated = (_sane_date(text, _EARLIEST_STATED_YEAR) for text in self.byline_texts)
        date = next((d for d in stated if d), None)
        if date:
            return date
        for el in self._after_headline_first(self.marks.having(sel.DATE_WORDS)):
            text = _spaced_text(el)
            date = _sane_date(text) if len(text) < 80 else None
            if date:
                return date
        # Unmarked datelines ("Monday, September 19, 2011"), the nearest to the headline.
        short = (
            el
            for el in tree.iter("h2", "h3", "h4", "p", "div", "span", "small", "abbr")
            if self._length(el) < _DATELINE_CHARS
        )
        for el in self._headline_onwards(short):
            text = text_of(el)
            if is_date_only(text):
                return _sane_date(text)
        return None

    def _after_headline_first(
        self, elements: list[lxml_html.HtmlElement]
    ) -> list[lxml_html.HtmlElement]:
        """:meth:`_headline_onwards` for elements in any order."""
        in_order = sorted(elements, key=lambda el: self.order.get(el, 0))
        return list(self._headline_onwards(in_order))

    def _headline_onwards(
        self, in_order: Iterable[lxml_html.HtmlElement]
    ) -> Iterator[lxml_html.HtmlElement]:
        """Elements already in document order, those in comments or teasers left out: the
        ones from the headline on first, then those before it, read as they are asked for (a
        search that stops at its first find reads no further)."""
        start = self.order.get(self.h1, -1) if self.h1 is not None else -1
        before: list[lxml_html.HtmlElement] = []
        for el in in_order:
            if self.elsewhere(el):
                continue
            if self.order.get(el, 0) < start:
                before.append(el)
            else:
                yield el
        yield from before

    def _length(self, el: lxml_html.HtmlElement) -> int:
        """An element's text length, worked out once (the byline and date passes both ask)."""
        length = self._lengths.get(el)
        if length is None:
            length = self._lengths[el] = len(el.text_content())
        return length

    def elsewhere(self, el: lxml_html.HtmlElement) -> bool:
        """Inside a comment thread, teaser list or sidebar (the page's own wrappers aside).
        Remembered per element, so asking for every element of a page walks each once."""
        known = self._elsewhere.get(el)
        if known is None:
            own = (
                el.tag not in ("html", "body")
                and el not in self.protected
                and bool(self.marks.of(el) & sel.ELSEWHERE_WORDS)
            )
            parent = el.getparent()
            known = own or (parent is not None and self.elsewhere(parent))
            self._elsewhere[el] = known
        return known


def _protected_set(keep: list[lxml_html.HtmlElement]) -> set[lxml_html.HtmlElement]:
    """The headline, the body container and everything holding them: never dropped."""
    return {el for k in keep for el in (k, *k.iterancestors())}


def _body_containers(tree: lxml_html.HtmlElement, marks: _Marks) -> list[lxml_html.HtmlElement]:
    """Elements marked as the article body, outermost duplicates removed.

    When marked containers nest ("post-content" around "entry-content"), the inner one
    is the body proper as long as it holds most of the outer one's text.
    """
    marked = marks.body_marked
    if not marked:
        marked = [
            el
            for el in marks.having(sel.BODY_WORDS)
            if len(el.findall(".//p")) >= 2 or len(el.text_content()) >= _MIN_BODY_CHARS
        ]
    sizes = {el: len(el.text_content()) for el in marked}
    chosen: list[lxml_html.HtmlElement] = []
    for el in marked:
        inner = [o for o in marked if o is not el and el in o.iterancestors()]
        if any(sizes[o] >= 0.6 * sizes[el] for o in inner):
            continue  # a wrapper around the real body
        if any(a in chosen for a in el.iterancestors()):
            continue  # a part of a body already taken
        chosen.append(el)
    return chosen


class _SideParts:
    """Grade widget, info box, specs and special features: collected, then cut out."""

    def __init__(self, marks: _Marks) -> None:
        self.marks = marks
        self.infobox: list[str] = []
        self.specs: list[tuple[str, str]] = []
        self.special_features: list[str] = []
        self.rating_text: list[str] = []

    def add_line(self, line: str) -> bool:
        """File one side-part line by its kind; False when it is ordinary content."""
        kind = classify(line)
        if kind is LineKind.SPEC:
            pair = spec_pair(line)
            if pair:
                self.specs.append(pair)
            return True
        if kind is LineKind.INFO:
            self.infobox.extend(info_parts(line) or [line])
            return True
        if kind is LineKind.GRADE:
            self.rating_text.append(line)
            return True
        return False

    def take_rating_widgets(self, tree: lxml_html.HtmlElement) -> None:
        marks = self.marks
        marked = marks.with_prop("reviewRating")
        for el in [*marked, *marks.having(sel.RATING_WORDS)]:
            if el.getparent() is None:
                continue
            if any(marks.of(a) & sel.USER_RATING_WORDS for a in [el, *el.iterancestors()][:4]):
                _drop(el)  # reader score: never the critic's grade, never body
                continue
            text = text_of(el)
            if len(text) > _SHORT_WIDGET_CHARS or any(
                marks.of(a) & sel.INFOBOX_WORDS for a in [el, *el.iterancestors()]
            ):
                continue  # an info box's "Rating: R" is the MPAA rating, read with the box
            if sel.MPAA_LINE.match(text) and el.get("itemprop") != "reviewRating":
                continue
            pieces = [text] if text else []
            for img in el.iter("img"):
                for value in (img.get("alt"), img.get("title")):
                    if value and clean(value):
                        pieces.append(clean(value))
                src = img.get("src") or ""
                if src:
                    pieces.append(src.rsplit("/", 1)[-1])
            for part in el.iter():
                for attr in ("aria-label", "title", "data-rating", "content"):
                    if part.get(attr):
                        pieces.append(clean(part.get(attr, "")))
            if not pieces:
                pieces.append(self._icon_stars(el))
            self.rating_text.extend(p for p in pieces if p and p not in self.rating_text)
            _drop(el)

    def _icon_stars(self, widget: lxml_html.HtmlElement) -> str:
        """Stars drawn with icon elements and no text ("icon-star-full" x3, "...-half"),
        written out as the ★ and ½ a reader sees."""
        full = half = 0
        for icon in widget.iterdescendants():
            words = self.marks.of(icon)
            if not words & sel.STAR_ICON_WORDS or words & sel.EMPTY_ICON_WORDS:
                continue
            if words & sel.HALF_ICON_WORDS:
                half += 1
            else:
                full += 1
        return "★" * full + "½" * min(half, 1)

    def _rows(self, table: lxml_html.HtmlElement) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for tr in table.iter("tr"):
            cells = [c for c in tr if c.tag in ("td", "th")]
            if len(cells) == 2:
                label, value = text_of(cells[0]), _cell_value(cells[1])
                if label and value:
                    rows.append((label.rstrip(":"), value))
        for dt_el in table.iter("dt"):
            dd = dt_el.getnext()
            if dd is not None and dd.tag == "dd":
                rows.append((text_of(dt_el).rstrip(":"), _cell_value(dd)))
        return rows

    def _file_rows(self, rows: list[tuple[str, str]]) -> None:
        for label, value in rows:
            if sel.SPEC_LABELS.match(label):
                self.specs.append((label, value))
            else:
                self.infobox.append(f"{label}: {value}")

    def take_boxes(self, tree: lxml_html.HtmlElement, keep: set[lxml_html.HtmlElement]) -> None:
        for el in self.marks.having(sel.INFOBOX_WORDS):
            if el.getparent() is None or el in keep or len(text_of(el)) > 4000:
                continue
            rows = self._rows(el)
            if rows:
                self._file_rows(rows)
            else:
                for line in block_lines(el):
                    if not self.add_line(line) and len(line) < 200:
                        self.infobox.append(line)
            _drop(el)
        for table in list(tree.iter("table", "dl")):
            if table.getparent() is None:
                continue
            rows = self._rows(table)
            labelled = sum(
                1
                for label, _ in rows
                if sel.SPEC_LABELS.match(label) or sel.INFO_LINE.match(f"{label}: x")
            )
            if rows and labelled * 2 >= len(rows):
                self._file_rows(rows)
                self._drop_with_heading(table, sel.SPECS_HEADING)

    def take_special_features(self, tree: lxml_html.HtmlElement) -> None:
        for el in self.marks.having(sel.SPECIAL_FEATURES_WORDS):
            if el.getparent() is not None:
                items = [text_of(li) for li in el.iter("li")] or block_lines(el)
                self.special_features.extend(
                    i for i in items if i and not sel.SPECIAL_FEATURES_HEADING.match(i)
                )
                _drop(el)
        for heading in list(tree.iter(*_HEADINGS, "p", "strong", "b")):
            if heading.getparent() is None or not sel.SPECIAL_FEATURES_HEADING.match(
                text_of(heading)
            ):
                continue
            # The heading stays (an in-body subheading); the list after it is the side part.
            anchor = heading if heading.tag not in ("strong", "b") else heading.getparent()
            following = anchor.getnext() if anchor is not None else None
            for _ in range(3):
                if following is None or following.tag in (*_HEADINGS, "ul", "ol"):
                    break
                following = following.getnext()
            if following is not None and following.tag in ("ul", "ol"):
                listed = (text_of(li) for li in following.iter("li"))
                self.special_features.extend(item for item in listed if item)
                _drop(following)

    def take_side_lines(
        self,
        tree: lxml_html.HtmlElement,
        containers: list[lxml_html.HtmlElement],
        dek: lxml_html.HtmlElement | None,
    ) -> None:
        """Facts and verdict lines outside the body, read by what they say whatever their
        class names: a one-line facts box ("Director: X | Rated R | 1h 57m | Studio"), a
        list of "Director: ..." / "Rated R" / "1h 49m" items, a "Verdict: Must See" line.
        Runs after the chrome pass, so comment threads and sidebars are gone already."""
        inside = {el for container in containers for el in container.iter()}
        for el in list(tree.iter("p", "div", "ul", "ol")):
            if el.getparent() is None or el in inside or el is dek:
                continue
            if el.tag in ("ul", "ol"):
                items = [text_of(li) for li in el if li.tag == "li"]
                if self._is_facts_list(items):
                    for item in items:
                        if not self.add_line(item) and classify(item) is LineKind.CONTENT:
                            self.infobox.append(item)  # "Warner Bros." among the facts
                    _drop(el)
                continue
            if any(child.tag in sel.BLOCK_TAGS for child in el):
                continue  # a box of blocks: its own lines are visited one by one
            text = text_of(el)
            if not text or len(text) > sel.INFO_PARTS_LINE_MAX_CHARS:
                continue
            kind = classify(text)
            if kind in (LineKind.CHROME, LineKind.CONTENT) or _select(sel.INNER_BLOCKS_XPATH, el):
                continue
            # Unmarked, a grade is the critic's only when its line says so ("Verdict: ...");
            # bare stars there may be on another scale than the markup's, or a reader's.
            if kind is LineKind.GRADE and not sel.GRADE_LABEL_LINE.match(text):
                continue
            self.add_line(text)
            _drop(el)

    @staticmethod
    def _is_facts_list(items: list[str]) -> bool:
        """Two or more short items, most of them facts lines."""
        if len(items) < sel.INFO_PARTS_MIN or any(
            not item or len(item) > sel.INFO_PART_MAX_CHARS for item in items
        ):
            return False
        facts = sum(classify(item) in (LineKind.INFO, LineKind.SPEC) for item in items)
        return facts >= sel.INFO_PARTS_MIN and 2 * facts > len(items)

    @staticmethod
    def _drop_with_heading(el: lxml_html.HtmlElement, heading_pattern: re.Pattern[str]) -> None:
        previous = el.getprevious()
        is_heading = previous is not None and previous.tag in (*_HEADINGS, "p", "strong", "b")
        if is_heading and heading_pattern.match(text_of(previous)):
            _drop(previous)
        _drop(el)


def _drop_chrome(
    tree: lxml_html.HtmlElement, keep: set[lxml_html.HtmlElement], marks: _Marks
) -> None:
    for el in [*tree.iter(*sel.CHROME_TAGS), *marks.hidden]:
        if el.getparent() is not None and el not in keep:
            _drop(el)
    for el in marks.having(sel.CHROME_WORDS):
        if el.getparent() is not None and el.tag != "body" and el not in keep:
            _drop(el)
    _drop_headed_boxes(tree, keep)


def _drop_headed_boxes(tree: lxml_html.HtmlElement, keep: set[lxml_html.HtmlElement]) -> None:
    """Boxes whose own heading says what they are ("6 Comments", "You May Also Like",
    "Next review: ...", "About the author"): read by the heading, whatever the class
    names, which many sites hash ("w2c5 _th")."""
    for heading in list(tree.iter(*_HEADINGS)):
        box = heading.getparent()
        if box is None or len(heading.text_content()) > _BOX_HEADING_CHARS:
            continue
        text = text_of(heading)
        if not sel.END_OF_ARTICLE.match(text):
            continue
        comments = sel.COMMENTS_START.match(text)
        first = next((child for child in box if isinstance(child.tag, str)), None)
        if first is heading and not (box.text or "").strip() and box.tag not in ("body", "html"):
            # Teasers are short; a long paragraph under "More from ..." is the article's own.
            if box not in keep and (comments or not _holds_prose(box)):
                _drop(box)
        elif comments:
            # A thread headed inside a wider block: the heading and all that follows it.
            for el in [heading, *heading.itersiblings()]:
                if el not in keep:
                    _drop(el)


def _holds_prose(el: lxml_html.HtmlElement) -> bool:
    return any(len(p.text_content()) > _PROSE_CHARS for p in el.iter("p"))


def _still_read(tree: lxml_html.HtmlElement, blocks: list[Block], header: _Header) -> list[str]:
    """The general reading's main-text blocks read as a review's body: those after the
    headline (when most of the main text is), whose element the review reading's passes
    left in the tree (grade widgets, info boxes, chrome and the dek are taken out before
    the body), less lines made mostly of links: a review is prose, whatever a listing
    page keeps."""
    headline = line_key(header.headline or "")
    at = next(
        (
            n
            for n, b in enumerate(blocks)
            if header.h1 is not None and (b.element is header.h1 or line_key(b.text) == headline)
        ),
        -1,
    )
    after = sum(b.words for b in blocks[at + 1 :] if b.main)
    if 2 * after < sum(b.words for b in blocks if b.main):
        at = -1  # the headline found sits below the text: a teaser's, not this page's
    present = set(tree.iter())
    return [
        b.text
        for b in blocks[at + 1 :]
        if b.main
        and (b.element is None or b.element in present)
        and b.link_chars <= _REVIEW_LINK_SHARE * len(b.text)
    ]


def _sort_paragraphs(
    paragraphs: list[str],
    header: _Header,
    side: _SideParts,
    template: SiteTemplate | None,
    critic: str | None,
    marked: bool,
) -> tuple[list[str], str | None]:
    """Keep prose and subheadings; file info-box, spec and grade lines as side parts.
    Outside a ``marked`` body container, bare stars are not the critic's grade (see
    ``_SideParts.take_side_lines``) and not prose either: such a line is dropped.

    Returns the body and the critic, which a byline written into the body
    ("Guest review by ...") overrides: it names who wrote this text on a shared blog.
    """
    skip = {line_key(t) for t in (header.headline, header.dek) if t}
    bylines = " " + " | ".join(line_key(t) for t in header.byline_texts) + " "
    body: list[str] = []
    last_heading: str | None = None
    for n, paragraph in enumerate(paragraphs[: sel.MAX_PARAGRAPHS]):
        named = sel.BODY_BYLINE.match(paragraph) if n < _BODY_BYLINE_WITHIN else None
        if named and byline_name(named.group(1)):
            critic = byline_name(named.group(1))
            continue
        if body and sel.COMMENTS_START.match(paragraph):
            break
        key = line_key(paragraph)
        if not key or key in skip:
            continue
        # Pieces of the byline when the body container also holds the header.
        short = len(key.split()) <= _SHORT_LINE_WORDS
        if short and (f" {key} " in bylines or find_byline(paragraph)):
            continue
        kind = classify(paragraph)
        if kind is LineKind.GRADE and not marked and not sel.GRADE_LABEL_LINE.match(paragraph):
            continue
        side_part = kind is not LineKind.CHROME and kind is not LineKind.CONTENT
        if side_part and side.add_line(paragraph):
            continue
        if kind is LineKind.CHROME or (template is not None and template.is_chrome(paragraph)):
            if body and body[-1] is last_heading and len(key.split()) >= _PROMO_MIN_WORDS:
                body.pop()  # the heading of a donation box or a promo, not of the review
            continue
        if body and line_key(body[-1]) == key:
            continue
        body.append(paragraph)
        heading_like = len(key.split()) <= _SHORT_LINE_WORDS and not ENDS_LIKE_A_SENTENCE.search(
            paragraph
        )
        last_heading = paragraph if heading_like else None
    while body and is_bio(body[-1], critic):
        body.pop()
    return drop_echoes(body), critic


def _publication(
    tree: lxml_html.HtmlElement,
    meta: dict[str, str],
    structured: StructuredReview | None,
    title: str,
    headline: str | None,
) -> str | None:
    """Publisher markup, then the site name: what the <title> adds to the headline, or
    the text of the logo that links home."""
    site = _first_meta(meta, sel.META_SITE)
    publisher = structured.publisher if structured else None
    if publisher and len(publisher) < 80 and "://" not in publisher:
        # "Frame Rate Review Media, LLC" is the company; the site calls itself by the
        # shorter name it starts with.
        if site and publisher.casefold().startswith(site.casefold()):
            return site
        return publisher
    if site:
        return site
    headline_key = line_key(headline or "")
    rest = [
        part.strip()
        for part in sel.TITLE_SEPARATOR.split(title)
        if line_key(part) and line_key(part) not in headline_key and not find_byline(part)
    ]
    if len(rest) == 1 and len(rest[0]) < 60:
        return rest[0]
    for link in tree.iter("a"):
        if _links_home(link):
            name = text_of(link) or clean(" ".join(i.get("alt", "") for i in link.iter("img")))
            name = sel.LOGO_SUFFIX.sub("", name)
            if 2 < len(name) < 60 and line_key(name) != "home":
                return name
    return None


def _published(
    structured: StructuredReview | None, meta: dict[str, str], shown: dt.date | None
) -> dt.date | None:
    """Markup's date, then <meta>'s, then the page's; but a UTC timestamp one day off the
    date the page shows is the same moment seen from another time zone: the page wins."""
    for stamp in (
        structured.date_published if structured else None,
        _first_meta(meta, sel.META_DATE),
    ):
        date = _sane_date(stamp, _EARLIEST_STATED_YEAR)
        if date is None:
            continue
        in_utc = bool(stamp and sel.UTC_STAMP.search(stamp))
        if shown and in_utc and abs((date - shown).days) == 1:
            return shown
        return date
    return shown


def _web_address(href: str | None) -> str | None:
    """A canonical address as given when it is a web address at all; a malformed one
    ('https://[host/…', a relative path) names nothing and is left out."""
    href = (href or "").strip()
    try:
        parts = urlsplit(href)
        return href if parts.scheme in ("http", "https") and parts.hostname else None
    except ValueError:
        return None


def _language(tree: lxml_html.HtmlElement, meta: dict[str, str]) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang") or meta.get("og:locale") or meta.get("language")
    if lang:
        return lang.replace("_", "-").split("-")[0].lower() or None
    return None


def extract_html(
    page: Page,
    text: str,
    template: SiteTemplate | None,
    as_review: bool = False,
    reviews_only: bool = False,
) -> Article:
    """The review reading of the page; unless ``as_review``, the review detector then judges
    it, and a page it refuses gets the general body (:mod:`reception.extract.blocks`).

    ``reviews_only``: the detector first looks at the page's title and general body, and a
    page it plainly refuses there is not read as a review at all (its article then holds
    only the title, the general body and the check), which is most of the cost saved on a
    crawl of ordinary pages."""
    tree = parse_tree(page, text)
    blocks = read_blocks(tree)  # read before the review reading takes the tree apart
    if as_review:
        return _review_reading(page, tree, template, blocks)
    general = tuple(main_text(blocks)[: sel.MAX_PARAGRAPHS])
    if reviews_only:
        glance = Article(uri=page.uri, headline=_page_title(tree), body=general)
        first = check_review(glance)
        if first.probability < FIRST_LOOK_BAR:
            return replace(glance, review_check=first)
    article = _review_reading(page, tree, template, blocks)
    check = check_review(article)
    if check.is_review:
        return replace(article, review_check=check)
    return replace(article, body=general or article.body, review_check=check)


def _page_title(tree: lxml_html.HtmlElement) -> str | None:
    """The page's first ``<h1>``, else its ``<title>``: the headline at a glance."""
    for el in (tree.find(".//h1"), tree.find(".//title")):
        if el is not None and text_of(el):
            return text_of(el)
    return None


def _review_reading(
    page: Page, tree: lxml_html.HtmlElement, template: SiteTemplate | None, general: list[Block]
) -> Article:
    """The page read as a review: header, side parts, body (the tree is taken apart). The
    body is the marked container's lines, else the general reading's main-text blocks
    that are still in the tree (``general``: every block of the page, main text marked)."""
    url = page.uri if page.uri.startswith(("http://", "https://")) else None
    nodes = read_nodes(tree, url)
    structured = structured_review(nodes)
    meta = _meta(tree)
    title_el = tree.find(".//title")
    title = text_of(title_el) if title_el is not None else ""
    for el in list(tree.iter(*sel.JUNK_TAGS)):
        _drop(el)
    for comment in list(tree.iter(etree.Comment)):
        _drop(comment)

    marks = _Marks(tree)
    containers = _body_containers(tree, marks)
    titles = (
        _first_meta(meta, ("og:title",)),
        _first_meta(meta, ("twitter:title",)),
        structured.headline if structured else None,
        title,
    )
    descriptions = tuple(meta.get(key) for key in sel.META_DESCRIPTION)
    header = _Header(tree, containers, marks, titles, descriptions)
    canonical = _web_address(
        next(
            (
                link.get("href")
                for link in tree.iter("link")
                if "canonical" in (link.get("rel") or "")
            ),
            None,
        )
        or meta.get("og:url")
    )
    keep = header.protected
    side = _SideParts(marks)
    side.take_rating_widgets(tree)
    side.take_special_features(tree)
    side.take_boxes(tree, keep)
    _drop_chrome(tree, keep, marks)
    side.take_side_lines(tree, containers, header.dek_element)
    if header.dek_element is not None:
        _drop(header.dek_element)

    if containers:
        paragraphs = [p for c in containers if c.getparent() is not None for p in block_lines(c)]
    else:
        paragraphs = _still_read(tree, general, header)
    critic = structured.author if structured and _is_person(structured.author) else None
    meta_author = byline_name(_first_meta(meta, sel.META_AUTHOR) or "")
    critic = critic or header.critic or (meta_author if _is_person(meta_author) else None)
    critic = critic or poster(nodes)
    body, critic = _sort_paragraphs(paragraphs, header, side, template, critic, bool(containers))
    if structured and structured.body:
        # A page that draws its text with scripts leaves little in the HTML; the markup's
        # own copy of the review is then the better body.
        marked_words = len(structured.body.split())
        if marked_words >= 2 * sum(len(p.split()) for p in body) + _MARKUP_BODY_MARGIN:
            body = structured.body.split("\n\n")

    headline = header.headline or (structured.headline if structured else None)
    if not headline:
        headline = _first_meta(meta, sel.META_TITLE) or (
            sel.TITLE_SEPARATOR.split(title)[0] if title else None
        )
    date = _published(structured, meta, header.date)
    site = page.site or (urlsplit(canonical).hostname if canonical else None)
    return Article(
        uri=page.uri,
        headline=headline,
        dek=header.dek,
        critic=critic,
        publication=_publication(tree, meta, structured, title, headline),
        date_published=date,
        body=tuple(body),
        language=_language(tree, meta) or guess_language(body),
        canonical_url=canonical,
        site=site,
        infobox=tuple(dict.fromkeys(side.infobox)),
        specs=tuple(dict.fromkeys(side.specs)),
        special_features=tuple(dict.fromkeys(side.special_features)),
        rating_text=tuple(dict.fromkeys([*side.rating_text, *card_ratings(meta)])),
        structured=structured,
        declared_titles=tuple(
            dict.fromkeys(t for t in titles[:2] if t and line_key(t) != line_key(headline or ""))
        ),
    )


def _cell_value(cell: lxml_html.HtmlElement) -> str:
    """A table cell's text, its lines (``<br>``, blocks) kept apart by "; ": two audio tracks
    on two lines stay two tracks."""
    return "; ".join(block_lines(cell)) or text_of(cell)
