"""Pages from files and folders: ``.html``, ``.htm``, ``.txt`` and their gzip-compressed forms.

Each source yields ``Page`` or ``Failure`` records so that one unreadable file never stops a
batch. Other sources (WARC, feeds, URL lists, WXR) plug in beside this module with the same
shape: an iterator of ``Page | Failure``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from reception.records import Failure, Page

PAGE_SUFFIXES = (".html", ".htm", ".txt")
MAX_PAGE_BYTES = 20 * 1024 * 1024
"""Pages above this size are refused: no real review page is that large, and parsing one
would stall a batch."""

_CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}


def _page_suffix(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in PAGE_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def _walk(paths: Iterable[Path | str]) -> Iterator[Path]:
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _page_suffix(p))
        else:
            yield path


def _site_of(path: Path, root: Path | None) -> str | None:
    """The folder a page sits in stands for its site: pages of one site share a template."""
    if root is not None and path.parent != root:
        return path.parent.name
    return path.parent.name or None


def read_page(path: Path, site: str | None = None) -> Page | Failure:
    """Read one file into a ``Page``, or say why it cannot be read."""
    uri = str(path)
    suffix = _page_suffix(path)
    if suffix is None:
        return Failure(uri, "unsupported", f"not one of {', '.join(PAGE_SUFFIXES)} (or .gz)")
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as handle:
                raw = handle.read(MAX_PAGE_BYTES + 1)
        else:
            with path.open("rb") as handle:
                raw = handle.read(MAX_PAGE_BYTES + 1)
    except FileNotFoundError:
        return Failure(uri, "missing", "no such file")
    except (OSError, EOFError, zlib.error) as error:
        return Failure(uri, "corrupt", f"cannot read: {error}")
    if len(raw) > MAX_PAGE_BYTES:
        return Failure(uri, "too_large", f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    if not raw.strip():
        return Failure(uri, "empty", "the file holds no text")
    return Page(uri=uri, raw=raw, content_type=_CONTENT_TYPES[suffix], site=site)


def iter_page_paths(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str | None]]:
    """Every page file under ``paths`` with its site, in a stable order, without reading it."""
    for entry in paths:
        root = Path(entry)
        for path in _walk([root]):
            yield path, _site_of(path, root if root.is_dir() else None)


def iter_pages(paths: Iterable[Path | str]) -> Iterator[Page | Failure]:
    """Every page under ``paths`` (files and folders, recursively), in a stable order."""
    for path, site in iter_page_paths(paths):
        yield read_page(path, site=site)
