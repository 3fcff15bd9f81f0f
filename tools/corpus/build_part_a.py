"""Build part A of the demo corpus: review pages of four fictional publications.

Every page and its ground-truth JSON come from the same data below, so the truth cannot drift
from the page. Re-running rewrites the files byte for byte (no clock, no randomness).

    uv run python tools/corpus/build_part_a.py

Review prose is written in a light markup: ``*Title*`` for italics, ``[text](url)`` for links,
a leading ``## `` for an in-body subheading. Each publication renders it its own way (WordPress
entities, raw UTF-8, straight quotes, a flattened text dump).
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO_ROOT / "reception" / "demo" / "corpus"

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_ITALIC = re.compile(r"\*([^*]+)\*")
_OPENS_QUOTE = set(" \n([\u2014\u2013\u201c\u2018/")
_TYPOGRAPHIC = set("\u2018\u2019\u201c\u201d\u2014\u2013\u2026")


@dataclass(frozen=True)
class FilmFacts:
    """The film facts a page states (anywhere on it); what it does not state stays empty."""

    directors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    cast: tuple[tuple[str, str | None], ...] = ()
    distributor: str | None = None
    mpaa_rating: str | None = None
    runtime_minutes: int | None = None
    release_date: str | None = None


@dataclass(frozen=True)
class HomeVideoSpec:
    format: str
    special_features: tuple[str, ...] = ()
    specs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Comment:
    author: str
    when: str
    text: str


@dataclass(frozen=True)
class PageSpec:
    """One review page: the critic's text, what the page shows around it, and its truth."""

    slug: str
    film_id: str
    title: str
    year: int
    headline: str
    dek: str | None
    critic: str
    published: str  # ISO date, the ground truth
    published_display: str  # the date as the page prints it
    paragraphs: tuple[str, ...]
    score: float
    facts: FilmFacts = FilmFacts()
    grade_raw: str | None = None
    grade_value: float | None = None
    infobox: tuple[tuple[str, str], ...] = ()
    info_line: str | None = None
    home_video: HomeVideoSpec | None = None
    comments: tuple[Comment, ...] = ()
    reader_rating: str | None = None
    grade_as_image: bool = False
    grade_at_end: bool = False
    encoding: str = "utf-8"
    kicker: str | None = None
    caption: str | None = None
    labels: tuple[str, ...] = ()
    pull_quote: str | None = None
    clock: str = "9:14 PM"
    updated_display: str | None = None
    section: str = "Reviews"
    extra_chrome: tuple[str, ...] = ()  # page-specific lines around the review
    posted_by: str | None = None  # a blog's "Posted by" when a guest wrote the review
    related: tuple[tuple[str, str], ...] = ()


@dataclass
class Publication:
    slug: str
    name: str
    extension: str
    curly: bool  # whether the site prints typographic quotes
    pages: list[PageSpec] = field(default_factory=list)


# ---------------------------------------------------------------- text helpers


def smarten(text: str) -> str:
    """Turn straight quotes into curly ones the way publishing software does."""
    out: list[str] = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        if char == '"':
            out.append("\u201c" if before in _OPENS_QUOTE else "\u201d")
        elif char == "'":
            out.append("\u2018" if before in _OPENS_QUOTE else "\u2019")
        else:
            out.append(char)
    return "".join(out)


def reader_text(markup: str, curly: bool) -> str:
    """What a reader sees of one paragraph: markup gone, quotes as the site prints them."""
    text = markup.removeprefix("## ")
    text = _LINK.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    return smarten(text) if curly else text


def inline_html(markup: str, curly: bool, entities: bool) -> str:
    """One paragraph as HTML; WordPress-style sites write typographic marks as entities."""
    text = smarten(markup.removeprefix("## ")) if curly else markup.removeprefix("## ")
    text = html.escape(text, quote=False)
    text = _LINK.sub(r'<a href="\2">\1</a>', text)
    text = _ITALIC.sub(r"<em>\1</em>", text)
    if entities:
        text = "".join(f"&#{ord(c)};" if c in _TYPOGRAPHIC else c for c in text)
    return text


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def wrap(text: str, width: int = 96, indent: str = "") -> str:
    """Hard-wrap HTML source lines as CMS editors save them; browsers fold the newlines."""
    return "\n".join(
        textwrap.wrap(
            text,
            width=width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


def is_heading(markup: str) -> bool:
    return markup.startswith("## ")


# ---------------------------------------------------------------- ground truth


def ground_truth(pub: Publication, page: PageSpec) -> dict[str, object]:
    """The export-record shape of docs/export.md, holding only what the page states."""
    facts = page.facts
    verdict_label = (
        "positive"
        if round(page.score) >= 61
        else "mixed"
        if round(page.score) >= 40
        else "negative"
    )
    home_video: dict[str, object] | None = None
    if page.home_video is not None:
        home_video = {
            "format": page.home_video.format,
            "special_features": [
                reader_text(item, pub.curly) for item in page.home_video.special_features
            ],
            "specs": dict(page.home_video.specs),
        }
    grade: dict[str, object] | None = None
    if page.grade_raw is not None and page.grade_value is not None:
        grade = {"raw": page.grade_raw, "value_0_100": page.grade_value}
    return {
        "id": page.slug,
        "source": {
            "uri": f"reception/demo/corpus/{pub.slug}/{page.slug}.{pub.extension}",
            "content_sha256": None,
        },
        "headline": reader_text(page.headline, pub.curly),
        "dek": None if page.dek is None else reader_text(page.dek, pub.curly),
        "critic": page.critic,
        "publication": pub.name,
        "date_published": page.published,
        "body": "\n\n".join(reader_text(p, pub.curly) for p in page.paragraphs),
        "film": {
            "title": page.title,
            "year": page.year,
            "directors": list(facts.directors),
            "writers": list(facts.writers),
            "cast": [{"actor": actor, "character": character} for actor, character in facts.cast],
            "distributor": facts.distributor,
            "mpaa_rating": facts.mpaa_rating,
            "runtime_minutes": facts.runtime_minutes,
            "release_date": facts.release_date,
            "film_id": page.film_id,
        },
        "home_video": home_video,
        "grade": grade,
        "verdict": {
            "score": page.score,
            "label": verdict_label,
            "pull_quote": None,
            "evidence": [],
        },
        "language": "en",
    }


def write_page(pub: Publication, page: PageSpec, document: str) -> None:
    folder = CORPUS_DIR / pub.slug
    folder.mkdir(parents=True, exist_ok=True)
    raw = document.encode(page.encoding, errors="xmlcharrefreplace")
    (folder / f"{page.slug}.{pub.extension}").write_bytes(raw)
    truth = json.dumps(ground_truth(pub, page), ensure_ascii=False, indent=2) + "\n"
    (folder / f"{page.slug}.json").write_text(truth, encoding="utf-8")


# ---------------------------------------------------------------- The Marquee Ledger (WordPress)

MARQUEE = Publication("marquee-ledger", "The Marquee Ledger", "html", curly=True)

MARQUEE_RELATED = (
    (
        "The Florida Project",
        "the-florida-project-review",
        "Sean Baker's motel-kingdom fable is the most joyful heartbreak of the year, and Brooklynn Prince is a force of nature.",
        "October 6, 2017",
    ),
    (
        "Roma",
        "roma-review",
        "Alfonso Cuarón's memory piece is gorgeous to look at and, for long stretches, oddly hard to feel.",
        "December 14, 2018",
    ),
    (
        "Annihilation",
        "annihilation-review",
        "Alex Garland's shimmer-drenched nightmare is the rare studio sci-fi film willing to leave you unsettled.",
        "February 23, 2018",
    ),
    (
        "The Lobster",
        "the-lobster-review",
        "Yorgos Lanthimos turns dating into a deadpan horror show; the second half sags, but Colin Farrell has never been better.",
        "May 13, 2016",
    ),
    (
        "Baby Driver",
        "baby-driver-review",
        "Edgar Wright's jukebox heist picture is a blast until it has to become a movie about people.",
        "June 28, 2017",
    ),
    (
        "Sorry to Bother You",
        "sorry-to-bother-you-review",
        "Boots Riley's debut is messy, furious and funnier than anything else in theaters.",
        "July 6, 2018",
    ),
)

MARQUEE_POPULAR = (
    "The 25 Best Films of the Decade (So Far)",
    "Every Pixar Movie, Ranked From Worst to Best",
    "Oscar Predictions: Who Will Win, Who Should Win",
    "The Best Horror Movies Streaming Right Now",
    "Interview: A Cinematographer on Shooting With Natural Light",
)

MARQUEE_TAGS = (
    "A24",
    "Cannes",
    "Oscars",
    "Streaming",
    "Sci-Fi",
    "Horror",
    "Drama",
    "Festivals",
    "Box Office",
    "Korean Cinema",
    "Musicals",
    "Action",
)


def _marquee_related(page: PageSpec) -> str:
    chosen = [item for item in MARQUEE_RELATED if item[0] != page.title]
    start = sum(map(ord, page.slug)) % len(chosen)
    teasers = (chosen + chosen)[start : start + 3]
    blocks = []
    for title, slug, excerpt, when in teasers:
        blocks.append(
            f"""      <div class="td_module_related_posts td-animation-stack td_mod_related_posts">
        <div class="td-module-image"><div class="td-module-thumb"><a href="https://marqueeledger.com/reviews/{slug}/" rel="bookmark" class="td-image-wrap" title="{attr(title)}"><img class="entry-thumb" src="https://marqueeledger.com/wp-content/uploads/{slug}-218x150.jpg" alt="" width="218" height="150" /></a></div></div>
        <div class="item-details">
          <h3 class="entry-title td-module-title"><a href="https://marqueeledger.com/reviews/{slug}/" rel="bookmark" title="{attr(title)}">{html.escape(title)} review</a></h3>
          <div class="td-excerpt">{inline_html(excerpt, True, True)}</div>
          <span class="td-post-date"><time class="entry-date updated td-module-date">{when}</time></span>
        </div>
      </div>"""
        )
    return "\n".join(blocks)


def _marquee_grade(page: PageSpec) -> str:
    if page.grade_raw is None:
        return ""
    if page.grade_as_image:
        stars = f'<img class="ml-stars-img" src="https://marqueeledger.com/wp-content/uploads/ratings/{page.grade_raw.split()[0]}-stars.png" alt="{attr(page.grade_raw)}" width="110" height="22" />'
    else:
        stars = f'<span class="ml-stars">{html.escape(page.grade_raw)}</span>'
    return f"""<div class="ml-review-rating" data-scale="5">
            <span class="ml-rating-label">Our rating</span>
            {stars}
            <span class="ml-rating-scale">out of 5</span>
          </div>"""


def _marquee_reader_rating(page: PageSpec) -> str:
    if page.reader_rating is None:
        return ""
    return f"""<div class="ml-user-rating" id="ml-user-rating">
            <div class="ml-user-rating-inner">Readers' rating: {html.escape(page.reader_rating)}</div>
            <div class="ml-user-rating-cta"><a href="#rate" class="ml-rate-btn">Rate this film</a></div>
          </div>"""


def _marquee_infobox(page: PageSpec) -> str:
    if not page.infobox:
        return ""
    rows = "\n".join(
        f"              <li><strong>{html.escape(k)}:</strong> {html.escape(v)}</li>"
        for k, v in page.infobox
    )
    return f"""<div class="ml-film-details">
            <h4 class="ml-film-details-title">Film details</h4>
            <ul>
{rows}
            </ul>
          </div>"""


def _marquee_comments(page: PageSpec) -> str:
    items = []
    for number, comment in enumerate(page.comments, start=1):
        items.append(
            f"""          <li class="comment even thread-even depth-1" id="li-comment-{4400 + number}">
            <article>
              <footer>
                <img alt="" src="https://secure.gravatar.com/avatar/{number:032x}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" />
                <cite>{html.escape(comment.author)}</cite>
                <a class="comment-link" href="#comment-{4400 + number}"><time pubdate="{comment.when}">{comment.when}</time></a>
              </footer>
              <div class="comment-content">
                <p>{inline_html(comment.text, True, True)}</p>
              </div>
              <div class="comment-meta" id="comment-{4400 + number}"><a rel="nofollow" class="comment-reply-link" href="#comment-{4400 + number}">Reply</a></div>
            </article>
          </li>"""
        )
    count = len(page.comments)
    return f"""      <div class="comments" id="comments">
        <div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title td-comments-title"><span>{count} COMMENTS</span></h4></div>
        <ol class="comment-list">
{chr(10).join(items)}
        </ol>
        <div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
          <form action="https://marqueeledger.com/wp-comments-post.php" method="post" id="commentform" class="comment-form">
            <div class="clearfix"></div>
            <div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
            <div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required="true" /></div>
            <div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required="true" /></div>
            <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
            <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p>
          </form>
        </div>
      </div>"""


def _marquee_body(page: PageSpec) -> str:
    parts = []
    for index, markup in enumerate(page.paragraphs):
        if is_heading(markup):
            parts.append(f"<h3>{inline_html(markup, True, True)}</h3>")
        else:
            parts.append(f"<p>{inline_html(markup, True, True)}</p>")
        if index == 1:
            parts.append(
                """<div class="td-a-rec td-a-rec-id-content_inline  tdi_24 td_block_template_1">
<span class="td-adspot-title">- Advertisement -</span><div class="td-all-devices"><a href="https://marqueeledger.com/go/streamplus"><img src="https://marqueeledger.com/wp-content/uploads/ads/streamplus-728x90.jpg" alt="" /></a></div>
</div>"""
            )
        if index == 0 and page.caption:
            parts.append(
                f"""<figure id="attachment_{len(page.slug) * 311}" aria-describedby="caption-attachment-{len(page.slug) * 311}" style="width: 696px" class="wp-caption aligncenter"><img loading="lazy" class="size-large wp-image-{len(page.slug) * 311}" src="https://marqueeledger.com/wp-content/uploads/{page.slug}-still-1024x576.jpg" alt="" width="696" height="392" /><figcaption id="caption-attachment-{len(page.slug) * 311}" class="wp-caption-text">{inline_html(page.caption, True, True)}</figcaption></figure>"""
            )
        if index == 3:
            title = MARQUEE_POPULAR[len(page.slug) % len(MARQUEE_POPULAR)]
            parts.append(
                f'<p><strong>READ MORE:</strong> <a href="https://marqueeledger.com/features/{re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")}/">{html.escape(title)}</a></p>'
            )
            if page.pull_quote:
                parts.append(
                    f'<aside class="td-pull-quote td-post-small-box"><span class="td_pull_quote td_pull_left"><p>{inline_html(page.pull_quote, True, True)}</p></span></aside>'
                )
    parts.append(
        f"""<div class="ml-trailer-embed"><p class="ml-trailer-title">Watch the trailer for {html.escape(page.title)}</p><div class="jetpack-video-wrapper"><iframe class="youtube-player" width="696" height="392" src="https://www.youtube.com/embed/{page.slug[:11]}?version=3&amp;rel=1&amp;showsearch=0&amp;showinfo=1&amp;iv_load_policy=1&amp;fs=1&amp;hl=en-US&amp;autohide=2&amp;wmode=transparent" allowfullscreen="true" style="border:0;" sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"></iframe></div></div>"""
    )
    return "\n".join(parts)


def render_marquee(page: PageSpec) -> str:
    """A tagDiv-style WordPress magazine page: mega menu, sidebar, related posts, comments."""
    url = f"https://marqueeledger.com/reviews/{page.slug}/"
    charset = "windows-1252" if page.encoding == "cp1252" else "UTF-8"
    excerpt = reader_text(page.paragraphs[0], True)[:150].rsplit(" ", 1)[0] + "\u2026"
    post_id = 10000 + sum(map(ord, page.slug)) * 7
    tags = "\n".join(
        f'            <li><a href="https://marqueeledger.com/tag/{label.lower().replace(" ", "-")}/">{html.escape(label)}</a></li>'
        for label in page.labels
    )
    popular = "\n".join(
        f'              <li><a href="https://marqueeledger.com/features/{re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")}/">{html.escape(title)}</a><span class="ml-pop-views">{(n + 3) * 1217:,} views</span></li>'
        for n, title in enumerate(MARQUEE_POPULAR)
    )
    cloud = " ".join(
        f'<a href="https://marqueeledger.com/tag/{t.lower().replace(" ", "-")}/" class="tag-cloud-link" style="font-size: {10 + len(t) % 9}pt;">{t}</a>'
        for t in MARQUEE_TAGS
    )
    grade_html = _marquee_grade(page)
    top_grade = "" if page.grade_at_end else grade_html
    end_grade = grade_html if page.grade_at_end else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
    <title>{html.escape(reader_text(page.headline, True))} | The Marquee Ledger</title>
    <meta charset="{charset}" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://marqueeledger.com/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
    <link rel="canonical" href="{url}" />
    <meta property="og:locale" content="en_US" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{attr(reader_text(page.headline, True))}" />
    <meta property="og:description" content="{attr(excerpt)}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:site_name" content="The Marquee Ledger" />
    <meta property="article:publisher" content="https://www.facebook.com/marqueeledger" />
    <meta property="article:published_time" content="{page.published}T08:00:00+00:00" />
    <meta property="article:modified_time" content="2021-06-02T17:41:09+00:00" />
    <meta property="og:image" content="https://marqueeledger.com/wp-content/uploads/{page.slug}-hero.jpg" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="675" />
    <meta name="author" content="{attr(page.critic)}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:label1" content="Written by" />
    <meta name="twitter:data1" content="{attr(page.critic)}" />
    <link rel='stylesheet' id='td-plugin-multi-purpose-css' href='https://marqueeledger.com/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=6.4.3' type='text/css' media='all' />
    <link rel='stylesheet' id='td-theme-css' href='https://marqueeledger.com/wp-content/themes/Newspaper/style.css?ver=12.6.3' type='text/css' media='all' />
    <script type="text/javascript" src="https://marqueeledger.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){{dataLayer.push(arguments);}}
        gtag('js', new Date());
        gtag('config', 'G-ML2041XQ7');
    </script>
    <script type="text/javascript">
        var tdBlocksArray = [];
        var tdLocalCache = {{}};
        var td_viewport_interval_list = [{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}}];
        var tds_general_modal_image = "yes";
        var td_ajax_url = "https:\\/\\/marqueeledger.com\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3";
    </script>
    <style id="tdw-css-placeholder"></style>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div>
<div id="td-mobile-nav">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap"><div class="td-mobile-close"><a href="#" aria-label="Close"><i class="td-icon-close-mobile"></i></a></div></div>
        <div class="td-mobile-content">
            <ul id="menu-main-1" class="td-mobile-main-menu">
                <li class="menu-item"><a href="https://marqueeledger.com/">Home</a></li>
                <li class="menu-item"><a href="https://marqueeledger.com/category/reviews/">Reviews</a></li>
                <li class="menu-item"><a href="https://marqueeledger.com/category/features/">Features</a></li>
            </ul>
        </div>
    </div>
</div>
<div id="td-outer-wrap" class="td-theme-wrap">
    <div class="td-header-wrap td-header-style-1">
        <div class="td-header-top-menu-full td-container-wrap">
            <div class="td-container td-header-row td-header-top-menu">
                <div class="top-bar-style-1">
                    <div class="td-header-sp-top-menu">
                        <div class="td_data_time"><div>Monday, March 4, 2024</div></div>
                        <div class="menu-top-container"><ul id="menu-top" class="top-header-menu">
                            <li class="menu-item"><a href="https://marqueeledger.com/about/">About</a></li>
                            <li class="menu-item"><a href="https://marqueeledger.com/contact/">Contact</a></li>
                            <li class="menu-item"><a href="https://marqueeledger.com/advertise/">Advertise</a></li>
                            <li class="menu-item"><a href="https://marqueeledger.com/write-for-us/">Write for Us</a></li>
                        </ul></div>
                    </div>
                    <div class="td-header-sp-top-widget">
                        <span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/marqueeledger" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span>
                        <span class="td-social-icon-wrap"><a target="_blank" href="https://www.instagram.com/marqueeledger" title="Instagram"><i class="td-icon-font td-icon-instagram"></i></a></span>
                    </div>
                </div>
            </div>
        </div>
        <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap">
            <div class="td-container td-header-row td-header-header">
                <div class="td-header-sp-logo">
                    <a class="td-main-logo" href="https://marqueeledger.com/"><img class="td-retina-data" src="https://marqueeledger.com/wp-content/uploads/marquee-ledger-logo.png" alt="The Marquee Ledger" title="The Marquee Ledger" width="272" height="90" /><span class="td-visual-hidden">The Marquee Ledger</span></a>
                </div>
                <div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header  td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1000000001"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></div>
            </div>
        </div>
        <div class="td-header-menu-wrap-full td-container-wrap">
            <div class="td-header-menu-wrap td-header-gradient">
                <div class="td-container td-header-row td-header-main-menu">
                    <div id="td-header-menu" role="navigation">
                        <div class="menu-main-container"><ul id="menu-main" class="sf-menu">
                            <li class="menu-item menu-item-first td-menu-item td-normal-menu"><a href="https://marqueeledger.com/">Home</a></li>
                            <li class="menu-item td-menu-item td-mega-menu"><a href="https://marqueeledger.com/category/reviews/">Reviews</a>
                                <ul class="sub-menu"><li><div class="td-container-border"><div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu">
                                    <div class="td-mega-span"><span class="td-mega-label">New Releases</span></div>
                                    <div class="td-mega-span"><span class="td-mega-label">Streaming</span></div>
                                    <div class="td-mega-span"><span class="td-mega-label">Classics</span></div>
                                    <div class="td-mega-span"><span class="td-mega-label">Festivals</span></div>
                                </div></div></div></li></ul>
                            </li>
                            <li class="menu-item td-menu-item td-mega-menu"><a href="https://marqueeledger.com/category/features/">Features</a>
                                <ul class="sub-menu"><li><div class="td-mega-grid"><span class="td-mega-label">Essays</span> <span class="td-mega-label">Lists</span> <span class="td-mega-label">Retrospectives</span></div></li></ul>
                            </li>
                            <li class="menu-item td-menu-item td-normal-menu"><a href="https://marqueeledger.com/category/interviews/">Interviews</a></li>
                            <li class="menu-item td-menu-item td-normal-menu"><a href="https://marqueeledger.com/category/box-office/">Box Office</a></li>
                            <li class="menu-item td-menu-item td-normal-menu"><a href="https://marqueeledger.com/category/awards/">Awards</a></li>
                        </ul></div>
                    </div>
                    <div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle"><i class="td-icon-search"></i></a></div></div>
                </div>
            </div>
        </div>
    </div>

<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container td-post-template-default">
        <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://marqueeledger.com/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in Reviews" class="entry-crumb" href="https://marqueeledger.com/category/reviews/">Reviews</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{inline_html(page.headline, True, True)}</span></div></div>
        <div class="td-pb-row">
            <div class="td-pb-span8 td-main-content" role="main">
                <div class="td-ss-main-content">
    <article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail category-reviews" itemscope itemtype="https://schema.org/Article">
        <div class="td-post-header">
            <ul class="td-category"><li class="entry-category"><a href="https://marqueeledger.com/category/reviews/">{html.escape(page.section)}</a></li></ul>
            <header class="td-post-title">
                <h1 class="entry-title">{inline_html(page.headline, True, True)}</h1>
                {f'<p class="td-post-sub-title">{inline_html(page.dek, True, True)}</p>' if page.dek else ""}
                <div class="td-module-meta-info">
                    <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://marqueeledger.com/author/{page.critic.lower().replace(" ", "-")}/">{html.escape(page.critic)}</a><div class="td-author-line"> - </div></div>
                    <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{page.published}T08:00:00+00:00">{page.published_display}</time></span>
                    <div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>{len(page.comments)}</a></div>
                    <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post_id}">{post_id % 9000 + 1024}</span></div>
                </div>
            </header>
        </div>
        <div class="td-post-sharing-top"><div class="td-post-sharing-classic"><div class="td-default-sharing">
            <a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}"><i class="td-icon-facebook"></i><div class="td-social-but-text">Facebook</div></a>
            <a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={url}"><i class="td-icon-twitter"></i><div class="td-social-but-text">Twitter</div></a>
            <a class="td-social-sharing-button td-social-pinterest" href="https://pinterest.com/pin/create/button/?url={url}"><i class="td-icon-pinterest"></i><div class="td-social-but-text">Pinterest</div></a>
            <a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text={url}"><i class="td-icon-whatsapp"></i><div class="td-social-but-text">WhatsApp</div></a>
        </div></div></div>
        <div class="td-post-featured-image"><a href="https://marqueeledger.com/wp-content/uploads/{page.slug}-hero.jpg" data-caption=""><img width="696" height="392" class="entry-thumb td-modal-image" src="https://marqueeledger.com/wp-content/uploads/{page.slug}-hero-696x392.jpg" alt="" title="{attr(page.title)}" /></a></div>
        <div class="ml-review-box">
          {top_grade}
          {_marquee_reader_rating(page)}
          {_marquee_infobox(page)}
        </div>
        <div class="td-post-content tagdiv-type">
{_marquee_body(page)}
        </div>
        <div class="ml-review-box ml-review-box-end">
          {end_grade}
        </div>
        <footer>
            <div class="td-post-source-tags">
              <ul class="td-tags td-post-small-box clearfix">
                <li><span>TAGS</span></li>
{tags}
              </ul>
            </div>
            <div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}"><div class="td-social-but-text">Share on Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={url}"><div class="td-social-but-text">Tweet</div></a></div></div>
            <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="https://marqueeledger.com/box-office/weekend-report/">Weekend Box Office: Holdovers Hold Steady</a></div></div></div>
            <div class="author-box-wrap">
                <a href="https://marqueeledger.com/author/{page.critic.lower().replace(" ", "-")}/"><img alt="" src="https://secure.gravatar.com/avatar/{post_id:032x}?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96" /></a>
                <div class="desc">
                    <div class="td-author-name vcard author"><span class="fn"><a href="https://marqueeledger.com/author/{page.critic.lower().replace(" ", "-")}/">{html.escape(page.critic)}</a></span></div>
                    <div class="td-author-description">{html.escape(page.critic.split()[0])} has written about movies for The Marquee Ledger since 2009. Favorite film: whatever is playing at the nearest repertory house at midnight.</div>
                    <div class="td-author-social"><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/marqueeledger" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div>
                    <div class="clearfix"></div>
                </div>
            </div>
        </footer>
    </article>
    <div class="td_block_wrap td_block_related_posts td-related-full-width">
      <h4 class="td-related-title td-block-title"><a href="#" class="td-related-left td-cur-simple-item">Related Reviews</a><a href="#" class="td-related-right">More From Author</a></h4>
      <div class="td_block_inner td-animation-stack-type0">
{_marquee_related(page)}
      </div>
    </div>
    <div class="ml-newsletter-box">
      <h4>Get the Ledger in your inbox</h4>
      <p>New reviews every Friday, plus our weekly streaming picks. No spam, ever.</p>
      <form action="https://marqueeledger.us12.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="Your email address" /><input type="submit" value="Subscribe" /></form>
    </div>
{_marquee_comments(page)}
                </div>
            </div>
            <div class="td-pb-span4 td-main-sidebar" role="complementary">
                <div class="td-ss-main-sidebar">
                    <div class="td-a-rec td-a-rec-id-sidebar  td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1000000002"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
                    <aside class="td_block_template_1 widget widget_popular_posts"><h4 class="block-title"><span>Popular Posts</span></h4>
                        <ul class="ml-popular">
{popular}
                        </ul>
                    </aside>
                    <aside class="td_block_template_1 widget widget_tag_cloud"><h4 class="block-title"><span>Tags</span></h4><div class="tagcloud">{cloud}</div></aside>
                    <div class="td-a-rec td-a-rec-id-sidebar2  td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><div class="td-all-devices"><a href="https://marqueeledger.com/go/festival-pass"><img src="https://marqueeledger.com/wp-content/uploads/ads/festival-pass-300x600.jpg" alt="" /></a></div></div>
                </div>
            </div>
        </div>
    </div>
