"""HTML review pages to Articles: body kept clean, header read, side parts kept apart."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest

from reception.extract import extract_article
from reception.records import Article, Page

PROSE = (
    "Audiard opens on a father and son riding south, and the film never loses that sense of "
    "people travelling light because they have nothing else to carry.",
    "Cotillard plays a whale trainer whose accident takes her legs, and she is extraordinary in "
    "the quiet scenes where her character learns her body again.",
    "Schoenaerts matches her as a bare-knuckle fighter whose tenderness arrives late and "
    "clumsily, which is exactly the point of the movie and its bruised heart.",
    "The last act is overwrought, but the film earns much of that excess with patience.",
)
CHROME = {
    "share": '<div class="share-tools"><a>Share on Facebook</a> <a>Tweet</a> <a>Email</a></div>',
    "newsletter": '<div class="newsletter-box"><p>Get the best reviews in your inbox every '
    "Friday. Sign up for our newsletter today.</p></div>",
    "donate": '<div class="support-us"><p>Independent criticism needs you. Donate today and '
    "keep this site free for every reader.</p></div>",
    "bio": '<div class="author-bio"><p>Dana Whitfield has written about film for twenty years '
    "and teaches cinema studies in Chicago.</p></div>",
    "related": '<section class="related-posts"><h3>More reviews</h3><ul><li><a>Amour: a stern '
    "and loving portrait of old age</a></li></ul></section>",
    "comments": '<section id="comments"><h3>2 Comments</h3><article><p>I saw this film last week '
    "and I could not agree more with every word of this wonderful review.</p></article></section>",
    "next": '<nav class="post-navigation"><a>Next review: The Master is a puzzle worth solving '
    "again and again</a></nav>",
    "user_rating": '<div class="user-rating"><span>Readers rate it 4.8/5</span></div>',
}


def review_html(
    *,
    body: tuple[str, ...] = PROSE,
    subheading: str | None = "A love story with bruises",
    dek: str | None = "Jacques Audiard’s melodrama finds grace in broken bodies.",
    byline: str = 'By <a rel="author">Dana Whitfield</a>',
    date_html: str = '<time datetime="2012-11-23T10:00:00-05:00">Nov. 23, 2012</time>',
    chrome: tuple[str, ...] = tuple(CHROME),
    jsonld: dict[str, Any] | None = None,
    side: str = "",
    body_class: str = "entry-content",
    caption: bool = True,
) -> str:
    paragraphs = [f"<p>{p}</p>" for p in body]
    if subheading:
        paragraphs.insert(2, f"<h2>{subheading}</h2>")
    if caption:
        paragraphs.insert(
            1,
            '<figure><img src="still.jpg"><figcaption>Marion Cotillard in Rust and Bone. '
            "Photo: courtesy of the distributor</figcaption></figure>",
        )
    if "newsletter" in chrome:
        paragraphs.insert(3, CHROME["newsletter"])
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    others = "".join(CHROME[c] for c in chrome if c != "newsletter")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rust and Bone review | The Film Ledger</title>
<meta property="og:site_name" content="The Film Ledger">{script}</head><body>
<header class="masthead"><a href="/">The Film Ledger</a><nav><a>Reviews</a><a>Features</a></nav></header>
<main><article>
<h1>Rust and Bone review: bruised romance</h1>
{f'<p class="standfirst">{dek}</p>' if dek else ""}
<div class="byline">{byline} {date_html}</div>
{side}
<div class="{body_class}">{"".join(paragraphs)}</div>
{others}
</article></main><footer><p>© 2012 The Film Ledger</p></footer></body></html>"""


def extract(html: str, uri: str = "ledger/rust-and-bone.html") -> Any:
    return extract_article(Page(uri=uri, raw=html.encode("utf-8"), content_type="text/html"))


def test_body_keeps_prose_and_subheading_and_drops_chrome() -> None:
    article = extract(review_html())
    assert article.body == (PROSE[0], PROSE[1], "A love story with bruises", PROSE[2], PROSE[3])


def test_header_fields_are_read_from_the_page() -> None:
    article = extract(review_html())
    assert article.headline == "Rust and Bone review: bruised romance"
    assert article.dek == "Jacques Audiard’s melodrama finds grace in broken bodies."
    assert article.critic == "Dana Whitfield"
    assert article.publication == "The Film Ledger"
    assert article.date_published is not None
    assert article.date_published.isoformat() == "2012-11-23"
    assert article.language == "en"


