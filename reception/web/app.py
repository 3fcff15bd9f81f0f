"""The web site and JSON API: page and API routers (:mod:`.pages`, :mod:`.api`) over the view
functions (:mod:`.views`), server-rendered, escaped throughout.

Handlers are coroutines that call the store directly. A read costs a few milliseconds of CPU
on SQLite, and handing each one to a thread pool only adds thread switches and contention for
the interpreter lock: with 32 connections, film page p99 at 300 pages/s went from 95 ms to
16 ms (bench/bench_web.py). Concurrency comes from worker processes, one per core
(``reception serve --workers N``).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reception.store import Store
from reception.web import api, pages
from reception.web.cache import DEFAULT_MAX_BYTES, PageCache
from reception.web.security import SecurityHeaders

HERE = Path(__file__).parent


def _problems(error: RequestValidationError) -> list[dict[str, str]]:
    """What was wrong with each parameter, in a shape that does not echo whole inputs."""
    return [
        {"parameter": ".".join(str(part) for part in problem["loc"][1:]), "problem": problem["msg"]}
        for problem in error.errors()
    ]


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def _http_error(request: Request, error: Exception) -> Response:
    """Errors as JSON under /api, as a page of the site everywhere else (unknown paths too)."""
    assert isinstance(error, StarletteHTTPException)
    if _wants_json(request):
        return JSONResponse(
            {"error": _API_MESSAGES.get(str(error.detail), error.detail)},
            status_code=error.status_code,
            headers=error.headers,
        )
    message = _PAGE_MESSAGES.get(str(error.detail), str(error.detail))
    return pages.render(
        request, "error.html", status=error.status_code, message=message, code=error.status_code
    )


_API_MESSAGES = {"Not Found": "no such address", "Method Not Allowed": "method not allowed"}
_PAGE_MESSAGES = {"Not Found": "no such page", "Method Not Allowed": "method not allowed"}


async def _bad_parameters(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = _problems(error)
    if _wants_json(request):
        return JSONResponse({"error": "bad parameters", "problems": problems}, status_code=422)
    message = "; ".join(f"{p['parameter']}: {p['problem']}" for p in problems)
    return pages.render(
        request, "error.html", status=422, message=f"bad address ({message})", code=422
    )


async def _server_error(request: Request, error: Exception) -> Response:
    """A failure the code did not expect: logged by the server, never shown in detail."""
    if _wants_json(request):
        return JSONResponse({"error": "internal error"}, status_code=500)
    return pages.render(request, "error.html", status=500, message="something went wrong", code=500)


class HeadAsGet:
    """ASGI middleware: ``HEAD`` on any GET route answers as GET would, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def create_app_from_env() -> FastAPI:
    """App factory for multi-process serving: each worker opens the store ``RECEPTION_DB`` names
    and keeps ``RECEPTION_PAGE_CACHE`` rendered pages (2048 unless set; 0 turns it off) in at
    most ``RECEPTION_PAGE_CACHE_MB`` megabytes (64 unless set)."""
    return create_app(
        Store.open(),
        cache_pages=int(os.environ.get("RECEPTION_PAGE_CACHE", "2048")),
        cache_bytes=int(os.environ.get("RECEPTION_PAGE_CACHE_MB", "64")) * 1024 * 1024,
    )


def create_app(
    store: Store, *, cache_pages: int = 2048, cache_bytes: int = DEFAULT_MAX_BYTES
) -> FastAPI:
    """The site and API over ``store``; up to ``cache_pages`` rendered responses, ``cache_bytes``
    in all, are kept in memory (0 turns the cache off) and dropped as soon as the store
    changes. Every response carries the security headers (:mod:`.security`). The server's
    shutdown closes the store's connections (SQLite folds its write-ahead log back then), not
    the collector at some later point."""

    @asynccontextmanager
    async def closing_store(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        lifespan=closing_store,
        title="reception",
        description="An open database of film criticism: films, reviews, critics, publications.",
        version="1",
        docs_url=None,  # /docs is our own server-rendered reference (pages.api_page)
        redoc_url=None,
    )
    app.state.store = store
    if cache_pages:
        app.add_middleware(
            PageCache,
            store=store,
            routes=app.router.routes,
            max_entries=cache_pages,
            max_bytes=cache_bytes,
        )
    app.add_middleware(SecurityHeaders)  # outermost: cached replies and errors get them too
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_parameters)
    app.add_exception_handler(500, _server_error)
    app.include_router(pages.router)
    for router in api.ROUTERS:
        app.include_router(router)
    app.add_middleware(HeadAsGet)  # outermost: HEAD is served from the page cache too
    return app
