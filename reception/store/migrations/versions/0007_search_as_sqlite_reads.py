"""PostgreSQL searches text as SQLite's index reads it: no stemming or stop words, accents gone.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

from reception.store.search import pg_document

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_reviews_fts")
    op.execute(f"CREATE INDEX ix_reviews_fts ON reviews USING gin ({pg_document()})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_reviews_fts")
    op.execute(
        "CREATE INDEX ix_reviews_fts ON reviews USING gin (to_tsvector('english', "
        "coalesce(headline, '') || ' ' || coalesce(film_title, '') || ' ' || "
        "replace(coalesce(critic_id, ''), '-', ' ') || ' ' || body))"
    )
