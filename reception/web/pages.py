"""The server-rendered site: one page per resource, each rendered from the view records."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from reception import vocabulary
from reception.store.search import SORTS, SearchQuery
from reception.vocabulary import label_for
from reception.web import views
from reception.web.markup import (
    api_reference,
    film_jsonld,
    highlighted_paragraphs,
    histogram_bars,
    long_date,
    review_jsonld,
)
from reception.web.params import (
    PAGE_SIZE,
    SearchParams,
    StoreParam,
    found,
    search_payload,
)

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.autoescape = True
TEMPLATES.env.filters["long_date"] = long_date
TEMPLATES.env.filters["label"] = label_for
TEMPLATES.env.globals["words"] = vocabulary  # the method page and badges state the same rules
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
    "img-src 'self' data:; style-src 'self'"
)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template, with the site's security and revalidation headers."""
    response = TEMPLATES.TemplateResponse(request, name, context, status_code=status)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-cache"  # revalidate: the ETag makes it a 304
    return response


@router.get("/")
async def home(request: Request, store: StoreParam) -> HTMLResponse:
    year = store.latest_film_year()
    best = store.film_rows(order="score", year=year, limit=10) if year else []
    home_video = store.search(SearchQuery(home_video=True, sort="newest", limit=6))
    return render(
        request,
        "home.html",
        latest=[views.review_line(r) for r in store.review_rows(limit=10)],
        year=year,
        best=[views.film_line(r) for r in best],
        films=[views.film_line(r) for r in store.film_rows(order="reviews", limit=12)],
        home_video=[views.review_line(r) for r in home_video.items],
        stats=store.stats(),
    )


@router.get("/films/{film_id}")
async def film_page(request: Request, store: StoreParam, film_id: str) -> HTMLResponse:
    film = found(views.film_view(store, film_id), "film")
    return render(
        request,
        "film.html",
        film=film,
        bars=histogram_bars(film.aggregate.get("histogram_by_label") or {}),
        jsonld=film_jsonld(film, str(request.base_url)),
    )


@router.get("/reviews/{review_id}")
async def review_page(request: Request, store: StoreParam, review_id: str) -> HTMLResponse:
    review = found(views.review_view(store, review_id), "review")
    return render(
        request,
        "review.html",
        review=review,
        paragraphs=highlighted_paragraphs(review.body, review.verdict["evidence"]),
        jsonld=review_jsonld(review, str(request.base_url)),
    )


@router.get("/critics/{critic_id}")
async def critic_page(request: Request, store: StoreParam, critic_id: str) -> HTMLResponse:
    critic = found(views.critic_view(store, critic_id), "critic")
    return render(
        request,
        "critic.html",
        critic=critic,
        reviews=critic.reviews,
        bars=histogram_bars(critic.distribution_by_label),
        agreement=critic.agreement,
    )


@router.get("/publications/{publication_id}")
async def publication_page(
    request: Request, store: StoreParam, publication_id: str
) -> HTMLResponse:
    publication = found(views.publication_view(store, publication_id), "publication")
    return render(
        request,
        "publication.html",
        publication=publication,
        reviews=publication.reviews,
        critics=publication.critics,
    )


@router.get("/search")
async def search_page(
    request: Request,
    store: StoreParam,
    searched: SearchParams,
    page_number: Annotated[int, Query(alias="page", ge=1, le=500)] = 1,
) -> HTMLResponse:
    query = dataclasses.replace(searched, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
    result = store.search(query)
    return render(
        request,
        "search.html",
        q=query.q,
        query=query,
        result=search_payload(query, result),
        page_number=page_number,
        has_next=query.offset + PAGE_SIZE < result.total,
        sorts=SORTS,
    )


@router.get("/method")
async def method_page(request: Request) -> HTMLResponse:
    return render(request, "method.html")


@router.get("/docs")
async def api_page(request: Request) -> HTMLResponse:
    openapi = request.app.openapi()
    return render(request, "api.html", groups=api_reference(openapi), version=openapi["openapi"])
