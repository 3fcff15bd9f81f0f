"""The store: SQLite by default (WAL, FTS5), PostgreSQL by URL, one schema and one API.

Ingest is idempotent: a review is found again by its canonical URL, its page URI or its
content hash, and is updated rather than duplicated. Each call to :meth:`Store.save_reviews`
is one transaction, so a crash loses at most the batch in flight and a re-run completes it.
``Store`` opens, migrates, runs transactions, upserts and reads; what a write sets moving
(identity, linking, habits, aggregates) is :mod:`reception.store.refresh`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal, Self, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from reception.link import FilmCluster, LinkInput, imdb_id
from reception.records import FetchRecord, Review
from reception.store import refresh
from reception.store.queries import chunked, review_filters, review_select
from reception.store.rows import review_columns
from reception.store.schema import (
    SCHEMA_REVISION,
    create_sqlite_schema,
    critics,
    fetches,
    films,
    publications,
    reviews,
    site_templates,
    store_meta,
)
from reception.store.search import NameMatches, SearchPage, SearchQuery, find_names
from reception.store.search import search as run_search

DEFAULT_DB = "reception.db"
REVIEW_ORDERS = ("newest", "oldest", "score")
WRITER_ORDERS = ("count", "score", "date", "name")
FILM_ORDERS = ("count", "score", "date", "title", "reviews", "year")  # the last two: older names
Outcome = Literal["new", "updated", "unchanged"]
Row = dict[str, Any]
"""A stored row with joined names (``critic_name``, ``publication_name``)."""


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from ``--db`` (a path or a URL), ``RECEPTION_DB``, or ./reception.db."""
    target = str(db) if db is not None else os.environ.get("RECEPTION_DB", DEFAULT_DB)
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own BEGIN is off (it would let each CREATE TABLE commit alone); the
    # store's "begin" hook below opens every transaction itself, DDL included.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: WAL below may wait
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # the search index's words, to tell a finished word from one still being typed
    cursor.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.reviews_vocab "
        "USING fts5vocab(main, reviews_fts, instance)"
    )
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """WAL mode, waiting out another process that holds the new file's lock: SQLite answers
    a journal-mode change with "locked" at once, without its busy handler, while a second
    opener creates the schema, so the switch is retried here with a backoff."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _begin_sqlite(conn: Connection) -> None:
    """Writers take SQLite's write lock at BEGIN, so what they read before writing (does
    this review or critic exist?) cannot change under them; readers begin deferred."""
    immediate = conn.get_execution_options().get(_WRITER_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


BUSY_TIMEOUT_MS = 30_000
"""How long one SQLite statement waits for another process's write lock before retrying."""
WRITE_ATTEMPTS = 8
"""A write transaction that found the store locked is retried this often, backing off."""
_WRITER_OPTION = "reception_writer"
_POSTGRES_WRITE_LOCK = 0x7265636570  # pg_advisory_xact_lock key: one writer at a time
_T = TypeVar("_T")


def _is_contention(error: DBAPIError) -> bool:
    """A lock another writer holds, a deadlock or a serialization failure: worth a retry."""
    if isinstance(error, OperationalError) and "locked" in str(error.orig).lower():
        return True
    return getattr(error.orig, "sqlstate", None) in {"40001", "40P01", "55P03"}