</div>

<div class="td-footer-wrapper td-container-wrap">
    <div class="td-container"><div class="td-pb-row">
        <div class="td-pb-span12"><div class="footer-text-wrap">The Marquee Ledger is an independent magazine about movies old and new. Reviews, interviews, essays and the occasional argument.<div class="footer-email-wrap">Contact us: <a href="mailto:tips@marqueeledger.com">tips@marqueeledger.com</a></div></div></div>
    </div></div>
</div>
<div class="td-sub-footer-container td-container-wrap">
    <div class="td-container"><div class="td-pb-row">
        <div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item"><a href="https://marqueeledger.com/privacy-policy/">Privacy Policy</a></li><li class="menu-item"><a href="https://marqueeledger.com/terms/">Terms</a></li><li class="menu-item"><a href="https://marqueeledger.com/contact/">Contact</a></li></ul></div></div>
        <div class="td-pb-span td-sub-footer-copy">&copy; Copyright 2024 - The Marquee Ledger. All rights reserved.</div>
    </div></div>
</div>
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="https://marqueeledger.com/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3" id="td-site-min-js"></script>
<script type="text/javascript">
    jQuery().ready(function jQuery_ready() {{ tdAjaxCount.tdGetViewsCountsAjax("post", "[{post_id}]"); }});
