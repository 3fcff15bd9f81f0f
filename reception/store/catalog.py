"""Import IMDb's non-commercial TSV files into the store's catalog (linking reads them back
through :mod:`reception.store.catalog_lookups`, which needs neither pyarrow nor numpy).

IMDb's files are gzip'd, tab-separated, with a header row and ``\\N`` for null. The real ones
run to several gigabytes, so they are streamed: pyarrow parses a few megabytes of text at a
time (in C++), rows are filtered and converted a column at a time, and each batch is written
in its own transaction. What is kept in memory is a sorted array of the ids already kept (4
bytes each, with two 8-byte hashes a title to skip alternate titles that repeat the title),
and the vote counts (8 bytes a rated title), never the rows.
Only film-like titles (:data:`~reception.link.films.CATALOG_TYPES`) are kept, and of the other
files only rows about kept titles (and the people they name).
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
from sqlalchemy import Connection, Engine, Table, delete

from reception.link.films import CATALOG_TYPES
from reception.names import title_key
from reception.store.catalog_lookups import CAST_ROLES
from reception.store.schema import catalog_keys, catalog_names, catalog_people, catalog_titles

BLOCK_BYTES = 2 << 20  # text parsed per batch
NULL = "\\N"
COLUMNS = {  # the columns read from each file, by IMDb's header names
    "title.basics.tsv.gz": (
        "tconst",
        "titleType",
        "primaryTitle",
        "originalTitle",
        "startYear",
        "runtimeMinutes",
    ),
    "title.akas.tsv.gz": ("titleId", "title"),
    "title.crew.tsv.gz": ("tconst", "directors", "writers"),
    "title.principals.tsv.gz": ("tconst", "ordering", "nconst", "category"),
    "name.basics.tsv.gz": ("nconst", "primaryName"),
    "title.ratings.tsv.gz": ("tconst", "numVotes"),
}
FILES = tuple(name for name in COLUMNS if name != "title.ratings.tsv.gz")
OPTIONAL_FILES = ("title.ratings.tsv.gz",)  # votes settle ties between same-named titles
MAX_PRINCIPALS = 10

Progress = Callable[[str, int, int], None]
"""Called with a file name, and how many of its lines and of its bytes as stored (compressed)
were read since the last call: bytes against the files' sizes give a time left."""
Numbers = np.ndarray[Any, np.dtype[np.uint32]]


def _ignore_progress(_name: str, _lines: int, _bytes: int) -> None:
    return None


def _skip_row(_row: Any) -> str:
    return "skip"  # a line with the wrong number of fields


def read_tsv(
    path: Path, columns: Sequence[str], progress: Progress = _ignore_progress
) -> Iterator[dict[str, pa.Array]]:
    """Batches of an IMDb TSV file (plain or gzip'd) as columns of strings, ``\\N`` as null.

    IMDb does not quote fields, so quoting is off; a line with the wrong number of fields is
    skipped.
    """
    raw = path.open("rb")
    reader = pacsv.open_csv(
        pa.input_stream(raw, compression="gzip" if path.name.endswith(".gz") else None),
        read_options=pacsv.ReadOptions(block_size=BLOCK_BYTES, use_threads=False),
        parse_options=pacsv.ParseOptions(
            delimiter="\t", quote_char=False, invalid_row_handler=_skip_row
        ),
        convert_options=pacsv.ConvertOptions(
            include_columns=list(columns),
            column_types=dict.fromkeys(columns, pa.string()),
            null_values=[NULL],
            strings_can_be_null=True,
        ),
    )
    read = 0
    try:
        for batch in reader:
            progress(path.name, batch.num_rows, raw.tell() - read)
            read = raw.tell()
            yield {name: batch.column(name) for name in columns}
    finally:
        reader.close()
        raw.close()


def _numbers(ids: pa.Array) -> Numbers:
    """'tt0084472' -> 84472: ids as integers, so the sets of kept ids stay small; 0 for a
    missing or malformed id (no IMDb id is 0)."""
    digits = pc.utf8_slice_codeunits(ids, 2)
    valid = pc.fill_null(pc.utf8_is_digit(digits), False)
    zero = pa.scalar("0", pa.string())
    numbers: Numbers = pc.cast(pc.if_else(valid, digits, zero), pa.uint32()).to_numpy()
    return numbers


