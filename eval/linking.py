"""Linking quality: pairwise precision and recall of "same film" over pairs of reviews.

Sets:
  truth       the dev set: the demo corpus (reception/demo/corpus/**) and the evaluation pages
              (eval/pages/reviews/**, whose films overlap the demo's under other titles), linked
              from the film facts its ground-truth JSON records (what the page states);
  pages       the same pages read by reception itself (the whole pipeline), linked from what it read;
  hard        eval/linking_cases.json: remakes, sequels, subtitles, foreign titles, vague reviews;
  demo-truth, demo-pages
              the same two over the demo corpus alone.

Each set is ingested into a fresh SQLite store twice, in file order and reversed, in small
batches (incremental linking), then relinked from scratch; all three must agree ("stable").
A pair of reviews is predicted "same film" when both got the same film id; a review left
unlinked is a film of its own.

    uv run python eval/linking.py            # all sets, with the mistakes listed
    uv run python eval/linking.py --fast     # the same sets, check floors in baseline.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.records import (  # noqa: E402
    Article,
    CastMember,
    FilmFacts,
    Label,
    Page,
    PageError,
    Review,
    Verdict,
)
from reception.store import Store  # noqa: E402

DEMO_ROOTS = ("reception/demo/corpus",)
DEV_ROOTS = (*DEMO_ROOTS, "eval/pages/reviews")
CASES = ROOT / "eval" / "linking_cases.json"
BASELINE = ROOT / "eval" / "baseline.json"
BATCH = 7  # small batches, so most reviews are linked incrementally against earlier ones


@dataclass(frozen=True)
class Sample:
    """One review to link and the film it is truly of."""

    name: str
    truth: str
    review: Review


def _review(uri: str, facts: FilmFacts, article: Article | None = None) -> Review:
    return Review(
        page_uri=uri,
        content_sha256=hashlib.sha256(uri.encode()).hexdigest(),
        article=article or Article(uri=uri),
        film=facts,
        verdict=Verdict(score=50.0, label=Label.MIXED, confidence=0.5),
    )


def _pages(roots: Sequence[str]) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for root in roots:
        for truth in sorted((ROOT / root).rglob("*.json")):
            page = next(
                (
                    truth.with_suffix(s)
                    for s in (".html", ".htm", ".txt")
                    if truth.with_suffix(s).exists()
                ),
                None,
            )
            if page is not None:
                found.append((page, json.loads(truth.read_text(encoding="utf-8"))))
    return found


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def truth_samples(roots: Sequence[str]) -> list[Sample]:
    """Reviews whose facts are the ground truth's: linking alone is measured."""
    samples = []
    for page, truth in _pages(roots):
        film = truth["film"]
        uri = str(page.relative_to(ROOT))
        facts = FilmFacts(
            title=film["title"],
            year=film.get("year"),
            directors=tuple(film.get("directors") or ()),
            writers=tuple(film.get("writers") or ()),
            cast=tuple(CastMember(c["actor"], c.get("character")) for c in film.get("cast") or ()),
        )
        article = Article(
            uri=uri,
            critic=truth.get("critic"),
            publication=truth.get("publication"),
            date_published=_date(truth.get("date_published")),
        )
        samples.append(Sample(uri, film["film_id"], _review(uri, facts, article)))
    return samples


def page_samples(roots: Sequence[str]) -> list[Sample]:
    """Reviews as reception reads the pages (``reception.pipeline.review_page``)."""
    from reception.pipeline import review_page

    samples = []
    for page_path, truth in _pages(roots):
        uri = str(page_path.relative_to(ROOT))
        html = page_path.suffix in (".html", ".htm")
        page = Page(
            uri=uri,
            raw=page_path.read_bytes(),
            content_type="text/html" if html else "text/plain",
            site=page_path.parent.name,
        )
        try:
            review = review_page(page)
        except PageError:
            review = _review(uri, FilmFacts())
        samples.append(Sample(uri, truth["film"]["film_id"], review))
    return samples


def hard_samples() -> list[Sample]:
    cases = json.loads(CASES.read_text(encoding="utf-8"))["reviews"]
    samples = []
    for number, case in enumerate(cases):
        uri = f"hard/{number:03d}"
        facts = FilmFacts(
            title=case.get("title"),
            year=case.get("year"),
            original_title=case.get("original_title"),
            directors=tuple(case.get("directors") or ()),
            cast=tuple(CastMember(actor) for actor in case.get("cast") or ()),
        )
        article = Article(uri=uri, date_published=_date(case.get("published")))
        samples.append(Sample(uri, case["film"], _review(uri, facts, article)))
    return samples


