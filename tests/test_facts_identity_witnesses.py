"""Film identity from every witness: the headline, the body's prose and the page's bylines,
with conflicts resolved the way a reader would (issue 12 item 6). Our own small pages."""

from __future__ import annotations

import datetime as dt

from reception.extract import extract_article
from reception.facts import read_facts
from reception.records import Article, Page

CHASE = (
    "George Miller's Mad Max: Fury Road is one long chase across the desert and back again.",
    "Fury Road never stops moving, and Tom Hardy plays Max Rockatansky with hardly a word.",
    "Charlize Theron, who plays Imperator Furiosa, is its heart, and Fury Road earns every minute.",
)


def test_an_edition_suffix_is_not_the_title_but_the_disc_keeps_it() -> None:
    facts = read_facts(
        Article(
            uri="seven-samurai",
            headline="Seven Samurai (The Criterion Collection)",
            date_published=dt.date(2021, 3, 2),
            body=(
                "Akira Kurosawa's 1954 epic about seven swordsmen hired to guard a village "
                "looks better than ever on this Blu-ray.",
                "Seven Samurai is long, patient and exhilarating, and Toshiro Mifune is "
                "wonderful in it.",
            ),
        )
    )
    assert facts.film.title == "Seven Samurai"
    assert facts.film.year == 1954  # the director's own year for it, not the disc's 2021
    assert facts.home_video is not None and facts.home_video.format == "Blu-ray"
    assert facts.home_video.specs["edition"] == "The Criterion Collection"


def test_a_colon_title_keeps_its_lead() -> None:
    facts = read_facts(
        Article(
            uri="fury-road", headline="Fury Road review: a roaring, relentless chase", body=CHASE
        )
    )
    assert facts.film.title == "Mad Max: Fury Road"
    assert facts.film.directors == ("George Miller",)
    assert ("Charlize Theron", "Imperator Furiosa") in {
        (member.actor, member.character) for member in facts.film.cast
    }


def test_a_wire_facts_line_is_facts_not_the_headline() -> None:
    dump = "\n".join(
        [
            "'Mad Max: Fury Road' is a roaring, relentless chase",
            "Warner Bros. -- Rated R -- 120 minutes",
            "By Gus Albrecht",
            "Courier film critic",
            "May 14, 2015",
            *CHASE,
        ]
    )
    article = extract_article(Page(uri="wire.txt", raw=dump.encode(), content_type="text/plain"))
    assert article.headline == "'Mad Max: Fury Road' is a roaring, relentless chase"
    assert article.critic == "Gus Albrecht"
    assert article.body[0].startswith("George Miller's")  # the role line is not a subheading
    film = read_facts(article).film
    assert (film.distributor, film.mpaa_rating, film.runtime_minutes) == ("Warner Bros.", "R", 120)


def test_a_name_beside_the_site_name_is_the_byline() -> None:
    html = (
        "<html><head><title>Mad Max: Fury Road review - The Daily Courier</title></head><body>"
        "<article><h1>Mad Max: Fury Road review</h1><p>Lena Marsh-Okafor | The Daily Courier</p>"
        + "".join(f"<p>{sentence} {sentence}</p>" for sentence in CHASE)
        + "</article></body></html>"
    )
    page = Page(
        uri="https://courier.example/fury-road", raw=html.encode(), content_type="text/html"
    )
    assert extract_article(page).critic == "Lena Marsh-Okafor"


def test_directors_named_by_apposition_or_by_how_they_film() -> None:
    def directors(*body: str) -> tuple[str, ...]:
        return read_facts(Article(uri="d", headline="A quiet storm", body=body)).film.directors

    assert directors("The director, Ada Lindqvist, is seventy and has never been surer.") == (
        "Ada Lindqvist",
    )
    assert directors("Ada Lindqvist shoots the accident as a blur of water and noise.") == (
        "Ada Lindqvist",
    )
    assert directors("Mona Berg shoots a look at the nurse and says nothing.") == ()


def test_the_shared_title_names_the_film_a_thesis_headline_leaves_out() -> None:
    def page(og_title: str) -> str:
        return f"""<!doctype html><html><head><title>Bodies in the water | The Film Ledger</title>
<meta property="og:title" content="{og_title}"></head><body><article>
<h1>Bodies in the water</h1><div class="byline">By Dana Whitfield</div><div class="entry-content">
<p>Jacques Audiard's new film opens on a father and son riding south with nothing to carry.</p>
<p>Marion Cotillard plays a whale trainer whose accident takes her legs, and she is superb.</p>
<p>Matthias Schoenaerts matches her as a fighter whose tenderness arrives late and clumsily.</p>
</div></article></body></html>"""

    def title(og_title: str) -> str | None:
        raw = page(og_title).encode()
        article = extract_article(Page(uri="ledger/4417.html", raw=raw, content_type="text/html"))
        return read_facts(article).film.title

    assert title("Rust and Bone review: bodies in the water") == "Rust and Bone"
    assert title("Bodies in the water") is None  # the headline again: no witness of the film
