"""WordPress eXtended RSS (WXR) exports: posts and pages with their author, date and terms.

Each published post or page becomes a page holding its title, author (the export's display
name for the login), date, categories and tags and ``content:encoded`` body. An export that
reception wrote itself (``reception export -f wxr``) carries the film's facts and the grade in
``reception_*`` post meta; those come back as the schema.org Review the page states, so an
export ingested into an empty store gives the same reviews, critics, films and grades.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from lxml import etree

from reception.ingest.entries import Entry, child_text, iter_elements, local_name, text_of

POST_TYPES = ("post", "page")
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
NO_AUTHOR = "reception"
"""The login reception's own export gives a review with no named critic."""
_SKIPPED_STATUSES = ("draft", "trash", "auto-draft", "inherit")


def _meta(item: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    for child in item:
        if local_name(child) == "postmeta":
            key, value = child_text(child, "meta_key"), child_text(child, "meta_value")
            if key and value is not None:
                meta[key] = value
    return meta


def _terms(item: etree._Element) -> tuple[list[str], list[str]]:
    categories: list[str] = []
    tags: list[str] = []
    for child in item:
        term = (child.text or "").strip()
        if local_name(child) == "category" and term:
            (tags if child.get("domain") == "post_tag" else categories).append(term)
    return categories, tags


def _reception_review(meta: dict[str, str], entry_author: str | None) -> dict[str, Any] | None:
    """The schema.org Review reception's own export states in post meta, if it is one."""
    title = meta.get("reception_film_title")
    if not title and not meta.get("reception_grade_0_100"):
        return None
    movie: dict[str, Any] = {"@type": "Movie"}
    if title:
        movie["name"] = title
    if meta.get("reception_film_year"):
        movie["dateCreated"] = meta["reception_film_year"]
    directors = [d for d in meta.get("reception_film_directors", "").split("; ") if d]
    if directors:
        movie["director"] = [{"@type": "Person", "name": d} for d in directors]
    cast = json.loads(meta.get("reception_film_cast", "[]") or "[]")
    actors = []
    for member in cast:
        name = member.get("actor") if isinstance(member, dict) else member
        if name:
            actors.append({"@type": "Person", "name": name})
    if actors:
        movie["actor"] = actors
    if meta.get("reception_film_runtime_minutes"):
        movie["duration"] = f"PT{meta['reception_film_runtime_minutes']}M"
    if meta.get("reception_film_mpaa_rating"):
        movie["contentRating"] = meta["reception_film_mpaa_rating"]
    if meta.get("reception_film_distributor"):
        movie["productionCompany"] = {
            "@type": "Organization",
            "name": meta["reception_film_distributor"],
        }
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Review",
        "itemReviewed": movie,
    }
    if entry_author:
        review["author"] = {"@type": "Person", "name": entry_author}
    if meta.get("reception_grade_0_100"):
        review["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": meta["reception_grade_0_100"],
            "bestRating": "100",
            "worstRating": "0",
        }
    return review


def _content(item: etree._Element) -> str:
    """The post's ``content:encoded`` (not ``excerpt:encoded``, which shares the local name)."""
    for child in item:
        if isinstance(child.tag, str) and child.tag == CONTENT_ENCODED:
            return text_of(child)
    return ""


def _author(login: str | None, authors: dict[str, str]) -> str | None:
    if login in authors:
        return authors[login]
    return login if login and login != NO_AUTHOR else None


def read_wxr(stream: BinaryIO, export_uri: str) -> Iterator[Entry]:
    """Every published post and page of an export, streamed, authors resolved to their
    display names (WXR lists authors before items)."""
    authors: dict[str, str] = {}
    for element in iter_elements(stream, {"author", "item"}):
        if local_name(element) == "author":
            login = child_text(element, "author_login")
            if login:
                authors[login] = child_text(element, "author_display_name") or login
            continue
        if child_text(element, "post_type") not in POST_TYPES:
            continue
        if child_text(element, "status") in _SKIPPED_STATUSES:
            continue
        meta = _meta(element)
        author = _author(child_text(element, "creator"), authors)
        categories, tags = _terms(element)
        film = meta.get("reception_film_title")
        own_export = any(key.startswith("reception_") for key in meta)
        publishers = [c for c in categories if c != film] if own_export else []
        link = child_text(element, "link")
        post_id = child_text(element, "post_id") or child_text(element, "title") or ""
        yield Entry(
            uri=meta.get("reception_source_uri") or link or f"{export_uri}#post-{post_id}",
            title=child_text(element, "title"),
            author=author,
            published=(child_text(element, "post_date") or "")[:10] or None,
            body_html=_content(element),
            link=link,
            publisher=publishers[0] if publishers else None,
            keywords=tuple(categories + tags),
            structured=_reception_review(meta, author),
            site=publishers[0] if publishers else None,
        )
