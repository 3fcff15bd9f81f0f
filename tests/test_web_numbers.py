"""Numbers that agree: for every film of the demo store, the film page's counts, share, badges
and chart say what the API says, and both follow the rules the method page states."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from reception import vocabulary
from reception.store import Store
from reception.web import create_app


@pytest.fixture(scope="module")
def client(demo_store_path: Path) -> Iterator[TestClient]:
    store = Store.open(demo_store_path)
    with TestClient(create_app(store)) as test_client:
        yield test_client
    store.close()


def _all(client: TestClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        page = client.get(next_url).json()
        items += page["items"]
        next_url = page["next"]
    return items


def _film_with_all_reviews(client: TestClient, film_id: str) -> dict[str, Any]:
    film: dict[str, Any] = client.get(f"/api/v1/films/{film_id}", params={"limit": 100}).json()
    assert film["reviews_total"] == len(film["reviews"]) == film["review_count"]
    return film


def _method_rules(client: TestClient) -> dict[str, Any]:
    """The rules as the method page states them, read back from its text."""
    text = lxml_html.fromstring(client.get("/method").content).text_content()
    ranges = {
        name: (int(low), int(high))
        for name, low, high in re.findall(r"(positive|mixed|negative): (\d+)–(\d+)", text)
    }
    fresh = int(re.search(r"fresh from (\d+)", text).group(1))  # type: ignore[union-attr]
    needs = int(re.search(r"shown once it has (\d+) reviews", text).group(1))  # type: ignore[union-attr]
    return {"ranges": ranges, "fresh": fresh, "needs": needs}


def test_the_method_page_states_the_rules_the_code_uses(client: TestClient) -> None:
    rules = _method_rules(client)
    assert rules["ranges"] == vocabulary.LABEL_RANGES
    assert rules["fresh"] == vocabulary.FRESH_FROM
    assert rules["needs"] == vocabulary.MIN_REVIEWS_FOR_SCORE


def _label(score: float, ranges: dict[str, tuple[int, int]]) -> str:
    return next(name for name, (low, high) in ranges.items() if low <= round(score) <= high)


def test_every_demo_film_page_agrees_with_the_api_and_the_method(client: TestClient) -> None:
    rules = _method_rules(client)
    films = _all(client, "/api/v1/films?limit=100")
    assert films, "the demo store has films"
    assert any(f["score"] is not None for f in films), "some demo film has a score"
    for summary in films:
        film = _film_with_all_reviews(client, summary["id"])
        scores = [review["score"] for review in film["reviews"]]
        count = len(scores)
        fresh = sum(1 for score in scores if round(score) >= rules["fresh"])
        labels = {name: 0 for name in rules["ranges"]}
        for review in film["reviews"]:
            assert review["label"] == _label(review["score"], rules["ranges"]), review["id"]
            labels[review["label"]] += 1
        aggregate = film["aggregate"]
        # the API by the method's rules
        assert aggregate["distribution"] == labels
        assert aggregate["fresh_count"] == fresh
        assert film["percent_fresh"] == round(100 * fresh / count, 1)
        assert (film["low_score"], film["high_score"]) == (min(scores), max(scores))
        if count >= rules["needs"]:
            assert film["score"] == pytest.approx(sum(scores) / count, abs=0.051)
            assert film["label"] == _label(film["score"], rules["ranges"])
        else:
            assert film["score"] is None and film["label"] is None
        assert summary == {key: film[key] for key in summary}  # list and detail agree
        # the page by the API
        page = lxml_html.fromstring(client.get(f"/films/{film['id']}").content)
        card = page.xpath("//section[contains(@class, 'scorecard')]")[0]
        badge = card.xpath(".//*[contains(@class, 'badge')]")[0]
        card_text = " ".join(card.text_content().split())
        if film["score"] is None:
            assert badge.text_content() == "–" and "badge-none" in badge.get("class")
            assert "Not enough reviews for a score" in card_text
            assert "% fresh" not in card_text
        else:
            assert badge.text_content() == str(round(film["score"]))
            assert f"badge-{film['label']}" in badge.get("class")
            assert f"{round(film['percent_fresh'])}% fresh ({fresh} of {count}" in card_text
            assert "positive" not in card_text.split("% fresh")[0].split("reviews")[-1]
        assert f"{count} review" in card_text
        for name, number in labels.items():
            assert f"{number} {name}" in card_text, (film["id"], name)
        shown = {
            item.xpath(".//a[contains(@class, 'headline')]/@href")[0].rsplit("/", 1)[1]: item
            for item in page.xpath("//li[contains(@class, 'review-item')]")
        }
        assert set(shown) == {review["id"] for review in film["reviews"]}
        for review in film["reviews"]:
            review_badge = shown[review["id"]].xpath(".//*[contains(@class, 'badge')]")[0]
            assert review_badge.text_content() == str(round(review["score"]))
            assert f"badge-{review['label']}" in review_badge.get("class")
        bars = page.xpath("//figure[contains(@class, 'chart')]//*[local-name()='rect']")
        by_class: dict[str, int] = {}
        for bar in bars:
            label = bar.get("class").split("bar-")[1]
            by_class[label] = by_class.get(label, 0) + 1
        segments = {
            label: sum(1 for bin_count in aggregate["histogram_by_label"][label] if bin_count)
            for label in labels
        }
        assert by_class == {label: n for label, n in segments.items() if n}, film["id"]
        counts = [
            int(text)
            for text in page.xpath("//figure//*[local-name()='text'][@class='count']/text()")
        ]
        assert sum(counts) == count


def test_home_best_reviewed_lists_scored_films_best_first(client: TestClient) -> None:
    page = lxml_html.fromstring(client.get("/").content)
    best = page.xpath("//h2[starts-with(., 'Best reviewed')]/following-sibling::ol[1]/li")
    assert best, "the home page lists best-reviewed films"
    badges = [int(item.xpath(".//*[contains(@class, 'badge')]")[0].text_content()) for item in best]
    assert badges == sorted(badges, reverse=True)
