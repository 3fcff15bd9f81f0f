"""End-to-end ingest throughput and the cost model's inputs.

Each measurement ingests into a fresh SQLite store in a temporary folder:

1. **In-process** ingest of the real pages in ``../shared/data/web-pages/html`` (read, extract,
   facts, verdict, store) through the same driver ``reception ingest`` runs, with the default
   per-page budget (pages reviewed in a guarded child process) and without it (``--page-timeout
   0``): pages/s of wall time, CPU seconds per page (this process and its children), and the
   store's bytes per page. Most of these pages are not reviews: the driver refuses them after
   extraction, so facts, verdict and store run on few of them.
   The process is warmed first (a few demo pages ingested, timed as its start-up: imports
   and models), so these are the steady per-page costs a long run pays; the 5 s budget's
   child is started by its run, so its start-up is in that run's figure.
2. The same for **our demo reviews** (every one a review, so every stage runs on every page).
3. **Per stage** CPU per page (read, extract, facts, verdict, store write) on both sets, timed
   stage by stage in this process as the pipeline runs them (a refused page stops after
   extraction), with the share of pages that reached facts.
4. A **WARC** of ``--warc-pages`` reviews the bench writes from our demo HTML pages, each copy
   under its own address (its canonical URL rewritten to it, and a comment making its content
   distinct, so none is skipped as unchanged or merged with another), ingested in-process and
   on a Dask LocalCluster of 1 and 2 workers.

5. **Start-up**: the CPU of whole ``reception`` commands in fresh processes (``--help``,
   ``stats`` on a store, ``ingest`` of one page with and without the page budget, ``ingest``
   of that page again, stored and unchanged), and of the page budget's reviewer child alone
   (started, warmed, one small page): the 5 s budget run's figure includes it once, so its
   per-page cost in a long run is also printed without it. Without
   compiled bytecode (``PYTHONDONTWRITEBYTECODE`` set and an install not compiled, as ``uv
   sync`` leaves it by default; ``make setup`` compiles it) every import compiles its sources
   first: the bench says which.

    uv run python bench/bench_ingest.py [--pages 1000] [--warc-pages 10000] [--skip-dask]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402

from reception.extract import extract_article, has_readable_text  # noqa: E402
from reception.facts import read_facts  # noqa: E402
from reception.ingest.batch import ingest_items  # noqa: E402
from reception.ingest.guard import DEFAULT_PAGE_TIMEOUT, GuardedReviewer  # noqa: E402
from reception.ingest.sources import Reader, SourceOptions  # noqa: E402
from reception.pipeline import reviewed  # noqa: E402
from reception.records import Page, PageError, Review  # noqa: E402
from reception.store import Store  # noqa: E402
from reception.verdict import judge  # noqa: E402
from tests.warcfiles import write_warc  # noqa: E402

WEB_PAGES = ROOT.parent / "shared" / "data" / "web-pages" / "html"
DEMO_CORPUS = ROOT / "reception" / "demo" / "corpus"


def cpu_seconds() -> float:
    """CPU of this process and of its finished children (the guarded reviewer is one)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def real_pages(limit: int) -> list[Path]:
    return sorted(WEB_PAGES.glob("*.html.gz"))[:limit]


def measure(
    name: str, pages: int, run: Callable[[], dict[str, int]], db: Path
) -> dict[str, object]:
    start_wall, start_cpu = time.perf_counter(), cpu_seconds()
    counts = run()
    wall, cpu = time.perf_counter() - start_wall, cpu_seconds() - start_cpu
    with Store.open(db) as store:  # closed before the files are measured: no -wal, no -shm
        stored = store.stats()["reviews"]
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    row = {
        "run": name,
        "pages": pages,
        "stored": stored,
        "counts": counts,
        "wall_s": round(wall, 1),
        "pages_per_s": round(pages / wall, 1),
        "cpu_ms_per_page": round(1000 * cpu / pages, 1),
        "store_bytes_per_review": round(size / stored) if stored else None,
    }
    print(json.dumps(row), flush=True)
    return row


