"""The store: SQLite by default (WAL, FTS5), PostgreSQL by URL, one schema and one API.

Ingest is idempotent: a review is found again by its canonical URL, its page URI or its
content hash, and is updated rather than duplicated. Each call to :meth:`Store.save_reviews`
is one transaction, so a crash loses at most the batch in flight and a re-run completes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import make_url

from reception.aggregate import film_reception
from reception.aggregate.film import ReviewScore
from reception.link import clean_person_name, match_film, new_film, slug, title_key
from reception.records import Film, Label, Review, to_jsonable
from reception.store.rows import review_columns
from reception.store.schema import critics, films, publications, reviews, site_templates
from reception.store.search import SearchPage, SearchQuery
from reception.store.search import search as run_search

DEFAULT_DB = "reception.db"
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
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


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
        if migrate:
            self.migrate()

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None) -> Store:
        return cls(resolve_url(db))

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        config = Config()
        config.set_main_option("script_location", "reception.store:migrations")
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    # -- writing ---------------------------------------------------------------------------

    def save_reviews(self, batch: Sequence[Review]) -> list[SaveResult]:
        """Upsert a batch of reviews in one transaction and refresh the films they touch."""
        results: list[SaveResult] = []
        touched: set[str] = set()
        with self.engine.begin() as conn:
            for review in batch:
                result, film_ids = self._save_one(conn, review)
                results.append(result)
                touched.update(film_ids)
            for film_id in sorted(touched):
                self._refresh_film(conn, film_id)
        return results

    def _find_existing(self, conn: Connection, review: Review) -> Row | None:
        columns = (reviews.c.id, reviews.c.review_id, reviews.c.content_sha256, reviews.c.film_id)
        canonical = review.article.canonical_url
        probes = [reviews.c.page_uri == review.page_uri]
        if canonical:
            probes.insert(0, reviews.c.canonical_url == canonical)
        probes.append(reviews.c.content_sha256 == review.content_sha256)
        for probe in probes:
            row = conn.execute(select(*columns).where(probe).limit(1)).mappings().first()
            if row is not None:
                return dict(row)
        return None

    def _save_one(self, conn: Connection, review: Review) -> tuple[SaveResult, set[str]]:
        existing = self._find_existing(conn, review)
        if existing is not None and existing["content_sha256"] == review.content_sha256:
            return SaveResult(existing["review_id"], "unchanged"), set()
        now = dt.datetime.now(dt.UTC)
        film_id = self._link_film(conn, review)
        values = self._row_values(conn, review, film_id)
        values["updated_at"] = now
        if existing is None:
            values["review_id"] = review_id_for(review)
            values["ingested_at"] = now
            inserted = conn.execute(reviews.insert().values(**values)).inserted_primary_key
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
        film_ids = {film_id} | (
            {existing["film_id"]} if existing and existing["film_id"] else set()
        )
        return SaveResult(review_id, outcome), film_ids

    def _row_values(self, conn: Connection, review: Review, film_id: str) -> dict[str, Any]:
        values = review_columns(review)
        values["critic_id"] = self._link_named(
            conn, critics, "critic_id", review.article.critic, person=True
        )
        values["publication_id"] = self._link_named(
            conn, publications, "publication_id", review.article.publication
        )
        values["film_id"] = film_id
        return values

    def _link_named(
        self,
        conn: Connection,
        table: Any,
        key_column: str,
        name: str | None,
        *,
        person: bool = False,
    ) -> str | None:
        """The id of the critic or publication called ``name``, created on first sight."""
        if not name:
            return None
        display = clean_person_name(name) if person else " ".join(name.split())
        if not display:
            return None
        entity_id = slug(display)
        key = table.c[key_column]
        if conn.execute(select(key).where(key == entity_id)).first() is None:
            conn.execute(table.insert().values({key_column: entity_id, "name": display}))
        return entity_id

    def _link_film(self, conn: Connection, review: Review) -> str:
        facts = review.film
        key = title_key(facts.title or "Untitled")
        rows = conn.execute(select(films).where(films.c.title_key == key)).mappings().all()
        candidates = [
            Film(r["film_id"], r["title"], r["year"], tuple(r["directors"]), r["tconst"])
            for r in rows
        ]
        found = match_film(facts, candidates)
        if found is not None:
            return found.film_id
        film = new_film(facts)
        film_id, suffix = film.film_id, 2
        while conn.execute(select(films.c.film_id).where(films.c.film_id == film_id)).first():
            film_id, suffix = f"{film.film_id}-{suffix}", suffix + 1
        conn.execute(
            films.insert().values(
                film_id=film_id,
                title=film.title,
                title_key=key,
                year=film.year,
                directors=list(film.directors),
                facts={},
                aggregate={},
                review_count=0,
            )
        )
        return film_id

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

    def _refresh_film(self, conn: Connection, film_id: str) -> None:
        """Recompute a film's aggregate and merged facts from all of its reviews."""
        rows = (
            conn.execute(
                select(
                    reviews.c.verdict_score,
                    reviews.c.verdict_label,
                    reviews.c.from_grade,
                    reviews.c.facts,
                ).where(reviews.c.film_id == film_id)
            )
            .mappings()
            .all()
        )
        scores = [
            ReviewScore(r["verdict_score"], Label(r["verdict_label"]), bool(r["from_grade"]))
            for r in rows
        ]
        reception = film_reception(scores)
        conn.execute(
            films.update()
            .where(films.c.film_id == film_id)
            .values(
                review_count=reception.review_count,
                score=reception.score,
                aggregate=to_jsonable(reception),
                facts=merge_facts([r["facts"] for r in rows]),
            )
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
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Row]:
        """Reviews with their critic and publication names, newest first."""
        conditions = _review_filters(film_id, critic_id, publication_id, None, None)
        statement = (
            _review_select()
            .where(*conditions)
            .order_by(reviews.c.date_published.desc().nulls_last(), reviews.c.id.desc())
        )
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

    def critic_rows(self) -> list[Row]:
        count = func.count(reviews.c.id).label("review_count")
        statement = (
            select(critics, count)
            .join(reviews, reviews.c.critic_id == critics.c.critic_id, isouter=True)
            .group_by(critics.c.critic_id, critics.c.name)
            .order_by(count.desc(), critics.c.name)
        )
        return self._query(statement)

    def publication(self, publication_id: str) -> Row | None:
        statement = select(publications).where(publications.c.publication_id == publication_id)
        rows = self._query(statement)
        return rows[0] if rows else None

    def publication_rows(self) -> list[Row]:
        count = func.count(reviews.c.id).label("review_count")
        statement = (
            select(publications, count)
            .join(reviews, reviews.c.publication_id == publications.c.publication_id, isouter=True)
            .group_by(publications.c.publication_id, publications.c.name, publications.c.domain)
            .order_by(count.desc(), publications.c.name)
        )
        return self._query(statement)

    def search(self, query: SearchQuery) -> SearchPage:
        """Reviews matching words and filters, with facet counts (see :mod:`.search`)."""
        with self.engine.connect() as conn:
            return run_search(conn, self.dialect, _review_select(), query)

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

    def site_template(self, site: str) -> dict[str, Any] | None:
        rows = self._query(select(site_templates).where(site_templates.c.site == site))
        return dict(rows[0]["template"]) if rows else None

    def save_site_template(self, site: str, template: dict[str, Any], page_count: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(site_templates.delete().where(site_templates.c.site == site))
            conn.execute(
                site_templates.insert().values(site=site, template=template, page_count=page_count)
            )


def _review_select() -> Any:
    return (
        select(
            reviews,
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
