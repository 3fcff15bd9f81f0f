"""Plain-text dumps: chrome lines dropped, header and info box found, site templates learned."""

from __future__ import annotations

import textwrap

from reception.extract import SiteTemplate, extract_article, learn_template
from reception.records import Page
from tests.test_extract_html import PROSE

TOP = [
    "Skip to main content",
    "The Night Screen",
    "Collapse Expand Features",
    "Reviews | News | Festivals | Podcast",
    "Support independent film criticism: donate $5 a month.",
]
BOTTOM = [
    "Share this review",
    "Facebook",
    "Twitter",
    "Email",
    "PM Picks",
    "We use cookies to improve your experience. Accept all cookies",
    "Sign up for our newsletter",
    "© 2024 The Night Screen. All rights reserved.",
]


def dump(
    body: tuple[str, ...] = PROSE,
    headline: str = "Rust and Bone Review: Love Among the Ruins",
    top: list[str] = TOP,
    bottom: list[str] = BOTTOM,
) -> str:
    lines = [
        *top,
        headline,
        "Audiard’s bruising melodrama finds tenderness where you least expect it.",
        "By Dana Whitfield",
        "March 4, 2024",
        "Director: Jacques Audiard",
        "Starring: Marion Cotillard, Matthias Schoenaerts",
        "Rated R",
        "Running time: 120 minutes",
        *body[:2],
        "A love story with bruises",
        *body[2:],
        "Grade: B+",
        *bottom,
        "Related reviews",
        "Amour is a stern and loving portrait of old age that few will forget in a hurry.",
    ]
    return "\n\n".join(lines)


def read(text: str, template: SiteTemplate | None = None) -> object:
    return extract_article(
        Page(uri="night/rust.txt", raw=text.encode(), content_type="text/plain"), template
    )


def test_dump_body_is_the_prose_and_subheading_only() -> None:
    article = read(dump())
    assert article.body == (PROSE[0], PROSE[1], "A love story with bruises", PROSE[2], PROSE[3])


def test_dump_header_and_side_parts() -> None:
    article = read(dump())
    assert article.headline == "Rust and Bone Review: Love Among the Ruins"
    assert article.dek == "Audiard’s bruising melodrama finds tenderness where you least expect it."
    assert article.critic == "Dana Whitfield"
    assert article.date_published is not None and article.date_published.isoformat() == "2024-03-04"
    assert article.infobox == (
        "Director: Jacques Audiard",
        "Starring: Marion Cotillard, Matthias Schoenaerts",
        "Rated R",
        "Running time: 120 minutes",
    )
    assert article.rating_text == ("Grade: B+",)
    assert article.publication == "The Night Screen"
    assert article.language == "en"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = tuple(textwrap.fill(p, 60) for p in PROSE)
    article = read(dump(body=wrapped))
    assert article.body == (PROSE[0], PROSE[1], "A love story with bruises", PROSE[2], PROSE[3])


def test_template_removes_site_lines_no_rule_knows() -> None:
    odd = ["Night Owl Picks", "Midnight Madness Archive"]
    pages = [
        dump(body=tuple(f"{p} Seen on night {n}." for p in PROSE), top=TOP + odd) for n in range(4)
    ]
    template = learn_template(pages, site="night")
    assert template.is_chrome("Midnight Madness Archive")
    assert not template.is_chrome(f"{PROSE[0]} Seen on night 1.")
    body = read(dump(body=("Midnight Madness Archive", *PROSE), top=TOP), template).body
    assert "Midnight Madness Archive" not in body and PROSE[0] in body


def test_template_round_trips_through_json() -> None:
    template = learn_template(
        [dump(), dump(), dump(headline="Another film, another night")], site="night"
    )
    again = SiteTemplate.from_dict(template.to_dict())
    assert again == template and again.pages == 3 and again.site == "night"


def test_template_needs_repeats_on_two_pages() -> None:
    assert learn_template([dump()]).chrome == frozenset()


def test_template_learns_from_html_pages_too() -> None:
    page = "<html><body><div>Night Owl Picks</div><p>{}</p></body></html>"
    template = learn_template([page.format(p) for p in PROSE])
    assert template.is_chrome("Night Owl Picks") and not template.is_chrome(PROSE[0])


