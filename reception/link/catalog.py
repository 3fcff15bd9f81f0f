"""The IMDb catalog: import its non-commercial TSV files, and look titles up for linking.

IMDb's files are gzip'd, tab-separated, with a header row and ``\\N`` for null. The real ones
run to several gigabytes, so they are streamed line by line and written in batches; what is
kept in memory is a sorted array of the ids already kept (4 bytes each), never the rows.
Only film-like titles (:data:`~reception.link.films.CATALOG_TYPES`) are kept, and of the other
files only rows about kept titles (and the people they name).
"""

from __future__ import annotations

import gzip
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import compress, islice
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, RowMapping, Table, delete, select

from reception.link.films import (
    CATALOG_TYPES,
    YEAR_TOLERANCE,
    CatalogTitle,
    LinkInput,
    resolve_catalog,
)
from reception.link.names import title_key
from reception.store.schema import catalog_keys, catalog_names, catalog_people, catalog_titles

BATCH_ROWS = 20_000
NULL = "\\N"
FILES = (
    "title.basics.tsv.gz",
    "title.akas.tsv.gz",
    "title.crew.tsv.gz",
    "title.principals.tsv.gz",
    "name.basics.tsv.gz",
)
OPTIONAL_FILES = ("title.ratings.tsv.gz",)  # votes settle ties between same-named titles
CAST_ROLES = frozenset({"actor", "actress", "self"})
MAX_PRINCIPALS = 10

Progress = Callable[[str, int], None]
"""Called with a file name and how many of its lines were read since the last call."""


def _ignore_progress(_name: str, _lines: int) -> None:
    return None


def _int_or_none(value: str) -> int | None:
    return None if value == NULL or not value.isdigit() else int(value)


