"""How to fetch, and where fetches are logged: what sources, the command line and Dask hand
on, importable without the HTTP client (:mod:`reception.ingest.fetch` imports httpx, which a
run that reads only files never needs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reception.records import MAX_PAGE_BYTES, FetchRecord


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch: the defaults are polite and safe for someone else's site."""

    allow_private: bool = False
    obey_robots: bool = True
    per_host: int = 2
    delay_s: float = 1.0
    timeout_s: float = 30.0
    max_bytes: int = MAX_PAGE_BYTES
    retries: int = 3
    max_retry_wait_s: float = 60.0
    max_redirects: int = 5
    concurrency: int = 16


class FetchLog(Protocol):
    """Where the last fetch of a URL is read from and each fetch recorded (the store)."""

    def last_fetch(self, url: str) -> FetchRecord | None: ...

    def record_fetch(self, record: FetchRecord) -> None: ...