</script>
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=410000000000001&amp;ev=PageView&amp;noscript=1" /></noscript>
<img src="https://pixel.wp.com/g.gif?v=ext&amp;blog=88031214&amp;post={post_id}&amp;rand=0.5" alt=":)" width="6" height="5" id="wpstats" />
</body>
</html>
"""


MARQUEE.pages += [
    PageSpec(
        slug="rust-and-bone-cotillard-schoenaerts-review",
        film_id="rust-and-bone-2012",
        title="Rust and Bone",
        year=2012,
        headline="*Rust and Bone* review: Marion Cotillard and Matthias Schoenaerts find grace in the wreckage",
        dek="Jacques Audiard's raw, overwrought love story is one of the most alive films of the year.",
        critic="Dana Whitcombe",
        published="2012-11-23",
        published_display="November 23, 2012",
        encoding="cp1252",
        grade_raw="★★★★",
        caption="Marion Cotillard as Stéphanie in *Rust and Bone*. Photo courtesy of the distributor.",
        grade_value=80.0,
        score=80.0,
        labels=(
            "Jacques Audiard",
            "Marion Cotillard",
            "Matthias Schoenaerts",
            "French Cinema",
            "Sony Pictures Classics",
        ),
        infobox=(
            ("Director", "Jacques Audiard"),
            ("Writers", "Jacques Audiard, Thomas Bidegain"),
            ("Cast", "Marion Cotillard, Matthias Schoenaerts, Armand Verdure, Corinne Masiero"),
            ("Distributor", "Sony Pictures Classics"),
            ("Rated", "R"),
            ("Running time", "120 min."),
        ),
        facts=FilmFacts(
            directors=("Jacques Audiard",),
            writers=("Jacques Audiard", "Thomas Bidegain"),
            cast=(
                ("Marion Cotillard", "Stéphanie"),
                ("Matthias Schoenaerts", "Ali"),
                ("Armand Verdure", "Sam"),
                ("Corinne Masiero", "Anna"),
            ),
            distributor="Sony Pictures Classics",
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        comments=(
            Comment(
                "Ines V.",
                "November 24, 2012 at 10:02 am",
                "Saw it at Cannes in May and cried through the whole last half hour. Cotillard deserves every award going.",
            ),
            Comment(
                "Mark T.",
                "November 25, 2012 at 4:47 pm",
                "Honestly I found it manipulative. The business on the ice near the end was too much for me. Two stars at best.",
            ),
            Comment(
                "Dana Whitcombe",
                "November 25, 2012 at 6:15 pm",
                "Mark, I don't entirely disagree about the ice. But the balcony scene earns a lot of forgiveness.",
            ),
        ),
        paragraphs=(
            """There is a moment about two-thirds of the way through Jacques Audiard's *Rust and Bone* when Marion Cotillard, sitting in a wheelchair on a sunlit balcony, begins to move her arms to a song only she can hear. She is rehearsing, in miniature, the routine she once performed with orca whales at a marine park in Antibes, and the gesture is so private and so fierce that it feels almost indecent to watch. It is the best scene in a film full of scenes that should not work and somehow do.""",
            """The story, adapted by Audiard and Thomas Bidegain from a collection of short stories by the Canadian writer Craig Davidson, follows two people who have little in common besides bad luck. Ali (Matthias Schoenaerts), a broke former boxer, arrives on the Côte d'Azur with his five-year-old son, Sam (Armand Verdure), and moves in with his sister Anna (Corinne Masiero), who works at a supermarket checkout. He takes a job as a nightclub bouncer, where he meets Stéphanie (Cotillard), a whale trainer, on the night of a brawl. Not long after, an accident during a show at the marine park costs her both legs below the knee.""",
            """What follows is not the triumph-over-adversity melodrama the synopsis promises. Stéphanie calls Ali months later, mostly because he is the one person who never treated her as fragile, and he responds by taking her to the beach, carrying her into the water and later offering, with a bluntness that is almost comic, to sleep with her whenever she likes. Ali, meanwhile, starts fighting in illegal bare-knuckle bouts in parking lots, and Stéphanie, to her own surprise, becomes something like his manager.""",
            """Cotillard has been reliable for so long that it is easy to forget how daring she can be. Here she works largely from the waist up (the digital effects that remove her legs are seamless), and she locates Stéphanie's grief not in tears but in irritation, in the way she snaps at a nurse or turns her face from a mirror. Schoenaerts is her equal in a far less likable role. Ali is careless with his son and cruel without noticing, and the actor never asks us to forgive him; he simply lets us watch a thick, physical man slowly discover that other people are real.""",
            """Audiard, who made *A Prophet*, cannot resist piling on. The last act adds a workplace scandal and a near-tragedy on a frozen lake, and the film lurches from the intimate to the operatic in a way that feels engineered. Alexandre Desplat's score occasionally swells where silence would have been braver.""",
            """Still, I have not been able to shake the images: a tooth skittering across asphalt, the late light on the water, Stéphanie tapping on the glass of the orca tank and the whale answering her. *Rust and Bone* is a rough, generous, sometimes overwrought film about bodies that break and the stubborn people inside them, and it is one of the most alive things I have seen this year.""",
        ),
    ),
    PageSpec(
        slug="mad-max-fury-road-review",
        film_id="mad-max-fury-road-2015",
        title="Mad Max: Fury Road",
        year=2015,
        headline="*Mad Max: Fury Road* Review: Witness Me",
        dek=None,
        critic="Felix Arroyo",
        published="2015-05-15",
        published_display="May 15, 2015",
        grade_raw="★★★★½",
        grade_value=90.0,
        score=90.0,
        reader_rating="9.3/10 (1,408 votes)",
        pull_quote="The title may say Max, but the movie belongs to Theron.",
        labels=("George Miller", "Charlize Theron", "Tom Hardy", "Action", "Warner Bros."),
        facts=FilmFacts(
            directors=("George Miller",),
            cast=(
                ("Hugh Keays-Byrne", "Immortan Joe"),
                ("Charlize Theron", "Imperator Furiosa"),
                ("Tom Hardy", "Max Rockatansky"),
                ("Nicholas Hoult", "Nux"),
                ("Rosie Huntington-Whiteley", None),
                ("Zoë Kravitz", None),
                ("Riley Keough", None),
                ("Abbey Lee", None),
                ("Courtney Eaton", None),
            ),
        ),
        comments=(
            Comment(
                "RoadWarrior79",
                "May 16, 2015 at 1:12 am",
                "Just got back from the late show. Ten out of ten. Best thing I've seen since The Road Warrior.",
            ),
            Comment(
                "Jen K.",
                "May 17, 2015 at 9:30 am",
                "I thought it was exhausting, honestly. Two hours of engine noise and not much story. Theron was great though.",
            ),
            Comment(
                "Paulo", "May 18, 2015 at 8:05 pm", "Felix, you undersold it. Five stars, no notes."
            ),
            Comment(
                "Mira S.",
                "May 20, 2015 at 2:44 pm",
                "Saw it twice. The sandstorm alone is worth the ticket.",
            ),
        ),
        paragraphs=(
            """Let's get the obvious out of the way: *Mad Max: Fury Road* is the best action movie in years, and I'm not sure it's close. George Miller, who is seventy and whose last two films were about dancing penguins, has made a two-hour car chase that moves like a thrash-metal song and still finds room for grief, tenderness and a guy in red long johns playing a flame-throwing guitar.""",
            """The plot fits on a napkin, which is a compliment. In a desert wasteland ruled by Immortan Joe (Hugh Keays-Byrne), a skull-masked tyrant who rations water from a cliffside citadel, Imperator Furiosa (Charlize Theron) diverts her armored War Rig on a supply run. Hidden inside are Joe's five wives, whom she is smuggling toward the "Green Place" she remembers from childhood. Max Rockatansky (Tom Hardy), captured earlier and used as a living blood bag, ends up strapped to the front of a car driven by Nux (Nicholas Hoult), a sickly War Boy desperate to die gloriously. Then everybody drives east. Then everybody drives back.""",
            """What Miller does with that napkin is astonishing. Working with the cinematographer John Seale and the editor Margaret Sixel, he keeps the important thing in the center of the frame shot after shot, so that even the most chaotic stretches (riders swinging between vehicles on poles, a sandstorm full of tumbling cars) read with perfect clarity. Much of the stunt work was done for real, and you can feel it: the weight of the metal, the grit in your teeth.""",
            """The title may say Max, but the movie belongs to Theron. Furiosa has a shaved head, a mechanical arm and maybe forty lines, and Theron makes every one of them count; her howl in the dunes, when she learns what has become of the Green Place, is the emotional peak of the whole franchise. Hardy grunts amiably and mostly gets out of her way, which is its own kind of generosity. Hoult, under chalky makeup, turns Nux from a punchline into the film's most unexpected heart.""",
            """If there's a knock, it's that the wives, played by Rosie Huntington-Whiteley, Zoë Kravitz, Riley Keough, Abbey Lee and Courtney Eaton, are sketched more as a collective than as people, and a murky nighttime stretch in a swamp drags for a minute or two before the machinery roars back to life. These are quibbles. I'd trade most of this summer's blockbusters for the first twenty minutes.""",
            """*Fury Road* is loud, lurid and relentless, but it is never stupid, and its politics, about who owns water, bodies and the future, are right there on the surface, painted in chrome. Witness it.""",
        ),
    ),
    PageSpec(
        slug="in-moonlight-a-life-in-three-shades-of-blue",
        film_id="moonlight-2016",
        title="Moonlight",
        year=2016,
        headline="Review: In *Moonlight*, a Life in Three Shades of Blue",
        dek="Barry Jenkins's triptych about a boy growing up in Miami is tender, severe and, in its last chapter, nearly perfect.",
        critic="Priya Raman",
        published="2016-10-21",
        published_display="October 21, 2016",
        grade_raw="★★★★",
        grade_value=80.0,
        score=80.0,
        grade_at_end=True,
        reader_rating="8.6/10 (97 votes)",
        caption="Mahershala Ali and Alex R. Hibbert in *Moonlight*.",
        labels=("Barry Jenkins", "A24", "Mahershala Ali", "LGBTQ", "Drama"),
        infobox=(
            ("Director", "Barry Jenkins"),
            ("Writers", "Barry Jenkins, Tarell Alvin McCraney"),
            (
                "Cast",
                "Trevante Rhodes, André Holland, Janelle Monáe, Ashton Sanders, Jharrel Jerome, Naomie Harris, Mahershala Ali",
            ),
            ("Distributor", "A24"),
            ("Rated", "R"),
            ("Running time", "111 minutes"),
        ),
        facts=FilmFacts(
            directors=("Barry Jenkins",),
            writers=("Barry Jenkins", "Tarell Alvin McCraney"),
            cast=(
                ("Trevante Rhodes", "Chiron"),
                ("André Holland", "Kevin"),
                ("Janelle Monáe", "Teresa"),
                ("Ashton Sanders", "Chiron"),
                ("Jharrel Jerome", "Kevin"),
                ("Naomie Harris", "Paula"),
                ("Mahershala Ali", "Juan"),
                ("Alex R. Hibbert", "Little"),
            ),
            distributor="A24",
            mpaa_rating="R",
            runtime_minutes=111,
        ),
        comments=(
            Comment(
                "Deshawn R.",
                "October 23, 2016 at 11:38 pm",
                "This movie wrecked me. The diner scene!! Easily five stars, the best film of the year.",
            ),
            Comment(
                "Claire",
                "October 26, 2016 at 7:02 am",
                "Beautiful but slow. I can see why people love it but I didn't connect.",
            ),
        ),
        paragraphs=(
            """Barry Jenkins's *Moonlight* is built like a triptych, three panels hung side by side, each showing the same man at a different age and each lit in a slightly different register of blue. It is only the director's second feature, after the small San Francisco romance *Medicine for Melancholy*, but it has the formal assurance of someone who has been thinking about a single image for a very long time.""",
            """## i. Little""",
            """In the first chapter, set in the Liberty City neighborhood of Miami, a small, silent boy nicknamed Little (Alex R. Hibbert) is chased into an abandoned apartment by bullies and found there by Juan (Mahershala Ali), a drug dealer who takes him home to his girlfriend, Teresa (Janelle Monáe). Little's mother, Paula (Naomie Harris), is sliding into addiction, and the drugs she buys come, as Little eventually understands, from Juan's corner.""",
            """Ali has only a handful of scenes, and one of them, in which Juan teaches Little to float in the ocean with a palm under the boy's head, is among the most tender passages in recent American film. James Laxton's camera bobs at water level, and Nicholas Britell's score, its strings slowed and pitched down, makes the moment feel like a baptism.""",
            """## ii. Chiron""",
            """As a teenager, now going by his given name, Chiron (Ashton Sanders) is gangly and hunched, bullied at school and hiding from his mother at Teresa's house. His friend Kevin (Jharrel Jerome) shares a night on the beach with him that is the film's emotional hinge, and then, under pressure from a schoolyard tormentor, betrays him.""",
            """This is the section where *Moonlight* is weakest, and it is worth saying why. Where the first chapter trusts silence, the second leans on a bully written in a single color and on a climactic act of violence that, however earned emotionally, arrives with the tidiness of a plot point. Harris, too, is pushed toward a showier register here, and the shots of Paula screaming in a doorway, smeared into near-abstraction, are the only moments in which Jenkins's style seems to be working harder than the material.""",
            """## iii. Black""",
            """The last chapter is the masterpiece. Years later, Chiron (Trevante Rhodes) has rebuilt himself in Atlanta as a muscled dealer called Black, with a gold grill and a crown on his dashboard: a near-copy of Juan. A phone call from Kevin (André Holland), now a cook at a Miami diner, draws him back south, and the long, halting reunion that follows is played almost entirely in glances. Rhodes, with his enormous frame, lets the frightened boy show through his eyes; Holland plays Kevin's easy warmth as a kind of apology.""",
            """*Moonlight* is a film about masculinity, poverty and queer desire, but it never plays as a thesis. Its subject, finally, is touch: who is allowed it, who withholds it, and how long a body can remember a single hand on its shoulder. The flaws of the middle chapter are real, but they are the flaws of a film reaching for a great deal, and most of the time it gets there.""",
        ),
    ),
    PageSpec(
        slug="parasite-review",
        film_id="parasite-2019",
        title="Parasite",
        year=2019,
        headline="« Parasite »",
        dek="Bong Joon Ho's Palme d'Or winner is a superbly engineered machine. Is that enough?",
        critic="Dana Whitcombe",
        published="2019-10-11",
        published_display="Oct 11, 2019",
        grade_raw="3.5 stars",
        grade_value=70.0,
        grade_as_image=True,
        score=70.0,
        reader_rating="9.1/10 (644 votes)",
        labels=("Bong Joon Ho", "Korean Cinema", "Cannes", "Neon", "Thriller"),
        facts=FilmFacts(
            directors=("Bong Joon Ho",),
            cast=(
                ("Choi Woo-shik", "Ki-woo"),
                ("Park So-dam", "Ki-jung"),
                ("Chang Hyae-jin", "Chung-sook"),
                ("Song Kang-ho", "Ki-taek"),
                ("Lee Sun-kyun", "Dong-ik"),
                ("Cho Yeo-jeong", "Yeon-gyo"),
                ("Lee Jung-eun", "Moon-gwang"),
            ),
        ),
        comments=(
            Comment(
                "Hyun-woo",
                "October 12, 2019 at 12:41 am",
                "3.5 stars for Parasite?? This is a masterpiece. Best film of the decade, easily.",
            ),
            Comment(
                "Amelia R.",
                "October 12, 2019 at 9:15 am",
                "Agree with Dana, actually. Loved the first half, the ending felt like a lecture.",
            ),
            Comment(
                "filmnerd_88",
                "October 13, 2019 at 3:20 pm",
                "The peach scene is one of the funniest things I've seen all year.",
            ),
            Comment("Tom", "October 14, 2019 at 6:58 pm", "Dana, you need to rewatch. 5/5."),
            Comment(
                "Lina P.",
                "October 19, 2019 at 10:10 am",
                "Went in knowing nothing. Best way to see it, so stop reading reviews!",
            ),
        ),
        paragraphs=(
            """Few films arrive with as much goodwill as Bong Joon Ho's *Parasite*, which won the Palme d'Or at Cannes in May by a unanimous jury vote and has been trailed ever since by the kind of word of mouth that makes a critic's job mostly a matter of agreeing. So let me agree, for a while. This is a superbly built film, clever in its architecture and generous with its pleasures, and for its first hour I was as delighted as anyone.""",
            """The Kims live in a semi-basement apartment in Seoul, folding pizza boxes for cash and hunting for stray Wi-Fi signals near the toilet. When the son, Ki-woo (Choi Woo-shik), is handed a job tutoring the teenage daughter of the wealthy Park family, he sees an opening. One by one, through forged credentials and small cruelties, the rest of the Kims (his sister Ki-jung, played by Park So-dam; his mother Chung-sook, played by Chang Hyae-jin; and his father Ki-taek, played by Song Kang-ho) replace the Parks' staff, posing as strangers to one another.""",
            """The Parks themselves, the courteous tech executive Dong-ik (Lee Sun-kyun) and his anxious, credulous wife, Yeon-gyo (Cho Yeo-jeong), live in a modernist house designed by a famous architect, all glass and polished concrete, and Bong stages the con inside it like a farce, with doors and staircases and a sightline from the living room to the garden that everyone uses to spy on everyone else. I won't say what happens when the old housekeeper, Moon-gwang (Lee Jung-eun), rings the bell one rainy night, except that it is the film's best scene and that it turns the story upside down.""",
            """Song, Bong's regular collaborator since *Memories of Murder*, is wonderful as a man whose pride has been sanded down to a nub, and the film's running joke about smell (the Parks keep noticing an odor on the Kims they cannot name) grows into something genuinely painful.""",
            """And yet. Once the machine is running, *Parasite* has a way of telling you exactly what it means. The staircases go down for the poor and up for the rich; a rainstorm that is an inconvenience for one family drowns the home of another; a character remarks aloud that a rock is "so metaphorical." Bong has always been a sly allegorist, but here the allegory is so legible that the characters sometimes shrink into positions on a diagram, and the bloody climax, for all its bravura, felt to me more inevitable than surprising.""",
            """Those are the complaints of someone who admired the film more than she loved it. *Parasite* is smart, funny and beautifully made, and if its sympathies are more schematic than its surfaces, it is still a better night at the movies than almost anything else this fall.""",
        ),
    ),
    PageSpec(
        slug="crash-2004-good-intentions-head-on",
        film_id="crash-2004",
        title="Crash",
        year=2004,
        headline="*Crash* Review: Good Intentions, Head-On",
        dek="Paul Haggis's ensemble drama about race in Los Angeles has a superb cast and a screenplay that never stops explaining itself.",
        critic="Priya Raman",
        published="2005-05-06",
        published_display="May 6, 2005",
        grade_raw="★★",
        grade_value=40.0,
        score=40.0,
        reader_rating="7.9/10 (212 votes)",
        labels=("Paul Haggis", "Don Cheadle", "Sandra Bullock", "Lions Gate", "Drama"),
        infobox=(
            ("Director", "Paul Haggis"),
            ("Writers", "Paul Haggis, Bobby Moresco"),
            ("Distributor", "Lions Gate Films"),
            ("Rated", "R"),
            ("Running time", "112 min."),
        ),
        facts=FilmFacts(
            directors=("Paul Haggis",),
            writers=("Paul Haggis", "Bobby Moresco"),
            cast=(
                ("Don Cheadle", "Graham Waters"),
                ("Larenz Tate", "Peter"),
                ("Chris “Ludacris” Bridges", "Anthony"),
                ("Brendan Fraser", "Rick Cabot"),
                ("Sandra Bullock", "Jean"),
                ("Matt Dillon", "John Ryan"),
                ("Terrence Howard", "Cameron Thayer"),
                ("Thandie Newton", "Christine"),
                ("Ryan Phillippe", "Tom Hansen"),
                ("Shaun Toub", "Farhad"),
                ("Michael Peña", "Daniel"),
            ),
            distributor="Lions Gate Films",
            mpaa_rating="R",
            runtime_minutes=112,
        ),
        comments=(
            Comment(
                "Sharon B.",
                "May 7, 2005 at 8:20 pm",
                "I have to disagree. This movie made me think about my own assumptions for days. Five stars from me.",
            ),
            Comment(
                "J. Alvarez",
                "May 8, 2005 at 1:03 pm",
                "Priya nailed it. It's a public service announcement with a great cast.",
            ),
            Comment(
                "Kevin",
                "May 11, 2005 at 9:47 am",
                "Terrence Howard is the reason to see it. Give him every award.",
            ),
        ),
        paragraphs=(
            """Paul Haggis's *Crash* opens with Don Cheadle, dazed in the aftermath of a fender-bender, musing that in Los Angeles nobody touches anybody, so people crash into each other just to feel something. It is a striking idea, and it is also, in miniature, the whole problem with the film: a thought about the city stated aloud, in full, by a character with no reason to say it.""",
            """Over roughly a day and a half, a dozen characters collide. Detective Graham Waters (Cheadle) investigates a shooting involving an undercover cop while trying to keep track of his younger brother, Peter (Larenz Tate), who with his friend Anthony (Chris "Ludacris" Bridges) carjacks the district attorney Rick Cabot (Brendan Fraser) and his wife, Jean (Sandra Bullock). A racist patrol officer, John Ryan (Matt Dillon), pulls over a television director, Cameron Thayer (Terrence Howard), and humiliates his wife, Christine (Thandie Newton), while Ryan's young partner, Tom Hansen (Ryan Phillippe), looks on in horror. A Persian shopkeeper, Farhad (Shaun Toub), blames a locksmith, Daniel (Michael Peña), for a break-in.""",
            """Haggis, who wrote *Million Dollar Baby*, stitches these strands together with real skill. The coincidences multiply, the characters cross paths again and again, and by the final stretch every story has folded neatly into another. The actors are, almost to a person, better than the material. Howard, in particular, plays a man swallowing his rage so carefully that you can see it travel down his throat, and Peña's scenes with a little girl who believes in an invisible cloak are genuinely moving.""",
            """But the film's method is to give every character one ugly outburst and one redemptive turn, as if prejudice were a rash that breaks out on schedule. Ryan gropes Christine during a traffic stop and, the next day, pulls her from a burning car; Hansen, the decent liberal, turns out to have a fatal blind spot. Each reversal is meant to complicate our sympathies, but because they are so evenly distributed the effect is the opposite: the movie feels less like a portrait of a city than a diagram of one, with all the arrows pointing where the screenwriter wants them.""",
            """There are moments when *Crash* almost breaks free of its own scheme (a late scene in which Anthony, of all people, makes an unexpected decision about a van full of strangers has a surprising lightness), but they are smothered by a droning score and by dialogue in which people announce their resentments in complete, topic-sentence paragraphs.""",
            """It is hard to dislike a film this earnest, and I suspect many viewers will find it cathartic. I found it exhausting, and a little smug about its own bravery. Worth seeing for the performances; worth arguing with for everything else.""",
        ),
    ),
    PageSpec(
        slug="cats-review",
        film_id="cats-2019",
        title="Cats",
        year=2019,
        headline="'Cats' Is Every Bit as Strange as You Heard",
        dek="Tom Hooper's digital-fur musical has one great dancer, one great song and nothing else to hold onto.",
        critic="Felix Arroyo",
        published="2019-12-20",
        published_display="12/20/2019",
        grade_raw="★",
        grade_value=20.0,
        caption="Francesca Hayward as Victoria in *Cats*. Courtesy photo.",
        score=20.0,
        section="Reviews",
        labels=("Tom Hooper", "Andrew Lloyd Webber", "Musicals", "Universal", "Taylor Swift"),
        infobox=(
            ("Director", "Tom Hooper"),
            (
                "Cast",
                "Francesca Hayward, Jennifer Hudson, Taylor Swift, Judi Dench, Idris Elba, Ian McKellen, James Corden, Rebel Wilson",
            ),
            ("Distributor", "Universal Pictures"),
            ("Rated", "PG"),
            ("Running time", "110 min."),
        ),
        facts=FilmFacts(
            directors=("Tom Hooper",),
            cast=(
                ("Francesca Hayward", "Victoria"),
                ("Jennifer Hudson", "Grizabella"),
                ("Taylor Swift", "Bombalurina"),
                ("Judi Dench", "Old Deuteronomy"),
                ("Idris Elba", "Macavity"),
                ("Ian McKellen", "Gus"),
                ("James Corden", "Bustopher Jones"),
                ("Rebel Wilson", "Jennyanydots"),
            ),
            distributor="Universal Pictures",
            mpaa_rating="PG",
            runtime_minutes=110,
        ),
        comments=(
            Comment(
                "musicalgirl22",
                "December 21, 2019 at 12:05 am",
                "I actually enjoyed it?? The songs are still great. Don't listen to the haters, it's a fun night out.",
            ),
            Comment(
                "Rob",
                "December 21, 2019 at 2:30 pm",
                "Saw it with friends as a joke. Still terrifying.",
            ),
            Comment(
                "Denise M.", "December 22, 2019 at 10:12 am", "Felix, one star is generous. Zero."
            ),
            Comment(
                "G. Park",
                "December 27, 2019 at 5:55 pm",
                "Jennifer Hudson deserved a better movie.",
            ),
        ),
        paragraphs=(
            """I want to start with something nice, because there is something nice in *Cats*, and it deserves to be said before the rest of this review buries it. Her name is Francesca Hayward, she is a principal dancer with the Royal Ballet, and in her first film role she moves with such liquid, unforced grace that for a few seconds at a time you forget what has been done to her face.""",
            """Then you remember. Tom Hooper's adaptation of the Andrew Lloyd Webber musical, itself drawn from T.S. Eliot's *Old Possum's Book of Practical Cats*, covers its cast in what the studio calls "digital fur technology," which turns out to mean human faces and human hands grafted onto furry bodies that are somehow both naked and not. Some of the cats wear coats over their fur. Their size relative to the furniture changes from shot to shot. It is not the stuff of nightmares, exactly; nightmares have a logic.""",
            """The story, such as it is, follows Victoria (Hayward), an abandoned kitten who stumbles into the Jellicle Ball, an annual night on which the tribe's matriarch, Old Deuteronomy (Judi Dench), chooses one cat to ascend to the Heaviside Layer and be reborn. Each contender introduces himself or herself in song: the gluttonous Bustopher Jones (James Corden), the lazy Jennyanydots (Rebel Wilson), the aged actor Gus (Ian McKellen). Meanwhile the villainous Macavity (Idris Elba) spirits his rivals away, with help from Bombalurina (Taylor Swift), and the outcast Grizabella (Jennifer Hudson) hovers at the edges, waiting for her moment to sing "Memory.\"""",
            """Hudson sings it with everything she has, and her face, streaming with tears in enormous close-up, is the one place where the technology seems to help rather than hinder. McKellen, lapping milk from a saucer with total commitment, is a close second. Everyone else is stranded. Wilson and Corden are given slapstick routines that consist mainly of falling down; Elba prowls in a coat, then out of one; Swift arrives on a crescent moon, sprinkles catnip on everybody and leaves.""",
            """The deeper problem is that Hooper, who directed *Les Misérables*, has no feeling for dance. The stage show is essentially a plotless revue held together by choreography, and the film chops its routines into so many close-ups and cutaways that you rarely see a body move from one end of a gesture to the other. What is left is an endless parade of introductions to characters we never get to know, in a London of oversized milk bottles and neon signs that looks like nowhere at all.""",
            """Is it fun with a rowdy crowd? Possibly. Will it become a cult object? Almost certainly. But a film that is only bearable as a joke is not a good film, and *Cats*, for all the talent thrown at it, is a very long 110 minutes. One star, and it belongs to Francesca Hayward.""",
        ),
    ),
]


