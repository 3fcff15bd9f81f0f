"""The verdict eval's fast mode: a small subset checked against eval/baseline.json floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "verdict.py"


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_verdict", EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_verdict_stays_above_its_floors(capsys: pytest.CaptureFixture[str]) -> None:
    evaluation = _load_eval()
    if not evaluation.DATA.is_dir():
        pytest.skip("the shared training data is not on this machine")
    floors = json.loads((ROOT / "eval" / "baseline.json").read_text())["verdict"]
    assert floors["fast"], "baseline.json has no verdict floors"
    status = evaluation.main(["--fast"])
    printed = capsys.readouterr().out
    assert "BELOW FLOOR" not in printed, printed
    assert status == 0


def test_floor_check_flags_a_low_metric_and_a_high_maximum() -> None:
    module = _load_eval()
    results = {"scaledata": {"r": 0.5, "mae": 12.0}}
    assert module.check_floors(results, {"scaledata": {"r": 0.7, "mae_max": 10.0}}) == 2
    assert module.check_floors(results, {"scaledata": {"r": 0.4, "mae_max": 13.0}}) == 0
