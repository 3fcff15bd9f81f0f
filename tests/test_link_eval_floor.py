"""The linking eval's fast mode, checked against the floors in eval/baseline.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "linking.py"


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_linking", EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_linking_stays_above_its_floors(capsys: pytest.CaptureFixture[str]) -> None:
    floors = json.loads((ROOT / "eval" / "baseline.json").read_text())["linking"]
    assert {"truth", "pages", "hard"} <= set(floors)
    status = _load_eval().main(["--fast"])
    printed = capsys.readouterr().out
    assert "BELOW FLOOR" not in printed, printed
    assert status == 0


def test_pairwise_scores_count_false_merges_and_missed_pairs() -> None:
    module = _load_eval()
    samples = [
        module.Sample(name, truth, module._review(name, module.FilmFacts(title="X")))
        for name, truth in (("a", "x"), ("b", "x"), ("c", "y"))
    ]
    merged_all = module.pairwise(samples, {"a": "f", "b": "f", "c": "f"}, stable=True)
    assert (merged_all.precision, merged_all.recall) == (pytest.approx(1 / 3), 1.0)
    all_apart = module.pairwise(samples, {"a": "f", "b": None, "c": "g"}, stable=True)
    assert (all_apart.precision, all_apart.recall) == (1.0, 0.0)
