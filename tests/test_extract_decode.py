"""Bytes to text: BOMs, declared and mislabelled charsets, repairs, and pages refused."""

from __future__ import annotations

import os

import pytest

from reception.extract import decode_page
from reception.records import Page, PageError

CURLY = "It’s a “triumph” — café"


def page(raw: bytes, content_type: str = "text/html", declared: str | None = None) -> Page:
    return Page(uri="test.html", raw=raw, content_type=content_type, declared_encoding=declared)


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
def test_bom_decides_the_encoding(bom: bytes, codec: str) -> None:
    text = decode_page(page(bom + html(CURLY).encode(codec), declared="iso-8859-1"))
    assert CURLY in text


def test_declared_latin1_is_read_as_windows_1252() -> None:
    raw = html(CURLY).encode("cp1252")
    assert CURLY in decode_page(page(raw, declared="ISO-8859-1"))


def test_meta_charset_is_read_when_nothing_is_declared() -> None:
    raw = html(CURLY, '<meta http-equiv="Content-Type" content="text/html; charset=latin1">')
    assert CURLY in decode_page(page(raw.encode("cp1252")))


def test_valid_utf8_wins_over_a_wrong_label() -> None:
    raw = html(CURLY, '<meta charset="windows-1252">').encode("utf-8")
    assert CURLY in decode_page(page(raw, declared="iso-8859-1"))


def test_undeclared_windows_1252_falls_back_to_detection() -> None:
    raw = html("Les critiques ont adoré ce film — c’était “magnifique”, disent-ils. " * 5)
    text = decode_page(page(raw.encode("cp1252"), content_type=""))
    assert "adoré" in text and "c’était" in text


def test_utf8_read_as_windows_1252_and_saved_again_is_repaired() -> None:
    misread = "".join(
        bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b))
        for b in CURLY.encode("utf-8")
    )
    assert CURLY in decode_page(page(html(misread).encode("utf-8")))


def test_control_characters_are_dropped_and_mojibake_after_them_repaired() -> None:
    misread = CURLY.encode("utf-8").decode("cp1252", errors="replace")
    text = decode_page(page(html("Rust\x01 and\x0c Bone\x1b, " + misread).encode("utf-8")))
    assert "Rust and Bone, " in text and not any(c in text for c in "\x01\x0c\x1b")
    assert "café" in text


def test_utf16_without_bom() -> None:
    assert CURLY in decode_page(page(html(CURLY).encode("utf-16-le")))


@pytest.mark.parametrize("raw", [b"", b"   \n\t  ", b"\xef\xbb\xbf"])
def test_empty_pages_are_refused(raw: bytes) -> None:
    with pytest.raises(PageError) as caught:
        decode_page(page(raw))
    assert caught.value.failure.kind == "empty"


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n" + os.urandom(4000),
        b"%PDF-1.7\n" + os.urandom(500),
        bytes(range(32)) * 50,
    ],
)
def test_binary_junk_is_refused(raw: bytes) -> None:
    with pytest.raises(PageError) as caught:
        decode_page(page(raw))
    assert caught.value.failure.kind == "binary"


def test_a_50_megabyte_page_is_refused_as_too_large() -> None:
    raw = html("word " * (10 * 1024 * 1024)).encode("ascii")
    assert len(raw) > 50_000_000
    with pytest.raises(PageError) as caught:
        decode_page(page(raw))
    assert caught.value.failure.kind == "too_large"


def test_undeclared_cyrillic_is_detected() -> None:
    text = "Фильм о любви и боли, снятый с редкой нежностью и без жалости к героям. " * 6
    assert "нежностью" in decode_page(page(html(text).encode("cp1251"), content_type=""))


def test_mostly_ascii_page_with_one_curly_quote_is_windows_1252() -> None:
    raw = html("Greta Gerwig’s wonderful coming-of-age comedy is a treat. " * 3).encode("cp1252")
    assert "Gerwig’s" in decode_page(page(raw, content_type=""))


def test_windows_1252_bytes_under_a_utf8_label_are_read_as_windows_1252() -> None:
    text = "Ação, reação e “emoção” — o filme de Jürgen é um triunfo. " * 4
    raw = html(text, '<meta charset="utf-8">').encode("cp1252")
    assert text in decode_page(page(raw, declared="utf-8"))


def test_undeclared_greek_is_detected() -> None:
    text = "Μια ταινία για την αγάπη και τον πόνο, γυρισμένη με σπάνια τρυφερότητα. " * 6
    assert "τρυφερότητα" in decode_page(page(html(text).encode("cp1253"), content_type=""))
