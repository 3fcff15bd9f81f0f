"""Every command that opens a store closes it itself - on success, on an error, on Ctrl-C - and
so does the web app on shutdown: with cyclic collection off, no connection is left open and
SQLite leaves no write-ahead log beside the file."""

from __future__ import annotations

import gc
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import Pool
from typer.testing import CliRunner

import reception.cli
from reception.cli import app
from reception.store import Store
from tests.conftest import DEMO_CORPUS, fresh_postgres_store
from tests.imdb_files import ImdbTitle, write_imdb_files

runner = CliRunner()


@contextmanager
def connections_opened() -> Iterator[list[Any]]:
    """Every DB-API connection opened meanwhile, with cyclic collection off (and each one held
    here, so neither the collector nor reference counting can close it for the command)."""
    opened: list[Any] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        opened.append(dbapi_connection)

    event.listen(Pool, "connect", on_connect)
    gc.disable()
    try:
        yield opened
    finally:
        gc.enable()
        event.remove(Pool, "connect", on_connect)


def is_closed(connection: Any) -> bool:
    if isinstance(connection, sqlite3.Connection):
        try:
            connection.total_changes  # noqa: B018 - raises once the connection is closed
        except sqlite3.ProgrammingError:
            return True
        return False
    return bool(connection.closed)  # psycopg


def assert_all_closed(opened: list[Any], db: str) -> None:
    assert opened, "the command opened no connection"
    assert all(is_closed(connection) for connection in opened)
    if "://" not in db:
        assert not Path(f"{db}-wal").exists()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new store's ``--db``: a SQLite file, or a database on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "r.db")
    store = fresh_postgres_store(request.getfixturevalue("postgres_url"))
    store.close()
    return store.url


@pytest.fixture
def one_page(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = sorted(DEMO_CORPUS.rglob("*.html"))[0]
    shutil.copy(page, pages / page.name)
    return pages


def run_closing(args: list[str], db: str, exit_code: int = 0) -> None:
    with connections_opened() as opened:
        result = runner.invoke(app, args)
    assert result.exit_code == exit_code, result.output
    assert_all_closed(opened, db)


def test_every_command_closes_its_store(db: str, one_page: Path, tmp_path: Path) -> None:
    imdb = write_imdb_files(tmp_path / "imdb", [ImdbTitle("tt0000001", "A Film", 1999)])
    run_closing(["ingest", str(one_page), "--db", db, "--page-timeout", "0"], db)
    run_closing(["stats", "--db", db], db)
    run_closing(["stats", "--db", db, "--json"], db)
    run_closing(["export", "--db", db, "-o", str(tmp_path / "out.jsonl")], db)
    run_closing(["relink", "--db", db], db)
    run_closing(["catalog", "import", "imdb", str(imdb), "--db", db], db)


def test_a_failed_or_interrupted_command_closes_its_store(
    db: str, one_page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unreadable = tmp_path / "unreadable"
    unreadable.mkdir()
    (unreadable / "empty.html").write_bytes(b"")
    run_closing(["ingest", str(unreadable), "--db", db], db, exit_code=1)

    from reception.ingest import batch

    ingest_items = batch.ingest_items

    def interrupted(*args: Any, **options: Any) -> Any:
        ingest_items(*args, **options)  # written, and the write's connection back in the pool
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "ingest_items", interrupted)
    run_closing(["ingest", str(one_page), "--db", db, "--page-timeout", "0"], db, exit_code=130)


def test_a_store_that_cannot_open_leaves_no_connection(tmp_path: Path) -> None:
    """Neither a file that is not SQLite nor a store whose schema this version cannot migrate
    (one a newer reception made, say) keeps the connection that found it out."""
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a store " * 100)
    newer = tmp_path / "newer.db"
    Store.open(newer).close()
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    for db in (notes, newer):
        with connections_opened() as opened:
            result = runner.invoke(app, ["stats", "--db", str(db)])
        assert result.exit_code == 2 and "cannot open the store" in result.output
        assert all(is_closed(connection) for connection in opened)
    assert opened


def test_demo_closes_the_store_it_builds(
    tmp_path: Path, one_page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reception.cli, "DEMO_CORPUS", one_page)
    db = str(tmp_path / "demo.db")
    run_closing(["demo", "--db", db, "--no-serve"], db)


def test_serve_closes_its_store_on_shutdown_and_on_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from fastapi.testclient import TestClient

    db = str(tmp_path / "r.db")

    def served_then_shut_down(target: Any, **_options: Any) -> None:
        with TestClient(target) as client:  # the lifespan: started, then shut down
            assert client.get("/api/v1/films").status_code == 200

    monkeypatch.setattr(uvicorn, "run", served_then_shut_down)
    run_closing(["serve", "--db", db], db)

    def interrupted(target: Any, **_options: Any) -> None:
        assert TestClient(target).get("/api/v1/films").status_code == 200  # no lifespan
        raise KeyboardInterrupt

    monkeypatch.setattr(uvicorn, "run", interrupted)
    run_closing(["serve", "--db", db], db, exit_code=130)

    workers_see: list[bool] = []
    with connections_opened() as opened:

        def in_workers(_target: Any, **_options: Any) -> None:
            workers_see.append(all(is_closed(connection) for connection in opened))

        monkeypatch.setattr(uvicorn, "run", in_workers)
        result = runner.invoke(app, ["serve", "--db", db, "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert opened and workers_see == [True]  # closed before the workers open their own


def test_the_web_app_closes_its_store_on_shutdown(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from reception.web import create_app

    db = str(tmp_path / "r.db")
    with connections_opened() as opened:
        with TestClient(create_app(Store.open(db))) as client:
            assert client.get("/").status_code == 200
        assert_all_closed(opened, db)
