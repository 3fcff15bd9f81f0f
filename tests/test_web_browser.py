"""A visitor in a real browser (Debian's chromium via Playwright) against a live server."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import uvicorn

from reception.store import Store
from reception.web import create_app
from tests.conftest import REPO, require
from tests.factories import make_review, make_verdict

pytestmark = pytest.mark.browser
ARTIFACTS = REPO / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
HOSTILE = (
    '<script>window.__pwned = 1; alert("script")</script>'
    '<img src=x onerror="window.__pwned = 1; alert(1)">'
    '<a href="javascript:alert(1)">click</a>'
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _serving(store: Store) -> Iterator[str]:
    """The site over ``store`` on a free loopback port, for as long as the block runs."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store.open(tmp_path_factory.mktemp("browser") / "reception.db")
    hostile = make_review(
        "hostile.html",
        score=35.0,
        body=(f"Opening line {HOSTILE} closing line.", "A second paragraph."),
        article={
            "headline": f"Hostile {HOSTILE}",
            "critic": "Mallory Quill",
            "canonical_url": "javascript:alert(document.cookie)",
            "dek": HOSTILE,
        },
        facts={"title": "Crash", "year": 1996, "directors": ("David Cronenberg",)},
    )
    hostile = replace(hostile, verdict=make_verdict(35.0, pull_quote=f"Quote {HOSTILE}"))
    store.save_reviews(
        [make_review(f"r{i}.html", score=s) for i, s in enumerate([88.0, 75.0, 62.0, 91.0])]
        + [hostile]
    )
    with _serving(store) as address:
        yield address
    store.close()


@pytest.fixture(scope="module")
def demo_site(demo_store_path: Path) -> Iterator[str]:
    store = Store.open(demo_store_path)
    with _serving(store) as address:
        yield address
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require(os.path.exists(CHROMIUM), "Debian's chromium at /usr/bin/chromium")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


def _shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_visitor_goes_home_search_film_review(site: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(site + "/")
    assert page.locator("h1").inner_text() == "What critics said"
    _shot(page, "home")
    page.fill("#q", "Cotillard")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Cotillard*")
    assert "4 reviews" in page.locator(".lede").inner_text()
    _shot(page, "search")
    page.locator(".film-link").first.click()
    page.wait_for_url("**/films/rust-and-bone-2012")
    assert page.locator(".scorecard .badge").inner_text() == "79"
    assert "Marion Cotillard" in page.locator(".facts").inner_text()
    _shot(page, "film")
    page.locator(".review-item .headline").first.click()
    page.wait_for_url("**/reviews/*")
    assert page.locator(".verdict").is_visible()
    assert page.locator("mark.up").count() >= 1
    _shot(page, "review")
    page.close()


def test_hostile_review_renders_inert(site: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site + "/critics/mallory-quill")
    page.locator(".review-item .headline").first.click()
    page.wait_for_url("**/reviews/*")
    body_text = page.locator(".body").inner_text()
    assert "<script>" in body_text  # shown as text, not run
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".body script, .body img, .body a").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    for path in ("/", "/search?q=hostile", "/films/crash-1996", "/critics/mallory-quill"):
        page.goto(site + path)
        assert page.evaluate("window.__pwned") is None, path
    _shot(page, "hostile")
    assert dialogs == []
    page.close()


PHONE_PAGES = {
    "home": "/",
    "film": "/films/rust-and-bone-2012",
    "search": "/search?q=film",
    "critic": "/critics/jane-doe",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_read_on_a_phone_without_sideways_scrolling(
    site: str, browser: object, scheme: str
) -> None:
    page = browser.new_page(  # type: ignore[attr-defined]
        viewport={"width": 390, "height": 844}, color_scheme=scheme
    )
    for name, path in PHONE_PAGES.items():
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, path
        _shot(page, f"phone-{scheme}-{name}")
    page.close()


def test_dark_scheme_turns_the_page_dark(site: str, browser: object) -> None:
    page = browser.new_page(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, color_scheme="dark"
    )
    for name, path in (("film", "/films/rust-and-bone-2012"), ("home", "/")):
        page.goto(site + path)
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(21, 21, 23)", background
        _shot(page, f"dark-{name}")
    page.goto(site + "/critics/jane-doe")
    page.locator(".review-item .headline").first.click()
    page.wait_for_url("**/reviews/*")
    _shot(page, "dark-review")
    page.close()


def test_keyboard_goes_skip_link_site_links_then_search(site: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(site + "/")
    focused = []
    for _ in range(9):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate("document.activeElement.id || document.activeElement.textContent")
        )
    assert focused == [
        "Skip to content",
        "reception",
        "Films",
        "Critics",
        "Publications",
        "Reviews",
        "Method",
        "API",
        "q",
    ]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"  # keyboard focus is visible
    page.goto(site + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"  # the skip link lands
    page.close()


def test_artifacts_folder_is_ignored_by_git() -> None:
    require(shutil.which("git") is not None, "git")
    assert "artifacts/" in (REPO / ".gitignore").read_text()


def test_demo_home_best_reviewed_leads_to_a_film_with_a_score(
    demo_site: str, browser: object
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(demo_site + "/")
    best = page.locator("h2:has-text('Best reviewed') + ol.films li")
    assert best.count() >= 1
    first = best.first
    score = first.locator(".badge").inner_text()
    assert score.isdigit()
    _shot(page, "demo-home")
    first.locator("a").first.click()
    page.wait_for_url("**/films/*")
    card = page.locator(".scorecard")
    assert card.locator(".badge").inner_text() == score
    assert re.search(r"\d+% fresh \(\d+ of \d+ score 60 or more\)", card.inner_text())
    assert page.locator("figure.chart text.count").count() >= 1
    _shot(page, "demo-film")
    page.close()


def test_search_for_a_title_two_films_share_tells_them_apart(
    demo_site: str, browser: object
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(demo_site + "/")
    page.fill("#q", "crash")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=crash*")
    films = page.locator("h2:has-text('Films') + ol.films li")
    assert films.count() == 2
    lines = [films.nth(i).inner_text() for i in range(2)]
    assert any("(1996)" in line and "Cronenberg" in line for line in lines), lines
    assert any("(2004)" in line and "Haggis" in line for line in lines), lines
    _shot(page, "demo-search-crash")
    films.filter(has_text="2004").locator("a").first.click()
    page.wait_for_url("**/films/crash-2004")
    assert "Paul Haggis" in page.locator("header").first.inner_text() + page.content()
    page.close()


def test_an_unknown_address_is_a_page_of_the_site(demo_site: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    response = page.goto(demo_site + "/films/no-such-film-ever")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "No such film"
    assert page.locator("header.site form[role=search]").is_visible()
    response = page.goto(demo_site + "/no/such/address")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "No such page"
    assert "{" not in page.locator("main").inner_text()  # not raw JSON
    _shot(page, "not-found")
    page.close()


def test_an_empty_store_says_what_to_do(tmp_path: Path, browser: object) -> None:
    store = Store.open(tmp_path / "empty.db")
    with _serving(store) as address:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(address + "/")
        main = page.locator("main").inner_text()
        assert "No reviews yet" in main and "reception ingest FOLDER" in main
        for path in ("/films", "/critics", "/publications", "/reviews"):
            page.goto(address + path)
            assert "reception ingest FOLDER" in page.locator("main").inner_text(), path
        _shot(page, "empty-reviews")
        page.close()
    store.close()
