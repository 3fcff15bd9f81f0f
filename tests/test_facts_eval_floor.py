"""The facts eval's fast mode: extracted dev pages checked against eval/baseline.json floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "facts.py"


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_facts", EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_facts_stay_above_their_floors(capsys: pytest.CaptureFixture[str]) -> None:
    floors = json.loads((ROOT / "eval" / "baseline.json").read_text())["facts"]
    assert floors, "baseline.json has no facts floors"
    status = _load_eval().main(["--fast"])
    printed = capsys.readouterr().out
    assert "BELOW FLOOR" not in printed, printed
    assert status == 0


def test_special_features_match_fuzzily_one_to_one() -> None:
    module = _load_eval()
    got = ["Deleted Scenes (HD, 4 min)", "Theatrical trailer", "Theatrical trailer"]
    want = ["Deleted scenes (HD, 4 min.)", "Theatrical Trailer", "Audio commentary"]
    assert module._feature_matches(got, want) == 2
