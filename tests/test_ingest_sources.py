"""Every source end to end through `reception ingest`: URLs, URL lists, sitemaps, feeds, WARC
and WordPress exports (reception's own round-trips), against files and a loopback server."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from reception.cli import app
from reception.ingest.fetch_options import FetchOptions
from reception.ingest.sources import Reader, SourceOptions
from reception.records import Page
from reception.store import Store
from tests.conftest import DEMO_CORPUS
from tests.warcfiles import write_warc
from tests.webserver import page, serving

runner = CliRunner()
FAST = ["--allow-private", "--delay", "0", "--fetch-timeout", "5"]


def demo_html(count: int) -> list[Path]:
    return sorted(DEMO_CORPUS.rglob("*.html"))[:count]


def ingest(*args: str, db: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", *args, "--db", str(db)])
    return result.exit_code, result.output


def reviews(db: Path) -> list[dict[str, object]]:
    return list(Store.open(db).iter_review_rows())


def test_a_url_is_fetched_and_stored_and_a_private_one_refused(tmp_path: Path) -> None:
    (source,) = demo_html(1)
    with serving({"/review.html": page(source.read_bytes())}) as site:
        code, output = ingest(site.url("/review.html"), *FAST, db=tmp_path / "r.db")
        assert code == 0, output
        refused_code, refused = ingest(site.url("/review.html"), db=tmp_path / "p.db")
    (row,) = reviews(tmp_path / "r.db")
    assert row["page_uri"] == site.url("/review.html")
    truth = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    assert row["headline"] == truth["headline"]
    assert refused_code == 1 and "private" in refused


def test_a_url_list_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    pages = demo_html(2)
    routes = {f"/{p.name}": page(p.read_bytes()) for p in pages}
    with serving(routes) as site:
        listing = tmp_path / "urls.txt"
        listing.write_text(
            "# reviews to read\n\n"
            + "\n".join(f"{site.url(route)}  # {n}" for n, route in enumerate(routes))
            + "\n"
        )
        code, output = ingest("--urls", str(listing), *FAST, db=tmp_path / "r.db")
    assert code == 0, output
    assert sorted(r["page_uri"] for r in reviews(tmp_path / "r.db")) == sorted(
        site.url(route) for route in routes
    )


def test_a_site_root_finds_its_sitemaps_through_robots_and_keeps_matching_recent_urls(
    tmp_path: Path,
) -> None:
    pages = demo_html(3)
    routes = {f"/reviews/{p.name}": page(p.read_bytes()) for p in pages}
    routes["/about.html"] = page(pages[0].read_bytes())
    with serving(routes) as site:
        entries = [(site.url(route), "2026-11-0" + str(n + 1)) for n, route in enumerate(routes)]
        urlset = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{u}</loc><lastmod>{d}</lastmod></url>" for u, d in entries)
            + "</urlset>"
        ).encode()
        index = (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{site.url('/reviews.xml.gz')}</loc></sitemap></sitemapindex>"
        ).encode()
        routes["/robots.txt"] = page(
            f"User-agent: *\nAllow: /\nSitemap: {site.url('/index.xml')}\n".encode(), "text/plain"
        )
        routes["/index.xml"] = page(index, "application/xml")
        routes["/reviews.xml.gz"] = page(gzip.compress(urlset), "application/gzip")
        args = [site.base + "/", "--match", "/reviews/", "--since", "2026-11-02", *FAST]
        code, output = ingest(*args, db=tmp_path / "r.db")
    assert code == 0, output
    stored = sorted(r["page_uri"] for r in reviews(tmp_path / "r.db"))
    assert stored == sorted(u for u, d in entries if "/reviews/" in u and d >= "2026-11-02")


FEED_REVIEW_PARAGRAPHS = (
    "Quiet Harbour, directed by Ines Varga, is a small film about a harbour master who stops "
    "counting the boats. It runs 104 minutes and does not waste one of them.",
    "Varga's patient camera is never slack: long takes of grey water, a kettle, a radio "
    "left on for company. Mara Kell plays the harbour master with a stillness that never turns "
    "into vanity, and Tomas Ruel, as the son who comes home too late, matches her.",
    "The script stumbles once, in a third-act storm that explains what the film had already "
    "shown us, and the score leans on strings where silence would have served.",
    "What stays is the last scene: the harbour master on the jetty at dawn, the radio finally "
    "off, a gull on the rail. Varga holds it long enough for the quiet to become the point.",
    "But these are small complaints about a film that trusts its audience. It is the best thing "
    "I have seen this autumn, and I would watch it again tomorrow. Four stars out of five.",
)


def _long_review(n: int) -> str:
    """A full review entry of our own writing, numbered so two feeds' entries differ."""
    return f"<p>Review {n}.</p>" + "".join(f"<p>{text}</p>" for text in FEED_REVIEW_PARAGRAPHS)


