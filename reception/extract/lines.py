"""Line-level judgements shared by HTML paragraphs and text dumps."""

from __future__ import annotations

import enum
import html
import re
from collections.abc import Iterable

from reception.extract import selectors as sel
from reception.text import DATE_IN_TEXT, ENDS_LIKE_A_SENTENCE, parse_date, short_text_cache

_ECHO_MIN_WORDS = 8  # shorter repeats are ordinary phrases, not pull quotes
_ECHO_MAX_CHECKS = 100
_ECHO_SOURCE_WORDS = 20  # paragraphs a pull quote can come from
_ECHO_MAX_WORDS = 60  # longer paragraphs are never pull quotes


class LineKind(enum.Enum):
    CONTENT = "content"
    CHROME = "chrome"
    INFO = "info"  # a film-facts line: "Director: ...", "Rated R"
    SPEC = "spec"  # a home-video specs line: "Audio: ..."
    GRADE = "grade"  # the critic's grade written as a line of its own


def clean(text: str) -> str:
    """Collapse whitespace and resolve entities a page escaped twice ("&amp;rsquo;")."""
    if "&" in text and sel.ENTITY.search(text):
        text = html.unescape(text)
    return " ".join(text.split())  # the same whitespace as the pattern \s, faster


@short_text_cache(maxsize=8192, max_chars=2_000)
def line_key(text: str) -> str:
    """What two copies of one template line share: lowercased words.

    Cached: every pass keys the same headline, dek and paragraphs again.
    """
    return " ".join(sel.WORD.findall(text.lower()))


def words(text: str) -> int:
    return len(sel.WORD.findall(text))


def is_chrome(text: str) -> bool:
    """Page furniture that no review sentence looks like."""
    if len(text) <= sel.CHROME_LINE_MAX_CHARS and (
        sel.CHROME_LINE.match(text) or sel.CHROME_LINE.match(text.strip(sel.DECORATION))
    ):
        return True
    if len(text) <= sel.CHROME_PHRASE_MAX_CHARS:
        lowered = text.lower()
        hinted = any(hint in lowered for hint in sel.CHROME_PHRASE_HINTS)
        if hinted and sel.CHROME_PHRASE.search(text):
            return True
    separators = sum(text.count(mark) for mark in sel.MENU_SEPARATORS)
    return separators >= 2 and len(text) < 200 and bool(sel.MENU_LINE.match(text))


def _names_only(text: str) -> bool:
    """A comma/"and" list of capitalized names, as after "Starring"."""
    parts = [p.strip() for p in re.split(r",|\band\b|&|;", text.rstrip(". ")) if p.strip()]
    if not parts:
        return False
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 5:
            return False
        capitals = sum(1 for t in tokens if t[:1].isupper() or t[:1].isdigit())
        if capitals < max(1, len(tokens) - 1):
            return False
    return True


def spec_pair(text: str) -> tuple[str, str] | None:
    """("Audio", "DTS-HD MA 5.1") for a specs line, else None."""
    match = sel.LABEL_VALUE.match(text)
    if match and sel.SPEC_LABELS.match(match.group(1)):
        return match.group(1).strip(), match.group(2).strip()
    return None


def info_parts(text: str) -> list[str] | None:
    """The parts of a one-line facts box ("Director: X | Starring: Y, Z | Rated R | 1h 57m"):
    a short line split by pipes or middle dots with two or more parts that are facts lines on
    their own (labelled, a rating, a runtime). A studio between them comes along. None for
    any other line: a byline ("Ana Ruiz | May 3, 2024") or a menu has no facts parts."""
    if len(text) > sel.INFO_PARTS_LINE_MAX_CHARS or not (
        "|" in text or "\u00b7" in text or "\u2022" in text or " -- " in text
    ):
        return None
    parts = [part.strip() for part in sel.INFO_PART_SEPARATOR.split(text) if part.strip()]
    if len(parts) < sel.INFO_PARTS_MIN or any(
        len(part) > sel.INFO_PART_MAX_CHARS for part in parts
    ):
        return None
    facts = sum(classify(part) in (LineKind.INFO, LineKind.SPEC) for part in parts)
    return parts if facts >= sel.INFO_PARTS_MIN else None


@short_text_cache(maxsize=8192, max_chars=2_000)
def classify(text: str) -> LineKind:
    """What one short line of a review page is, judged on the line alone.

    Cached: the side-lines pass and the paragraph sort judge many of the same lines.
    """
    if info_parts(text):
        return LineKind.INFO  # before the menu test: its parts are separated the same way
    if is_chrome(text):
        return LineKind.CHROME
    if len(text) > 400:
        return LineKind.CONTENT
    if sel.GRADE_LINE.match(text) or sel.RATING_LABEL.match(text):
        return LineKind.GRADE
    if sel.VERBAL_GRADE_LINE.match(text) and not sel.MPAA_LINE.match(text.partition(":")[2]):
        return LineKind.GRADE
    labelled = sel.GRADE_LABEL_LINE.match(text)
    if labelled and sel.GRADE_VALUE.search(labelled.group(1)):
        return LineKind.GRADE
    if sel.NUMBERS_ONLY.match(text):
        return LineKind.CHROME
    dated_release = sel.DATED_RELEASE_LABEL.match(text)
    if dated_release and is_date_only(dated_release.group("value")):
        return LineKind.INFO
    if len(text) < 60 and is_date_only(text):
        return LineKind.CHROME
    home_video_spec = spec_pair(text)
    if home_video_spec and not sel.INFO_LINE.match(text):
        return LineKind.SPEC
    if sel.INFO_LINE.match(text) and len(text) < 300:
        return LineKind.INFO
    names = sel.INFO_NAMES_LINE.match(text)
    if names and len(text) < 250 and _names_only(names.group(2)):
        return LineKind.INFO
    if len(text) < 120 and (sel.MPAA_LINE.match(text) or sel.RUNTIME_LINE.match(text)):
        return LineKind.INFO
    if len(text) < sel.RELEASE_LINE_MAX_CHARS and sel.RELEASE_LINE.match(text):
        return LineKind.INFO
    if len(text) < sel.FACTS_SENTENCE_MAX_CHARS and sel.FACTS_SENTENCE.search(text):
        return LineKind.INFO
    if len(text) < sel.CREDITS_MAX_CHARS:
        phrases = {m.lower().split()[0] for m in sel.CREDIT_PHRASE.findall(text)}
        if len(phrases) >= sel.CREDITS_MIN_PHRASES:
            return LineKind.INFO
    return LineKind.CONTENT