def link(
    samples: Sequence[Sample], order: Sequence[int], folder: Path, name: str
) -> dict[str, str | None]:
    """Film id per sample name after ingesting in ``order``, in batches of ``BATCH``."""
    store = Store.open(folder / f"{name}.db")
    reviews = [samples[i].review for i in order]
    for start in range(0, len(reviews), BATCH):
        store.save_reviews(reviews[start : start + BATCH])
    films = {row["page_uri"]: row["film_id"] for row in store.review_rows()}
    if name == "forward":
        store.relink()
        relinked = {row["page_uri"]: row["film_id"] for row in store.review_rows()}
        films = films if relinked == films else {}
    store.close()
    return films


@dataclass(frozen=True)
class Scores:
    reviews: int
    films: int
    precision: float
    recall: float
    stable: bool
    false_merges: tuple[tuple[str, str], ...]
    missed: tuple[tuple[str, str], ...]


def pairwise(samples: Sequence[Sample], predicted: dict[str, str | None], stable: bool) -> Scores:
    true_positive = false_positive = false_negative = 0
    merges, misses = [], []
    for a, b in itertools.combinations(samples, 2):
        film_a, film_b = predicted.get(a.name), predicted.get(b.name)
        same = film_a is not None and film_a == film_b
        truly = a.truth == b.truth
        if same and truly:
            true_positive += 1
        elif same:
            false_positive += 1
            merges.append((a.name, b.name))
        elif truly:
            false_negative += 1
            misses.append((a.name, b.name))
    predicted_pairs = true_positive + false_positive
    true_pairs = true_positive + false_negative
    return Scores(
        reviews=len(samples),
        films=len({s.truth for s in samples}),
        precision=true_positive / predicted_pairs if predicted_pairs else 1.0,
        recall=true_positive / true_pairs if true_pairs else 1.0,
        stable=stable,
        false_merges=tuple(merges),
        missed=tuple(misses),
    )


def evaluate(samples: Sequence[Sample]) -> Scores:
    with tempfile.TemporaryDirectory() as folder:
        forward = link(samples, range(len(samples)), Path(folder), "forward")
        backward = link(samples, range(len(samples) - 1, -1, -1), Path(folder), "backward")
    stable = bool(forward) and forward == backward
    return pairwise(samples, forward or backward, stable)


def describe(samples: Sequence[Sample], pairs: Sequence[tuple[str, str]]) -> list[str]:
    by_name = {s.name: s for s in samples}
    lines = []
    for a, b in pairs[:12]:
        fa, fb = by_name[a].review.film, by_name[b].review.film
        lines.append(f"    {a} ({fa.title}, {fa.year}) ~ {b} ({fb.title}, {fb.year})")
    if len(pairs) > 12:
        lines.append(f"    ... {len(pairs) - 12} more")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fast", action="store_true", help="check floors in eval/baseline.json")
    args = parser.parse_args(argv)
    sets = {
        "truth": truth_samples(DEV_ROOTS),
        "pages": page_samples(DEV_ROOTS),
        "hard": hard_samples(),
        "demo-truth": truth_samples(DEMO_ROOTS),
        "demo-pages": page_samples(DEMO_ROOTS),
    }
    floors = json.loads(BASELINE.read_text())["linking"] if args.fast else {}
    status = 0
    print(f"{'set':10} {'reviews':>7} {'films':>5} {'precision':>9} {'recall':>7}  stable")
    for name, samples in sets.items():
        scores = evaluate(samples)
        print(
            f"{name:10} {scores.reviews:7d} {scores.films:5d} {scores.precision:9.3f} "
            f"{scores.recall:7.3f}  {'yes' if scores.stable else 'NO'}"
        )
        if not args.fast:
            if scores.false_merges:
                print("  false merges:")
                print("\n".join(describe(samples, scores.false_merges)))
            if scores.missed:
                print("  missed pairs:")
                print("\n".join(describe(samples, scores.missed)))
        for metric, floor in floors.get(name, {}).items():
            value = float(getattr(scores, metric))
            if value < floor:
                print(f"BELOW FLOOR: {name}.{metric} = {value:.3f} < {floor}")
                status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
