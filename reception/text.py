"""The ground floor every stage reads text with: folding, sentences, years and dates.

Extraction, facts, verdict and linking all need these; keeping them here means no stage
imports a later one for them and no two stages keep copies that drift apart.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

_Result = TypeVar("_Result")


def short_text_cache(
    maxsize: int, max_chars: int
) -> Callable[[Callable[[str], _Result]], Callable[[str], _Result]]:
    """``functools.lru_cache`` for a function of one text, keeping only texts of at most
    ``max_chars``: what a cache holds stays bounded in bytes, not just in entries, so a page
    of long paragraphs is not kept alive (in a warm page reviewer, into the next pages)."""

    def decorate(function: Callable[[str], _Result]) -> Callable[[str], _Result]:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def call(text: str) -> _Result:
            return cached(text) if len(text) <= max_chars else function(text)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return decorate


# --- folding ------------------------------------------------------------------------------

NO_APOSTROPHES = str.maketrans("", "", "'’‘`")
"""``str.translate`` table that deletes apostrophes and backticks ("Pan's" -> "Pans")."""
_ASCII_APOSTROPHES = b"'`"
_ASCII_FOLD = bytes(
    ord(ch.lower()) if ch.isalnum() or ch == "_" else ord(" ") for ch in map(chr, range(256))
)
_NON_WORD = re.compile(r"[^\w]+")


def folded_words(text: str, drop_apostrophes: bool = False) -> list[str]:
    """The words of ``text`` lowercased, diacritics and punctuation gone, "&" read as "and";
    with ``drop_apostrophes`` "Pan's" stays one word."""
    drop = _ASCII_APOSTROPHES if drop_apostrophes else b""
    if text.isascii():  # most titles and names: one byte-table pass
        return text.replace("&", " and ").encode().translate(_ASCII_FOLD, drop).decode().split()
    if drop:
        text = text.translate(NO_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare.lower().replace("&", " and ")).split()


def fold(text: str) -> str:
    """Lowercase, strip diacritics and punctuation, collapse spaces."""
    return " ".join(folded_words(text))


# --- sentences ------------------------------------------------------------------------------
#
# Two cuts, for two readers. Facts scan running text (newlines included) for patterns, and a
# break there needs the next sentence to start like one ("J.K. Simmons" is not cut). The
# verdict weighs every clause of a paragraph, so it cuts at any sentence mark followed by
# space, except after abbreviations and initials. Merging them changes both stages' figures.

_SENTENCE_START = re.compile(
    r"(?<=[a-z0-9\"”’)][.!?])(?<!\bMr\.)(?<!\bDr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)"
    r"(?<!Mrs\.)(?<!\bvs\.)\s+(?=[\"“‘(A-Z0-9])|\n+"
)
_SENTENCE_GAP = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "etc", "no", "vol", "mt"}
)
ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
"""Text whose last mark closes a sentence (or a quote, a parenthesis, a clause)."""


@short_text_cache(maxsize=1024, max_chars=20_000)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of running text; a line break always ends one."""
    spans = []
    start = 0
    for end in _SENTENCE_START.finditer(text):
        if end.start() > start:
            spans.append((start, end.start()))
        start = end.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def sentences(text: str) -> list[str]:
    """The sentences of running text, as ``sentence_spans`` cuts them."""
    return [text[start:end] for start, end in sentence_spans(text)]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences as exact substrings of the paragraph; abbreviations and initials do not end one."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_GAP.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip(".!?…\"'”’)]")
        last_word = before.rsplit(maxsplit=1)[-1].lower() if before.split() else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        pieces.append(paragraph[start : match.start() + len(match.group(0))].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]


# --- years and dates ------------------------------------------------------------------------

YEAR = re.compile(r"(?<!\d)(?P<year>1[89]\d\d|20[0-4]\d)(?!\d)")
"""A film-era year standing alone (1800-2049), not the digits of a longer number."""

DATE_IN_TEXT = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4})\b",
    re.IGNORECASE,
)
"""A full date as English pages write it: "May 3, 2024", "3rd May 2024", ISO, 5/3/2024, 3.5.2024."""
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")  # "18.01.1985": the day comes first
# Months as English, French, German, Spanish and Italian pages write them.
_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january", "janvier", "januar", "enero", "gennaio"),
            ("feb", "february", "février", "fevrier", "februar", "febrero", "febbraio"),
            ("mar", "march", "mars", "märz", "marzo"),
            ("apr", "april", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio"),
            ("jun", "june", "juin", "juni", "junio", "giugno"),
            ("jul", "july", "juillet", "juli", "julio", "luglio"),
            ("aug", "august", "août", "aout", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre"),
            ("oct", "october", "octobre", "oktober", "octubre", "ottobre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_MDY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?"
    rf"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "October 22", "22 October": a date whose year the review's own date supplies.
_DATE_MD = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\s*\d)", re.IGNORECASE
)
_DATE_DM = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?{_MONTH}\b(?![,.]?\s*\d)",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b")


def parse_date(text: str | None, anchor: dt.date | None = None) -> dt.date | None:
    """A calendar date from ISO strings or dates written in prose; None when unsure.

    English forms are read first (dateutil; dotted dates day first), then the forms of other
    languages ("22 octobre 2021", "5th of May 2020") and numeric dates US-first. With an
    anchor (the review's own date), a date written without its year ("October 22") is the
    first such day from a couple of months before the anchor on.
    """
    if not text:
        return None
    return _english_date(text) or _written_date(text, anchor)


def _english_date(text: str) -> dt.date | None:
    iso = _ISO_DATE.search(text)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        found = DATE_IN_TEXT.search(text)
        if not found:
            return None
        from dateutil import parser as date_parser  # loaded on the first prose date only

        written = found.group(0)
        day_first = bool(_DOTTED_DATE.match(written))
        parsed = date_parser.parse(
            written, fuzzy=False, dayfirst=day_first, default=dt.datetime(2000, 1, 1)
        )
        return parsed.date()
    except (ValueError, OverflowError):
        return None


def _written_date(text: str, anchor: dt.date | None) -> dt.date | None:
    for pattern in (_DATE_MDY, _DATE_DMY):
        match = pattern.search(text)
        if match:
            month = _MONTHS[match.group("month").lower()]
            return _date(int(match.group("year")), month, int(match.group("day")))
    numeric = _DATE_NUMERIC.search(text)
    if numeric:
        first, second = int(numeric.group("a")), int(numeric.group("b"))
        month, day = (second, first) if first > 12 else (first, second)
        return _date(int(numeric.group("year")), month, day)
    if anchor is None:
        return None
    for pattern in (_DATE_MD, _DATE_DM):
        match = pattern.search(text)
        if match:
            month, day = _MONTHS[match.group("month").lower()], int(match.group("day"))
            date = _date(anchor.year, month, day)
            if date is not None and (anchor - date).days > 60:
                date = _date(anchor.year + 1, month, day)
            return date
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
