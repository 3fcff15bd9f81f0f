"""The store: SQLite by default (WAL, FTS5), PostgreSQL by URL, one schema and one API.

Ingest is idempotent: a review is found again by its canonical URL, its page URI or its
content hash, and is updated rather than duplicated. Each call to :meth:`Store.save_reviews`
is one transaction, so a crash loses at most the batch in flight and a re-run completes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Connection,
    Engine,
    RowMapping,
    bindparam,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from reception.aggregate import CriticHabits, ReviewSummary, calibrated_score, film_reception
from reception.link import FilmCluster, LinkInput, imdb_id, link_films
from reception.names import (
    clean_person_name,
    domain_of,
    people_keys,
    publication_key,
    slug,
    title_key,
)
from reception.records import Evidence, Label, Review, to_jsonable
from reception.store.catalog import resolve_all
from reception.store.rows import review_columns
from reception.store.schema import (
    critic_habits,
    critics,
    film_titles,
    films,
    publications,
    reviews,
    site_templates,
    store_meta,
)
from reception.store.search import SearchPage, SearchQuery
from reception.store.search import search as run_search

DEFAULT_DB = "reception.db"
REVIEW_ORDERS = ("newest", "oldest", "score")
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
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # the search index's words, to tell a finished word from one still being typed
    cursor.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.reviews_vocab "
        "USING fts5vocab(main, reviews_fts, instance)"
    )
    cursor.close()


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


class Store:
    """All reads and writes of reception's data go through here."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _tune_sqlite)
            event.listen(self.engine, "begin", _begin_sqlite)
        self._writer = self.engine.execution_options(**{_WRITER_OPTION: True})
        if migrate:
            self.migrate()

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None) -> Store:
        return cls(resolve_url(db))

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision, all of it in one transaction
        under the write lock: a kill leaves the store as it was, and two processes opening
        a new store at once create it once (the second finds it made)."""
        config = Config()
        config.set_main_option("script_location", "reception.store:migrations")
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return  # the common case: no write lock taken just to open
        with self._writer.begin() as connection:
            self._lock_writers(connection)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

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
        self.engine.dispose()

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
            touched = self._relink_block(conn, saved_rows, old_films)
            self._refresh_films(conn, touched | self._recalibrate(conn, saved_rows))
        return results

    def relink(self) -> int:
        """Recompute every film assignment from scratch and refresh every aggregate.

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
                linked = None if locked else self._link_all(conn)
            clusters = self.write(partial(self._replace_films, seen=seen, linked=linked))
            if clusters is not None:
                break
        assert clusters is not None  # the last attempt links under the lock
        film_ids = sorted(cluster.film.film_id for cluster in clusters)
        for start in range(0, len(film_ids), _REFRESH_CHUNK):
            chunk = film_ids[start : start + _REFRESH_CHUNK]
            self.write(partial(self._refresh_films, film_ids=chunk))
        return len(clusters)

    def _link_all(self, conn: Connection) -> tuple[list[LinkInput], list[FilmCluster]]:
        inputs = self._link_inputs(conn, None)
        return inputs, link_films(inputs)

    def _replace_films(
        self,
        conn: Connection,
        seen: int,
        linked: tuple[list[LinkInput], list[FilmCluster]] | None,
    ) -> list[FilmCluster] | None:
        """Write a whole linking, computed here when ``linked`` is None; None when the store
        changed since generation ``seen`` (the linking is stale)."""
        if linked is None:
            linked = self._link_all(conn)
        elif self._generation(conn) != seen:
            return None
        inputs, clusters = linked
        conn.execute(reviews.update().values(film_id=None))
        conn.execute(film_titles.delete())
        conn.execute(films.delete())
        self._write_films(conn, clusters, inputs)
        conn.execute(critic_habits.delete())
        critic_ids = conn.execute(select(critics.c.critic_id)).scalars().all()
        self._apply_habits(conn, self._live_habits(conn, critic_ids).values())
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
        values["critic_id"] = self._link_critic(conn, review.article.critic)
        values["publication_id"] = self._link_publication(conn, review)
        structured = review.article.structured
        values["imdb_id"] = imdb_id(structured.same_as) if structured else None
        return values

    def _link_critic(self, conn: Connection, name: str | None) -> str | None:
        """The critic called ``name`` ('By JANE DOE, Film Critic' is Jane Doe), made on first sight."""
        display = clean_person_name(name) if name else ""
        if not display:
            return None
        critic_id = slug(display)
        if conn.execute(_CRITIC_BY_ID, {"b_id": critic_id}).first():
            return critic_id
        conn.execute(critics.insert(), {"critic_id": critic_id, "name": display})
        return critic_id

    def _link_publication(self, conn: Connection, review: Review) -> str | None:
        """The publication: its stated name, else the schema.org publisher, else the domain.

        Names and domains meet on one key, so 'The Marquee Ledger' and marqueeledger.com are
        one publication whichever a page gives.
        """
        article = review.article
        domain = domain_of(article.canonical_url) or domain_of(review.page_uri)
        publisher = article.structured.publisher if article.structured else None
        name = " ".join((article.publication or publisher or domain or "").split())
        if not name:
            return None
        key = publication_key(name)
        found = conn.execute(_PUBLICATION_BY_KEY, {"b_key": key}).first()
        if found is not None:
            if domain and not found.domain:
                conn.execute(
                    publications.update()
                    .where(publications.c.publication_id == found.publication_id)
                    .values(domain=domain)
                )
            return str(found.publication_id)
        publication_id, suffix = slug(name), 2
        taken = publications.c.publication_id
        while conn.execute(select(taken).where(taken == publication_id)).first():
            publication_id, suffix = f"{slug(name)}-{suffix}", suffix + 1
        conn.execute(
            publications.insert().values(
                publication_id=publication_id, name=name, domain=domain, name_key=key
            )
        )
        return publication_id

    # -- linking films ---------------------------------------------------------------------

    def _link_inputs(self, conn: Connection, row_ids: Collection[int] | None) -> list[LinkInput]:
        """What linking reads from the given review rows (all when None), catalog resolved."""
        columns = (
            reviews.c.review_id,
            reviews.c.facts,
            reviews.c.date_published,
            reviews.c.imdb_id,
            reviews.c.home_video,
        )
        rows: list[RowMapping] = []
        if row_ids is None:
            rows = list(conn.execute(select(*columns).order_by(reviews.c.id)).mappings())
        else:
            for chunk in _chunked(sorted(row_ids)):
                statement = select(*columns).where(reviews.c.id.in_(chunk))
                rows.extend(conn.execute(statement).mappings())
        inputs = [_link_input(row) for row in rows]
        return resolve_all(conn, inputs)

    def _block_films(
        self, conn: Connection, keys: set[str], films_seen: set[str]
    ) -> tuple[set[str], set[str]]:
        """Films reachable from ``keys`` through shared title and people keys (all the reviews
        that could be linked differently once the new reviews are in), and their keys."""
        found = set(films_seen)
        frontier_keys, seen_keys = set(keys), set(keys)
        frontier_films = set(films_seen)
        while frontier_keys or frontier_films:
            new_films: set[str] = set()
            for chunk in _chunked(sorted(frontier_keys)):
                statement = select(film_titles.c.film_id).where(film_titles.c.title_key.in_(chunk))
                new_films.update(conn.execute(statement).scalars())
            new_films = (new_films - found) | frontier_films
            found |= new_films
            frontier_films = set()
            frontier_keys = set()
            for chunk in _chunked(sorted(new_films)):
                statement = select(film_titles.c.title_key).where(film_titles.c.film_id.in_(chunk))
                frontier_keys.update(conn.execute(statement).scalars())
            frontier_keys -= seen_keys
            seen_keys |= frontier_keys
        return found, seen_keys

    def _unlinked_rows(self, conn: Connection, keys: set[str], exclude: set[int]) -> set[int]:
        """Reviews left without a film (no title, and no single film of their directors and
        year yet) whose people keys meet ``keys``: a new review may settle them."""
        ends = {int(key.rsplit(":", 1)[1]) for key in keys if key.startswith("@")}
        years = sorted(ends | {year - 1 for year in ends})  # a year's keys: it and the next
        if not years:
            return set()
        statement = select(reviews.c.id, reviews.c.facts).where(
            reviews.c.film_id.is_(None), reviews.c.film_year.in_(years)
        )
        found = set()
        for row_id, facts in conn.execute(statement):
            directors, year = facts.get("directors") or (), facts.get("year")
            if row_id not in exclude and people_keys(directors, year) & keys:
                found.add(row_id)
        return found

    def _relink_block(self, conn: Connection, row_ids: set[int], old_films: set[str]) -> set[str]:
        """Re-link the new reviews with every stored review they could share a film with.

        Returns the films to refresh: the block's films before and after.
        """
        fresh = self._link_inputs(conn, row_ids)
        keys = {key for item in fresh for key in item.block_keys}
        block_films, block_keys = self._block_films(conn, keys, old_films)
        while strays := self._unlinked_rows(conn, block_keys, row_ids):
            row_ids = row_ids | strays
            fresh += self._link_inputs(conn, strays)
            keys = {key for item in fresh for key in item.block_keys}
            block_films, block_keys = self._block_films(conn, keys, block_films)
        block_rows = set(row_ids)
        for chunk in _chunked(sorted(block_films)):
            statement = select(reviews.c.id).where(reviews.c.film_id.in_(chunk))
            block_rows.update(conn.execute(statement).scalars())
        others = self._link_inputs(conn, block_rows - row_ids) if block_rows - row_ids else []
        inputs = [*fresh, *others]
        clusters = link_films(inputs)
        for chunk in _chunked(sorted(block_rows)):
            conn.execute(reviews.update().where(reviews.c.id.in_(chunk)).values(film_id=None))
        for chunk in _chunked(sorted(block_films)):
            conn.execute(film_titles.delete().where(film_titles.c.film_id.in_(chunk)))
            conn.execute(films.delete().where(films.c.film_id.in_(chunk)))
        self._write_films(conn, clusters, inputs)
        return {cluster.film.film_id for cluster in clusters}

    def _write_films(
        self, conn: Connection, clusters: Sequence[FilmCluster], inputs: Sequence[LinkInput]
    ) -> None:
        """Insert the films, their title keys, and point their reviews at them."""
        if not clusters:
            return
        conn.execute(
            films.insert(),
            [
                {
                    "film_id": c.film.film_id,
                    "title": c.film.title,
                    "title_key": title_key(c.film.title),
                    "year": c.film.year,
                    "directors": list(c.film.directors),
                    "tconst": c.film.tconst,
                    "facts": {"catalog": _catalog_facts(c)} if c.catalog else {},
                    "aggregate": {},
                    "review_count": len(c.review_ids),
                }
                for c in clusters
            ],
        )
        title_rows = [
            {"film_id": c.film.film_id, "title_key": key, "title": title, "weak": False}
            for c in clusters
            for key, title in c.titles.items()
        ]
        title_rows += [
            {"film_id": c.film.film_id, "title_key": key, "title": None, "weak": True}
            for c in clusters
            for key in sorted((c.weak_keys | c.people_keys) - set(c.titles))
        ]
        conn.execute(film_titles.insert(), title_rows)
        # A review's film year becomes its film's (pooled from every review, or the catalog's),
        # so lists and the search's year filter agree with the film page; the year the page
        # itself states stays in the review's facts.
        assign = (
            reviews.update()
            .where(reviews.c.review_id == bindparam("b_review_id"))
            .values(film_id=bindparam("b_film_id"), film_year=bindparam("b_year"))
        )
        stated = {item.review_id: item.year for item in inputs}
        conn.execute(
            assign,
            [
                {
                    "b_review_id": review_id,
                    "b_film_id": c.film.film_id,
                    "b_year": c.film.year or stated.get(review_id),
                }
                for c in clusters
                for review_id in c.review_ids
            ],
        )

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

    def _recalibrate(self, conn: Connection, row_ids: set[int]) -> set[str]:
        """Films whose calibrated average must move because a saved review shifted its
        critic's habits past ``HABITS_DRIFT`` (or gave the critic enough reviews to have any)."""
        critic_ids: set[str] = set()
        for chunk in _chunked(sorted(row_ids)):
            statement = select(reviews.c.critic_id).where(
                reviews.c.id.in_(chunk), reviews.c.critic_id.is_not(None)
            )
            critic_ids.update(conn.execute(statement).scalars())
        applied = self._critic_habits(conn, critic_ids)
        moved = [
            (critic_id, habits)
            for critic_id, habits in sorted(self._live_habits(conn, critic_ids).items())
            if habits.drifted_from(applied.get(critic_id))
        ]
        if not moved:
            return set()
        moved_ids = [critic_id for critic_id, _ in moved]
        for chunk in _chunked(moved_ids):
            conn.execute(critic_habits.delete().where(critic_habits.c.critic_id.in_(chunk)))
        self._apply_habits(conn, [habits for _, habits in moved])
        found: set[str] = set()
        for chunk in _chunked(moved_ids):
            statement = select(reviews.c.film_id).where(
                reviews.c.critic_id.in_(chunk), reviews.c.film_id.is_not(None)
            )
            found.update(conn.execute(statement).scalars())
        return found

    def _apply_habits(self, conn: Connection, habits: Iterable[CriticHabits]) -> None:
        rows = [
            {
                "critic_id": h.critic_id,
                "review_count": h.review_count,
                "mean": h.mean,
                "spread": h.spread,
            }
            for h in habits
            if h.usable
        ]
        if rows:
            conn.execute(critic_habits.insert(), rows)

    def _live_habits(
        self, conn: Connection, critic_ids: Collection[str]
    ) -> dict[str, CriticHabits]:
        """Each critic's habits from all of their reviews now."""
        habits: dict[str, CriticHabits] = {}
        score = reviews.c.verdict_score
        for chunk in _chunked(sorted(critic_ids)):
            statement = (
                select(reviews.c.critic_id, func.count(), func.sum(score), func.sum(score * score))
                .where(reviews.c.critic_id.in_(chunk))
                .group_by(reviews.c.critic_id)
            )
            for critic_id, count, total, squares in conn.execute(statement):
                habits[critic_id] = CriticHabits.from_sums(
                    critic_id, int(count), float(total), float(squares)
                )
        return habits

    def _critic_habits(
        self, conn: Connection, critic_ids: Collection[str]
    ) -> dict[str, CriticHabits]:
        """The habits the critics' calibrated scores are computed with (see ``critic_habits``)."""
        habits: dict[str, CriticHabits] = {}
        for chunk in _chunked(sorted(critic_ids)):
            statement = select(critic_habits).where(critic_habits.c.critic_id.in_(chunk))
            for row in conn.execute(statement).mappings():
                habits[row["critic_id"]] = CriticHabits(
                    row["critic_id"], row["review_count"], row["mean"], row["spread"]
                )
        return habits

    def _refresh_films(self, conn: Connection, film_ids: Collection[str]) -> None:
        """Recompute the films' aggregates and merged facts from all of their reviews."""
        for chunk in _chunked(sorted(film_ids)):
            rows = (
                conn.execute(
                    _with_names(
                        reviews.c.film_id,
                        reviews.c.review_id,
                        reviews.c.critic_id,
                        reviews.c.verdict_score,
                        reviews.c.verdict_label,
                        reviews.c.verdict_confidence,
                        reviews.c.from_grade,
                        reviews.c.pull_quote,
                        reviews.c.evidence,
                        reviews.c.facts,
                    ).where(reviews.c.film_id.in_(chunk))
                )
                .mappings()
                .all()
            )
            habits = self._critic_habits(conn, {r["critic_id"] for r in rows if r["critic_id"]})
            catalog = {
                film_id: facts["catalog"]
                for film_id, facts in conn.execute(
                    select(films.c.film_id, films.c.facts).where(films.c.film_id.in_(chunk))
                )
                if facts and facts.get("catalog")
            }
            by_film: dict[str, list[RowMapping]] = {film_id: [] for film_id in chunk}
            for row in rows:
                by_film[row["film_id"]].append(row)
            updates = []
            for film_id, film_rows in by_film.items():
                reception = film_reception([_summary(r, habits) for r in film_rows])
                updates.append(
                    {
                        "b_film_id": film_id,
                        "review_count": reception.review_count,
                        "score": reception.score,
                        "aggregate": to_jsonable(reception),
                        "facts": merge_facts([r["facts"] for r in film_rows])
                        | ({"catalog": catalog[film_id]} if film_id in catalog else {}),
                    }
                )
            conn.execute(films.update().where(films.c.film_id == bindparam("b_film_id")), updates)

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
        conditions = _review_filters(film_id, critic_id, publication_id, since, until)
        orderings = {
            "newest": (reviews.c.date_published.desc().nulls_last(), reviews.c.id.desc()),
            "oldest": (reviews.c.date_published.asc().nulls_last(), reviews.c.id),
            "score": (reviews.c.verdict_score.desc(), reviews.c.id),
        }
        statement = _review_select(full=False).where(*conditions).order_by(*orderings[order])
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
        conditions = _review_filters(film_id, critic_id, publication_id, since, until)
        last_id = 0
        while True:
            statement = (
                _review_select()
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
        rows = self._query(_review_select().where(reviews.c.review_id == review_id))
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
        orderings = {
            "reviews": (films.c.review_count.desc(), films.c.title),
            "score": (films.c.score.desc().nulls_last(), films.c.review_count.desc()),
            "title": (films.c.title,),
            "year": (films.c.year.desc().nulls_last(), films.c.title),
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

    def critic_rows(self, *, limit: int | None = None, offset: int = 0) -> list[Row]:
        """Critics with their review counts, most prolific first."""
        count = func.count(reviews.c.id).label("review_count")
        statement = (
            select(critics, count)
            .join(reviews, reviews.c.critic_id == critics.c.critic_id, isouter=True)
            .group_by(critics.c.critic_id, critics.c.name)
            .order_by(count.desc(), critics.c.name)
        )
        if limit is not None:
            statement = statement.limit(limit).offset(offset)
        return self._query(statement)

    def publication(self, publication_id: str) -> Row | None:
        statement = select(publications).where(publications.c.publication_id == publication_id)
        rows = self._query(statement)
        return rows[0] if rows else None

    def publication_rows(self, *, limit: int | None = None, offset: int = 0) -> list[Row]:
        """Publications with their review counts, busiest first."""
        count = func.count(reviews.c.id).label("review_count")
        statement = (
            select(publications, count)
            .join(reviews, reviews.c.publication_id == publications.c.publication_id, isouter=True)
            .group_by(publications.c.publication_id, publications.c.name, publications.c.domain)
            .order_by(count.desc(), publications.c.name)
        )
        if limit is not None:
            statement = statement.limit(limit).offset(offset)
        return self._query(statement)

    def search(self, query: SearchQuery) -> SearchPage:
        """Reviews matching words and filters, with facet counts (see :mod:`.search`)."""
        with self.engine.connect() as conn:
            return run_search(conn, self.dialect, _review_select(full=False), query)

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:

            def count(table: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

            graded = conn.execute(
                select(func.count()).select_from(reviews).where(reviews.c.grade_value.is_not(None))
            ).scalar_one()
            return {
                "reviews": count(reviews),
                "films": count(films),
                "critics": count(critics),
                "publications": count(publications),
                "graded_reviews": int(graded),
            }

    # -- site templates --------------------------------------------------------------------

    def stored_hashes(self, page_uris: Sequence[str]) -> dict[str, str]:
        """The content hash stored for each of these page addresses that the store holds:
        ingest compares it before extracting, so unchanged pages cost one lookup."""
        found: dict[str, str] = {}
        for chunk in _chunked(list(page_uris)):
            statement = select(reviews.c.page_uri, reviews.c.content_sha256).where(
                reviews.c.page_uri.in_(chunk)
            )
            found.update((row["page_uri"], row["content_sha256"]) for row in self._query(statement))
        return found

    def stored_hash(self, page_uri: str) -> str | None:
        return self.stored_hashes([page_uri]).get(page_uri)

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


_IN_CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's limits
_REFRESH_CHUNK = 200  # films whose aggregates one relink transaction refreshes

# Statements run once per saved review, built once: SQLAlchemy then reuses their compiled form.
_FOUND = (reviews.c.id, reviews.c.review_id, reviews.c.content_sha256, reviews.c.film_id)
_BY_CANONICAL_URL, _BY_PAGE_URI, _BY_CONTENT = (
    select(*_FOUND).where(column == bindparam("b_value")).limit(1)
    for column in (reviews.c.canonical_url, reviews.c.page_uri, reviews.c.content_sha256)
)
_CRITIC_BY_ID = select(critics.c.critic_id).where(critics.c.critic_id == bindparam("b_id"))
_PUBLICATION_BY_KEY = select(publications.c.publication_id, publications.c.domain).where(
    publications.c.name_key == bindparam("b_key")
)


def _chunked(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _link_input(row: RowMapping) -> LinkInput:
    """A stored review's facts as linking reads them."""
    facts: Mapping[str, Any] = row["facts"] or {}
    published = row["date_published"]
    return LinkInput(
        review_id=row["review_id"],
        title=facts.get("title"),
        original_title=facts.get("original_title"),
        year=facts.get("year"),
        directors=tuple(facts.get("directors") or ()),
        cast=tuple(member["actor"] for member in facts.get("cast") or ()),
        published_year=published.year if published else None,
        tconst=row["imdb_id"],
        home_video=bool(row["home_video"]),
    )


def _catalog_facts(cluster: FilmCluster) -> dict[str, Any]:
    """What the catalog says about a film, kept beside the facts merged from its reviews."""
    title = cluster.catalog
    assert title is not None
    return {
        "tconst": title.tconst,
        "title": title.title,
        "original_title": title.original_title,
        "year": title.year,
        "title_type": title.title_type,
        "directors": list(title.directors),
        "principals": list(title.principals),
    }


def _summary(row: RowMapping, habits: Mapping[str, CriticHabits]) -> ReviewSummary:
    """A stored review as the aggregate reads it, its score also on its critic's habits."""
    score = float(row["verdict_score"])
    return ReviewSummary(
        review_id=row["review_id"],
        score=score,
        label=Label(row["verdict_label"]),
        from_grade=bool(row["from_grade"]),
        calibrated=calibrated_score(score, habits.get(row["critic_id"] or "")),
        critic=row["critic_name"],
        publication=row["publication_name"],
        pull_quote=row["pull_quote"],
        evidence=tuple(
            Evidence(item["sentence"], float(item["weight"])) for item in row["evidence"] or ()
        ),
        confidence=float(row["verdict_confidence"]),
    )


_HEAVY_COLUMNS = ("body", "facts", "article", "evidence")
"""Columns that list views (film, critic, search pages) never show: left out of their rows."""


def _review_select(*, full: bool = True) -> Any:
    columns = (
        list(reviews.c)
        if full
        else [column for column in reviews.c if column.name not in _HEAVY_COLUMNS]
    )
    return _with_names(*columns)


def _with_names(*columns: Any) -> Any:
    """Review columns with the critic's and publication's names joined in."""
    return (
        select(
            *columns,
            critics.c.name.label("critic_name"),
            publications.c.name.label("publication_name"),
        )
        .join(critics, critics.c.critic_id == reviews.c.critic_id, isouter=True)
        .join(
            publications,
            publications.c.publication_id == reviews.c.publication_id,
            isouter=True,
        )
    )


def _review_filters(
    film_id: str | None,
    critic_id: str | None,
    publication_id: str | None,
    since: dt.date | None,
    until: dt.date | None,
) -> list[Any]:
    """WHERE conditions for the filters that are set."""
    conditions: list[Any] = []
    if film_id is not None:
        conditions.append(reviews.c.film_id == film_id)
    if critic_id is not None:
        conditions.append(reviews.c.critic_id == critic_id)
    if publication_id is not None:
        conditions.append(reviews.c.publication_id == publication_id)
    if since is not None:
        conditions.append(reviews.c.date_published >= since)
    if until is not None:
        conditions.append(reviews.c.date_published <= until)
    return conditions


def merge_facts(per_review: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One facts record for a film: for each field, the value stated by the most reviews."""
    merged: dict[str, Any] = {}
    fields = ("title", "year", "original_title", "distributor", "mpaa_rating", "runtime_minutes")
    for name in fields:
        votes: dict[str, tuple[int, Any]] = {}
        for facts in per_review:
            value = facts.get(name)
            if value in (None, "", []):
                continue
            key = repr(value)
            votes[key] = (votes.get(key, (0, value))[0] + 1, value)
        if votes:
            merged[name] = max(votes.values(), key=lambda vote: vote[0])[1]
    for name in ("directors", "writers"):
        seen: dict[str, str] = {}
        for facts in per_review:
            for person in facts.get(name) or []:
                seen.setdefault(person.casefold(), person)
        merged[name] = list(seen.values())
    cast: dict[str, dict[str, Any]] = {}
    for facts in per_review:
        for member in facts.get("cast") or []:
            entry = cast.setdefault(member["actor"].casefold(), dict(member))
            if not entry.get("character") and member.get("character"):
                entry["character"] = member["character"]
    merged["cast"] = list(cast.values())
    releases = [r for facts in per_review for r in facts.get("release_dates") or []]
    merged["release_dates"] = sorted({(r["date"], r["kind"]) for r in releases})
    return merged
