"""The server-rendered site: one page per resource, each rendered from the view records."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates

from reception import vocabulary
from reception.store import Store
from reception.store.db import Row
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
    Item,
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
TEMPLATES.env.globals["per_page"] = {"list": PAGE_SIZE, "reviews": views.REVIEWS_PER_PAGE}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
    "img-src 'self' data:; style-src 'self'"
)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template, with the site's security and revalidation headers; its
    canonical address is its path without the query unless ``canonical`` says otherwise."""
    context.setdefault("canonical", _site(request) + request.url.path)
    response = TEMPLATES.TemplateResponse(request, name, context, status_code=status)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-cache"  # revalidate: the ETag makes it a 304
    return response


@router.get("/")
async def home(request: Request, store: StoreParam) -> HTMLResponse:
    year = store.latest_film_year()
    best = store.film_rows(order="score", year=year, limit=10) if year else []
    latest = [views.review_line(r) for r in store.review_rows(limit=10)]
    shown = {review.id for review in latest}
    home_video = store.search(SearchQuery(home_video=True, sort="newest", limit=6 + len(shown)))
    return render(
        request,
        "home.html",
        latest=latest,
        year=year,
        best=[views.film_line(r) for r in best],
        films=[views.film_line(r) for r in store.film_rows(order="reviews", limit=12)],
        home_video=[  # not the latest reviews again
            line for line in map(views.review_line, home_video.items) if line.id not in shown
        ][:6],
        stats=store.stats(),
    )


PageParam = Annotated[int, Query(alias="page", ge=1, le=10_000, description="Page number.")]


def _paged(item: Item | None, what: str, page_number: int) -> Item:
    """The item for one page of its reviews; a page past the last is no page at all."""
    shown = found(item, what)
    if page_number > 1 and not getattr(shown, "reviews", ()):
        raise HTTPException(404, "no such page")
    return shown


def _canonical(request: Request, **defaults: Any) -> str:
    """The page's address keeping only the parameters it reads, when they are not defaults."""
    kept = {
        name: request.query_params[name]
        for name, default in defaults.items()
        if request.query_params.get(name, str(default)) != str(default)
    }
    return _site(request) + request.url.path + (f"?{urlencode(kept)}" if kept else "")


