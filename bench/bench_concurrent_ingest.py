"""Two and four ``reception ingest`` runs at once on one store, SQLite and PostgreSQL.

The corpus: the demo corpus's sites and the first ``--real`` pages of
../shared/data/web-pages (read in place). Overlapping runs each ingest all of it (in
different orders); distinct runs split it. Every run must exit 0, and the store must then
hold exactly the reviews one uninterrupted ingest stores, no page twice. PostgreSQL runs on
a throwaway server of our own (as the tests do).

Run: ``nice -n 10 uv run python bench/bench_concurrent_ingest.py [--real 60] [--no-postgres]``.
"""

from __future__ import annotations

import argparse
import itertools
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import postgres_server  # noqa: E402

DEMO = REPO / "reception" / "demo" / "corpus"
REAL = REPO.parent / "shared" / "data" / "web-pages" / "html"
RECEPTION = str(Path(sys.executable).parent / "reception")


def _groups(real: int) -> list[list[str]]:
    """The corpus as units a writer takes whole: demo sites, and real pages in fives."""
    demo = [str(p) for p in sorted(DEMO.iterdir()) if p.is_dir()]
    pages = [str(p) for p in sorted(REAL.glob("*.gz"))[:real]]
    return [[d] for d in demo] + [pages[i : i + 5] for i in range(0, len(pages), 5)]


def _flat(groups: list[list[str]]) -> list[str]:
    return list(itertools.chain.from_iterable(groups))


def _plan(groups: list[list[str]], writers: int, overlapping: bool) -> list[list[str]]:
    if overlapping:
        return [_flat(groups[i:] + groups[:i]) for i in range(writers)]
    return [_flat(groups[i::writers]) for i in range(writers)]


def _run_at_once(url: str, plan: list[list[str]]) -> tuple[list[int], float]:
    started = time.monotonic()
    runs = [
        subprocess.Popen(
            # no per-page budget: on a busy machine a slow page would fail as a timeout in one
            # run and not in another, which is not what this counts
            [RECEPTION, "ingest", *paths, "--db", url, "--batch-size", "5", "--page-timeout", "0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in plan
    ]
    codes = []
    for run in runs:
        _, errors = run.communicate()
        codes.append(run.returncode)
        if run.returncode:
            print("   " + errors[-500:])
    return codes, time.monotonic() - started


def _counts(url: str) -> tuple[int, int]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows, pages = conn.execute(
            sa.text("SELECT count(*), count(DISTINCT page_uri) FROM reviews")
        ).one()
    engine.dispose()
    return int(rows), int(pages)


def _new_postgres_database(server: str) -> str:
    name = "bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=int, default=60, help="real pages in the corpus")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    groups = _groups(args.real)
    with tempfile.TemporaryDirectory(prefix="reception-concurrent-") as folder:
        reference = f"sqlite:///{Path(folder) / 'reference.db'}"
        _run_at_once(reference, [_flat(groups)])
        expected, _ = _counts(reference)
        print(f"corpus: {sum(len(g) for g in groups)} paths, one ingest stores {expected} reviews")
        engines = ["sqlite"] if args.no_postgres else ["sqlite", "postgresql"]
        with postgres_server() if not args.no_postgres else tempfile.TemporaryDirectory() as pg:
            for engine in engines:
                for writers in (2, 4):
                    for overlapping in (True, False):
                        if engine == "sqlite":
                            url = f"sqlite:///{Path(folder) / f'{writers}-{overlapping}.db'}"
                        else:
                            url = _new_postgres_database(pg)
                        codes, seconds = _run_at_once(url, _plan(groups, writers, overlapping))
                        rows, pages = _counts(url)
                        verdict = "ok" if rows == pages == expected and not any(codes) else "FAIL"
                        print(
                            f"{engine:10} {writers} writers {'overlapping' if overlapping else 'distinct':11}"
                            f" exit codes {codes} reviews {rows} distinct pages {pages}"
                            f" (expected {expected}) {seconds:.0f} s  {verdict}",
                            flush=True,
                        )


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so the PostgreSQL server is stopped
    main()
