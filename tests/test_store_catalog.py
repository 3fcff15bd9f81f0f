"""IMDb catalog import (files in IMDb's own format) and linking films to catalog titles."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select
from typer.testing import CliRunner

from reception.cli import app
from reception.records import Review
from reception.store import Store
from reception.store.catalog import import_imdb
from reception.store.catalog_lookups import load_catalog_titles
from reception.store.schema import catalog_keys, catalog_names, catalog_titles
from tests.conftest import on_a_terminal, screen_text
from tests.factories import make_review
from tests.imdb_files import ImdbTitle, Person, write_imdb_files

BONG = Person("nm0094435", "Bong Joon Ho")
SONG = Person("nm0814280", "Song Kang-ho")
BAND = Person("nm0051553", "Charles Band")
AUDIARD = Person("nm0041581", "Jacques Audiard")

TITLES = [
    ImdbTitle(
        "tt6751668",
        "Parasite",
        2019,
        original_title="Gisaengchung",
        runtime=132,
        directors=(BONG,),
        writers=(BONG,),
        cast=((SONG, "Ki-taek"),),
        akas=(("Parasita", "BR"), ("Parasite", "GB")),
        votes=950_000,
    ),
    ImdbTitle("tt0084472", "Parasite", 1982, directors=(BAND,), votes=4_000),
    ImdbTitle(
        "tt2053425",
        "Rust and Bone",
        2012,
        original_title="De rouille et d'os",
        directors=(AUDIARD,),
        akas=(("Rust & Bone", "GB"),),
        votes=70_000,
    ),
    ImdbTitle("tt0000009", "Parasite", 2019, title_type="tvEpisode", votes=12),
]


@pytest.fixture
def imdb_dir(tmp_path: Path) -> Path:
    return write_imdb_files(tmp_path / "imdb", TITLES)


def reviewing(uri: str, title: str, year: int | None) -> Review:
    """A review of ``title`` that names no people and no date: only the catalog can help."""
    facts = {"title": title, "year": year, "directors": (), "cast": ()}
    return make_review(uri, facts=facts, article={"date_published": None})


def count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_import_keeps_films_their_spellings_credits_and_votes(store: Store, imdb_dir: Path) -> None:
    counts = import_imdb(imdb_dir, store.engine)
    assert counts.titles == 3  # the episode is left out
    assert count(store, catalog_titles) == 3
    assert counts.names == 4  # only people credited on kept titles
    assert counts.votes == 3
    with store.engine.connect() as conn:
        parasite = load_catalog_titles(conn, ["tt6751668"])["tt6751668"]
        keys = set(conn.execute(select(catalog_keys.c.title_key)).scalars())
        names = set(conn.execute(select(catalog_names.c.name)).scalars())
    assert parasite.original_title == "Gisaengchung"
    assert parasite.directors == ("Bong Joon Ho",)
    assert parasite.principals == ("Song Kang-ho",)
    assert parasite.votes == 950_000
    assert {"parasite", "gisaengchung", "parasita", "derouilleetdos"} <= keys
    assert "Song Kang-ho" in names


def test_importing_again_replaces_the_catalog(store: Store, imdb_dir: Path) -> None:
    import_imdb(imdb_dir, store.engine)
    import_imdb(imdb_dir, store.engine)
    assert count(store, catalog_titles) == 3
    indexes = {index["name"] for index in inspect(store.engine).get_indexes("catalog_keys")}
    assert "ix_catalog_keys_title_key" in indexes  # dropped for the load, built again after


def test_missing_files_are_named(store: Store, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"title\.basics\.tsv\.gz"):
        import_imdb(tmp_path, store.engine)


def test_linking_attaches_films_to_catalog_titles(store: Store, imdb_dir: Path) -> None:
    import_imdb(imdb_dir, store.engine)
    store.save_reviews(
        [
            reviewing("a.html", "Gisaengchung", 2019),
            reviewing("b.html", "Parasita", 2019),
            reviewing("c.html", "Parasite", 1982),
            reviewing("d.html", "Rust & Bone", None),
        ]
    )
    films = {row["film_id"]: row for row in store.film_rows()}
    assert set(films) == {"parasite-2019", "parasite-1982", "rust-and-bone-2012"}
    assert films["parasite-2019"]["tconst"] == "tt6751668"
    assert films["parasite-2019"]["review_count"] == 2
    assert films["parasite-2019"]["directors"] == ["Bong Joon Ho"]
    assert films["rust-and-bone-2012"]["year"] == 2012
    catalog = films["parasite-2019"]["facts"]["catalog"]
    assert (catalog["tconst"], catalog["principals"]) == ("tt6751668", ["Song Kang-ho"])


def test_catalog_import_then_relink_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, imdb_dir: Path
) -> None:
    db = str(tmp_path / "cli.db")
    store = Store.open(db)
    store.save_reviews(
        [
            reviewing("a.html", "Gisaengchung", 2019),
            reviewing("b.html", "Parasite", 2019),
        ]
    )
    assert len(store.film_rows()) == 2  # nothing yet says these are one film
    screen = on_a_terminal(monkeypatch)
    result = CliRunner().invoke(app, ["catalog", "import", "imdb", str(imdb_dir), "--db", db])
    assert result.exit_code == 0, result.output
    assert [(r["film_id"], r["review_count"]) for r in store.film_rows()] == [("parasite-2019", 2)]
    drawn = screen_text(screen)  # a bar over the files' bytes, naming the file and its lines
    assert "catalog" in drawn and "name.basics.tsv.gz" in drawn and " lines" in drawn, drawn
    result = CliRunner().invoke(app, ["relink", "--db", db])
    assert result.exit_code == 0, result.output
    assert "relinked into 1 films" in screen_text(screen)
    store.close()


def test_unknown_catalog_kind_is_refused(tmp_path: Path, imdb_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["catalog", "import", "tmdb", str(imdb_dir), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code != 0


def test_import_skips_malformed_lines_and_reads_odd_values_as_missing(
    store: Store, imdb_dir: Path
) -> None:
    basics = imdb_dir / "title.basics.tsv.gz"
    with gzip.open(basics, "rt", encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    lines += [
        "tt0000100\tmovie\tHalf a Line",  # too few fields: skipped
        "tt0000101\tmovie\tOdd Year\tOdd Year\t0\t19xx\t\\N\tlong\tDrama",
        "bad-id\tmovie\tNo Number\tNo Number\t0\t2001\t\\N\t90\tDrama",
    ]
    with gzip.open(basics, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    counts = import_imdb(imdb_dir, store.engine)
    assert counts.titles == 4
    with store.engine.connect() as conn:
        odd = load_catalog_titles(conn, ["tt0000101"])["tt0000101"]
        keys = set(conn.execute(select(catalog_keys.c.title_key)).scalars())
    assert (odd.title, odd.year, odd.original_title, odd.votes) == ("Odd Year", None, None, None)
    assert "oddyear" in keys and "halfaline" not in keys and "nonumber" not in keys


def test_votes_are_optional(store: Store, imdb_dir: Path) -> None:
    (imdb_dir / "title.ratings.tsv.gz").unlink()
    counts = import_imdb(imdb_dir, store.engine)
    assert (counts.titles, counts.votes) == (3, 0)
    with store.engine.connect() as conn:
        assert load_catalog_titles(conn, ["tt6751668"])["tt6751668"].votes is None
