"""The same store on SQLite and on PostgreSQL answers the same searches with the same reviews
(relevance order aside: each database ranks its own way), the same films, critics and
publications, and the same totals and facets."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reception.cli import app
from reception.store import Store
from reception.store.search import SearchQuery
from tests.conftest import DEMO_CORPUS, fresh_postgres_store

QUERIES = [
    "crash",
    "drive",
    "i have seen",
    "cotill",
    "Cotillárd",
    "the grand budapest",
    "cronenberg",
    "luminous",
    "performance",
    "film",
    "blu",
    "zzzz nothing",
]


@pytest.fixture(scope="module")
def stores(demo_store_path: Path, postgres_url: str) -> tuple[Store, Store]:
    postgres = fresh_postgres_store(postgres_url)
    result = CliRunner().invoke(
        app, ["ingest", str(DEMO_CORPUS), "--db", postgres.engine.url.render_as_string(False)]
    )
    assert result.exit_code == 0, result.output
    return Store.open(demo_store_path), postgres


def _answer(store: Store, query: SearchQuery) -> dict[str, object]:
    page = store.search(query)
    names = store.find_names(query.q, query.year)
    return {
        "total": page.total,
        "reviews": sorted(row["review_id"] for row in page.items),
        "ordered": [row["review_id"] for row in page.items] if query.sort != "relevance" else None,
        "facets": page.facets,
        "films": [row["film_id"] for row in names.films],
        "critics": [row["critic_id"] for row in names.critics],
        "publications": [row["publication_id"] for row in names.publications],
    }


@pytest.mark.parametrize("words", QUERIES)
def test_sqlite_and_postgresql_give_the_same_results(
    stores: tuple[Store, Store], words: str
) -> None:
    sqlite, postgres = stores
    for query in (
        SearchQuery(q=words, limit=100),
        SearchQuery(q=words, sort="newest", limit=100),
        SearchQuery(q=words, year=1996, limit=100),
    ):
        assert _answer(sqlite, query) == _answer(postgres, query), query