def read_tsv(path: Path, progress: Progress = _ignore_progress) -> Iterator[list[list[str]]]:
    """Rows of an IMDb TSV file (plain or gzip'd) in batches, header skipped, split on tabs.

    IMDb does not quote fields, so a plain split is right (and far faster than ``csv``).
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as raw:
        lines = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        next(lines, None)
        while batch := list(islice(lines, BATCH_ROWS)):
            yield [line.rstrip("\n").split("\t") for line in batch]
            progress(path.name, len(batch))


def _numbers(ids: Sequence[str]) -> np.ndarray[Any, np.dtype[np.uint32]]:
    """'tt0084472' -> 84472: ids as integers, so the sets of kept ids stay small."""
    return np.fromiter((int(value[2:]) for value in ids), dtype=np.uint32, count=len(ids))


class IdSet:
    """A set of ``tt``/``nm`` numbers held as a sorted ``uint32`` array: 4 bytes an id."""

    def __init__(self) -> None:
        self._sorted: np.ndarray[Any, np.dtype[np.uint32]] = np.zeros(0, dtype=np.uint32)

    def add(self, ids: Sequence[str]) -> None:
        if ids:
            self._sorted = np.union1d(self._sorted, _numbers(ids))

    def contains(self, ids: Sequence[str]) -> list[bool]:
        """Membership of each id, looked up for the whole batch at once."""
        if not ids or not len(self._sorted):
            return [False] * len(ids)
        wanted = _numbers(ids)
        at = np.minimum(np.searchsorted(self._sorted, wanted), len(self._sorted) - 1)
        return list(self._sorted[at] == wanted)


@dataclass(frozen=True, slots=True)
class ImportCounts:
    titles: int
    keys: int  # title spellings: primary, original and alternate titles
    people: int  # credits: directors, writers, principal cast
    names: int
    votes: int


Batch = dict[Table, list[tuple[object, ...]]]


def _insert_sql(conn: Connection, table: Table) -> str:
    """A plain INSERT in the driver's own placeholder style: the DB-API's executemany is
    several times faster than building a dict per row."""
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(column.name for column in table.columns)
    return f"INSERT INTO {table.name} ({names}) VALUES ({', '.join(marker for _ in table.columns)})"


def _write(engine: Engine, batches: Iterable[Batch]) -> Counter[str]:
    """Insert each batch in its own transaction, so memory stays flat and progress is kept."""
    written: Counter[str] = Counter()
    for batch in batches:
        with engine.begin() as conn:
            for table, rows in batch.items():
                if rows:
                    conn.exec_driver_sql(_insert_sql(conn, table), rows)
                    written[table.name] += len(rows)
    return written


def import_imdb(
    folder: Path, engine: Engine, progress: Progress = _ignore_progress
) -> ImportCounts:
    """Replace the stored catalog with the IMDb files in ``folder``."""
    missing = [name for name in FILES if not (folder / name).exists()]
    if missing:
        raise FileNotFoundError(f"{folder}: missing {', '.join(missing)}")
    lookups = [index for table in (catalog_keys, catalog_people) for index in table.indexes]
    with engine.begin() as conn:
        for table in (catalog_keys, catalog_people, catalog_names, catalog_titles):
            conn.execute(delete(table))
        for index in lookups:  # one sorted build at the end beats millions of random inserts
            index.drop(conn, checkfirst=True)
    titles = IdSet()
    people = IdSet()

    def basics() -> Iterator[Batch]:
        for rows in read_tsv(folder / "title.basics.tsv.gz", progress):
            kept = [row for row in rows if len(row) >= 8 and row[1] in CATALOG_TYPES]
            titles.add([row[0] for row in kept])
            yield {
                catalog_titles: [
                    (
                        row[0],
                        row[1],
                        row[2],
                        None if row[3] in (NULL, row[2]) else row[3],
                        _int_or_none(row[5]),
                        _int_or_none(row[7]),
                        None,
                    )
                    for row in kept
                ],
                catalog_keys: [key for row in kept for key in _keys_of(row[0], row[2], row[3])],
            }

    def akas() -> Iterator[Batch]:
        for rows in read_tsv(folder / "title.akas.tsv.gz", progress):
            rows = [row for row in rows if len(row) >= 3 and row[2] != NULL]
            kept = compress(rows, titles.contains([row[0] for row in rows]))
            yield {catalog_keys: [key for row in kept for key in _keys_of(row[0], row[2])]}

    def crew() -> Iterator[Batch]:
        for rows in read_tsv(folder / "title.crew.tsv.gz", progress):
            rows = [row for row in rows if len(row) >= 3]
            credits = [
                (row[0], nconst, role, ordering)
                for row in compress(rows, titles.contains([row[0] for row in rows]))
                for role, column in (("director", row[1]), ("writer", row[2]))
                if column != NULL
                for ordering, nconst in enumerate(column.split(","))
            ]
            people.add([credit[1] for credit in credits])
            yield {catalog_people: credits}  # type: ignore[dict-item]

    def principals() -> Iterator[Batch]:
        for rows in read_tsv(folder / "title.principals.tsv.gz", progress):
            rows = [
                row
                for row in rows
                if len(row) >= 4
                and row[3] in CAST_ROLES  # directors and writers come complete from title.crew
                and row[1].isdigit()
                and int(row[1]) <= MAX_PRINCIPALS
            ]
            kept = list(compress(rows, titles.contains([row[0] for row in rows])))
            people.add([row[2] for row in kept])
            yield {catalog_people: [(row[0], row[2], row[3], int(row[1])) for row in kept]}

    def names() -> Iterator[Batch]:
        for rows in read_tsv(folder / "name.basics.tsv.gz", progress):
            rows = [row for row in rows if len(row) >= 2 and row[1] != NULL]
            kept = compress(rows, people.contains([row[0] for row in rows]))
            yield {catalog_names: [(row[0], row[1]) for row in kept]}

    written: Counter[str] = Counter()
    for batches in (basics(), akas(), crew(), principals(), names()):
        written.update(_write(engine, batches))
    with engine.begin() as conn:
        for index in lookups:
            index.create(conn, checkfirst=True)
    ratings = folder / OPTIONAL_FILES[0]
    votes = _import_votes(engine, ratings, titles, progress) if ratings.exists() else 0
    return ImportCounts(
        titles=written["catalog_titles"],
        keys=written["catalog_keys"],
        people=written["catalog_people"],
        names=written["catalog_names"],
        votes=votes,
    )


def _keys_of(tconst: str, *names: str) -> Iterator[tuple[str, str, str]]:
    """(title key, tconst, title) rows for a title's spellings, each key once."""
    seen: set[str] = set()
    for name in names:
        if name == NULL:
            continue
        key = title_key(name)
        if key and key not in seen:
            seen.add(key)
            yield key, tconst, name


def _import_votes(engine: Engine, path: Path, titles: IdSet, progress: Progress) -> int:
    updated = 0
    for rows in read_tsv(path, progress):
        rows = [row for row in rows if len(row) >= 3 and row[2].isdigit()]
        kept = [
            (int(row[2]), row[0])
            for row in compress(rows, titles.contains([row[0] for row in rows]))
        ]
        with engine.begin() as conn:
            marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
            statement = f"UPDATE catalog_titles SET votes = {marker} WHERE tconst = {marker}"
            conn.exec_driver_sql(statement, kept)
        updated += len(kept)
    return updated


# -- lookups for linking ---------------------------------------------------------------------

_IN_CHUNK = 500


def _chunks(values: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start : start + _IN_CHUNK]


