"""The 0-100 calibration: the extracts' curve, the full-review stretch, and the dev pages."""

from __future__ import annotations

import dataclasses

import numpy as np

from reception.records import Label
from reception.verdict import data
from reception.verdict.judging import score_units
from reception.verdict.model import Calibration, Model, Signals, shipped
from reception.verdict.train import fit_stretch

CURVE = Calibration((1.0, 0.0, 0.0), np.array([-10.0, 10.0]), np.array([20.0, 80.0]), 10.0)


def test_the_stretch_widens_the_extract_scale_and_stays_on_0_to_100() -> None:
    stretched = dataclasses.replace(CURVE, stretch=(1.5, -25.0))
    assert float(CURVE.score(Signals(0.0, 0.0))) == 50.0
    assert float(stretched.score(Signals(0.0, 0.0))) == 50.0
    assert float(stretched.score(Signals(5.0, 0.0))) > float(CURVE.score(Signals(5.0, 0.0)))
    assert float(stretched.score(Signals(-5.0, 0.0))) < float(CURVE.score(Signals(-5.0, 0.0)))
    assert float(stretched.score(Signals(100.0, 0.0))) <= 100.0
    assert float(stretched.score(Signals(-100.0, 0.0))) >= 0.0
    assert float(stretched.extract_score(Signals(5.0, 0.0))) == float(
        CURVE.score(Signals(5.0, 0.0))
    )


def test_the_demo_corpus_pages_carry_their_ground_truth() -> None:
    pages = data.pages(data.DEMO_CORPUS)
    assert len(pages) >= 30
    assert all(page.paragraphs and 0.0 <= page.score <= 100.0 for page in pages)
    assert any(page.graded for page in pages) and not all(page.graded for page in pages)


def test_fit_stretch_uses_only_graded_pages_and_maps_a_rave_above_a_pan() -> None:
    rave = ("A dazzling, heartfelt triumph with superb performances and a gorgeous score.",)
    pan = ("A tedious, witless mess; the jokes fall flat and the ending insults the audience.",)
    pages = [
        data.Page(rave, 90.0, graded=True),
        data.Page(pan, 20.0, graded=True),
        data.Page(pan, 99.0, graded=False),  # our judgement, not the critic's: ignored
    ]
    model = shipped()
    calibration = fit_stretch(model, pages)
    fitted = dataclasses.replace(model, calibration=calibration)
    slope, _ = calibration.stretch
    assert slope > 0
    scores = [float(fitted.calibration.score(_signals(fitted, text))) for text in (rave[0], pan[0])]
    assert abs(scores[0] - 90.0) < 1.0 and abs(scores[1] - 20.0) < 1.0
    assert Label.for_score(scores[1]) is Label.NEGATIVE


def _signals(model: Model, text: str) -> Signals:
    scored = score_units(model, [text])
    assert scored is not None
    return scored.signals
