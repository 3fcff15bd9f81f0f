"""Scale: the same pure pipeline on a Dask cluster, writing to any store (PostgreSQL at scale)."""

from reception.scale.dask import ingest_on_dask

__all__ = ["ingest_on_dask"]
