"""Verdict stage speed: full-length reviews per second on one core.

Each review goes through the whole stage: score, label, confidence, pull quote and evidence
(``reception.verdict.score_text``). Reviews are IMDb train texts (Maas et al. 2011) from the
shared data, read outside the timing; the model is loaded before timing (loading is timed
on its own). Time is process CPU time, best of ``--rounds``, so a busy machine does not
inflate it. Target: at least 500 reviews per second per core.

    uv run python bench/bench_verdict.py [--reviews 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.verdict import data, score_text  # noqa: E402
from reception.verdict.model import MODEL_DIR, MODEL_FILE, load  # noqa: E402

DATA = Path("/work/shared/data")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [row.text for row in data.imdb(DATA)[: args.reviews]]
    started = time.perf_counter()
    load(MODEL_DIR / MODEL_FILE)
    print(f"model load: {time.perf_counter() - started:.3f} s")
    score_text(texts[0])  # the process-wide model is read here, outside the rounds
    best = float("inf")
    for _ in range(args.rounds):
        started = time.process_time()
        for text in texts:
            score_text(text)
        best = min(best, time.process_time() - started)
    words = sum(len(text.split()) for text in texts) / len(texts)
    print(f"{len(texts)} reviews, {words:.0f} words on average")
    print(f"{len(texts) / best:.0f} reviews/s per core ({best / len(texts) * 1000:.2f} ms each)")


if __name__ == "__main__":
    main()
