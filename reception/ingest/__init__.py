"""Ingest: turn files, folders, archives, feeds and URLs into :class:`Page` records."""

from reception.extract.selectors import MAX_PAGE_BYTES
from reception.ingest.files import PAGE_SUFFIXES, iter_page_files, iter_pages

__all__ = ["MAX_PAGE_BYTES", "PAGE_SUFFIXES", "iter_page_files", "iter_pages"]
