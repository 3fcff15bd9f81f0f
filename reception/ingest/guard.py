"""A time and memory budget per page: pages are reviewed in a child process that is killed
when one overruns.

A signal cannot interrupt a long call inside lxml's C code, so the budget is
kept from outside: the driver sends each page to a warm child (``python -m
reception.ingest.guard``, the pipeline already imported and its model loaded), lets it spend
at most ``page_timeout`` seconds of CPU on the page (wall time capped at ten times that), and
on overrun kills the child, reports the page as
a ``timeout`` failure and starts a fresh child for the next page. The child's address space
is capped too, so a page that would eat the machine fails as ``memory``. A normal page pays
one pickle each way through a pipe.
"""

from __future__ import annotations

import atexit
import ctypes
import gc
import os
import pickle
import select
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from reception.records import Failure, Page, Review

if TYPE_CHECKING:
    from reception.extract import SiteTemplate

DEFAULT_PAGE_TIMEOUT = 5.0
"""CPU seconds one page may take: real review pages take well under one."""
PAGE_MEMORY_BYTES = 3 * 1024**3
"""The child's address-space cap: room for the model and a 20 MB page, not for a runaway."""
START_TIMEOUT = 3600.0
"""Seconds a fresh child may take to import the pipeline and load its model: on a loaded
machine that is minutes, and waiting is progress; only a child that dies is a failure."""

TRIM_AFTER_BYTES = 1024 * 1024
"""After a page this large the child collects its garbage and hands freed memory back to
the system (a few ms)."""
WALL_FACTOR = 10
"""A page's wall-time cap, in budgets: only a child stalled without using CPU meets it."""
_POLL_S = 0.05
_FRAME = struct.Struct(">Q")
_WARM_UP = Page(
    uri="guard:warm-up",
    raw=(
        b'<html><body><article itemscope itemtype="https://schema.org/Review">'
        b'<h1 itemprop="name">Review: The Film</h1>'
        b"<p>A warm, funny and moving film about a family that learns to listen.</p>"
        b"<p>The actors carry long scenes with ease, and the ending is earned.</p>"
        b"</article></body></html>"
    ),
    content_type="text/html",
)
"""Read in full before the child says it is ready (as a review, its microdata too), so what
the stages load on first use (models, extruct) never counts against a page's budget."""


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) a running process has used, from /proc (0 where there is
    no /proc: the wall-time cap then keeps the budget)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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

    def __init__(self, page_timeout: float, *, keep_all: bool = False) -> None:
        self.page_timeout = page_timeout
        self.keep_all = keep_all
        self.last_page_cpu_seconds = 0.0
        """CPU seconds the child spent on the last page (what the budget counts)."""
        self.last_page_wall_seconds = 0.0
        """Wall seconds from sending the last page to its answer (a child's start excluded)."""
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
                raise EOFError("the page reviewer process did not start") from error
            self._child = child
        return self._child

    def __call__(self, page: Page, template: SiteTemplate | None) -> Review | Failure:
        try:
            child = self._started()
        except EOFError as error:  # the next page tries a fresh child again
            return Failure(page.uri, "crash", str(error))
        assert child.stdin is not None and child.stdout is not None
        spent_before, sent = cpu_seconds(child.pid), time.monotonic()
        try:
            _write_frame(
                child.stdin, pickle.dumps((page, template, self.keep_all), pickle.HIGHEST_PROTOCOL)
            )
            self._await_answer(child, spent_before)
            answer = _read_frame(child.stdout.fileno(), time.monotonic() + START_TIMEOUT)
            self._spent(child, spent_before, sent)
        except TimeoutError:
            self._spent(child, spent_before, sent)
            self.close()
            return Failure(
                page.uri, "timeout", f"over the {self.page_timeout:g} s page budget of CPU time"
            )
        except (EOFError, BrokenPipeError):
            self._spent(child, spent_before, sent)
            self.close()
            return Failure(page.uri, "crash", "the page's reviewer process died")
        result: Review | Failure = pickle.loads(answer)
        return result

    def _spent(self, child: subprocess.Popen[bytes], cpu_before: float, sent: float) -> None:
        self.last_page_cpu_seconds = max(0.0, cpu_seconds(child.pid) - cpu_before)
        self.last_page_wall_seconds = time.monotonic() - sent

    def _await_answer(self, child: subprocess.Popen[bytes], spent_before: float) -> None:
        """Wait until the child answers; TimeoutError once it has spent the page's budget of
        CPU time (so a busy machine does not fail pages that are merely waiting for a core),
        or ``WALL_FACTOR`` times the budget in wall time whatever it spent."""
        assert child.stdout is not None
        wall_deadline = time.monotonic() + self.page_timeout * WALL_FACTOR
        while not select.select([child.stdout.fileno()], [], [], _POLL_S)[0]:
            spent = cpu_seconds(child.pid) - spent_before
            if spent > self.page_timeout or time.monotonic() > wall_deadline:
                raise TimeoutError

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


_SHARED: dict[tuple[float, bool], GuardedReviewer] = {}


def shared_reviewer(page_timeout: float, *, keep_all: bool = False) -> GuardedReviewer:
    """One warm child per process, budget and ``keep_all``, kept across calls (a Dask
    worker's chunks)."""
    key = (page_timeout, keep_all)
    if key not in _SHARED:
        reviewer = _SHARED[key] = GuardedReviewer(page_timeout, keep_all=keep_all)
        atexit.register(reviewer.close)
    return _SHARED[key]


def _heap_trimmer() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``: the C library keeps what a big page's tree and text freed, so
    the child would sit at its largest page's size while the driver reads the next one;
    trimmed, it goes back to its warm size (about 250 -> 165 MB after a 15 MB page)."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim


def _serve() -> None:
    """Child side: warm up, then answer each page with its review or failure."""
    import resource

    gc.disable()  # start-up makes what lives as long as the child: collected once, below
    from reception.ingest.batch import review_or_failure

    resource.setrlimit(resource.RLIMIT_AS, (PAGE_MEMORY_BYTES, PAGE_MEMORY_BYTES))
    incoming, outgoing = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a stage prints may corrupt the frames
    trim = _heap_trimmer()
    review_or_failure(_WARM_UP, None, keep_all=True)
    # The warm state (modules, models, caches) lives as long as the child: frozen, no collection
    # walks it again, and the one after a large page takes ~3 ms instead of ~29.
    gc.collect()
    gc.freeze()
    gc.enable()
    _write_frame(outgoing, b"ready")
    while header := incoming.read(_FRAME.size):
        (size,) = _FRAME.unpack(header)
        page, template, keep_all = pickle.loads(incoming.read(size))
        result = review_or_failure(page, template, keep_all=keep_all)
        _write_frame(outgoing, pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
        del page, result
        if size > TRIM_AFTER_BYTES:
            # collection is deferred while a page is read: whatever cycles it left go now,
            # before the freed memory is handed back
            gc.collect()
            if trim is not None:
                trim(0)


if __name__ == "__main__":
    _serve()
