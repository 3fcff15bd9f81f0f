"""The 0-100 calibration: the critics' curve, the full-review spread, the short reading."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reception.records import Label
from reception.verdict import data, train
from reception.verdict.judging import confidence
from reception.verdict.model import Calibration, Signals
from reception.verdict.patterns import VERDICT_PHRASES
from reception.verdict.train import (
    PLOT_SHARE,
    band_prior,
    bands,
    fit_calibration,
    fit_short_reading,
    fit_sigma,
    flat_prior,
    with_plot,
)

CURVE = Calibration((1.0, 0.0, 0.0), np.array([-10.0, 10.0]), np.array([20.0, 80.0]), 10.0)


def test_the_curve_alone_maps_the_line_onto_0_to_100() -> None:
    assert float(CURVE.score(Signals(0.0, 0.0))) == 50.0
    assert float(CURVE.score(Signals(5.0, 0.0))) > 50.0 > float(CURVE.score(Signals(-5.0, 0.0)))
    assert float(CURVE.score(Signals(100.0, 0.0))) == 80.0
    assert float(CURVE.score(Signals(-100.0, 0.0))) == 20.0


def test_the_demo_corpus_pages_carry_their_ground_truth() -> None:
    pages = data.pages(data.DEMO_CORPUS)
    assert len(pages) >= 30
    assert all(page.paragraphs and 0.0 <= page.score <= 100.0 for page in pages)


def test_the_mixed_bands_tenths_weigh_more_than_the_others_and_only_they() -> None:
    ratings = np.repeat(np.arange(10) / 10 + 0.05, np.arange(1, 11))  # uneven: 1, 2 ... 10 each
    extra = band_prior(ratings) / flat_prior(ratings)
    inside = (ratings >= 0.4) & (ratings < 0.6)  # 0.60-0.69 is mostly positive: not weighed up
    assert np.allclose(extra[inside], train.MIXED_TENTHS_WEIGHT)
    assert np.allclose(extra[~inside], 1.0)
    assert train.MIXED_TENTHS_WEIGHT > 1.0


def test_the_curve_calls_more_mixed_grades_mixed_than_the_flat_prior(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A noisy reading of grades spread over the scale: weighing the mixed band's tenths up
    widens the part of the line that scores 40-60, so more mixed grades read mixed."""
    rng = np.random.default_rng(5)
    ratings = np.round(rng.uniform(0.0, 1.0, 3000), 2)
    lines = (ratings - 0.5) * 6.0 + rng.normal(0.0, 1.2, ratings.size)
    signals = Signals(lines, lines, np.zeros((ratings.size, len(VERDICT_PHRASES))))
    mixed = bands(ratings * 100.0) == 1

    def recall() -> float:
        return float(np.mean(bands(fit_calibration(signals, ratings).score(signals))[mixed] == 1))

    shipped = recall()
    monkeypatch.setattr(train, "MIXED_TENTHS_WEIGHT", 1.0)
    assert shipped > recall() + 0.03


def test_fit_sigma_states_the_confidence_full_reviews_earn_and_moves_no_score() -> None:
    lines = np.linspace(-9.0, 9.0, 200)
    full = Signals(lines, np.zeros_like(lines))
    before = CURVE.score(full)
    spreads = []
    for misses in (6.0, 15.0):
        grades = np.clip(before + np.random.default_rng(3).normal(0.0, misses, lines.size), 0, 100)
        calibration = fit_sigma(CURVE, full, grades)
        hits = np.mean(
            [Label.for_score(s) is Label.for_score(g) for s, g in zip(before, grades, strict=True)]
        )
        stated = np.mean([confidence(float(s), calibration.sigma, 10**6) for s in before])
        assert abs(stated - hits) < 0.005
        assert np.array_equal(calibration.score(full), before)
        spreads.append(calibration.sigma)
    assert spreads[0] < spreads[1]


def test_with_plot_puts_plot_back_between_an_extracts_sentences_reproducibly() -> None:
    extract = "I loved it. The cast is superb. The score soars. It is the best film of the year."
    plot = [f"Then the hero reaches town number {n}." for n in range(10)]
    first = with_plot([extract], plot, seed=1)
    assert first == with_plot([extract], plot, seed=1)
    text = first[0]
    assert text.startswith("I loved it. Then the hero")
    assert text.endswith("The cast is superb. The score soars. It is the best film of the year.")
    added = text.count("Then the hero")
    assert added == round(4 * PLOT_SHARE / (1 - PLOT_SHARE))  # a third of the sentences
    assert with_plot(["Short."], plot, seed=1) == ["Short."]


