"""Giant pages through the whole pipeline: time and peak memory per page.

The pages are made here (no data needed): a 15 MB plain-text dump on one line and in
paragraphs, pages of 190,000 (7 MB), 50,000 and 25,000 ``<p>`` elements with no marked body
(where the block model finds the body) and in a marked body, and a 2,000-paragraph
review. Each page runs in its own process, so the peak RSS is that page's; the CPU seconds
are what ingest's per-page budget (``--page-timeout``, 5 CPU s by default) counts, so a page
that would pass its budget is marked. ``--keep-all`` reads every page as ``ingest --keep-all``
does (the full reading, where the detector would refuse the page);
``--guarded`` sends each page through ingest's guarded reviewer with the default budget
instead, so a page over it shows as a ``timeout`` failure and the CPU and wall seconds it took
to stop it. Run: ``uv run python bench/bench_giant_pages.py [--keep-all] [--guarded] [CASE...]``.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reception.ingest.guard import DEFAULT_PAGE_TIMEOUT, GuardedReviewer
from reception.pipeline import review_page
from reception.records import Failure, Page, PageError

SENTENCE = "The film moves with a patience that rewards anyone willing to sit still with it. "


def text_dump_one_line() -> Page:
    raw = (SENTENCE * (15_000_000 // len(SENTENCE))).encode()
    return Page(uri="giant/one-line.txt", raw=raw, content_type="text/plain")


def text_dump_paragraphs() -> Page:
    raw = ((SENTENCE * 3 + "\n\n") * (15_000_000 // (3 * len(SENTENCE) + 2))).encode()
    return Page(uri="giant/paragraphs.txt", raw=raw, content_type="text/plain")


def paragraphs(count: int, *, marked: bool) -> Callable[[], Page]:
    """A page of ``count`` short ``<p>``, in a marked body or not (then the block model reads it)."""

    def make() -> Page:
        body = "".join(f"<p>Line {n} of an archive.</p>" for n in range(count))
        if marked:
            body = f'<div class="entry-content">{body}</div>'
        raw = f"<html><head><title>Archive</title></head><body><h1>Archive</h1>{body}</body></html>"
        return Page(uri=f"giant/{count}.html", raw=raw.encode(), content_type="text/html")

    return make


def review_2000_paragraphs() -> Page:
    body = "".join(f"<p>{SENTENCE * 2}Point {n}.</p>" for n in range(2_000))
    raw = f"<html><body><h1>A long review</h1><article>{body}</article></body></html>"
    return Page(uri="giant/long-review.html", raw=raw.encode(), content_type="text/html")


CASES: dict[str, Callable[[], Page]] = {
    "15 MB dump, one line": text_dump_one_line,
    "15 MB dump, paragraphs": text_dump_paragraphs,
    "190k <p>, no marked body": paragraphs(190_000, marked=False),
    "190k <p>, marked body": paragraphs(190_000, marked=True),
    "50k <p>, no marked body": paragraphs(50_000, marked=False),
    "50k <p>, marked body": paragraphs(50_000, marked=True),
    "29k <p>, no marked body": paragraphs(29_000, marked=False),
    "25k <p>, no marked body": paragraphs(25_000, marked=False),
    "2,000-paragraph review": review_2000_paragraphs,
}


Answer = tuple[float, float, str, int]


WARM_UP = Page(
    uri="giant/warm-up.html",
    raw=f"<html><body><h1>A review</h1><article><p>{SENTENCE}</p></article></body></html>".encode(),
    content_type="text/html",
)


def _run(name: str, keep_all: bool, guarded: bool, answers: multiprocessing.Queue[Answer]) -> None:
    """One page timed in a warm reviewer (imports done, models loaded), as ingest's child is."""
    page = CASES[name]()
    if guarded:
        with GuardedReviewer(DEFAULT_PAGE_TIMEOUT, keep_all=keep_all) as reviewer:
            reviewer(WARM_UP, None)  # the child started and warm
            result = reviewer(page, None)
            cpu, seconds = reviewer.last_page_cpu_seconds, reviewer.last_page_wall_seconds
        outcome = (
            f"failure: {result.kind}"
            if isinstance(result, Failure)
            else f"review, {len(result.article.body)} paragraphs"
        )
        answers.put((cpu, seconds, outcome, 0))  # the child's memory is not this process's
        return
    with contextlib.suppress(PageError):  # a refusal warms up as well
        review_page(WARM_UP, keep_all=keep_all)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        review = review_page(page, keep_all=keep_all)
        outcome = f"review, {len(review.article.body)} paragraphs"
    except PageError as error:
        outcome = f"failure: {error.failure.kind}"
    cpu = time.process_time() - cpu_started
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    answers.put((cpu, seconds, outcome, max(peak, before) // 1024))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case names (all by default)")
    parser.add_argument("--keep-all", action="store_true", help="read refused pages anyway")
    parser.add_argument("--guarded", action="store_true", help="through the guarded reviewer")
    args = parser.parse_args()
    answers: multiprocessing.Queue[Answer] = multiprocessing.Queue()
    names = [name for name in CASES if not args.cases or name in args.cases]
    print(f"{'page':28} {'size':>8} {'CPU s':>6} {'wall s':>7} {'peak RSS':>9}  outcome")
    for name in names:
        size = len(CASES[name]().raw) / 1e6
        worker = multiprocessing.Process(
            target=_run, args=(name, args.keep_all, args.guarded, answers)
        )
        worker.start()
        cpu, seconds, outcome, peak_mb = answers.get()
        worker.join()
        over = "  OVER the budget" if cpu > DEFAULT_PAGE_TIMEOUT else ""
        if args.guarded and outcome == "failure: timeout":
            over = "  (stopped at the budget)"
        peak = "(child)" if args.guarded else f"{peak_mb:7d}MB"
        print(f"{name:28} {size:6.1f}MB {cpu:6.2f} {seconds:7.2f} {peak:>9}  {outcome}{over}")


if __name__ == "__main__":
    main()
