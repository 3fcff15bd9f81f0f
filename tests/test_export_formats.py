"""Every export format reads back to the same reviews; filters narrow what is written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from lxml import etree
from typer.testing import CliRunner

from reception.cli import app
from reception.export import export_record
from reception.export.formats import WRITERS, critic_review_jsonld
from reception.records import Grade
from reception.store import Store
from tests.factories import make_review

WP = "{http://wordpress.org/export/1.2/}"


@pytest.fixture
def records(store: Store) -> list[dict[str, object]]:
    store.save_reviews(
        [
            make_review(
                "a.html", score=85.0, grade=Grade(raw="★★★½", value_0_100=87.5, scale="stars")
            ),
            make_review(
                "b.html",
                score=35.0,
                body=("Tedious & <overlong>.",),
                article={"critic": "Marcus Bell", "headline": 'A "Crash" course'},
                facts={"title": "Crash", "year": 2004, "directors": ("Paul Haggis",)},
            ),
        ]
    )
    return [export_record(row) for row in store.iter_review_rows()]


def test_csv_has_one_row_per_review_with_flat_columns(records: list[dict[str, object]]) -> None:
    out = io.BytesIO()
    assert WRITERS["csv"](records, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert [r["film_title"] for r in rows] == ["Rust and Bone", "Crash"]
    assert rows[0]["cast"] == "Marion Cotillard (Stéphanie)"
    assert rows[0]["grade_raw"] == "★★★½"
    assert rows[1]["body"] == "Tedious & <overlong>."


def test_parquet_round_trips_types(records: list[dict[str, object]], tmp_path: Path) -> None:
    path = tmp_path / "reviews.parquet"
    with path.open("wb") as handle:
        WRITERS["parquet"](records, handle)
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert table.column("film_year").to_pylist() == [2012, 2004]
    assert table.column("grade_0_100").to_pylist() == [87.5, None]
    assert table.column("fresh").to_pylist() == [True, False]


def test_jsonld_is_a_critic_review_with_snippet_properties(
    records: list[dict[str, object]],
) -> None:
    document = critic_review_jsonld(records[0])
    assert document["@type"] == "CriticReview"
    assert document["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert document["publisher"]["name"] == "The Marquee Ledger"
    assert document["datePublished"] == "2012-11-23"
    assert document["reviewRating"]["ratingValue"] == 87.5
    assert document["itemReviewed"]["@type"] == "Movie"
    actor = document["itemReviewed"]["actor"][0]
    assert actor["characterName"] == "Stéphanie"


def test_wxr_is_wordpress_xml_with_authors_posts_and_meta(
    records: list[dict[str, object]],
) -> None:
    out = io.BytesIO()
    WRITERS["wxr"](records, out)
    root = etree.fromstring(out.getvalue())
    channel = root.find("channel")
    assert channel is not None
    assert channel.findtext(f"{WP}wxr_version") == "1.2"
    logins = [a.findtext(f"{WP}author_login") for a in channel.iter(f"{WP}author")]
    assert logins == ["jane-doe", "marcus-bell"]
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Review: Rust and Bone", 'A "Crash" course']
    body = items[1].findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
    assert body == "<p>Tedious &amp; &lt;overlong&gt;.</p>"
    meta = {
        m.findtext(f"{WP}meta_key"): m.findtext(f"{WP}meta_value")
        for m in items[0].iter(f"{WP}postmeta")
    }
    assert meta["reception_grade_raw"] == "★★★½"
    assert meta["reception_film_directors"] == "Jacques Audiard"


def test_cli_export_filters_by_film_and_date(store: Store, records: object, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "crash.jsonl"
    result = runner.invoke(
        app,
        ["export", "--db", str(tmp_path / "reception.db"), "--film", "crash-2004", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["film"]["film_id"] for r in lines] == ["crash-2004"]
    result = runner.invoke(
        app,
        [
            "export",
            "--db",
            str(tmp_path / "reception.db"),
            "--since",
            "2030-01-01",
            "-f",
            "csv",
            "-o",
            str(tmp_path / "none.csv"),
        ],
    )
    assert result.exit_code == 0
    assert len((tmp_path / "none.csv").read_text().splitlines()) == 1  # header only


def test_cli_export_rejects_unknown_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "r.db"), "-f", "xml"])
    assert result.exit_code != 0
    assert "unknown format" in result.output
