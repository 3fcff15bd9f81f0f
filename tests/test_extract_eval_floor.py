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


def test_extraction_stays_above_its_floors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    floors = json.loads((ROOT / "eval" / "baseline.json").read_text())["extraction"]
    assert floors, "baseline.json has no extraction floors"
    module = _load_eval()
    figures = tmp_path / "figures.json"
    status = module.main(["--fast", "--json", str(figures)])  # type: ignore[attr-defined]
    printed = capsys.readouterr().out
    assert "BELOW FLOOR" not in printed, printed
    assert status == 0
    measured = json.loads(figures.read_text())
    if module.WEB_PAGES.is_dir():  # type: ignore[attr-defined]
        # the real pages' floors were checked, not skipped for want of a figure
        assert set(floors["web_pages_fast"]) <= {
            *measured["web_pages_fast"]["reception"],
            *(k + "_max" for k in measured["web_pages_fast"]["reception"]),
        }


def test_token_metric_counts_repeated_words() -> None:
    module = _load_eval()
    precision, recall, f1 = module.token_scores("a a b", "a b c d")  # type: ignore[attr-defined]
    assert (precision, recall) == (2 / 3, 2 / 4)
    assert f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_sentence_shares_find_whole_sentences_only() -> None:
    module = _load_eval()
    truth = {"with": ["The main point, stated.", "Not here"], "without": ["Sign up now"]}
    found, kept = module.sentence_shares("the main point stated and more", truth)  # type: ignore[attr-defined]
    assert (found, kept) == (0.5, 0.0)


def test_shingle_metric_scores_partial_overlap() -> None:
    module = _load_eval()
    truth = "one two three four five six"
    precision, recall, f1 = module.body_scores("one two three four five", truth)  # type: ignore[attr-defined]
    assert (precision, recall) == (1.0, 2 / 3)
    assert f1 == pytest.approx(0.8)


def test_header_fields_match_as_text_or_as_a_day() -> None:
    module = _load_eval()
    hit = module.header_hit  # type: ignore[attr-defined]
    assert hit("headline", "Here’s  How", "here's how")
    assert hit("date_published", "2025-09-04T10:00:00+00:00", "2025-09-04")
    assert hit("critic", None, None)  # no author named, none invented
    assert not hit("critic", "Ana Ruiz", None)
    assert not hit("date_published", "2025-09-05", "2025-09-04")
