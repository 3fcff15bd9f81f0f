"""Store: reviews, films, critics and publications in SQLite (default) or PostgreSQL."""

from reception.store.db import DEFAULT_DB, SaveResult, Store, resolve_url, review_id_for

__all__ = ["DEFAULT_DB", "SaveResult", "Store", "resolve_url", "review_id_for"]