def has_catalog(conn: Connection) -> bool:
    return conn.execute(select(catalog_titles.c.tconst).limit(1)).first() is not None


CACHE_KIB = 256 * 1024
MAX_CANDIDATES = 12
"""Catalog titles weighed per review: a bare 'Home' with no year names hundreds; the most
voted are the ones critics review, and resolution would need a clear lead among them anyway."""


@dataclass(frozen=True, slots=True)
class _Listing:
    """Just enough of a catalog title to tell whether a review could be about it."""

    tconst: str
    year: int | None
    votes: int


def _listings(conn: Connection, keys: Collection[str]) -> dict[str, list[_Listing]]:
    found: dict[str, list[_Listing]] = defaultdict(list)
    for chunk in _chunks(keys):
        statement = (
            select(
                catalog_keys.c.title_key,
                catalog_titles.c.tconst,
                catalog_titles.c.year,
                catalog_titles.c.votes,
            )
            .join(catalog_titles, catalog_titles.c.tconst == catalog_keys.c.tconst)
            .where(catalog_keys.c.title_key.in_(chunk))
        )
        for key, tconst, year, votes in conn.execute(statement):
            found[key].append(_Listing(tconst, year, votes or 0))
    return found


def _plausible(review: LinkInput, listings: dict[str, list[_Listing]]) -> list[str]:
    """Catalog titles sharing a key with the review whose year could fit, most voted first."""
    seen: dict[str, _Listing] = {}
    for key in review.strong_keys | review.weak_keys:
        for listing in listings.get(key, ()):
            seen[listing.tconst] = listing
    fitting = []
    for listing in seen.values():
        if listing.year is not None:
            if review.year is not None and abs(review.year - listing.year) > YEAR_TOLERANCE:
                continue
            published = review.published_year
            if published is not None and listing.year > published + YEAR_TOLERANCE:
                continue
        fitting.append(listing)
    fitting.sort(key=lambda listing: (-listing.votes, listing.tconst))
    return [listing.tconst for listing in fitting[:MAX_CANDIDATES]]


def load_catalog_titles(conn: Connection, tconsts: Collection[str]) -> dict[str, CatalogTitle]:
    aliases: dict[str, list[str]] = defaultdict(list)
    people: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    rows: list[RowMapping] = []
    for chunk in _chunks(tconsts):
        rows.extend(
            conn.execute(select(catalog_titles).where(catalog_titles.c.tconst.in_(chunk)))
            .mappings()
            .all()
        )
        key_rows = conn.execute(
            select(catalog_keys.c.tconst, catalog_keys.c.title).where(
                catalog_keys.c.tconst.in_(chunk)
            )
        )
        for tconst, title in key_rows:
            aliases[tconst].append(title)
        people_rows = conn.execute(
            select(
                catalog_people.c.tconst,
                catalog_people.c.role,
                catalog_people.c.ordering,
                catalog_names.c.name,
            )
            .join(catalog_names, catalog_names.c.nconst == catalog_people.c.nconst)
            .where(catalog_people.c.tconst.in_(chunk))
        )
        for tconst, role, ordering, name in people_rows:
            people[tconst].append((role, ordering, name))
    found = {}
    for row in rows:
        credits = sorted(people[row["tconst"]], key=lambda p: (p[0], p[1]))
        found[row["tconst"]] = CatalogTitle(
            tconst=row["tconst"],
            title=row["title"],
            year=row["year"],
            title_type=row["title_type"],
            original_title=row["original_title"],
            directors=tuple(name for role, _, name in credits if role == "director"),
            principals=tuple(name for role, _, name in credits if role in CAST_ROLES),
            aliases=tuple(sorted(set(aliases[row["tconst"]]))),
            votes=row["votes"],
        )
    return found


def resolve_all(conn: Connection, inputs: Sequence[LinkInput]) -> list[LinkInput]:
    """The reviews with the catalog title each is about, where the catalog settles it."""
    if not inputs or not has_catalog(conn):
        return list(inputs)
    if conn.dialect.name == "sqlite":  # lookups hop all over a large file: keep its pages
        conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    resolved: list[LinkInput] = []
    for start in range(0, len(inputs), 2_000):
        chunk = inputs[start : start + 2_000]
        listings = _listings(conn, {k for item in chunk for k in item.strong_keys | item.weak_keys})
        plausible = [
            sorted({*_plausible(item, listings), *([item.tconst] if item.tconst else [])})
            for item in chunk
        ]
        known = load_catalog_titles(conn, {tconst for found in plausible for tconst in found})
        for item, tconsts in zip(chunk, plausible, strict=True):
            found = resolve_catalog(item, [known[t] for t in tconsts if t in known])
            resolved.append(replace(item, catalog=found) if found else item)
    return resolved
