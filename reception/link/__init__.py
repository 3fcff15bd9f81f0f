"""Link: which film, critic and publication a review belongs to."""

from reception.link.films import match_film, new_film
from reception.link.names import clean_person_name, fold, slug, title_key

__all__ = ["clean_person_name", "fold", "match_film", "new_film", "slug", "title_key"]