def test_body_without_a_marked_container_is_the_block_models_main_text() -> None:
    article = extract(review_html(body_class="c7"))
    assert article.body == (PROSE[0], PROSE[1], "A love story with bruises", PROSE[2], PROSE[3])
    text = article.text
    for leak in ("Donate today", "newsletter", "could not agree more", "Photo:", "Next review"):
        assert leak not in text


def test_byline_with_role_and_date_gives_just_the_name() -> None:
    html = review_html(byline="Reviewed by Dana Whitfield, Film Critic", date_html="")
    assert extract(html).critic == "Dana Whitfield"


def test_byline_label_before_the_name_is_not_part_of_it() -> None:
    assert extract(review_html(byline="Author Dana Whitfield", date_html="")).critic == (
        "Dana Whitfield"
    )


def test_a_role_or_a_weekday_on_the_byline_is_no_critic() -> None:
    assert extract(review_html(byline="The Author", date_html="")).critic is None
    assert extract(review_html(byline="Wed Nov 21, 2012 10:00 am", date_html="")).critic is None


def test_a_menu_group_above_the_headline_is_no_byline() -> None:
    html = review_html(byline="", date_html="").replace(
        "<nav>", "<nav><p>By Genre</p><ul><li><a>Drama</a></li><li><a>Comedy</a></li></ul>"
    )
    assert extract(html).critic is None


def test_info_box_lines_in_the_body_are_moved_to_the_side() -> None:
    body = (
        *PROSE,
        "Director: Jacques Audiard",
        "Starring Marion Cotillard, Matthias Schoenaerts",
        "Rated R for strong sexual content, brutal violence and language.",
        "Running time: 120 minutes",
    )
    article = extract(review_html(body=body))
    assert article.body[-1] == PROSE[3]
    assert article.infobox == body[4:]


def test_specs_table_and_special_features_list_are_kept_apart() -> None:
    side = """<h3>Special Features</h3><ul><li>Audio commentary by the director</li>
    <li>Deleted scenes (12 min)</li></ul>
    <table><tr><th>Video</th><td>1080p AVC</td></tr><tr><th>Aspect ratio</th><td>2.39:1</td></tr>
    <tr><th>Audio</th><td>French DTS-HD MA 5.1</td></tr></table>"""
    article = extract(review_html(side=side))
    assert article.special_features == (
        "Audio commentary by the director",
        "Deleted scenes (12 min)",
    )
    assert article.specs == (
        ("Video", "1080p AVC"),
        ("Aspect ratio", "2.39:1"),
        ("Audio", "French DTS-HD MA 5.1"),
    )
    assert "commentary" not in article.text and "1080p" not in article.text


def test_a_spec_cell_of_several_lines_keeps_them_apart() -> None:
    side = """<table class="specs"><tr><th>Video</th><td>1080p AVC</td></tr>
    <tr><th>Audio</th><td>English DTS-HD MA 5.1<br>French Dolby Digital 5.1</td></tr></table>"""
    article = extract(review_html(side=side))
    assert ("Audio", "English DTS-HD MA 5.1; French Dolby Digital 5.1") in article.specs


def test_critic_rating_widget_is_read_and_reader_rating_is_not() -> None:
    side = '<div class="review-stars"><img src="/i/stars-3-5.png" alt="3.5 stars"></div>'
    article = extract(review_html(side=side))
    assert article.rating_text == ("3.5 stars", "stars-3-5.png")
    assert not any("4.8" in t for t in article.rating_text)
    assert "Readers rate" not in article.text


def test_json_ld_graph_review_and_movie_are_read() -> None:
    jsonld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The Film Ledger"},
            {
                "@type": "CriticReview",
                "author": [{"@type": "Person", "name": "Dana Whitfield"}],
                "publisher": {"@type": "Organization", "name": "Film Ledger Magazine"},
                "datePublished": "2012-11-22",
                "reviewRating": {"@type": "Rating", "ratingValue": 3.5, "bestRating": 4},
                "itemReviewed": {
                    "@type": "Movie",
                    "name": "Rust and Bone",
                    "dateCreated": "2012-05-17",
                    "director": [{"@type": "Person", "name": "Jacques Audiard"}],
                    "actor": [
                        {
                            "@type": "PerformanceRole",
                            "actor": {"name": "Marion Cotillard"},
                            "characterName": "Stéphanie",
                        },
                        {"@type": "Person", "name": "Matthias Schoenaerts"},
                    ],
                    "duration": "PT2H",
                    "contentRating": "R",
                    "productionCompany": {"@type": "Organization", "name": "Why Not Productions"},
                },
            },
        ],
    }
    article = extract(review_html(jsonld=jsonld))
    data = article.structured
    assert data is not None
    assert (data.rating_value, data.best_rating) == (3.5, 4.0)
    assert data.film_title == "Rust and Bone" and data.film_year == 2012
    assert data.directors == ("Jacques Audiard",)
    assert data.cast == (("Marion Cotillard", "Stéphanie"), ("Matthias Schoenaerts", None))
    assert (data.runtime_minutes, data.content_rating) == (120, "R")
    assert data.production_company == "Why Not Productions"
    # Conflict rule: sane structured data wins over the page's own header.
    assert article.publication == "Film Ledger Magazine"
    assert article.date_published is not None and article.date_published.day == 22


