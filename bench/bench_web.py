"""Web load benchmark: a generated store of 100,000 reviews of 10,000 films on SQLite, served by
uvicorn (``reception serve --workers 2``) and loaded by wrk on loopback with 32 connections.

Targets (issue 7): film page p99 <= 50 ms, search p99 <= 150 ms, >= 300 film pages/s on 2 cores,
film page HTML <= 60 KB.

    apt-get install wrk
    uv run python bench/bench_web.py [--films 10000] [--per-film 10] [--seconds 15]

The store is generated through the store's own write path (linking, aggregates, full-text
index) into bench/.cache/ and reused by later runs of the same size; an interrupted generation
resumes. The store file is read through once first (a warm OS cache, as for a server that has
been running). Phases, each on a freshly started server (cold page cache), each over film pages or
searches drawn at random (all 10,000 films, thousands of distinct queries):

- flat out: 32 connections send requests back to back, which gives the most requests a second
  (and latencies that are mostly queueing: 32 in flight);
- paced: 32 connections together offer about ``--film-rate`` (or ``--search-rate``) requests a
  second, waiting a random time between requests like visitors reading a page; the latency
  targets are read here;
- film pages with the page cache off: the cost of rendering every page.

The machine's load average is printed before each phase: on a shared machine the figures move
with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from reception.records import (
    Article,
    CastMember,
    Evidence,
    FilmFacts,
    HomeVideo,
    Label,
    Review,
    Verdict,
)
from reception.store import Store

CACHE = Path(__file__).parent / ".cache"
ADJECTIVES = [
    "luminous",
    "patient",
    "brittle",
    "tender",
    "furious",
    "elegant",
    "clumsy",
    "daring",
    "hollow",
    "radiant",
    "restless",
    "haunting",
    "sluggish",
    "witty",
    "bruising",
    "gentle",
    "overlong",
    "taut",
    "sprawling",
    "precise",
]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "be",
    "da",
    "fe",
    "gi",
    "ho",
    "ju",
    "ly",
    "mo",
    "pa",
    "qui",
    "re",
    "so",
    "tu",
    "va",
    "we",
    "xi",
    "yo",
    "ze",
]


def vocabulary(size: int = 6000, seed: int = 11) -> list[str]:
    """Pseudo-words, most frequent first: real review text has a long tail of rare words,
    which is what makes full-text search selective."""
    rng = random.Random(seed)
    words = set(ADJECTIVES)
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return ADJECTIVES + sorted(words - set(ADJECTIVES))


WORDS = vocabulary()
CUM_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(WORDS))))  # Zipf


FIRST = [
    "Ada",
    "Ben",
    "Cleo",
    "Dev",
    "Ema",
    "Finn",
    "Gia",
    "Hal",
    "Ines",
    "Jon",
    "Kai",
    "Lea",
    "Milo",
    "Nia",
    "Oren",
    "Pia",
    "Quin",
    "Rosa",
    "Sami",
    "Tess",
]
LAST = [
    "Abara",
    "Brandt",
    "Costa",
    "Dahl",
    "Eze",
    "Fox",
    "Gray",
    "Holm",
    "Ivers",
    "Jain",
    "Kerr",
    "Lund",
    "Mora",
    "Nash",
    "Orr",
    "Pike",
    "Quill",
    "Ross",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _paragraph(rng: random.Random, sentences: int = 5, words: int = 14) -> str:
    drawn = rng.choices(WORDS, cum_weights=CUM_WEIGHTS, k=sentences * words)
    return " ".join(
        " ".join(drawn[at : at + words]).capitalize() + "." for at in range(0, len(drawn), words)
    )


def _film_reviews(
    index: int, per_film: int, critics: list[str], outlets: list[str], seed: int
) -> list[Review]:
    """The reviews of film ``index``, from its own random stream, so generation can resume."""
    rng = random.Random(seed * 1_000_003 + index)
    title = " ".join(rng.choice(WORDS).capitalize() for _ in range(rng.randint(1, 3)))
    year = rng.randint(1960, 2025)
    facts = FilmFacts(
        title=title,
        year=year,
        directors=(_name(rng),),
        cast=tuple(CastMember(_name(rng), _name(rng)) for _ in range(4)),
        runtime_minutes=rng.randint(80, 180),
        mpaa_rating=rng.choice(["G", "PG", "PG-13", "R"]),
    )
    base = rng.uniform(20, 95)
    batch = []
    for r in range(per_film):
        score = max(0.0, min(100.0, rng.gauss(base, 12)))
        body = tuple(_paragraph(rng) for _ in range(6))
        uri = f"https://example.org/{index}/{r}"
        article = Article(
            uri=uri,
            headline=f"Review: {title}",
            critic=rng.choice(critics),
            publication=rng.choice(outlets),
            date_published=dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 700)),
            body=body,
            canonical_url=uri,
            language="en",
        )
        home_video = None
        if rng.random() < 0.05:
            home_video = HomeVideo(
                rng.choice(["DVD", "Blu-ray", "4K UHD"]),
                special_features=tuple(_paragraph(rng, 1, 6) for _ in range(3)),
                specs={"aspect_ratio": "1.85:1", "audio": "DTS-HD MA 5.1"},
            )
        verdict = Verdict(
            score=round(score, 1),
            label=Label.for_score(score),
            confidence=0.8,
            pull_quote=body[-1].split(".")[0] + ".",
            evidence=(Evidence(body[0].split(".")[0] + ".", 4.0),),
        )
        sha = hashlib.sha256(uri.encode()).hexdigest()
        batch.append(Review(uri, sha, article, facts, verdict, home_video=home_video))
    return batch


def generate(path: Path, films: int, per_film: int, seed: int = 7) -> None:
    """A store of films x per_film reviews through the store's own write path (linking and
    aggregates included); text is random words of our own vocabulary.

    Each film comes from its own random stream, and every batch is one transaction, so an
    interrupted run resumes where it stopped.
    """
    rng = random.Random(seed)
    critics = [_name(rng) for _ in range(500)]
    outlets = [
        f"The {rng.choice(WORDS).capitalize()} {rng.choice(['Review', 'Gazette', 'Reel', 'Ledger'])}"
        for _ in range(60)
    ]
    store = Store.open(path)
    done = store.stats()["reviews"] // per_film
    films_per_batch = max(1, 2000 // per_film)
    started = time.perf_counter()
    last_report = started
    for first in range(done, films, films_per_batch):
        batch = [
            review
            for index in range(first, min(first + films_per_batch, films))
            for review in _film_reviews(index, per_film, critics, outlets, seed)
        ]
        store.save_reviews(batch)
        now = time.perf_counter()
        made = min(first + films_per_batch, films)
        if now - last_report > 10 or made == films:
            rate = (made - done) / (now - started)
            print(
                f"  {made}/{films} films, {rate:.0f} films/s, "
                f"about {(films - made) / rate:.0f}s left",
                flush=True,
            )
            last_report = now
    store.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wrk(
    url: str, paths: list[str], seconds: int, connections: int, rate: float | None = None
) -> dict[str, Any]:
    """wrk on random ``paths``: flat out, or paced so that the connections together offer about
    ``rate`` requests a second (each waits a random, exponentially distributed time between its
    requests, like visitors reading a page)."""
    quoted = ",".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            f"paths = {{{quoted}}}\n"
            "request = function()\n"
            "  return wrk.format('GET', paths[math.random(#paths)])\n"
            "end\n"
        )
        if rate:
            mean_ms = 1000 * connections / rate
            script.write(
                f"delay = function()\n  return -math.log(1 - math.random()) * {mean_ms}\nend\n"
            )
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    out = subprocess.run(
        [*command, "--latency", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout
    Path(script.name).unlink()

    def millis(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        assert match, out
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    assert rate, out
    return {
        "requests_per_s": float(rate.group(1)),
        "p50_ms": millis("50"),
        "p90_ms": millis("90"),
        "p99_ms": millis("99"),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


class Server:
    """``reception serve`` on a free port, in its own process group."""

    def __init__(self, db: Path, workers: int, page_cache: int) -> None:
        self.url = f"http://127.0.0.1:{_free_port()}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "reception.cli",
                "serve",
                "--db",
                str(db),
                "--port",
                self.url.rsplit(":", 1)[1],
                "--workers",
                str(workers),
            ],
            env={**os.environ, "RECEPTION_PAGE_CACHE": str(page_cache)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def wait_ready(self, path: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + path, timeout=5).read()
                return
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"the server did not answer {path} within {seconds:.0f}s")

    def cpu_seconds(self) -> float:
        """CPU time used so far by the server and its worker processes (Linux /proc)."""
        parents: dict[int, int] = {}
        used: dict[int, float] = {}
        tick = os.sysconf("SC_CLK_TCK")
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
            used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        family = {self.process.pid}
        grew = True
        while grew:
            children = {pid for pid, parent in parents.items() if parent in family}
            grew = not children <= family
            family |= children
        return sum(used.get(pid, 0.0) for pid in family)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _read_through(path: Path) -> None:
    """Read the store file once, so every phase finds it in the OS cache as a running server
    would (the first phase would otherwise pay for reading a gigabyte from disk)."""
    with path.open("rb") as file:
        while file.read(1 << 20):
            pass


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--films", type=int, default=10_000)
    parser.add_argument("--per-film", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20, help="per load phase")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queries", type=int, default=5000, help="search queries drawn")
    parser.add_argument("--film-rate", type=float, default=300, help="paced film pages a second")
    parser.add_argument("--search-rate", type=float, default=50, help="paced searches a second")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"web-v2-{args.films}x{args.per_film}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")  # kept when interrupted: the next run resumes it
        print(f"generating {args.films * args.per_film} reviews of {args.films} films into {db}")
        generate(partial, args.films, args.per_film)
        partial.rename(db)
    _read_through(db)
    store = Store.open(db)
    stats = store.stats()
    film_rows = store.film_rows(order="title")
    store.close()
    rng = random.Random(3)
    film_paths = [f"/films/{row['film_id']}" for row in film_rows]
    titles = [row["title"] for row in film_rows]
    # What visitors type: a title word, a critic's surname, or two words from reviews.
    search_paths = sorted(
        {
            "/search?q="
            + rng.choice(
                [
                    rng.choice(titles).split()[0],
                    rng.choice(LAST),
                    "+".join(rng.choices(WORDS, cum_weights=CUM_WEIGHTS, k=2)),
                ]
            )
            for _ in range(args.queries)
        }
    )
    print(
        f"store: {stats['reviews']} reviews, {stats['films']} films, {stats['critics']} critics; "
        f"{len(film_paths)} film pages and {len(search_paths)} searches drawn at random; "
        f"wrk {args.connections} connections, {args.seconds}s a phase; "
        f"{args.workers} workers; {os.cpu_count()} CPUs; load average {_load()}",
        flush=True,
    )
    # (name, paths, page cache entries per worker, offered rate or None for flat out)
    phases: list[tuple[str, list[str], int, float | None]] = [
        ("film page", film_paths, 2048, None),
        (f"film page at {args.film_rate:.0f}/s", film_paths, 2048, args.film_rate),
        ("search", search_paths, 2048, None),
        (f"search at {args.search_rate:.0f}/s", search_paths, 2048, args.search_rate),
        ("film page, no page cache", film_paths, 0, None),
    ]
    rows: list[tuple[str, dict[str, Any]]] = []
    sizes: list[int] = []
    for name, paths, page_cache, rate in phases:
        server = Server(db, args.workers, page_cache)  # a fresh one: every phase starts cold
        try:
            server.wait_ready("/method")
            if not sizes:
                sample = random.Random(5).sample(film_paths, min(50, len(film_paths)))
                sizes = [len(urllib.request.urlopen(server.url + path).read()) for path in sample]
            print(f"  {name}: load average {_load()}", flush=True)
            cpu_before = server.cpu_seconds()
            figures = _wrk(server.url, paths, args.seconds, args.connections, rate)
            served = figures["requests_per_s"] * args.seconds
            figures["cpu_ms"] = 1000 * (server.cpu_seconds() - cpu_before) / max(served, 1)
            rows.append((name, figures))
        finally:
            server.stop()
    print(f"load average after: {_load()}\n")
    print(
        f"{'phase':<26} {'req/s':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'non-2xx':>7}"
        f" {'CPU ms/req':>10} {'req/s on 2 idle cores':>22}"
    )
    for name, figures in rows:
        print(
            f"{name:<26} {figures['requests_per_s']:>7.0f} {figures['p50_ms']:>7.1f} "
            f"{figures['p90_ms']:>7.1f} {figures['p99_ms']:>7.1f} {figures['non_2xx']:>7.0f}"
            f" {figures['cpu_ms']:>10.1f} {2000 / figures['cpu_ms']:>22.0f}"
            + (f"  socket errors: {figures['socket_errors']}" if figures["socket_errors"] else "")
        )
    print(
        "(CPU ms/req: the server processes' own CPU time per request served, steadier than "
        "latency on a busy machine; the last column is what two idle cores could serve at that "
        "cost.)"
    )
    figures = dict(rows)
    largest = max(sizes)
    checks = [
        ("film pages/s >= 300 (flat out)", figures["film page"]["requests_per_s"] >= 300),
        (
            f"film page p99 <= 50 ms at {args.film_rate:.0f}/s",
            figures[phases[1][0]]["p99_ms"] <= 50,
        ),
        (
            f"search p99 <= 150 ms at {args.search_rate:.0f}/s",
            figures[phases[3][0]]["p99_ms"] <= 150,
        ),
        (f"film page HTML <= 60 KB (largest of 50: {largest / 1024:.1f} KB)", largest <= 60 * 1024),
    ]
    print()
    for label, met in checks:
        print(f"  {'met   ' if met else 'MISSED'} {label}")


if __name__ == "__main__":
    main()
