"""Pages from files and folders: ``.html``, ``.htm``, ``.txt`` and their gzip-compressed forms.

Each source yields ``Page`` or ``Failure`` records so that one unreadable file never stops a
batch: a file that cannot be opened, a folder that cannot be listed, a FIFO or device (never
opened, so never a hang) are each reported by kind. Other sources (WARC, feeds, URL lists,
WXR) plug in beside this module with the same shape: an iterator of ``Page | Failure``.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reception.records import MAX_PAGE_BYTES, Failure, Page

PAGE_SUFFIXES = (".html", ".htm", ".txt")

_CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}

PageFile = tuple[Path, str | None]
"""A page file and the site it stands for, before it is read."""


def page_suffix(path: Path | str) -> str | None:
    """The page kind a file name says (``.gz`` looked through), or None for other files."""
    name = str(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in PAGE_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def _walk(root: Path) -> Iterator[Path | Failure]:
    """Page files under ``root`` in path order; a folder that cannot be listed is a failure."""
    found: list[Path] = []
    unreadable: list[Failure] = []

    def report(error: OSError) -> None:
        where = error.filename or str(root)
        unreadable.append(Failure(str(where), _error_kind(error), f"cannot list folder: {error}"))

    for folder, _dirs, names in os.walk(root, onerror=report):
        found.extend(Path(folder, name) for name in names if page_suffix(name))
    yield from unreadable
    yield from sorted(found)


def _site_of(path: Path, root: Path | None) -> str | None:
    """The folder a page sits in stands for its site: pages of one site share a template."""
    if root is not None and path.parent != root:
        return path.parent.name
    return path.parent.name or None


def _error_kind(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "missing"
    if isinstance(error, PermissionError):
        return "permission"
    return "corrupt"


def read_page(path: Path, site: str | None = None) -> Page | Failure:
    """Read one file into a ``Page``, or say why it cannot be read."""
    uri = str(path)
    suffix = page_suffix(path)
    if suffix is None:
        return Failure(uri, "unsupported", f"not one of {', '.join(PAGE_SUFFIXES)} (or .gz)")
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            return Failure(uri, "special", "not a regular file (a FIFO, device or socket)")
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as handle:
                raw = handle.read(MAX_PAGE_BYTES + 1)
        else:
            with path.open("rb") as handle:
                raw = handle.read(MAX_PAGE_BYTES + 1)
    except OSError as error:
        return Failure(uri, _error_kind(error), f"cannot read: {error}")
    except (EOFError, zlib.error) as error:
        return Failure(uri, "corrupt", f"cannot read: {error}")
    if len(raw) > MAX_PAGE_BYTES:
        return Failure(uri, "too_large", f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    if not raw.strip():
        return Failure(uri, "empty", "the file holds no text")
    return Page(uri=uri, raw=raw, content_type=_CONTENT_TYPES[suffix], site=site)


def iter_page_files(paths: Iterable[Path | str]) -> Iterator[PageFile | Failure]:
    """Every page file under ``paths`` with its site, in a stable order, without reading it;
    a path that does not exist or a folder that cannot be listed comes as a failure."""
    for entry in paths:
        root = Path(entry)
        if not root.is_dir():
            yield root, _site_of(root, None)
            continue
        for found in _walk(root):
            yield found if isinstance(found, Failure) else (found, _site_of(found, root))


def iter_pages(paths: Iterable[Path | str]) -> Iterator[Page | Failure]:
    """Every page under ``paths`` (files and folders, recursively), in a stable order."""
    for entry in iter_page_files(paths):
        yield entry if isinstance(entry, Failure) else read_page(*entry)


@dataclass(frozen=True)
class FileChunk:
    """A run of page files read on whichever machine works on it (a worker on a cluster)."""

    files: Sequence[PageFile]

    @property
    def uris(self) -> list[str]:
        return [str(path) for path, _site in self.files]

    def read(self) -> Iterator[Page | Failure]:
        for path, site in self.files:
            yield read_page(path, site)