def review_id_for(review: Review) -> str:
    """A stable id from the review's address, so re-ingesting a page finds the same row."""
    address = review.article.canonical_url or review.page_uri
    return hashlib.sha256(address.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SaveResult:
    review_id: str
    outcome: Outcome


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class Store:
    """All reads and writes of reception's data go through here; ``with Store.open(db) as
    store:`` closes its connections on leaving, errors and interrupts included."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _tune_sqlite)
            event.listen(self.engine, "begin", _begin_sqlite)
        self._writer = self.engine.execution_options(**{_WRITER_OPTION: True})
        if migrate:
            try:
                self.migrate()
            except BaseException:  # a store that could not open leaves no connection behind
                self.close()
                raise

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None) -> Store:
        return cls(resolve_url(db))

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision, all of it in one transaction
        under the write lock: a kill leaves the store as it was, and two processes opening
        a new store at once create it once (the second finds it made). A new SQLite store
        is created from the schema directly, without loading Alembic."""
        if self.schema_revision() == SCHEMA_REVISION:
            return  # the common case: no write lock taken, and Alembic not even imported
        with self._writer.begin() as connection:
            self._lock_writers(connection)
            revision = _revision(connection)  # again, under the lock: another opener may have
            if revision == SCHEMA_REVISION:
                return
            if revision is None and self.dialect == "sqlite":
                create_sqlite_schema(connection)
                return
            from alembic import command
            from alembic.config import Config

            config = Config()
            config.set_main_option("script_location", "reception.store:migrations")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def schema_revision(self) -> str | None:
        """The Alembic revision the store's schema is at (None for a new store)."""
        with self.engine.connect() as conn:
            return _revision(conn)

    def _lock_writers(self, conn: Connection) -> None:
        """PostgreSQL's stand-in for SQLite's BEGIN IMMEDIATE: one writer at a time, held
        until the transaction ends."""
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_WRITE_LOCK})

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction under the store's write lock; it bumps the store's
        generation, so caches keyed on :meth:`generation` see the change once it commits.

        Prefer :meth:`write`, which retries when another writer held the lock too long."""
        with self._writer.begin() as conn:
            self._lock_writers(conn)
            yield conn
            conn.execute(
                store_meta.update()
                .where(store_meta.c.key == "generation")
                .values(value=store_meta.c.value + 1)
            )

    def write(self, work: Callable[[Connection], _T]) -> _T:
        """Run ``work`` in one write transaction, again from the start (it re-reads what it
        checks) when another process held the store past the busy timeout or deadlocked."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.transaction() as conn:
                    return work(conn)
            except DBAPIError as error:
                if attempt == WRITE_ATTEMPTS - 1 or not _is_contention(error):
                    raise
            time.sleep(min(8.0, 0.05 * 2**attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def generation(self) -> int:
        """A number that changes whenever anything in the store changed."""
        with self.engine.connect() as conn:
            return self._generation(conn)

    @staticmethod
    def _generation(conn: Connection) -> int:
        statement = select(store_meta.c.value).where(store_meta.c.key == "generation")
        return int(conn.execute(statement).scalar_one())

    def close(self) -> None:
        """Close the pooled connections now rather than whenever the collector finds them:
        SQLite folds its write-ahead log back into the file as the last one closes. The store
        stays usable; a later read or write connects again."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    # -- writing ---------------------------------------------------------------------------

    def save_reviews(self, batch: Sequence[Review]) -> list[SaveResult]:
        """Upsert a batch of reviews in one transaction, link them, refresh what they touch."""
        return self.write(lambda conn: self._save_batch(conn, batch))

    def _save_batch(self, conn: Connection, batch: Sequence[Review]) -> list[SaveResult]:
        results: list[SaveResult] = []
        saved_rows: set[int] = set()
        old_films: set[str] = set()
        for review in batch:
            result, row_id, old_film = self._save_one(conn, review)
            results.append(result)
            if row_id is not None:
                saved_rows.add(row_id)
            if old_film is not None:
                old_films.add(old_film)
        if saved_rows:
            refresh.refresh_saved(conn, saved_rows, old_films)
        return results

    def relink(self, on_films: Callable[[int, int], None] | None = None) -> int:
        """Recompute every film assignment from scratch and refresh every aggregate;
        ``on_films(done, total)`` is told as films' aggregates are refreshed (a progress bar).

        Linking is a function of the set of stored reviews (and the catalog), so the result
        is what incremental ingest would reach in any order. Returns the number of films.
        The linking itself runs on a read snapshot without the write lock, and aggregates
        are refreshed a chunk of films per transaction, so concurrent writers wait seconds,
        not the whole relink; a write that lands meanwhile makes the relink link again.
        """
        clusters: list[FilmCluster] | None = None
        for attempt in range(WRITE_ATTEMPTS):
            locked = attempt == WRITE_ATTEMPTS - 1  # a busy store: link under the lock at last
            with self.engine.connect() as conn:
                seen = self._generation(conn)
                linked = None if locked else refresh.link_all(conn)
            clusters = self.write(partial(self._replace_films, seen=seen, linked=linked))
            if clusters is not None:
                break
        assert clusters is not None  # the last attempt links under the lock
        film_ids = sorted(cluster.film.film_id for cluster in clusters)
        for start in range(0, len(film_ids), _REFRESH_CHUNK):
            chunk = film_ids[start : start + _REFRESH_CHUNK]
            self.write(partial(refresh.refresh_films, film_ids=chunk))
            if on_films is not None:
                on_films(start + len(chunk), len(film_ids))
        return len(clusters)

    def _replace_films(
        self,
        conn: Connection,
        seen: int,
        linked: tuple[list[LinkInput], list[FilmCluster]] | None,
    ) -> list[FilmCluster] | None:
        """Write a whole linking, computed here when ``linked`` is None; None when the store
        changed since generation ``seen`` (the linking is stale)."""
        if linked is None:
            linked = refresh.link_all(conn)
        elif self._generation(conn) != seen:
            return None
        inputs, clusters = linked
        refresh.replace_films(conn, inputs, clusters)
        return clusters

    def _find_existing(self, conn: Connection, review: Review) -> Row | None:
        canonical = review.article.canonical_url
        probes = [(_BY_PAGE_URI, review.page_uri), (_BY_CONTENT, review.content_sha256)]
        if canonical:
            probes.insert(0, (_BY_CANONICAL_URL, canonical))
        for statement, value in probes:
            row = conn.execute(statement, {"b_value": value}).mappings().first()
            if row is not None:
                return dict(row)
        return None

    def _save_one(
        self, conn: Connection, review: Review
    ) -> tuple[SaveResult, int | None, str | None]:
        """Write one review row; returns its row id (None if unchanged) and its former film."""
        existing = self._find_existing(conn, review)
        if existing is not None and existing["content_sha256"] == review.content_sha256:
            return SaveResult(existing["review_id"], "unchanged"), None, None
        now = dt.datetime.now(dt.UTC)
        values = self._row_values(conn, review)
        values["updated_at"] = now
        if existing is None:
            values["review_id"] = review_id_for(review)
            values["ingested_at"] = now
            inserted = conn.execute(reviews.insert(), values).inserted_primary_key
            assert inserted is not None
            row_id = inserted[0]
            outcome: Outcome = "new"
            review_id = values["review_id"]
        else:
            row_id = existing["id"]
            conn.execute(reviews.update().where(reviews.c.id == row_id).values(**values))
            outcome = "updated"
            review_id = existing["review_id"]
        self._index_text(conn, row_id, review)
        return SaveResult(review_id, outcome), row_id, existing["film_id"] if existing else None

    def _row_values(self, conn: Connection, review: Review) -> dict[str, Any]:
        values = review_columns(review)
        values["critic_id"] = refresh.critic_id_for(conn, review.article.critic)
        values["publication_id"] = refresh.publication_id_for(conn, review)
        structured = review.article.structured
        values["imdb_id"] = imdb_id(structured.same_as) if structured else None
        return values

    def _index_text(self, conn: Connection, row_id: int, review: Review) -> None:
        if self.dialect != "sqlite":
            return  # PostgreSQL indexes the reviews table itself, critic slug included (0001)
        conn.execute(text("DELETE FROM reviews_fts WHERE rowid = :id"), {"id": row_id})
        conn.execute(
            text(
                "INSERT INTO reviews_fts (rowid, headline, film_title, critic, body) "
                "VALUES (:id, :headline, :film_title, :critic, :body)"
            ),
            {
                "id": row_id,
                "headline": review.article.headline or "",
                "film_title": review.film.title or "",
                "critic": review.article.critic or "",
                "body": review.article.text,
            },
        )

    # -- reading ---------------------------------------------------------------------------

    def _query(self, statement: Any, params: Mapping[str, Any] | None = None) -> list[Row]:
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(statement, params or {}).mappings()]

    def review_rows(
        self,
        *,
        film_id: str | None = None,
        critic_id: str | None = None,
        publication_id: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        order: str = "newest",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Row]:
        """Review summaries (no body or JSON columns) with critic and publication names, in
        one of :data:`REVIEW_ORDERS`; :meth:`review` and :meth:`iter_review_rows` give whole
        rows."""
        conditions = review_filters(film_id, critic_id, publication_id, since, until)
        orderings = {
            "newest": (reviews.c.date_published.desc().nulls_last(), reviews.c.id.desc()),
            "oldest": (reviews.c.date_published.asc().nulls_last(), reviews.c.id),
            "score": (reviews.c.verdict_score.desc(), reviews.c.id),
        }
        statement = review_select(full=False).where(*conditions).order_by(*orderings[order])
        if limit is not None:
            statement = statement.limit(limit).offset(offset)
        return self._query(statement)

    def iter_review_rows(
        self,
        *,
        film_id: str | None = None,
        critic_id: str | None = None,
        publication_id: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        batch_size: int = 500,
    ) -> Iterator[Row]:
        """Reviews matching the filters, in stable order, without holding them all in memory."""
        conditions = review_filters(film_id, critic_id, publication_id, since, until)
        last_id = 0
        while True:
            statement = (
                review_select()
                .where(reviews.c.id > last_id, *conditions)
                .order_by(reviews.c.id)
                .limit(batch_size)
            )
            rows = self._query(statement)
            if not rows:
                return
            yield from rows
            last_id = rows[-1]["id"]

    def review(self, review_id: str) -> Row | None:
        rows = self._query(review_select().where(reviews.c.review_id == review_id))
        return rows[0] if rows else None

    def film(self, film_id: str) -> Row | None:
        rows = self._query(select(films).where(films.c.film_id == film_id))
        return rows[0] if rows else None

    def film_rows(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        order: str = "reviews",
        year: int | None = None,
        film_ids: Sequence[str] | None = None,
    ) -> list[Row]:
        by_count = (films.c.review_count.desc(), films.c.title, films.c.film_id)
        by_year = (films.c.year.desc().nulls_last(), films.c.title, films.c.film_id)
        orderings = {
            "reviews": by_count,
            "count": by_count,
            "score": (
                films.c.score.desc().nulls_last(),
                films.c.review_count.desc(),
                films.c.film_id,
            ),
            "title": (films.c.title, films.c.film_id),
            "year": by_year,
            "date": by_year,
        }
        statement = select(films).order_by(*orderings.get(order, orderings["reviews"]))
        if year is not None:
            statement = statement.where(films.c.year == year)
        if film_ids is not None:
            statement = statement.where(films.c.film_id.in_(list(film_ids)))
        if limit is not None:
            statement = statement.limit(limit).offset(offset)
        return self._query(statement)

    def latest_film_year(self) -> int | None:
        """The newest film year with a shown score, for 'best of the year'."""
        with self.engine.connect() as conn:
            year = conn.execute(
                select(func.max(films.c.year)).where(films.c.score.is_not(None))
            ).scalar()
        return int(year) if year is not None else None

    def critic(self, critic_id: str) -> Row | None:
        rows = self._query(select(critics).where(critics.c.critic_id == critic_id))
        return rows[0] if rows else None

    def critic_rows(
        self, *, limit: int | None = None, offset: int = 0, order: str = "count"
    ) -> list[Row]:
        """Critics with their review counts, mean scores and latest review dates, in one of
        :data:`WRITER_ORDERS` (most prolific first by default)."""
        return self._query(
            _writers(critics, critics.c.critic_id, reviews.c.critic_id, order, limit, offset)
        )

    def publication(self, publication_id: str) -> Row | None:
        statement = select(publications).where(publications.c.publication_id == publication_id)
        rows = self._query(statement)
        return rows[0] if rows else None

    def publication_rows(
        self, *, limit: int | None = None, offset: int = 0, order: str = "count"
    ) -> list[Row]:
        """Publications with their review counts, mean scores and latest review dates, in one
        of :data:`WRITER_ORDERS` (busiest first by default)."""
        statement = _writers(
            publications,
            publications.c.publication_id,
            reviews.c.publication_id,
            order,
            limit,
            offset,
        )
        return self._query(statement)

    def search(self, query: SearchQuery) -> SearchPage:
        """Reviews matching words and filters, with facet counts (see :mod:`.search`)."""
        with self.engine.connect() as conn:
            return run_search(conn, self.dialect, review_select(full=False), query)

    def find_names(self, words: str, year: int | None = None, limit: int = 10) -> NameMatches:
        """Films, critics and publications named by every word (see :mod:`.search`)."""
        with self.engine.connect() as conn:
            return find_names(conn, words, year, limit)

    def count(self, kind: str) -> int:
        """How many rows one resource has (``reviews``, ``films``, ``critics`` or
        ``publications``): the total a browse page shows, one count not :meth:`stats`' five."""
        table = {t.name: t for t in (reviews, films, critics, publications)}[kind]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    def stats(self) -> dict[str, int]:
        counts = {
            kind: self.count(kind) for kind in ("reviews", "films", "critics", "publications")
        }
        graded = select(func.count()).select_from(reviews).where(reviews.c.grade_value.is_not(None))
        with self.engine.connect() as conn:
            return counts | {"graded_reviews": int(conn.execute(graded).scalar_one())}

    # -- site templates --------------------------------------------------------------------

    def last_fetch(self, url: str) -> FetchRecord | None:
        """The last HTTP fetch of ``url``: its validators make a re-crawl conditional."""
        rows = self._query(select(fetches).where(fetches.c.url == url))
        return FetchRecord(**rows[0]) if rows else None

    def record_fetch(self, record: FetchRecord) -> None:
        def replace_fetch(conn: Connection) -> None:
            conn.execute(fetches.delete().where(fetches.c.url == record.url))
            conn.execute(fetches.insert().values(**dataclasses.asdict(record)))

        self.write(replace_fetch)

    def stored_hashes(self, page_uris: Sequence[str]) -> dict[str, str]:
        """The content hash stored for each of these page addresses that the store holds:
        ingest compares it before extracting, so unchanged pages cost one lookup."""
        found: dict[str, str] = {}
        for chunk in chunked(list(page_uris)):
            statement = select(reviews.c.page_uri, reviews.c.content_sha256).where(
                reviews.c.page_uri.in_(chunk)
            )
            found.update((row["page_uri"], row["content_sha256"]) for row in self._query(statement))
        return found

    def stored_hash(self, page_uri: str) -> str | None:
        """One page's stored hash, by a statement compiled once (ingest asks it per page)."""
        with self.engine.connect() as conn:
            found: str | None = conn.execute(_HASH_BY_PAGE_URI, {"b_value": page_uri}).scalar()
            return found

    def site_template(self, site: str) -> dict[str, Any] | None:
        rows = self._query(select(site_templates).where(site_templates.c.site == site))
        return dict(rows[0]["template"]) if rows else None

    def save_site_template(self, site: str, template: dict[str, Any], page_count: int) -> None:
        def replace_template(conn: Connection) -> None:
            conn.execute(site_templates.delete().where(site_templates.c.site == site))
            conn.execute(
                site_templates.insert().values(site=site, template=template, page_count=page_count)
            )

        self.write(replace_template)


_REFRESH_CHUNK = 200  # films whose aggregates one relink transaction refreshes

# Statements run once per saved review, built once: SQLAlchemy then reuses their compiled form.
_FOUND = (reviews.c.id, reviews.c.review_id, reviews.c.content_sha256, reviews.c.film_id)
_BY_CANONICAL_URL, _BY_PAGE_URI, _BY_CONTENT = (
    select(*_FOUND).where(column == bindparam("b_value")).limit(1)
    for column in (reviews.c.canonical_url, reviews.c.page_uri, reviews.c.content_sha256)
)
_HASH_BY_PAGE_URI = (
    select(reviews.c.content_sha256).where(reviews.c.page_uri == bindparam("b_value")).limit(1)
)


def _writers(
    table: Any, key: Any, review_key: Any, order: str, limit: int | None, offset: int
) -> Any:
    """Critics or publications (``table``) with their review count, mean score and latest
    review date, ordered by one of :data:`WRITER_ORDERS`."""
    count = func.count(reviews.c.id).label("review_count")
    mean = func.avg(reviews.c.verdict_score).label("mean_score")
    latest = func.max(reviews.c.date_published).label("latest_review")
    orderings = {
        "count": (count.desc(), table.c.name, key),
        "score": (mean.desc().nulls_last(), count.desc(), table.c.name, key),
        "date": (latest.desc().nulls_last(), table.c.name, key),
        "name": (table.c.name, key),
    }
    statement = (
        select(table, count, mean, latest)
        .join(reviews, review_key == key, isouter=True)
        .group_by(*table.c)
        .order_by(*orderings[order])
    )
    return statement if limit is None else statement.limit(limit).offset(offset)