def test_insane_structured_values_fall_back_to_the_page() -> None:
    jsonld = {
        "@type": "Review",
        "author": {"@type": "Organization", "name": "staff"},
        "datePublished": "not a date",
        "reviewRating": {"ratingValue": 9, "bestRating": 5},
    }
    article = extract(review_html(jsonld=jsonld))
    assert article.critic == "Dana Whitfield"
    assert article.date_published is not None and article.date_published.day == 23
    assert article.structured is not None and article.structured.rating_value is None


def test_microdata_review_is_read() -> None:
    side = """<div itemscope itemtype="https://schema.org/Review">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person">
    <meta itemprop="name" content="Dana Whitfield"></span>
    <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Movie">
    <meta itemprop="name" content="Rust and Bone"><meta itemprop="duration" content="PT120M"></div>
    <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
    <meta itemprop="ratingValue" content="4"><meta itemprop="bestRating" content="5"></div></div>"""
    data = extract(review_html(side=side)).structured
    assert data is not None
    assert (data.author, data.film_title, data.runtime_minutes) == (
        "Dana Whitfield",
        "Rust and Bone",
        120,
    )
    assert (data.rating_value, data.best_rating) == (4.0, 5.0)


def test_reading_markup_leaves_extruct_whole_for_other_code() -> None:
    """The readers load without extruct's package ``__init__`` and leave no trace of it in
    ``sys.modules``; another caller's ``import extruct`` afterwards gets the whole package
    (a fresh process: the test session may have imported extruct already)."""
    check = """
import sys
from reception.extract.extruct_readers import rdfa_reader
rdfa_reader()
assert not [name for name in sys.modules if name.partition(".")[0] == "extruct"]
import extruct
found = extruct.extract(
    '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></div>',
    syntaxes=["microdata"],
)
assert found["microdata"][0]["properties"] == {"name": "Ana"}, found
"""
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_entities_are_resolved_even_when_escaped_twice() -> None:
    body = (
        "Cotillard&amp;rsquo;s best work since &amp;ldquo;La Vie en Rose&amp;rdquo; is here, "
        "and it is a performance of rare, patient, physical intelligence.",
        *PROSE[1:],
    )
    article = extract(review_html(body=body))
    assert article.body[0].startswith("Cotillard’s best work since “La Vie en Rose” is here")


def _plain_old_page() -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    html = f"""<html><head><title>Rust and Bone - Jim's Movie Page</title></head><body>
    <center><a href="/">Jim's Movie Page</a> | <a href="/reviews.html">Reviews</a></center>
    <h2>Rust and Bone (2012)</h2><p><b>Reviewed by Jim Halloran</b><br>November 30, 2012</p>
    <p>Rating: ***1/2 out of ****</p>{paragraphs}<p>* * *</p><hr>
    <p>Copyright 2012 Jim Halloran. All rights reserved.</p></body></html>"""
    return extract(html)


def test_plain_old_page_without_classes() -> None:
    article = _plain_old_page()
    assert article.headline == "Rust and Bone (2012)"
    assert article.critic == "Jim Halloran"
    assert article.date_published is not None and article.date_published.isoformat() == "2012-11-30"
    assert article.publication == "Jim's Movie Page"
    assert article.rating_text == ("Rating: ***1/2 out of ****",)
    assert article.body[: len(PROSE) - 1] == PROSE[:-1]
    assert article.language == "en"  # no lang attribute: read from the prose


@pytest.mark.xfail(
    strict=True,
    reason="issue 12: the block model's boosted second stage scores the short last paragraph "
    "0.39, under its 0.40 threshold, and the plain page's body loses it",
)
def test_plain_old_page_keeps_its_short_last_paragraph() -> None:
    assert _plain_old_page().body == PROSE


