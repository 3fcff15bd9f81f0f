"""Write small WARC files of our own pages (the format is plain text headers and blocks)."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from pathlib import Path


def warc_record(
    record_type: str, uri: str, block: bytes, date: str = "2026-12-05T10:00:00Z"
) -> bytes:
    headers = [
        "WARC/1.0",
        f"WARC-Type: {record_type}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        f"WARC-Date: {date}",
        f"WARC-Target-URI: {uri}",
        f"Content-Type: application/http; msgtype={'response' if record_type == 'response' else 'request'}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def write_warc(path: Path, pages: Iterable[tuple[str, bytes, str]]) -> Path:
    """A WARC (gzip per record when the name ends in .gz) of (uri, body, content type),
    each response preceded by its request record, as crawlers write them."""
    compress = path.name.endswith(".gz")
    with path.open("wb") as out:
        for uri, body, content_type in pages:
            for record in (
                warc_record("request", uri, f"GET {uri} HTTP/1.1\r\n\r\n".encode()),
                warc_record("response", uri, http_response(body, content_type)),
            ):
                out.write(gzip.compress(record) if compress else record)
    return path
