"""Export: reviews as JSON lines (and, with the site issue, CSV, Parquet, JSON-LD and WXR)."""

from reception.export.record import export_record

__all__ = ["export_record"]
