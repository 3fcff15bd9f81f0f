"""Grades as critics write them: the grades eval over critics' own score strings.

The data (../shared/data/rt-critic-quotes) is not part of the project; without it the floor
test is skipped and the forms test below still runs on strings written here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reception.facts.grades import on_known_scale, parse_grade

ROOT = Path(__file__).resolve().parent.parent


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_grades", ROOT / "eval" / "grades.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_critics_scores_stay_above_their_floors() -> None:
    module = _load_eval()
    if not module.DATA.exists():
        pytest.skip(f"no critics' scores at {module.DATA}")
    floors = json.loads((ROOT / "eval" / "baseline.json").read_text())["grades"]
    figures, _ = module.measure(module.rows())
    assert figures["scores"] > 1000
    for name, floor in floors.items():
        assert figures[name] >= floor, name


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3.5/4", 87.5),
        ("B-", 67.0),
        ("B minus", 67.0),
        ("83/100", 83.0),
        ("4.5/5", 90.0),
        ("2 1/2 stars", 50.0),
        ("8.5788222/10", 85.8),
        ("3 out of 4", 75.0),
        ("Not Recommended", 0.0),
    ],
)
def test_forms_critics_write_are_read(written: str, value: float) -> None:
    grade = parse_grade(written)
    assert grade is not None
    assert grade.value_0_100 == value


def test_a_number_alone_needs_a_known_scale() -> None:
    assert parse_grade("4") is None
    grade = on_known_scale("3.5", 4)
    assert grade is not None and grade.value_0_100 == 87.5
    assert on_known_scale("5", 4) is None  # beyond the scale