@router.get("/films/{film_id}")
async def film_page(
    request: Request, store: StoreParam, film_id: str, page_number: PageParam = 1
) -> HTMLResponse:
    offset = (page_number - 1) * views.REVIEWS_PER_PAGE
    film = _paged(views.film_view(store, film_id, offset), "film", page_number)
    return render(
        request,
        "film.html",
        film=film,
        page_number=page_number,
        bars=histogram_bars(film.aggregate.get("histogram_by_label") or {}),
        jsonld=film_jsonld(film, str(request.base_url)),
        canonical=_canonical(request, page=1),
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
async def critic_page(
    request: Request, store: StoreParam, critic_id: str, page_number: PageParam = 1
) -> HTMLResponse:
    offset = (page_number - 1) * views.REVIEWS_PER_PAGE
    critic = _paged(views.critic_view(store, critic_id, offset), "critic", page_number)
    return render(
        request,
        "critic.html",
        critic=critic,
        page_number=page_number,
        bars=histogram_bars(critic.distribution_by_label),
        canonical=_canonical(request, page=1),
    )


@router.get("/publications/{publication_id}")
async def publication_page(
    request: Request, store: StoreParam, publication_id: str, page_number: PageParam = 1
) -> HTMLResponse:
    offset = (page_number - 1) * views.REVIEWS_PER_PAGE
    publication = views.publication_view(store, publication_id, offset)
    publication = _paged(publication, "publication", page_number)
    return render(
        request,
        "publication.html",
        publication=publication,
        page_number=page_number,
        canonical=_canonical(request, page=1),
    )


# -- browsing: every film, critic, publication and review, sorted and paged ----------------

SORT_NAMES = {
    "count": "most reviewed",
    "score": "highest score",
    "date": "newest",
    "oldest": "oldest",
    "title": "title",
    "name": "name",
}
FilmSort = Annotated[str, Query(pattern="^(count|score|date|title)$", description="Order.")]
WriterSort = Annotated[str, Query(pattern="^(count|score|date|name)$", description="Order.")]
ReviewSort = Annotated[str, Query(pattern="^(date|score|oldest)$", description="Order.")]
REVIEW_ORDER = {"date": "newest", "score": "score", "oldest": "oldest"}


def _browse(
    request: Request,
    store: Store,
    kind: str,
    lines: Callable[..., list[Any]],
    order: str,
    sort: str,
    sorts: tuple[str, ...],
    page_number: int,
) -> HTMLResponse:
    """One browse page of a resource: its rows in ``order`` (``lines`` reads and maps them),
    the total, and the links to the other orders and the next page."""
    items = lines(order=order, limit=PAGE_SIZE + 1, offset=(page_number - 1) * PAGE_SIZE)
    if page_number > 1 and not items:
        raise HTTPException(404, "no such page")
    return render(
        request,
        "browse.html",
        kind=kind,
        items=items[:PAGE_SIZE],
        total=store.count(kind),
        sort=sort,
        sorts={name: SORT_NAMES[name] for name in sorts},
        page_number=page_number,
        has_next=len(items) > PAGE_SIZE,
        canonical=_canonical(request, sort=sorts[0], page=1),
    )


def _mapped(read: Callable[..., list[Row]], line: Callable[[Row], Any]) -> Callable[..., list[Any]]:
    return lambda **query: [line(row) for row in read(**query)]


@router.get("/films")
async def films_page(
    request: Request, store: StoreParam, sort: FilmSort = "count", page_number: PageParam = 1
) -> HTMLResponse:
    lines = _mapped(store.film_rows, views.film_line)
    sorts = ("count", "score", "date", "title")
    return _browse(request, store, "films", lines, sort, sort, sorts, page_number)


@router.get("/critics")
async def critics_page(
    request: Request, store: StoreParam, sort: WriterSort = "count", page_number: PageParam = 1
) -> HTMLResponse:
    lines = _mapped(store.critic_rows, views.critic_line)
    sorts = ("count", "score", "date", "name")
    return _browse(request, store, "critics", lines, sort, sort, sorts, page_number)


@router.get("/publications")
async def publications_page(
    request: Request, store: StoreParam, sort: WriterSort = "count", page_number: PageParam = 1
) -> HTMLResponse:
    lines = _mapped(store.publication_rows, views.publication_line)
    sorts = ("count", "score", "date", "name")
    return _browse(request, store, "publications", lines, sort, sort, sorts, page_number)


@router.get("/reviews")
async def reviews_page(
    request: Request, store: StoreParam, sort: ReviewSort = "date", page_number: PageParam = 1
) -> HTMLResponse:
    lines = _mapped(store.review_rows, views.review_line)
    order, sorts = REVIEW_ORDER[sort], ("date", "score", "oldest")
    return _browse(request, store, "reviews", lines, order, sort, sorts, page_number)


@router.get("/search")
async def search_page(
    request: Request,
    store: StoreParam,
    searched: SearchParams,
    page_number: Annotated[int, Query(alias="page", ge=1, le=500)] = 1,
) -> HTMLResponse:
    query = dataclasses.replace(searched, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
    result = search_payload(store, query)
    return render(
        request,
        "search.html",
        q=query.q,
        query=query,
        result=result,
        page_number=page_number,
        has_next=query.offset + PAGE_SIZE < result["total"],
        sorts=SORTS,
    )


@router.get("/method")
async def method_page(request: Request) -> HTMLResponse:
    return render(request, "method.html")


@router.get("/docs")
async def api_page(request: Request) -> HTMLResponse:
    openapi = request.app.openapi()
    return render(request, "api.html", groups=api_reference(openapi), version=openapi["openapi"])


# -- for browsers and crawlers -------------------------------------------------------------

FAVICON = (Path(__file__).parent / "static" / "favicon.svg").read_bytes()
SITEMAP_LIMIT = 50_000
"""The most addresses one sitemap file may list (sitemaps.org)."""


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": _A_DAY})


@router.get("/robots.txt")
async def robots(request: Request) -> Response:
    """Crawlers may read every page but the API and the endless combinations of search."""
    lines = ["User-agent: *", "Disallow: /api/", "Disallow: /search", "Allow: /"]
    lines.append(f"Sitemap: {_site(request)}/sitemap.xml")
    return PlainTextResponse("\n".join(lines) + "\n", headers={"Cache-Control": _A_DAY})


@router.get("/sitemap.xml")
async def sitemap(request: Request, store: StoreParam) -> Response:
    """Every page of the site: home, method, the lists, then each film, critic, publication
    and review (up to :data:`SITEMAP_LIMIT` addresses)."""
    site = _site(request)
    body = "".join(
        f"<url><loc>{escape(site + path)}</loc></url>"
        for path in views.site_paths(store, SITEMAP_LIMIT)
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
    )
    return Response(document, media_type="application/xml")


_A_DAY = "public, max-age=86400"


def _site(request: Request) -> str:
    return str(request.base_url).rstrip("/")
