"""Several processes on one store: concurrent ingests, concurrent first opens, kills mid-open.

Real processes running the real CLI, on real SQLite files and a throwaway PostgreSQL server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from reception.store import Store
from tests.conftest import DEMO_CORPUS, fresh_postgres_store

RECEPTION = str(Path(sys.executable).parent / "reception")
SITES = sorted(path for path in DEMO_CORPUS.iterdir() if path.is_dir())


def _corpora(writers: int, overlapping: bool) -> list[list[Path]]:
    """Each writer's folders: all sites in a writer-specific order, or a share of them."""
    if overlapping:
        return [SITES[i:] + SITES[:i] for i in range(writers)]
    return [SITES[i::writers] for i in range(writers)]


def _ingest_at_once(db: str, corpora: list[list[Path]]) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "COLUMNS": "200"}
    running = [
        subprocess.Popen(
            [RECEPTION, "ingest", *map(str, folders), "--db", db, "--batch-size", "3"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for folders in corpora
    ]
    finished = []
    for process in running:
        output, _ = process.communicate(timeout=300)
        finished.append(subprocess.CompletedProcess(process.args, process.returncode, output))
    return finished


def _stored_pages(url: str) -> tuple[int, int]:
    """(review rows, distinct page addresses) in the store."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows, pages = conn.execute(
            sa.text("SELECT count(*), count(DISTINCT page_uri) FROM reviews")
        ).one()
    engine.dispose()
    return int(rows), int(pages)


def _expected_pages(folders: list[Path]) -> int:
    """The pages under ``folders`` (each with its truth file beside it, not a page)."""
    return sum(1 for folder in folders for path in folder.rglob("*") if path.suffix != ".json")


@pytest.mark.parametrize(
    ("engine", "writers", "overlapping"),
    [
        ("sqlite", 2, True),
        ("sqlite", 4, False),
        ("postgresql", 2, False),
        ("postgresql", 4, True),
    ],
)
def test_concurrent_ingests_store_every_page_once(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    engine: str,
    writers: int,
    overlapping: bool,
) -> None:
    if engine == "sqlite":
        url = f"sqlite:///{tmp_path / 'shared.db'}"
    else:
        made = fresh_postgres_store(request.getfixturevalue("postgres_url"))
        url = made.url
        made.close()
    corpora = _corpora(writers, overlapping)
    runs = _ingest_at_once(url, corpora)
    for run in runs:
        assert run.returncode == 0, run.stdout
        assert "Traceback" not in run.stdout
    expected = _expected_pages(sorted({folder for folders in corpora for folder in folders}))
    assert _stored_pages(url) == (expected, expected)
    store = Store(url)
    assert store.stats()["reviews"] == expected
    store.close()


_OPEN = (
    "import sys\n"
    "from reception.store import Store\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "Store.open(sys.argv[1]).close()\n"
)
"""Opens a store once told to go on stdin: imports done, processes start the open together."""


def _openers(path: Path, count: int) -> list[subprocess.Popen[str]]:
    """``count`` processes ready to open ``path``, each past its (slow) imports."""
    running = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(count)
    ]
    for process in running:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return running


def _go(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.write("go\n")
    process.stdin.flush()


def test_processes_opening_a_new_store_at_once_create_it_once(tmp_path: Path) -> None:
    for attempt in range(3):
        path = tmp_path / f"new-{attempt}.db"
        running = _openers(path, 4)
        for process in running:
            _go(process)
        for process in running:
            output, _ = process.communicate(timeout=120)
            assert process.returncode == 0, output
        store = Store.open(path)
        assert store.stats()["reviews"] == 0
        store.close()


def test_a_kill_during_first_open_leaves_a_store_that_opens(tmp_path: Path) -> None:
    # Kills at delays spread over the open (about 0.1 s): before, during and after migration.
    for step in range(8):
        path = tmp_path / f"killed-{step}.db"
        (process,) = _openers(path, 1)
        _go(process)
        time.sleep(0.02 * step)
        process.send_signal(signal.SIGKILL)
        process.wait()
        store = Store.open(path)
        assert store.stats()["reviews"] == 0
        store.close()


def test_a_writer_waits_for_another_writers_lock(tmp_path: Path, store: Store) -> None:
    from tests.factories import make_review

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(1.5)\n"
            "db.execute('COMMIT')",
            str(tmp_path / "reception.db"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    results = store.save_reviews([make_review("a.html")])
    waited = time.monotonic() - started
    holder.wait(timeout=30)
    assert [r.outcome for r in results] == ["new"]
    assert waited > 0.5  # it really met the lock, and waited instead of failing
