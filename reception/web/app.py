"""The web site and JSON API: one view per resource, server-rendered, escaped throughout.

Handlers are coroutines that call the store directly. A read costs a few milliseconds of CPU
on SQLite, and handing each one to a thread pool only adds thread switches and contention for
the interpreter lock: with 32 connections, film page p99 at 300 pages/s went from 95 ms to
16 ms (bench/bench_web.py). Concurrency comes from worker processes, one per core
(``reception serve --workers N``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from reception.export import export_record
from reception.store import Store
from reception.store.db import REVIEW_ORDERS
from reception.store.search import BAND_RANGES, SORTS, SearchPage, SearchQuery
from reception.web.cache import PageCache, etag_matches
from reception.web.views import (
    api_reference,
    critic_detail,
    film_detail,
    film_jsonld,
    film_summary,
    highlighted_paragraphs,
    histogram_bars,
    jsonable,
    long_date,
    review_detail,
    review_jsonld,
    review_summary,
)

HERE = Path(__file__).parent
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
SortParam = Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$", description="Order.")]
BandParam = Annotated[
    str | None, Query(description="The film's band: " + ", ".join(BAND_RANGES) + ".")
]
LabelParam = Annotated[str | None, Query(pattern="^(positive|mixed|negative)$")]
YearParam = Annotated[int | None, Query(ge=1870, le=2100)]
Row = TypeVar("Row")
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": 'No such item: `{"error": ...}`'}
}


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True
    templates.env.filters["long_date"] = long_date
    return templates


def _json(request: Request, payload: Any, headers: dict[str, str] | None = None) -> Response:
    """A JSON read with an ETag, answering 304 when the client already has it."""
    body = json.dumps(jsonable(payload), ensure_ascii=False, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {**(headers or {}), "ETag": etag, "Cache-Control": "public, max-age=60"}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


def _listing(request: Request, rows: list[Any], limit: int, offset: int) -> Response:
    """One page of a list: ``rows`` holds up to ``limit + 1`` items, the extra one only saying
    that a next page exists; its address is in ``next`` and in a ``Link: rel="next"`` header."""
    more = len(rows) > limit
    following = str(request.url.include_query_params(offset=offset + limit)) if more else None
    payload = {"items": rows[:limit], "limit": limit, "offset": offset, "next": following}
    return _json(request, payload, {"Link": f'<{following}>; rel="next"'} if following else None)


def _problems(error: RequestValidationError) -> list[dict[str, str]]:
    """What was wrong with each parameter, in a shape that does not echo whole inputs."""
    return [
        {"parameter": ".".join(str(part) for part in problem["loc"][1:]), "problem": problem["msg"]}
        for problem in error.errors()
    ]


def _search_query(
    q: str,
    year: int | None,
    band: str | None,
    director: str | None,
    publication: str | None,
    home_video: bool | None,
    label: str | None,
    sort: str,
    limit: int,
    offset: int,
) -> SearchQuery:
    if band is not None and band not in BAND_RANGES:
        raise HTTPException(422, f"unknown band {band!r}; choose one of {', '.join(BAND_RANGES)}")
    return SearchQuery(
        q=q.strip(),
        year=year,
        band=band,
        director=director or None,
        publication_id=publication or None,
        home_video=home_video,
        label=label,
        sort=sort,
        limit=limit,
        offset=offset,
    )


def _search_payload(query: SearchQuery, result: SearchPage) -> dict[str, Any]:
    return {
        "q": query.q,
        "filters": query.filters,
        "sort": query.sort,
        "total": result.total,
        "total_is_lower_bound": result.total_is_lower_bound,
        "limit": query.limit,
        "offset": query.offset,
        "items": [review_summary(r) for r in result.items],
        "facets": {
            name: [{"value": v, "label": shown, "count": n} for v, shown, n in values]
            for name, values in result.facets.items()
        },
    }


def found(row: Row | None, what: str) -> Row:
    """The row a page or API item shows, or a 404 naming what was missing."""
    if row is None:
        raise HTTPException(status_code=404, detail=f"no such {what}")
    return row


def create_app_from_env() -> FastAPI:
    """App factory for multi-process serving: each worker opens the store ``RECEPTION_DB`` names
    and keeps ``RECEPTION_PAGE_CACHE`` rendered pages (2048 unless set; 0 turns it off)."""
    return create_app(Store.open(), cache_pages=int(os.environ.get("RECEPTION_PAGE_CACHE", "2048")))


def create_app(store: Store, *, cache_pages: int = 2048) -> FastAPI:
    """The site and API over ``store``; ``cache_pages`` rendered responses are kept in memory
    (0 turns the cache off) and dropped as soon as the store changes."""
    app = FastAPI(
        title="reception",
        description="An open database of film criticism: films, reviews, critics, publications.",
        version="1",
        docs_url=None,  # /docs is our own server-rendered reference, below
        redoc_url=None,
    )
    templates = _templates()
    if cache_pages:
        app.add_middleware(PageCache, store=store, max_entries=cache_pages)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        response = templates.TemplateResponse(request, name, context, status_code=status)
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            "img-src 'self' data:; style-src 'self'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-cache"  # revalidate: the ETag makes it a 304
        return response

    def critic_view(critic_id: str) -> dict[str, Any]:
        """The critic page's data, for the page and the API alike."""
        critic = found(store.critic(critic_id), "critic")
        rows = store.review_rows(critic_id=critic_id)
        film_ids = sorted({str(row["film_id"]) for row in rows if row["film_id"]})
        films = {film["film_id"]: film for film in store.film_rows(film_ids=film_ids)}
        return critic_detail(critic, rows, films)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": error.detail}, status_code=error.status_code)
        return page(request, "error.html", status=error.status_code, message=error.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, error: RequestValidationError) -> Response:
        problems = _problems(error)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "bad parameters", "problems": problems}, status_code=422)
        message = "; ".join(f"{p['parameter']}: {p['problem']}" for p in problems)
        return page(request, "error.html", status=400, message=f"bad address ({message})")

    # -- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request) -> HTMLResponse:
        year = store.latest_film_year()
        best = store.film_rows(order="score", year=year, limit=10) if year else []
        home_video = store.search(SearchQuery(home_video=True, sort="newest", limit=6))
        return page(
            request,
            "home.html",
            latest=[review_summary(r) for r in store.review_rows(limit=10)],
            year=year,
            best=[film_summary(r) for r in best],
            films=[film_summary(r) for r in store.film_rows(order="reviews", limit=12)],
            home_video=[review_summary(r) for r in home_video.items],
            stats=store.stats(),
        )

    @app.get("/films/{film_id}", response_class=HTMLResponse, include_in_schema=False)
    async def film_page(request: Request, film_id: str) -> HTMLResponse:
        row = found(store.film(film_id), "film")
        review_rows = store.review_rows(film_id=film_id)
        film = film_detail(row, review_rows)
        return page(
            request,
            "film.html",
            film=film,
            bars=histogram_bars(film["aggregate"].get("histogram") or [0] * 10),
            jsonld=film_jsonld(
                film, [export_record(r) for r in review_rows], str(request.base_url)
            ),
        )

    @app.get("/reviews/{review_id}", response_class=HTMLResponse, include_in_schema=False)
    async def review_page(request: Request, review_id: str) -> HTMLResponse:
        row = found(store.review(review_id), "review")
        review = review_detail(row)
        return page(
            request,
            "review.html",
            review=review,
            paragraphs=highlighted_paragraphs(review["body"], review["verdict"]["evidence"]),
            jsonld=review_jsonld(review, str(request.base_url)),
        )

    @app.get("/critics/{critic_id}", response_class=HTMLResponse, include_in_schema=False)
    async def critic_page(request: Request, critic_id: str) -> HTMLResponse:
        critic = critic_view(critic_id)
        return page(
            request,
            "critic.html",
            critic=critic,
            reviews=critic["reviews"],
            bars=histogram_bars(critic["distribution"]),
            agreement=critic["agreement"],
        )

    @app.get("/publications/{publication_id}", response_class=HTMLResponse, include_in_schema=False)
    async def publication_page(request: Request, publication_id: str) -> HTMLResponse:
        publication = found(store.publication(publication_id), "publication")
        reviews = [review_summary(r) for r in store.review_rows(publication_id=publication_id)]
        critics: dict[str, dict[str, Any]] = {}
        for review in reviews:
            if review["critic_id"]:
                entry = critics.setdefault(
                    review["critic_id"],
                    {"id": review["critic_id"], "name": review["critic"], "count": 0},
                )
                entry["count"] += 1
        return page(
            request,
            "publication.html",
            publication=publication,
            reviews=reviews,
            critics=sorted(critics.values(), key=lambda c: (-c["count"], c["name"])),
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    async def search_page(
        request: Request,
        q: str = "",
        year: YearParam = None,
        band: BandParam = None,
        director: str | None = None,
        publication: str | None = None,
        home_video: bool | None = None,
        label: LabelParam = None,
        sort: SortParam = "relevance",
        page_number: Annotated[int, Query(alias="page", ge=1, le=500)] = 1,
    ) -> HTMLResponse:
        query = _search_query(
            q, year, band, director, publication, home_video, label, sort,
            PAGE_SIZE, (page_number - 1) * PAGE_SIZE,
        )  # fmt: skip
        result = store.search(query)
        return page(
            request,
            "search.html",
            q=query.q,
            query=query,
            result=_search_payload(query, result),
            page_number=page_number,
            has_next=query.offset + PAGE_SIZE < result.total,
            sorts=SORTS,
        )

    @app.get("/method", response_class=HTMLResponse, include_in_schema=False)
    async def method_page(request: Request) -> HTMLResponse:
        return page(request, "method.html", bands=BAND_RANGES)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_page(request: Request) -> HTMLResponse:
        openapi = app.openapi()
        return page(request, "api.html", groups=api_reference(openapi), version=openapi["openapi"])

    # -- JSON API ---------------------------------------------------------------------------

    @app.get(
        "/api/v1/films",
        tags=["films"],
        summary="Films, most reviewed first (or by score, title, year)",
    )
    async def api_films(
        request: Request,
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
        order: Annotated[str, Query(pattern="^(reviews|score|title|year)$")] = "reviews",
        year: YearParam = None,
    ) -> Response:
        rows = store.film_rows(limit=limit + 1, offset=offset, order=order, year=year)
        return _listing(request, [film_summary(r) for r in rows], limit, offset)

    @app.get(
        "/api/v1/films/{film_id}",
        tags=["films"],
        summary="One film: facts, reception aggregate, editions and every review",
        responses=NOT_FOUND,
    )
    async def api_film(request: Request, film_id: str) -> Response:
        row = found(store.film(film_id), "film")
        return _json(request, film_detail(row, store.review_rows(film_id=film_id)))

    @app.get(
        "/api/v1/reviews",
        tags=["reviews"],
        summary="Reviews, filtered by film, critic, publication and date",
    )
    async def api_reviews(
        request: Request,
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
        return _listing(request, [review_summary(r) for r in rows], limit, offset)

    @app.get(
        "/api/v1/reviews/{review_id}",
        tags=["reviews"],
        summary="One review as the export record: article, facts, grade, verdict with evidence",
        responses=NOT_FOUND,
    )
    async def api_review(request: Request, review_id: str) -> Response:
        row = found(store.review(review_id), "review")
        return _json(request, review_detail(row))

    @app.get("/api/v1/critics", tags=["critics"], summary="Critics, with their review counts")
    async def api_critics(
        request: Request, limit: Limit = PAGE_SIZE, offset: Offset = 0
    ) -> Response:
        return _listing(request, store.critic_rows(limit=limit + 1, offset=offset), limit, offset)

    @app.get(
        "/api/v1/critics/{critic_id}",
        tags=["critics"],
        summary="One critic: reviews, score distribution, agreement with the majority",
        responses=NOT_FOUND,
    )
    async def api_critic(request: Request, critic_id: str) -> Response:
        return _json(request, critic_view(critic_id))

    @app.get(
        "/api/v1/publications",
        tags=["publications"],
        summary="Publications, with their review counts",
    )
    async def api_publications(
        request: Request, limit: Limit = PAGE_SIZE, offset: Offset = 0
    ) -> Response:
        rows = store.publication_rows(limit=limit + 1, offset=offset)
        return _listing(request, rows, limit, offset)

    @app.get(
        "/api/v1/publications/{publication_id}",
        tags=["publications"],
        summary="One publication and its reviews",
        responses=NOT_FOUND,
    )
    async def api_publication(request: Request, publication_id: str) -> Response:
        publication = found(store.publication(publication_id), "publication")
        rows = store.review_rows(publication_id=publication_id)
        return _json(request, {**publication, "reviews": [review_summary(r) for r in rows]})

    @app.get(
        "/api/v1/search", tags=["search"], summary="Full-text search over reviews, with facets"
    )
    async def api_search(
        request: Request,
        q: Annotated[str, Query(max_length=200, description="Words to find.")] = "",
        year: YearParam = None,
        band: BandParam = None,
        director: str | None = None,
        publication: str | None = None,
        home_video: bool | None = None,
        label: LabelParam = None,
        sort: SortParam = "relevance",
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> Response:
        query = _search_query(
            q, year, band, director, publication, home_video, label, sort, limit, offset
        )
        return _json(request, _search_payload(query, store.search(query)))

    @app.get(
        "/api/v1/stats", tags=["stats"], summary="Counts of reviews, films, critics, publications"
    )
    async def api_stats(request: Request) -> Response:
        return _json(request, store.stats())

    return app
