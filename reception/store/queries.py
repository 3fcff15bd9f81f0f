"""Query pieces the store's reads and its search share, built once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, select

from reception.store.schema import critics, publications, reviews

IN_CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's limits
HEAVY_COLUMNS = ("body", "facts", "article", "evidence")
"""Columns that list views (film, critic, search pages) never show: left out of their rows."""


def chunked(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in slices of ``IN_CHUNK``, one ``IN (...)`` list each."""
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]


def join_publication(statement: Select[Any]) -> Select[Any]:
    """The statement with each review's publication joined in (reviews without one kept)."""
    return statement.join(
        publications,
        publications.c.publication_id == reviews.c.publication_id,
        isouter=True,
    )


def with_names(*columns: Any) -> Select[Any]:
    """Review columns with the critic's and publication's names joined in."""
    statement = select(
        *columns,
        critics.c.name.label("critic_name"),
        publications.c.name.label("publication_name"),
    ).join(critics, critics.c.critic_id == reviews.c.critic_id, isouter=True)
    return join_publication(statement)


def review_select(*, full: bool = True) -> Select[Any]:
    """Review rows with names; ``full=False`` leaves out the ``HEAVY_COLUMNS``."""
    columns = (
        list(reviews.c)
        if full
        else [column for column in reviews.c if column.name not in HEAVY_COLUMNS]
    )
    return with_names(*columns)


def review_filters(
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
