"""Normalized keys for titles and names, so spelling variants meet in one record."""

from __future__ import annotations

import re
import unicodedata

_LEADING_ARTICLES = re.compile(r"^(the|a|an|le|la|les|l|el|los|las|il|der|die|das)\s+")
_NON_WORD = re.compile(r"[^\w]+")
_BYLINE = re.compile(r"^\s*(?:by|words by|review by|reviewed by)\s+", re.IGNORECASE)
_ROLE_SUFFIX = re.compile(
    r",?\s*(?:\||-|–|—|,)\s*(?:senior |chief |staff |contributing )?"
    r"(?:film |movie )?(?:critic|writer|editor|reviewer|contributor).*$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lowercase, strip diacritics and punctuation, collapse spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare.lower().replace("&", " and ")).split())


def title_key(title: str) -> str:
    """The key two spellings of one title share: 'The Rust & Bone' ~ 'rust and bone'."""
    return _LEADING_ARTICLES.sub("", fold(title))


def slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "untitled"


def clean_person_name(name: str) -> str:
    """'By JANE DOE, Film Critic' -> 'Jane Doe'."""
    bare = _ROLE_SUFFIX.sub("", _BYLINE.sub("", name)).strip(" ,|-")
    if bare.isupper() or bare.islower():
        bare = " ".join(part.capitalize() for part in bare.split())
    return " ".join(bare.split())
