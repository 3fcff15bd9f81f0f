"""One story per review: score, label, pull quote and evidence never disagree.

Property tests over generated reviews (sentences of our own writing, shuffled into
paragraphs) and over every page of the demo corpus.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.records import Grade, Label, Verdict
from reception.verdict import DISAGREEMENT_POINTS, judge, score_text
from reception.verdict.data import DEMO_CORPUS, pages
from reception.verdict.judging import CENTRE, score_units, sentence_points, verdict
from reception.verdict.model import shipped
from tests.factories import make_article

PRAISE = (
    "The performances are superb and the final scene is deeply moving.",
    "It is a dazzling, funny and heartfelt piece of work.",
    "I loved every minute of it.",
    "The direction is confident and the songs are wonderful.",
    "A beautiful, generous film that earns its tears.",
)
BLAME = (
    "The script is a lazy, boring mess.",
    "It is tedious, witless and far too long.",
    "The jokes fall flat and the songs are forgettable.",
    "I was bored from the first scene to the last.",
    "A clumsy, joyless film that wastes its cast.",
)
PLOT = (
    "The story follows a young singer who moves to the city.",
    "Her brother runs a small theatre on the edge of town.",
    "Years later the two meet again at a wedding.",
)
HEDGE = (
    "It has its moments, but it never quite comes together.",
    "Good is a long way from great, and this is merely good.",
    "The film is uneven, a mixed bag of fine scenes and dead ones.",
)
SENTENCES = PRAISE + BLAME + PLOT + HEDGE

reviews = st.lists(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), min_size=1, max_size=4
).map(lambda paragraphs: "\n\n".join(" ".join(p) for p in paragraphs))


def _story_holds(text: str, result: Verdict) -> None:
    """Every rule of one story, for a verdict read from the text alone."""
    scored = score_units(shipped(), text.split("\n\n"))
    assert scored is not None
    points = sentence_points(shipped(), scored)
    # the points of all sentences add up to the score's distance from the centre
    assert math.isclose(float(points.sum()), scored.score - CENTRE, abs_tol=0.01)
    shown = sum(item.weight for item in result.evidence)
    if result.label is Label.POSITIVE:
        assert result.score > CENTRE and shown >= 0
    elif result.label is Label.NEGATIVE:
        assert result.score < CENTRE and shown <= 0
    sentences = list(scored.reading.sentences)
    for item in result.evidence:  # a repeated sentence: any of its places
        assert any(
            math.isclose(item.weight, round(float(points[i]), 1), abs_tol=0.051)
            for i, sentence in enumerate(sentences)
            if sentence == item.sentence
        )
    if result.pull_quote is not None and result.label is not Label.MIXED:
        sign = 1.0 if result.label is Label.POSITIVE else -1.0
        homes = [i for i, sentence in enumerate(sentences) if result.pull_quote in sentence]
        assert any(sign * float(points[i]) > 0 for i in homes)


@settings(max_examples=60, deadline=None)
@given(reviews)
def test_generated_reviews_tell_one_story(text: str) -> None:
    _story_holds(text, score_text(text))


def test_every_demo_page_tells_one_story() -> None:
    for page in pages(DEMO_CORPUS):
        text = "\n\n".join(page.paragraphs)
        _story_holds(text, verdict(shipped(), page.paragraphs))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PRAISE + BLAME + HEDGE), st.sampled_from(("", *PLOT)))
def test_a_short_text_with_an_opinion_gets_a_pull_quote(opinion: str, plot: str) -> None:
    result = score_text(f"{plot} {opinion}".strip())
    assert result.pull_quote is not None


@settings(max_examples=60, deadline=None)
@given(reviews)
def test_a_pull_quote_never_takes_the_other_side(text: str) -> None:
    result = score_text(text)
    if result.label is Label.NEGATIVE:
        assert result.pull_quote not in PRAISE
    if result.label is Label.POSITIVE:
        assert result.pull_quote not in BLAME


def test_a_pan_and_a_rave_get_quotes_from_their_own_side() -> None:
    pan = score_text(" ".join([*PLOT, *BLAME, PRAISE[0]]))
    assert pan.label is Label.NEGATIVE and pan.pull_quote in BLAME
    rave = score_text(" ".join([*PLOT, *PRAISE, BLAME[0]]))
    assert rave.label is Label.POSITIVE and rave.pull_quote in PRAISE


def test_litotes_read_as_mild_praise() -> None:
    for litotes, fault in (
        ("I didn't hate it.", "I hated it."),
        ("It's not bad.", "It's bad."),
        ("It was not a bad film.", "It was a bad film."),
        ("The film is hardly a disaster.", "The film is a disaster."),
    ):
        result = score_text(litotes)
        assert CENTRE < result.score < 90, (litotes, result.score)
        assert result.score > score_text(fault).score


def test_not_bad_at_all_then_wonderful_is_fresh_with_a_pull_quote() -> None:
    text = "Not bad at all — actually rather wonderful."
    result = score_text(text)
    assert result.fresh and result.label is not Label.NEGATIVE
    assert result.pull_quote == text


def test_the_grade_wins_and_a_wide_gap_is_flagged() -> None:
    text = " ".join(PRAISE)
    body = (text,)
    text_score = score_text(text).score
    for value in (0.0, 25.0, 50.0, 75.0, 100.0):
        grade = Grade(raw=f"{value:g}/100", value_0_100=value, scale="fraction")
        result = judge(make_article(body=body), grade)
        assert result.score == value and result.from_grade
        assert result.text_score == text_score
        assert result.disagreement == (abs(value - text_score) > DISAGREEMENT_POINTS)
        if result.pull_quote is not None and result.label is Label.NEGATIVE:
            assert result.pull_quote not in PRAISE


def test_a_two_handed_review_lands_in_the_middle() -> None:
    text = (
        "The songs are wonderful and the lead performance is superb. "
        "But the script is a lazy mess and the second half is tedious. "
        "It has its moments, but it never quite comes together."
    )
    assert 40 <= score_text(text).score <= 60
    assert np.isfinite(score_text(text).confidence)
