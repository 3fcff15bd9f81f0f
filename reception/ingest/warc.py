"""Web archives: HTML response records of WARC / WARC.gz files (Common Crawl style), streamed.

Records are read one at a time from the file (never loaded whole), with the record's target
URI as the page's address, its date as the fetch time, and the HTTP headers' charset kept.
A run of records (a byte offset and a count) lets a cluster split one big archive between
workers, each seeking to its own run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reception.records import MAX_PAGE_BYTES, Failure, Page

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: Path | str) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def read_warc(path: Path, offset: int = 0, limit: int | None = None) -> Iterator[Page | Failure]:
    """HTML response records of one archive, from the record starting at byte ``offset``, at
    most ``limit`` response records; an archive that breaks off mid-way is a failure after
    the records read before the break."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            records = ArchiveIterator(handle, record_types=WarcRecordType.response, parse_http=True)
            for count, record in enumerate(records):
                if limit is not None and count >= limit:
                    return
                http = record.http_headers
                content_type = (http.get("Content-Type") or "") if http is not None else ""
                if "html" in content_type.lower():
                    uri = record.headers.get("WARC-Target-URI") or f"{path}#{record.record_id}"
                    yield _page(record, uri, content_type)
    except OSError as error:
        kind = "permission" if isinstance(error, PermissionError) else "corrupt"
        yield Failure(str(path), kind, f"cannot read the archive: {error}")


def warc_chunks(path: Path, size: int) -> Iterator[WarcChunk]:
    """An archive cut into runs of ``size`` response records, from one pass over its record
    headers (bodies are not parsed), so workers can each seek to their own run."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    offset = 0
    uris: list[str] = []
    with path.open("rb") as handle:
        for record in ArchiveIterator(
            handle, record_types=WarcRecordType.response, parse_http=False
        ):
            if not uris:
                offset = record.stream_pos
            uris.append(record.headers.get("WARC-Target-URI") or "")
            if len(uris) >= size:
                yield WarcChunk(path, offset, tuple(uris))
                uris = []
    if uris:
        yield WarcChunk(path, offset, tuple(uris))


def _page(record: object, uri: str, content_type: str) -> Page | Failure:
    body = record.reader.read(MAX_PAGE_BYTES + 1)  # type: ignore[attr-defined]
    if len(body) > MAX_PAGE_BYTES:
        return Failure(uri, "too_large", f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    if not body.strip():
        return Failure(uri, "empty", "the record holds no body")
    return Page(
        uri=uri,
        raw=body,
        content_type="text/html",
        declared_encoding=_charset(content_type),
        fetched_at=_date(record.headers.get("WARC-Date")),  # type: ignore[attr-defined]
        site=urlsplit(uri).hostname,
    )


@dataclass(frozen=True)
class WarcChunk:
    """A run of an archive's response records, read on whichever machine works on it."""

    path: Path
    offset: int
    uris: tuple[str, ...]  # the records' target URIs: the store's hashes are looked up by them

    def read(self) -> Iterator[Page | Failure]:
        return read_warc(self.path, self.offset, len(self.uris))