# ---------------------------------------------------------------- Harbor City Courier (newspaper)

COURIER = Publication("harbor-city-courier", "Harbor City Courier", "html", curly=True)

COURIER_MOST_READ = (
    "Ferry fares to rise 40 cents in June, port authority says",
    "Harbor Point Mall anchor store to close after 31 years",
    "High school robotics team heads to nationals again",
    "Police: Two hurt in Route 9 crash near the lift bridge",
    "Restaurant review: A tiny dumpling counter worth the line",
)


def _courier_grade(page: PageSpec) -> str:
    if page.grade_raw is None:
        return ""
    return f"""<div class="review-rating" aria-label="Critic's rating">
          <span class="review-rating__label">Critic's rating:</span> <span class="review-rating__stars">{html.escape(page.grade_raw)}</span>
        </div>"""


def _courier_body(page: PageSpec) -> str:
    parts = []
    for index, markup in enumerate(page.paragraphs):
        parts.append(
            f'        <p class="article__paragraph">\n{wrap(inline_html(markup, True, False), 92, "          ")}\n        </p>'
        )
        if index == 3 and page.related:
            teaser, link = page.related[0]
            parts.append(
                f'        <p class="article__paragraph article__related"><strong>RELATED:</strong> <a href="https://www.harborcitycourier.com/{link}/">{html.escape(teaser)}</a></p>'
            )
        if index in (1, 4):
            parts.append(
                f"""        <div class="ad ad--inline" id="ad-inline-{index}">
          <p class="ad__label">Advertisement</p>
          <div class="gpt-slot" data-slot="/2190/hcc/arts/movies" data-size="300x250"></div>
          <p class="ad__continue">Story continues below advertisement</p>
        </div>"""
            )
        if index == 2:
            parts.append(
                """        <div class="paywall-prompt" data-meter="4">
          <p class="paywall-prompt__text">You've read 4 of 5 free articles this month. Subscribe for unlimited access for just $1 a week.</p>
          <a class="paywall-prompt__button" href="https://www.harborcitycourier.com/subscribe/?src=meter">Subscribe now</a>
          <a class="paywall-prompt__login" href="https://www.harborcitycourier.com/login/">Already a subscriber? Log in</a>
        </div>"""
            )
    if page.grade_at_end:
        parts.append("        " + _courier_grade(page))
    if page.info_line:
        parts.append(
            f'        <p class="article__paragraph article__tagline"><em>{inline_html(page.info_line, True, False)}</em></p>'
        )
    return "\n".join(parts)


def render_courier(page: PageSpec) -> str:
    """A metro newspaper's article template: masthead, meter, ads between paragraphs."""
    year, month, day = page.published.split("-")
    url = (
        f"https://www.harborcitycourier.com/entertainment/movies/{year}/{month}/{day}/{page.slug}/"
    )
    charset = "windows-1252" if page.encoding == "cp1252" else "utf-8"
    headline = reader_text(page.headline, True)
    most_read = "\n".join(
        f'          <li class="most-read__item"><span class="most-read__rank">{n}</span><a href="https://www.harborcitycourier.com/news/local/{re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")}/">{html.escape(title)}</a></li>'
        for n, title in enumerate(COURIER_MOST_READ, start=1)
    )
    kicker = (
        f'<div class="article__kicker"><a href="https://www.harborcitycourier.com/entertainment/movies/reviews/">{html.escape(page.kicker)}</a></div>'
        if page.kicker
        else ""
    )
    dek = f'<h2 class="article__dek">{inline_html(page.dek, True, False)}</h2>' if page.dek else ""
    updated = (
        f' <span class="article__updated">Updated {page.updated_display}</span>'
        if page.updated_display
        else ""
    )
    caption = ""
    if page.caption:
        caption = f"""<figure class="article__lead-art">
          <img src="https://www.harborcitycourier.com/resizer/{page.slug}-lead.jpg?w=1200" alt="{attr(reader_text(page.caption, True))}" width="1200" height="675" loading="eager" />
          <figcaption><span class="caption__text">{inline_html(page.caption, True, False)}</span> <span class="caption__credit">(Handout photo)</span></figcaption>
        </figure>"""
    top_grade = "" if page.grade_at_end else _courier_grade(page)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{html.escape(headline)} &ndash; Harbor City Courier</title>
<meta name="description" content="{attr(reader_text(page.dek or page.paragraphs[0], True)[:160])}">
<meta name="byl" content="By {attr(page.critic)}">
<meta property="og:site_name" content="Harbor City Courier">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(headline)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://www.harborcitycourier.com/resizer/{page.slug}-lead.jpg?w=1200">
<meta property="article:published_time" content="{page.published}T17:30:00-05:00">
<meta property="article:section" content="Movies">
<meta name="twitter:site" content="@HarborCourier">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://www.harborcitycourier.com/pf/resources/css/article.css?d=812">
<script>
  var utag_data = {{ "page_type": "article", "section": "arts-entertainment", "subsection": "movies", "content_id": "{page.slug}", "paywall": "metered" }};
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
  window.googletag = window.googletag || {{cmd: []}};
  googletag.cmd.push(function() {{ googletag.pubads().setTargeting("section", "movies"); googletag.enableServices(); }});
</script>
</head>
<body class="article-page section-movies">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="fusion-app">
<header class="masthead">
  <div class="masthead__top">
    <span class="masthead__date">Friday, March 8, 2024</span>
    <span class="masthead__weather">48&deg; Partly cloudy</span>
    <a class="masthead__link" href="https://www.harborcitycourier.com/eedition/">Today's Paper</a>
    <a class="masthead__link masthead__link--subscribe" href="https://www.harborcitycourier.com/subscribe/">Subscribe</a>
    <a class="masthead__link" href="https://www.harborcitycourier.com/login/">Sign In</a>
  </div>
  <div class="masthead__logo"><a href="https://www.harborcitycourier.com/" aria-label="Harbor City Courier home"><span class="masthead__name">Harbor City Courier</span></a></div>
  <nav class="section-nav" aria-label="Sections">
    <ul>
      <li><a href="https://www.harborcitycourier.com/news/">News</a></li>
      <li><a href="https://www.harborcitycourier.com/news/local/">Local</a></li>
      <li><a href="https://www.harborcitycourier.com/sports/">Sports</a></li>
      <li><a href="https://www.harborcitycourier.com/business/">Business</a></li>
      <li><a href="https://www.harborcitycourier.com/opinion/">Opinion</a></li>
      <li class="is-active"><a href="https://www.harborcitycourier.com/entertainment/">Arts &amp; Entertainment</a></li>
      <li><a href="https://www.harborcitycourier.com/entertainment/movies/">Movies</a></li>
      <li><a href="https://www.harborcitycourier.com/food/">Food &amp; Dining</a></li>
      <li><a href="https://www.harborcitycourier.com/obituaries/">Obituaries</a></li>
      <li><a href="https://www.harborcitycourier.com/puzzles/">Puzzles</a></li>
    </ul>
  </nav>
</header>
<div class="ad ad--leaderboard"><p class="ad__label">Advertisement</p><div class="gpt-slot" data-slot="/2190/hcc/arts/top" data-size="728x90"></div></div>
<main id="main" class="layout layout--article">
  <div class="layout__main">
    <article class="article" data-content-id="{page.slug}">
      <header class="article__header">
        {kicker}
        <h1 class="article__headline">{inline_html(page.headline, True, False)}</h1>
        {dek}
        <div class="article__byline">
          <span class="byline__name">By <a href="https://www.harborcitycourier.com/staff/{page.critic.lower().replace(" ", "-")}/">{html.escape(page.critic)}</a></span>
          <span class="byline__title">Film Critic</span>
        </div>
        <div class="article__dateline"><time datetime="{page.published}T17:30:00-05:00">{page.published_display}</time>{updated}</div>
        <div class="share-tools" role="group" aria-label="Share this article">
          <button class="share-tools__button" data-network="facebook">Facebook</button>
          <button class="share-tools__button" data-network="x">X</button>
          <button class="share-tools__button" data-network="email">Email</button>
          <button class="share-tools__button" data-network="copy">Copy link</button>
          <span class="share-tools__gift">Gift this article</span>
        </div>
      </header>
      {caption}
      {top_grade}
      <div class="article__body">
{_courier_body(page)}
      </div>
      <div class="article__footer">
        <p class="article__corrections">Have a correction or news tip? <a href="https://www.harborcitycourier.com/contact/newsroom/">Contact the newsroom</a>.</p>
        <ul class="article__topics"><li><a href="https://www.harborcitycourier.com/topic/movie-reviews/">Movie reviews</a></li><li><a href="https://www.harborcitycourier.com/topic/weekend/">Weekend</a></li></ul>
      </div>
    </article>
  </div>
  <aside class="layout__rail">
    <div class="ad ad--rail"><p class="ad__label">Advertisement</p><div class="gpt-slot" data-slot="/2190/hcc/arts/rail" data-size="300x600"></div></div>
    <section class="most-read">
      <h3 class="most-read__title">Most Read</h3>
      <ol class="most-read__list">
{most_read}
      </ol>
    </section>
    <section class="newsletter-promo">
      <h3>The Weekender</h3>
      <p>Movies, music and things to do in Harbor City, every Thursday.</p>
      <a href="https://www.harborcitycourier.com/newsletters/">Sign up</a>
    </section>
  </aside>
</main>
<footer class="site-footer">
  <nav class="site-footer__nav"><a href="https://www.harborcitycourier.com/about/">About Us</a> | <a href="https://www.harborcitycourier.com/contact/">Contact</a> | <a href="https://www.harborcitycourier.com/careers/">Careers</a> | <a href="https://www.harborcitycourier.com/privacy/">Privacy Policy</a> | <a href="https://www.harborcitycourier.com/terms/">Terms of Service</a></nav>
  <p class="site-footer__copyright">&copy; 2024 Harbor City Courier. All rights reserved.</p>