def in_process(folder: Path, db: Path, page_timeout: float | None) -> dict[str, int]:
    store = Store.open(db)
    items = Reader(SourceOptions()).read(str(folder))
    summary = ingest_items(store, items, page_timeout=page_timeout)
    store.close()
    return dict(summary.counts)


def on_dask(source: Path, db: Path, workers: int) -> dict[str, int]:
    from reception.scale import ingest_on_dask

    store = Store.open(db)
    summary = ingest_on_dask(store, [source], "local", workers=workers)
    store.close()
    return dict(summary.counts)


def command_cpu(args: list[str]) -> float:
    """CPU seconds of one ``reception`` command in a fresh process (and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [str(Path(sys.executable).with_name("reception")), *args]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def bytecode_state() -> str:
    """Whether a command finds the installed packages' bytecode, or compiles their sources."""
    compiled = Path(importlib.util.cache_from_source(sqlalchemy.__file__)).exists()
    installed = "install compiled" if compiled else "install not compiled"
    writes = "PYTHONDONTWRITEBYTECODE" if sys.dont_write_bytecode else "writes bytecode"
    return f"{installed}, {writes}"


def reviewer_child_cpu() -> float:
    """CPU seconds of the page budget's reviewer child: started, warmed, one small page."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with GuardedReviewer(DEFAULT_PAGE_TIMEOUT) as review:
        review(Page("bench:small", b"<html><body><p>A short page.</p></body></html>"), None)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def start_up(work: Path) -> float:
    """Whole commands' CPU (what a user waits for before the first page), then this process
    warmed as a long run is (imports, models), so the figures after it are per page; returns
    the reviewer child's start-up CPU."""
    page = work / "one"
    page.mkdir()
    first = sorted(DEMO_CORPUS.rglob("*.html"))[0]
    (page / first.name).write_bytes(first.read_bytes())
    db = work / "start-up.db"
    commands = {
        "reception --help": ["--help"],
        "reception ingest <1 page> --page-timeout 0": [
            "ingest",
            str(page),
            "--db",
            str(db),
            "--page-timeout",
            "0",
        ],
        "reception stats --db <store>": ["stats", "--db", str(db)],
        "reception ingest <the same page, stored unchanged>": [
            "ingest",
            str(page),
            "--db",
            str(db),
        ],
        "reception ingest <1 page> (5 s budget: a child)": [
            "ingest",
            str(page),
            "--db",
            str(work / "start-up-2.db"),
        ],
    }
    cpu = {name: round(command_cpu(args), 2) for name, args in commands.items()}
    print(json.dumps({"start-up cpu_s": cpu, "bytecode": bytecode_state()}), flush=True)
    child = min(reviewer_child_cpu() for _ in range(3))
    print(json.dumps({"page reviewer child start-up cpu_s (min of 3)": round(child, 2)}))
    began = cpu_seconds()
    in_process(DEMO_CORPUS / sorted(p.name for p in DEMO_CORPUS.iterdir())[0], work / "w.db", None)
    print(json.dumps({"this process warmed, cpu_s": round(cpu_seconds() - began, 2)}), flush=True)
    return child


def stage_costs(paths: list[Path], db: Path) -> dict[str, float]:
    """CPU ms per page per stage as the pipeline runs them (one core): a page the review
    detector refuses, or with no readable body, stops after extraction."""
    spent = {"read": 0.0, "extract": 0.0, "facts": 0.0, "verdict": 0.0, "store": 0.0}
    reviews: list[Review] = []
    for path in paths:
        began = time.process_time()
        raw = path.read_bytes()
        page = Page(
            uri=str(path),
            raw=gzip.decompress(raw) if path.name.endswith(".gz") else raw,
            content_type="text/html" if ".htm" in path.name else "text/plain",
        )
        spent["read"] += time.process_time() - began
        try:
            began = time.process_time()
            article = extract_article(page, reviews_only=True)  # as review_page reads
            spent["extract"] += time.process_time() - began
            check = article.review_check
            if not has_readable_text(article.body) or (check is not None and not check.is_review):
                continue
            began = time.process_time()
            facts = read_facts(article)
            spent["facts"] += time.process_time() - began
            began = time.process_time()
            verdict = judge(article, facts.grade)
            spent["verdict"] += time.process_time() - began
        except PageError:
            continue
        reviews.append(reviewed(page, article, facts, verdict))
    with Store.open(db) as store:  # opened (its schema made) outside the timed saves, as before
        began = time.process_time()
        for start in range(0, len(reviews), 100):
            store.save_reviews(reviews[start : start + 100])
        spent["store"] += time.process_time() - began
    costs = {stage: round(1000 * seconds / len(paths), 2) for stage, seconds in spent.items()}
    return {**costs, "reviews_share": round(len(reviews) / len(paths), 3)}


