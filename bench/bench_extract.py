"""Pages per second on one core: reception's full extraction vs ``trafilatura.extract``.

Both run over the same HTML pages of the review dev set in the same process, each page
``--rounds`` times, after one warm-up pass.

    uv run python bench/bench_extract.py [--rounds 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
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


def dev_pages() -> list[Page]:
    pages: list[Page] = []
    for root in ROOTS:
        for path in sorted((ROOT / root).rglob("*.html")):
            pages.append(Page(uri=str(path), raw=path.read_bytes(), content_type="text/html"))
    return pages


def pages_per_second(run: Callable[[Page], object], pages: list[Page], rounds: int) -> float:
    for page in pages:
        run(page)  # warm-up: imports, regex and XPath compilation
    start = time.process_time()
    for _ in range(rounds):
        for page in pages:
            run(page)
    return len(pages) * rounds / (time.process_time() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print reception's hot spots")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    pages = dev_pages()
    if not pages:
        print("no pages found under", ", ".join(ROOTS))
        return 1

    def reception(page: Page) -> object:
        return extract_article(page)

    def baseline(page: Page) -> object:
        return trafilatura.extract(page.raw)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(pages_per_second, reception, pages, 1)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    ours = pages_per_second(reception, pages, args.rounds)
    theirs = pages_per_second(baseline, pages, args.rounds)
    print(f"pages: {len(pages)}  rounds: {args.rounds}  (CPU time, one core)")
    print(f"reception.extract_article : {ours:8.1f} pages/s")
    print(f"trafilatura.extract       : {theirs:8.1f} pages/s")
    print(f"speed-up                  : {ours / theirs:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
