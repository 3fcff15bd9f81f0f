"""Catalog import and linking at scale, on generated IMDb-format files.

1. writes IMDb-format files for ``--titles`` title rows (a child process);
2. imports them into a fresh SQLite store (another child process: its peak RSS is the
   import's own), sampling RSS as it goes to show memory stays flat, and counting the CPU
   time it used beside the wall time (on a shared machine the wall time is mostly waiting);
3. stores ``--reviews`` reviews of catalog films (title, year, director as pages give them:
   some with alternate titles, some without year or director) and times ``Store.relink``;
4. times incremental linking: ``Store.save_reviews`` of further reviews in batches of 100.

    uv run python bench/bench_catalog.py                      # 1,000,000 titles, 100,000 reviews
    uv run python bench/bench_catalog.py --titles 50000 --reviews 5000   # a quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.names import title_key  # noqa: E402
from reception.records import Article, FilmFacts, Label, Review, Verdict  # noqa: E402
from reception.store import Store  # noqa: E402
from reception.store.schema import reviews  # noqa: E402
from tests.imdb_files import FILM_TYPES, ImdbTitle, random_titles, write_random_imdb_files  # noqa: E402


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _generate(folder: Path, titles: int) -> None:
    write_random_imdb_files(folder, titles)


def _import(folder: Path, db: Path, report: Any) -> None:
    from reception.store.catalog import import_imdb

    samples: list[float] = []
    lines = {"read": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(1.0):
            samples.append(_rss_mib())

    def progress(_name: str, count: int, _bytes: int) -> None:
        lines["read"] += count

    with Store.open(db) as store:
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started, cpu = time.perf_counter(), time.process_time()
        counts = import_imdb(folder, store.engine, progress)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    done.set()
    report.put(
        {
            "seconds": seconds,
            "cpu": cpu,
            "lines": lines["read"],
            "titles": counts.titles,
            "keys": counts.keys,
            "people": counts.people,
            "names": counts.names,
            "peak_mib": _peak_mib(),
            "rss_samples": samples,
        }
    )


def _review(number: int, title: ImdbTitle, rng: random.Random) -> Review:
    """A review of ``title`` stating what pages typically state, sometimes less or other."""
    roll = rng.random()
    name = title.title
    year: int | None = title.year
    directors = tuple(p.name for p in title.directors)
    if roll < 0.15:
        name = title.akas[0][0]  # an alternate title
    elif roll < 0.3:
        directors = ()
    elif roll < 0.4:
        year = None
    elif roll < 0.45 and year is not None:
        year += 1  # the year it opened somewhere else
    uri = f"bench/{number}.html"
    return Review(
        page_uri=uri,
        content_sha256=f"{number:064d}",
        article=Article(
            uri=uri, critic=f"Critic {number % 500}", date_published=dt.date(2025, 1, 1)
        ),
        film=FilmFacts(title=name, year=year, directors=directors),
        verdict=Verdict(score=float(rng.randrange(0, 101)), label=Label.MIXED, confidence=0.5),
    )


def _reviewed_titles(total_titles: int, count: int, seed: int) -> list[ImdbTitle]:
    """``count`` picks among film-like catalog titles: half from a popular twentieth of them
    (reviewed many times), half from all of them. Titles stream by; only picks are kept."""
    rng = random.Random(seed)
    wanted = set(rng.sample(range(total_titles), min(total_titles, count)))
    films = [
        title
        for number, title in enumerate(random_titles(total_titles))
        if number in wanted and title.title_type in FILM_TYPES
    ]
    popular = films[: max(1, len(films) // 20)]
    return [rng.choice(popular) if rng.random() < 0.5 else rng.choice(films) for _ in range(count)]


def _bulk_store(store: Store, items: list[Review]) -> None:
    """Review rows written straight in: the bench times linking, not page ingest."""
    from reception.store.rows import review_columns

    now = dt.datetime.now(dt.UTC)
    rows = []
    for review in items:
        row = review_columns(review)
        row.update(review_id=review.page_uri, ingested_at=now, updated_at=now, film_id=None)
        rows.append(row)
    with store.engine.begin() as conn:
        for start in range(0, len(rows), 5_000):
            conn.execute(reviews.insert(), rows[start : start + 5_000])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--titles", type=int, default=1_000_000)
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--incremental", type=int, default=2_000)
    args = parser.parse_args(argv)
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        started = time.perf_counter()
        child = context.Process(target=_generate, args=(folder / "imdb", args.titles))
        child.start()
        child.join()
        print(f"generated {args.titles:,} title rows in {time.perf_counter() - started:.1f} s")
        sizes = {p.name: p.stat().st_size for p in (folder / "imdb").iterdir()}
        print("  files: " + ", ".join(f"{k} {v / 2**20:.1f} MiB" for k, v in sorted(sizes.items())))

        db = folder / "bench.db"
        report = context.Queue()
        child = context.Process(target=_import, args=(folder / "imdb", db, report))
        child.start()
        imported = report.get()
        child.join()
        seconds = imported["seconds"]
        samples = imported["rss_samples"] or [imported["peak_mib"]]
        print(
            f"import: {seconds:.1f} s; {args.titles / seconds:,.0f} title rows/s; "
            f"{imported['lines'] / seconds:,.0f} rows/s over all {imported['lines']:,} rows read; "
            f"{imported['cpu']:.1f} s of CPU (both threads; less sensitive to a busy machine)"
        )
        print(
            f"  kept {imported['titles']:,} titles, {imported['keys']:,} title spellings, "
            f"{imported['people']:,} credits, {imported['names']:,} people"
        )
        quarter = max(1, len(samples) // 4)
        print(
            f"  peak RSS {imported['peak_mib']:.0f} MiB; RSS at 25/50/75/100% of the run: "
            + " / ".join(f"{samples[min(i * quarter, len(samples) - 1)]:.0f}" for i in (1, 2, 3, 4))
            + " MiB"
        )

        rng = random.Random(11)
        chosen = _reviewed_titles(args.titles, args.reviews + args.incremental, seed=5)
        items = [_review(i, title, rng) for i, title in enumerate(chosen)]
        store = Store.open(db)
        _bulk_store(store, items[: args.reviews])
        started = time.perf_counter()
        films = store.relink()
        seconds = time.perf_counter() - started
        truth = {f"bench/{i}.html": title.tconst for i, title in enumerate(chosen)}
        attached = correct = 0
        film_tconst = {row["film_id"]: row["tconst"] for row in store.film_rows()}
        rows = store.review_rows()
        for row in rows:
            tconst = film_tconst.get(row["film_id"])
            attached += tconst is not None
            correct += tconst == truth[row["page_uri"]]
        print(
            f"relink {args.reviews:,} reviews against the catalog: {seconds:.1f} s "
            f"({args.reviews / seconds:,.0f} reviews/s) into {films:,} films; "
            f"{attached / len(rows):.1%} attached to a catalog title, "
            f"{correct / len(rows):.1%} to the right one"
        )
        started = time.perf_counter()
        extra = items[args.reviews :]
        for start in range(0, len(extra), 100):
            store.save_reviews(extra[start : start + 100])
        seconds = time.perf_counter() - started
        print(
            f"incremental: save_reviews of {len(extra):,} more in batches of 100: {seconds:.1f} s "
            f"({len(extra) / seconds:,.0f} reviews/s, page ingest and linking together)"
        )
        keys = {title_key(t.title) for t in chosen}
        print(f"  ({len(keys):,} distinct title keys among reviewed films)")
        store.close()


if __name__ == "__main__":
    main()
