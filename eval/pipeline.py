"""End to end: every page through the whole pipeline (``review_page``), compared with its ground
truth field by field, as the export record shows it.

Fields: headline, dek, critic, publication, date_published (exact, after whitespace and quote
normalization); body token F1 (bag of lowercased ``\\w+`` tokens) and 4-shingle F1; film title
(``title_key`` equality), year, directors (set equality of folded names); grade found / exact
(within 0.5) / invented; verdict label accuracy and score MAE; and film linking as pairwise
precision/recall after ingesting the set into a fresh store.

    uv run python eval/pipeline.py                # the demo corpus (the dev set)
    uv run python eval/pipeline.py --set eval     # the held-out review pages
    uv run python eval/pipeline.py --json out.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from extraction import _WORD, Sample, body_scores, normalize_field, samples, site_templates  # noqa: E402

from reception.export import export_record  # noqa: E402
from reception.ingest.batch import review_or_failure  # noqa: E402
from reception.names import title_key  # noqa: E402
from reception.records import Failure  # noqa: E402
from reception.store import Store  # noqa: E402
from reception.store.rows import review_columns  # noqa: E402
from reception.text import fold  # noqa: E402

SETS = {"dev": ("reception/demo/corpus",), "eval": ("eval/pages/reviews",)}
TEXT_FIELDS = ("headline", "dek", "critic", "publication", "date_published")


def token_f1(predicted: str, truth: str) -> float:
    got, want = Counter(_WORD.findall(predicted.lower())), Counter(_WORD.findall(truth.lower()))
    overlap = sum((got & want).values())
    if not got or not want or not overlap:
        return float(got == want)
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _pairs(groups: dict[str, str]) -> set[frozenset[str]]:
    by_group: dict[str, list[str]] = defaultdict(list)
    for item, group in groups.items():
        by_group[group].append(item)
    return {
        frozenset(pair)
        for members in by_group.values()
        for pair in itertools.combinations(sorted(members), 2)
    }


def evaluate(pages: Sequence[Sample]) -> dict[str, Any]:
    templates = site_templates(pages)
    hits: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    reviews = []
    truth_film: dict[str, str] = {}
    for sample in pages:
        review = review_or_failure(sample.page(), templates.get(sample.site))
        if isinstance(review, Failure):
            errors.append(f"{sample.path.name}: {review.kind}: {review.reason}")
            continue
        reviews.append(review)
        truth = sample.truth
        truth_film[review.page_uri] = truth["film"]["film_id"]
        row = review_columns(review)
        row.update(critic_name=review.article.critic, publication_name=review.article.publication)
        record = export_record(row)
        for name in TEXT_FIELDS:
            if truth.get(name) is not None or record.get(name) is not None:
                hits[name].append(
                    float(normalize_field(record.get(name)) == normalize_field(truth.get(name)))
                )
        hits["body_token_f1"].append(token_f1(record["body"], truth["body"]))
        hits["body_shingle_f1"].append(body_scores(record["body"], truth["body"])[2])
        film, want = record["film"], truth["film"]
        hits["film_title"].append(float(title_key(film["title"] or "") == title_key(want["title"])))
        hits["film_year"].append(float(film["year"] == want["year"]))
        if want.get("directors"):
            got_directors = {fold(n) for n in film["directors"]}
            hits["directors"].append(float(got_directors == {fold(n) for n in want["directors"]}))
        grade, want_grade = record["grade"], truth.get("grade")
        if want_grade:
            hits["grade_found"].append(float(grade is not None))
            exact = (
                grade is not None and abs(grade["value_0_100"] - want_grade["value_0_100"]) < 0.5
            )
            hits["grade_exact"].append(float(exact))
        else:
            hits["grade_invented"].append(float(grade is not None))
        verdict, want_verdict = record["verdict"], truth["verdict"]
        hits["verdict_label"].append(float(verdict["label"] == want_verdict["label"]))
        hits["verdict_mae"].append(abs(verdict["score"] - want_verdict["score"]))
        if want_verdict["label"] == "mixed":
            hits["mixed_recall"].append(float(verdict["label"] == "mixed"))
    results: dict[str, Any] = {"pages": len(pages), "failures": errors}
    results.update({name: _mean(values) for name, values in sorted(hits.items())})
    results["linking"] = _linking(reviews, truth_film)
    return results


def _linking(reviews: list[Any], truth_film: dict[str, str]) -> dict[str, float | None]:
    """Ingest the set into a fresh store and compare its film clusters with the truth."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "eval.db")
        store.save_reviews(reviews)
        # a review left unlinked is a film of its own, never a cluster of all the unlinked
        linked = {
            row["page_uri"]: str(row["film_id"] or f"unlinked:{row['page_uri']}")
            for row in store.iter_review_rows()
        }
        store.close()
    got, want = _pairs(linked), _pairs(truth_film)
    true_pairs = len(got & want)
    return {
        "films_true": len(set(truth_film.values())),
        "films_linked": len(set(linked.values())),
        "pair_precision": round(true_pairs / len(got), 4) if got else None,
        "pair_recall": round(true_pairs / len(want), 4) if want else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    args = parser.parse_args(argv)
    pages = list(samples(SETS[args.set]))
    results = evaluate(pages)
    width = max(len(name) for name in results)
    for name, value in results.items():
        if name == "failures":
            print(f"{name:<{width}}  {len(value)}")
            for line in value:
                print(f"  {line}")
        else:
            print(f"{name:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
