"""The extraction eval's fast mode: reception alone, checked against eval/baseline.json floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "extraction.py"


def _load_eval() -> object:
    spec = importlib.util.spec_from_file_location("eval_extraction", EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_extraction_stays_above_its_floors(capsys: pytest.CaptureFixture[str]) -> None:
    floors = json.loads((ROOT / "eval" / "baseline.json").read_text())["extraction"]
    assert floors, "baseline.json has no extraction floors"
    module = _load_eval()
    status = module.main(["--fast"])  # type: ignore[attr-defined]
    printed = capsys.readouterr().out
    assert "BELOW FLOOR" not in printed, printed
    assert status == 0


def test_shingle_metric_scores_partial_overlap() -> None:
    module = _load_eval()
    truth = "one two three four five six"
    precision, recall, f1 = module.body_scores("one two three four five", truth)  # type: ignore[attr-defined]
    assert (precision, recall) == (1.0, 2 / 3)
    assert f1 == pytest.approx(0.8)