</footer>
</div>
<img src="https://sb.scorecardresearch.com/p?c1=2&amp;c2=60010001&amp;cv=3.6&amp;cj=1" width="1" height="1" alt="" style="display:none">
<script src="https://www.harborcitycourier.com/pf/dist/engine/react.js?d=812" defer></script>
</body>
</html>
"""


COURIER.pages += [
    PageSpec(
        slug="rust-and-bone-is-a-bruiser-with-a-soft-spot",
        film_id="rust-and-bone-2012",
        title="Rust and Bone",
        year=2012,
        headline='Movie review: "Rust and Bone" is a bruiser with a soft spot',
        dek="Marion Cotillard is extraordinary in Jacques Audiard's tale of a whale trainer and a street fighter. The love story is another matter.",
        critic="Tom Brandvold",
        published="2012-12-14",
        published_display="Dec. 14, 2012",
        kicker="Movie Review",
        caption='Marion Cotillard and Matthias Schoenaerts in "Rust and Bone."',
        score=55.0,
        info_line='"Rust and Bone" is rated R. In French with English subtitles. Running time: 120 minutes. Opens Friday at the Bayside Art Cinema.',
        facts=FilmFacts(
            directors=("Jacques Audiard",),
            cast=(("Matthias Schoenaerts", "Ali"), ("Marion Cotillard", "Stéphanie")),
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        paragraphs=(
            """Here is a movie that wants to break your heart and break your nose, sometimes in the same scene. "Rust and Bone," the new film from the French director Jacques Audiard, has a killer-whale accident, a double amputation, illegal street fights, a child in danger and a love story between two people who could not be worse at love. It is a lot. Some of it is terrific.""",
            """Matthias Schoenaerts plays Ali, a big, broke lug who drifts down to Antibes with his little boy, Sam, and crashes at his sister's place. He gets work as a bouncer. One night he drives home a woman who has been roughed up at the club. She is Stéphanie (Marion Cotillard), and she trains orcas at the local marine park. Not long afterward a show goes wrong, and she wakes up in a hospital without her legs.""",
            """The two of them find each other again, and what they have is not romance, exactly. He is blunt with her and she likes it. He takes her swimming. He offers sex the way another man might offer to fix a leaky faucet. She starts tagging along to his bare-knuckle fights, keeping track of the money.""",
            """Where the movie works is in the body. Audiard is fascinated by what flesh can take and what it can do, and he films Stéphanie's first swim after the accident, and her first steps on artificial legs, with a plain, unsentimental attention that says more than any speech could. Cotillard is very fine. She doesn't play Stéphanie as brave or saintly; she plays her as angry, bored, vain and, slowly, curious again. The fights, shot close and ugly, have the same physical honesty.""",
            """Where it fails is as a love story, which is unfortunately what it most wants to be. Ali is such a closed fist of a man, so careless with his son and with everyone else, that it's hard to believe Stéphanie would put up with him for a weekend, let alone build a life around him. Schoenaerts is a compelling physical presence, but the script never gives Ali a moment of self-knowledge that might explain what she sees in him. And when the movie turns toward a big, punishing climax on a frozen pond, it feels less like fate than like a screenwriter raising the stakes because he has run out of other ideas.""",
            """So: one great performance, some images you won't forget, and a story that doesn't add up. I'd still rather see an ambitious mess like this than another tidy nothing. Your mileage, as they say, may vary.""",
        ),
    ),
    PageSpec(
        slug="review-arrival",
        film_id="arrival-2016",
        title="Arrival",
        year=2016,
        headline="Review: Arrival",
        dek="Amy Adams decodes an alien language, and the movie quietly decodes grief.",
        critic="Margaret Okafor",
        published="2016-11-10",
        published_display="Nov. 10, 2016",
        updated_display="Nov. 11, 2016 at 9:02 a.m.",
        caption='Amy Adams as linguist Louise Banks in "Arrival."',
        grade_raw="★★★½ out of four",
        grade_value=87.5,
        score=87.5,
        info_line='"Arrival" is rated PG-13 for brief strong language. Running time: 116 minutes. In theaters Friday.',
        related=(
            (
                "Harbor City's art houses are booming. Here's why.",
                "entertainment/movies/2016/11/04/art-houses-booming",
            ),
        ),
        facts=FilmFacts(
            directors=("Denis Villeneuve",),
            writers=("Eric Heisserer",),
            cast=(
                ("Forest Whitaker", "Colonel Weber"),
                ("Amy Adams", "Louise Banks"),
                ("Jeremy Renner", "Ian Donnelly"),
                ("Michael Stuhlbarg", None),
                ("Tzi Ma", "General Shang"),
            ),
            mpaa_rating="PG-13",
            runtime_minutes=116,
        ),
        paragraphs=(
            """Most movies about aliens are really about invasion, which is to say they're about fear. Denis Villeneuve's "Arrival" is about something rarer on screen: the effort it takes to understand someone whose mind works nothing like yours. That it also turns out to be about love and loss, and that it smuggles those subjects in through a plot about linguistics, is the kind of sleight of hand that makes you want to watch it again the moment it ends.""",
            """Twelve enormous shell-shaped vessels appear at scattered points around the globe, hovering silently above the ground. The Army, in the person of a weary Colonel Weber (Forest Whitaker), recruits the linguist Louise Banks (Amy Adams) to try to communicate with the creatures inside the one that has settled over a Montana meadow. She is paired with a theoretical physicist, Ian Donnelly (Jeremy Renner), and together they begin making regular trips up into the ship, where two seven-limbed beings they nickname Abbott and Costello write in swirling rings of ink.""",
            """The screenplay, by Eric Heisserer, adapted from Ted Chiang's novella "Story of Your Life," lets the work itself be the drama. There are whiteboards and vocabulary lists and a wonderful early scene in which Louise, frustrated by protocol, takes off her protective suit so the visitors can see her face. Villeneuve, who directed "Sicario" and "Prisoners," gives these procedures the texture of a thriller, and Jóhann Jóhannsson's score, full of groaning voices and low drones, makes every ascent into the ship feel like a descent into a cathedral.""",
            """Adams is superb in a role that asks her to be almost entirely interior. Louise is introduced through memories of a daughter who died young, and the actress carries that grief through every scene without ever underlining it. Renner, in an uncharacteristically gentle mode, is a warm foil, and Michael Stuhlbarg does what he can with a stock role as a suspicious intelligence officer.""",
            """The geopolitical subplot, in which China's General Shang (Tzi Ma) edges the world toward war, is the film's weakest element; it exists mostly to give the last act a ticking clock, and the phone call that resolves it strains belief even by the standards of a movie about visitors from space.""",
            """But that last act also contains a revelation about time and memory that recasts everything before it, and it lands with real force. I won't spoil it. I'll only say that "Arrival" is the rare science-fiction film that leaves you thinking harder about your own life than about the aliens, and it is one of the best films of the year.""",
        ),
    ),
    PageSpec(
        slug="whiplash-examines-the-cost-of-greatness",
        film_id="whiplash-2014",
        title="Whiplash",
        year=2014,
        headline="'Whiplash' Examines the Cost of Greatness",
        dek=None,
        critic="Tom Brandvold",
        published="2014-10-17",
        published_display="October 17, 2014",
        kicker="Movie Review",
        caption='J.K. Simmons, left, and Miles Teller in "Whiplash."',
        grade_raw="3 out of 4 stars",
        grade_value=75.0,
        grade_at_end=True,
        score=75.0,
        info_line='"Whiplash" is rated R for strong language including some sexual references. Running time: 106 minutes. Opens Friday at the Esquire and Harbor Point 12.',
        facts=FilmFacts(
            directors=("Damien Chazelle",),
            writers=("Damien Chazelle",),
            cast=(
                ("Miles Teller", "Andrew Neiman"),
                ("Paul Reiser", None),
                ("J.K. Simmons", "Terence Fletcher"),
                ("Melissa Benoist", None),
            ),
            mpaa_rating="R",
            runtime_minutes=106,
        ),
        paragraphs=(
            """I played trumpet in a high school jazz band, badly, for two years, and the worst thing our director ever did was sigh. So I watched "Whiplash" the way you'd watch a horror movie, peeking through my fingers at a music teacher who throws chairs.""",
            """Miles Teller is Andrew Neiman, a 19-year-old drummer in his first year at the Shaffer Conservatory in New York, supposedly the best music school in the country. He's a loner who lives for Buddy Rich records and goes to the movies with his gentle, disappointed dad (Paul Reiser). When the school's most feared instructor, Terence Fletcher (J.K. Simmons), plucks him out of a practice room for his studio band, Andrew thinks his life has begun. Instead he has enlisted in boot camp.""",
            """Simmons, a character actor you know from a hundred things, gives the performance of his career. Fletcher dresses in black T-shirts, counts off tempos like he's cocking a gun and hurls abuse so baroque and personal that the audience I saw it with laughed out of shock. What makes him frightening isn't the volume; it's the moments of kindness, because you can never tell which ones are traps.""",
            """Writer-director Damien Chazelle, who is all of 29, cuts the music scenes like fight scenes: cymbals, sweat, blood on the drum heads, the snap of Fletcher's fist closing to cut off the band. A rehearsal in which three drummers compete for one chair deep into the night is as tense as anything in a thriller this year. Teller, who does a good deal of his own playing, matches Simmons blow for blow, and a subplot about a girlfriend (Melissa Benoist) whom Andrew dumps to protect his practice schedule is brief and brutal.""",
            """Here's my problem, and it isn't a small one. The movie knows Fletcher is a monster, but it can't stop admiring his results, and the ending, which I won't give away, plays like a vindication of everything he has done. Great art doesn't require a tyrant to squeeze it out of you, and I've known enough good teachers to resent a film that flirts with the idea. Chazelle leaves that door open on purpose. I wish he'd closed it.""",
            """Still, you won't see a better-made movie this fall, and the last ten minutes are as exhilarating as they are troubling. Go. Then argue about it over pie.""",
        ),
    ),
    PageSpec(
        slug="spike-lee-oldboy-remake-trades-shock-for-a-shrug",
        film_id="oldboy-2013",
        title="Oldboy",
        year=2013,
        headline='Spike Lee\'s "Oldboy" remake trades shock for a shrug',
        dek="Josh Brolin gives it everything, but this copy of a cult classic never finds a reason to exist.",
        critic="Margaret Okafor",
        published="2013-11-27",
        published_display="Nov. 27, 2013",
        updated_display="Nov. 28, 2013 at 11:15 a.m.",
        kicker="Movie Review",
        caption='Josh Brolin in "Oldboy."',
        grade_raw="★½ out of four",
        grade_value=37.5,
        score=37.5,
        info_line='"Oldboy" is rated R. Running time: 104 minutes. Now playing at area theaters.',
        related=(
            (
                "Thanksgiving weekend movie guide: what to see with the whole family",
                "entertainment/movies/2013/11/26/thanksgiving-movie-guide",
            ),
        ),
        facts=FilmFacts(
            directors=("Spike Lee",),
            cast=(
                ("Josh Brolin", "Joe Doucett"),
                ("Elizabeth Olsen", "Marie Sebastian"),
                ("Samuel L. Jackson", None),
                ("Sharlto Copley", None),
            ),
            mpaa_rating="R",
            runtime_minutes=104,
        ),
        paragraphs=(
            """There was never a good reason to remake Park Chan-wook's "Oldboy," the 2003 South Korean thriller whose hallway hammer fight and operatic final twist made it a cult object almost overnight. But there might have been an interesting one. Spike Lee, a filmmaker who has never been short of ideas about American rage, seemed like the sort of director who could bend the story into something new. Instead his version mostly retraces the original's steps, a little slower and a lot less strange.""",
            """Josh Brolin plays Joe Doucett, an advertising man and a drunk whose contempt for everyone, including his small daughter, is established in a few efficient scenes. One night in 1993, after a bender, he wakes up in a room dressed to look like a cheap motel. He stays there for 20 years, fed dumplings through a slot in the door and watching on television as he is framed for his ex-wife's murder. Then, just as abruptly, he is set free, with nothing but an urgent question: who did this, and why?""",
            """His search leads him to a sympathetic stranger, Marie Sebastian (Elizabeth Olsen), to the man who runs the private prison (Samuel L. Jackson, in a bleached Mohawk and a loud mood) and eventually to the smirking rich man who arranged it all, played by Sharlto Copley with an accent that seems to have been assembled from several different costume dramas.""",
            """Brolin commits fully, and there are moments, especially early, when Joe's self-loathing has real bite. Lee restages the famous corridor fight as a long, multilevel tracking shot, and it is competently done. But it is a copy of a famous scene, and competence is the wrong register for material this unhinged. Park's film had a woozy, fairy-tale cruelty that made its excesses feel inevitable. Here the violence is merely unpleasant, and the big revelation, when it finally arrives, lands with a thud instead of a gasp.""",
            """It doesn't help that the film has the lumpy rhythm of a movie cut down from something longer; subplots appear and vanish, and Olsen, so remarkable in "Martha Marcy May Marlene," is stuck playing a plot device. If you have never seen the original, this "Oldboy" may hold you for its running time. If you have, you'll spend most of it wishing you were watching that one instead.""",
        ),
    ),
    PageSpec(
        slug="cronenberg-crash-review",
        film_id="crash-1996",
        title="Crash",
        year=1996,
        headline='Cronenberg\'s "Crash" is a cold collision',
        dek="The notorious Cannes shocker turns out to be less outrageous than numbing.",
        critic="Tom Brandvold",
        published="1997-03-21",
        published_display="March 21, 1997",
        kicker="Movie Review",
        caption='James Spader and Holly Hunter in David Cronenberg\'s "Crash."',
        score=45.0,
        info_line='"Crash" is rated NC-17. Running time: 100 minutes. At the Rialto.',
        facts=FilmFacts(
            directors=("David Cronenberg",),
            cast=(
                ("James Spader", "James Ballard"),
                ("Deborah Kara Unger", "Catherine"),
                ("Holly Hunter", "Helen Remington"),
                ("Elias Koteas", "Vaughan"),
                ("Rosanna Arquette", None),
            ),
            mpaa_rating="NC-17",
            runtime_minutes=100,
        ),
        paragraphs=(
            """David Cronenberg's "Crash" arrives in town trailing a reputation. It caused a fuss at Cannes last spring, where the jury handed it a special prize for its audacity, and it has spent the months since being denounced by people who, as far as I can tell, mostly haven't seen it. So let me report, as someone who has: it is not an outrage. It's something stranger and, in its way, more discouraging. It's a bore, interrupted now and then by something brilliant.""",
            """Based on J.G. Ballard's 1973 novel, the film follows James Ballard (James Spader), a producer in an open marriage with the glacial Catherine (Deborah Kara Unger). After a head-on collision on a Toronto highway kills the other driver, James meets the man's widow, Helen Remington (Holly Hunter), and through her is drawn into a small circle of people who find car wrecks erotic. Their leader is Vaughan (Elias Koteas), a scarred showman who stages re-creations of famous celebrity crashes, James Dean's among them, for paying spectators.""",
            """Cronenberg films all this with a surgeon's detachment. The colors are gunmetal and bruise, Howard Shore's score is all chilly, chiming guitars, and the actors speak in murmurs, as if everyone had been sedated. The sex scenes, and there are many, are staged for maximum blankness; the point, I gather, is that these people have grown so numb that only the threat of death can wake them. Rosanna Arquette, as a crash survivor in leg braces, is the closest the movie comes to a jolt of life.""",
            """I admire the nerve of it. Nobody else would have made this picture, and there are sequences, especially the James Dean re-enactment on a deserted country road, that have the eerie force of a bad dream. Koteas is genuinely unsettling. Hunter brings her usual crackle to a thin role.""",
            """But a movie about numbness runs the risk of inducing it, and "Crash" doesn't so much avoid that risk as embrace it. By the midpoint I had stopped caring which of these people ended up in which back seat, and the structure (talk, drive, collide, couple, repeat) starts to feel like a dare the director has made with himself. There's an idea here about technology and desire that would make a sharp essay. As a movie, it's 100 minutes of watching mannequins mate.""",
        ),
    ),
    PageSpec(
        slug="a-sacramento-senior-tries-out-her-wings",
        film_id="lady-bird-2017",
        title="Lady Bird",
        year=2017,
        headline="A Sacramento senior tries out her wings",
        dek="Saoirse Ronan and Laurie Metcalf are a mother and daughter at war, and at their best, in Greta Gerwig's wonderful coming-of-age comedy.",
        critic="Margaret Okafor",
        published="2017-11-10",
        published_display="Nov. 10, 2017",
        encoding="cp1252",
        caption='Saoirse Ronan, left, and Laurie Metcalf in "Lady Bird."',
        score=88.0,
        info_line='"Lady Bird" is rated R for language, sexual content, brief graphic nudity and teen partying. Running time: 94 minutes. At the Esquire.',
        related=(
            (
                "Sacramento native Greta Gerwig talks about coming home",
                "entertainment/movies/2017/11/08/greta-gerwig-interview",
            ),
        ),
        facts=FilmFacts(
            directors=("Greta Gerwig",),
            writers=("Greta Gerwig",),
            cast=(
                ("Saoirse Ronan", "Christine McPherson"),
                ("Tracy Letts", "Larry"),
                ("Laurie Metcalf", "Marion"),
                ("Lucas Hedges", "Danny"),
                ("Timothée Chalamet", "Kyle"),
                ("Beanie Feldstein", "Julie"),
            ),
            mpaa_rating="R",
            runtime_minutes=94,
        ),
        paragraphs=(
            """Every few years a movie comes along that gets the texture of being 17 so exactly right that watching it feels like reading an old diary, with all the pleasure and embarrassment that implies. Greta Gerwig's "Lady Bird," her first film as a solo director, made from her own script, is one of them, and it may be the funniest and most tender of the lot.""",
            """It is the 2002-03 school year in Sacramento, and Christine McPherson (Saoirse Ronan), who insists that everyone call her "Lady Bird," is a senior at a Catholic high school. She wants to go to college somewhere with culture, which is to say on the East Coast, which is to say somewhere her family can't afford. Her father, Larry (Tracy Letts), has just lost his job. Her mother, Marion (Laurie Metcalf), a psychiatric nurse working double shifts, loves her ferociously and cannot pay her a compliment without attaching a complaint to it.""",
            """Over one year, Lady Bird auditions for the school musical, falls for a sweet boy named Danny (Lucas Hedges) and then for a sullen one named Kyle (Timothée Chalamet), drifts away from her loyal best friend, Julie (Beanie Feldstein), toward a richer, cooler girl, and secretly applies to colleges in New York. None of this is new. All of it feels new, because Gerwig has an uncanny ear for the way people talk when they are trying to hurt each other and failing to hide how much they care.""",
            """Ronan, her Irish accent traded for a flat California drawl, is a marvel — prickly, grandiose, hilarious, occasionally cruel and always, unmistakably, a kid. But the movie's secret weapon is Metcalf. Her Marion is exhausted and proud and wounded, and in a scene at the airport she does more with a face behind a windshield than most actors do with a monologue. Letts, as a gentle man quietly losing a fight with depression, is nearly as good.""",
            """If there's a flaw, it's that the film, at a brisk 94 minutes, moves so quickly through its episodes that a few of them, including a subplot about the priest who runs the drama club, feel like sketches for a longer movie. But that briskness is also part of its charm. Gerwig doesn't linger, and she doesn't moralize; she lets these people be wrong and funny and lovable, and trusts us to notice.""",
            """By the end, when Lady Bird calls home from far away, you may find yourself wanting to call someone, too. That is the highest compliment I can think of for a movie like this.""",
        ),
    ),
]

# ---------------------------------------------------------------- Reel Notions (Blogger blog)

REEL = Publication("reel-notions", "Reel Notions", "html", curly=False)

REEL_ARCHIVE_YEARS = (
    (2019, 52),
    (2018, 47),
    (2017, 39),
    (2016, 44),
    (2015, 31),
    (2014, 36),
    (2013, 40),
    (2012, 28),
    (2011, 33),
    (2010, 25),
    (2009, 19),
    (2008, 12),
    (2007, 9),
    (2006, 14),
    (2005, 6),
)

REEL_RELATED = (
    ("Memories of Murder (2003)", "memories-of-murder-2003"),
    ("The Handmaiden (2016)", "the-handmaiden-2016"),
    ("Thief (1981)", "thief-1981"),
    ("Moonrise Kingdom (2012)", "moonrise-kingdom-2012"),
    ("Magnolia (1999)", "magnolia-1999"),
    ("Sympathy for Mr. Vengeance (2002)", "sympathy-for-mr-vengeance-2002"),
    ("Les Miserables (2012)", "les-miserables-2012"),
)

REEL_LABELS = (
    "A grades",
    "B grades",
    "C grades",
    "D grades",
    "Korean",
    "guest posts",
    "Oscars",
    "reviews",
    "revisits",
    "musicals",
    "noir",
)


def _clock_24h(clock: str) -> str:
    time_part, meridiem = clock.split()
    hours, minutes = (int(x) for x in time_part.split(":"))
    hours = hours % 12 + (12 if meridiem == "PM" else 0)
    return f"{hours:02d}:{minutes:02d}"


def _reel_post_body(page: PageSpec, index: int) -> str:
    """Blogger's compose box saves either <br> runs or one <div> per paragraph."""
    texts = [
        inline_html(p, False, False).replace("<em>", "<i>").replace("</em>", "</i>")
        for p in page.paragraphs
    ]
    head = f"""<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{page.slug}/s1600/{page.slug}.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="450" data-original-width="800" height="225" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{page.slug}/s400/{page.slug}.jpg" width="400" /></a></div>\n"""
    if page.infobox:
        head += (
            "<br />".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in page.infobox)
            + "<br />\n<br />\n"
        )
    for line in page.extra_chrome:
        head += f"<i>{html.escape(line)}</i><br />\n<br />\n"
    grade = f"<br />\n<br />\n<b>Grade: {html.escape(page.grade_raw)}</b>" if page.grade_raw else ""
    if index % 2 == 0:
        joined = "<br />\n<br />\n".join(texts)
        return f'<span style="font-family: Georgia, &quot;Times New Roman&quot;, serif;">{head}{joined}{grade}</span>'
    divs = "\n<div><br /></div>\n".join(f"<div>{t}</div>" for t in texts)
    grade_div = (
        f"\n<div><br /></div>\n<div><b>Grade: {html.escape(page.grade_raw)}</b></div>"
        if page.grade_raw
        else ""
    )
    head_div = f"<div>{head}</div>\n"
    return f"{head_div}{divs}{grade_div}\n<div><br /></div>"


def _reel_archive(page: PageSpec) -> str:
    year, month, _ = page.published.split("-")
    month_name = page.published_display.split(", ")[1].split()[0]
    rows = []
    for archive_year, count in REEL_ARCHIVE_YEARS:
        if str(archive_year) == year:
            rows.append(
                f"""<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='https://reelnotions.blogspot.com/{archive_year}/'>{archive_year}</a> <span class='post-count' dir='ltr'>({count})</span>
<ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='https://reelnotions.blogspot.com/{archive_year}/{month}/'>{month_name}</a> <span class='post-count' dir='ltr'>(4)</span>
<ul class='posts'><li><a href='https://reelnotions.blogspot.com/{archive_year}/{month}/{page.slug}.html'>{html.escape(page.headline)}</a></li><li><a href='https://reelnotions.blogspot.com/{archive_year}/{month}/weekend-watchlist.html'>Weekend watchlist</a></li><li><a href='https://reelnotions.blogspot.com/{archive_year}/{month}/what-im-watching-this-month.html'>What I'm watching this month</a></li><li><a href='https://reelnotions.blogspot.com/{archive_year}/{month}/housekeeping.html'>Housekeeping (and an apology)</a></li></ul></li></ul></li>"""
            )
        else:
            rows.append(
                f"<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&#160;</span></a><a class='post-count-link' href='https://reelnotions.blogspot.com/{archive_year}/'>{archive_year}</a> <span class='post-count' dir='ltr'>({count})</span></li>"
            )
    return "\n".join(rows)


def _reel_comments(page: PageSpec) -> str:
    items = []
    for number, comment in enumerate(page.comments, start=1):
        items.append(
            f"""<dt class='comment-author' id='c{7700 + number}'><a name='c{7700 + number}'></a>{html.escape(comment.author)} said...</dt>
<dd class='comment-body' id='Blog1_cmt-{7700 + number}'><p>{inline_html(comment.text, False, False)}</p></dd>
<dd class='comment-footer'><span class='comment-timestamp'><a href='#c{7700 + number}' title='comment permalink'>{comment.when}</a></span></dd>"""
        )
    return f"""<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{len(page.comments)} comments:</h4>
<div id='Blog1_comments-block-wrapper'>
<dl class='avatar-comment-indent' id='comments-block'>
{chr(10).join(items)}
</dl>
</div>
<p class='comment-footer'><a href='https://www.blogger.com/comment.g?blogID=4410000000000000001&amp;postID=1' onclick=''>Post a Comment</a></p>
</div>"""


