"""Fuzz ``review_page`` with mutated demo and real pages; count uncaught exceptions, time each.

Seed pages: the demo corpus, and the real pages of ../shared/data/web-pages (read here at run
time, never copied), half of the inputs each. Input ``n`` is reproduced by
``tests.fuzzing.mutated_page(n, pages)`` with the same seed pages. Run it niced:

    nice -n 10 uv run python bench/bench_fuzz.py --inputs 100000 [--minutes 30]

It stops at whichever comes first and reports how many inputs it ran, the crashes (input
numbers and errors), failures by kind, and p50 / p99 / max seconds per page.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reception.pipeline import review_page  # noqa: E402
from reception.records import PageError  # noqa: E402
from tests.fuzzing import mutated_page  # noqa: E402

DEMO = REPO / "reception" / "demo" / "corpus"
REAL = REPO.parent / "shared" / "data" / "web-pages" / "html"


def seed_pages() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    demo = [
        (p.name, p.read_bytes()) for p in sorted(DEMO.rglob("*")) if p.suffix in (".html", ".txt")
    ]
    real = [(p.name, gzip.decompress(p.read_bytes())) for p in sorted(REAL.glob("*.gz"))]
    return demo, real


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=float("inf"))
    parser.add_argument("--budget", type=float, default=5.0, help="seconds per page")
    args = parser.parse_args()
    demo, real = seed_pages()
    print(f"seed pages: {len(demo)} demo, {len(real)} real", flush=True)
    deadline = time.monotonic() + args.minutes * 60
    times: list[float] = []
    outcomes: Counter[str] = Counter()
    crashes: list[str] = []
    for n in range(args.inputs):
        if time.monotonic() > deadline:
            break
        page = mutated_page(n, real if (n % 2 and real) else demo)
        started = time.perf_counter()
        try:
            review_page(page)
            outcomes["review"] += 1
        except PageError as error:
            outcomes[error.failure.kind] += 1
        except Exception as error:  # what the fuzzing looks for
            crashes.append(
                f"input {n} ({'real' if n % 2 else 'demo'}): {type(error).__name__}: {error}"[:300]
            )
        times.append(time.perf_counter() - started)
        if (n + 1) % 500 == 0:
            print(f"{n + 1} inputs, {len(crashes)} crashes, max {max(times):.2f}s", flush=True)
    times.sort()
    over = sum(1 for t in times if t > args.budget)
    print(f"inputs run: {len(times)} (asked {args.inputs})")
    print(f"uncaught exceptions: {len(crashes)}")
    for crash in crashes[:50]:
        print("  " + crash)
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in outcomes.most_common()))
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(
        f"seconds per page: p50 {statistics.median(times):.3f}, p99 {p99:.3f}, max {times[-1]:.3f};"
        f" over the {args.budget:g} s budget: {over}"
    )


if __name__ == "__main__":
    main()
