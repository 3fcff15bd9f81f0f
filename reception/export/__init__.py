"""Export: reviews as JSON lines, CSV, Parquet, schema.org JSON-LD and WordPress WXR."""

from reception.export.record import export_record

__all__ = ["export_record"]
