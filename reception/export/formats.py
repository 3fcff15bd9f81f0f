"""Export writers: JSON lines, CSV, Parquet, schema.org JSON-LD and WordPress WXR 1.2.

Each writer takes export records (see :mod:`reception.export.record`) one at a time, so an
export of any size runs in constant memory (Parquet buffers one row group at a time).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from email.utils import format_datetime
from html import escape
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from lxml import etree

from reception.names import slug

FORMATS = ("jsonl", "csv", "parquet", "jsonld", "wxr")
PARQUET_ROW_GROUP = 5000


def write_jsonl(records: Iterable[Mapping[str, Any]], out: IO[bytes]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


# -- flat rows (CSV, Parquet) ----------------------------------------------------------------

FLAT_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("id", pa.string()),
    ("source_uri", pa.string()),
    ("content_sha256", pa.string()),
    ("headline", pa.string()),
    ("dek", pa.string()),
    ("critic", pa.string()),
    ("publication", pa.string()),
    ("date_published", pa.string()),
    ("film_id", pa.string()),
    ("film_title", pa.string()),
    ("film_year", pa.int32()),
    ("directors", pa.string()),
    ("cast", pa.string()),
    ("distributor", pa.string()),
    ("mpaa_rating", pa.string()),
    ("runtime_minutes", pa.int32()),
    ("release_date", pa.string()),
    ("home_video_format", pa.string()),
    ("special_features", pa.string()),
    ("grade_raw", pa.string()),
    ("grade_0_100", pa.float64()),
    ("score", pa.float64()),
    ("label", pa.string()),
    ("fresh", pa.bool_()),
    ("confidence", pa.float64()),
    ("text_score", pa.float64()),
    ("pull_quote", pa.string()),
    ("language", pa.string()),
    ("body", pa.string()),
)


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row per review; lists joined with '; ' (cast as 'Actor (Character)')."""
    film = record["film"]
    verdict = record["verdict"]
    home_video = record.get("home_video") or {}
    grade = record.get("grade") or {}
    cast = [
        f"{m['actor']} ({m['character']})" if m.get("character") else m["actor"]
        for m in film["cast"]
    ]
    return {
        "id": record["id"],
        "source_uri": record["source"]["uri"],
        "content_sha256": record["source"]["content_sha256"],
        "headline": record["headline"],
        "dek": record["dek"],
        "critic": record["critic"],
        "publication": record["publication"],
        "date_published": record["date_published"],
        "film_id": film["film_id"],
        "film_title": film["title"],
        "film_year": film["year"],
        "directors": "; ".join(film["directors"]),
        "cast": "; ".join(cast),
        "distributor": film["distributor"],
        "mpaa_rating": film["mpaa_rating"],
        "runtime_minutes": film["runtime_minutes"],
        "release_date": film["release_date"],
        "home_video_format": home_video.get("format"),
        "special_features": "; ".join(home_video.get("special_features") or []),
        "grade_raw": grade.get("raw"),
        "grade_0_100": grade.get("value_0_100"),
        "score": verdict["score"],
        "label": verdict["label"],
        "fresh": verdict["fresh"],
        "confidence": verdict["confidence"],
        "text_score": verdict["text_score"],
        "pull_quote": verdict["pull_quote"],
        "language": record["language"],
        "body": record["body"],
    }


def write_csv(records: Iterable[Mapping[str, Any]], out: IO[bytes]) -> int:
    text = _TextOut(out)
    writer = csv.DictWriter(text, fieldnames=[name for name, _ in FLAT_COLUMNS])
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record))
        count += 1
    return count


