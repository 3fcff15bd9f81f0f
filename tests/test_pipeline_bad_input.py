"""Pages that once crashed a run: each now gives a review or a typed failure for itself.

Found by fuzzing the pipeline (bench/bench_fuzz.py) and by hand as an attacker would.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reception.cli import app
from reception.extract import selectors as sel
from reception.names import domain_of
from reception.pipeline import review_page
from reception.records import Page, PageError, to_jsonable
from reception.store import Store
from tests.test_extract_html import PROSE, review_html

HALF_AN_EMOJI = '"Arrival \\ud83c"'  # JSON text: a lone surrogate once decoded


def _with_json_ld(markup: str) -> str:
    return review_html().replace(
        "</head>", f'<script type="application/ld+json">{markup}</script></head>'
    )


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (*_strings(key), *_strings(item))]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


SURROGATE_PAGE = _with_json_ld(
    '{"@context": "https://schema.org", "@type": "Review", '
    f'"name": {HALF_AN_EMOJI}, "author": {{"@type": "Person", "name": "Dana \\udc00"}}, '
    '"itemReviewed": {"@type": "Movie", "name": ' + HALF_AN_EMOJI + ", "
    '"director": {"@type": "Person", "name": "\\ud83c"}, '
    '"actor": [{"@type": "Person", "name": "Amy \\udfff"}]}}'
)


def test_a_lone_surrogate_is_replaced_once_and_every_string_encodes() -> None:
    page = Page(uri="pages/surrogate.html", raw=SURROGATE_PAGE.encode(), content_type="text/html")
    review = review_page(page)
    strings = _strings(to_jsonable(review))
    for text in strings:
        text.encode("utf-8")  # raises on a lone surrogate
    assert any("\ufffd" in text for text in strings)


def test_a_page_with_a_lone_surrogate_is_stored_and_printed(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "surrogate.html").write_text(SURROGATE_PAGE, encoding="utf-8")
    db = tmp_path / "store.db"
    runner = CliRunner()
    stored = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert stored.exit_code == 0, stored.output
    store = Store.open(db)
    assert store.stats()["reviews"] == 1
    store.close()
    printed = runner.invoke(app, ["extract", str(folder / "surrogate.html")])
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.stdout.splitlines()[0])["headline"]


def test_two_documents_in_one_file_read_as_one() -> None:
    second = review_html(body=("A second page saved after the first, about another film.",) * 3)
    raw = (review_html() + second).encode()
    review = review_page(Page(uri="pages/twice.html", raw=raw, content_type="text/html"))
    assert PROSE[0] in review.article.body


def test_a_malformed_canonical_address_is_ignored() -> None:
    html = review_html().replace("</head>", '<link rel="canonical" href="https://[host/a"></head>')
    review = review_page(Page(uri="pages/canon.html", raw=html.encode(), content_type="text/html"))
    assert review.article.canonical_url is None
    assert domain_of("https://[host/a") is None


def test_a_credit_that_folds_to_nothing_is_skipped() -> None:
    html = _with_json_ld(
        '{"@context": "https://schema.org", "@type": "Review", "itemReviewed": '
        '{"@type": "Movie", "name": "Rust and Bone", "director": {"@type": "Person", '
        '"name": "\\ufffd"}}}'
    ).replace(PROSE[3], "The screenplay is by Jacques Audiard and Thomas Bidegain, and it shows.")
    review = review_page(Page(uri="pages/credit.html", raw=html.encode(), content_type="text/html"))
    assert "Audiard" in " ".join(review.film.writers)


@pytest.mark.parametrize(
    "raw",
    [
        b"<html><head><title>Nothing</title></head><body><div></div></body></html>",
        bytes(random.Random(7).randrange(32, 127) for _ in range(4000)),
        bytes(random.Random(8).randrange(160, 256) for _ in range(4000)),
    ],
    ids=["empty-body", "random-ascii", "random-high-bytes"],
)
def test_a_page_without_readable_text_is_no_body(raw: bytes) -> None:
    for content_type in ("text/html", ""):
        with pytest.raises(PageError) as caught:
            review_page(Page(uri="pages/noise.html", raw=raw, content_type=content_type))
        assert caught.value.failure.kind in ("no_body", "binary", "undecodable")
    with pytest.raises(PageError) as caught:
        review_page(Page(uri="pages/noise.txt", raw=raw, content_type="text/plain"))
    assert caught.value.failure.kind == "no_body" or raw.startswith(b"<html")


def test_a_giant_one_line_dump_is_read_within_bounds() -> None:
    sentence = "The film moves with a patience that rewards anyone willing to sit still. "
    raw = (sentence * (sel.MAX_TEXT_CHARS // len(sentence) + 5000)).encode()
    review = review_page(Page(uri="giant.txt", raw=raw, content_type="text/plain"))
    kept = sum(len(p) for p in review.article.body)
    assert sel.MAX_BODY_CHARS - len(sentence) < kept <= sel.MAX_BODY_CHARS


def test_a_large_tree_is_read_from_its_own_blocks() -> None:
    # Refused as a review, so its body is the general one (the block model), which keeps
    # the archive's heading as a line of its main text.
    count = 15_100  # two elements a line: <p> and <b>; 30,200 elements
    lines = "".join(f"<p><b>Line {n}</b> of a long archive page.</p>" for n in range(count))
    raw = f"<html><body><h1>Archive</h1>{lines}</body></html>".encode()
    page = Page(uri="archive.html", raw=raw, content_type="text/html")
    review = review_page(page, keep_all=True)  # an archive page, kept though not a review
    assert review.article.body[:2] == ("Archive", "Line 0 of a long archive page.")
    assert len(review.article.body) == sel.MAX_PARAGRAPHS
