"""``reception train`` on a tiny training set of our own writing, shaped as the shared data's
files: every step runs, the progress callback hears each step in order, and the model is
written where ``--out`` says."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reception.cli import app
from reception.verdict.data import SCALEDATA_CRITICS, rt_polarity, rt_polarity_apart
from reception.verdict.train import TRAINING_STEPS, train_model
from tests.conftest import on_a_terminal, screen_text

PRAISE = ("warm", "funny", "moving", "graceful", "sharp", "tender", "bold", "lovely")
SCORN = ("dull", "clumsy", "tedious", "shrill", "limp", "hollow", "muddled", "bland")
THINGS = ("script", "cast", "score", "ending", "camera work", "pacing", "lead", "dialogue")
PLOT = (
    "The story follows a lighthouse keeper who moves to the city after her brother leaves",
    "Years later the two sisters meet again at a wedding on the northern coast of the island",
    "A young clerk takes a night job at the harbour office and learns the ferry schedule",
    "The family drives south for the summer and stays in a rented house near the old mill",
)


# SST's sentences are rt snippets re-tokenized: this snippet holds the dev sentence above,
# the other no SST sentence at all (as an SST test sentence's snippet does here).
SST_DEV_SNIPPET = "it's bright . and loud"
SST_TEST_SNIPPET = "a film of warm surprises"


def _review(n: int, positive: bool) -> str:
    words = PRAISE if positive else SCORN
    opinion = " ".join(
        f"The {THINGS[(n + k) % len(THINGS)]} is {words[(n + 2 * k) % len(words)]}."
        for k in range(3)
    )
    return f"{PLOT[n % len(PLOT)]}. {opinion} {PLOT[(n + 1) % len(PLOT)]}."


def _jsonl_gz(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)


def tiny_training_data(root: Path, count: int = 40) -> Path:
    """Every file ``train_model`` reads, with ``count`` made-up examples each."""
    signs = list(itertools.islice(itertools.cycle((True, False)), count))
    _jsonl_gz(
        root / "imdb" / "train.jsonl.gz",
        [
            {
                "text": _review(n, good),
                "rating": 8 if good else 3,
                "label": "pos" if good else "neg",
            }
            for n, good in enumerate(signs)
        ],
    )
    _jsonl_gz(
        root / "rt-polarity" / "rt-polarity.jsonl.gz",
        [
            {
                "text": f"a {(PRAISE if good else SCORN)[n % 8]} film",
                "label": "pos" if good else "neg",
            }
            for n, good in enumerate(signs)
        ]
        + [{"text": text, "label": "pos"} for text in (SST_DEV_SNIPPET, SST_TEST_SNIPPET)],
    )
    trees = [
        f"({4 if good else 0} (2 a) ({4 if good else 0} "
        f"({4 if good else 0} {(PRAISE if good else SCORN)[n % 8]}) (2 film)))"
        for n, good in enumerate(signs)
    ]
    (root / "sst").mkdir()
    (root / "sst" / "train.txt").write_text("\n".join(trees) + "\n", encoding="utf-8")
    (root / "sst" / "dev.txt").write_text(
        "(3 (2 It) (3 (2 's) (3 (3 bright) (2 .))))\n", encoding="utf-8"
    )
    for critic in SCALEDATA_CRITICS:
        folder = root / "scaledata" / critic
        folder.mkdir(parents=True)
        texts = [_review(n + 3, good) for n, good in enumerate(signs)]
        ratings = [f"{0.8 if good else 0.2 + 0.01 * (n % 5):.2f}" for n, good in enumerate(signs)]
        (folder / f"subj.{critic}").write_text("\n".join(texts) + "\n", encoding="utf-8")
        (folder / f"rating.{critic}").write_text("\n".join(ratings) + "\n", encoding="ascii")
    _jsonl_gz(
        root / "rt-critic-quotes" / "musicals.jsonl.gz",
        [
            {
                "quote": _review(n + 5, good).split(". ", 1)[1],
                "reviewState": "fresh" if good else "rotten",
                "originalScore": "4/5" if good else "1/5",
                "criticName": f"Critic {n % 6}",
                "publicationName": f"Paper {n % 4}",
                "movieId": f"film-{n % 5}",
            }
            for n, good in enumerate(signs)
        ],
    )
    return root


def test_training_snippets_hold_sst_train_sentences_and_no_dev_sentence(tmp_path: Path) -> None:
    data = tiny_training_data(tmp_path / "data")
    kept = [row.text for row in rt_polarity_apart(data)]
    assert SST_DEV_SNIPPET not in kept and SST_TEST_SNIPPET not in kept
    assert len(kept) == len(rt_polarity(data)) - 2


def test_training_tells_its_progress_step_by_step(tmp_path: Path) -> None:
    heard: list[str] = []
    data = tiny_training_data(tmp_path / "data")
    report = train_model(data, tmp_path / "model", on_step=heard.append)
    assert heard == list(TRAINING_STEPS)
    assert report.model_path.is_file()


def test_reception_train_runs_its_bar_to_the_end_and_writes_only_to_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    screen = on_a_terminal(monkeypatch)
    data = tiny_training_data(tmp_path / "data")
    result = CliRunner().invoke(
        app, ["train", "--data", str(data), "--out", str(tmp_path / "model")]
    )
    assert result.exit_code == 0, result.output
    assert [path.parent for path in (tmp_path / "model").iterdir()] == [tmp_path / "model"]
    drawn = screen_text(screen)
    steps = len(TRAINING_STEPS)
    assert "train" in drawn and f"{steps}/{steps}" in drawn, drawn
    assert "steps/s" in drawn, drawn
