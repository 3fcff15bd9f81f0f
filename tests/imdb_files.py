"""IMDb-format files made up for tests and benchmarks.

Same layout as IMDb's non-commercial datasets: gzip'd, tab-separated, a header row, ``\\N``
for null, comma-joined id lists. Small exact files for tests; large random ones for bench.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

HEADERS = {
    "title.basics.tsv.gz": (
        "tconst titleType primaryTitle originalTitle isAdult startYear endYear "
        "runtimeMinutes genres"
    ),
    "title.akas.tsv.gz": (
        "titleId ordering title region language types attributes isOriginalTitle"
    ),
    "title.crew.tsv.gz": "tconst directors writers",
    "title.principals.tsv.gz": "tconst ordering nconst category job characters",
    "name.basics.tsv.gz": (
        "nconst primaryName birthYear deathYear primaryProfession knownForTitles"
    ),
    "title.ratings.tsv.gz": "tconst averageRating numVotes",
}
NULL = "\\N"


@dataclass(frozen=True)
class Person:
    nconst: str
    name: str


@dataclass(frozen=True)
class ImdbTitle:
    tconst: str
    title: str
    year: int | None
    title_type: str = "movie"
    original_title: str | None = None
    runtime: int | None = None
    directors: tuple[Person, ...] = ()
    writers: tuple[Person, ...] = ()
    cast: tuple[tuple[Person, str], ...] = ()  # (actor, character)
    akas: tuple[tuple[str, str], ...] = ()  # (title, region)
    votes: int | None = None


@dataclass
class _Files:
    """One open gzip stream per IMDb file."""

    folder: Path
    streams: dict[str, IO[str]] = field(default_factory=dict)

    def __enter__(self) -> _Files:
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, header in HEADERS.items():
            stream = gzip.open(self.folder / name, "wt", encoding="utf-8", compresslevel=1)
            stream.write("\t".join(header.split()) + "\n")
            self.streams[name] = stream
        return self

    def __exit__(self, *_exc: object) -> None:
        for stream in self.streams.values():
            stream.close()

    def row(self, name: str, *fields: object) -> None:
        cells = (NULL if value is None else str(value) for value in fields)
        self.streams[name].write("\t".join(cells) + "\n")


def write_imdb_files(folder: Path, titles: Sequence[ImdbTitle]) -> Path:
    """Write the six files for ``titles`` into ``folder``."""
    with _Files(folder) as files:
        people: dict[str, str] = {}
        for title in titles:
            _write_title(files, title, people)
        for nconst, name in sorted(people.items()):
            files.row("name.basics.tsv.gz", nconst, name, 1970, None, "actor", title.tconst)
    return folder


def _write_title(files: _Files, title: ImdbTitle, people: dict[str, str]) -> None:
    original = title.original_title or title.title
    files.row(
        "title.basics.tsv.gz",
        title.tconst,
        title.title_type,
        title.title,
        original,
        0,
        title.year,
        None,
        title.runtime,
        "Drama",
    )
    akas = [(title.title, "US"), *title.akas]
    if title.original_title:
        akas.append((title.original_title, None))
    for ordering, (name, region) in enumerate(akas, start=1):
        original_flag = 1 if name == original and region is None else 0
        files.row(
            "title.akas.tsv.gz",
            title.tconst,
            ordering,
            name,
            region,
            None,
            None,
            None,
            original_flag,
        )
    directors = ",".join(p.nconst for p in title.directors) or None
    writers = ",".join(p.nconst for p in title.writers) or None
    files.row("title.crew.tsv.gz", title.tconst, directors, writers)
    ordering = 0
    for person in title.directors:
        ordering += 1
        files.row(
            "title.principals.tsv.gz", title.tconst, ordering, person.nconst, "director", None, None
        )
    for person, character in title.cast:
        ordering += 1
        files.row(
            "title.principals.tsv.gz",
            title.tconst,
            ordering,
            person.nconst,
            "actor",
            None,
            f'["{character}"]',
        )
    if title.votes is not None:
        files.row("title.ratings.tsv.gz", title.tconst, 7.1, title.votes)
    for person in (*title.directors, *title.writers, *(p for p, _ in title.cast)):
        people[person.nconst] = person.name


_WORDS = (  # noqa: SIM905
    "river night house last long dark summer city road winter blue red little secret "
    "garden king light stone dream silent broken golden wild glass iron paper ghost "
    "north island hunter letter mirror storm harbour orchard widow sister brother "
    "machine empire circus engine shadow signal border desert forest valley thunder"
).split()
_FIRST = "Ana Ben Clara Dev Elena Farid Grace Hugo Ines Jonas Kemi Luca Mira Noor".split()  # noqa: SIM905
_LAST = "Abbott Berg Castillo Dahl Ekwueme Fontaine Gallo Haddad Iwasaki Jensen".split()  # noqa: SIM905
FILM_TYPES = ("movie", "movie", "movie", "short", "tvMovie", "video")
OTHER_TYPES = ("tvEpisode", "tvSeries")
_SYLLABLES = "ka lo mi ren sa tor vel an bri dus el fa gor hal is jun mar nel or pim".split()  # noqa: SIM905


def _made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3))))


def random_titles(count: int, seed: int = 7) -> Iterator[ImdbTitle]:
    """``count`` made-up titles, most of them film-like, some episodes the import skips.

    Titles mix common words and made-up ones, so some are shared by several titles (as
    'Crash' is) and most are nearly unique, roughly as in the real catalog.
    """
    rng = random.Random(seed)
    people = 200_000
    for number in range(1, count + 1):
        length = rng.choice((1, 2, 2, 3))
        common = 0.02 if length == 1 else 0.3  # a few hundred titles share 'Winter', as in IMDb
        words = [
            rng.choice(_WORDS) if rng.random() < common else _made_up_word(rng)
            for _ in range(length)
        ]
        name = " ".join(words).title()
        if rng.random() < 0.3:
            name = "The " + name

        def person() -> Person:
            n = rng.randrange(1, people)
            first, last = _FIRST[n % len(_FIRST)], _LAST[n // 15 % len(_LAST)]
            suffix = _SYLLABLES[n % 20] + _SYLLABLES[n // 20 % 20]
            return Person(f"nm{n:07d}", f"{first} {last}{suffix}")

        kind = rng.choice(OTHER_TYPES) if rng.random() < 0.3 else rng.choice(FILM_TYPES)
        yield ImdbTitle(
            tconst=f"tt{number:07d}",
            title=name,
            year=rng.randrange(1920, 2026),
            title_type=kind,
            runtime=rng.randrange(5, 200),
            directors=(person(),),
            writers=(person(),),
            cast=tuple((person(), "Someone") for _ in range(3)),
            akas=((_made_up_word(rng).title() + " " + words[0].title(), "FR"),),
            votes=rng.randrange(5, 500_000),
        )


def write_random_imdb_files(folder: Path, count: int, seed: int = 7) -> Path:
    """Large files, written as generated, so memory stays flat here too."""
    with _Files(folder) as files:
        people: dict[str, str] = {}
        for title in random_titles(count, seed):
            _write_title(files, title, people)
        for nconst, name in sorted(people.items()):
            files.row("name.basics.tsv.gz", nconst, name, 1970, None, "actor", None)
    return folder