class _TextOut:
    """Just enough of a text file over a binary one for ``csv``."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(text.encode("utf-8"))


def write_parquet(records: Iterable[Mapping[str, Any]], out: IO[bytes]) -> int:
    schema = pa.schema(list(FLAT_COLUMNS))
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        buffer: list[dict[str, Any]] = []
        for record in records:
            buffer.append(flatten(record))
            count += 1
            if len(buffer) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                buffer.clear()
        if buffer or count == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
    return count


# -- schema.org ------------------------------------------------------------------------------


def movie_jsonld(facts: Mapping[str, Any]) -> dict[str, Any]:
    """A schema.org ``Movie`` from film facts in export shape (title, year, directors, cast...)."""
    movie: dict[str, Any] = {"@type": "Movie", "name": facts["title"]}
    if facts.get("year"):
        movie["dateCreated"] = str(facts["year"])
    if facts.get("directors"):
        movie["director"] = [{"@type": "Person", "name": n} for n in facts["directors"]]
    if facts.get("cast"):
        movie["actor"] = [
            {
                "@type": "PerformanceRole",
                "actor": {"@type": "Person", "name": m["actor"]},
                "characterName": m["character"],
            }
            if m.get("character")
            else {"@type": "Person", "name": m["actor"]}
            for m in facts["cast"]
        ]
    if facts.get("runtime_minutes"):
        movie["duration"] = f"PT{int(facts['runtime_minutes'])}M"
    if facts.get("mpaa_rating"):
        movie["contentRating"] = facts["mpaa_rating"]
    return movie


def critic_review_jsonld(record: Mapping[str, Any]) -> dict[str, Any]:
    """A schema.org ``CriticReview`` with the properties review snippets rely on: a review
    with no named critic is authored by its publication (review snippets require an author).
    """
    movie = movie_jsonld(record["film"])
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CriticReview",
        "identifier": record["id"],
        "name": record["headline"],
        "itemReviewed": movie,
        "reviewRating": _rating(record),
    }
    if record["source"]["uri"].startswith(("http://", "https://")):
        review["url"] = record["source"]["uri"]
    publisher = (
        {"@type": "Organization", "name": record["publication"]} if record["publication"] else None
    )
    if record["critic"]:
        review["author"] = {"@type": "Person", "name": record["critic"]}
    elif publisher:
        review["author"] = publisher
    if publisher:
        review["publisher"] = publisher
    if record["date_published"]:
        review["datePublished"] = record["date_published"]
    if record["verdict"]["pull_quote"]:
        review["reviewBody"] = record["verdict"]["pull_quote"]
    return review


def _rating(record: Mapping[str, Any]) -> dict[str, Any]:
    grade = record.get("grade")
    value = grade["value_0_100"] if grade else record["verdict"]["score"]
    return {
        "@type": "Rating",
        "ratingValue": round(float(value), 1),
        "bestRating": 100,
        "worstRating": 0,
        "ratingExplanation": "the critic's grade" if grade else "judged from the review's text",
    }


def write_jsonld(records: Iterable[Mapping[str, Any]], out: IO[bytes]) -> int:
    """JSON lines of CriticReview objects (one self-contained JSON-LD document per line)."""
    return write_jsonl((critic_review_jsonld(r) for r in records), out)


# -- WordPress -------------------------------------------------------------------------------

_NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "wp": "http://wordpress.org/export/1.2/",
}


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    prefix, _, local = tag.rpartition(":")
    name = f"{{{_NS[prefix]}}}{local}" if prefix else local
    element = etree.SubElement(parent, name)
    if text is not None:
        element.text = etree.CDATA(text) if any(c in text for c in "<&>\n") else text
    return element


def _post_body(record: Mapping[str, Any]) -> str:
    return "\n\n".join(
        f"<p>{escape(paragraph)}</p>" for paragraph in record["body"].split("\n\n") if paragraph
    )


def write_wxr(records: Iterable[Mapping[str, Any]], out: IO[bytes], site: str = "reception") -> int:
    """WordPress eXtended RSS 1.2: one post per review, the critic as author, film facts and
    grade in post meta, the film and publication as categories, the verdict as a tag."""
    rss = etree.Element("rss", nsmap=_NS, version="2.0")
    channel = _sub(rss, "channel")
    _sub(channel, "title", site)
    _sub(channel, "wp:wxr_version", "1.2")
    authors: dict[str, int] = {}
    count = 0
    items: list[etree._Element] = []
    for record in records:
        count += 1
        item = etree.Element("item")
        _sub(item, "title", record["headline"] or "Untitled review")
        _sub(item, "dc:creator", _login(record["critic"]))
        if record["critic"] and record["critic"] not in authors:
            authors[record["critic"]] = len(authors) + 1
        _sub(item, "content:encoded", _post_body(record))
        _sub(item, "excerpt:encoded", record["dek"] or "")
        _sub(item, "wp:post_id", str(count))
        published = record["date_published"]
        _sub(item, "wp:post_date", f"{published} 00:00:00" if published else "")
        if published:
            moment = dt.datetime.fromisoformat(published).replace(tzinfo=dt.UTC)
            _sub(item, "pubDate", format_datetime(moment))
        _sub(item, "wp:status", "publish")
        _sub(item, "wp:post_type", "post")
        film = record["film"]
        for domain, value in (
            ("category", film["title"]),
            ("category", record["publication"]),
            ("post_tag", record["verdict"]["label"]),
        ):
            if value:
                category = _sub(item, "category", value)
                category.set("domain", domain)
                category.set("nicename", slug(value))
        meta = {
            "film_title": film["title"],
            "film_year": film["year"],
            "film_directors": "; ".join(film["directors"]),
            "film_cast": json.dumps(film["cast"], ensure_ascii=False),
            "film_distributor": film["distributor"],
            "film_mpaa_rating": film["mpaa_rating"],
            "film_runtime_minutes": film["runtime_minutes"],
            "grade_raw": (record.get("grade") or {}).get("raw"),
            "grade_0_100": (record.get("grade") or {}).get("value_0_100"),
            "verdict_score": record["verdict"]["score"],
            "verdict_label": record["verdict"]["label"],
            "pull_quote": record["verdict"]["pull_quote"],
            "source_uri": record["source"]["uri"],
        }
        for key, value in meta.items():
            if value in (None, ""):
                continue
            postmeta = _sub(item, "wp:postmeta")
            _sub(postmeta, "wp:meta_key", f"reception_{key}")
            _sub(postmeta, "wp:meta_value", str(value))
        items.append(item)
    for name, author_id in authors.items():
        author = _sub(channel, "wp:author")
        _sub(author, "wp:author_id", str(author_id))
        _sub(author, "wp:author_login", _login(name))
        _sub(author, "wp:author_display_name", name)
    channel.extend(items)
    out.write(etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    return count


def _login(name: str | None) -> str:
    return slug(name) if name else "reception"


WRITERS: dict[str, Callable[[Iterable[Mapping[str, Any]], IO[bytes]], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
    "jsonld": write_jsonld,
    "wxr": write_wxr,
}