_PAGE_ADDRESS = re.compile(rb"<link[^>]*canonical[^>]*>|<meta[^>]*og:url[^>]*>")
_URL = re.compile(rb"https?://[^'\"]+")


def readdressed(body: bytes, uri: str) -> bytes:
    """The page with its canonical and og:url addresses set to ``uri``."""
    return _PAGE_ADDRESS.sub(lambda tag: _URL.sub(uri.encode(), tag.group(0)), body)


def write_bench_warc(paths: list[Path], count: int, target: Path) -> Path:
    """``count`` reviews from our demo pages, each copy its own review (address and content)."""
    bodies = [path.read_bytes() for path in paths]

    def records() -> Iterator[tuple[str, bytes, str]]:
        for n in range(count):
            uri = f"https://bench.example/{n // len(bodies)}/{paths[n % len(bodies)].name}"
            body = readdressed(bodies[n % len(bodies)], uri)
            yield uri, body + f"\n<!-- bench copy {n} -->\n".encode(), "text/html"

    return write_warc(target, records())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="real pages to ingest")
    parser.add_argument("--warc-pages", type=int, default=10_000)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-warc", action="store_true")
    args = parser.parse_args()
    paths = real_pages(args.pages)
    print(f"cores: {os.cpu_count()}, real pages: {len(paths)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="reception-bench-") as scratch:
        work = Path(scratch)
        folder = work / "pages"
        folder.mkdir()
        for path in paths:
            (folder / path.name).write_bytes(path.read_bytes())
        child = start_up(work)
        for timeout, label in (
            (None, "in-process, no page budget"),
            (5.0, "in-process, 5 s budget"),
        ):
            db = work / f"{label[:20].replace(' ', '_')}.db"
            run = partial(in_process, folder, db, timeout)
            row = measure(f"real pages, {label}", len(paths), run, db)
        budget_cpu = row["cpu_ms_per_page"]
        assert isinstance(budget_cpu, float)
        steady = budget_cpu - 1000 * child / len(paths)
        print(
            json.dumps({"5 s budget, cpu_ms_per_page less its child's start-up": round(steady, 1)})
        )
        costs = stage_costs(paths, work / "stages.db")
        print(json.dumps({"real pages, cpu_ms_per_page_by_stage": costs}), flush=True)
        demo = sorted(DEMO_CORPUS.rglob("*.html")) + sorted(DEMO_CORPUS.rglob("*.txt"))
        db = work / "demo.db"
        run = partial(in_process, DEMO_CORPUS, db, None)
        measure("demo reviews, in-process, no page budget", len(demo), run, db)
        costs = stage_costs(demo, work / "demo-stages.db")
        print(json.dumps({"demo reviews, cpu_ms_per_page_by_stage": costs}), flush=True)
        if args.skip_warc:
            return
        html = sorted(DEMO_CORPUS.rglob("*.html"))
        archive = write_bench_warc(html, args.warc_pages, work / "bench.warc.gz")
        print(f"warc: {args.warc_pages} pages, {archive.stat().st_size / 1e6:.0f} MB", flush=True)
        db = work / "warc.db"
        measure("warc, in-process", args.warc_pages, lambda: in_process(archive, db, 5.0), db)
        if args.skip_dask:
            return
        for workers in (1, 2):
            db = work / f"warc-dask-{workers}.db"
            measure(
                f"warc, dask {workers} worker(s)",
                args.warc_pages,
                partial(on_dask, archive, db, workers),
                db,
            )


if __name__ == "__main__":
    main()
