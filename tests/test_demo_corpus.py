"""The bundled demo corpus: every page has its truth, and every film has enough critics for a score."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from reception.vocabulary import MIN_REVIEWS_FOR_SCORE
from tests.conftest import DEMO_CORPUS

PAGE_SUFFIXES = (".html", ".txt")


def truths() -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in DEMO_CORPUS.rglob("*.json")]


def test_every_page_has_its_truth_beside_it_and_the_truth_names_the_page() -> None:
    pages = {p for p in DEMO_CORPUS.rglob("*") if p.suffix in PAGE_SUFFIXES}
    truth_files = set(DEMO_CORPUS.rglob("*.json"))
    assert pages and {p.with_suffix(".json") for p in pages} == truth_files
    for page in pages:
        truth = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        assert truth["source"]["uri"].endswith(f"{page.parent.name}/{page.name}")


def test_every_film_has_enough_reviews_from_different_publications_for_a_score() -> None:
    publications: dict[str, list[str]] = defaultdict(list)
    for truth in truths():
        publications[truth["film"]["film_id"]].append(truth["publication"])
    assert len(publications) >= 10
    for film_id, names in publications.items():
        assert MIN_REVIEWS_FOR_SCORE <= len(set(names)) <= 8, (film_id, names)


def test_the_demo_verdicts_are_spread_and_some_grades_are_missing() -> None:
    records = truths()
    labels = [truth["verdict"]["label"] for truth in records]
    for label in ("positive", "mixed", "negative"):
        assert labels.count(label) >= len(labels) // 8, label
    graded = sum(truth["grade"] is not None for truth in records)
    assert 0 < graded < len(records)