def test_a_feed_reads_full_entries_and_fetches_summary_ones(tmp_path: Path) -> None:
    (linked,) = demo_html(1)
    with serving({"/linked.html": page(linked.read_bytes())}) as site:
        feed = (
            '<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>The Ledger</title>'
            "<item><title>Review: Quiet Harbour</title><link>https://ledger.example/quiet</link>"
            "<dc:creator>Ada Marsh</dc:creator><pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{_long_review(1)}]]></content:encoded></item>"
            f"<item><title>Teaser</title><link>{site.url('/linked.html')}</link>"
            "<description>A short teaser.</description></item>"
            "</channel></rss>"
        ).encode()
        site_routes = {"/feed.xml": page(feed, "application/rss+xml")}
        with serving(site_routes) as feed_site:
            code, output = ingest(feed_site.url("/feed.xml"), *FAST, db=tmp_path / "r.db")
    assert code == 0, output
    assert feed_site.hits["/feed.xml"] == 1  # told a feed by its bytes, then read from them
    rows = {r["page_uri"]: r for r in reviews(tmp_path / "r.db")}
    assert set(rows) == {"https://ledger.example/quiet", site.url("/linked.html")}
    assert rows["https://ledger.example/quiet"]["headline"] == "Review: Quiet Harbour"


def test_an_atom_file_is_told_by_its_content(tmp_path: Path) -> None:
    atom = tmp_path / "reviews.atom.xml"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>'
        '<entry><title>Review: Quiet Harbour</title><link href="https://ledger.example/q"/>'
        "<author><name>Ada Marsh</name></author><published>2026-11-03T09:00:00Z</published>"
        f'<content type="html">{_escape(_long_review(2))}</content></entry></feed>',
        encoding="utf-8",
    )
    (item,) = list(Reader(SourceOptions()).read(str(atom)))
    assert isinstance(item, Page)
    assert b"Ada Marsh" in item.raw and b"patient camera" in item.raw


def _escape(html: str) -> str:
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_entity_bombs_and_xxe_are_refused_as_unsafe_xml(tmp_path: Path) -> None:
    laughs = tmp_path / "laughs.xml"
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    laughs.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"
    )
    xxe = tmp_path / "export.xml"
    xxe.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>'
        "<title>x</title><wp:post_type>post</wp:post_type>"
        "<content:encoded>&xxe;</content:encoded></item></channel></rss>"
    )
    for path, source in ((laughs, "feed"), (xxe, "wxr")):
        items = list(Reader(SourceOptions(kind=source)).read(str(path)))
        assert [(type(i).__name__, getattr(i, "kind", "")) for i in items] == [
            ("Failure", "unsafe_xml")
        ], path
    code, output = ingest(str(xxe), db=tmp_path / "r.db")
    assert code == 1 and "unsafe_xml" in output and "root:" not in output