def byline_name(text: str) -> str | None:
    """The critic's name from a byline ("By Jane Doe | March 3, 2024"), if it reads as one."""
    name = sel.BYLINE_PREFIX.sub("", clean(text), count=1)
    name = sel.BYLINE_TAIL.sub("", name).strip(" .,:;-–—")
    words = name.split()
    if len(words) in (4, 6) and words[: len(words) // 2] == words[len(words) // 2 :]:
        name = " ".join(words[: len(words) // 2])  # a name shown twice (a link, then its text)
    if not name or len(name) > 60 or not 1 <= len(name.split()) <= 5:
        return None
    return name if sel.PERSON_NAME.match(name) and not sel.NOT_A_PERSON.match(name) else None


def is_bio(line: str, critic: str | None) -> bool:
    """The critic's one-line biography ("Dana Doe is a critic based in ..."), not review."""
    if not critic or len(line) > sel.BIO_MAX_CHARS or not line.startswith(critic):
        return False
    return bool(sel.BIO_VERB.match(line[len(critic) :]))


def drop_echoes(paragraphs: list[str]) -> list[str]:
    """Drop pull quotes: a shorter paragraph repeated word for word inside another one.

    The quote minus its last word is looked for in the longer paragraphs (a quote cut
    mid-word still matches); only the first few dozen candidates are checked, which
    bounds the time on pages made of thousands of short paragraphs.
    """
    keys = [line_key(p) for p in paragraphs]
    long_text = " | ".join(k for k in keys if len(k.split()) >= _ECHO_SOURCE_WORDS)
    kept: list[str] = []
    checked = 0
    for paragraph, key in zip(paragraphs, keys, strict=True):
        words_ = key.split()
        if _ECHO_MIN_WORDS <= len(words_) < _ECHO_MAX_WORDS and checked < _ECHO_MAX_CHECKS:
            checked += 1
            own = 1 if len(words_) >= _ECHO_SOURCE_WORDS else 0  # it is in long_text too
            if long_text.count(" ".join(words_[:-1])) > own:
                continue
        kept.append(paragraph)
    return kept


def is_date_only(text: str) -> bool:
    """A dateline and nothing else: "Sunday, October 20, 2019", "Posted 2019-10-20"."""
    bare = sel.WEEKDAY.sub("", text, count=1).strip(sel.DECORATION)
    found = DATE_IN_TEXT.search(bare)
    return found is not None and found.group(0) == bare.rstrip(".")


def find_byline(line: str, site_names: Iterable[str] = ()) -> str | None:
    """The critic named by a short byline line of a dump: "By Ana Ruiz | May 3, 2024",
    "Posted on May 3, 2024 by Ana Ruiz", "Ana Ruiz · May 3, 2024", "Ana Ruiz, 3.5.2024",
    and "Ana Ruiz | Frames Per Second" where the other part is a name the page calls itself
    by (``site_names``: its other lines, its titles)."""
    if len(line) > 120:
        return None
    named = _site_byline(line, site_names)
    if named:
        return named
    match = sel.BYLINE_LINE.match(line)
    if match:
        return byline_name(match.group(1))
    name, comma, rest = line.partition(",")
    dated_name = comma and is_date_only(rest.strip()) and not is_date_only(line)
    if dated_name and byline_name(name) == name.strip():
        return name.strip()  # "Ana Ruiz, 18.01.1985"
    parts = [part for part in sel.BYLINE_PARTS.split(line) if part.strip()]
    if len(parts) >= 2 and any(parse_date(part) for part in parts):
        names = [
            part for part in parts if not parse_date(part) and byline_name(part) == part.strip()
        ]
        return names[0].strip() if len(names) == 1 else None
    return None


def _site_byline(line: str, site_names: Iterable[str]) -> str | None:
    """ "Nadia Okonkwo | Frames Per Second": a person's name beside the site's own name."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 2 or not all(parts):
        return None
    names = [name.casefold() for name in site_names if name and name != line]
    for person, site in (parts, parts[::-1]):
        if byline_name(person) == person and 2 <= words(person) <= 4:
            key = site.casefold()
            if any(key in name for name in names):
                return person
    return None


def guess_language(paragraphs: tuple[str, ...] | list[str]) -> str | None:
    """ "en" when English function words are common in the text; None when unsure."""
    tokens = sel.WORD.findall(" ".join(paragraphs[:10]).lower())[:400]
    if len(tokens) < 20:
        return None
    share = sum(token in sel.ENGLISH_WORDS for token in tokens) / len(tokens)
    return "en" if share >= sel.ENGLISH_MIN_SHARE else None


def looks_like_prose(text: str) -> bool:
    """A sentence or more: ends like one and has enough words."""
    count = words(text)
    return count >= 25 or (count >= 6 and bool(ENDS_LIKE_A_SENTENCE.search(text)))
