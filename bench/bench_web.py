"""Web load benchmark: a generated store of 100,000 reviews of 10,000 films on SQLite, served by
uvicorn (``reception serve --workers 2``) and loaded by wrk on loopback with 32 connections.

Targets (issue 7): film page p99 <= 50 ms, search p99 <= 150 ms, >= 300 film pages/s on 2 cores.

    uv run python bench/bench_web.py [--films 10000] [--per-film 10] [--seconds 20]

The generated store is kept in bench/.cache/ and reused by later runs of the same size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
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

from reception.records import Article, CastMember, Evidence, FilmFacts, Label, Review, Verdict
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
WEIGHTS = [1 / (rank + 1) for rank in range(len(WORDS))]  # Zipf's law


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


def _sentence(rng: random.Random, n: int = 14) -> str:
    words = rng.choices(WORDS, weights=WEIGHTS, k=n)
    return " ".join(words).capitalize() + "."


def generate(path: Path, films: int, per_film: int, seed: int = 7) -> None:
    """A store of films x per_film reviews; text is random words of our own vocabulary."""
    rng = random.Random(seed)
    store = Store.open(path)
    critics = [_name(rng) for _ in range(500)]
    outlets = [
        f"The {rng.choice(WORDS).capitalize()} {rng.choice(['Review', 'Gazette', 'Reel', 'Ledger'])}"
        for _ in range(60)
    ]
    batch: list[Review] = []
    started = time.perf_counter()
    for f in range(films):
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
        for r in range(per_film):
            score = max(0.0, min(100.0, rng.gauss(base, 12)))
            body = tuple(" ".join(_sentence(rng) for _ in range(5)) for _ in range(6))
            uri = f"https://example.org/{f}/{r}"
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
            verdict = Verdict(
                score=round(score, 1),
                label=Label.for_score(score),
                confidence=0.8,
                pull_quote=body[-1].split(".")[0] + ".",
                evidence=(Evidence(body[0].split(".")[0] + ".", 4.0),),
            )
            sha = hashlib.sha256(uri.encode()).hexdigest()
            batch.append(Review(uri, sha, article, facts, verdict))
            if len(batch) >= 2000:
                store.save_reviews(batch)
                batch.clear()
        if f % 1000 == 999:
            print(f"  generated {f + 1} films in {time.perf_counter() - started:.0f}s", flush=True)
    store.save_reviews(batch)
    store.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wrk(url: str, paths: list[str], seconds: int, connections: int) -> dict[str, float]:
    quoted = ",".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            f"paths = {{{quoted}}}\n"
            "request = function()\n"
            "  return wrk.format('GET', paths[math.random(#paths)])\n"
            "end\n"
        )
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def millis(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        assert match, out
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    assert rate, out
    return {
        "requests_per_s": float(rate.group(1)),
        "p50_ms": millis("50"),
        "p90_ms": millis("90"),
        "p99_ms": millis("99"),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--films", type=int, default=10_000)
    parser.add_argument("--per-film", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"web-{args.films}x{args.per_film}.db"
    if not db.exists():
        print(f"generating {args.films * args.per_film} reviews of {args.films} films into {db}")
        partial = db.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        generate(partial, args.films, args.per_film)
        partial.rename(db)
    store = Store.open(db)
    stats = store.stats()
    film_rows = store.film_rows(limit=2000, order="title")
    film_ids = [row["film_id"] for row in film_rows]
    film_titles = [row["title"] for row in film_rows]
    store.close()
    rng = random.Random(3)
    film_paths = [f"/films/{film_id}" for film_id in film_ids]
    # What visitors type: a title word, a critic's surname, or two words from reviews.
    search_paths = [
        "/search?q="
        + rng.choice(
            [
                rng.choice(film_titles).split()[0],
                rng.choice(LAST),
                "+".join(rng.choices(WORDS, weights=WEIGHTS, k=2)),
            ]
        )
        for _ in range(500)
    ]
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reception.cli",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + film_paths[0], timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        film_html = urllib.request.urlopen(url + film_paths[0]).read()
        results = {
            "store": stats,
            "film_page_bytes": len(film_html),
            "film_page": _wrk(url, film_paths, args.seconds, args.connections),
            "search": _wrk(url, search_paths, args.seconds, args.connections),
        }
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(json.dumps(results, indent=2))
    film, search = results["film_page"], results["search"]
    print(
        f"film page: {film['requests_per_s']:.0f}/s p99 {film['p99_ms']:.1f} ms (targets >= 300/s, <= 50 ms); "
        f"search: {search['requests_per_s']:.0f}/s p99 {search['p99_ms']:.1f} ms (target <= 150 ms); "
        f"film page {results['film_page_bytes'] / 1024:.1f} KB (target <= 60 KB)"
    )


if __name__ == "__main__":
    main()
