"""Facts stage speed: milliseconds of ``read_facts`` per KB of article text, on one core.

Articles are extracted once from the review pages (dev and eval sets), outside the timing;
then ``read_facts`` runs over all of them ``--rounds`` times and the best round counts. The
``re`` module's cache is emptied before every round, so the few patterns built per page (from
its title) are compiled as they would be for pages never seen before. Time is the process's
CPU time (the stage is single-threaded), so a busy shared machine does not inflate it.
Text size is everything the stage reads: headline, dek, body, info box, specs, features and
rating widget text, UTF-8 encoded. Target: well under 1 ms/KB.

    uv run python bench/bench_facts.py [--rounds 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.extract import extract_article  # noqa: E402
from reception.facts import read_facts  # noqa: E402
from reception.records import Article, Page, PageError  # noqa: E402

ROOTS = ("reception/demo/corpus", "eval/pages/reviews")


def articles() -> list[Article]:
    found = []
    for root in ROOTS:
        for path in sorted((ROOT / root).rglob("*")):
            if path.suffix not in (".html", ".htm", ".txt"):
                continue
            kind = "text/plain" if path.suffix == ".txt" else "text/html"
            try:
                found.append(extract_article(Page(str(path), path.read_bytes(), kind)))
            except PageError:
                continue
    return found


def text_bytes(article: Article) -> int:
    parts = [
        article.headline or "",
        article.dek or "",
        *article.body,
        *article.infobox,
        *(f"{label} {value}" for label, value in article.specs),
        *article.special_features,
        *article.rating_text,
    ]
    return sum(len(part.encode("utf-8")) for part in parts)


def best_round(items: list[Article], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        re.purge()
        start = time.process_time()
        for article in items:
            read_facts(article)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the top functions")
    args = parser.parse_args()
    items = articles()
    if not items:
        raise SystemExit("no review pages found")
    kilobytes = sum(text_bytes(article) for article in items) / 1024
    best_round(items, 1)  # warm-up: compiles the patterns built per page
    seconds = best_round(items, args.rounds)
    print(f"articles: {len(items)}  text: {kilobytes:.1f} KB")
    print(f"read_facts: {1000 * seconds / len(items):.2f} ms/article")
    print(f"read_facts: {1000 * seconds / kilobytes:.3f} ms/KB (target: well under 1 ms/KB)")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(best_round, items, 1)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    main()