def render_reel(page: PageSpec) -> str:
    """A Blogger 'Simple' template post page, with sidebar widgets and a comment list."""
    index = REEL.pages.index(page)
    year, month, _ = page.published.split("-")
    url = f"https://reelnotions.blogspot.com/{year}/{month}/{page.slug}.html"
    stamp = f"{page.published}T{_clock_24h(page.clock)}:00-08:00"
    others = [item for item in REEL_RELATED if item[0].split(" (")[0] not in page.headline]
    strip = "\n".join(
        f"<div class='linkwithin_div'><a href='https://reelnotions.blogspot.com/{slug}.html'><img src='https://lh3.googleusercontent.com/blogger_img_proxy/{slug}=w100-h100' width='100' height='100' /><div class='linkwithin_title'>{html.escape(title)}</div></a></div>"
        for title, slug in others[index % 3 : index % 3 + 4]
    )
    labels = ", ".join(
        f"<a href='https://reelnotions.blogspot.com/search/label/{html.escape(label.replace(' ', '%20'))}' rel='tag'>{html.escape(label)}</a>"
        for label in page.labels
    )
    label_widget = "\n".join(
        f"<li><a dir='ltr' href='https://reelnotions.blogspot.com/search/label/{label.replace(' ', '%20')}'>{label}</a> <span dir='ltr'>({(len(label) * 7) % 40 + 3})</span></li>"
        for label in REEL_LABELS
    )
    author = page.posted_by or page.critic
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://reelnotions.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Reel Notions - Atom" href="https://reelnotions.blogspot.com/feeds/posts/default" />
<meta content='{url}' property='og:url'/>
<meta content='{attr(page.headline)}' property='og:title'/>
<meta content='{attr(reader_text(page.paragraphs[0], False)[:140])}' property='og:description'/>
<title>Reel Notions: {html.escape(page.headline)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #222222; background: #eeeeee; }}
.post-body {{ line-height: 1.5; }}
h3.post-title {{ font: normal normal 22px Georgia, Utopia, serif; }}
--></style>
<script type='text/javascript'>
    var _gaq = _gaq || [];
    _gaq.push(['_setAccount', 'UA-1234567-1']);
    _gaq.push(['_trackPageview']);
</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ if (window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}
</script><div id="navbar-iframe-container"></div></div></div>
<div class='content'>
<div class='content-outer'>
<header>
<div class='header-outer'>
<div class='header-inner'>
<div class='section' id='header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'>
<a href='https://reelnotions.blogspot.com/'>Reel Notions</a>
</h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>One guy, too many movies, strong opinions since 2005.</span></p>
</div>
</div>
</div></div>
</div>
</div>
</header>
<div class='main-outer'>
<div class='columns fauxcolumns'>
<div class='columns-inner'>
<div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{page.published_display}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template'>
<a name='{3300000 + index}'></a>
<h3 class='post-title entry-title'>
{html.escape(page.headline)}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{8800000 + index}'>
{_reel_post_body(page, index)}
<div style='clear: both;'></div>
</div>
<div class='linkwithin_posts'>
<div class='linkwithin_text'>You might also like:</div>
{strip}
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Posted by
<span class='fn'><a class='g-profile' href='https://www.blogger.com/profile/0{index}1234567890' rel='author' title='author profile'>{html.escape(author)}</a></span>
</span>
<span class='post-timestamp'>
at
<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' title='{stamp}'>{page.clock}</abbr></a>
</span>
<span class='post-comment-link'></span>
<span class='post-icons'><span class='item-control blog-admin pid-1'><a href='https://www.blogger.com/post-edit.g?blogID=4410000000000000001&amp;postID={3300000 + index}' title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=4410000000000000001&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=4410000000000000001&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID=4410000000000000001&amp;target=twitter' target='_blank' title='Share to Twitter'><span class='share-button-link-text'>Share to Twitter</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=4410000000000000001&amp;target=facebook' target='_blank' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a>
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
Labels:
{labels}
</span>
</div>
</div>
</div>
{_reel_comments(page)}
</div>
</div>
</div>
</div>
<div class='blog-pager' id='blog-pager'>
<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://reelnotions.blogspot.com/{year}/{month}/newer.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://reelnotions.blogspot.com/{year}/{month}/older.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span>
<a class='home-link' href='https://reelnotions.blogspot.com/'>Home</a>
</div>
<div class='clear'></div>
<div class='post-feeds'>
<div class='feed-links'>
Subscribe to:
<a class='feed-link' href='https://reelnotions.blogspot.com/feeds/{3300000 + index}/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a>
</div>
</div>
</div></div>
</div>
</div>
<div class='column-right-outer'>
<div class='column-right-inner'>
<aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'>
<h2>About Me</h2>
<div class='widget-content'>
<a href='https://www.blogger.com/profile/0123456789'><img alt='My photo' class='profile-img' height='80' src='https://blogger.googleusercontent.com/img/b/profile-walt.jpg' width='60'/></a>
<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0123456789'>Walt Kessler</a></dt>
<dd class='profile-textblock'>Middle-school science teacher by day. Movie person by night. I grade on a curve and I hold grudges.</dd></dl>
<a class='profile-link' href='https://www.blogger.com/profile/0123456789' rel='author'>View my complete profile</a>
</div>
</div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>Blog Archive</h2>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<ul class='hierarchy'>
{_reel_archive(page)}
</ul>
</div>
</div>
</div>
</div>
<div class='widget Label' data-version='1' id='Label1'>
<h2>Labels</h2>
<div class='widget-content list-label-widget-content'>
<ul>
{label_widget}
</ul>
</div>
</div>
<div class='widget Followers' data-version='1' id='Followers1'>
<h2 class='title'>Followers</h2>
<div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><script type="text/javascript" src="https://apis.google.com/js/platform.js"></script><div id="followers-iframe-container"></div></div></div></div></div>
</div>
</div>
</aside>
</div>
</div>
</div>
</div>
</div>
<footer>
<div class='footer-outer'>
<div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div>
</div></div>
</div>
</footer>
</div>
</div>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY5xS1aBcDeF:1700000000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d4410000000000000001','//reelnotions.blogspot.com/{year}/{month}/{page.slug}.html','4410000000000000001');
</script>
</body>
</html>
"""


REEL.pages += [
    PageSpec(
        slug="parasite-2019",
        film_id="parasite-2019",
        title="Parasite",
        year=2019,
        headline="Parasite (2019)",
        dek=None,
        critic="Walt Kessler",
        published="2019-10-20",
        published_display="Sunday, October 20, 2019",
        clock="9:14 PM",
        grade_raw="A",
        grade_value=100.0,
        score=100.0,
        labels=("2019", "A grades", "Bong Joon Ho", "Korean", "reviews"),
        facts=FilmFacts(
            directors=("Bong Joon Ho",),
            cast=(
                ("Song Kang-ho", "Ki-taek"),
                ("Lee Sun-kyun", "Mr. Park"),
                ("Cho Yeo-jeong", "Mrs. Park"),
                ("Park So-dam", "Ki-jung"),
            ),
            runtime_minutes=132,
        ),
        comments=(
            Comment(
                "Anonymous",
                "October 21, 2019 at 6:02 AM",
                "Saw it last night because of this post. You were right. I'm still shaking.",
            ),
            Comment(
                "Cinema Sal",
                "October 21, 2019 at 8:47 AM",
                "Good review but I think it's a B+ at best, the ending is too neat for me.",
            ),
            Comment(
                "Walt Kessler",
                "October 21, 2019 at 5:30 PM",
                "@Cinema Sal we will fight about this at the next meetup",
            ),
        ),
        paragraphs=(
            """Okay. I've been sitting on this one for a week because every time I started writing I ended up typing the word "wow" and deleting it. Let's try again.""",
            """I saw Parasite on a Tuesday afternoon at the art house downtown, the one with the broken seat in row F that they never fix, and the place was maybe a third full. By the end people were gasping out loud. One woman behind me said "oh no, oh no, oh NO" for about two straight minutes during the big sequence in the middle, and honestly? Same.""",
            """If you haven't seen it, here's the setup, and I'll keep it vague because the less you know the better. The Kim family (dad Ki-taek, played by Song Kang-ho, mom Chung-sook, son Ki-woo and daughter Ki-jung) live in a cramped half-underground apartment and scrape by folding pizza boxes. Ki-woo gets a gig tutoring the daughter of the rich Park family, and pretty soon the whole Kim clan has wormed its way into the Parks' gorgeous house under fake identities. Mr. Park (Lee Sun-kyun) is polite and distant; Mrs. Park (Cho Yeo-jeong) believes anything you tell her with enough confidence.""",
            """That's maybe the first 40 minutes. What happens after that I am not going to tell you.""",
            """What I will tell you is that Bong Joon Ho is operating on a level here that I don't think he's hit before, and I say that as someone who loves *Memories of Murder* and *The Host* (and even kind of defends *Okja*). Every shot is doing two or three things at once. The house is basically a character, with all its stairs and windows and hidden corners, and the way he uses vertical space - up the hill for the rich, down the stairs for the poor, and then DOWN some more - is so clear a kid could follow it, and yet it never once felt like a lecture to me. (I know some people disagree. They're wrong, but I know.)""",
            """Song Kang-ho is the MVP. He does this thing with his face when Mr. Park mentions the way he smells, a tiny flinch that he immediately covers up, and the whole movie is kind of in that flinch. Park So-dam as Ki-jung is also a riot - her little jingle for memorizing her fake background has been stuck in my head all week.""",
            """Is it perfect? The last few minutes have a sort of coda that I wasn't sure about the first time, but the more I think about it the more I think it's devastating on purpose. At 132 minutes it never drags for a second. Go see it. Go see it with someone you can talk to afterward, because you are going to need to talk.""",
        ),
    ),
    PageSpec(
        slug="drive-2011",
        film_id="drive-2011",
        title="Drive",
        year=2011,
        headline="Drive (2011)",
        dek=None,
        critic="Nadia Ferrante",
        posted_by="Walt Kessler",
        extra_chrome=("Guest review by Nadia Ferrante",),
        published="2011-09-19",
        published_display="Monday, September 19, 2011",
        clock="11:48 PM",
        grade_raw="B+",
        grade_value=83.0,
        score=83.0,
        labels=("2011", "B grades", "guest posts", "noir", "reviews"),
        infobox=(
            ("Directed by", "Nicolas Winding Refn"),
            (
                "Cast",
                "Ryan Gosling, Carey Mulligan, Bryan Cranston, Albert Brooks, Oscar Isaac, Christina Hendricks, Ron Perlman",
            ),
        ),
        facts=FilmFacts(
            directors=("Nicolas Winding Refn",),
            cast=(
                ("Ryan Gosling", "Driver"),
                ("Carey Mulligan", "Irene"),
                ("Bryan Cranston", "Shannon"),
                ("Albert Brooks", "Bernie Rose"),
                ("Oscar Isaac", "Standard"),
                ("Christina Hendricks", None),
                ("Ron Perlman", "Nino"),
            ),
        ),
        comments=(
            Comment(
                "Walt Kessler",
                "September 20, 2011 at 7:15 AM",
                "Okay okay I'm going tomorrow. Thanks Nadia!",
            ),
            Comment(
                "Anonymous",
                "September 22, 2011 at 1:03 AM",
                "The elevator scene!!! Best movie of 2011, A+ all the way.",
            ),
        ),
        paragraphs=(
            """Walt has been bugging me for a month to write something for this blog, so here it is, and naturally I picked the movie he hasn't seen yet. Sorry, Walt. You'll like it. Everyone with a pulse and a soft spot for satin jackets is going to like it.""",
            """Ryan Gosling plays a guy with no name (the credits just call him Driver) who does stunt driving for the movies by day, fixes cars at a garage owned by the hangdog Shannon (Bryan Cranston), and drives getaway cars for hire at night. His rules: you get five minutes, no more, and no questions. He falls, very quietly, for his neighbor Irene (Carey Mulligan) and her little boy, whose father, Standard (Oscar Isaac), is about to get out of prison owing money to some very bad people. Driver agrees to help with one job to square the debt. It goes wrong. You knew that.""",
            """The first ten minutes are as good as anything I've seen this year: a getaway told almost entirely through a police scanner, a wristwatch and Gosling's eyes in the rearview mirror, set to a pulsing synth score and ending with the car vanishing into the crowd outside a basketball game. Director Nicolas Winding Refn, a Dane making his first Hollywood movie, clearly loves Michael Mann and '80s neon in equal measure, and the soundtrack (all breathy electro-pop) is going to be on a lot of playlists.""",
            """Then the violence starts, and wow, does it start. There's a scene in an elevator that goes from the most romantic kiss of the year to a man's head being stomped flat in about fifteen seconds, and I honestly don't know whether the movie wants me to swoon or throw up. Probably both. Refn likes to push until you flinch.""",
            """Albert Brooks, of all people, steals the movie as Bernie Rose, a genial ex-producer turned gangster who handles a straight razor like a letter opener. Ron Perlman is his cruder partner Nino, and Christina Hendricks shows up just long enough to make an impression and then, well, stops making one. Mulligan doesn't get much to say, but she and Gosling do a lot with long, smiling silences.""",
            """My complaint is that Driver is less a character than a pose - a toothpick, a scorpion jacket, a stare - and by the end the movie is so in love with his silence that it forgets to give him an inner life. Style this good can carry you a long way. It can't carry you all the way.""",
        ),
    ),
    PageSpec(
        slug="the-grand-budapest-hotel-2014",
        film_id="the-grand-budapest-hotel-2014",
        title="The Grand Budapest Hotel",
        year=2014,
        headline="The Grand Budapest Hotel (2014)",
        dek=None,
        critic="Walt Kessler",
        published="2014-03-16",
        published_display="Sunday, March 16, 2014",
        clock="10:02 PM",
        grade_raw="B-",
        grade_value=67.0,
        score=67.0,
        labels=("2014", "B grades", "reviews", "Wes Anderson"),
        facts=FilmFacts(
            directors=("Wes Anderson",),
            cast=(
                ("Jude Law", None),
                ("F. Murray Abraham", "Mr. Moustafa"),
                ("Tony Revolori", "Zero"),
                ("Ralph Fiennes", "M. Gustave"),
                ("Tilda Swinton", "Madame D."),
                ("Adrien Brody", "Dmitri"),
                ("Saoirse Ronan", "Agatha"),
                ("Bill Murray", None),
                ("Owen Wilson", None),
                ("Willem Dafoe", None),
            ),
        ),
        comments=(
            Comment("Anonymous", "March 17, 2014 at 9:20 AM", "B- ?! It's his best movie. Easy A."),
            Comment(
                "Marcy",
                "March 18, 2014 at 12:44 PM",
                "I'm with you, Walt. Pretty but cold. Loved Fiennes though.",
            ),
        ),
        paragraphs=(
            """Confession time: I have a complicated relationship with Wes Anderson. I love *Rushmore*. I love *Fantastic Mr. Fox*. I've tried three times to get through *The Life Aquatic* and fallen asleep three times. So I went into The Grand Budapest Hotel hoping for the good Wes, and what I got was... both Weses, I guess.""",
            """The movie is a story inside a story inside a story. A young writer (Jude Law) visits a faded hotel in the mountains of the made-up Republic of Zubrowka in the 1960s and meets its owner, Mr. Moustafa (F. Murray Abraham), who tells him how he came to own the place. Flashback to the 1930s: young Zero (Tony Revolori) is the new lobby boy under the legendary concierge M. Gustave (Ralph Fiennes), who runs the hotel like a symphony and sleeps with most of its elderly, blonde, rich guests. When one of them, Madame D. (Tilda Swinton, under a mountain of old-age makeup), dies and leaves Gustave a priceless painting, her awful son Dmitri (Adrien Brody) frames him for murder, and we're off: prison break, ski chase, cable cars, a secret society of concierges, the works.""",
            """Ralph Fiennes is a revelation. I had no idea he could be this funny. Gustave is vain and pompous and recites bad poetry, but he's also brave in a way that sneaks up on you, and Fiennes delivers every line (including a LOT of cursing, which is a riot coming out of that mouth) with perfect timing. Revolori is good too, in a quieter way, and Saoirse Ronan as Agatha, the pastry girl Zero loves, is sweet if underused.""",
            """But here's my problem. Everything is SO designed. The pink hotel, the pastry boxes, the screen shape changing for each time period, the cameo from basically every actor Anderson has ever met (Bill Murray! Owen Wilson! Willem Dafoe as a leather-clad hit man!) - it's all delightful, and after about an hour it started to feel like walking through a very expensive dollhouse. I admired every frame and felt almost nothing until the very end.""",
            """And to be fair, the end got me. There's a short passage about what became of Zero and Agatha, told in a few lines of narration, that hits harder than the whole caper before it, and it made me wish the rest of the movie had trusted that kind of sadness a little more.""",
            """So: gorgeous, clever, funny in spots, and kind of hollow. Anderson fans will eat it up like one of those pink pastry boxes. I'll probably watch it again. I'll probably fall asleep again.""",
        ),
    ),
    PageSpec(
        slug="crash-2004-really-academy",
        film_id="crash-2004",
        title="Crash",
        year=2004,
        headline="Crash (2004)... really, Academy?",
        dek=None,
        critic="Walt Kessler",
        published="2006-03-06",
        published_display="Monday, March 6, 2006",
        clock="7:51 AM",
        grade_raw="C-",
        grade_value=42.0,
        score=42.0,
        labels=("C grades", "Oscars", "reviews"),
        facts=FilmFacts(
            directors=("Paul Haggis",),
            writers=("Paul Haggis",),
            cast=(
                ("Don Cheadle", None),
                ("Brendan Fraser", None),
                ("Sandra Bullock", "Jean"),
                ("Ludacris", None),
                ("Matt Dillon", None),
                ("Ryan Phillippe", None),
                ("Terrence Howard", None),
                ("Thandie Newton", None),
                ("Michael Pena", None),
            ),
        ),
        comments=(
            Comment(
                "Anonymous",
                "March 6, 2006 at 10:13 AM",
                "Crash deserved it. Brokeback was boring and you know it.",
            ),
            Comment("Jenny B", "March 6, 2006 at 1:40 PM", "C- is generous. I'd give it a D."),
            Comment(
                "Walt Kessler",
                "March 6, 2006 at 9:02 PM",
                "@Jenny I was feeling charitable, it was the morning after",
            ),
        ),
        paragraphs=(
            """So Crash won Best Picture last night. Over *Brokeback Mountain*. I watched the envelope get opened at my sister's Oscar party and there was an actual audible groan from the couch, and then my brother-in-law, who loved Crash, said "see?" and I had to go stand in the kitchen for a while.""",
            """I saw Crash last spring and didn't write about it then because I couldn't figure out what to say. Now I can, so here goes.""",
            """It's one of those everything-is-connected L.A. movies. Over a couple of days, a bunch of people bump into each other: a detective (Don Cheadle) with a strung-out mom and a car-thief little brother, the D.A. (Brendan Fraser) and his wife Jean (Sandra Bullock), who get carjacked by two young guys, one of whom (Ludacris) gives speeches about racism in between stealing cars, a racist cop (Matt Dillon) and his idealistic partner (Ryan Phillippe), a TV director (Terrence Howard) and his wife (Thandie Newton), an Iranian store owner who buys a gun, a Latino locksmith with a little daughter. Everybody's racist, then everybody learns something, then it snows.""",
            """Look, the cast is great. Terrence Howard is really good, and Michael Pena (the locksmith) has the one scene in the movie that actually made me tear up, the one with the invisible cloak. Matt Dillon got an Oscar nomination and he earned it, more or less, in the scene where he pulls Thandie Newton out of the burning car. That scene is well made. I'll give it that.""",
            """But the whole thing is so... obvious. Paul Haggis directed and co-wrote it, and every character is a Point. Nobody has a conversation, they have Debates About Race, and then the plot arranges for each of them to get punished or redeemed right on cue. The rich white lady who was mean to her Latino locksmith falls down the stairs and realizes her housekeeper is her only friend. Come on. It's a movie that thinks it's brave for saying racism is bad, and then it congratulates you for agreeing.""",
            """I'm not saying it's the worst movie ever. It's watchable, it moves along, and you'll probably argue about it in the car, which I guess is a point in its favor. But Best Picture? Over Brokeback, over *Good Night, and Good Luck*, over *Munich*? No. Just no.""",
        ),
    ),
    PageSpec(
        slug="cats-2019-i-have-seen-things",
        film_id="cats-2019",
        title="Cats",
        year=2019,
        headline="Cats (2019): I Have Seen Things",
        dek=None,
        critic="Nadia Ferrante",
        published="2019-12-22",
        published_display="Sunday, December 22, 2019",
        clock="1:37 AM",
        grade_raw="D",
        grade_value=25.0,
        score=25.0,
        labels=("2019", "D grades", "guest posts", "musicals", "reviews"),
        facts=FilmFacts(
            directors=("Tom Hooper",),
            cast=(
                ("Francesca Hayward", "Victoria"),
                ("Judi Dench", "Old Deuteronomy"),
                ("Idris Elba", "Macavity"),
                ("Jennifer Hudson", "Grizabella"),
                ("Rebel Wilson", None),
                ("James Corden", None),
                ("Jason Derulo", "Rum Tum Tugger"),
                ("Taylor Swift", None),
                ("Ian McKellen", None),
            ),
        ),
        comments=(
            Comment("Walt Kessler", "December 22, 2019 at 10:05 AM", '"cat death" I\'m crying'),
            Comment(
                "Anonymous",
                "December 23, 2019 at 4:16 PM",
                "My kids loved it, lighten up. It's a fun movie.",
            ),
        ),
        paragraphs=(
            """I went to see Cats on opening night with four friends and a flask (sorry, local multiplex), and I want to be clear that we went in rooting for it. We wanted it to be good-bad. We wanted to scream and sing along. For the first ten minutes, we did.""",
            """If you've somehow avoided the trailer: Francesca Hayward plays Victoria, a white kitten dumped in a London alley, who falls in with a gang of "Jellicle cats" on the night of their annual ball. At the ball, Old Deuteronomy (Judi Dench, in what appears to be a fur coat made of another cat) will pick one cat to go to the Heaviside Layer, which is cat heaven, or cat reincarnation, or cat death - the movie is unclear and so, I think, was everyone involved. There's a bad cat, Macavity (Idris Elba), who wants to win and makes his rivals vanish. There's a sad cat, Grizabella (Jennifer Hudson), who sings "Memory." There are a lot of other cats.""",
            """Here's the thing nobody warned me about: it's not just weird, it's boring. Once the shock of the CGI fur wears off (and it does wear off, sort of, the way you get used to a bad smell), you're left with a revue of songs introducing characters who then do nothing. Rebel Wilson unzips her skin to reveal another skin. James Corden does a number about being fat. Jason Derulo, as Rum Tum Tugger, sings about milk. Taylor Swift shows up, does a slinky little number with a bag of catnip and disappears like she has somewhere better to be, which she did.""",
            """The only person who comes out of this with her dignity is Jennifer Hudson, who sings "Memory" like her life depends on it. It's a genuinely committed performance in a movie that absolutely does not deserve it. Ian McKellen also seems to be having a lovely time. Good for him.""",
            """Director Tom Hooper and his effects people were apparently still working on this thing right up to release, and I read tonight that the studio is already sending theaters a patched version with fixed effects. Like a video game. I believe it. The whole movie looks unfinished, and not in a charming way.""",
            """So: see it drunk, or don't see it. I'm giving it a D instead of an F purely for Jennifer Hudson and for the one moment where a cat dances along a piano and I felt something like joy. Then the joy went away. Then there was more Cats.""",
        ),
    ),
    PageSpec(
        slug="before-the-remake-revisiting-oldboy",
        film_id="oldboy-2003",
        title="Oldboy",
        year=2003,
        headline="Before the remake: revisiting Oldboy",
        dek=None,
        critic="Walt Kessler",
        published="2013-11-24",
        published_display="Sunday, November 24, 2013",
        clock="9:14 PM",
        score=85.0,
        labels=("Korean", "Park Chan-wook", "revisits"),
        facts=FilmFacts(
            directors=("Park Chan-wook",),
            cast=(
                ("Choi Min-sik", "Oh Dae-su"),
                ("Kang Hye-jung", "Mi-do"),
                ("Yoo Ji-tae", "Lee Woo-jin"),
            ),
        ),
        comments=(
            Comment(
                "Dev",
                "November 25, 2013 at 8:12 AM",
                "I still have that DVD! Best movie we ever watched in that basement.",
            ),
            Comment(
                "Anonymous",
                "November 26, 2013 at 3:33 PM",
                "Overrated honestly. The twist is just gross.",
            ),
            Comment(
                "Cinema Sal", "November 27, 2013 at 11:58 PM", "Saw the remake tonight. Don't."
            ),
        ),
        paragraphs=(
            """Spike Lee's Oldboy remake comes out this week, and I'll probably see it, because I'm a glutton for punishment. But first I wanted to go back to the original, which I first saw on a beat-up DVD in 2005 in my friend Dev's basement and have not been able to fully shake in the eight years since.""",
            """Quick refresher. Oh Dae-su (Choi Min-sik) is a schlubby, drunk businessman who gets snatched off the street one rainy night and locked in a shabby hotel-room prison for fifteen years, with no explanation. He's fed fried dumplings through a slot. He watches TV. He learns that his wife has been murdered and that he's the suspect. He trains himself to fight by punching the wall. Then one day he's released, just like that, and he has five days to figure out who locked him up and why. Helping him is Mi-do (Kang Hye-jung), a young sushi chef he meets, in one of the most memorable scenes of the decade, by eating a live octopus at her counter. The man behind it all, Lee Woo-jin (Yoo Ji-tae), is a rich, smiling creep who seems to be enjoying the game a little too much.""",
            """The hallway fight is still the thing everybody talks about, and it deserves it: one long sideways tracking shot of Dae-su working his way down a corridor with a hammer, getting stabbed in the back and just... keeping going. No cuts, no music-video editing, just exhaustion. A decade of action movies has tried to copy it. Nobody's topped it.""",
            """What I appreciated more this time is how funny it is, in a sick way, and how sad. Choi Min-sik gives one of the all-time great performances - he's a wild animal and a heartbroken kid at the same time - and director Park Chan-wook keeps switching tones on you, slapstick to horror to tragedy, sometimes inside a single scene. The music, all swooning waltz-time strings, makes it feel like an opera.""",
            """It's not a movie for everybody, and I'll admit the twist still makes me squirm in a way I'm not sure is entirely earned. The last half hour piles on explanation, and there's a scene involving scissors that I will never watch with my eyes open. But that's kind of the point. It's supposed to hurt.""",
            """Anyway, I'm not giving this one a grade, because it would be silly to grade something I've seen five times. It's one of the best thrillers ever made. Watch it before you see the remake, or better yet, instead.""",
        ),
    ),
]

