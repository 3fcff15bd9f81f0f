"""Reading files and folders into pages: suffixes, gzip, sites, and bad files as failures."""

from __future__ import annotations

import gzip
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from reception.ingest import iter_pages
from reception.ingest.files import read_page
from reception.records import Failure, Page


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folder_yields_pages_of_every_supported_kind_in_order(tmp_path: Path) -> None:
    write(tmp_path / "ledger" / "b.html", b"<html><body><p>b</p></body></html>")
    write(tmp_path / "ledger" / "a.htm", b"<html><body><p>a</p></body></html>")
    write(tmp_path / "dumps" / "c.txt", b"A plain text dump")
    (tmp_path / "dumps" / "d.txt.gz").write_bytes(gzip.compress(b"Compressed dump"))
    write(tmp_path / "notes.json", b"{}")
    pages = list(iter_pages([tmp_path]))
    assert all(isinstance(p, Page) for p in pages)
    names = [Path(p.uri).name for p in pages]
    assert names == ["c.txt", "d.txt.gz", "a.htm", "b.html"]
    by_name = {Path(p.uri).name: p for p in pages if isinstance(p, Page)}
    assert by_name["d.txt.gz"].raw == b"Compressed dump"
    assert by_name["d.txt.gz"].content_type == "text/plain"
    assert by_name["a.htm"].site == "ledger"


def test_empty_truncated_and_missing_files_are_failures_not_crashes(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.html", b"   \n")
    truncated = write(tmp_path / "cut.html.gz", gzip.compress(b"<html>" * 1000)[:40])
    failures = [read_page(empty), read_page(truncated), read_page(tmp_path / "gone.html")]
    assert all(isinstance(f, Failure) for f in failures)
    assert [f.kind for f in failures if isinstance(f, Failure)] == ["empty", "corrupt", "missing"]


def test_unsupported_file_named_directly_is_reported(tmp_path: Path) -> None:
    picture = write(tmp_path / "poster.jpg", b"\xff\xd8\xff")
    (result,) = list(iter_pages([picture]))
    assert isinstance(result, Failure)
    assert result.kind == "unsupported"


def test_content_hash_identifies_bytes() -> None:
    one = Page(uri="a", raw=b"same")
    two = Page(uri="b", raw=b"same")
    assert one.content_sha256 == two.content_sha256
    assert one.content_sha256 != Page(uri="a", raw=b"other").content_sha256


T = TypeVar("T")


def unprivileged(work: Callable[[], T]) -> T:
    """Run ``work`` as an ordinary user: root reads every file, so permission tests need one."""
    if os.geteuid() != 0:
        return work()
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the forked child
        try:
            os.close(reader)
            os.setgid(65534)
            os.setuid(65534)
            with os.fdopen(writer, "wb") as out:
                pickle.dump(work(), out)
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as incoming:
        result: T = pickle.load(incoming)
    os.waitpid(child, 0)
    return result


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder an ordinary user can reach (pytest's own tmp folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="reception-perm-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_permission_denied_is_its_own_kind_and_an_unlistable_folder_is_reported(
    open_dir: Path,
) -> None:
    readable = write(open_dir / "site" / "ok.html", b"<html><body><p>fine</p></body></html>")
    readable.chmod(0o644)
    locked = write(open_dir / "site" / "locked.html", b"<html><body><p>no</p></body></html>")
    locked.chmod(0o000)
    hidden = open_dir / "site" / "private"
    write(hidden / "inside.html", b"<html></html>")
    (open_dir / "site").chmod(0o755)
    hidden.chmod(0o000)
    results = unprivileged(lambda: list(iter_pages([open_dir])))
    kinds = {Path(r.uri).name: r.kind for r in results if isinstance(r, Failure)}
    assert kinds == {"locked.html": "permission", "private": "permission"}
    assert [Path(r.uri).name for r in results if isinstance(r, Page)] == ["ok.html"]
    hidden.chmod(0o755)


def test_a_fifo_is_reported_and_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    (result,) = list(iter_pages([fifo]))  # opening a FIFO with no writer would hang here
    assert isinstance(result, Failure)
    assert result.kind == "special"
    write(tmp_path / "real.html", b"<html><body><p>a page</p></body></html>")
    names = [Path(r.uri).name for r in iter_pages([tmp_path])]
    assert names == ["pipe.html", "real.html"]
