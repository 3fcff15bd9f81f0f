"""The per-page time budget: an overrunning page is killed mid-extraction and the batch goes on."""

from __future__ import annotations

import shutil
from pathlib import Path

from reception.ingest.batch import ingest
from reception.ingest.guard import GuardedReviewer
from reception.records import Failure, Page, Review
from reception.store import Store
from tests.conftest import DEMO_CORPUS


def slow_page(paragraphs: int = 4_800) -> bytes:
    """A long article (15 MB, inside every size cap): about a second of CPU to review."""
    sentence = "The film {n} keeps its camera still and lets the actors carry long scenes. "
    body = "".join(
        "<p>" + "".join(sentence.format(n=n * 31 + k) for k in range(36)) + "</p>"
        for n in range(paragraphs)
    )
    return f"<html><head><title>Long</title></head><body><article>{body}</article></body></html>".encode()


def demo_page() -> Path:
    return sorted(DEMO_CORPUS.rglob("*.html"))[0]


def test_a_page_over_its_budget_fails_as_timeout_and_the_next_page_is_read() -> None:
    with GuardedReviewer(page_timeout=0.3) as review:
        over = review(Page("long.html", slow_page(), "text/html"), None)
        assert isinstance(over, Failure)
        assert over.kind == "timeout"
        # stopped once its CPU passed the budget (polled every 0.05 s; on a loaded machine
        # the wall cap, ten budgets, may stop it sooner)
        assert review.last_page_cpu_seconds < 1.0
        assert review.last_page_wall_seconds >= review.last_page_cpu_seconds - 0.05
        review.page_timeout = 60  # a fresh child takes the next page, under a roomy budget
        good = demo_page()
        after = review(Page(str(good), good.read_bytes(), "text/html"), None)
        assert isinstance(after, Review)


def test_ingest_goes_on_past_a_timed_out_page(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "long.html").write_bytes(slow_page())
    for source in sorted(DEMO_CORPUS.rglob("*.html"))[:3]:
        shutil.copy(source, pages / source.name)
    store = Store.open(tmp_path / "r.db")
    # CPU s: demo pages need a tenth, the long page about 0.9 (1.8 before the first look was cut)
    summary = ingest(store, [pages], page_timeout=0.5)
    assert [(Path(f.uri).name, f.kind) for f in summary.failures] == [("long.html", "timeout")]
    assert summary.counts["new"] == store.stats()["reviews"] == 3
