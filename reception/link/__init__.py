"""Link: which film, critic and publication a review belongs to."""

from reception.link.films import (
    CATALOG_TYPES,
    CatalogTitle,
    FilmCluster,
    LinkInput,
    imdb_id,
    link_films,
    resolve_catalog,
)

__all__ = [
    "CATALOG_TYPES",
    "CatalogTitle",
    "FilmCluster",
    "LinkInput",
    "imdb_id",
    "link_films",
    "resolve_catalog",
]
