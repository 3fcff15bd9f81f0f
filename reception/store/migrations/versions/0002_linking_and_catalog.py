"""Linking and catalog: film title aliases, stated IMDb ids, publication keys, IMDb catalog.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("imdb_id", sa.String(20)))
    with op.batch_alter_table("publications") as batch:
        batch.add_column(sa.Column("name_key", sa.String(200)))
        batch.create_index("ix_publications_name_key", ["name_key"])
    op.create_table(
        "film_titles",
        sa.Column("film_id", sa.String(200), sa.ForeignKey("films.film_id"), primary_key=True),
        sa.Column("title_key", sa.String(300), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("weak", sa.Boolean, nullable=False),
    )
    op.create_index("ix_film_titles_title_key", "film_titles", ["title_key"])
    op.create_table(
        "catalog_titles",
        sa.Column("tconst", sa.String(20), primary_key=True),
        sa.Column("title_type", sa.String(20), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("original_title", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("runtime_minutes", sa.Integer),
        sa.Column("votes", sa.Integer),
    )
    op.create_table(
        "catalog_keys",
        sa.Column("title_key", sa.String(300), nullable=False),
        sa.Column("tconst", sa.String(20), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
    )
    op.create_index("ix_catalog_keys_title_key", "catalog_keys", ["title_key"])
    op.create_table(
        "catalog_people",
        sa.Column("tconst", sa.String(20), nullable=False),
        sa.Column("nconst", sa.String(20), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("ordering", sa.Integer, nullable=False),
    )
    op.create_index("ix_catalog_people_tconst", "catalog_people", ["tconst"])
    op.create_table(
        "catalog_names",
        sa.Column("nconst", sa.String(20), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("catalog_names", "catalog_people", "catalog_keys", "catalog_titles"):
        op.drop_table(table)
    op.drop_table("film_titles")
    with op.batch_alter_table("publications") as batch:
        batch.drop_index("ix_publications_name_key")
        batch.drop_column("name_key")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("imdb_id")
