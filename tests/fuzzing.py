"""Seeded page mutations for fuzzing ``review_page`` (tests and bench/bench_fuzz.py).

Each mutation is a pure function of (seed pages, random generator): a failing input is
reproduced from its seed alone. The mutations are what broke the pipeline before, and the
shapes attackers and broken crawlers produce: flipped, inserted and deleted bytes, cut pages,
two documents in one file, hostile snippets (lone surrogate escapes in JSON-LD, a malformed
canonical address, NULs, deep nesting, unclosed comments), swapped encodings.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from reception.records import Page

HOSTILE_SNIPPETS = (
    b'<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Movie",'
    b'"name":"Arrival \\ud83c","director":{"name":"\\udfff"},"actor":[{"name":"\\ud800 X"}]},'
    b'"author":{"name":"\\u0000"},"reviewRating":{"ratingValue":"1e999","bestRating":"0"}}'
    b"</script>",
    b'<link rel="canonical" href="https://[host/a">',
    b'<meta property="og:url" content="http://[::1">',
    b'<a href="http://[broken">home</a>',
    b"&#xD83C;&#0;&#x110000;&#99999999999;",
    b"\x00\x00\x00",
    b"<div>" * 3000,
    b"<!-- never closed",
    b"<![CDATA[",
    b"</html><html><body><p>after the end</p></body></html>",
    b'<meta charset="utf-16">',
    b'<meta charset="x-no-such-charset">',
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xed\xa0\x80",
    b"<p>" + b"word " * 5000 + b"</p>",
    b'<time datetime="99999-99-99">',
    b"Rated: 11/10 \xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85",
    b"Directed by \xe2\x80\x8b\xe2\x80\x8b, written by , starring ,,,",
    b"<table>" + b"<tr><td>Runtime</td><td>999999999 min</td></tr>" * 50 + b"</table>",
)

Mutation = Callable[[bytes, Sequence[bytes], random.Random], bytes]


def _flip(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 20)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _insert_bytes(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    at = rng.randint(0, len(raw))
    return raw[:at] + rng.randbytes(rng.randint(1, 200)) + raw[at:]


def _delete(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    if not raw:
        return raw
    start = rng.randrange(len(raw))
    return raw[:start] + raw[start + rng.randint(1, max(1, len(raw) // 4)) :]


def _truncate(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    return raw[: rng.randint(0, len(raw))]


def _duplicate(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    if not raw:
        return raw
    start = rng.randrange(len(raw))
    piece = raw[start : start + rng.randint(1, 2000)]
    at = rng.randint(0, len(raw))
    return raw[:at] + piece * rng.randint(1, 20) + raw[at:]


def _concatenate(raw: bytes, pages: Sequence[bytes], rng: random.Random) -> bytes:
    return raw + rng.choice(pages)


def _splice(raw: bytes, pages: Sequence[bytes], rng: random.Random) -> bytes:
    other = rng.choice(pages)
    return raw[: rng.randint(0, len(raw))] + other[rng.randint(0, len(other)) :]


def _hostile(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    snippet = rng.choice(HOSTILE_SNIPPETS)
    for anchor in (b"</head>", b"<body>", b"</p>", b"\n"):
        if anchor in raw and rng.random() < 0.6:
            at = raw.find(anchor) if rng.random() < 0.5 else raw.rfind(anchor)
            return raw[:at] + snippet + raw[at:]
    at = rng.randint(0, len(raw))
    return raw[:at] + snippet + raw[at:]


def _reencode(raw: bytes, _: Sequence[bytes], rng: random.Random) -> bytes:
    text = raw.decode("utf-8", "replace")
    encoding = rng.choice(("utf-16", "utf-16-be", "latin-1", "cp1252", "utf-32", "shift_jis"))
    return text.encode(encoding, "replace")


MUTATIONS: tuple[Mutation, ...] = (
    _flip,
    _insert_bytes,
    _delete,
    _truncate,
    _duplicate,
    _concatenate,
    _splice,
    _hostile,
    _hostile,
    _reencode,
)


def mutated_page(seed: int, pages: Sequence[tuple[str, bytes]]) -> Page:
    """Input number ``seed``: a seed page under one to four mutations, as HTML or text."""
    rng = random.Random(seed)
    name, raw = pages[rng.randrange(len(pages))]
    bodies = [body for _, body in pages]
    for _ in range(rng.randint(1, 4)):
        raw = rng.choice(MUTATIONS)(raw, bodies, rng)
    content_type = rng.choice(("text/html", "text/plain", ""))
    return Page(uri=f"fuzz/{seed}/{name}", raw=raw, content_type=content_type, site="fuzz")
