"""Grades found where critics put them, in every markup syntax: schema.org ``reviewRating`` as
JSON-LD, microdata and RDFa, Twitter card labels and ``og:rating``; never from other numbers.

Each page is our own small review page with the grade written one way only.
"""

from __future__ import annotations

import pytest

from reception.extract import extract_article
from reception.facts.grades import find_grade
from reception.records import Page

PROSE = (
    "<p>The Long Field follows a drifter and a whale trainer through one hard summer on the "
    "coast, and it never once asks us to pity either of them, which is its great strength.</p>"
    "<p>Ada Lindqvist directs with patience, and Mona Berg gives the performance of the year as "
    "a woman learning to stand again. The last act wobbles, but the film lingers.</p>"
    "<p>It runs 112 minutes, and I would happily see it again, twice, on a big screen.</p>"
)


def _page(head: str = "", article: str = "", rating: str = "") -> Page:
    html = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>The Long Field review</title>'
        f"{head}</head><body><header><a href='/'>Field Notes</a></header><main>"
        f"<article {article}><h1>The Long Field review: a patient marvel</h1>"
        f"<p class='byline'>By Tom Reed, 3 May 2019</p>{rating}{PROSE}</article></main>"
        f"<footer>© 2019 Field Notes</footer></body></html>"
    )
    return Page(
        uri="https://fieldnotes.example/long-field", raw=html.encode(), content_type="text/html"
    )


MICRODATA = 'itemscope itemtype="http://schema.org/Review"'
RATING_MD = 'itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"'
BLOG_JSONLD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
    '{"@type":"WebPage"},{"@type":"BlogPosting","headline":"The Long Field review"}]}</script>'
)

CASES = {
    # a film blog: microdata shown as "Rating 4/5", beside a JSON-LD graph with no Review
    "microdata shown": (
        _page(
            BLOG_JSONLD,
            MICRODATA,
            f'<div {RATING_MD}>Rating <span itemprop="ratingValue">4'
            '</span>/<span itemprop="bestRating">5</span></div>',
        ),
        80.0,
    ),
    "microdata hidden": (
        _page(
            "",
            MICRODATA,
            f'<div {RATING_MD}><meta itemprop="ratingValue" content="3">'
            '<meta itemprop="bestRating" content="4"></div>',
        ),
        75.0,
    ),
    "rdfa": (
        _page(
            "",
            'vocab="https://schema.org/" typeof="Review"',
            '<div property="reviewRating" typeof="Rating"><meta property="ratingValue" '
            'content="7"><meta property="bestRating" content="10"></div>',
        ),
        70.0,
    ),
    "rdfa prefixed": (
        _page(
            "",
            'prefix="schema: http://schema.org/" typeof="schema:Review"',
            '<div property="schema:reviewRating" typeof="schema:Rating"><meta '
            'property="schema:ratingValue" content="2"><meta property="schema:bestRating" '
            'content="5"></div>',
        ),
        40.0,
    ),
    "json-ld graph": (
        _page(
            '<script type="application/ld+json">{"@context":"https://schema.org","@graph":'
            '[{"@type":"WebPage"},{"@type":"Review","reviewRating":{"@type":"Rating",'
            '"ratingValue":"3","bestRating":"4","worstRating":"0"}}]}</script>'
        ),
        75.0,
    ),
    "twitter card": (
        _page(
            '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" '
            'content="Tom Reed"><meta name="twitter:label2" content="Rating">'
            '<meta name="twitter:data2" content="4 out of 5 stars">'
        ),
        80.0,
    ),
    "og rating": (
        _page(
            '<meta property="og:rating" content="4.5"><meta property="og:rating_scale" content="5">'
        ),
        90.0,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_grade_is_read_from_each_syntax(name: str) -> None:
    page, value = CASES[name]
    grade = find_grade(extract_article(page))
    assert grade is not None
    assert grade.value_0_100 == value


def test_other_numbers_and_card_labels_give_no_grade() -> None:
    page = _page(
        '<meta name="twitter:label1" content="Reading time">'
        '<meta name="twitter:data1" content="4 minutes">',
        rating="<p>Runtime: 112 minutes. Rated PG-13. 3 of 5 screenings sold out.</p>",
    )
    assert find_grade(extract_article(page)) is None
