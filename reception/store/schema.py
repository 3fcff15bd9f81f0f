"""The relational schema, shared by SQLite and PostgreSQL.

Alembic migrations (``reception/store/migrations``) create these tables; this module is the
single description the queries are written against.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

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