def test_blog_dump_with_posted_on_byline_and_reply_form() -> None:
    text = "\n".join(
        [
            "THE REEL DEAL",
            "Menu",
            "Home",
            "Reviews",
            "Rust and Bone",
            "A love story told through broken bodies, and the best thing Audiard has made.",
            "Posted on November 23, 2012 by Sam Ortiz",
            *PROSE,
            "Filed under: Reviews, Drama",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment",
            "Name",
            "Website",
            "Post Comment",
        ]
    )
    article = read(text)
    assert (article.headline, article.critic) == ("Rust and Bone", "Sam Ortiz")
    assert article.dek is not None and article.dek.startswith("A love story")
    assert article.date_published is not None and article.date_published.isoformat() == "2012-11-23"
    assert article.body == PROSE


def test_dump_with_name_and_date_byline() -> None:
    text = "\n\n".join(["Rust and Bone review", "Sam Ortiz | November 23, 2012", *PROSE])
    article = read(text)
    assert (article.headline, article.critic, article.body) == (
        "Rust and Bone review",
        "Sam Ortiz",
        PROSE,
    )


def test_template_keeps_a_sites_standing_subheadings_between_prose() -> None:
    def page(n: int) -> str:
        prose = [f"{p} Seen on night {n}." for p in PROSE]
        return dump(
            body=(prose[0], "Video", prose[1], prose[2], prose[3]), top=[*TOP, "Night Owl Picks"]
        )

    template = learn_template([page(n) for n in range(4)])
    assert template.is_chrome("Video") and template.is_chrome("Night Owl Picks")
    body = read(page(1), template).body
    assert "Video" in body and "Night Owl Picks" not in body


def test_dump_special_features_list_is_a_side_part_and_its_heading_stays() -> None:
    body = (
        *PROSE[:2],
        "Special Features",
        "- Audio commentary by the director",
        "- Deleted scenes (12 min)",
        "Final Thoughts",
        *PROSE[2:],
    )
    article = read(dump(body=body))
    assert article.special_features == (
        "Audio commentary by the director",
        "Deleted scenes (12 min)",
    )
    assert "Special Features" in article.body and "Final Thoughts" in article.body
    assert not any("commentary" in p for p in article.body)


def test_wrapped_dump_with_a_long_url_line_is_still_joined() -> None:
    wrapped = tuple(textwrap.fill(p, 64) for p in PROSE)
    url = "Share: https://example.org/reviews/rust-and-bone?utm_source=newsletter&utm_medium=email&x=1"
    article = read(dump(body=wrapped, top=[*TOP, url]))
    assert article.body == (PROSE[0], PROSE[1], "A love story with bruises", PROSE[2], PROSE[3])


def test_facts_table_saved_as_text_becomes_label_value_lines() -> None:
    table = ["Director", "Jacques Audiard", "Starring", "Marion Cotillard, Matthias Schoenaerts"]
    text = "\n".join(["Rust and Bone review", "By Sam Ortiz", *table, *PROSE])
    article = read(text)
    assert article.infobox == (
        "Director: Jacques Audiard",
        "Starring: Marion Cotillard, Matthias Schoenaerts",
    )
    assert article.body == PROSE


def test_dump_with_name_comma_date_byline_and_a_dateline_that_is_no_byline() -> None:
    text = "\n\n".join(
        ["Sunday, October 20, 2019", "Rust and Bone review", "Sam Ortiz, 23.11.2012", *PROSE]
    )
    article = read(text)
    assert (article.headline, article.critic) == ("Rust and Bone review", "Sam Ortiz")
    assert article.body == PROSE


def test_dump_publication_is_the_masthead_when_no_copyright_line_names_the_site() -> None:
    top = ["THE NIGHT SCREEN :: reviews since 2004", *TOP[2:]]
    article = read(dump(top=top, bottom=BOTTOM[:-1]))
    assert article.publication == "The Night Screen"


def test_dump_publication_prefers_the_masthead_to_the_company_that_owns_it() -> None:
    bottom = [*BOTTOM[:-1], "(c) Night Screen Media 2024. All rights reserved."]
    article = read(dump(top=["Night Screen Review", *TOP[2:]], bottom=bottom))
    assert article.publication == "Night Screen Review"
    article = read(dump(top=TOP[2:], bottom=bottom))
    assert article.publication == "Night Screen Media"


def test_multi_page_review_keeps_its_headline_though_the_template_saw_it_twice() -> None:
    headline = "Rust and Bone Review: Love Among the Ruins"
    pages = [
        dump(headline=headline if n < 2 else f"Another film, night {n}", body=(f"{PROSE[0]} {n}.",))
        for n in range(4)
    ]
    template = learn_template(pages, site="night")
    assert template.is_chrome(headline)
    article = read(pages[1], template)
    assert article.headline == headline and article.body == (f"{PROSE[0]} 1.",)
    assert article.dek == "Audiard’s bruising melodrama finds tenderness where you least expect it."
