"""Bad pages give a typed PageError or an empty Article, never a crash or a hang."""

from __future__ import annotations

import gc
import os

import pytest

from reception.extract import extract_article
from reception.records import Page, PageError
from tests.test_extract_html import PROSE, review_html


def html_page(raw: bytes) -> Page:
    return Page(uri="bad.html", raw=raw, content_type="text/html")


def test_one_hundred_thousand_nested_tags_parse_without_recursion_errors() -> None:
    raw = ("<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000).encode()
    article = extract_article(html_page(raw))
    assert article.body in ((), ("deep",))


def test_one_hundred_thousand_unclosed_inline_tags() -> None:
    raw = ("<html><body><p>" + "<b><i>" * 50_000 + "text").encode()
    article = extract_article(html_page(raw))
    assert article.uri == "bad.html"


def test_truncated_page_keeps_what_arrived() -> None:
    html = review_html()
    cut = html[: html.index(PROSE[2][:40])]
    article = extract_article(html_page(cut.encode()))
    assert article.headline == "Rust and Bone review: bruised romance"
    assert PROSE[0] in article.body


def test_markup_without_text_gives_an_empty_article() -> None:
    article = extract_article(html_page(b"<html><body><div><span></span></div></body></html>"))
    assert article.body == () and article.headline is None


def test_random_bytes_are_binary() -> None:
    with pytest.raises(PageError) as caught:
        extract_article(html_page(os.urandom(20_000)))
    assert caught.value.failure.kind in ("binary", "undecodable")


def test_fifty_megabytes_are_refused() -> None:
    raw = b"<html><body>" + b"<p>again and again</p>" * 2_400_000
    with pytest.raises(PageError) as caught:
        extract_article(html_page(raw))
    assert caught.value.failure.kind == "too_large"


def test_too_many_elements_are_refused() -> None:
    raw = b"<html><body>" + b"<p>x</p>" * 300_000
    with pytest.raises(PageError) as caught:
        extract_article(html_page(raw))
    assert caught.value.failure.kind == "too_large"


def test_broken_json_ld_is_ignored() -> None:
    html = review_html().replace(
        "</head>", '<script type="application/ld+json">{"@type": </script></head>'
    )
    article = extract_article(html_page(html.encode()))
    assert article.structured is None and PROSE[0] in article.body


def test_huge_text_dump_is_cut_to_bounded_lines() -> None:
    raw = ("A line of text that goes on.\n" * 400_000).encode()
    article = extract_article(Page(uri="dump.txt", raw=raw, content_type="text/plain"))
    assert len(article.body) <= 20_000


def test_control_characters_in_markup_are_dropped_not_fatal() -> None:
    html = review_html().replace(PROSE[1][:20], PROSE[1][:20] + "\x01\x02\x1b")
    article = extract_article(html_page(html.encode()))
    assert any(p.startswith(PROSE[1][:20]) for p in article.body)


def test_markup_with_no_document_is_empty() -> None:
    with pytest.raises(PageError) as caught:
        extract_article(html_page(b"<!DOCTYPE html><!-- nothing here -->"))
    assert caught.value.failure.kind == "empty"


def test_a_page_of_thousands_of_paragraphs_is_cut_to_a_bounded_body() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} of an endless archive page, saying little.</p>" for n in range(9000)
    )
    html = (
        f'<html><body><h1>Archive</h1><div class="entry-content">{paragraphs}</div></body></html>'
    )
    article = extract_article(html_page(html.encode()))
    assert len(article.body) == 5_000  # the heading may be kept: the count is what is bounded
    assert "Paragraph 0 of an endless archive page, saying little." in article.body[:2]


def test_garbage_collection_is_back_as_it_was_after_a_page_read_or_refused() -> None:
    """Collection is deferred while a page is read; it must never stay off afterwards, nor
    come on where the caller had turned it off."""
    assert gc.isenabled()
    extract_article(html_page(review_html().encode()))
    assert gc.isenabled()
    with pytest.raises(PageError):
        extract_article(html_page(os.urandom(4096)))
    assert gc.isenabled()
    gc.disable()
    try:
        extract_article(html_page(review_html().encode()))
        assert not gc.isenabled()
    finally:
        gc.enable()