def _ints(values: pa.Array) -> list[int | None]:
    """Whole numbers of a column of digits; None for null or anything else."""
    digits = pc.fill_null(pc.utf8_is_digit(values), False)
    return pc.cast(pc.if_else(digits, values, pa.scalar(None, pa.string())), pa.int64()).to_pylist()  # type: ignore[no-any-return]


def _take(columns: dict[str, pa.Array], keep: Any) -> dict[str, pa.Array]:
    mask = pa.array(keep, pa.bool_()) if isinstance(keep, np.ndarray) else keep
    return {name: column.filter(mask) for name, column in columns.items()}


def _locate(
    kept: Numbers, numbers: Numbers
) -> tuple[np.ndarray[Any, np.dtype[np.intp]], np.ndarray[Any, np.dtype[np.bool_]]]:
    """Where each of ``numbers`` is in the sorted ``kept``, and whether it is there at all."""
    if not len(kept):
        return np.zeros(len(numbers), dtype=np.intp), np.zeros(len(numbers), dtype=np.bool_)
    at = np.minimum(np.searchsorted(kept, numbers), len(kept) - 1)
    found: np.ndarray[Any, np.dtype[np.bool_]] = kept[at] == numbers
    return at, found


class IdSet:
    """A set of ``tt``/``nm`` numbers held as a sorted ``uint32`` array: 4 bytes an id.

    Ids are gathered as they come and merged into the sorted array when looked up (or when
    many are waiting), so adding a batch never re-sorts everything.
    """

    PENDING = 4_000_000

    def __init__(self) -> None:
        self._sorted: Numbers = np.zeros(0, dtype=np.uint32)
        self._pending: list[Numbers] = []
        self._waiting = 0

    def add(self, numbers: Numbers) -> None:
        self._pending.append(numbers)
        self._waiting += len(numbers)
        if self._waiting > self.PENDING:
            self._settle()

    def _settle(self) -> None:
        if self._pending:
            self._sorted = np.unique(np.concatenate([self._sorted, *self._pending]))
            self._pending, self._waiting = [], 0

    def contains(self, numbers: Numbers) -> np.ndarray[Any, np.dtype[np.bool_]]:
        """Membership of each number, looked up for the whole batch at once."""
        self._settle()
        return _locate(self._sorted, numbers)[1]


class _KeptTitles:
    """The kept titles' numbers, each with hashes of its primary and original title, so an
    alternate title that only repeats one of them is skipped without computing its key."""

    def __init__(self) -> None:
        self._parts: list[tuple[Numbers, np.ndarray[Any, Any], np.ndarray[Any, Any]]] = []
        self.numbers: Numbers = np.zeros(0, dtype=np.uint32)
        self.primary: np.ndarray[Any, np.dtype[np.int64]] = np.zeros(0, dtype=np.int64)
        self.original: np.ndarray[Any, np.dtype[np.int64]] = np.zeros(0, dtype=np.int64)

    def add(self, numbers: Numbers, titles: list[str], originals: list[str | None]) -> None:
        primary = np.fromiter(map(hash, titles), dtype=np.int64, count=len(titles))
        original = np.fromiter(map(hash, originals), dtype=np.int64, count=len(originals))
        self._parts.append((numbers, primary, original))

    def settle(self) -> None:
        numbers = np.concatenate([self.numbers, *(part[0] for part in self._parts)])
        order = np.argsort(numbers, kind="stable")
        self.numbers = numbers[order]
        self.primary = np.concatenate([self.primary, *(p[1] for p in self._parts)])[order]
        self.original = np.concatenate([self.original, *(p[2] for p in self._parts)])[order]
        self._parts = []

    def find(
        self, numbers: Numbers
    ) -> tuple[np.ndarray[Any, np.dtype[np.intp]], np.ndarray[Any, np.dtype[np.bool_]]]:
        """Where each number is kept, and whether it is."""
        return _locate(self.numbers, numbers)


