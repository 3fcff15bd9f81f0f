"""The one ingest driver: hash checked before extraction, pages streamed, templates sampled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reception.ingest import batch
from reception.ingest.batch import Unchanged, ingest, review_pages, with_templates
from reception.ingest.files import iter_pages
from reception.records import Failure, Page, Review
from reception.store import Store
from tests.conftest import DEMO_CORPUS


def test_a_page_the_store_holds_unchanged_is_skipped_before_extraction() -> None:
    # random bytes fail extraction; a matching stored hash must answer before extraction runs
    junk = Page(uri="pages/junk.html", raw=bytes(range(256)) * 64, content_type="text/html")
    (fresh,) = review_pages([(junk, None)], lambda uri: None)
    assert isinstance(fresh, Failure)
    (known,) = review_pages([(junk, None)], {junk.uri: junk.content_sha256}.get)
    assert known == Unchanged(junk.uri)


def test_rerun_over_a_complete_store_reports_every_page_unchanged(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "r.db")
    first = ingest(store, [DEMO_CORPUS])
    again = ingest(store, [DEMO_CORPUS])
    assert first.counts["new"] > 30
    assert again.counts["unchanged"] == first.counts["new"]
    assert again.counts["new"] == again.counts["updated"] == 0


def test_pages_stream_through_holding_only_a_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    pulled = 0

    def pages() -> Iterator[Page]:
        nonlocal pulled
        for n in range(40):
            pulled += 1
            yield Page(uri=f"site/{n}.txt", raw=b"x" * 1000 + str(n).encode(), site="site")

    monkeypatch.setattr(batch, "SAMPLE_BYTES", 10_000)  # a small bound for the test
    stream = with_templates(pages(), None)
    first, _template = next(stream)
    assert first.uri == "site/0.txt"
    assert pulled <= 10  # the sample's bytes, not the site's 40 pages
    assert len(list(stream)) == 39


def test_a_site_template_is_learned_from_its_text_pages() -> None:
    sites = [p for p in DEMO_CORPUS.iterdir() if p.is_dir() and len(list(p.glob("*.txt"))) >= 3]
    assert sites, "the demo corpus has a site of text dumps"
    paired = list(with_templates(iter_pages([sites[0]]), None))
    assert all(template is not None for item, template in paired if isinstance(item, Page))
    results = list(review_pages(paired))
    assert all(isinstance(r, Review) for r in results)


@pytest.mark.parametrize("page_timeout", [None, 30.0], ids=["in-process", "guarded"])
def test_a_page_that_is_not_a_review_is_skipped_unless_kept_and_then_marked(
    tmp_path: Path, page_timeout: float | None
) -> None:
    from tests.test_extract_detector import ARTICLE_ROOT, CONTACT_PAGE

    pages = tmp_path / "pages"
    pages.mkdir()
    review = sorted(DEMO_CORPUS.rglob("*.html"))[0]
    article = sorted(ARTICLE_ROOT.rglob("*.html"))[0]
    (pages / review.name).write_bytes(review.read_bytes())
    (pages / article.name).write_bytes(article.read_bytes())
    (pages / "contact.html").write_bytes(CONTACT_PAGE)

    skipped = Store.open(tmp_path / "skip.db")
    summary = ingest(skipped, [pages], page_timeout=page_timeout)
    assert summary.counts["new"] == 1
    assert sorted((Path(f.uri).name, f.kind) for f in summary.failures) == sorted(
        [(article.name, "not-a-review"), ("contact.html", "not-a-review")]
    )

    kept = Store.open(tmp_path / "keep.db")
    summary = ingest(kept, [pages], page_timeout=page_timeout, keep_all=True)
    assert summary.counts["new"] == 3 and summary.failures == []
    marks = {
        Path(row["page_uri"]).name: row["article"]["review_check"]["is_review"]
        for row in kept.iter_review_rows()
    }
    assert marks == {review.name: True, article.name: False, "contact.html": False}
