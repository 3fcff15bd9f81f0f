"""Link: which film a review is about. Pure: link inputs and catalog titles in, clusters out."""

from reception.link.films import (
    CATALOG_TYPES,
    CatalogListing,
    CatalogTitle,
    FilmCluster,
    LinkInput,
    imdb_id,
    link_films,
    plausible_titles,
    resolve_catalog,
)

__all__ = [
    "CATALOG_TYPES",
    "CatalogListing",
    "CatalogTitle",
    "FilmCluster",
    "LinkInput",
    "imdb_id",
    "link_films",
    "plausible_titles",
    "resolve_catalog",
]
