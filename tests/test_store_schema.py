"""A new SQLite store is created from the schema module, not by the migration chain: it must
end up where an old store upgraded by Alembic does, and upgrade like one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from reception.store import Store
from reception.store.schema import SCHEMA_REVISION


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "reception.store:migrations")
    return config


def _migrated_to(db: Path, revision: str) -> None:
    """A store left at an older revision by Alembic, as an older reception left it."""
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def _schema(db: Path) -> dict[str, object]:
    """Every table's and index's shape (columns compared by name: Alembic's batch mode
    appends a column a later revision adds), the search index's definition and the rows
    the store's bookkeeping starts with."""
    conn = sqlite3.connect(db)
    shape: dict[str, object] = {}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name, table, sql in objects:
        if kind == "index":
            shape[f"index {name}"] = table
        elif sql is not None and sql.startswith("CREATE VIRTUAL TABLE"):
            shape[f"virtual {name}"] = sql
        else:
            columns = sorted(
                (row[1], row[2], row[3], row[4], row[5])
                for row in conn.execute(f"PRAGMA table_info('{name}')")
            )
            keys = sorted(
                tuple(row[2:5]) for row in conn.execute(f"PRAGMA foreign_key_list('{name}')")
            )
            indexes = sorted(  # unique constraints' own indexes included (origin "u")
                (
                    [info[2] for info in conn.execute(f"PRAGMA index_info('{row[1]}')")],
                    row[2],
                    row[3],
                )
                for row in conn.execute(f"PRAGMA index_list('{name}')")
            )
            shape[f"{kind} {name}"] = (columns, keys, indexes)
    shape["version"] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    shape["meta"] = conn.execute("SELECT key, value FROM store_meta").fetchall()
    conn.close()
    return shape


def test_a_new_store_has_the_schema_of_an_old_store_upgraded_by_the_migrations(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.db"
    _migrated_to(old, "0001")
    Store.open(old).close()  # upgraded by Alembic, 0002 to the newest
    new = tmp_path / "new.db"
    Store.open(new).close()  # created at once from the schema module
    assert _schema(new) == _schema(old)
    assert _schema(new)["version"] == [(SCHEMA_REVISION,)]


def test_a_new_store_is_stamped_so_alembic_finds_nothing_to_do(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    Store.open(new).close()
    before = _schema(new)
    _migrated_to(new, "head")
    assert _schema(new) == before
