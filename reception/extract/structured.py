"""schema.org data (JSON-LD, including ``@graph``, microdata and RDFa) to a
:class:`StructuredReview`, and the grade a page's card metadata states.

Only values that pass a sanity check are kept (a rating inside its scale, a year a film
could have, a runtime a film could last), so broken markup falls back to the page text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, cast

from lxml import html as lxml_html

from reception.extract import selectors as sel
from reception.records import StructuredReview
from reception.text import YEAR

_SCHEMA_IRIS = ("http://schema.org/", "https://schema.org/")
_RDFA_DEPTH = 6  # nested nodes followed this deep (a Review's Rating, its Movie's Person)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", ())
    values = raw if isinstance(raw, list) else [raw]
    return {str(value).rsplit("/", 1)[-1].lower() for value in values}


def _from_microdata(item: Any) -> Any:
    """extruct's microdata items ({"type", "properties"}) in JSON-LD's shape."""
    if isinstance(item, list):
        return [_from_microdata(value) for value in item]
    if not isinstance(item, dict):
        return item
    if "properties" not in item:
        return {key: _from_microdata(value) for key, value in item.items()}
    node = {key: _from_microdata(value) for key, value in item["properties"].items()}
    node["@type"] = item.get("type", "")
    return node


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict node, depth first, including those inside ``@graph`` and lists."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(reversed(current))
        elif isinstance(current, dict):
            yield current
            stack.extend(reversed([v for v in current.values() if isinstance(v, dict | list)]))


def _text(value: Any) -> str | None:
    """A plain string from a string, a list of them, or a node with a name."""
    if isinstance(value, list):
        parts = [t for t in (_text(v) for v in value) if t]
        return ", ".join(parts) if parts else None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def _paragraphs(value: Any) -> str | None:
    """A body text with its paragraph breaks kept (one blank line between paragraphs)."""
    if not isinstance(value, str):
        return _text(value)
    lines = (" ".join(line.split()) for line in value.splitlines())
    return "\n\n".join(line for line in lines if line) or None


def _names(value: Any) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    return tuple(name for name in (_text(v) for v in values if v) if name)


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("@value")
    try:
        return float(str(value).strip().replace(",", "."))
    except (TypeError, ValueError):
        return None


def _year(value: Any) -> int | None:
    text = _text(value)
    match = YEAR.search(text or "")
    return int(match.group(1)) if match else None


def _minutes(value: Any) -> int | None:
    text = _text(value) or ""
    match = sel.ISO_DURATION.match(text.strip())
    if match and (match.group(1) or match.group(2)):
        minutes = float(match.group(1) or 0) * 60 + float(match.group(2) or 0)
    elif text.strip().isdigit():
        minutes = float(text)
    else:
        return None
    return round(minutes) if 1 <= minutes <= 1000 else None


def _cast(value: Any) -> tuple[tuple[str, str | None], ...]:
    """Actors as (name, character), reading PerformanceRole wrappers."""
    cast: list[tuple[str, str | None]] = []
    for member in value if isinstance(value, list) else [value]:
        if isinstance(member, dict) and "performancerole" in _types(member):
            for actor in _names(member.get("actor")):
                cast.append((actor, _text(member.get("characterName"))))
        else:
            cast.extend((actor, None) for actor in _names(member))
    return tuple(cast)


def read_nodes(tree: lxml_html.HtmlElement, base_url: str | None) -> list[dict[str, Any]]:
    """All schema.org nodes on the page; broken JSON-LD blocks are skipped, not fatal."""
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            nodes.extend(_walk(_jsonld_items(script)))
        except (ValueError, TypeError, RecursionError):
            continue
    # Microdata, then RDFa, are read only when no review was found yet: they are slower.
    if not _has_review(nodes) and tree.find(".//*[@itemscope]") is not None:
        nodes.extend(_walk(_from_microdata(_microdata_items(tree, base_url))))
    if not _has_review(nodes) and _has_rdfa_review(tree):
        nodes.extend(_walk(_rdfa_items(tree, base_url)))
    return nodes


def _has_rdfa_review(tree: lxml_html.HtmlElement) -> bool:
    """An element typed (in part) a Review or Rating: the typed elements are selected in C,
    their types read here (half the cost of one XPath testing every element's type)."""
    typed = cast(list[lxml_html.HtmlElement], sel.RDFA_TYPED_XPATH(tree))
    return any(name in (el.get("typeof") or "") for el in typed for name in sel.RDFA_REVIEW_TYPES)


def _jsonld_items(script: lxml_html.HtmlElement) -> list[Any]:
    """The items of one JSON-LD block: its object, or the members of its array, empty ones
    left out. A block that is not strict JSON (comments, a stray HTML comment line) is read
    by extruct's lenient reader, which gives the same items for the JSON it does read."""
    try:
        data = json.loads(script.text or "", strict=False)
    except ValueError:
        from reception.extract.extruct_readers import JSONLD

        return list(JSONLD.extract_items(script))
    items = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
    return [item for item in items if item]


def _has_review(nodes: list[dict[str, Any]]) -> bool:
    return any(_types(node) & sel.REVIEW_TYPES for node in nodes)


def _rdfa_items(tree: lxml_html.HtmlElement, base_url: str | None) -> list[dict[str, Any]]:
    """schema.org nodes written in RDFa (``typeof="Review"``, ``property="ratingValue"``), in
    JSON-LD's compact shape: extruct gives a flat graph of full IRIs and node references."""
    from reception.extract.extruct_readers import rdfa_reader

    try:
        reader, parse_xmldom_html = rdfa_reader()
        dom = parse_xmldom_html(lxml_html.tostring(tree), encoding="utf-8")
        graph = reader.extract_items(dom, base_url=base_url or "")
    except Exception:  # pyRdfa fails many ways on broken markup; RDFa is optional
        return []
    by_id = {node["@id"]: node for node in graph if isinstance(node, dict) and "@id" in node}
    referenced = {
        value["@id"]
        for node in by_id.values()
        for values in node.values()
        if isinstance(values, list)
        for value in values
        if isinstance(value, dict) and "@id" in value
    }
    return [_compact(node, by_id, 0) for key, node in by_id.items() if key not in referenced]


def _compact(node: dict[str, Any], by_id: dict[str, Any], depth: int) -> dict[str, Any]:
    """One RDFa node with schema.org's short names, its referenced nodes nested in it."""
    out: dict[str, Any] = {"@type": node.get("@type", [])}
    for key, values in node.items():
        if not key.startswith(_SCHEMA_IRIS) or not isinstance(values, list):
            continue
        items = [
            value["@value"]
            if "@value" in value
            else _compact(by_id[value["@id"]], by_id, depth + 1)
            if value.get("@id") in by_id and depth < _RDFA_DEPTH
            else value.get("@id")
            for value in values
            if isinstance(value, dict)
        ]
        out[key.rsplit("/", 1)[-1]] = items[0] if len(items) == 1 else items
    return out


def card_ratings(meta: dict[str, str]) -> list[str]:
    """The grade a page's card metadata states: a Twitter card's labelled data ("Rating" over
    "4 out of 5 stars") or an ``og:rating`` with its ``og:rating_scale``."""
    found = [
        meta[f"twitter:data{n}"]
        for n in range(1, 5)
        if sel.CARD_RATING_LABEL.match(meta.get(f"twitter:label{n}", ""))
        and meta.get(f"twitter:data{n}")
    ]
    value, scale = meta.get("og:rating"), meta.get("og:rating_scale")
    if value:
        found.append(f"{value}/{scale}" if scale else value)
    return found


def _microdata_items(tree: lxml_html.HtmlElement, base_url: str | None) -> list[Any]:
    """extruct's microdata, without the review's full text.

    The body is read from the page anyway, and turning a whole ``reviewBody`` into text is
    most of microdata's cost, so those properties are hidden from extruct while it runs.
    """
    from reception.extract.extruct_readers import MICRODATA

    hidden = tree.xpath(sel.BODY_PROPS)
    for el in hidden:
        el.set("data-reception-itemprop", el.attrib.pop("itemprop"))
    try:
        return list(MICRODATA.extract_items(tree, base_url))
    except (ValueError, TypeError, KeyError, RecursionError):
        return []
    finally:
        for el in hidden:
            el.set("itemprop", el.attrib.pop("data-reception-itemprop"))


def _first(nodes: list[dict[str, Any]], types: frozenset[str]) -> dict[str, Any] | None:
    return next((node for node in nodes if _types(node) & types), None)


def poster(nodes: list[dict[str, Any]]) -> str | None:
    """The author of the page's forum post or question (the first one marked up), as the
    site writes the name: on a forum that is a user name, whatever its case."""
    posting = _first(nodes, sel.POSTING_TYPES)
    return _text(posting.get("author")) if posting is not None else None


def structured_review(nodes: list[dict[str, Any]]) -> StructuredReview | None:
    """The review, its rating and its film from schema.org nodes; None when there is none."""
    review = _first(nodes, sel.REVIEW_TYPES)
    article = _first(nodes, sel.ARTICLE_TYPES)
    main = review or article
    if main is None:
        film_only = _first(nodes, frozenset({"movie", "tvseries"}))
        if film_only is None:
            return None
        main = {}
    reviewed = main.get("itemReviewed")
    film: dict[str, Any] = reviewed if isinstance(reviewed, dict) else {}
    if not (_types(film) & sel.FILM_TYPES):
        film = _first(nodes, frozenset({"movie", "tvseries"})) or film
    rating_node = main.get("reviewRating")
    rating: dict[str, Any] = rating_node if isinstance(rating_node, dict) else {}
    same_as = film.get("sameAs")
    value, best, worst = (
        _number(rating.get("ratingValue")),
        _number(rating.get("bestRating")),
        _number(rating.get("worstRating")),
    )
    if value is not None and best is None and 0 <= value <= 5:
        best = 5.0  # schema.org's documented default scale
    if value is not None and (best is None or not (worst or 0) <= value <= best):
        value = best = worst = None
    return StructuredReview(
        headline=_text(main.get("headline") or main.get("name")),
        author=_text(main.get("author") or main.get("creator")),
        publisher=_text(main.get("publisher")),
        date_published=_text(main.get("datePublished") or main.get("dateCreated")),
        body=_paragraphs(main.get("reviewBody") or main.get("articleBody")),
        rating_value=value,
        best_rating=best,
        worst_rating=worst if value is not None else None,
        film_title=_text(film.get("name")),
        film_year=_year(
            film.get("dateCreated") or film.get("datePublished") or film.get("releasedEvent")
        ),
        directors=_names(film.get("director")),
        cast=_cast(film.get("actor") or film.get("actors")),
        runtime_minutes=_minutes(film.get("duration")),
        content_rating=_text(film.get("contentRating")),
        production_company=_text(film.get("productionCompany")),
        same_as=tuple(
            str(url) for url in (same_as if isinstance(same_as, list) else [same_as]) if url
        ),
    )
