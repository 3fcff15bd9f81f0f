"""One page alone: single text dumps read with no site template, point by point.

The seed-like page (a DVD review saved as text with its chrome: menu words, a verdict
standfirst, an info box headed by a misspelt title line, the disc's date, extras listed in
the last paragraph, an appeal for money, a copyright line) must read right on all of its
points; every other text dump with truth (eval/pages/reviews/**/*.txt) is read the same way,
each on the points its truth states, so the rules are not fitted to one page.

Points: headline, dek, critic, publication, date; film title (``title_key``), year,
directors; each true (actor, character) pair; the edition's format, its release date (a
home-video release date, never the film's year), at least as many special features as the
truth lists (4 or more on the seed-like page); the body ending with the truth's last
paragraph, no paragraph the truth lacks (banners, share links, copyright lines) and a pull
quote taken from the critic's words (body, headline or dek).

    uv run python eval/single_dump.py           # every dump, and the seed-like page's points
    uv run python eval/single_dump.py --errors  # also each missed point
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.names import title_key  # noqa: E402
from reception.pipeline import review_page  # noqa: E402
from reception.records import Page, PageError, Review  # noqa: E402
from reception.text import fold  # noqa: E402

SEED_LIKE = ROOT / "eval" / "pages" / "reviews" / "screenmatters" / "rust-and-bone-dvd.txt"
DUMP_ROOTS = ("eval/pages/reviews", "reception/demo/corpus")
FIELDS = ("headline", "dek", "critic", "publication", "date_published")


def read_dump(path: Path) -> Review:
    """The page through every stage, alone: no template learned from other pages."""
    page = Page(uri=str(path), raw=path.read_bytes(), content_type="text/plain", site=None)
    return review_page(page)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]


def _field_points(review: Review, truth: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    article = review.article
    for name in FIELDS:
        if truth.get(name) is not None:
            got = getattr(article, name)
            yield name, (str(got) if isinstance(got, dt.date) else got) == truth[name]


def _film_points(review: Review, film: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    got = review.film
    if film.get("title"):
        yield "film title", title_key(got.title or "") == title_key(film["title"])
    if film.get("year"):
        yield "film year", got.year == film["year"]
    if film.get("directors"):
        yield "directors", {fold(n) for n in film["directors"]} <= {fold(n) for n in got.directors}
    characters = {fold(m.actor): fold(m.character or "") for m in got.cast}
    for member in film.get("cast", []):
        if member.get("character"):
            found = characters.get(fold(member["actor"]))
            yield f"{member['actor']} as {member['character']}", found == fold(member["character"])


def _edition_points(review: Review, edition: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    got = review.home_video
    yield "edition format", got is not None and got.format == edition["format"]
    if edition.get("release_date"):
        dates = {str(r.date) for r in review.film.release_dates if r.kind == "home_video"}
        yield "edition release date", edition["release_date"] in dates
    if edition.get("special_features"):
        found = len(got.special_features) if got else 0
        yield "special features", found >= len(edition["special_features"])


def _body_points(review: Review, truth: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    want = _paragraphs(truth["body"])
    got = [" ".join(para.split()) for para in review.article.body]
    yield "body ends with the last paragraph", bool(got) and got[-1] == want[-1]
    yield "no chrome in the body", all(para in want for para in got)
    quote = review.verdict.pull_quote
    if quote:
        own = " ".join([truth.get("headline") or "", truth.get("dek") or "", *want])
        yield "pull quote from the review", " ".join(quote.split()) in own


def points(review: Review, truth: dict[str, Any]) -> list[tuple[str, bool]]:
    """Every point the truth states, each with whether the review reads it right."""
    found = [*_field_points(review, truth), *_film_points(review, truth.get("film") or {})]
    if truth.get("home_video"):
        found += _edition_points(review, truth["home_video"])
    if truth.get("body"):
        found += _body_points(review, truth)
    return found


def dumps(roots: Sequence[str] = DUMP_ROOTS) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every text dump with its truth beside it."""
    for root in roots:
        for path in sorted((ROOT / root).rglob("*.txt")):
            truth_path = path.with_suffix(".json")
            if truth_path.exists():
                yield path, json.loads(truth_path.read_text(encoding="utf-8"))


def seed_like_check() -> tuple[int, int, list[str]]:
    """(points right, points, names of the missed ones) on the seed-like page."""
    truth = json.loads(SEED_LIKE.with_suffix(".json").read_text(encoding="utf-8"))
    found = points(read_dump(SEED_LIKE), truth)
    return sum(ok for _, ok in found), len(found), [name for name, ok in found if not ok]


def measure(errors: list[str] | None = None) -> dict[str, float]:
    """Every dump read alone: pages, points, the share read right, pages with every point.
    Missed points are added to ``errors`` when given."""
    right = total = perfect = pages = 0
    for path, truth in dumps():
        try:
            found = points(read_dump(path), truth)
        except PageError as error:
            found = [(f"page read ({error})", False)]
        pages += 1
        page_right = sum(ok for _, ok in found)
        right, total, perfect = (
            right + page_right,
            total + len(found),
            perfect + (page_right == len(found)),
        )
        if errors is not None:
            errors += [f"{path.relative_to(ROOT)}: {name}" for name, ok in found if not ok]
    share = right / total if total else 0.0
    return {"pages": pages, "points": total, "right": right, "share": share, "perfect": perfect}


def report(errors: bool = False) -> str:
    """The seed-like page's points, then every dump's share of points read right."""
    right, total, missed = seed_like_check()
    lines = [f"seed-like single dump ({SEED_LIKE.relative_to(ROOT)}): {right}/{total} points"]
    lines += [f"  missed: {name}" for name in missed]
    misses: list[str] = []
    figures = measure(misses)
    if errors:
        lines += [f"  {miss}" for miss in misses]
    lines.append(
        f"single dumps read alone: {figures['pages']:.0f} pages, {figures['right']:.0f}/"
        f"{figures['points']:.0f} points ({figures['share']:.3f}), "
        f"{figures['perfect']:.0f} pages with every point"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every missed point")
    args = parser.parse_args(argv)
    print(report(args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
