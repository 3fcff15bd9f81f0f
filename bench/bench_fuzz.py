"""Fuzz ``review_page`` with mutated demo and real pages under ingest's per-page budget.

Seed pages: the demo corpus, and the real pages of ../shared/data/web-pages (read in place at
run time, never copied), half of the inputs each. Input ``n`` is reproduced by
``tests.fuzzing.mutated_page(n, pages)`` with the same seed pages. Each input goes through
the guarded reviewer ``reception ingest`` uses (:class:`GuardedReviewer`: a warm child that
runs ``review_page`` and is killed once a page spends its budget of CPU seconds), so the
times are the child's CPU seconds per page (what the budget counts, undistorted by load)
beside wall seconds. An uncaught exception is an ``error`` failure (the child caught what
``review_page`` raised other than its typed ``PageError``) or a ``crash`` (the child died).

Inputs are run in chunks over ``--workers`` processes, each with its own guarded child.
Run it niced, with a log:

    nice -n 10 uv run python bench/bench_fuzz.py --inputs 100000 --workers 2 \\
        --record fuzz.tsv > fuzz.log

It stops at ``--inputs`` or ``--minutes``, whichever comes first, prints progress as it goes
and at the end: inputs run, the uncaught exceptions (input numbers and errors), outcomes by
kind, p50 / p99 / max CPU and wall seconds per page, and the pages stopped at their budget
with the longest it took to stop one. ``--record`` writes one line per input (number, seed
set, outcome, CPU s, wall s).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reception.ingest.guard import DEFAULT_PAGE_TIMEOUT, GuardedReviewer  # noqa: E402
from reception.records import Review  # noqa: E402
from tests.fuzzing import mutated_page  # noqa: E402

DEMO = REPO / "reception" / "demo" / "corpus"
REAL = REPO.parent / "shared" / "data" / "web-pages" / "html"
CHUNK = 50
"""Inputs per task: small enough to stop soon after ``--minutes``, large enough to cost
nothing in scheduling."""

Seeds = list[tuple[str, bytes]]


@dataclass(frozen=True)
class Outcome:
    n: int
    kind: str  # "review" or the failure's kind
    cpu_s: float
    wall_s: float
    detail: str  # the error, for uncaught exceptions

    @property
    def seed_set(self) -> str:
        return "real" if self.n % 2 else "demo"


def seed_pages(real_folder: Path) -> tuple[Seeds, Seeds]:
    demo = [
        (p.name, p.read_bytes()) for p in sorted(DEMO.rglob("*")) if p.suffix in (".html", ".txt")
    ]
    real = [(p.name, gzip.decompress(p.read_bytes())) for p in sorted(real_folder.glob("*.gz"))]
    return demo, real


_DEMO: Seeds = []
_REAL: Seeds = []
_REVIEWER: GuardedReviewer | None = None


def _start_worker(real_folder: Path, budget: float) -> None:
    global _REVIEWER
    demo, real = seed_pages(real_folder)
    _DEMO.extend(demo)
    _REAL.extend(real)
    _REVIEWER = GuardedReviewer(budget)


def _run_chunk(first: int, last: int) -> list[Outcome]:
    assert _REVIEWER is not None
    outcomes = []
    for n in range(first, last):
        page = mutated_page(n, _REAL if (n % 2 and _REAL) else _DEMO)
        result = _REVIEWER(page, None)
        kind = "review" if isinstance(result, Review) else result.kind
        detail = (
            "" if isinstance(result, Review) or kind not in ("error", "crash") else result.reason
        )
        outcomes.append(
            Outcome(
                n,
                kind,
                _REVIEWER.last_page_cpu_seconds,
                _REVIEWER.last_page_wall_seconds,
                detail[:300],
            )
        )
    return outcomes


def _chunks(inputs: int) -> Iterator[tuple[int, int]]:
    for first in range(0, inputs, CHUNK):
        yield first, min(inputs, first + CHUNK)


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    if not ordered:
        return "none"
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {p50:.3f}, p99 {p99:.3f}, max {ordered[-1]:.3f}"


class Tally:
    """Outcomes so far: the figures the bench reports, printable at any point."""

    def __init__(self, budget: float, record: IO[str] | None) -> None:
        self.budget = budget
        self.record = record
        self.kinds: Counter[str] = Counter()
        self.cpu: list[float] = []
        self.wall: list[float] = []
        self.stopped_wall: list[float] = []  # pages stopped at the budget: wall s to stop them
        self.uncaught: list[Outcome] = []

    def add(self, outcome: Outcome) -> None:
        self.kinds[outcome.kind] += 1
        if outcome.kind == "timeout":
            self.stopped_wall.append(outcome.wall_s)
        else:
            self.cpu.append(outcome.cpu_s)
            self.wall.append(outcome.wall_s)
        if outcome.kind in ("error", "crash"):
            self.uncaught.append(outcome)
        if self.record is not None:
            self.record.write(
                f"{outcome.n}\t{outcome.seed_set}\t{outcome.kind}\t"
                f"{outcome.cpu_s:.3f}\t{outcome.wall_s:.3f}\t{outcome.detail}\n"
            )

    @property
    def count(self) -> int:
        return sum(self.kinds.values())

    def summary(self) -> dict[str, object]:
        over = sum(1 for cpu in self.cpu if cpu > self.budget)
        return {
            "inputs_run": self.count,
            "uncaught_exceptions": len(self.uncaught),
            "outcomes": dict(self.kinds.most_common()),
            "cpu_s_per_finished_page": percentiles(self.cpu),
            "wall_s_per_finished_page": percentiles(self.wall),
            "finished_over_budget": over,
            "stopped_at_budget": len(self.stopped_wall),
            "wall_s_to_stop_one": percentiles(self.stopped_wall),
            "budget_cpu_s": self.budget,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=float("inf"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--budget", type=float, default=DEFAULT_PAGE_TIMEOUT, help="CPU s/page")
    parser.add_argument("--real", type=Path, default=REAL, help="folder of real .html.gz pages")
    parser.add_argument("--record", type=Path, help="write one line per input here (TSV)")
    parser.add_argument("--every", type=int, default=2_000, help="print figures every N inputs")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    demo, real = seed_pages(args.real)
    print(
        f"seed pages: {len(demo)} demo, {len(real)} real; {args.inputs} inputs over "
        f"{args.workers} workers, budget {args.budget:g} CPU s/page; code {commit or REPO}",
        flush=True,
    )
    del demo, real
    record = args.record.open("w", encoding="utf-8") if args.record else None
    tally = Tally(args.budget, record)
    deadline = time.monotonic() + args.minutes * 60
    began = time.monotonic()
    chunks = _chunks(args.inputs)
    shown = 0
    with ProcessPoolExecutor(
        args.workers, initializer=_start_worker, initargs=(args.real, args.budget)
    ) as pool:
        running: set[Future[list[Outcome]]] = set()
        while True:
            while len(running) < 2 * args.workers and time.monotonic() < deadline:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                running.add(pool.submit(_run_chunk, *chunk))
            if not running:
                break
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                for outcome in future.result():
                    tally.add(outcome)
                    if outcome.kind in ("error", "crash"):
                        print(f"UNCAUGHT input {outcome.n}: {outcome.detail}", flush=True)
            if tally.count - shown >= args.every:
                shown = tally.count
                minutes = (time.monotonic() - began) / 60
                print(f"[{minutes:.1f} min] {json.dumps(tally.summary())}", flush=True)
    if record is not None:
        record.close()
    print(f"wall minutes: {(time.monotonic() - began) / 60:.1f}")
    for outcome in tally.uncaught[:50]:
        print(f"  input {outcome.n} ({outcome.seed_set}): {outcome.kind}: {outcome.detail}")
    print(json.dumps(tally.summary(), indent=1))


if __name__ == "__main__":
    main()
