"""Bytes to text: the order browsers use, plus repairs for the labels sites get wrong."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from reception.extract import selectors as sel
from reception.records import MAX_PAGE_BYTES, Page, PageError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _latin1_fallback(error: UnicodeError) -> tuple[str | bytes, int]:
    """windows-1252 leaves five bytes undefined; browsers map them to the C1 controls."""
    if isinstance(error, UnicodeDecodeError):
        return bytes(error.object[error.start : error.end]).decode("latin-1"), error.end
    if isinstance(error, UnicodeEncodeError):
        # The same five, back to their bytes, so mojibake repair can round-trip them.
        return error.object[error.start : error.end].encode("latin-1"), error.end
    raise error


codecs.register_error("reception-latin1", _latin1_fallback)


def _normalize_label(label: str | None) -> str | None:
    """A usable Python codec name for a declared charset, or None when it is unknown."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    if cleaned in sel.WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(cleaned).name
    except LookupError:
        return None


def _declared(page: Page) -> str | None:
    if page.declared_encoding:
        return _normalize_label(page.declared_encoding)
    match = sel.CONTENT_TYPE_CHARSET.search(page.content_type or "")
    return _normalize_label(match.group(1)) if match else None


def _meta_declared(raw: bytes) -> str | None:
    match = sel.META_CHARSET.search(raw[: sel.SNIFF_BYTES])
    return _normalize_label(match.group(1).decode("ascii", "ignore")) if match else None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(raw: bytes) -> bool:
    """Magic numbers of common binary formats, or too many control bytes to be text."""
    head = raw[: sel.SNIFF_BYTES]
    if head.startswith(sel.BINARY_MAGIC):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 20)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte of ASCII markup is NUL."""
    head = raw[:512]
    if len(head) < 8:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > half * 0.8 and even_nuls == 0:
        return _decode_with(raw, "utf-16-le")
    if even_nuls > half * 0.8 and odd_nuls == 0:
        return _decode_with(raw, "utf-16-be")
    return None


def _decode_with(raw: bytes, codec: str) -> str | None:
    try:
        if codec == "cp1252":
            return raw.decode("cp1252", errors="reception-latin1")
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as windows-1252 and saved again ("Ã©" for "é")."""
    # Every mojibake sequence starts with one of these: looking for them is a few times
    # faster than the pattern's search over a whole page, and most pages hold none.
    if not any(lead in text for lead in sel.MOJIBAKE_LEADS) or not sel.MOJIBAKE.search(text):
        return text
    try:
        repaired = text.encode("cp1252", errors="reception-latin1").decode("utf-8")
    except UnicodeError:
        return _repair_runs(text)
    return (
        repaired if len(sel.MOJIBAKE.findall(repaired)) < len(sel.MOJIBAKE.findall(text)) else text
    )


def _repair_runs(text: str) -> str:
    """Repair mojibake sequence by sequence when the page mixes good and bad text."""

    def fix(match_text: str) -> str:
        try:
            return match_text.encode("cp1252", errors="reception-latin1").decode("utf-8")
        except UnicodeError:
            return match_text

    out: list[str] = []
    last = 0
    for match in sel.MOJIBAKE.finditer(text):
        start, end = match.start(), match.end()
        # A three-byte sequence ("â€™") needs the following character too.
        if text[start] == "â" and end < len(text):
            end += 1
        out.append(text[last:start])
        out.append(fix(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def decode_page(page: Page) -> str:
    """Decode by BOM, valid UTF-8, declared charset, ``<meta charset>``, then detection.

    Valid UTF-8 wins over a declared label because pages labelled latin-1 that are really
    UTF-8 are far more common than latin-1 text that happens to be valid UTF-8. Declared
    iso-8859-1 and ascii are read as windows-1252, as browsers do, so curly quotes survive.
    """
    raw = page.raw
    if not raw or not raw.strip():
        raise PageError(page.uri, "empty", "no content")
    if len(raw) > MAX_PAGE_BYTES:
        raise PageError(page.uri, "too_large", f"{len(raw)} bytes > {MAX_PAGE_BYTES}")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _decode_with(raw[len(bom) :], codec)
            if text is not None:
                return _finish(page, text)
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _finish(page, utf16)
    if _looks_binary(raw):
        raise PageError(page.uri, "binary", "binary signature or control bytes")
    as_utf8 = _decode_with(raw, "utf-8")
    if as_utf8 is not None:
        return _finish(page, as_utf8, utf8=raw)
    for label in (_declared(page), _meta_declared(raw)):
        if label and label != "utf-8":
            declared_text = _decode_with(raw, label)
            if declared_text is not None:
                return _finish(page, declared_text)
    if sel.HIGH_BYTE_RUN.search(raw):  # words written in high bytes: maybe a non-Latin script
        best = from_bytes(raw[: 256 * 1024]).best()
        guess = _normalize_label(best.encoding) if best is not None else None
        if guess and guess.replace("-", "_").startswith(sel.NON_LATIN_ENCODINGS):
            detected_text = _decode_with(raw, guess)
            if detected_text is not None:
                return _finish(page, detected_text)
    return _finish(page, raw.decode("cp1252", errors="reception-latin1"))


def _finish(page: Page, text: str, utf8: bytes | None = None) -> str:
    """Control characters XML cannot hold dropped, mojibake repaired. ``utf8``: the bytes
    ``text`` was decoded from as UTF-8, where a character below U+0080 is its own byte and
    no other byte's part: whether there is anything to drop or repair is then asked of the
    bytes, several times faster than of the text (pages average 370,000 characters)."""
    sample = text[: sel.SNIFF_BYTES * 4]
    unreadable = len(sel.UNREADABLE.findall(sample))
    if unreadable > len(sample) // 10:
        raise PageError(page.uri, "undecodable", f"{unreadable} unreadable characters in sample")
    if utf8 is None or utf8.translate(None, sel.XML_INCOMPATIBLE_BYTES) != utf8:
        text = sel.XML_INCOMPATIBLE.sub("", text)
        utf8 = None  # the text is no longer those bytes decoded
    if not text.strip():
        raise PageError(page.uri, "empty", "no text after decoding")
    if utf8 is not None and not any(lead in utf8 for lead in _MOJIBAKE_LEADS_UTF8):
        return text
    return repair_mojibake(text)


_MOJIBAKE_LEADS_UTF8 = tuple(lead.encode() for lead in sel.MOJIBAKE_LEADS)
