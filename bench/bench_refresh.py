"""What one save costs the store's refresh when a film already has many reviews.

For each size in ``--sizes``, a fresh SQLite store is filled with that many reviews of one
film (each by its own critic and page), then ``--saves`` more reviews of the film are saved
one at a time. Each save re-links the film's block (every review that could share a film
with the new one) and recomputes the film's aggregate and merged facts from all of its
reviews, so its cost grows with the film's review count. Printed per size: CPU ms of one
save, and of its parts (re-linking, critics' habits, the films' aggregates).

    uv run python bench/bench_refresh.py [--sizes 100 1000 4000] [--saves 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.records import Review  # noqa: E402
from reception.store import Store, refresh  # noqa: E402
from tests.factories import make_review  # noqa: E402

PARTS = {"relink": "_relink_block", "habits": "_recalibrate", "aggregates": "refresh_films"}
"""The refresh steps timed, by the name printed."""


def review(n: int) -> Review:
    """The n-th review of the film: its own page, critic and score (publications repeat)."""
    return make_review(
        f"pages/site{n % 50}/review-{n}.html",
        score=20.0 + (n * 37) % 70,
        article={"critic": f"Critic {n} Person", "publication": f"Publication {n % 50}"},
    )


def timed_parts() -> dict[str, float]:
    """CPU seconds spent in each refresh step from now on (the steps are wrapped in place)."""
    spent = dict.fromkeys(PARTS, 0.0)

    def timer(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - began

        return run

    for name, attribute in PARTS.items():
        setattr(refresh, attribute, timer(name, getattr(refresh, attribute)))
    return spent


def one_size(size: int, saves: int, spent: dict[str, float], folder: Path) -> dict[str, float]:
    store = Store.open(folder / f"film-{size}.db")
    for start in range(0, size, 250):
        store.save_reviews([review(n) for n in range(start, min(size, start + 250))])
    for name in spent:
        spent[name] = 0.0
    began = time.process_time()
    for n in range(size, size + saves):
        store.save_reviews([review(n)])
    total = time.process_time() - began
    films = store.stats()["films"]
    store.close()
    assert films == 1, f"the bench's reviews should make one film, not {films}"
    return {
        "reviews": size,
        "save_ms": round(1000 * total / saves, 1),
        **{f"{name}_ms": round(1000 * value / saves, 1) for name, value in spent.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 4000])
    parser.add_argument("--saves", type=int, default=5, help="single-review saves timed")
    args = parser.parse_args()
    spent = timed_parts()
    with tempfile.TemporaryDirectory(prefix="reception-bench-") as scratch:
        for size in args.sizes:
            print(json.dumps(one_size(size, args.saves, spent, Path(scratch))), flush=True)


if __name__ == "__main__":
    main()
