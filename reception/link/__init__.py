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
from reception.link.names import (
    clean_person_name,
    domain_of,
    fold,
    name_key,
    people_keys,
    publication_key,
    slug,
    title_key,
    weak_title_keys,
)

__all__ = [
    "CATALOG_TYPES",
    "CatalogTitle",
    "FilmCluster",
    "LinkInput",
    "clean_person_name",
    "domain_of",
    "fold",
    "imdb_id",
    "link_films",
    "name_key",
    "people_keys",
    "publication_key",
    "resolve_catalog",
    "slug",
    "title_key",
    "weak_title_keys",
]
