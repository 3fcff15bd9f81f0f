"""The pipeline on a real Dask LocalCluster gives the same store as the serial path."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.ingest.batch import ingest
from reception.scale import ingest_on_dask
from reception.store import Store
from tests.conftest import DEMO_CORPUS, fresh_postgres_store


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    return sorted(
        (Path(r["page_uri"]).name, r["film_id"], r["verdict_score"], r["headline"])
        for r in store.iter_review_rows()
    )


def test_dask_ingest_matches_serial_ingest(tmp_path: Path) -> None:
    serial = Store.open(tmp_path / "serial.db")
    ingest(serial, [DEMO_CORPUS])
    parallel = Store.open(tmp_path / "dask.db")
    summary = ingest_on_dask(parallel, [DEMO_CORPUS], "local", workers=2, chunk_pages=8)
    assert summary.counts["new"] == serial.stats()["reviews"] > 30
    assert _snapshot(parallel) == _snapshot(serial)
    again = ingest_on_dask(parallel, [DEMO_CORPUS], "local", workers=2, chunk_pages=8)
    assert again.counts["new"] == 0
    assert again.counts["unchanged"] == summary.counts["new"]


def test_dask_ingest_into_postgresql_reports_bad_files(tmp_path: Path, postgres_url: str) -> None:
    store = fresh_postgres_store(postgres_url)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.html").write_bytes(b"")
    (pages / "junk.html").write_bytes(bytes(range(256)) * 64)
    sample = sorted(DEMO_CORPUS.rglob("*.html"))[:6]
    for source in sample:
        (pages / source.name).write_bytes(source.read_bytes())
    summary = ingest_on_dask(store, [pages], "local", workers=2, chunk_pages=3)
    assert summary.counts["new"] == len(sample)
    assert {f.uri.rsplit("/", 1)[-1] for f in summary.failures} == {"empty.html", "junk.html"}
    assert store.stats()["reviews"] == len(sample)
    store.close()


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "r.db")
    with pytest.raises(OSError):
        ingest_on_dask(store, [tmp_path], "tcp://127.0.0.1:9", connect_timeout_s=2)
