"""Ingest: turn files, folders, archives, feeds and URLs into :class:`Page` records."""

from reception.ingest.files import PAGE_SUFFIXES, iter_page_files, iter_pages
from reception.records import MAX_PAGE_BYTES

__all__ = ["MAX_PAGE_BYTES", "PAGE_SUFFIXES", "iter_page_files", "iter_pages"]
