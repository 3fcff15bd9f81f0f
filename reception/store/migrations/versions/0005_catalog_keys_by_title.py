"""Catalog title spellings looked up by title too (a film's alternate titles for linking).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_catalog_keys_tconst", "catalog_keys", ["tconst"])


def downgrade() -> None:
    op.drop_index("ix_catalog_keys_tconst", "catalog_keys")
