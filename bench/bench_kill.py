"""``kill -9`` during store creation and during ingest: nothing lost, nothing doubled, the
store always opens.

1. Store creation: a process opens a new SQLite store and is killed at a random moment of the
   open (after its imports); the store must then open, complete.
2. Ingest: ``reception ingest`` of ``--copies`` copies of the demo corpus (27: 2,025 review pages,
   batches of 3) is killed at random moments, again and again, then run to the end; after
   every kill the store must open with no page stored twice, and the final store must equal
   an uninterrupted ingest (reviews, films, every film's review count and score). Each run
   resumes where the last stopped, so the kill moments are drawn so that the kills share the
   work between them (each run is killed after ~1/``--kills`` of it on average, some before
   their first commit): every kill lands in an ingest with pages left to store.

Run: ``nice -n 10 uv run python bench/bench_kill.py [--kills 20] [--copies 27]``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reception.store import Store  # noqa: E402

DEMO = REPO / "reception" / "demo" / "corpus"
RECEPTION = str(Path(sys.executable).parent / "reception")
OPENER = (
    "import sys\n"
    "from reception.store import Store\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "Store.open(sys.argv[1]).close()\n"
)


def _kill_group(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """SIGKILL the process and the workers it started (its own session)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _check(db: Path) -> tuple[int, int]:
    """Open the store as a user would; (reviews, pages stored more than once)."""
    store = Store.open(db)
    reviews = store.stats()["reviews"]
    with store.engine.connect() as conn:
        doubled = conn.execute(
            sa.text("SELECT count(*) - count(DISTINCT page_uri) FROM reviews")
        ).scalar_one()
    store.close()
    return reviews, int(doubled)


def kills_during_creation(kills: int, rng: random.Random, workdir: Path) -> None:
    opened = 0
    for n in range(kills):
        path = workdir / f"created-{n}.db"
        opener = subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        assert opener.stdout is not None and opener.stdin is not None
        opener.stdout.readline()
        opener.stdin.write("go\n")
        opener.stdin.flush()
        time.sleep(rng.uniform(0.0, 0.25))  # the open takes ~0.1 s: before, during, after
        _kill_group(opener)
        try:
            reviews, _ = _check(path)
            opened += reviews == 0
        except Exception as error:  # a store that does not open is what this counts
            print(f"  creation kill {n}: the store does not open: {error}")
    print(f"store creation: {kills} kills, store opened afterwards {opened}/{kills} times")


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [RECEPTION, "ingest", str(corpus), "--db", str(db), "--batch-size", "3"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _stored(db: Path) -> int:
    """Reviews committed so far, read without taking part (0 before the store exists)."""
    if not db.exists():
        return 0
    engine = sa.create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM reviews")).scalar_one())
    except sa.exc.OperationalError:  # no schema yet
        return 0
    finally:
        engine.dispose()


def _films(db: Path) -> list[tuple[str, int, float | None]]:
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT film_id, review_count, score FROM films ORDER BY film_id")
        ).all()
    engine.dispose()
    return [(r[0], r[1], None if r[2] is None else round(r[2], 6)) for r in rows]


def _corpus(copies: int, workdir: Path) -> Path:
    """The demo corpus ``copies`` times over, each copy its own reviews: a review is known by
    its canonical address, else by its bytes, so each copy gets hosts of its own and bytes
    of its own (trailing newlines)."""
    corpus = workdir / "corpus"
    for n in range(copies):
        for page in DEMO.rglob("*"):
            if page.is_file() and page.suffix in (".html", ".txt"):
                copy = corpus / f"copy-{n:02d}" / page.relative_to(DEMO)
                copy.parent.mkdir(parents=True, exist_ok=True)
                raw = page.read_bytes().replace(b"://", f"://copy-{n:02d}.".encode())
                copy.write_bytes(raw + b"\n" * (n + 1))
    return corpus


def kills_during_ingest(kills: int, copies: int, rng: random.Random, workdir: Path) -> None:
    corpus = _corpus(copies, workdir)
    reference = workdir / "reference.db"
    started = time.monotonic()
    run = _ingest(corpus, reference)
    first_commit = None
    while run.poll() is None:
        time.sleep(0.2)
        if first_commit is None and _stored(reference):
            first_commit = time.monotonic() - started
    assert run.returncode == 0
    full_run = time.monotonic() - started
    # Kills from just before the first commit (start-up and the first batch), each run getting
    # on average 1/kills of the work after it.
    earliest = max(0.3, (first_commit or 0.3) - 1.0)
    latest = earliest + 2 * (full_run - earliest) / kills
    expected, _ = _check(reference)
    db = workdir / "killed.db"
    worst_doubled, failures_to_open, progress = 0, 0, []
    for n in range(kills):
        run = _ingest(corpus, db)
        time.sleep(rng.uniform(earliest, latest))
        _kill_group(run)
        try:
            reviews, doubled = _check(db)
            worst_doubled = max(worst_doubled, doubled)
            progress.append(reviews)
        except Exception as error:
            failures_to_open += 1
            print(f"  ingest kill {n}: the store does not open: {error}")
    assert _ingest(corpus, db).wait() == 0
    reviews, doubled = _check(db)
    same_films = _films(db) == _films(reference)
    print(
        f"ingest: {kills} kills (uninterrupted run {full_run:.1f} s, first commit at "
        f"{first_commit or 0:.1f} s, {expected} reviews); "
        f"store failed to open {failures_to_open} times; reviews after each kill {progress}; "
        f"pages stored twice at worst {worst_doubled}"
    )
    print(
        f"after the final run: {reviews} reviews (lost {expected - reviews}), "
        f"stored twice {doubled}, films and their scores equal to the uninterrupted run: "
        f"{same_films}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--copies", type=int, default=27, help="of the demo corpus")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="reception-kill-") as folder:
        kills_during_creation(args.kills, rng, Path(folder))
        kills_during_ingest(args.kills, args.copies, rng, Path(folder))


if __name__ == "__main__":
    main()
