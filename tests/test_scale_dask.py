"""The pipeline on a real Dask LocalCluster gives the same store as the serial path."""

from __future__ import annotations

import os
import signal
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reception.cli import app
from reception.ingest.batch import ingest
from reception.scale import ingest_on_dask
from reception.store import Store
from tests.conftest import DEMO_CORPUS, fresh_postgres_store
from tests.warcfiles import write_warc
from tests.webserver import Route, send, serving


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


def test_a_warc_is_split_into_record_runs_and_a_killed_workers_chunk_is_retried(
    tmp_path: Path,
) -> None:
    from distributed import LocalCluster

    pages = sorted(DEMO_CORPUS.rglob("*.html"))[:12]
    archive = write_warc(
        tmp_path / "crawl.warc.gz",
        [(f"https://ledger.example/{p.name}", p.read_bytes(), "text/html") for p in pages],
    )
    store = Store.open(tmp_path / "r.db")
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    killed: list[int] = []

    def kill_one_worker(_uri: str) -> None:
        if not killed:  # once the first chunk is back, kill a worker holding others
            process = next(iter(cluster.workers.values())).process.process
            killed.append(process.pid)
            os.kill(process.pid, signal.SIGKILL)

    try:
        summary = ingest_on_dask(
            store, [archive], cluster.scheduler_address, chunk_pages=2, on_page=kill_one_worker
        )
    finally:
        cluster.close()
    assert killed
    assert summary.failures == []
    assert summary.counts["new"] == store.stats()["reviews"] == len(pages)
    stored = sorted(row["page_uri"] for row in store.iter_review_rows())
    assert stored == sorted(f"https://ledger.example/{p.name}" for p in pages)


def _tagged(body: bytes, tag: str) -> Route:
    """A page with an ETag, answered 304 to a request that sends the tag back."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == tag:
            handler.send_response(304)
            handler.end_headers()
        else:
            send(handler, body, ETag=tag)

    return route


def test_a_url_list_and_a_sitemap_are_fetched_on_dask_workers_and_a_rerun_asks_for_changes(
    tmp_path: Path,
) -> None:
    pages = sorted(DEMO_CORPUS.rglob("*.html"))[:4]
    routes = {f"/{n}.html": _tagged(p.read_bytes(), f'"v{n}"') for n, p in enumerate(pages)}
    with serving(routes) as site:
        sitemap = tmp_path / "sitemap.xml"
        sitemap.write_text(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{site.url('/2.html')}</loc></url>"
            f"<url><loc>{site.url('/3.html')}</loc></url></urlset>"
        )
        url_list = tmp_path / "urls.txt"
        url_list.write_text(
            f"# two pages and one that is gone\n{site.url('/0.html')}\n{site.url('/1.html')}\n"
            f"{site.url('/gone.html')}  # 404\n"
        )
        db = tmp_path / "r.db"
        command = [
            "ingest", str(sitemap), "--urls", str(url_list), "--dask", "local", "--workers", "1",
            "--allow-private", "--delay", "0", "--page-timeout", "0", "--db", str(db),
        ]  # fmt: skip
        first = CliRunner().invoke(app, command)
        assert first.exit_code == 0, first.output
        store = Store.open(db)
        assert sorted(r["page_uri"] for r in store.iter_review_rows()) == [
            site.url(f"/{n}.html") for n in range(4)
        ]
        assert "http 1" in first.output  # the page that is gone, counted by kind
        record = store.last_fetch(site.url("/0.html"))
        assert record is not None and (record.status, record.etag) == (200, '"v0"')
        again = CliRunner().invoke(app, command)
        assert again.exit_code == 0, again.output
        for n in range(4):  # each page asked for once more, with its tag: 304, not sent again
            assert site.hits[f"/{n}.html"] == 2
            assert site.headers[f"/{n}.html"]["if-none-match"] == f'"v{n}"'
        assert store.stats()["reviews"] == 4
        store.close()