def test_a_warc_folder_is_streamed_html_responses_only(tmp_path: Path) -> None:
    pages = demo_html(3)
    archives = tmp_path / "crawl"
    archives.mkdir()
    write_warc(
        archives / "a.warc.gz",
        [(f"https://ledger.example/{p.name}", p.read_bytes(), "text/html") for p in pages[:2]]
        + [("https://ledger.example/logo.png", b"\x89PNG", "image/png")],
    )
    write_warc(
        archives / "b.warc",
        [(f"https://other.example/{pages[2].name}", pages[2].read_bytes(), "text/html")],
    )
    saved_page = archives / "saved" / demo_html(4)[3].name
    saved_page.parent.mkdir()
    saved_page.write_bytes(demo_html(4)[3].read_bytes())  # a mixed folder: pages read too
    code, output = ingest(str(archives), db=tmp_path / "r.db")
    assert code == 0, output
    stored = sorted(r["page_uri"] for r in reviews(tmp_path / "r.db"))
    assert stored == sorted(
        [f"https://ledger.example/{p.name}" for p in pages[:2]]
        + [f"https://other.example/{pages[2].name}", str(saved_page)]
    )


def test_reception_wxr_export_round_trips_into_an_empty_store(tmp_path: Path) -> None:
    first = tmp_path / "first.db"
    code, output = ingest(str(DEMO_CORPUS), db=first)
    assert code == 0, output
    export = tmp_path / "export.xml"
    result = runner.invoke(app, ["export", "--db", str(first), "-f", "wxr", "-o", str(export)])
    assert result.exit_code == 0, result.output
    second = tmp_path / "second.db"
    code, output = ingest(str(export), db=second)
    assert code == 0, output
    before, after = Store.open(first), Store.open(second)
    assert after.stats() == before.stats()
    keys = ("headline", "critic", "publication", "film", "grade")
    rows_before = sorted(
        json.dumps([r.get(k) for k in keys], default=str) for r in _records(before)
    )
    rows_after = sorted(json.dumps([r.get(k) for k in keys], default=str) for r in _records(after))
    assert rows_after == rows_before


def _records(store: Store) -> list[dict[str, object]]:
    from reception.export import export_record

    records = []
    for row in store.iter_review_rows():
        record = export_record(row)
        record["film"] = {k: record["film"][k] for k in ("title", "year", "directors")}
        # the grade's value comes back; its spelling ("4/5") is the original page's text
        record["grade"] = record["grade"] and record["grade"]["value_0_100"]
        records.append(record)
    return records


def test_nothing_readable_is_a_failing_exit(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    code, output = ingest(str(empty), db=tmp_path / "r.db")
    assert code == 1
    assert "nothing could be read" in output


def test_dask_is_told_what_a_url_serves_a_feed_refused_a_sitemap_expanded(
    tmp_path: Path,
) -> None:
    """An ordinary address can serve a feed or a sitemap: before pages go to Dask workers
    the driver asks the server, refuses a feed in one line (feeds run in-process) and hands
    the workers a sitemap's pages, not the sitemap."""
    (source,) = demo_html(1)
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>The Ledger</title>'
        b"<item><title>Teaser</title><link>https://ledger.example/a</link></item>"
        b"</channel></rss>"
    )
    with serving(
        {"/news/": page(feed, "application/rss+xml"), "/review.html": page(source.read_bytes())}
    ) as site:
        urlset = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{site.url('/review.html')}</loc></url></urlset>"
        ).encode()
        with serving({"/maps/reviews.xml": page(urlset, "application/xml")}) as maps:
            code, output = ingest(
                site.url("/news/"), "--dask", "tcp://127.0.0.1:1", *FAST, db=tmp_path / "r.db"
            )
            reader = Reader(SourceOptions(fetch=FetchOptions(allow_private=True, delay_s=0)))
            sitemap_url, page_url = maps.url("/maps/reviews.xml"), site.url("/review.html")
            kinds = [reader.fetched_kind(url) for url in (sitemap_url, page_url)]
            listed = list(reader.page_urls([sitemap_url, page_url], []))
    assert code != 0
    assert "feeds and WordPress exports run in-process" in output
    assert "Traceback" not in output
    assert kinds == ["sitemap", "url"]
    assert listed == [page_url, page_url]
    assert maps.hits["/maps/reviews.xml"] == 1  # told a sitemap, then walked, in one fetch
