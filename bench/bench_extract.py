"""Pages per second on one core: reception's full extraction vs ``trafilatura.extract``.

Two readings of reception are timed: ``extract_article(page)``, every page read in full
(review reading, detector, general body for a refused page), and what ingest runs,
``extract_article(page, reviews_only=True)``, where a page the detector plainly refuses at
a first look is not read as a review. All run over the same HTML pages in the same process,
after one warm-up pass; each figure
is the best of ``--rounds`` interleaved passes, each pass starting with the extractor's
caches empty. Pages: the review dev set (our own pages), or with ``--web`` the real pages of
``../shared/data/web-pages`` (every ``--every``-th by id; read in place).

    uv run python bench/bench_extract.py [--rounds 5] [--profile]
    uv run python bench/bench_extract.py --web [--every 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from reception.extract import extract_article  # noqa: E402
from reception.records import Page  # noqa: E402

ROOTS = ("reception/demo/corpus", "eval/pages/reviews")
WEB_PAGES = next(
    (
        folder
        for folder in (
            ROOT.parent / "shared" / "data" / "web-pages",
            Path("/work/shared/data/web-pages"),
        )
        if folder.is_dir()
    ),
    ROOT.parent / "shared" / "data" / "web-pages",
)


def dev_pages() -> list[Page]:
    pages: list[Page] = []
    for root in ROOTS:
        for path in sorted((ROOT / root).rglob("*.html")):
            pages.append(Page(uri=str(path), raw=path.read_bytes(), content_type="text/html"))
    return pages


def web_pages(every: int) -> list[Page]:
    """Real pages of every type, each ``every``-th by id (the eval's --fast subset at 10)."""
    with gzip.open(WEB_PAGES / "truth.jsonl.gz", "rt", encoding="utf-8") as lines:
        truths = [json.loads(line) for line in lines]
    pages: list[Page] = []
    for truth in truths:
        path = WEB_PAGES / "html" / f"{truth['id']}.html.gz"
        if int(truth["id"]) % every == 0 and path.exists():
            raw = gzip.decompress(path.read_bytes())
            pages.append(Page(uri=truth["url"], raw=raw, content_type="text/html"))
    return pages


def clear_caches(package: str) -> None:
    """Empty every ``functools`` cache of a package's modules: a pass then meets the pages as
    a first run over the set does, not remembering them from the previous pass."""
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def best_rates(
    runs: dict[str, Callable[[Page], object]], pages: list[Page], rounds: int
) -> dict[str, float]:
    """Pages/s of each extractor (keyed by its package name, then words of its own): best of
    ``rounds`` passes, passes interleaved.

    Interleaving and best-of keep other processes on a shared machine from favouring
    whichever extractor happened to run while the machine was quiet. Each extractor's
    caches are emptied before each of its passes (caches still help within a pass, as
    pages of one site share class names and template lines).
    """
    for run in runs.values():
        for page in pages:
            run(page)  # warm-up: imports, regex and XPath compilation
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, run in runs.items():
            clear_caches(name.split()[0])
            start = time.process_time()
            for page in pages:
                run(page)
            best[name] = min(best[name], time.process_time() - start)
    return {name: len(pages) / seconds for name, seconds in best.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print reception's hot spots")
    parser.add_argument("--web", action="store_true", help="the real web pages, not ours")
    parser.add_argument("--every", type=int, default=5, help="with --web: every n-th page")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    if args.web and not WEB_PAGES.is_dir():
        print("no web-pages set at", WEB_PAGES)
        return 1
    pages = web_pages(args.every) if args.web else dev_pages()
    if not pages:
        print("no pages found under", ", ".join(ROOTS))
        return 1

    def reception(page: Page) -> object:
        return extract_article(page)

    def ingest_reading(page: Page) -> object:
        return extract_article(page, reviews_only=True)

    def baseline(page: Page) -> object:
        return trafilatura.extract(page.raw)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [reception(page) for page in pages])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    runs = {"reception": reception, "reception ingest": ingest_reading, "trafilatura": baseline}
    rates = best_rates(runs, pages, args.rounds)
    traf = rates["trafilatura"]
    print(f"pages: {len(pages)}  best of {args.rounds} interleaved passes (CPU time, one core)")
    print(
        f"extract_article (full)     : {rates['reception']:8.1f} pages/s  {rates['reception'] / traf:5.2f}x"
    )
    print(
        f"  reviews_only (ingest)    : {rates['reception ingest']:8.1f} pages/s  {rates['reception ingest'] / traf:5.2f}x"
    )
    print(f"trafilatura.extract        : {traf:8.1f} pages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