# ---------------------------------------------------------------- Pictures & Motion (crawler text dumps)

PICTURES = Publication("pictures-and-motion", "Pictures & Motion", "txt", curly=True)

PM_DONATE = (
    "Pictures & Motion is reader-supported. Donate today and keep independent criticism free."
)

PM_HEADER = (
    "Skip to content",
    PM_DONATE,
    "Donate",
    "Pictures & Motion",
    "Home",
    "Collapse Expand Reviews",
    "New Releases",
    "Home Video",
    "Repertory",
    "Collapse Expand Features",
    "Interviews",
    "Essays",
    "Lists",
    "Podcast",
    "Newsletter",
    "Search for:",
    "Search",
)

PM_SHARE = ("Share this:", "Facebook", "X", "Email", "Copy Link")

PM_FOOTER = (
    "PM Picks",
    "Best of the Year",
    "Streaming Now",
    "Repertory Calendar",
    "From the Archive",
    "Newsletter",
    "Sign up for the Pictures & Motion weekly: reviews, essays and repertory listings in your inbox every Friday.",
    "Email address",
    "Subscribe",
    "About",
    "Masthead",
    "Contact",
    "Advertise",
    "Privacy Policy",
    "Terms of Use",
    "We use cookies to understand how you use our site and to improve your experience. By continuing, you accept our use of cookies.",
    "Accept",
    "Manage preferences",
    "© 2024 Pictures & Motion Media LLC. All rights reserved.",
    "Pictures & Motion is a registered trademark of Pictures & Motion Media LLC.",
)


def render_pictures(page: PageSpec) -> str:
    """A crude crawler's flattening: one block per line, template lines identical on every page."""
    index = PICTURES.pages.index(page)
    lines: list[str] = [*PM_HEADER, ""]
    lines += [page.section, reader_text(page.headline, True)]
    if page.dek:
        lines.append(reader_text(page.dek, True))
    lines += [f"By {page.critic}", page.published_display]
    lines += [f"{label}: {value}" for label, value in page.infobox]
    lines.append("")
    separator = [""] if index % 2 == 0 else []
    for markup in page.paragraphs:
        lines.append(reader_text(markup, True))
        lines += separator
    if not separator:
        lines.append("")
    lines += [f"Tags: {', '.join(page.labels)}", *PM_SHARE, PM_DONATE, "Donate", "Related"]
    lines += [f"{title} {when}" for title, when in page.related]
    lines += page.extra_chrome
    lines += [*PM_FOOTER]
    return "\n".join(lines) + "\n"


