"""Critic habits: the mean and spread each critic's calibrated scores are computed with.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "critic_habits",
        sa.Column(
            "critic_id", sa.String(200), sa.ForeignKey("critics.critic_id"), primary_key=True
        ),
        sa.Column("review_count", sa.Integer, nullable=False),
        sa.Column("mean", sa.Float, nullable=False),
        sa.Column("spread", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("critic_habits")
