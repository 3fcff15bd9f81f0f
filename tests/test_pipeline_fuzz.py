"""A seeded mutation loop over the demo pages through ``review_page``: a review or a typed
``PageError``, never another exception (CI-sized; bench/bench_fuzz.py runs 100,000)."""

from __future__ import annotations

from reception.pipeline import review_page
from reception.records import PageError
from tests.conftest import DEMO_CORPUS
from tests.fuzzing import mutated_page

INPUTS = 200


def test_mutated_pages_give_a_review_or_a_typed_failure() -> None:
    pages = [
        (path.name, path.read_bytes())
        for path in sorted(DEMO_CORPUS.rglob("*"))
        if path.suffix in (".html", ".txt")
    ]
    crashes = []
    for seed in range(INPUTS):
        page = mutated_page(seed, pages)
        try:
            review_page(page)
        except PageError:
            continue
        except Exception as error:
            crashes.append(f"seed {seed}: {type(error).__name__}: {error}"[:300])
    assert crashes == []
