"""Side parts read by what their text says, wherever the page puts them: one-line facts boxes,
unmarked facts lists, verbal verdicts, release lines, disc spec rows and shop links."""

from __future__ import annotations

from reception.extract import extract_article
from reception.extract.lines import LineKind, classify, info_parts
from reception.facts.grades import find_grade
from reception.records import Article, Page
from tests.test_extract_html import PROSE, extract, review_html
from tests.test_extract_text import dump

FACTS_LINE = (
    "Director: Ridley Scott | Starring: Harrison Ford, Rutger Hauer, Sean Young | Rated R | "
    "1h 57m | Warner Bros."
)


def read(text: str) -> Article:
    return extract_article(Page(uri="site/page.txt", raw=text.encode(), content_type="text/plain"))


def test_a_pipe_separated_facts_line_is_split_into_the_info_box() -> None:
    parts = info_parts(FACTS_LINE)
    assert parts == [
        "Director: Ridley Scott",
        "Starring: Harrison Ford, Rutger Hauer, Sean Young",
        "Rated R",
        "1h 57m",
        "Warner Bros.",
    ]
    assert info_parts("Written and directed by Spike Jonze · Rated R · 2h 6m") == [
        "Written and directed by Spike Jonze",
        "Rated R",
        "2h 6m",
    ]
    # A byline and a menu are split the same way but have no facts parts.
    assert info_parts("Nils Parrish | September 5, 2017") is None
    assert info_parts("Home | Reviews | Features | About") is None
    assert classify("Home | Reviews | Features | About") is LineKind.CHROME


def test_a_facts_line_outside_the_body_reaches_the_info_box_and_not_the_body() -> None:
    article = extract(review_html(side=f'<p class="x9k2">{FACTS_LINE}</p>'))
    assert article.infobox[:3] == (
        "Director: Ridley Scott",
        "Starring: Harrison Ford, Rutger Hauer, Sean Young",
        "Rated R",
    )
    assert "1h 57m" in article.infobox and "Warner Bros." in article.infobox
    assert not any("Ridley Scott" in p for p in article.body)
    assert article.body[0] == PROSE[0]


def test_an_unmarked_facts_list_goes_to_the_info_box_and_comments_leave_the_body() -> None:
    paragraphs = "".join(f'<p class="u3e7">{p}</p>' for p in PROSE)
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Everybody Is Yelling | The Night Reel</title></head><body class="k3j9d">
<div class="x7f2k1"><a href="/">The Night Reel</a> <span>Reviews</span> <span>Podcast</span></div>
<div class="m4n8q"><div class="c2x9"><h1 class="t8r1">Everybody Is Yelling</h1>
<div class="d5s0">A film that mistakes collision for insight.</div>
<div class="b7y3"><span>Tomasz Reilly</span> · <time datetime="2005-05-06">2005-05-06</time></div>
<ul class="q1z8v"><li class="q1z8w">Director: Paul Haggis</li>
<li class="q1z8w">Starring: Sandra Bullock, Don Cheadle</li>
<li class="q1z8w">Rated R</li><li class="q1z8w">1h 52m</li></ul>
<div class="p9k2 _txt">{paragraphs}</div>
<div class="s8h2"><span>Share</span> <span>Copy link</span></div></div>
<section class="w2c5 _th"><h4>2 Comments</h4>
<div class="w2c6"><b>LAnative</b> <span>2005-05-06</span><p>Finally a film that shows what
this city is really like, and I will defend it to anyone.</p></div>
<div class="w2c6"><b>Ines</b> <span>2005-05-09</span><p>Don Cheadle deserved better.</p></div>
</section></div></body></html>"""
    article = extract(html)
    assert article.infobox == (
        "Director: Paul Haggis",
        "Starring: Sandra Bullock, Don Cheadle",
        "Rated R",
        "1h 52m",
    )
    text = " ".join(article.body)
    assert "Paul Haggis" not in text and "LAnative" not in text and "deserved" not in text
    assert article.body == PROSE


def test_a_list_of_ordinary_items_stays_where_it_was() -> None:
    listing = "<ul><li>Rated R</li><li>A second thought</li><li>A third</li><li>More</li></ul>"
    article = extract(review_html(side=listing))
    assert article.infobox == ()


def test_a_verbal_verdict_line_reaches_the_rating_text_and_the_grade() -> None:
    article = extract(review_html(side='<div class="k2v">Verdict: <b>Wait for Streaming</b></div>'))
    assert article.rating_text == ("Verdict: Wait for Streaming",)
    grade = find_grade(article)
    assert grade is not None and grade.raw == "Wait for Streaming"
    # A composer's credit and an MPAA rating are not verdicts.
    assert classify("Score: Hans Zimmer") is not LineKind.GRADE
    assert classify("Verdict: PG-13") is not LineKind.GRADE


def test_bare_stars_outside_the_body_are_not_taken_as_the_critics_grade() -> None:
    article = extract(review_html(side='<div class="g1r6">★½</div>'))
    assert article.rating_text == ()


def test_a_release_line_in_a_dump_is_an_info_line() -> None:
    body = (*PROSE[:2], "In theaters and on HBO Max October 22", *PROSE[2:])
    article = read(dump(body=body))
    assert "In theaters and on HBO Max October 22" in article.infobox
    assert classify("In theaters this weekend we saw many things and thought a lot.") is (
        LineKind.CONTENT
    )


def test_video_spec_rows_in_a_dump_are_specs_and_a_trailer_link_is_chrome() -> None:
    body = (*PROSE[:2], "Video: 1080p", "Video: 2160p, HDR10", *PROSE[2:])
    article = read(dump(body=body))
    assert ("Video", "1080p") in article.specs
    assert ("Video", "2160p, HDR10") in article.specs
    assert classify("Video: Watch the official trailer") is LineKind.CHROME


def test_a_disc_page_saved_as_text_keeps_specs_and_shop_links_out_of_the_extras() -> None:
    lines = [
        "Ratings",
        "Movie:",
        "★★★",
        "Extras:",
        "★★",
        "Buy on Amazon $19.99",
        "Disc Specifications",
        "Studio/Distributor",
        "Sony Pictures Home Entertainment",
        "Video Codec",
        "MPEG-4 AVC",
        "Resolution",
        "1080p",
        "Aspect Ratio",
        "2.40:1",
    ]
    text = dump().replace("Director: Jacques Audiard", "\n\n".join([*lines, "Director: J. A."]))
    article = read(text)
    features = article.special_features
    assert not any("Amazon" in item or "Codec" in item for item in features)
    assert ("Video Codec", "MPEG-4 AVC") in article.specs
    assert ("Resolution", "1080p") in article.specs
    assert "Studio/Distributor: Sony Pictures Home Entertainment" in article.infobox
    assert not any("Amazon" in p for p in article.body)
    assert classify("Buy on Amazon $19.99") is LineKind.CHROME
