"""What pages and API routes share: the store they read, query parameters with their bounds,
and the search query built from them."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request

from reception.records import to_jsonable
from reception.store import Store
from reception.store.search import SORTS, NameMatches, SearchQuery, split_year
from reception.vocabulary import BAND_RANGES
from reception.web.views import critic_line, film_line, publication_line, review_line

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")]
MAX_OFFSET = 10_000_000  # past any list's end, and far inside every database's integers
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
SortParam = Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$", description="Order.")]
BandParam = Annotated[
    str | None, Query(description="The film's band: " + ", ".join(BAND_RANGES) + ".")
]
LabelParam = Annotated[str | None, Query(pattern="^(positive|mixed|negative)$")]
YearParam = Annotated[int | None, Query(ge=1870, le=2100)]
Item = TypeVar("Item")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreParam = Annotated[Store, Depends(_store)]


def found(item: Item | None, what: str) -> Item:
    """The item a page or API route shows, or a 404 naming what was missing."""
    if item is None:
        raise HTTPException(status_code=404, detail=f"no such {what}")
    return item


def _search_query(
    q: Annotated[str, Query(max_length=200, description="Words to find.")] = "",
    year: YearParam = None,
    band: BandParam = None,
    director: str | None = None,
    publication: str | None = None,
    home_video: bool | None = None,
    label: LabelParam = None,
    sort: SortParam = "relevance",
) -> SearchQuery:
    """The search's words, filters and order from the query string (paging is the route's);
    a year among the words ("crash 1996") is the film's year, unless ``year`` is given."""
    if band is not None and band not in BAND_RANGES:
        raise HTTPException(422, f"unknown band {band!r}; choose one of {', '.join(BAND_RANGES)}")
    words, year_in_words = split_year(q.strip())
    if year is None and year_in_words is not None:
        q, year = words, year_in_words
    return SearchQuery(
        q=q.strip(),
        year=year,
        band=band,
        director=director or None,
        publication_id=publication or None,
        home_video=home_video,
        label=label,
        sort=sort,
    )


SearchParams = Annotated[SearchQuery, Depends(_search_query)]


def search_payload(store: Store, query: SearchQuery) -> dict[str, Any]:
    """A search's answer, as the API gives it and the search page shows it: films, critics
    and publications named by the words (on the first page), then matching reviews."""
    result = store.search(query)
    names = (
        store.find_names(query.q, query.year)
        if query.offset == 0 and (query.q or query.year is not None)
        else NameMatches([], [], [])
    )
    return {
        "q": query.q,
        "films": [to_jsonable(film_line(row)) for row in names.films],
        "critics": [to_jsonable(critic_line(row)) for row in names.critics],
        "publications": [to_jsonable(publication_line(row)) for row in names.publications],
        "filters": query.filters,
        "sort": query.sort,
        "total": result.total,
        "total_is_lower_bound": result.total_is_lower_bound,
        "limit": query.limit,
        "offset": query.offset,
        "items": [to_jsonable(review_line(r)) for r in result.items],
        "facets": {
            name: [{"value": v, "label": shown, "count": n} for v, shown, n in values]
            for name, values in result.facets.items()
        },
    }