def test_newsletter_platform_page_with_subscribe_widgets_and_logo_headline() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    body += '<div class="subscription-widget"><p>Thanks for reading! Subscribe for free to '
    body += "receive new posts and support my work.</p></div>"
    body += "".join(f"<p>{p}</p>" for p in PROSE[2:])
    html = f"""<html><head><title>The Long Take: Rust and Bone is a bruiser</title>
    <meta property="og:title" content="Rust and Bone is a bruiser"></head><body>
    <h1 class="site-name"><a href="/">The Long Take</a></h1>
    <div class="post-header"><h2 class="post-title">Rust and Bone is a bruiser</h2>
    <h3 class="subtitle">Audiard's romance hits hard and heals slow.</h3>
    <div class="post-meta"><a href="/people/mira">Mira Okafor</a> Nov 25, 2012</div></div>
    <div class="body markup">{body}</div>
    <div class="comments-section"><p>Agree with every word, the fight scenes were brutal.</p></div>
    </body></html>"""
    article = extract(html)
    assert (article.headline, article.dek) == (
        "Rust and Bone is a bruiser",
        "Audiard's romance hits hard and heals slow.",
    )
    assert article.publication == "The Long Take"
    assert article.body == PROSE


def test_guest_byline_in_the_body_names_the_critic() -> None:
    html = review_html(body=("Guest review by Nadia Ferrante", *PROSE))
    article = extract(html)
    assert article.critic == "Nadia Ferrante"
    assert article.body[0] == PROSE[0]


def test_pull_quote_and_closing_bio_are_not_body() -> None:
    """The pull quote carries no class: it is caught because it repeats the prose."""
    body = (*PROSE, "Dana Whitfield is a film critic based in Chicago.")
    html = review_html(body=body, subheading=None, caption=False).replace(
        f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p><blockquote>{PROSE[1][:90]}</blockquote>"
    )
    assert extract(html).body == PROSE


def test_nested_body_containers_are_read_once() -> None:
    inner = "".join(f"<p>{p}</p>" for p in PROSE)
    html = review_html(body=(), subheading=None, caption=False, chrome=()).replace(
        '<div class="entry-content"></div>',
        f'<div class="post-content"><div class="entry-content">{inner}</div></div>',
    )
    assert extract(html).body == PROSE


def test_star_widget_drawn_with_icons_is_written_out() -> None:
    icons = '<i class="icon-star full"></i>' * 3 + '<i class="icon-star half"></i>'
    icons += '<i class="icon-star empty"></i>'
    article = extract(review_html(side=f'<div class="star-rating">{icons}</div>'))
    assert article.rating_text == ("★★★½",)


def test_mpaa_rating_span_stays_with_the_info_box() -> None:
    side = '<ul class="film-details"><li>Director: Jacques Audiard</li>'
    side += '<li>Rated: <span class="rating">R</span></li></ul>'
    article = extract(review_html(side=side))
    assert article.infobox == ("Director: Jacques Audiard", "Rated: R")
    assert article.rating_text == ()


def test_newspaper_credits_paragraph_is_info_not_body() -> None:
    credits = (
        "Rust and Bone Directed by Jacques Audiard; written by Mr. Audiard and Thomas Bidegain; "
        "starring Marion Cotillard and Matthias Schoenaerts. Running time: 2 hours."
    )
    article = extract(review_html(body=(*PROSE, credits)))
    assert article.body[-1] == PROSE[3] and article.infobox == (credits,)


def test_dek_without_class_is_found_by_the_meta_description() -> None:
    dek = "A bruising romance that earns its tears, mostly."
    html = (
        review_html(dek=None)
        .replace("<title>", f'<meta name="description" content="{dek}"><title>')
        .replace('<div class="byline">', f'<div><p>{dek}</p></div><div class="byline">')
    )
    article = extract(html)
    assert article.dek == dek and dek not in article.body


def test_markup_review_body_stands_in_for_a_script_drawn_page() -> None:
    jsonld = {"@type": "Review", "reviewBody": "\n".join(PROSE)}
    html = review_html(jsonld=jsonld, body=(), subheading=None, caption=False)
    assert extract(html).body == PROSE


def test_a_utc_timestamp_a_day_off_yields_to_the_date_the_page_shows() -> None:
    jsonld = {"@type": "Review", "datePublished": "2012-11-24T03:00:00Z"}
    date_html = "<span class='date'>November 23, 2012</span>"
    article = extract(review_html(jsonld=jsonld, date_html=date_html))
    assert article.date_published is not None and article.date_published.isoformat() == "2012-11-23"


def _hashed(html: str) -> str:
    """The page with every class name replaced by a meaningless hash, as CSS-in-JS sites do."""
    names = iter(f"x{n:03x}" for n in range(1000))
    return re.sub(r'class="[^"]*"', lambda _: f'class="{next(names)}"', html)


