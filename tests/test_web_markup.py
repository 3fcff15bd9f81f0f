"""Accessibility basics every page keeps, read from the served HTML (no browser needed)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from reception.records import HomeVideo
from reception.store import Store
from reception.web import create_app
from tests.factories import make_review


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    disc = replace(
        make_review("disc.html", score=70.0, article={"critic": "Ada Holm"}),
        home_video=HomeVideo("Blu-ray", ("Commentary",), {"aspect_ratio": "2.39:1"}),
    )
    store.save_reviews(
        [make_review(f"r{i}.html", score=s) for i, s in enumerate([88.0, 75.0, 62.0])] + [disc]
    )
    with TestClient(create_app(store)) as test_client:
        yield test_client


def _pages(client: TestClient) -> list[str]:
    review_id = client.get("/api/v1/reviews").json()["items"][0]["id"]
    return [
        "/",
        "/films/rust-and-bone-2012",
        f"/reviews/{review_id}",
        "/critics/jane-doe",
        "/publications/the-marquee-ledger",
        "/search?q=film",
        "/search?q=nothing-matches-this",
        "/method",
        "/docs",
        "/films/no-such-film",
    ]


def test_every_page_has_landmarks_a_skip_link_and_one_h1(client: TestClient) -> None:
    for path in _pages(client):
        document = lxml_html.fromstring(client.get(path).content)
        assert document.get("lang") == "en", path
        assert len(document.xpath("//main")) == 1, path
        assert document.xpath("//header[not(ancestor::main)]"), path
        assert document.xpath("//footer[not(ancestor::main)]"), path
        assert document.xpath("//*[@role='search']"), path
        skip = document.xpath("//body//a")[0]
        assert skip.get("href") == "#main" and document.xpath("//main[@id='main']"), path
        assert len(document.xpath("//h1")) == 1, path
        assert document.findtext(".//title"), path


def test_headings_never_skip_a_level(client: TestClient) -> None:
    for path in _pages(client):
        document = lxml_html.fromstring(client.get(path).content)
        levels = [int(h.tag[1]) for h in document.iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels and levels[0] == 1, path
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (path, levels)


def test_every_form_field_has_a_label_and_every_image_a_text(client: TestClient) -> None:
    for path in _pages(client):
        document = lxml_html.fromstring(client.get(path).content)
        labelled = {label.get("for") for label in document.iter("label")}
        for field in document.xpath("//input[not(@type='hidden')] | //select | //textarea"):
            assert field.get("id") in labelled or field.get("aria-label"), (path, field.attrib)
        for image in document.iter("img"):
            assert image.get("alt") is not None, path
        for figure in document.xpath("//*[@role='img']"):
            label = figure.get("aria-label")
            if figure.get("aria-labelledby"):
                label = document.get_element_by_id(figure.get("aria-labelledby")).text_content()
            assert label and label.strip(), (path, figure.tag)


def test_score_badges_say_what_they_mean_to_screen_readers(client: TestClient) -> None:
    document = lxml_html.fromstring(client.get("/films/rust-and-bone-2012").content)
    badge = document.xpath("//section[contains(@class, 'scorecard')]//*[@role='img']")[0]
    assert badge.get("aria-label") == "Score 74 of 100, positive"
    assert badge.text_content() == "74"
