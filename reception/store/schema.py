"""The relational schema, shared by SQLite and PostgreSQL.

Alembic migrations (``reception/store/migrations``) bring a store to these tables; this module
is the single description the queries are written against, and a new SQLite store is created
from it at once (:func:`create_sqlite_schema`; a test checks it against the migrations).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

SCHEMA_REVISION = "0007"
"""The newest migration's revision: a store at it opens without loading Alembic (a test checks
it against the migrations, so a new migration must move it)."""

metadata = MetaData()

films = Table(
    "films",
    metadata,
    Column("film_id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("title_key", String(300), nullable=False, index=True),
    Column("year", Integer),
    Column("directors", JSON, nullable=False, default=list),
    Column("tconst", String(20), index=True),
    Column("facts", JSON, nullable=False, default=dict),  # merged facts across reviews
    Column("aggregate", JSON, nullable=False, default=dict),  # score, % positive, consensus...
    Column("review_count", Integer, nullable=False, default=0),
    Column("score", Float),  # shown average (None under the minimum review count)
)

critics = Table(
    "critics",
    metadata,
    Column("critic_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
)

publications = Table(
    "publications",
    metadata,
    Column("publication_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("domain", String(255)),
    Column("name_key", String(200), index=True),  # name and domain spellings meet here (0002)
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("review_id", String(32), nullable=False, unique=True),
    Column("page_uri", Text, nullable=False, index=True),
    Column("canonical_url", Text, index=True),
    Column("content_sha256", String(64), nullable=False, index=True),
    Column("site", String(255)),
    Column("headline", Text),
    Column("dek", Text),
    Column("critic_id", String(200), ForeignKey("critics.critic_id"), index=True),
    Column("publication_id", String(200), ForeignKey("publications.publication_id"), index=True),
    Column("film_id", String(200), ForeignKey("films.film_id"), index=True),
    Column("imdb_id", String(20)),  # stated by the page's structured data (0002)
    Column("date_published", Date, index=True),
    Column("body", Text, nullable=False, default=""),
    Column("language", String(16)),
    Column("film_title", Text),
    Column("film_year", Integer),
    Column("facts", JSON, nullable=False, default=dict),
    Column("home_video", JSON),
    Column("grade_raw", Text),
    Column("grade_value", Float),
    Column("grade_scale", String(20)),
    Column("verdict_score", Float, nullable=False),
    Column("verdict_label", String(10), nullable=False, index=True),
    Column("verdict_confidence", Float, nullable=False),
    Column("text_score", Float),
    Column("from_grade", Boolean, nullable=False, default=False),
    Column("disagreement", Boolean, nullable=False, default=False),
    Column("pull_quote", Text),
    Column("evidence", JSON, nullable=False, default=list),
    Column("article", JSON, nullable=False, default=dict),  # side parts, structured data
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

site_templates = Table(
    "site_templates",
    metadata,
    Column("site", String(255), primary_key=True),
    Column("template", JSON, nullable=False),
    Column("page_count", Integer, nullable=False, default=0),
)

fetches = Table(  # migration 0006: the last fetch of each URL, for conditional re-fetch
    "fetches",
    metadata,
    Column("url", Text, primary_key=True),
    Column("final_url", Text, nullable=False),
    Column("status", Integer, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("date", Text),
    Column("fetched_at", DateTime(timezone=True)),
)

# -- linking and the imported catalog (migration 0002) -------------------------------------

film_titles = Table(
    "film_titles",
    metadata,
    Column("film_id", String(200), ForeignKey("films.film_id"), primary_key=True),
    Column("title_key", String(300), primary_key=True),
    Column("title", Text),  # a spelling with this key; None for a weak (shortened) key
    Column("weak", Boolean, nullable=False, default=False),
    Index("ix_film_titles_title_key", "title_key"),
)

catalog_titles = Table(
    "catalog_titles",
    metadata,
    Column("tconst", String(20), primary_key=True),
    Column("title_type", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Column("original_title", Text),
    Column("year", Integer),
    Column("runtime_minutes", Integer),
    Column("votes", Integer),
)

catalog_keys = Table(
    "catalog_keys",
    metadata,
    Column("title_key", String(300), nullable=False),
    Column("tconst", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Index("ix_catalog_keys_title_key", "title_key"),
    Index("ix_catalog_keys_tconst", "tconst"),  # a title's alternate titles (0005)
)

catalog_people = Table(
    "catalog_people",
    metadata,
    Column("tconst", String(20), nullable=False),
    Column("nconst", String(20), nullable=False),
    Column("role", String(20), nullable=False),  # director, writer, actor, ...
    Column("ordering", Integer, nullable=False),
    Index("ix_catalog_people_tconst", "tconst"),
)

catalog_names = Table(
    "catalog_names",
    metadata,
    Column("nconst", String(20), primary_key=True),
    Column("name", Text, nullable=False),
)

store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(50), primary_key=True),  # "generation": bumped by every write (0003)
    Column("value", Integer, nullable=False),
)

critic_habits = Table(
    "critic_habits",
    metadata,
    Column("critic_id", String(200), ForeignKey("critics.critic_id"), primary_key=True),
    Column("review_count", Integer, nullable=False),
    Column("mean", Float, nullable=False),
    Column("spread", Float, nullable=False),
)
"""The habits each critic's calibrated scores were computed with (0004): refreshed when the
critic's live habits drift past ``HABITS_DRIFT``, and exactly by ``relink``."""

SQLITE_SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE reviews_fts USING fts5("
    "headline, film_title, critic, body, tokenize='unicode61 remove_diacritics 2')"
)
"""SQLite's full-text index of reviews (migration 0001), kept in step by the store's writes."""

alembic_version = Table(  # as Alembic creates it, so a store made here upgrades like any other
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def create_sqlite_schema(conn: Connection) -> None:
    """A new SQLite store's schema at ``SCHEMA_REVISION`` in one go, stamped as Alembic would:
    running the migration chain costs a new store about 0.1 s of CPU (Alembic's import and
    seven steps) that a command pays before its first page."""
    metadata.create_all(conn)
    conn.exec_driver_sql(SQLITE_SEARCH_INDEX)
    conn.execute(store_meta.insert().values(key="generation", value=0))
    alembic_version.create(conn)
    conn.execute(alembic_version.insert().values(version_num=SCHEMA_REVISION))
