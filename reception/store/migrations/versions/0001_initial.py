"""Initial schema: films, critics, publications, reviews, site templates, full-text index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "films",
        sa.Column("film_id", sa.String(200), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("title_key", sa.String(300), nullable=False, index=True),
        sa.Column("year", sa.Integer),
        sa.Column("directors", sa.JSON, nullable=False),
        sa.Column("tconst", sa.String(20), index=True),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("aggregate", sa.JSON, nullable=False),
        sa.Column("review_count", sa.Integer, nullable=False),
        sa.Column("score", sa.Float),
    )
    op.create_table(
        "critics",
        sa.Column("critic_id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
    )
    op.create_table(
        "publications",
        sa.Column("publication_id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("domain", sa.String(255)),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("review_id", sa.String(32), nullable=False, unique=True),
        sa.Column("page_uri", sa.Text, nullable=False, index=True),
        sa.Column("canonical_url", sa.Text, index=True),
        sa.Column("content_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("site", sa.String(255)),
        sa.Column("headline", sa.Text),
        sa.Column("dek", sa.Text),
        sa.Column("critic_id", sa.String(200), sa.ForeignKey("critics.critic_id"), index=True),
        sa.Column(
            "publication_id",
            sa.String(200),
            sa.ForeignKey("publications.publication_id"),
            index=True,
        ),
        sa.Column("film_id", sa.String(200), sa.ForeignKey("films.film_id"), index=True),
        sa.Column("date_published", sa.Date, index=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("film_title", sa.Text),
        sa.Column("film_year", sa.Integer),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("home_video", sa.JSON),
        sa.Column("grade_raw", sa.Text),
        sa.Column("grade_value", sa.Float),
        sa.Column("grade_scale", sa.String(20)),
        sa.Column("verdict_score", sa.Float, nullable=False),
        sa.Column("verdict_label", sa.String(10), nullable=False, index=True),
        sa.Column("verdict_confidence", sa.Float, nullable=False),
        sa.Column("text_score", sa.Float),
        sa.Column("from_grade", sa.Boolean, nullable=False),
        sa.Column("disagreement", sa.Boolean, nullable=False),
        sa.Column("pull_quote", sa.Text),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("article", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "site_templates",
        sa.Column("site", sa.String(255), primary_key=True),
        sa.Column("template", sa.JSON, nullable=False),
        sa.Column("page_count", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE reviews_fts USING fts5("
            "headline, film_title, critic, body, tokenize='unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE INDEX ix_reviews_fts ON reviews USING gin (to_tsvector('english', "
            "coalesce(headline, '') || ' ' || coalesce(film_title, '') || ' ' || "
            "replace(coalesce(critic_id, ''), '-', ' ') || ' ' || body))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE reviews_fts")
    for table in ("reviews", "site_templates", "publications", "critics", "films"):
        op.drop_table(table)