class _Votes:
    """IMDb vote counts by title number, read before the titles so each row is written whole."""

    def __init__(self, path: Path | None, progress: Progress) -> None:
        numbers: list[Numbers] = []
        votes: list[np.ndarray[Any, Any]] = []
        columns = COLUMNS["title.ratings.tsv.gz"]
        for batch in read_tsv(path, columns, progress) if path else ():
            digits = pc.fill_null(pc.utf8_is_digit(batch["numVotes"]), False)
            batch = _take(batch, digits)
            numbers.append(_numbers(batch["tconst"]))
            votes.append(pc.cast(batch["numVotes"], pa.int64()).to_numpy())
        all_numbers = np.concatenate([np.zeros(0, np.uint32), *numbers])
        order = np.argsort(all_numbers, kind="stable")
        self._numbers = all_numbers[order]
        self._votes = np.concatenate([np.zeros(0, np.int64), *votes])[order]

    def of(self, numbers: Numbers) -> list[int | None]:
        if not len(self._numbers):  # no ratings file
            return [None] * len(numbers)
        at, found = _locate(self._numbers, numbers)
        return [
            int(v) if ok else None
            for v, ok in zip(self._votes[at].tolist(), found.tolist(), strict=True)
        ]


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
    """Insert each batch in its own transaction, so memory stays flat and progress is kept.

    The batches are read and prepared in a second thread while this one writes (the database
    driver lets go of the interpreter while SQLite works); two batches wait at most.
    """
    ready: queue.Queue[Batch | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def prepare() -> None:
        try:
            for batch in batches:
                while not stop.is_set():
                    try:
                        ready.put(batch, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ready.put(None)
        except BaseException as error:  # handed to the writing thread, raised there
            ready.put(error)

    worker = threading.Thread(target=prepare, name="catalog-read", daemon=True)
    worker.start()
    written: Counter[str] = Counter()
    try:
        while (batch := ready.get()) is not None:
            if isinstance(batch, BaseException):
                raise batch
            with engine.begin() as conn:
                for table, rows in batch.items():
                    if rows:
                        conn.exec_driver_sql(_insert_sql(conn, table), rows)
                        written[table.name] += len(rows)
    finally:
        stop.set()
        worker.join()
    return written


def _key_rows(tconsts: Sequence[str], *names: Sequence[str | None]) -> list[tuple[object, ...]]:
    """(title key, tconst, title) rows for titles' spellings, each key once a title; a
    spelling met again in the batch is not keyed again."""
    keys: dict[str, str] = {}
    rows: list[tuple[object, ...]] = []
    for tconst, *spellings in zip(tconsts, *names, strict=True):
        seen: set[str] = set()
        for name in spellings:
            if name is None:
                continue
            key = keys.get(name)
            if key is None:  # most titles are met once: past title_key's cache
                key = keys[name] = title_key.__wrapped__(name)
            if key and key not in seen:
                seen.add(key)
                rows.append((key, tconst, name))
    return rows


def _credits(
    tconsts: pa.Array, people: pa.Array, role: str
) -> tuple[list[tuple[object, ...]], Numbers]:
    """Credits from a column of comma-joined name ids, in their order, and the ids' numbers."""
    lists = pc.split_pattern(people, ",")
    names = pc.list_flatten(lists)
    owners = pc.list_parent_indices(lists).to_numpy()
    offsets = lists.offsets.to_numpy()
    ordering = np.arange(len(names)) - offsets[owners] if len(names) else owners
    rows: list[tuple[object, ...]] = list(
        zip(tconsts.take(owners).to_pylist(), names.to_pylist(), repeat(role), ordering.tolist())
    )
    return rows, _numbers(names)


class _ImdbFiles:
    """One import's reading of IMDb's files, file by file, as batches of rows to insert: the
    kept titles first, then only the alternate titles, credits and names that belong to them."""

    def __init__(self, folder: Path, progress: Progress) -> None:
        self.folder = folder
        self.progress = progress
        ratings = folder / OPTIONAL_FILES[0]
        self.votes = _Votes(ratings if ratings.exists() else None, progress)
        self.titles = _KeptTitles()
        self.people = IdSet()
        self.rated = 0

    def read(self, name: str) -> Iterator[dict[str, pa.Array]]:
        return read_tsv(self.folder / name, COLUMNS[name], self.progress)

    def batches(self) -> Iterator[Batch]:
        return chain(self.basics(), self.akas(), self.crew(), self.principals(), self.names())

    def basics(self) -> Iterator[Batch]:
        """Film-like titles with a primary title, and their primary and original keys."""
        film_types = pa.array(sorted(CATALOG_TYPES), pa.string())
        for batch in self.read("title.basics.tsv.gz"):
            keep = pc.and_(
                pc.fill_null(pc.is_in(batch["titleType"], value_set=film_types), False),
                pc.is_valid(batch["primaryTitle"]),
            )
            batch = _take(batch, keep)
            numbers = _numbers(batch["tconst"])
            batch = _take(batch, numbers != 0)
            numbers = numbers[numbers != 0]
            tconsts = batch["tconst"].to_pylist()
            names = batch["primaryTitle"].to_pylist()
            originals = [
                None if o == t else o
                for o, t in zip(batch["originalTitle"].to_pylist(), names, strict=True)
            ]
            self.titles.add(numbers, names, originals)
            title_votes = self.votes.of(numbers)
            self.rated += sum(v is not None for v in title_votes)
            yield {
                catalog_titles: list(
                    zip(
                        tconsts,
                        batch["titleType"].to_pylist(),
                        names,
                        originals,
                        _ints(batch["startYear"]),
                        _ints(batch["runtimeMinutes"]),
                        title_votes,
                        strict=True,
                    )
                ),
                catalog_keys: _key_rows(tconsts, names, originals),
            }
        self.titles.settle()

    def akas(self) -> Iterator[Batch]:
        """Alternate titles of kept titles, those that do not repeat their own titles."""
        titles = self.titles
        for batch in self.read("title.akas.tsv.gz"):
            batch = _take(batch, pc.is_valid(batch["title"]))
            at, found = titles.find(_numbers(batch["titleId"]))
            batch = _take(batch, found)
            at = at[found]
            names = batch["title"].to_pylist()
            hashes = np.fromiter(map(hash, names), dtype=np.int64, count=len(names))
            new = (hashes != titles.primary[at]) & (hashes != titles.original[at])
            batch = _take(batch, new)
            pairs = dict.fromkeys(
                zip(batch["titleId"].to_pylist(), batch["title"].to_pylist(), strict=True)
            )
            tconsts = [tconst for tconst, _ in pairs]
            yield {catalog_keys: _key_rows(tconsts, [name for _, name in pairs])}

    def crew(self) -> Iterator[Batch]:
        """Directors and writers of kept titles; their people are remembered for names()."""
        for batch in self.read("title.crew.tsv.gz"):
            batch = _take(batch, self.titles.find(_numbers(batch["tconst"]))[1])
            rows: list[tuple[object, ...]] = []
            for role, column in (("director", "directors"), ("writer", "writers")):
                credits, numbers = _credits(batch["tconst"], batch[column], role)
                rows += credits
                self.people.add(numbers)
            yield {catalog_people: rows}

    def principals(self) -> Iterator[Batch]:
        """The first ``MAX_PRINCIPALS`` cast members of kept titles."""
        cast_roles = pa.array(sorted(CAST_ROLES), pa.string())
        for batch in self.read("title.principals.tsv.gz"):
            batch = _take(
                batch, pc.fill_null(pc.is_in(batch["category"], value_set=cast_roles), False)
            )
            ordering = np.array(
                [-1 if o is None else o for o in _ints(batch["ordering"])], dtype=np.int64
            )
            keep = (ordering >= 0) & (ordering <= MAX_PRINCIPALS)
            keep &= self.titles.find(_numbers(batch["tconst"]))[1]
            batch = _take(batch, keep)
            self.people.add(_numbers(batch["nconst"]))
            rows = zip(
                batch["tconst"].to_pylist(),
                batch["nconst"].to_pylist(),
                batch["category"].to_pylist(),
                ordering[keep].tolist(),
                strict=True,
            )
            yield {catalog_people: list(rows)}

    def names(self) -> Iterator[Batch]:
        """The names of the people credited on kept titles."""
        for batch in self.read("name.basics.tsv.gz"):
            batch = _take(batch, pc.is_valid(batch["primaryName"]))
            batch = _take(batch, self.people.contains(_numbers(batch["nconst"])))
            rows = zip(batch["nconst"].to_pylist(), batch["primaryName"].to_pylist(), strict=True)
            yield {catalog_names: list(rows)}


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
    files = _ImdbFiles(folder, progress)
    written = _write(engine, files.batches())
    with engine.begin() as conn:
        for index in lookups:
            index.create(conn, checkfirst=True)
    return ImportCounts(
        titles=written["catalog_titles"],
        keys=written["catalog_keys"],
        people=written["catalog_people"],
        names=written["catalog_names"],
        votes=files.rated,
    )
