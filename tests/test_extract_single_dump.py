"""One page alone is enough: a single text dump read with no site template.

The seed-like page (eval/pages/reviews/screenmatters/rust-and-bone-dvd.txt, our own writing)
must read right on every point its truth states; the rules it needs are checked one by one
on small dumps of their own, so they hold beyond that page.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from reception.pipeline import review_page
from reception.records import Page, Review

ROOT = Path(__file__).resolve().parent.parent

PROSE = (
    "The film follows a drifter and a trainer of whales through one hard summer on the coast, "
    "and it never once asks us to pity either of them, which is its great strength and the "
    "reason it lingers long after the lights come up."
)


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_single_dump", ROOT / "eval" / "single_dump.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _dump(*lines: str) -> Review:
    text = "\n".join(lines).encode("utf-8")
    return review_page(Page(uri="dump.txt", raw=text, content_type="text/plain"))


def test_seed_like_dump_reads_right_on_every_point() -> None:
    right, total, missed = _load_eval().seed_like_check()
    assert missed == []
    assert (right, total) == (16, 16)


def test_every_dump_read_alone_stays_above_its_floor() -> None:
    floor = json.loads((ROOT / "eval" / "baseline.json").read_text())["single_dump"]["share"]
    figures = _load_eval().measure()
    assert figures["pages"] >= 12
    assert figures["share"] >= floor


def test_box_title_line_is_the_film_even_misspelt_and_not_the_headline() -> None:
    review = _dump(
        "Home",
        "A Quiet Storm Gathers in 'Winter Harbour'",
        "A slow, careful drama that earns its ending.",
        "Winer Harbour",
        "Director: Ada Lindqvist",
        "Cast: Mona Berg, Olle Sand",
        "By Tom Reed",
        "3 May 2019",
        f"Winter Harbour is a small film. {PROSE}",
        f"Winter Harbour ends well. {PROSE}",
    )
    assert review.article.headline == "A Quiet Storm Gathers in 'Winter Harbour'"
    assert review.article.dek == "A slow, careful drama that earns its ending."
    assert review.article.infobox[0] == "Winer Harbour"
    assert review.film.title == "Winter Harbour"


def test_studio_line_inside_the_box_is_the_distributor() -> None:
    review = _dump(
        "The Long Field Is a Patient Marvel",
        "Director: Ada Lindqvist",
        "(Northlight Pictures)",
        "Rated: PG",
        "By Tom Reed",
        PROSE,
    )
    assert review.film.distributor == "Northlight Pictures"


def test_dated_disc_line_and_listed_extras_make_a_disc_review_dated_apart_from_the_film() -> None:
    review = _dump(
        "The Long Field Holds Up on Disc",
        "Director: Ada Lindqvist",
        "UK Blu-ray: 14 October 2021",
        "By Tom Reed",
        "17 October 2021",
        PROSE,
        "Since its premiere at Venice in September 2019 the film has found its audience slowly.",
        "The extras are modest but useful: a director's commentary, a making-of featurette, "
        "two deleted scenes and the trailer.",
    )
    assert review.home_video is not None and review.home_video.format == "Blu-ray"
    assert len(review.home_video.special_features) == 4
    assert (dt.date(2021, 10, 14), "home_video") in {
        (r.date, r.kind) for r in review.film.release_dates
    }
    assert review.film.year == 2019  # the premiere's year, not the disc's or the review's


def test_site_appeal_and_share_menu_leave_the_body_and_the_owner_names_the_site() -> None:
    review = _dump(
        "The Long Field Is a Patient Marvel",
        "By Tom Reed",
        PROSE,
        "Its last shot is the best thing in it, and I will not spoil it here.",
        "Field Notes readers: our hosting partner has told us we must move servers, and we "
        "need your help to stay online.",
        "Share: Facebook | Bluesky | Email | Print",
        "All rights reserved. © 2004-2021 Field Notes Media, Inc.",
    )
    assert review.article.body[-1].startswith("Its last shot")
    assert review.article.publication == "Field Notes"
    assert "hosting partner" not in (review.verdict.pull_quote or "")
