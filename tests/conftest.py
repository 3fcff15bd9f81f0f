"""Shared fixtures: real SQLite stores on disk and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import glob
import io
import os
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from reception.store import Store

REPO = Path(__file__).resolve().parent.parent
DEMO_CORPUS = REPO / "reception" / "demo" / "corpus"


def require(condition: bool, why: str) -> None:
    """Skip on a developer's machine that lacks a system part; in CI a missing part fails."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide this: {why}")
    pytest.skip(why)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "reception.db")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the bundled demo corpus, as ``make demo`` builds it (read-only use)."""
    from typer.testing import CliRunner

    from reception.cli import app

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = CliRunner().invoke(app, ["ingest", str(DEMO_CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server of our own on a loopback port, torn down on leaving (tests and
    bench scripts use it)."""
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    require(bool(binaries), "PostgreSQL server binaries (Debian package postgresql)")
    require(shutil.which("runuser") is not None or os.geteuid() != 0, "runuser")
    bin_dir = Path(binaries[-1])
    workdir = Path(tempfile.mkdtemp(prefix="reception-pg-"))
    data = workdir / "data"
    port = _free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(workdir, user="postgres")
    subprocess.run(
        [*as_postgres, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -k {workdir} -c fsync=off"
    subprocess.run(
        [
            *as_postgres,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "start",
            "-l",
            str(workdir / "log"),
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server of our own for the test session."""
    with postgres_server() as url:
        yield url


def fresh_postgres_store(server_url: str) -> Store:
    """A store on a new, empty database of the throwaway server."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return Store(server_url.rsplit("/", 1)[0] + "/" + name)


def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """The command line's progress console, drawn as on a terminal into a string (ANSI codes
    stripped by :func:`screen_text`)."""
    from rich.console import Console

    import reception.cli

    screen = io.StringIO()
    monkeypatch.setattr(
        reception.cli, "console", Console(file=screen, force_terminal=True, width=200)
    )
    return screen


def screen_text(screen: io.StringIO) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
