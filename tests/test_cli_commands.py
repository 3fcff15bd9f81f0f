"""The command line, driven as a user would, over the bundled demo corpus."""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reception.cli import app
from tests.conftest import DEMO_CORPUS, on_a_terminal, screen_text

EXPORT_KEYS = {
    "id",
    "source",
    "headline",
    "dek",
    "critic",
    "publication",
    "date_published",
    "body",
    "film",
    "home_video",
    "grade",
    "verdict",
    "language",
}
FILM_KEYS = {
    "title",
    "year",
    "directors",
    "cast",
    "distributor",
    "mpaa_rating",
    "runtime_minutes",
    "release_date",
    "film_id",
}
runner = CliRunner()


def demo_pages() -> list[Path]:
    return sorted(p for p in DEMO_CORPUS.rglob("*") if p.suffix in (".html", ".txt"))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.db"
    result = runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_every_command_has_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "extract", "export", "stats", "serve", "demo", "verdict", "train"):
        assert command in result.output
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0, command
        assert "Usage" in sub.output


def stats(db: Path) -> dict[str, int]:
    result = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    counts: dict[str, int] = json.loads(result.stdout)
    return counts


def test_demo_corpus_ingests_every_page(demo_db: Path) -> None:
    assert stats(demo_db)["reviews"] == len(demo_pages()) >= 36


