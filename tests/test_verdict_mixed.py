"""Mixed reviews: hedging verdict phrases and two-sided opinion pull the score to the middle."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from reception.records import Label
from reception.verdict import score_text
from reception.verdict.judging import ALL_PHRASES, verdict_phrases
from reception.verdict.model import Calibration, Signals, load, shipped
from reception.verdict.patterns import VERDICT_PHRASES
from reception.verdict.reading import read

CURVE = Calibration((1.0, 0.0, 50.0), np.array([0.0, 100.0]), np.array([0.0, 100.0]), 10.0)


def _found(*paragraphs: str) -> set[str]:
    hits = verdict_phrases(read(paragraphs), ALL_PHRASES)
    return {VERDICT_PHRASES[phrase] for _, phrase in hits}


def test_hedges_are_found_and_a_negated_pan_is_not() -> None:
    found = _found("The second half is uneven, and the ending never quite lands.")
    assert {"uneven", "never quite"} <= found
    assert "tedious" in _found("The middle hour is tedious.")
    assert "tedious" not in _found("At two and a half hours it is never tedious.")


def test_a_rating_key_states_no_verdict() -> None:
    assert _found("* * * * = a must see. * = one of the worst.") == set()


def test_the_pull_moves_the_blend_toward_the_centre_by_cue_mass_and_balance() -> None:
    cue = VERDICT_PHRASES.index("uneven")
    pulled = dataclasses.replace(CURVE, cues=(cue,), pull=(1.0, 4.0, 3.0, 50.0))
    cues = np.zeros(len(VERDICT_PHRASES))
    assert float(pulled.raw(Signals(30.0, 0.0, cues, 0.0))) == 80.0  # no hedge, one-sided: no pull
    cues[cue] = 2.0
    hedged = float(pulled.raw(Signals(30.0, 0.0, cues, 0.0)))
    both_sides = float(pulled.raw(Signals(30.0, 0.0, cues, 0.3)))
    assert 50.0 < both_sides < hedged < 80.0
    assert float(pulled.raw(Signals(-30.0, 0.0, cues, 0.0))) > 20.0  # a pan is pulled up as much
    assert float(CURVE.raw(Signals(30.0, 0.0, cues, 0.3))) == 80.0  # a calibration with no pull


def test_the_model_file_keeps_its_phrases_and_pull(tmp_path: Path) -> None:
    model = shipped()
    assert model.calibration.cues, "training chose no mixed-review phrases"
    again = load(model.save(tmp_path))
    assert again.calibration.cues == model.calibration.cues
    assert again.calibration.pull == model.calibration.pull


def test_a_hedged_review_scores_between_a_rave_and_a_pan() -> None:
    rave = score_text(
        "A triumph from first frame to last. The performances are superb, the writing is "
        "sharp and funny, and the final scene is devastating. One of the best films of the year."
    )
    pan = score_text(
        "A tedious, joyless slog. The performances are wooden, the jokes fall flat and the "
        "ending is a mess. One of the worst films of the year."
    )
    hedged = score_text(
        "The opening hour is lively and the lead is terrific. But the film is uneven: the "
        "middle sags, the villain is a cartoon, and the ending never quite comes together. "
        "Good enough for a matinee, hit or miss as a whole."
    )
    assert pan.score < hedged.score < rave.score
    assert rave.label is Label.POSITIVE and pan.label is Label.NEGATIVE
    assert hedged.label is Label.MIXED
