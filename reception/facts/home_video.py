"""Disc and streaming editions: is this a home-video review, which format, its specs and extras."""

from __future__ import annotations

from collections.abc import Sequence

from reception.facts import patterns as p
from reception.facts.text import labelled
from reception.records import Article, HomeVideo
from reception.text import parse_date

_BOXED_DISC_FEATURES = 3  # extras the body lists before a dated disc in the box makes a disc review


def _format_in(text: str) -> str | None:
    for name, pattern in p.FORMAT_WORDS:
        if pattern.search(text):
            return name
    return None


def spec_key(label: str) -> str:
    """A specs row label as a stable key ('Aspect Ratio' -> 'aspect_ratio')."""
    bare = " ".join(label.strip(" :").split())
    for key, pattern in p.SPEC_KEYS:
        if pattern.match(bare):
            return key
    return p.NON_WORD_RUN.sub("_", bare.lower()).strip("_") or "other"


def _features_from_prose(body: Sequence[str]) -> list[str]:
    """'The special features include: a commentary, deleted scenes, and a featurette.'"""
    for para in body:
        match = p.FEATURES_IN_PROSE.search(para)
        if not match:
            continue
        found = match.group("list")
        listed = match.group("colon") or p.FEATURE_LIST_START.match(found)
        if match.group("be") and not listed:
            # "The extras are generous for one disc: a commentary, ...": the list after the colon
            judged, colon, rest = found.partition(": ")
            if not colon or len(judged.split()) > 8:
                continue
            found = rest
        items = split_features(found)
        if len(items) >= 2:
            return items
    return []


def _boxed_disc(article: Article) -> str | None:
    """The disc format an info box dates ("US DVD: 26 Feb 2013"), when the body goes on to
    list that disc's extras: a review of the disc, not of the film's first run."""
    for line in article.infobox:
        pair = labelled(line)
        fmt = _format_in(line.partition(":")[0]) if pair and pair[0] == "release_home" else None
        if fmt and len(_features_from_prose(article.body)) >= _BOXED_DISC_FEATURES:
            return fmt
    return None


def split_features(text: str) -> list[str]:
    """One item per feature from a prose list, keeping parenthesized details with their item.

    Commas and semicolons separate items; "and" only joins the last two when no serial comma
    was used and what follows it starts a new item ("deleted scenes and a trailer"), so
    "commentary from the director and co-writer" stays one item.
    """
    pieces = [
        piece.strip() for piece in p.FEATURE_SPLIT.split(text.strip().rstrip(".")) if piece.strip()
    ]
    serial = any(
        p.FEATURE_LEADS.match(piece) and piece.lower().startswith("and ") for piece in pieces
    )
    if pieces and not serial:
        last = p.FEATURE_AND_ITEM.split(pieces.pop(), maxsplit=1)
        pieces.extend(last)
    items = []
    for piece in pieces:
        item = p.FEATURE_LEADS.sub("", p.FEATURE_LEADS.sub("", piece.strip(" .:;"))).strip()
        if len(item) >= 3:
            items.append(item[0].upper() + item[1:])
    return items


def read_home_video(article: Article) -> HomeVideo | None:
    """The edition under review, or None for a theatrical review."""
    head = " ".join(filter(None, (article.headline, article.dek)))
    disc_specs = [
        (label, value)
        for label, value in article.specs
        if spec_key(label) not in ("runtime", "rating", "studio", "release_date", "price")
    ]
    features = list(article.special_features)
    spec_features = [
        value for label, value in article.specs if p.FEATURES_LABEL.match(label.strip(" :"))
    ]
    disc_head = p.DISC_REVIEW_HINT.search(head)
    headline_format = _format_in(head) if disc_head else None
    streaming = bool(p.STREAMING_REVIEW_HINT.search(head))
    boxed = _boxed_disc(article)
    # "Seven Samurai (The Criterion Collection)": a disc label, its format said in the text
    if not (disc_head or disc_specs or features or spec_features or streaming or boxed):
        return None
    # A stream under review names its service up top; its "4K" is the stream's, not a disc's.
    fmt = headline_format or ("Streaming" if streaming else None) or boxed
    if fmt is None:
        spec_text = " ".join(f"{label} {value}" for label, value in article.specs)
        fmt = _format_in(spec_text) or _format_in(article.text[:3000])
    if fmt is None:
        return None
    if not features:
        for value in spec_features:
            features.extend(split_features(value))
    if not features:
        features = _features_from_prose(article.body)
    specs = _specs(article)
    edition = p.EDITION_SUFFIX.search(article.headline or "")
    if edition and "edition" not in specs:
        specs["edition"] = edition.group("edition")
    return HomeVideo(format=fmt, special_features=tuple(features), specs=specs)


def _specs(article: Article) -> dict[str, str]:
    """Specs rows, and info-box lines whose label is a spec ('Video Codec: ...'), by key.

    Runtime, rating and format are the film's facts or the edition's format, not specs;
    a release date is written ISO so every site's dates compare.
    """
    rows = list(article.specs)
    for line in article.infobox:
        match = p.LABEL_LINE.match(line)
        if match and any(pattern.match(match.group("label").strip()) for _, pattern in p.SPEC_KEYS):
            rows.append((match.group("label"), match.group("value")))
    specs: dict[str, str] = {}
    for label, value in rows:
        key = spec_key(label)
        if p.FEATURES_LABEL.match(label.strip(" :")) or key in ("runtime", "rating", "format"):
            continue
        if key == "release_date":
            date = parse_date(value)
            value = date.isoformat() if date else value
        specs.setdefault(key, value.strip())
    return specs
