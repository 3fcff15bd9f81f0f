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
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sqlalchemy import Connection, Engine, RowMapping, Table, bindparam, delete, select

from reception.link.films import CATALOG_TYPES, CatalogTitle, LinkInput, resolve_catalog
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


def _number(value: str) -> int:
    """'tt0084472' -> 84472: ids as integers, so the kept-id sets stay small."""
    return int(value[2:])


def _int_or_none(value: str) -> int | None:
    return None if value == NULL or not value.isdigit() else int(value)


def read_tsv(path: Path, progress: Progress = _ignore_progress) -> Iterator[list[str]]:
    """Rows of an IMDb TSV file (plain or gzip'd), header skipped, fields split on tabs.

    IMDb does not quote fields, so a plain split is right (and far faster than ``csv``).
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as raw:
        lines = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        next(lines, None)
        pending = 0
        for line in lines:
            yield line.rstrip("\n").split("\t")
            pending += 1
            if pending == 10_000:
                progress(path.name, pending)
                pending = 0
        progress(path.name, pending)


class IdSet:
    """A set of ``tt``/``nm`` numbers held as a sorted ``uint32`` array: 4 bytes an id."""

    def __init__(self) -> None:
        self._sorted = np.zeros(0, dtype=np.uint32)
        self._pending = array("I")

    def add(self, number: int) -> None:
        self._pending.append(number)
        if len(self._pending) >= 4_000_000:
            self._settle()

    def _settle(self) -> None:
        if self._pending:
            fresh = np.frombuffer(self._pending, dtype=np.uint32)
            self._sorted = np.union1d(self._sorted, fresh)
            self._pending = array("I")

    def __contains__(self, number: object) -> bool:
        self._settle()
        if not isinstance(number, int):
            return False
        at = int(np.searchsorted(self._sorted, number))
        return at < len(self._sorted) and int(self._sorted[at]) == number

    def __len__(self) -> int:
        self._settle()
        return len(self._sorted)


@dataclass(frozen=True, slots=True)
class ImportCounts:
    titles: int
    keys: int  # title spellings: primary, original and alternate titles
    people: int  # credits: directors, writers, principal cast
    names: int
    votes: int


Row = tuple[Table, dict[str, object]]


def _write(engine: Engine, rows: Iterable[Row]) -> Counter[str]:
    """Insert rows into their tables in batches, one transaction each, so memory stays flat."""
    written: Counter[str] = Counter()
    pending: dict[Table, list[dict[str, object]]] = defaultdict(list)

    def flush() -> None:
        with engine.begin() as conn:
            for table, batch in pending.items():
                if batch:
                    conn.execute(table.insert(), batch)
                    written[table.name] += len(batch)
        pending.clear()

    size = 0
    for table, row in rows:
        pending[table].append(row)
        size += 1
        if size == BATCH_ROWS:
            flush()
            size = 0
    flush()
    return written


def import_imdb(
    folder: Path, engine: Engine, progress: Progress = _ignore_progress
) -> ImportCounts:
    """Replace the stored catalog with the IMDb files in ``folder``."""
    missing = [name for name in FILES if not (folder / name).exists()]
    if missing:
        raise FileNotFoundError(f"{folder}: missing {', '.join(missing)}")
    with engine.begin() as conn:
        for table in (catalog_keys, catalog_people, catalog_names, catalog_titles):
            conn.execute(delete(table))
    titles = IdSet()
    people = IdSet()

    def basics() -> Iterator[Row]:
        for row in read_tsv(folder / "title.basics.tsv.gz", progress):
            if len(row) < 8 or row[1] not in CATALOG_TYPES:
                continue
            titles.add(_number(row[0]))
            original = None if row[3] in (NULL, row[2]) else row[3]
            yield (
                catalog_titles,
                {
                    "tconst": row[0],
                    "title_type": row[1],
                    "title": row[2],
                    "original_title": original,
                    "year": _int_or_none(row[5]),
                    "runtime_minutes": _int_or_none(row[7]),
                    "votes": None,
                },
            )
            yield from _keys_of(row[0], (row[2], row[3]))

    def akas() -> Iterator[Row]:
        for row in read_tsv(folder / "title.akas.tsv.gz", progress):
            if len(row) >= 3 and row[2] != NULL and _number(row[0]) in titles:
                yield from _keys_of(row[0], (row[2],))

    def crew() -> Iterator[Row]:
        for row in read_tsv(folder / "title.crew.tsv.gz", progress):
            if len(row) < 3 or _number(row[0]) not in titles:
                continue
            for role, column in (("director", row[1]), ("writer", row[2])):
                if column == NULL:
                    continue
                for ordering, nconst in enumerate(column.split(",")):
                    people.add(_number(nconst))
                    yield (
                        catalog_people,
                        {
                            "tconst": row[0],
                            "nconst": nconst,
                            "role": role,
                            "ordering": ordering,
                        },
                    )

    def principals() -> Iterator[Row]:
        for row in read_tsv(folder / "title.principals.tsv.gz", progress):
            if len(row) < 4 or row[3] not in CAST_ROLES or not row[1].isdigit():
                continue  # directors and writers come complete from title.crew
            if int(row[1]) > MAX_PRINCIPALS or _number(row[0]) not in titles:
                continue
            people.add(_number(row[2]))
            yield (
                catalog_people,
                {
                    "tconst": row[0],
                    "nconst": row[2],
                    "role": row[3],
                    "ordering": int(row[1]),
                },
            )

    def names() -> Iterator[Row]:
        for row in read_tsv(folder / "name.basics.tsv.gz", progress):
            if len(row) >= 2 and row[1] != NULL and _number(row[0]) in people:
                yield catalog_names, {"nconst": row[0], "name": row[1]}

    written: Counter[str] = Counter()
    for rows in (basics(), akas(), crew(), principals(), names()):
        written.update(_write(engine, rows))
    ratings = folder / OPTIONAL_FILES[0]
    votes = _import_votes(engine, ratings, titles, progress) if ratings.exists() else 0
    return ImportCounts(
        titles=written["catalog_titles"],
        keys=written["catalog_keys"],
        people=written["catalog_people"],
        names=written["catalog_names"],
        votes=votes,
    )


def _keys_of(tconst: str, names: Sequence[str]) -> Iterator[Row]:
    seen: set[str] = set()
    for name in names:
        if name == NULL:
            continue
        key = title_key(name)
        if key and key not in seen:
            seen.add(key)
            yield catalog_keys, {"title_key": key, "tconst": tconst, "title": name}


def _import_votes(engine: Engine, path: Path, titles: IdSet, progress: Progress) -> int:
    updated = 0
    batch: list[dict[str, object]] = []
    statement = (
        catalog_titles.update()
        .where(catalog_titles.c.tconst == bindparam("b_tconst"))
        .values(votes=bindparam("b_votes"))
    )
    for row in read_tsv(path, progress):
        if len(row) >= 3 and row[2].isdigit() and _number(row[0]) in titles:
            batch.append({"b_tconst": row[0], "b_votes": int(row[2])})
        if len(batch) == BATCH_ROWS:
            with engine.begin() as conn:
                conn.execute(statement, batch)
            updated, batch = updated + len(batch), []
    if batch:
        with engine.begin() as conn:
            conn.execute(statement, batch)
        updated += len(batch)
    return updated


# -- lookups for linking ---------------------------------------------------------------------

_IN_CHUNK = 500


def _chunks(values: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start : start + _IN_CHUNK]


def has_catalog(conn: Connection) -> bool:
    return conn.execute(select(catalog_titles.c.tconst).limit(1)).first() is not None


def catalog_titles_for(
    conn: Connection, keys: Collection[str], tconsts: Collection[str] = ()
) -> dict[str, CatalogTitle]:
    """Catalog titles known by any of ``keys`` or with one of ``tconsts``, by tconst."""
    wanted: set[str] = set(tconsts)
    for chunk in _chunks(keys):
        statement = select(catalog_keys.c.tconst).where(catalog_keys.c.title_key.in_(chunk))
        wanted.update(conn.execute(statement).scalars())
    return load_catalog_titles(conn, wanted)


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
    resolved: list[LinkInput] = []
    for start in range(0, len(inputs), 2_000):
        chunk = inputs[start : start + 2_000]
        keys = {key for item in chunk for key in item.strong_keys | item.weak_keys}
        stated = {item.tconst for item in chunk if item.tconst}
        known = catalog_titles_for(conn, keys, stated)
        by_key: dict[str, list[CatalogTitle]] = defaultdict(list)
        for title in known.values():
            for key in title.keys:
                by_key[key].append(title)
        for item in chunk:
            candidates = {
                title.tconst: title
                for key in item.strong_keys | item.weak_keys
                for title in by_key.get(key, ())
            }
            if item.tconst in known:
                candidates[item.tconst] = known[item.tconst]
            ordered = [candidates[tconst] for tconst in sorted(candidates)]
            found = resolve_catalog(item, ordered)
            resolved.append(replace(item, catalog=found) if found else item)
    return resolved
