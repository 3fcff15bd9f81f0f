"""The web site and JSON API: one view per resource, server-rendered, escaped throughout."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from reception.store import Store
from reception.web.views import film_detail, film_summary, jsonable, review_detail, review_summary

HERE = Path(__file__).parent
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True
    return templates


def _json(request: Request, payload: Any) -> Response:
    """A JSON read with an ETag, answering 304 when the client already has it."""
    body = json.dumps(jsonable(payload), ensure_ascii=False, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=60"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


def create_app(store: Store) -> FastAPI:
    app = FastAPI(
        title="reception",
        description="An open database of film criticism: films, reviews, critics, publications.",
        version="1",
    )
    templates = _templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def not_found(what: str) -> HTTPException:
        return HTTPException(status_code=404, detail=f"no such {what}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": error.detail}, status_code=error.status_code)
        return page(request, "error.html", status=error.status_code, message=error.detail)

    # -- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        latest = [review_summary(r) for r in store.review_rows(limit=12)]
        films = [film_summary(r) for r in store.film_rows(order="score", limit=12)]
        return page(request, "home.html", latest=latest, films=films, stats=store.stats())

    @app.get("/films/{film_id}", response_class=HTMLResponse, include_in_schema=False)
    def film_page(request: Request, film_id: str) -> HTMLResponse:
        row = store.film(film_id)
        if row is None:
            raise not_found("film")
        film = film_detail(row, store.review_rows(film_id=film_id))
        return page(request, "film.html", film=film)

    @app.get("/reviews/{review_id}", response_class=HTMLResponse, include_in_schema=False)
    def review_page(request: Request, review_id: str) -> HTMLResponse:
        row = store.review(review_id)
        if row is None:
            raise not_found("review")
        return page(request, "review.html", review=review_detail(row))

    @app.get("/critics/{critic_id}", response_class=HTMLResponse, include_in_schema=False)
    def critic_page(request: Request, critic_id: str) -> HTMLResponse:
        critic = store.critic(critic_id)
        if critic is None:
            raise not_found("critic")
        reviews = [review_summary(r) for r in store.review_rows(critic_id=critic_id)]
        return page(request, "critic.html", critic=critic, reviews=reviews)

    @app.get("/publications/{publication_id}", response_class=HTMLResponse, include_in_schema=False)
    def publication_page(request: Request, publication_id: str) -> HTMLResponse:
        publication = store.publication(publication_id)
        if publication is None:
            raise not_found("publication")
        reviews = [review_summary(r) for r in store.review_rows(publication_id=publication_id)]
        return page(request, "publication.html", publication=publication, reviews=reviews)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request, q: str = "", page_number: Annotated[int, Query(alias="page", ge=1)] = 1
    ) -> HTMLResponse:
        offset = (page_number - 1) * PAGE_SIZE
        rows = store.search(q, limit=PAGE_SIZE + 1, offset=offset) if q else []
        results = [review_summary(r) for r in rows[:PAGE_SIZE]]
        return page(
            request,
            "search.html",
            q=q,
            results=results,
            page_number=page_number,
            has_next=len(rows) > PAGE_SIZE,
        )

    # -- JSON API ---------------------------------------------------------------------------

    @app.get("/api/v1/films", tags=["films"])
    def api_films(
        request: Request,
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
        order: Annotated[str, Query(pattern="^(reviews|score|title|year)$")] = "reviews",
    ) -> Response:
        rows = store.film_rows(limit=limit, offset=offset, order=order)
        items = [film_summary(r) for r in rows]
        return _json(request, {"items": items, "limit": limit, "offset": offset})

    @app.get("/api/v1/films/{film_id}", tags=["films"])
    def api_film(request: Request, film_id: str) -> Response:
        row = store.film(film_id)
        if row is None:
            raise not_found("film")
        return _json(request, film_detail(row, store.review_rows(film_id=film_id)))

    @app.get("/api/v1/reviews", tags=["reviews"])
    def api_reviews(
        request: Request,
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
        film_id: str | None = None,
        critic_id: str | None = None,
        publication_id: str | None = None,
    ) -> Response:
        rows = store.review_rows(
            film_id=film_id,
            critic_id=critic_id,
            publication_id=publication_id,
            limit=limit,
            offset=offset,
        )
        items = [review_summary(r) for r in rows]
        return _json(request, {"items": items, "limit": limit, "offset": offset})

    @app.get("/api/v1/reviews/{review_id}", tags=["reviews"])
    def api_review(request: Request, review_id: str) -> Response:
        row = store.review(review_id)
        if row is None:
            raise not_found("review")
        return _json(request, review_detail(row))

    @app.get("/api/v1/critics", tags=["critics"])
    def api_critics(request: Request) -> Response:
        return _json(request, {"items": [dict(r) for r in store.critic_rows()]})

    @app.get("/api/v1/critics/{critic_id}", tags=["critics"])
    def api_critic(request: Request, critic_id: str) -> Response:
        critic = store.critic(critic_id)
        if critic is None:
            raise not_found("critic")
        reviews = [review_summary(r) for r in store.review_rows(critic_id=critic_id)]
        return _json(request, {**dict(critic), "reviews": reviews})

    @app.get("/api/v1/publications", tags=["publications"])
    def api_publications(request: Request) -> Response:
        return _json(request, {"items": [dict(r) for r in store.publication_rows()]})

    @app.get("/api/v1/publications/{publication_id}", tags=["publications"])
    def api_publication(request: Request, publication_id: str) -> Response:
        publication = store.publication(publication_id)
        if publication is None:
            raise not_found("publication")
        rows = store.review_rows(publication_id=publication_id)
        return _json(request, {**dict(publication), "reviews": [review_summary(r) for r in rows]})

    @app.get("/api/v1/search", tags=["search"])
    def api_search(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> Response:
        items = [review_summary(r) for r in store.search(q, limit=limit, offset=offset)]
        return _json(request, {"q": q, "items": items, "limit": limit, "offset": offset})

    @app.get("/api/v1/stats", tags=["stats"])
    def api_stats(request: Request) -> Response:
        return _json(request, store.stats())

    return app
