"""Small text helpers the facts readers share: cleaning titles and names, labelled lines."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from reception.facts import patterns as p
from reception.text import fold, sentence_spans


def clean_title(text: str) -> str:
    """A title without wrapping quotes, trailing punctuation or spare spaces."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = text.strip(p.TITLE_TRIM)
    if text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1].strip()
    return text


def clean_name(text: str) -> str:
    """A person's name without '(voice)', trailing dots or spare spaces; the dot of a closing
    initial or abbreviation stays ('M. Gustave H.', 'Jr.', 'Warner Bros.')."""
    dotted = text.rstrip(" ,;:").endswith(".")
    text = p.NAME_LEAD.sub("", p.NAME_NOISE.sub(" ", text).strip())
    text = " ".join(text.split()).strip(" .,;:-–—'\"“”")
    return f"{text}." if dotted and p.ABBREVIATION_END.search(text) else text


def is_person(text: str) -> bool:
    """Two to four capitalized words that are not common words or places."""
    if not p.PERSON_RE.match(text):
        return False
    words = fold(text).split()
    return not any(word in p.NOT_A_NAME_WORDS for word in words[:1] + words[-1:])


def is_character(text: str) -> bool:
    if not p.CHARACTER_RE.match(text):
        return False
    words = [w for w in fold(text).split() if w != "the"]
    return bool(words) and not all(word in p.NOT_A_NAME_WORDS for word in words)


def split_names(value: str) -> list[str]:
    """'A, B and C' -> [A, B, C], keeping parentheses ('A (Ali), B') whole."""
    items: list[str] = []
    depth = 0
    current = ""
    tokens = p.NAME_LIST_TOKENS.split(value)
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if (
            depth == 0
            and token is not None
            and (token in (",", ";") or token.strip() in ("and", "&", "/"))
        ):
            items.append(current)
            current = ""
        else:
            current += token or ""
    items.append(current)
    return [clean_name(item) for item in items if clean_name(item)]


def capsule_parts(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Info-box lines, with one-line capsules ("Directed by X. With Y. Neon. Rated R.", or
    "Director: X | Starring: Y | Rated R | 1h 40m") cut into their parts; the flag says the
    part came from such a capsule."""
    for line in lines:
        pieces = [piece.strip() for piece in p.INFO_SEPARATOR.split(line) if piece.strip()]
        if len(pieces) > 1:
            yield from ((piece, True) for piece in pieces)
            continue
        parts = [part.strip() for part in p.CAPSULE_BREAK.split(line) if part.strip()]
        if len(parts) > 1:
            parts = [
                piece.strip() for part in parts for piece in p.CAPSULE_SENTENCE_BREAK.split(part)
            ]
        yield from ((part, len(parts) > 2) for part in parts if part)


def labelled(line: str) -> tuple[str, str] | None:
    """(field, value) for 'Director: X', 'Directed by X', 'Rated R ...', by ``FIELD_LABELS``."""
    for pattern in (p.LABEL_LINE, p.LABEL_NAMES):
        match = pattern.match(line)
        if not match:
            continue
        label = " ".join(match.group("label").lower().strip(" .").split())
        field = p.FIELD_LABELS.get(label) or _release_label(label)
        if field:
            return field, match.group("value").strip()
    return None


def _release_label(label: str) -> str | None:
    """The release field a region-and-format label names ("us dvd" -> "release_home")."""
    match = p.RELEASE_LABEL.match(label)
    if not match:
        return None
    kind = match.group("kind")
    return "release" if kind == "theatrical" else p.RELEASE_LABEL_FIELDS.get(kind, "release_home")


def scan(pattern: re.Pattern[str], texts: Iterable[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` over the texts, tried only in the sentences that hold one of its
    keywords (``patterns.KEYWORDS``); a pattern without any is tried everywhere. Match
    positions are the text's own."""
    keywords = p.KEYWORDS.get(id(pattern))
    for text in texts:
        if keywords is None:
            yield from pattern.finditer(text)
        elif any(word in text for word in keywords):
            for start, end in sentence_spans(text):
                if any(text.find(word, start, end) != -1 for word in keywords):
                    yield from pattern.finditer(text, start, end)


folded = functools.lru_cache(maxsize=8192)(fold)
"""``fold`` remembered: the same names and page text are folded many times per page."""


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’"


def word_positions(needle: str, haystack: str) -> Iterator[int]:
    """Where the needle stands as whole words in the haystack (case as given).

    A plain string search: patterns built per name or title would be compiled per page,
    which costs more than reading the page.
    """
    if not needle:
        return
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not _is_word_char(before) and not _is_word_char(after):
            yield start
        start = haystack.find(needle, start + 1)


def count_words(needle: str, haystack: str) -> int:
    return sum(1 for _ in word_positions(needle, haystack))