def test_a_short_text_is_narrowed_and_shifted_and_a_long_one_is_not() -> None:
    short = dataclasses.replace(CURVE, short=(0.5, 0.0, -2.0), short_words=(40.0, 150.0))
    quote, review = Signals(4.0, 0.0, words=20.0), Signals(4.0, 0.0, words=400.0)
    assert float(short.score(review)) == float(CURVE.score(review))
    # narrowed toward the pivot and shifted: 0.5 * 4 - 2 = 0 on the blend, 50 on the curve
    assert float(short.score(quote)) == 50.0
    halfway = float(short.score(Signals(4.0, 0.0, words=95.0)))
    assert float(short.score(quote)) < halfway < float(short.score(review))
    assert abs(short.line_scoring(50.0)) < 0.01


def test_the_short_reading_splits_fresh_from_rotten_quotes() -> None:
    rng = np.random.default_rng(0)
    fresh = np.repeat([1.0, 0.0], 200)
    blend = np.where(fresh == 1, 2.0, -2.0) + rng.normal(0.0, 0.5, 400) - 3.0  # leans low
    signals = Signals(blend, np.zeros(400), np.zeros((400, 1)), np.zeros(400), np.full(400, 20.0))
    grades = np.where(fresh == 1, 80.0, 30.0)
    fitted = fit_short_reading(CURVE, signals, fresh, grades)
    assert fitted.short is not None
    called = fitted.score(signals) >= 60.0
    assert np.mean(called[fresh == 1]) > 0.95 and np.mean(~called[fresh == 0]) > 0.95


def test_a_short_text_reads_its_own_blend_with_the_head_and_a_long_one_does_not() -> None:
    short = dataclasses.replace(
        CURVE, short=(1.0, 0.0, 0.0), short_words=(40.0, 150.0), short_blend=(0.0, 0.0, 2.0, 1.0)
    )
    quote = Signals(-3.0, 0.0, words=20.0, head=2.0)  # the head reads it fresh, the rest not
    review = Signals(-3.0, 0.0, words=400.0, head=2.0)
    assert float(short.line(quote)) == 5.0  # 2 * 2 + 1, the aggregate not read
    assert float(short.score(quote)) > 60.0
    assert float(short.score(review)) == float(CURVE.score(review)) < 50.0


def test_a_short_reading_with_its_own_blend_keeps_the_blends_boundary() -> None:
    # the rotten quotes' head logits spread wider than the fresh ones': on these quotes a
    # boundary a quarter point up splits them a little better, noise a shift would fit
    rng = np.random.default_rng(0)
    fresh = np.repeat([1.0, 0.0], 200)
    head = np.where(fresh == 1, rng.normal(1.5, 0.5, 400), rng.normal(-1.5, 2.0, 400))
    signals = Signals(
        rng.normal(0.0, 2.0, 400),
        np.zeros(400),
        np.zeros((400, 1)),
        np.zeros(400),
        np.full(400, 20.0),
        head,
    )
    fitted = fit_short_reading(CURVE, signals, fresh, np.where(fresh == 1, 80.0, 30.0))
    assert fitted.short_blend is not None and fitted.short is not None
    assert fitted.short[2] == 0.0
    called = fitted.score(signals) >= 60.0
    assert (np.mean(called[fresh == 1]) + np.mean(~called[fresh == 0])) / 2 > 0.85


def test_the_short_blend_learns_which_logit_splits_fresh_from_rotten() -> None:
    rng = np.random.default_rng(0)
    fresh = np.repeat([1.0, 0.0], 200)
    noise = rng.normal(0.0, 2.0, 400)  # the aggregate says nothing here
    head = np.where(fresh == 1, 1.5, -1.5) + rng.normal(0.0, 0.5, 400)
    signals = Signals(
        noise, np.zeros(400), np.zeros((400, 1)), np.zeros(400), np.full(400, 20.0), head
    )
    grades = np.where(fresh == 1, 80.0, 30.0)
    fitted = fit_short_reading(CURVE, signals, fresh, grades)
    assert fitted.short_blend is not None
    a, _, h, _ = fitted.short_blend
    assert h > 0 and abs(a) < h
    called = fitted.score(signals) >= 60.0
    assert np.mean(called[fresh == 1]) > 0.95 and np.mean(~called[fresh == 0]) > 0.95
