"""Catalog titles for linking: which stored IMDb titles a review could be about, read with
plain queries (the importer's pyarrow and numpy are not loaded to link or open a store)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace

from sqlalchemy import Connection, RowMapping, select

from reception.link.films import (
    CatalogListing,
    CatalogTitle,
    LinkInput,
    plausible_titles,
    resolve_catalog,
)
from reception.store.queries import chunked
from reception.store.schema import catalog_keys, catalog_names, catalog_people, catalog_titles

CAST_ROLES = frozenset({"actor", "actress", "self"})


def has_catalog(conn: Connection) -> bool:
    return conn.execute(select(catalog_titles.c.tconst).limit(1)).first() is not None


CACHE_KIB = 256 * 1024


def _listings(conn: Connection, keys: Collection[str]) -> dict[str, list[CatalogListing]]:
    """The catalog titles filed under each of the title keys."""
    found: dict[str, list[CatalogListing]] = defaultdict(list)
    for chunk in chunked(sorted(keys)):
        statement = (
            select(
                catalog_keys.c.title_key,
                catalog_titles.c.tconst,
                catalog_titles.c.year,
                catalog_titles.c.votes,
            )
            .join(catalog_titles, catalog_titles.c.tconst == catalog_keys.c.tconst)
            .where(catalog_keys.c.title_key.in_(chunk))
        )
        for key, tconst, year, votes in conn.execute(statement):
            found[key].append(CatalogListing(tconst, year, votes or 0))
    return found


def load_catalog_titles(conn: Connection, tconsts: Collection[str]) -> dict[str, CatalogTitle]:
    aliases: dict[str, list[str]] = defaultdict(list)
    people: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    rows: list[RowMapping] = []
    for chunk in chunked(sorted(tconsts)):
        rows.extend(
            conn.execute(select(catalog_titles).where(catalog_titles.c.tconst.in_(chunk)))
            .mappings()
            .all()
        )
        key_rows = conn.execute(
            select(catalog_keys.c.tconst, catalog_keys.c.title).where(
                catalog_keys.c.tconst.in_(chunk)
            )
        )
        for tconst, title in key_rows:
            aliases[tconst].append(title)
        people_rows = conn.execute(
            select(
                catalog_people.c.tconst,
                catalog_people.c.role,
                catalog_people.c.ordering,
                catalog_names.c.name,
            )
            .join(catalog_names, catalog_names.c.nconst == catalog_people.c.nconst)
            .where(catalog_people.c.tconst.in_(chunk))
        )
        for tconst, role, ordering, name in people_rows:
            people[tconst].append((role, ordering, name))
    found = {}
    for row in rows:
        credits = sorted(people[row["tconst"]], key=lambda p: (p[0], p[1]))
        found[row["tconst"]] = CatalogTitle(
            tconst=row["tconst"],
            title=row["title"],
            year=row["year"],
            title_type=row["title_type"],
            original_title=row["original_title"],
            directors=tuple(name for role, _, name in credits if role == "director"),
            principals=tuple(name for role, _, name in credits if role in CAST_ROLES),
            aliases=tuple(sorted(set(aliases[row["tconst"]]))),
            votes=row["votes"],
        )
    return found


def resolve_all(conn: Connection, inputs: Sequence[LinkInput]) -> list[LinkInput]:
    """The reviews with the catalog title each is about, where the catalog settles it."""
    if not inputs or not has_catalog(conn):
        return list(inputs)
    if conn.dialect.name == "sqlite":  # lookups hop all over a large file: keep its pages
        conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    resolved: list[LinkInput] = []
    for start in range(0, len(inputs), 2_000):
        chunk = inputs[start : start + 2_000]
        listings = _listings(conn, {k for item in chunk for k in item.strong_keys | item.weak_keys})
        plausible = [
            sorted({*plausible_titles(item, listings), *([item.tconst] if item.tconst else [])})
            for item in chunk
        ]
        known = load_catalog_titles(conn, {tconst for found in plausible for tconst in found})
        for item, tconsts in zip(chunk, plausible, strict=True):
            found = resolve_catalog(item, [known[t] for t in tconsts if t in known])
            resolved.append(replace(item, catalog=found) if found else item)
    return resolved
