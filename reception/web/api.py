"""The JSON API under ``/api/v1``: one router per resource, each item a view record as JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from reception.records import to_jsonable
from reception.store.db import FILM_ORDERS, REVIEW_ORDERS, WRITER_ORDERS
from reception.web import views
from reception.web.cache import etag_matches
from reception.web.params import (
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    Limit,
    Offset,
    SearchParams,
    StoreParam,
    YearParam,
    found,
    search_payload,
)
from reception.web.views import REVIEWS_PER_PAGE

WriterOrder = Annotated[
    str,
    Query(
        pattern="^(" + "|".join(WRITER_ORDERS) + ")$",
        description="count (most reviews), score (highest average), date (latest review), name.",
    ),
]
ReviewsLimit = Annotated[
    int,
    Query(ge=1, le=MAX_PAGE_SIZE, description="Reviews listed (the rest: offset, or /reviews)."),
]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": 'No such item: `{"error": ...}`'}
}


def as_json(request: Request, payload: Any, headers: dict[str, str] | None = None) -> Response:
    """A JSON read with an ETag, answering 304 when the client already has it."""
    body = json.dumps(to_jsonable(payload), ensure_ascii=False, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {**(headers or {}), "ETag": etag, "Cache-Control": "public, max-age=60"}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


def listing(request: Request, items: list[Any], limit: int, offset: int) -> Response:
    """One page of a list: ``items`` holds up to ``limit + 1`` items, the extra one only saying
    that a next page exists; its address is in ``next`` and in a ``Link: rel="next"`` header."""
    more = len(items) > limit
    following = str(request.url.include_query_params(offset=offset + limit)) if more else None
    payload = {"items": items[:limit], "limit": limit, "offset": offset, "next": following}
    return as_json(request, payload, {"Link": f'<{following}>; rel="next"'} if following else None)


films = APIRouter(prefix="/api/v1/films", tags=["films"])
reviews = APIRouter(prefix="/api/v1/reviews", tags=["reviews"])
critics = APIRouter(prefix="/api/v1/critics", tags=["critics"])
publications = APIRouter(prefix="/api/v1/publications", tags=["publications"])
search = APIRouter(prefix="/api/v1/search", tags=["search"])
stats = APIRouter(prefix="/api/v1/stats", tags=["stats"])
ROUTERS = (films, reviews, critics, publications, search, stats)


@films.get("", summary="Films, most reviewed first (or by score, date, title)")
async def api_films(
    request: Request,
    store: StoreParam,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    order: Annotated[
        str,
        Query(
            pattern="^(" + "|".join(FILM_ORDERS) + ")$",
            description="count (most reviewed; also 'reviews'), score, date (newest film; "
            "also 'year'), title.",
        ),
    ] = "count",
    year: YearParam = None,
) -> Response:
    rows = store.film_rows(limit=limit + 1, offset=offset, order=order, year=year)
    return listing(request, [views.film_line(r) for r in rows], limit, offset)


@films.get(
    "/{film_id}",
    summary="One film: facts, reception aggregate, editions and every review",
    responses=NOT_FOUND,
)
async def api_film(
    request: Request,
    store: StoreParam,
    film_id: str,
    limit: ReviewsLimit = REVIEWS_PER_PAGE,
    offset: Offset = 0,
) -> Response:
    return as_json(request, found(views.film_view(store, film_id, offset, limit), "film"))


@reviews.get("", summary="Reviews, filtered by film, critic, publication and date")
async def api_reviews(
    request: Request,
    store: StoreParam,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    film_id: str | None = None,
    critic_id: str | None = None,
    publication_id: str | None = None,
    since: Annotated[dt.date | None, Query(description="Published on or after.")] = None,
    until: Annotated[dt.date | None, Query(description="Published on or before.")] = None,
    order: Annotated[str, Query(pattern="^(" + "|".join(REVIEW_ORDERS) + ")$")] = "newest",
) -> Response:
    rows = store.review_rows(
        film_id=film_id,
        critic_id=critic_id,
        publication_id=publication_id,
        since=since,
        until=until,
        order=order,
        limit=limit + 1,
        offset=offset,
    )
    return listing(request, [views.review_line(r) for r in rows], limit, offset)


@reviews.get(
    "/{review_id}",
    summary="One review as the export record: article, facts, grade, verdict with evidence",
    responses=NOT_FOUND,
)
async def api_review(request: Request, store: StoreParam, review_id: str) -> Response:
    return as_json(request, found(views.review_view(store, review_id), "review"))


@critics.get("", summary="Critics, with their review counts")
async def api_critics(
    request: Request,
    store: StoreParam,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    order: WriterOrder = "count",
) -> Response:
    rows = store.critic_rows(limit=limit + 1, offset=offset, order=order)
    return listing(request, [views.critic_line(r) for r in rows], limit, offset)


@critics.get(
    "/{critic_id}",
    summary="One critic: reviews, score distribution, agreement with the majority",
    responses=NOT_FOUND,
)
async def api_critic(
    request: Request,
    store: StoreParam,
    critic_id: str,
    limit: ReviewsLimit = REVIEWS_PER_PAGE,
    offset: Offset = 0,
) -> Response:
    return as_json(request, found(views.critic_view(store, critic_id, offset, limit), "critic"))


@publications.get("", summary="Publications, with their review counts")
async def api_publications(
    request: Request,
    store: StoreParam,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    order: WriterOrder = "count",
) -> Response:
    rows = store.publication_rows(limit=limit + 1, offset=offset, order=order)
    return listing(request, [views.publication_line(r) for r in rows], limit, offset)


@publications.get(
    "/{publication_id}", summary="One publication and its reviews", responses=NOT_FOUND
)
async def api_publication(
    request: Request,
    store: StoreParam,
    publication_id: str,
    limit: ReviewsLimit = REVIEWS_PER_PAGE,
    offset: Offset = 0,
) -> Response:
    publication = views.publication_view(store, publication_id, offset, limit)
    return as_json(request, found(publication, "publication"))


@search.get(
    "",
    summary="Films, critics and publications by name, and reviews by full text, with facets",
)
async def api_search(
    request: Request,
    store: StoreParam,
    searched: SearchParams,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> Response:
    query = dataclasses.replace(searched, limit=limit, offset=offset)
    return as_json(request, search_payload(store, query))


@stats.get("", summary="Counts of reviews, films, critics, publications")
async def api_stats(request: Request, store: StoreParam) -> Response:
    return as_json(request, store.stats())