def test_ingesting_twice_leaves_the_review_count_unchanged(demo_db: Path) -> None:
    before = stats(demo_db)
    again = runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--db", str(demo_db)])
    assert again.exit_code == 0, again.output
    assert stats(demo_db) == before
    exported = runner.invoke(app, ["export", "--db", str(demo_db)])
    lines = [line for line in exported.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(demo_pages())


def test_export_records_have_every_documented_key(demo_db: Path) -> None:
    exported = runner.invoke(app, ["export", "--db", str(demo_db), "--format", "jsonl"])
    assert exported.exit_code == 0
    records = [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]
    for record in records:
        assert set(record) >= EXPORT_KEYS
        assert set(record["film"]) >= FILM_KEYS
        assert {"score", "label", "pull_quote", "evidence"} <= set(record["verdict"])
        assert 0 <= record["verdict"]["score"] <= 100
        assert record["film"]["film_id"]
    graded = [r for r in records if r["grade"]]
    assert graded and all(0 <= r["grade"]["value_0_100"] <= 100 for r in graded)


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    good = demo_pages()[0]
    shutil.copy(good, pages / good.name)
    (pages / "empty.html").write_bytes(b"")
    (pages / "binary.html").write_bytes(bytes(range(256)) * 100)
    (pages / "cut.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    result = runner.invoke(app, ["ingest", str(pages), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 0, result.output
    for name, kind in (
        ("empty.html", "empty"),
        ("binary.html", "binary"),
        ("cut.html.gz", "corrupt"),
    ):
        assert any(name in line and kind in line for line in result.output.splitlines()), name
    assert stats(tmp_path / "r.db")["reviews"] == 1


def test_ingest_starts_up_without_collection_and_collects_from_its_first_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up (imports, store, model) runs with cyclic collection off; it is on from the
    first page read, and the command's end leaves it as the caller had it, nothing frozen."""
    from reception.ingest import batch

    states: list[bool] = []
    ingest_items = batch.ingest_items

    def watched(store: object, items: object, **options: Any) -> Any:
        on_page = options["on_page"]

        def watching(uri: str) -> None:
            on_page(uri)
            states.append(gc.isenabled())

        states.append(gc.isenabled())
        return ingest_items(store, items, **{**options, "on_page": watching})

    monkeypatch.setattr(batch, "ingest_items", watched)
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in demo_pages()[:2]:
        shutil.copy(page, pages / page.name)
    args = ["ingest", str(pages), "--db", str(tmp_path / "r.db"), "--page-timeout", "0"]
    assert runner.invoke(app, args).exit_code == 0
    assert states == [False, True, True]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and gc.isenabled()
    gc.disable()
    try:
        assert runner.invoke(app, args).exit_code == 0
        assert states[-3:] == [False, False, False]
    finally:
        gc.enable()


def test_the_console_command_closes_its_store_before_it_exits(tmp_path: Path) -> None:
    """``run`` freezes what is alive at exit so that teardown's collections pass it by; the
    command has closed its store before then, so SQLite leaves no write-ahead log beside the
    file."""
    db = tmp_path / "r.db"
    command = [sys.executable, "-c", "from reception.cli import run; run()", "ingest"]
    options = ["--db", str(db), "--page-timeout", "0"]
    subprocess.run([*command, str(demo_pages()[0]), *options], check=True, capture_output=True)
    assert not Path(f"{db}-wal").exists()
    assert stats(db)["reviews"] == 1


def test_extract_prints_records_without_a_store(tmp_path: Path) -> None:
    page = demo_pages()[0]
    result = runner.invoke(app, ["extract", str(page), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) >= EXPORT_KEYS
    truth = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["headline"] == truth["headline"]
    assert not list(tmp_path.iterdir())


def test_verdict_reads_plain_lines_and_json_lines(tmp_path: Path) -> None:
    text = "A dazzling, generous film, the best of the year.\nA dreary, tedious mess.\n"
    result = runner.invoke(app, ["verdict", "--lines", "-"], input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["label"] for r in rows] == ["positive", "negative"]
    assert {"score", "label", "fresh", "confidence", "pull_quote", "evidence"} <= set(rows[0])
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": "A dreary, tedious mess."}) + "\n")
    result = runner.invoke(app, ["verdict", str(source)])
    assert json.loads(result.stdout)["fresh"] is False


def test_demo_builds_a_fresh_store(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    for _ in range(2):
        result = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
        assert result.exit_code == 0, result.output
    assert stats(db)["reviews"] == len(demo_pages())


def test_demo_never_removes_a_file_it_did_not_make(tmp_path: Path, demo_db: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a store")
    refused = runner.invoke(app, ["demo", "--db", str(notes), "--no-serve"])
    assert refused.exit_code == 1
    assert notes.read_text() == "my notes, not a store"
    other_store = tmp_path / "mine.db"
    for suffix in ("", "-wal"):  # a store ingest built: not demo's to remove either
        if Path(f"{demo_db}{suffix}").exists():
            shutil.copy(f"{demo_db}{suffix}", f"{other_store}{suffix}")
    assert runner.invoke(app, ["demo", "--db", str(other_store), "--no-serve"]).exit_code == 1
    assert stats(other_store) == stats(demo_db)


def test_demo_rebuilds_its_own_store_and_overwrites_when_forced(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert again.exit_code == 0, again.output
    assert stats(db)["reviews"] == len(demo_pages())
    other = tmp_path / "other.txt"
    other.write_text("scratch")
    forced = runner.invoke(app, ["demo", "--db", str(other), "--no-serve", "--force"])
    assert forced.exit_code == 0, forced.output
    assert stats(other)["reviews"] == len(demo_pages())


def test_version_and_refused_options_are_one_line_answers(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("reception ")
    missing = runner.invoke(
        app, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "r.db")]
    )
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.output and "Traceback" not in missing.output
    zero = runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--batch-size", "0"])
    assert zero.exit_code == 2
    bad_db = runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--db", "nosuchdriver://x/y"])
    assert bad_db.exit_code == 2
    assert "cannot open the store" in bad_db.output and "Traceback" not in bad_db.output


def test_train_never_writes_the_shipped_model_by_default(tmp_path: Path) -> None:
    from reception.cli import user_model_dir
    from reception.verdict.model import MODEL_DIR

    assert user_model_dir().resolve() != MODEL_DIR.resolve()
    missing = runner.invoke(app, ["train", "--data", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "no such data folder" in missing.output


def test_extract_and_relink_show_progress_with_count_and_time_left(
    monkeypatch: pytest.MonkeyPatch, demo_db: Path, tmp_path: Path
) -> None:
    screen = on_a_terminal(monkeypatch)
    folder = DEMO_CORPUS / "kinetoscope-weekly"
    pages = len(list(folder.glob("*.txt")))
    result = runner.invoke(app, ["extract", str(folder), "--page-timeout", "0"])
    assert result.exit_code == 0, result.output
    drawn = screen_text(screen)
    assert "extract" in drawn and f"{pages}/{pages}" in drawn, drawn
    store = tmp_path / "copy.db"
    with closing(sqlite3.connect(demo_db)) as source, closing(sqlite3.connect(store)) as copy:
        source.backup(copy)
    films = stats(store)["films"]
    result = runner.invoke(app, ["relink", "--db", str(store)])
    assert result.exit_code == 0, result.output
    drawn = screen_text(screen)
    assert "relink" in drawn and f"{films}/{films}" in drawn and "linking reviews" in drawn
