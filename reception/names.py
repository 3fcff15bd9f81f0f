"""Normalized keys for titles, people and publications, so spelling variants meet.

Facts, linking, the store and exports all key names the same way; the spelling rules live
here, below every stage, so a new rule has one home.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from reception.text import NO_APOSTROPHES, fold, folded_words

_ARTICLES = frozenset(
    ("the", "a", "an", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "der", "die", "das")
)
_LEADING_ARTICLES = re.compile(r"^(?:" + "|".join(sorted(_ARTICLES)) + r")\s+")
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
_ABBREVIATIONS = {"vol": "volume", "pt": "part", "ep": "episode", "chap": "chapter"}
_SERIES_WORDS = frozenset({"part", "volume", "chapter", "episode", "book"})
_RESPELLED = frozenset({*_ROMAN, *_ABBREVIATIONS, *_SERIES_WORDS})
_NUMBER_WORDS = {
    "i": "1",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
}
_SUBTITLE_SPLIT = re.compile(r"\s*(?::|\s[-–—]\s|[()]|,?\s+or(?=\s*[(:])|,\s+or\s)\s*")
_POSSESSIVE_PREFIX = re.compile(r"^(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+(?=\S)")
_GENERIC_SUBTITLE = re.compile(
    r"\b(?:part|vol|volume|chapter|episode|book|the movie|the film|\d+|one|two|three|four)\b"
)
_BYLINE = re.compile(
    r"^\s*(?:(?:words|review|reviewed|written|posted|text|story)\s+)?by\s*:?\s+", re.IGNORECASE
)
_ROLE = (
    r"(?:senior |chief |staff |contributing |lead |associate |guest |freelance )?"
    r"(?:film |movie |tv |arts |culture |entertainment )?"
    r"(?:critic|writer|editor|reviewer|contributor|correspondent|columnist)s?\b.*"
)
_ROLE_SUFFIX = re.compile(r"\s*(?:[,|–—(]|\s-)\s*" + _ROLE + "$", re.IGNORECASE)
_BARE_ROLE_SUFFIX = re.compile(r"\s+(?:film|movie|chief|senior)\s+critic\b.*$", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_FOREIGN_WORDS = frozenset(
    "le la les du des et une au aux en de der das dem und ein eine von zum el los las del y "  # noqa: SIM905
    "il gli della di dei het een".split()
)
"""Function words of French, Spanish, German, Italian and Dutch that English titles all but
never use: a title with one reads as an original-language title."""
_DOMAIN_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk|co|uk|ca|com\.au|au|ie|de|fr|io|us)$")


def _title_words(title: str) -> list[str]:
    """Folded words of a title with apostrophes dropped, the article gone, numerals as digits.

    'Vol. 1', 'Volume I' and 'Part One' all become 'volume 1' / 'part 1'; number words are
    read as digits only after such a word, since 'Nine' and '9' are different films.
    """
    folded = folded_words(title, drop_apostrophes=True)
    if len(folded) > 1 and folded[0] in _ARTICLES:
        del folded[0]
    if _RESPELLED.isdisjoint(folded):  # most titles: nothing to read as a number
        return folded
    words: list[str] = []
    for word in folded:
        word = _ABBREVIATIONS.get(word, word)
        if words and words[-1] in _SERIES_WORDS:
            word = _NUMBER_WORDS.get(word, word)
        words.append(_ROMAN.get(word, word))
    return words


@lru_cache(maxsize=1 << 16)  # linking keys the same few titles of a block over and over
def title_key(title: str) -> str:
    """The key two spellings of one title share.

    'The Rust & Bone' ~ 'rust and bone', 'Spider-Man' ~ 'Spiderman', 'Rocky II' ~ 'Rocky 2':
    words are joined without spaces so hyphenation and spacing do not matter.
    """
    return "".join(_title_words(title))


@lru_cache(maxsize=1 << 16)
def weak_title_keys(title: str) -> tuple[str, ...]:
    """Shorter forms of a title: 'Mad Max: Fury Road' -> mad max, fury road; "Birdman or (The
    Unexpected Virtue of Ignorance)" -> birdman; "John Carpenter's The Thing" -> thing.

    A match on one of these alone is not enough; linking asks for agreeing year and people.
    Generic parts ('Part One', 'Vol. 2') are left out: they would tie unrelated films.
    """
    parts = [part for part in _SUBTITLE_SPLIT.split(title.strip()) if part.strip(" :")]
    shorter = [parts[0], parts[-1]] if len(parts) > 1 else []
    unowned = _POSSESSIVE_PREFIX.sub("", title.strip())  # "John Carpenter's The Thing"
    if unowned != title.strip():
        shorter.append(unowned)
    keys = []
    for part in shorter:
        if _GENERIC_SUBTITLE.search(fold(part)):
            continue
        key = title_key(part)
        if len(key) >= 3 and key != title_key(title):
            keys.append(key)
    return tuple(dict.fromkeys(keys))


def looks_foreign(title: str) -> bool:
    """Whether a title reads as a non-English original ('De rouille et d'os')."""
    return not _FOREIGN_WORDS.isdisjoint(fold(title).split())


def share_a_word(a: str, b: str) -> bool:
    """Whether two titles share a word of four letters or more, or a five-letter stem
    ('Amélie' ~ 'Le fabuleux destin d'Amélie Poulain', 'Anatomy' ~ 'Anatomie')."""
    stems = {word[:5] for word in fold(a).split() if len(word) >= 4}
    return any(len(word) >= 4 and word[:5] in stems for word in fold(b).split())


def extends_title(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with a word or two added that do not number it:
    'Funny Games U.S.' extends 'Funny Games'; 'Kill Bill Vol. 2' does not extend 'Kill Bill'."""
    head, whole = _title_words(short), _title_words(long)
    extra = whole[len(head) :]
    return (
        bool(head)
        and whole[: len(head)] == head
        and 0 < len(extra) <= 2
        and not any(word.isdigit() or word in _SERIES_WORDS for word in extra)
        and not _GENERIC_SUBTITLE.search(" ".join(extra))
    )


def sequel_numbers(title: str) -> tuple[str, ...]:
    """The numbers in a title, as digits: 'Kill Bill: Vol. 1' -> ('1',), 'Toy Story II' ->
    ('2',). Titles numbered differently are different films of one series."""
    return tuple(word for word in _title_words(title) if word.isdigit())


def people_keys(directors: Iterable[str], year: int | None) -> frozenset[str]:
    """Keys that bring together films by one director a year or less apart: each director's
    initial and surname ('Alejandro G. Iñárritu' ~ 'Alejandro González Iñárritu') with the
    year and the next, so years ``y`` and ``y + 1`` share one key."""
    if year is None:
        return frozenset()
    people = {(key[0], key.split()[-1]) for key in (name_key(name) for name in directors) if key}
    return frozenset(f"@{i} {surname}:{y}" for i, surname in people for y in (year, year + 1))


def slug(text: str) -> str:
    """A URL path segment for a name or title: 'Amélie (2001)' -> 'amelie-2001'."""
    return fold(text).replace(" ", "-") or "untitled"


def name_key(name: str) -> str:
    """Folded name, for comparing people across spellings ('Bong Joon-ho' ~ 'BONG JOON HO')."""
    return fold(name.translate(NO_APOSTROPHES))


def names_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of name keys share a person.

    A lone surname matches a full name ('Cronenberg'), and so does a shortened middle name
    ('Alejandro G. Inarritu' ~ 'Alejandro Gonzalez Inarritu'): same first letter, same surname.
    """
    if a & b:
        return True
    for left in a:
        left_words = left.split()
        for right in b:
            right_words = right.split()
            if set(left_words) <= set(right_words) or set(right_words) <= set(left_words):
                return True
            if left_words[-1] == right_words[-1] and left[0] == right[0]:
                return True
    return False


def clean_person_name(name: str) -> str:
    """'By JANE DOE, Film Critic' -> 'Jane Doe'."""
    bare = _EMAIL.sub("", _BYLINE.sub("", name))
    bare = _BARE_ROLE_SUFFIX.sub("", _ROLE_SUFFIX.sub("", bare)).strip(" ,|-–—:()")
    if bare.isupper() or bare.islower():
        bare = " ".join(part.capitalize() for part in bare.split())
    return " ".join(bare.split())


def domain_of(address: str | None) -> str | None:
    """The host of a URL without 'www.', or None for file paths and folder names."""
    if not address or "://" not in address:
        return None
    try:
        host = (urlsplit(address).hostname or "").lower().removeprefix("www.")
    except ValueError:  # a malformed address ('https://[host/…') names no host
        return None
    return host or None


def publication_key(name: str) -> str:
    """Key a publication's name and its domain share: 'The Marquee Ledger' ~ marqueeledger.com."""
    bare = _DOMAIN_SUFFIX.sub("", name.strip().lower().removeprefix("www."))
    return "".join(_LEADING_ARTICLES.sub("", fold(bare.translate(NO_APOSTROPHES))).split())
