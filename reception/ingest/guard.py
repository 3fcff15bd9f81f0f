"""A time and memory budget per page: pages are reviewed in a child process that is killed
when one overruns.

A signal cannot interrupt a long call inside lxml or trafilatura's C code, so the budget is
kept from outside: the driver sends each page to a warm child (``python -m
reception.ingest.guard``, the pipeline already imported and its model loaded), waits at most
``page_timeout`` seconds for the answer, and on overrun kills the child, reports the page as
a ``timeout`` failure and starts a fresh child for the next page. The child's address space
is capped too, so a page that would eat the machine fails as ``memory``. A normal page pays
one pickle each way through a pipe.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import struct
import subprocess
import sys
import time
from typing import IO, TYPE_CHECKING

from reception.records import Failure, Page, Review

if TYPE_CHECKING:
    from reception.extract import SiteTemplate

DEFAULT_PAGE_TIMEOUT = 5.0
"""Seconds one page may take: real review pages take well under one."""
PAGE_MEMORY_BYTES = 3 * 1024**3
"""The child's address-space cap: room for the model and a 20 MB page, not for a runaway."""
START_TIMEOUT = 180.0
"""Seconds a fresh child may take to import the pipeline and load its model."""

_FRAME = struct.Struct(">Q")
_WARM_UP = Page(
    uri="guard:warm-up",
    raw=b"<html><body><h1>Review</h1><p>A warm, funny and moving film.</p></body></html>",
    content_type="text/html",
)


def _write_frame(stream: IO[bytes], payload: bytes) -> None:
    stream.write(_FRAME.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    """``size`` bytes from ``fd`` by ``deadline``: TimeoutError past it, EOFError if it closes."""
    chunks: list[bytes] = []
    wanted = size
    while wanted:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(wanted, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)


def _read_frame(fd: int, deadline: float) -> bytes:
    (size,) = _FRAME.unpack(_read_exact(fd, _FRAME.size, deadline))
    return _read_exact(fd, size, deadline)


class GuardedReviewer:
    """Reviews pages in a warm child process, each within ``page_timeout`` seconds."""

    def __init__(self, page_timeout: float) -> None:
        self.page_timeout = page_timeout
        self._child: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> GuardedReviewer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _started(self) -> subprocess.Popen[bytes]:
        if self._child is None:
            child = subprocess.Popen(
                [sys.executable, "-m", "reception.ingest.guard"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            assert child.stdout is not None
            try:
                _read_frame(child.stdout.fileno(), time.monotonic() + START_TIMEOUT)
            except (TimeoutError, EOFError) as error:
                child.kill()
                child.wait()
                raise RuntimeError("the page reviewer process did not start") from error
            self._child = child
        return self._child

    def __call__(self, page: Page, template: SiteTemplate | None) -> Review | Failure:
        child = self._started()
        assert child.stdin is not None and child.stdout is not None
        try:
            _write_frame(child.stdin, pickle.dumps((page, template), pickle.HIGHEST_PROTOCOL))
            answer = _read_frame(child.stdout.fileno(), time.monotonic() + self.page_timeout)
        except TimeoutError:
            self.close()
            return Failure(page.uri, "timeout", f"over the {self.page_timeout:g} s page budget")
        except (EOFError, BrokenPipeError):
            self.close()
            return Failure(page.uri, "crash", "the page's reviewer process died")
        result: Review | Failure = pickle.loads(answer)
        return result

    def close(self) -> None:
        """Stop the child (killed: it may be stuck inside C code)."""
        if self._child is not None:
            self._child.kill()
            self._child.wait()
            if self._child.stdin is not None:
                self._child.stdin.close()
            if self._child.stdout is not None:
                self._child.stdout.close()
            self._child = None


_SHARED: dict[float, GuardedReviewer] = {}


def shared_reviewer(page_timeout: float) -> GuardedReviewer:
    """One warm child per process and budget, kept across calls (a Dask worker's chunks)."""
    if page_timeout not in _SHARED:
        reviewer = _SHARED[page_timeout] = GuardedReviewer(page_timeout)
        atexit.register(reviewer.close)
    return _SHARED[page_timeout]


def _serve() -> None:
    """Child side: warm up, then answer each page with its review or failure."""
    import resource

    from reception.ingest.batch import review_or_failure

    resource.setrlimit(resource.RLIMIT_AS, (PAGE_MEMORY_BYTES, PAGE_MEMORY_BYTES))
    incoming, outgoing = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a stage prints may corrupt the frames
    review_or_failure(_WARM_UP, None)
    _write_frame(outgoing, b"ready")
    while header := incoming.read(_FRAME.size):
        (size,) = _FRAME.unpack(header)
        page, template = pickle.loads(incoming.read(size))
        result = review_or_failure(page, template)
        _write_frame(outgoing, pickle.dumps(result, pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    _serve()