def test_comment_thread_under_its_heading_goes_when_class_names_are_hashed() -> None:
    paragraphs = "".join(f'<p class="u3">{p}</p>' for p in PROSE)
    html = f"""<!doctype html><html lang="en"><head><title>Rust and Bone | The Ledger</title>
</head><body class="k3"><div class="x7"><a href="/">The Ledger</a></div>
<div class="m4"><div class="c2"><h1 class="t8">Rust and Bone review: bruised romance</h1>
<div class="b7"><span>Dana Whitfield</span> · <time datetime="2012-11-23">2012-11-23</time></div>
<div class="p9">{paragraphs}</div></div>
<section class="w2"><h4>2 Comments</h4>
<div class="w3"><b>reeltalk</b> <span>2012-11-24</span>
<p>Best film of the year and I will fight anyone who disagrees.</p></div>
<div class="w3"><b>Mara K.</b> <span>2012-11-25</span>
<p>I respect it more than I love it, honestly the ending drags.</p></div></section>
</div></body></html>"""
    article = extract(html)
    assert article.body == PROSE
    assert article.critic == "Dana Whitfield"


def test_teaser_box_is_read_by_its_heading() -> None:
    teaser = (
        "<div><h4>You May Also Like</h4><p>Amour is a stern and loving portrait of old age "
        "that few will want to watch twice, and fewer will forget.</p></div>"
    )
    html = _hashed(review_html(chrome=(), caption=False)).replace(
        "</article>", f"{teaser}</article>"
    )
    article = extract(html)
    assert article.body[-1] == PROSE[3] and "Amour" not in article.text


def test_unmarked_dek_in_a_div_under_the_headline() -> None:
    dek = "Jacques Audiard’s melodrama finds grace in broken bodies."
    html = review_html(dek=None).replace(
        '<div class="byline">', f'<div class="k9">{dek}</div><div class="byline">'
    )
    article = extract(_hashed(html))
    assert article.dek == dek and dek not in article.text
    assert article.critic == "Dana Whitfield"


def test_lone_paragraph_under_the_headline_is_the_dek_when_a_byline_follows() -> None:
    dek = "A bruising romance that earns its tears, mostly."
    html = review_html(dek=None).replace(
        '<div class="byline">', f'<p>{dek}</p><p>Dana Whitfield, 23.11.2012</p><div class="byline">'
    )
    article = extract(html)
    assert article.dek == dek and dek not in article.text


def test_dotted_dates_are_read_day_first() -> None:
    html = review_html(byline="Dana Whitfield, 03.11.2012", date_html="")
    article = extract(html)
    assert article.date_published is not None
    assert article.date_published.isoformat() == "2012-11-03"


def test_markup_may_date_a_print_review_from_before_the_web() -> None:
    jsonld = {"@type": "Review", "datePublished": "1985-01-18"}
    article = extract(review_html(jsonld=jsonld, date_html=""))
    assert article.date_published is not None
    assert article.date_published.isoformat() == "1985-01-18"


def test_a_bare_pre_web_date_on_the_page_is_not_the_publication_date() -> None:
    side = "<table><tr><td>Released</td><td>June 25, 1982</td></tr></table>"
    article = extract(review_html(date_html="", side=side))
    assert article.date_published is None


def test_the_sites_grading_scale_is_not_body() -> None:
    legend = (
        "How we rate: Must See (100) / Worth a Look (67) / Skip (0). Scores beside each "
        "verdict are the numbers we publish."
    )
    article = extract(review_html(body=(*PROSE, legend)))
    assert article.body[-1] == PROSE[3]


def test_contact_box_after_the_article_is_chrome() -> None:
    contact = (
        '<div class="contactBox"><h3>Contact Us</h3><p>Office of Communications<br>'
        "City Hall, 200 Orchard Street<br>Phone: 541-555-0142</p></div>"
    )
    html = review_html(body_class="c7", caption=False)
    article = extract(html.replace("</article>", f"{contact}</article>"))
    assert article.body[-1] == PROSE[3] and "Orchard Street" not in article.text


def test_a_section_of_the_review_under_a_teaser_like_heading_stays() -> None:
    long_paragraph = " ".join(PROSE[:3])
    section = f"<section><h2>More from Audiard</h2><p>{long_paragraph}</p></section>"
    html = review_html(body_class="c7", caption=False, chrome=())
    article = extract(html.replace("</article>", f"{section}</article>"))
    assert long_paragraph in article.body


def test_a_menu_line_under_the_headline_is_not_the_dek() -> None:
    html = review_html(dek=None).replace(
        '<div class="byline">',
        '<div>Home | Reviews | Features | Festivals | About us</div><div class="byline">',
    )
    assert extract(_hashed(html)).dek is None