PICTURES.pages += [
    PageSpec(
        slug="drive-review",
        film_id="drive-2011",
        title="Drive",
        year=2011,
        headline="Drive Is All Chrome and No Engine",
        dek="Ryan Gosling's getaway man glides through a Los Angeles of pure, gleaming surface.",
        critic="Owen Takahashi",
        published="2011-09-16",
        published_display="September 16, 2011",
        score=50.0,
        infobox=(
            ("Director", "Nicolas Winding Refn"),
            ("Writers", "Hossein Amini"),
            (
                "Starring",
                "Ryan Gosling, Carey Mulligan, Bryan Cranston, Albert Brooks, Oscar Isaac, Ron Perlman",
            ),
            ("Distributor", "FilmDistrict"),
            ("Rated", "R"),
            ("Running time", "100 minutes"),
            ("Release date", "September 16, 2011"),
        ),
        facts=FilmFacts(
            directors=("Nicolas Winding Refn",),
            writers=("Hossein Amini",),
            cast=(
                ("Ryan Gosling", "Driver"),
                ("Carey Mulligan", "Irene"),
                ("Bryan Cranston", "Shannon"),
                ("Albert Brooks", "Bernie Rose"),
                ("Oscar Isaac", "Standard"),
                ("Ron Perlman", "Nino"),
            ),
            distributor="FilmDistrict",
            mpaa_rating="R",
            runtime_minutes=100,
            release_date="2011-09-16",
        ),
        labels=("Nicolas Winding Refn", "Ryan Gosling", "neo-noir", "Cannes"),
        related=(
            ("Thief at 30: Michael Mann's Blue-Collar Heist Still Burns", "September 2, 2011"),
            ("Contagion Is a Chillingly Plausible Procedural", "September 9, 2011"),
            ("Interview: Writing Crime Fiction for the Screen", "August 26, 2011"),
        ),
        extra_chrome=("Filed under: Reviews, New Releases",),
        paragraphs=(
            """There is a shot early in *Drive* that tells you almost everything about the film, for better and worse. Ryan Gosling, as a getaway man known only as the Driver, sits behind the wheel of an idling car outside a warehouse, a toothpick in his mouth, watching the second hand of his wristwatch sweep toward the five-minute limit he gives his clients. Downtown Los Angeles glows orange behind him. Nothing is happening, and it is gorgeous.""",
            """Adapted by Hossein Amini from James Sallis's lean 2005 novel, the story is the old one about a loner who breaks his own rules for a woman. The Driver works days as a movie stunt driver and as a mechanic for Shannon (Bryan Cranston), a limping small-timer who hopes to put him in a stock car with money borrowed from a pair of gangsters, Bernie Rose (Albert Brooks) and Nino (Ron Perlman). He befriends his neighbor Irene (Carey Mulligan) and her young son, and when Irene's husband, Standard (Oscar Isaac), comes home from prison with a debt to settle, the Driver offers to drive for the robbery that will pay it off.""",
            """Nicolas Winding Refn, the Danish director of the *Pusher* trilogy and *Bronson*, won the directing prize at Cannes for this, and you can see why a jury would. Every frame is composed like an album cover. Newton Thomas Sigel's cinematography turns freeways into rivers of light; the synth-pop soundtrack, with its breathy vocals and its hot-pink cursive titles, announces a film that knows exactly which 1980s it wants to evoke; and the car sequences, which favor sound and silence over speed, are a welcome rebuke to the shaky-cam chaos of most modern action films.""",
            """But *Drive* fails as a thriller even as it succeeds as a mood piece. The plot, once the robbery goes bad, is a straight line of reprisals, and Refn seems bored by its mechanics; he lingers instead on slow-motion glances and on violence staged as a kind of grotesque punctuation, skulls crushed and throats opened in loving close-up. The Driver himself is a blank, and Gosling, whose gift is for hinting at the tumult under a placid surface, has been given no tumult to hint at. We know he loves Irene because the music tells us so.""",
            """The supporting cast does its best to fill the vacuum. Brooks, cast wildly against type, is superb as a gangster whose weary courtesy makes his cruelty more frightening, and Cranston gives Shannon a hangdog optimism that makes his fate sting. Mulligan, a wonderful actress, is asked mostly to look wistful in doorways.""",
            """I suspect *Drive* will be loved, and its quilted jacket will be copied by a great many young men. It is a beautiful object. I wish it had been more than that.""",
        ),
    ),
    PageSpec(
        slug="the-grand-budapest-hotel-review",
        film_id="the-grand-budapest-hotel-2014",
        title="The Grand Budapest Hotel",
        year=2014,
        headline="The Grand Budapest Hotel review: Wes Anderson's finest confection",
        dek="A farce about a concierge, a painting and the end of a world, built with the precision of a pastry tower.",
        critic="Priya Raman",
        published="2014-03-07",
        published_display="2014-03-07",
        score=85.0,
        infobox=(
            ("Director", "Wes Anderson"),
            ("Writers", "Wes Anderson, Hugo Guinness"),
            (
                "Starring",
                "Ralph Fiennes, Tony Revolori, F. Murray Abraham, Saoirse Ronan, Adrien Brody, Willem Dafoe, Jeff Goldblum, Edward Norton, Tilda Swinton",
            ),
            ("Distributor", "Fox Searchlight Pictures"),
            ("Rated", "R"),
            ("Running time", "99 minutes"),
            ("Release date", "March 7, 2014"),
        ),
        facts=FilmFacts(
            directors=("Wes Anderson",),
            writers=("Wes Anderson", "Hugo Guinness"),
            cast=(
                ("Ralph Fiennes", "M. Gustave H."),
                ("Tony Revolori", "Zero Moustafa"),
                ("F. Murray Abraham", "Zero"),
                ("Saoirse Ronan", "Agatha"),
                ("Adrien Brody", "Dmitri"),
                ("Willem Dafoe", "Jopling"),
                ("Jeff Goldblum", None),
                ("Edward Norton", None),
                ("Tilda Swinton", "Madame D."),
            ),
            distributor="Fox Searchlight Pictures",
            mpaa_rating="R",
            runtime_minutes=99,
            release_date="2014-03-07",
        ),
        labels=("Wes Anderson", "Ralph Fiennes", "comedy", "Berlinale"),
        related=(
            ("Under the Skin: Scarlett Johansson Goes Hunting in Glasgow", "April 4, 2014"),
            ("Every Wes Anderson Film, Ranked", "March 5, 2014"),
            ("The Lunchbox Delivers a Quiet Mumbai Romance", "February 28, 2014"),
        ),
        extra_chrome=(
            "Filed under: Reviews, New Releases",
            "Related: Interview with the production designer of a very pink hotel",
        ),
        paragraphs=(
            """Wes Anderson's films have always been boxes within boxes, and *The Grand Budapest Hotel* is the most elaborate box he has built: a story told by an author, recalling a conversation with an old man, who recalls his youth in a grand hotel in a country that never existed. Each layer is framed at a different aspect ratio, from the squarish frame of the 1930s to the widescreen of the 1960s, and the effect is less like a flashback than like opening a series of nested music boxes, each playing a fainter tune.""",
            """The innermost story belongs to M. Gustave H. (Ralph Fiennes), the fastidious, perfumed concierge of the Grand Budapest, a pink confection of a hotel perched on a mountainside in the fictional Republic of Zubrowka, and to Zero Moustafa (Tony Revolori), the refugee lobby boy he takes under his wing. When one of Gustave's elderly lovers, Madame D. (Tilda Swinton), dies under suspicious circumstances and leaves him a priceless painting called "Boy with Apple," her son Dmitri (Adrien Brody) and his leather-coated enforcer, Jopling (Willem Dafoe), set out to destroy him. What follows is a caper of prison breaks, secret societies and sled chases, narrated decades later by the elderly Zero (F. Murray Abraham).""",
            """Fiennes is the film's great surprise and its engine. He plays Gustave as a man who has made civility into an art form precisely because he knows how thin it is, and he swings from florid compliments to bursts of startling profanity with the timing of a silent comedian. Revolori, a newcomer, is an ideal straight man, and Saoirse Ronan, as Agatha, the baker's apprentice Zero loves, brings a clear-eyed warmth to a small part.""",
            """Anderson's detractors will find everything they dislike here: the symmetrical compositions, the miniature sets, the procession of famous faces in tiny roles (Jeff Goldblum as a doomed lawyer, Edward Norton as a decent police inspector). But the fussiness has a purpose this time. The film is set on the eve of a war that is never named but is plainly fascist, and the soldiers who keep interrupting the comedy, each time more menacing, remind us that the world Gustave polishes so lovingly is about to be smashed.""",
            """The middle stretch, with its prison break and its chain of telephone calls between concierges, is perhaps one set piece too long, and the film's affection for its own gadgetry occasionally crowds out its feeling. It is a minor complaint about a film this deft.""",
            """By the time the aged Zero explains why he has kept the hotel running long after its glory faded, the boxes have all been opened, and what is inside turns out to be grief: for a friend, for a wife, for a civilization that believed manners could hold back barbarism. *The Grand Budapest Hotel* is Anderson's funniest film and, quietly, his saddest, and it may be his best.""",
        ),
    ),
    PageSpec(
        slug="crash-a-sermon-in-a-traffic-jam",
        film_id="crash-2004",
        title="Crash",
        year=2004,
        headline="Crash: A Sermon in a Traffic Jam",
        dek="Paul Haggis's Los Angeles ensemble mistakes coincidence for insight.",
        critic="Lucia Brenner",
        published="2005-05-06",
        published_display="May 6, 2005",
        score=25.0,
        infobox=(
            ("Director", "Paul Haggis"),
            ("Writers", "Paul Haggis, Bobby Moresco"),
            (
                "Starring",
                "Sandra Bullock, Don Cheadle, Matt Dillon, Jennifer Esposito, Brendan Fraser, Terrence Howard, Ludacris, Thandie Newton, Ryan Phillippe, Larenz Tate, Michael Peña",
            ),
            ("Distributor", "Lions Gate Films"),
            ("Rated", "R"),
            ("Running time", "112 minutes"),
            ("Release date", "May 6, 2005"),
        ),
        facts=FilmFacts(
            directors=("Paul Haggis",),
            writers=("Paul Haggis", "Bobby Moresco"),
            cast=(
                ("Sandra Bullock", "Jean"),
                ("Don Cheadle", "Graham"),
                ("Matt Dillon", "Officer Ryan"),
                ("Jennifer Esposito", "Ria"),
                ("Brendan Fraser", None),
                ("Terrence Howard", "Cameron"),
                ("Ludacris", "Anthony"),
                ("Thandie Newton", "Christine"),
                ("Ryan Phillippe", None),
                ("Larenz Tate", "Peter"),
                ("Michael Peña", "Daniel"),
            ),
            distributor="Lions Gate Films",
            mpaa_rating="R",
            runtime_minutes=112,
            release_date="2005-05-06",
        ),
        labels=("Paul Haggis", "Los Angeles", "ensemble drama"),
        related=(
            ("Kingdom of Heaven: Ridley Scott's Crusade Runs Out of Faith", "May 6, 2005"),
            ("Short Cuts and the Art of the Los Angeles Mosaic", "April 29, 2005"),
            ("Interview: Don Cheadle on Choosing Roles", "May 4, 2005"),
        ),
        extra_chrome=("Filed under: Reviews, New Releases", "Comments are closed."),
        paragraphs=(
            """*Crash* is a film about racism that appears to believe racism is a kind of weather: it blows in, it soaks everyone equally, and it clears up in time for a closing shot of snow falling on Los Angeles. That this is meant as a hopeful image tells you a good deal about the film's sense of proportion.""",
            """Paul Haggis, who directed and wrote the script with Bobby Moresco, braids together roughly a dozen Angelenos over two days. A district attorney (Brendan Fraser) and his brittle wife, Jean (Sandra Bullock), are carjacked at gunpoint by two young Black men, Anthony (Ludacris) and Peter (Larenz Tate). A veteran patrol cop, Officer Ryan (Matt Dillon), sexually humiliates Christine (Thandie Newton) during a traffic stop while her husband, Cameron (Terrence Howard), is made to watch. A police detective, Graham (Don Cheadle), sleeps with his partner, Ria (Jennifer Esposito), and insults her heritage in the same breath. An Iranian shop owner buys a gun; a Latino locksmith, Daniel (Michael Peña), tucks his daughter into bed.""",
            """Each of these figures is allotted a moment of ugliness and a moment of grace, and Haggis arranges them with the tidy symmetry of a sermon. The racist cop becomes a hero; the liberal cop becomes a killer; the frightened housewife discovers that her housekeeper is her best friend. What the film never does is imagine any of these people as more than the lesson they have been assigned to teach. Prejudice here is entirely personal, a matter of rude words and bad moods, and the institutions that shape a city like Los Angeles (its police, its courts, its neighborhoods) appear only as backdrops for private epiphanies.""",
            """The dialogue is relentless. Characters do not speak so much as deliver position papers, and when Anthony lectures his friend on the racial politics of hip-hop and city buses, the film seems to think it is being daring rather than merely schematic. Even the gifted actors drown. Howard finds a moving stillness in a humiliated man, and Peña's scene with his little girl and her "invisible cloak" is the one place where the film's craving for catharsis is briefly earned. But the surrounding machinery grinds them down.""",
            """I do not doubt the sincerity of *Crash*. Sincerity is its problem. It flatters its audience into believing that recognizing prejudice in a screenwriter's puppets is the same as reckoning with it, and it mistakes coincidence, that oldest of melodramatic devices, for insight. A film about a city where nobody touches anyone has somehow managed not to touch anything at all.""",
        ),
    ),
    PageSpec(
        slug="oldboy-blu-ray-review",
        film_id="oldboy-2003",
        title="Oldboy",
        year=2003,
        headline="Oldboy (Blu-ray)",
        dek="Park Chan-wook's revenge thriller returns on disc, as ferocious and as sad as ever.",
        critic="Owen Takahashi",
        published="2016-08-30",
        published_display="Aug 30, 2016",
        section="Home Video",
        score=90.0,
        infobox=(
            ("Director", "Park Chan-wook"),
            ("Starring", "Choi Min-sik, Yoo Ji-tae, Kang Hye-jung"),
            ("Rated", "R"),
            ("Running time", "120 minutes"),
            ("Format", "Blu-ray"),
            ("Video", "1080p"),
            ("Aspect ratio", "2.35:1"),
            ("Audio", "Korean DTS-HD Master Audio 5.1"),
        ),
        facts=FilmFacts(
            directors=("Park Chan-wook",),
            cast=(
                ("Choi Min-sik", "Oh Dae-su"),
                ("Yoo Ji-tae", "Lee Woo-jin"),
                ("Kang Hye-jung", "Mi-do"),
            ),
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        home_video=HomeVideoSpec(
            format="Blu-ray",
            special_features=(
                "an audio commentary by Park Chan-wook",
                "a making-of documentary",
                "a selection of deleted scenes with optional director's commentary",
                "the original theatrical trailer",
            ),
            specs=(
                ("video", "1080p"),
                ("aspect_ratio", "2.35:1"),
                ("audio", "Korean DTS-HD Master Audio 5.1"),
            ),
        ),
        labels=("Park Chan-wook", "Korean cinema", "Blu-ray", "revenge"),
        related=(
            ("The Handmaiden Is Park Chan-wook's Most Playful Film", "October 21, 2016"),
            ("Home Video Roundup: August's Best Discs", "August 26, 2016"),
            ("Memories of Murder and the Art of the Unsolved Case", "July 15, 2016"),
        ),
        extra_chrome=(
            "Filed under: Home Video",
            "Disclosure: A review copy of this disc was provided by the distributor.",
        ),
        paragraphs=(
            """Few films of this century have been as thoroughly absorbed into the culture as *Oldboy*. Its corridor fight has been quoted, parodied and remade; its octopus has become a punchline; its twist is the kind of thing people warn each other about at parties. Returning to it on this new Blu-ray, I was struck by how little of that familiarity dulls the film itself. It is still a shock, and it is still, beneath the shock, one of the saddest movies I know.""",
            """Loosely adapted from a Japanese manga by Garon Tsuchiya and Nobuaki Minegishi, the story follows Oh Dae-su (Choi Min-sik), an unremarkable salaryman who is abducted after a drunken night and imprisoned in a windowless room for fifteen years without being told why. Released as abruptly as he was taken, he sets out to find his jailer, helped by a young sushi chef, Mi-do (Kang Hye-jung), and is soon contacted by a wealthy, unnervingly calm man, Lee Woo-jin (Yoo Ji-tae), who gives him five days to solve the mystery of his own imprisonment.""",
            """Park Chan-wook directs with a showman's appetite for the grand gesture. The camera glides through walls, split screens fracture Dae-su's memories, and the score's mournful waltzes give even the bloodiest passages a ballroom formality. The celebrated hallway battle, a single lateral tracking shot of one man with a hammer against a corridor full of thugs, remains a marvel of choreography and endurance, but the scenes I find myself returning to are quieter: Dae-su in his cell, watching the years pass on a television set, or Woo-jin alone in his immaculate penthouse, waiting.""",
            """Choi's performance is the film's center of gravity, a feral, grieving, sometimes hilarious portrait of a man whose personality has been scraped away and rebuilt out of rage. Yoo, all smooth surfaces, is his perfect opposite, and Kang gives Mi-do a wary tenderness that makes the final revelations land with awful weight.""",
            """## The disc""",
            """This edition presents the film in its original 2.35:1 aspect ratio in a new high-definition transfer that is a clear improvement over earlier home video releases: the sickly greens and sodium yellows of the photography are rich without being overcooked, the grain is intact, and the dark corridors of Dae-su's prison hold their detail. The Korean 5.1 track is punchy and well balanced, with the score given room to swell.""",
            """The special features include: an audio commentary by Park Chan-wook, a making-of documentary, a selection of deleted scenes with optional director's commentary, and the original theatrical trailer. The commentary is the highlight, full of candid production anecdotes; the deleted scenes are mostly minor trims, but worth a look for completists.""",
            """For anyone who has only met *Oldboy* through its imitators, this is the way to meet the original. Highly recommended.""",
        ),
    ),
    PageSpec(
        slug="crash-4k-restoration-review",
        film_id="crash-1996",
        title="Crash",
        year=1996,
        headline="Twisted Metal, Cold Skin: Cronenberg's Car-Crash Erotica, Restored in 4K",
        dek="A quarter century on, the scandal has faded and the strange tenderness remains.",
        critic="Priya Raman",
        published="2022-06-02",
        published_display="06/02/2022",
        section="Home Video",
        score=78.0,
        infobox=(
            ("Director", "David Cronenberg"),
            ("Writers", "David Cronenberg"),
            (
                "Starring",
                "James Spader, Holly Hunter, Elias Koteas, Deborah Kara Unger, Rosanna Arquette",
            ),
            ("Rated", "NC-17"),
            ("Running time", "100 minutes"),
            ("Format", "4K UHD"),
            ("Video", "2160p, HDR10"),
            ("Aspect ratio", "1.85:1"),
            ("Audio", "English DTS-HD Master Audio 5.1"),
        ),
        facts=FilmFacts(
            directors=("David Cronenberg",),
            writers=("David Cronenberg",),
            cast=(
                ("James Spader", "James Ballard"),
                ("Holly Hunter", "Helen Remington"),
                ("Elias Koteas", "Vaughan"),
                ("Deborah Kara Unger", "Catherine"),
                ("Rosanna Arquette", "Gabrielle"),
            ),
            mpaa_rating="NC-17",
            runtime_minutes=100,
        ),
        home_video=HomeVideoSpec(
            format="4K UHD",
            special_features=(
                "an audio commentary by David Cronenberg",
                "a new video essay on Ballard's novel and its adaptation",
                "a behind-the-scenes featurette from 1996",
                "trailers",
            ),
            specs=(
                ("video", "2160p, HDR10"),
                ("aspect_ratio", "1.85:1"),
                ("audio", "English DTS-HD Master Audio 5.1"),
            ),
        ),
        labels=("David Cronenberg", "J.G. Ballard", "4K UHD", "restorations"),
        related=(
            ("Home Video Roundup: May's Best Discs", "May 27, 2022"),
            ("Crimes of the Future Finds Cronenberg Back in the Body", "June 3, 2022"),
            ("Videodrome at 40: Long Live the New Flesh", "February 4, 2022"),
        ),
        extra_chrome=(
            "Filed under: Home Video, Repertory",
            "Disclosure: A review copy of this disc was provided by the distributor.",
        ),
        paragraphs=(
            """When David Cronenberg's *Crash* premiered at Cannes in 1996, it was received as a provocation, and for a while that was the only way anyone seemed able to talk about it. A quarter century later, watching it in this new 4K restoration, what stands out is not its explicitness, which now seems almost demure, but its strange, glacial tenderness. It is a film about people trying, with terrible earnestness, to feel something, and it has aged into one of its director's most coherent works.""",
            """Adapted by Cronenberg from J.G. Ballard's 1973 novel, it follows James Ballard (James Spader), a producer, and his wife, Catherine (Deborah Kara Unger), whose marriage is sustained by detached infidelities recounted to each other in bed. After a collision that kills a man, James becomes involved with the dead man's wife, Helen Remington (Holly Hunter), and through her with Vaughan (Elias Koteas), a scarred visionary who photographs wrecks and restages famous fatal crashes, and Gabrielle (Rosanna Arquette), whose injuries have left her body braced in steel.""",
            """The narrative is deliberately thin. What Cronenberg cares about is texture: the sheen of a dashboard, the pattern of a seatbelt bruise, the rhythm of traffic on the elevated highways around Toronto, which Peter Suschitzky photographs as a kind of endless, circulating bloodstream. Howard Shore's score, written for electric guitars and harps, hums like an engine at idle. The performances are pitched at a murmur, and the flatness that some found alienating in 1996 now reads as a precise description of a particular modern numbness.""",
            """It is not an easy film to love. Its sex scenes are numerous and deliberately repetitive, its characters almost interchangeable in their affectless hunger, and the middle third sags under the weight of its own rigor. Koteas's Vaughan, the one figure of real intensity, is offscreen for too long. But the repetition is the point, and the ending, on a grassy highway median, is as moving as anything Cronenberg has filmed.""",
            """## The restoration""",
            """The new 4K restoration is a revelation. The steel blues and gunmetal grays that looked murky on older releases now have depth and subtlety, the night scenes hold detail in the shadows without crushing, and the film's fine grain has been preserved rather than scrubbed away. The 5.1 mix gives Shore's guitars a new physical presence.""",
            """The special features include: an audio commentary by David Cronenberg, a new video essay on Ballard's novel and its adaptation, a behind-the-scenes featurette from 1996, and trailers. The commentary, sparing but pointed, is the one to seek out.""",
            """Whether *Crash* is a masterpiece or merely a dare remains a matter of temperament. On the evidence of this handsome restoration, I lean toward masterpiece.""",
        ),
    ),
    PageSpec(
        slug="oldboy-2013-review",
        film_id="oldboy-2013",
        title="Oldboy",
        year=2013,
        headline="Oldboy: Spike Lee's Faithful, Airless Remake",
        dek="Josh Brolin takes up the hammer in an American Oldboy that copies the moves but not the music.",
        critic="Lucia Brenner",
        published="2013-11-27",
        published_display="November 27, 2013",
        score=42.0,
        infobox=(
            ("Director", "Spike Lee"),
            ("Writers", "Mark Protosevich"),
            ("Starring", "Josh Brolin, Elizabeth Olsen, Sharlto Copley, Samuel L. Jackson"),
            ("Distributor", "FilmDistrict"),
            ("Rated", "R"),
            ("Running time", "104 minutes"),
            ("Release date", "November 27, 2013"),
        ),
        facts=FilmFacts(
            directors=("Spike Lee",),
            writers=("Mark Protosevich",),
            cast=(
                ("Josh Brolin", "Joe Doucett"),
                ("Elizabeth Olsen", "Marie"),
                ("Sharlto Copley", "Adrian"),
                ("Samuel L. Jackson", "Chaney"),
                ("Michael Imperioli", None),
            ),
            distributor="FilmDistrict",
            mpaa_rating="R",
            runtime_minutes=104,
            release_date="2013-11-27",
        ),
        labels=("Spike Lee", "Josh Brolin", "remakes", "Park Chan-wook"),
        related=(
            ("Oldboy (Blu-ray)", "Aug 30, 2016"),
            ("Philomena Finds Comedy in a Search for a Lost Son", "November 22, 2013"),
            ("Why Hollywood Keeps Remaking Asian Thrillers", "November 25, 2013"),
        ),
        extra_chrome=("Filed under: Reviews, New Releases",),
        paragraphs=(
            """It would be easy to dismiss Spike Lee's *Oldboy* as a pointless act of translation, and much of the time it is one. But it is not a disgrace. It is a handsome, serious, well-acted film that does almost everything its source did, in roughly the same order, and the cumulative effect is of watching a skilled musician play a famous song from sheet music: the notes are right, and the feeling is somewhere else.""",
            """Mark Protosevich's screenplay moves Park Chan-wook's story to an unnamed American city and extends its hero's imprisonment to twenty years. Joe Doucett (Josh Brolin), a cruel, alcoholic advertising executive, is abducted in 1993 and confined to a motel-like cell, where he learns from the television that he is wanted for his ex-wife's murder. Released in 2013, he enlists a young volunteer, Marie (Elizabeth Olsen), and an old friend who runs a bar (Michael Imperioli) in his hunt for the man responsible, an effete millionaire called Adrian (Sharlto Copley), while the keeper of his old prison, Chaney (Samuel L. Jackson), becomes first an obstacle and then a victim.""",
            """There are things to admire. Brolin is fearless, turning Joe's years of confinement into a physical transformation that is genuinely disturbing, and Lee's staging of the famous corridor fight, reimagined as a brawl that tumbles across two levels, has a raw, improvised energy. Sean Bobbitt's cinematography gives the film a grimy, bruised palette that suits its mood.""",
            """What the remake lacks is conviction about why it exists. Park's film was operatic and perverse, a fairy tale told by someone who seemed genuinely shaken by its implications. Lee's version is curiously polite about its horrors, as if embarrassed by them, and it sands away the original's strangest and most memorable textures: its humor, its melancholy, its sense that revenge is a madness shared by hunter and prey. Copley, saddled with an arch accent and a villain's speeches, seems to be performing in a different, campier film.""",
            """The result is neither a fresh reading nor a worthy homage but an efficient, joyless summary. Audiences who have never seen the original may find it gripping enough. Those who have will recognize every step and feel almost none of them.""",
        ),
    ),
]

# ---------------------------------------------------------------- main

RENDERERS = {
    MARQUEE.slug: render_marquee,
    COURIER.slug: render_courier,
    REEL.slug: render_reel,
    PICTURES.slug: render_pictures,
}
PUBLICATIONS = (MARQUEE, COURIER, REEL, PICTURES)


def main() -> None:
    for pub in PUBLICATIONS:
        render = RENDERERS[pub.slug]
        for page in pub.pages:
            write_page(pub, page, render(page))


if __name__ == "__main__":
    main()
