"""Reading files and folders into pages: suffixes, gzip, sites, and bad files as failures."""

from __future__ import annotations

import gzip
from pathlib import Path

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
