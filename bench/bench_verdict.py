"""Verdict stage speed: full-length reviews per second on one core.

Each review goes through the whole stage: score, label, confidence, pull quote and evidence
(``reception.verdict.score_text``). Reviews are IMDb train texts (Maas et al. 2011) from the
shared data, read outside the timing; the model is loaded before timing (loading is timed
on its own). Time is process CPU time, best of ``--rounds``, so a busy machine does not
inflate it. Target: at least 100 reviews per second per core.

Then one giant input per shape (a 1 MB single-line dump, 2,000 paragraphs), at full and at
half size: every verdict pass is linear in the text, so the full size should take about
twice the half size's time (a quadratic pass would take four times).

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
    giant_inputs(" ".join(texts))


def _cpu_seconds(text: str) -> float:
    started = time.process_time()
    score_text(text)
    return time.process_time() - started


def giant_inputs(prose: str) -> None:
    """Seconds for a 1 MB single line and for 2,000 paragraphs, against half their size."""
    single_line = (prose * (1 + 1_000_000 // max(len(prose), 1)))[:1_000_000]
    sentences = [s for s in prose.split(". ") if s]
    sentences = (sentences * (1 + 4000 // max(len(sentences), 1)))[:4000]
    paragraphs = [". ".join(sentences[i : i + 2]) + "." for i in range(0, len(sentences), 2)]
    shapes = {
        "1 MB single line": (single_line, single_line[: len(single_line) // 2]),
        f"{len(paragraphs)} paragraphs": (
            "\n\n".join(paragraphs),
            "\n\n".join(paragraphs[: len(paragraphs) // 2]),
        ),
    }
    for name, (full, half) in shapes.items():
        whole, part = _cpu_seconds(full), _cpu_seconds(half)
        print(f"{name}: {whole:.2f} s (half size {part:.2f} s, ratio {whole / part:.1f})")


if __name__ == "__main__":
    main()
