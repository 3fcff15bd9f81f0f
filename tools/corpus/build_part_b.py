"""Build part B of the demo corpus: Silver Disc Report, Frame Rate Review, The Cinephile Quarterly.

Every page and its ground-truth JSON come from the data at the bottom of this file, so the
ground-truth body is, by construction, the text the page shows. Re-running rewrites the same
bytes. Run: ``uv run python tools/corpus/build_part_b.py``.

Paragraph mini-markup (so one string yields both the HTML and the reader's plain text):
``*x*`` italics, ``[x](url)`` a link, ``## x`` an in-body subheading, a leading ``† `` a
footnote-like aside (kept in the body), and ``@@...`` lines that are page furniture placed in the
article flow but never part of the body: ``@@FEATURES`` (the special-features list),
``@@PULL <sentence>`` (a pull quote), ``@@AD`` (an ad slot), ``@@RELATED <text>|<url>``,
``@@FIGURE <image>|<caption>``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "reception" / "demo" / "corpus"

EMPHASIS = re.compile(r"\*([^*]+)\*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


@dataclass(frozen=True)
class FilmFacts:
    """The film facts the page states (the ground truth's ``film``)."""

    title: str
    year: int
    film_id: str
    directors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    cast: tuple[tuple[str, str | None], ...] = ()
    distributor: str | None = None
    mpaa_rating: str | None = None
    runtime_minutes: int | None = None
    release_date: str | None = None


@dataclass(frozen=True)
class Disc:
    """A home-video edition: what the specs table and the features list show."""

    format: str
    studio: str
    release_date: str
    video_codec: str
    resolution: str
    aspect_ratio: str
    audio: tuple[str, ...]
    subtitles: str
    region: str
    discs: str
    features: tuple[str, ...]
    scores: tuple[tuple[str, str], ...]  # Video / Audio / Extras stars, beside the movie grade
    cover: str
    amazon_id: str
    price: str


@dataclass(frozen=True)
class Review:
    slug: str
    headline: str
    dek: str | None
    critic: str
    date: str
    paragraphs: tuple[str, ...]
    film: FilmFacts
    grade_raw: str
    grade_value: float
    disc: Disc | None = None
    extra: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- text helpers


def is_furniture(paragraph: str) -> bool:
    return paragraph.startswith("@@")


def plain(paragraph: str) -> str:
    """What a reader sees of one paragraph."""
    text = paragraph.removeprefix("## ")
    text = LINK.sub(r"\1", text)
    return EMPHASIS.sub(r"\1", text)


def inline_html(paragraph: str, entities: dict[str, str]) -> str:
    text = html.escape(paragraph.removeprefix("## "), quote=False)
    for char, entity in entities.items():
        text = text.replace(char, entity)
    text = LINK.sub(r'<a href="\2">\1</a>', text)
    return EMPHASIS.sub(r"<em>\1</em>", text)


def wrapped(text: str, width: int, indent: str) -> str:
    """Hard-wrap HTML source the way hand-edited templates are: whitespace only, never inside words."""
    return textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def long_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day:%B} {day.day}, {day.year}"


def label_for(score: float) -> str:
    rounded = round(score)
    if rounded >= 61:
        return "positive"
    if rounded >= 40:
        return "mixed"
    return "negative"


def ground_truth(review: Review, publication: str, source: Path) -> dict[str, object]:
    film = review.film
    home_video: dict[str, object] | None = None
    if review.disc is not None:
        disc = review.disc
        home_video = {
            "format": disc.format,
            "special_features": list(disc.features),
            "specs": {
                "studio": disc.studio,
                "release_date": disc.release_date,
                "video_codec": disc.video_codec,
                "resolution": disc.resolution,
                "aspect_ratio": disc.aspect_ratio,
                "audio": "; ".join(disc.audio),
                "subtitles": disc.subtitles,
                "region": disc.region,
                "discs": disc.discs,
            },
        }
    return {
        "id": review.slug,
        "source": {"uri": source.relative_to(ROOT).as_posix(), "content_sha256": None},
        "headline": review.headline,
        "dek": review.dek,
        "critic": review.critic,
        "publication": publication,
        "date_published": review.date,
        "body": "\n\n".join(plain(p) for p in review.paragraphs if not is_furniture(p)),
        "film": {
            "title": film.title,
            "year": film.year,
            "directors": list(film.directors),
            "writers": list(film.writers),
            "cast": [{"actor": actor, "character": role} for actor, role in film.cast],
            "distributor": film.distributor,
            "mpaa_rating": film.mpaa_rating,
            "runtime_minutes": film.runtime_minutes,
            "release_date": film.release_date,
            "film_id": film.film_id,
        },
        "home_video": home_video,
        "grade": {"raw": review.grade_raw, "value_0_100": review.grade_value},
        "verdict": {
            "score": review.grade_value,
            "label": label_for(review.grade_value),
            "pull_quote": None,
            "evidence": [],
        },
        "language": "en",
    }


def write_page(folder: str, publication: str, review: Review, page: bytes) -> None:
    target = CORPUS / folder / f"{review.slug}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(page)
    record = ground_truth(review, publication, target)
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    target.with_suffix(".json").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- Silver Disc Report

SILVER_ENTITIES = {"’": "&#8217;", "—": "&mdash;", "é": "&eacute;"}


def silver_body(review: Review) -> str:
    assert review.disc is not None
    parts: list[str] = []
    for paragraph in review.paragraphs:
        if paragraph == "@@FEATURES":
            items = "\n".join(
                f"    <li>{html.escape(item, quote=False)}</li>" for item in review.disc.features
            )
            parts.append(f'  <ul class="features-list">\n{items}\n  </ul>')
        elif paragraph.startswith("## "):
            parts.append(
                f'  <h3 class="section-head">{inline_html(paragraph, SILVER_ENTITIES)}</h3>'
            )
        else:
            body = wrapped(inline_html(paragraph, SILVER_ENTITIES), 96, "    ")
            parts.append(f"  <p>\n{body}\n  </p>")
    return "\n".join(parts)


def silver_page(review: Review) -> bytes:
    disc = review.disc
    film = review.film
    assert disc is not None
    esc = html.escape
    scores = [("Movie", review.grade_raw), *disc.scores]
    score_rows = "\n".join(
        f'      <tr><th>{name}:</th><td class="stars">{stars}</td></tr>' for name, stars in scores
    )
    audio = "<br>\n          ".join(esc(track) for track in disc.audio)
    starring = ", ".join(actor for actor, _ in film.cast[: int(review.extra.get("starring", "4"))])
    directors = " &amp; ".join(film.directors)
    dek = f'\n    <p class="tagline">{esc(review.dek)}</p>' if review.dek else ""
    buy = (
        f'<a class="btn btn-amazon" href="https://www.amazon.com/dp/{disc.amazon_id}/?tag=silverdisc-20" '
        f'rel="nofollow sponsored" target="_blank"><i class="icon-cart"></i> Buy on Amazon</a>'
    )
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(review.headline)} | Silver Disc Report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(plain(review.paragraphs[1])[:150])}">
<meta property="og:site_name" content="Silver Disc Report">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(review.headline)}">
<meta property="og:image" content="https://www.silverdiscreport.example/covers/{disc.cover}">
<link rel="canonical" href="https://www.silverdiscreport.example/reviews/{review.slug}/">
<link rel="stylesheet" href="/static/sdr-2014.css?v=3.8.1">
<script src="/static/jquery.min.js"></script>
<script>var sdr_ads = {{zone: "review", format: "{disc.format}"}};</script>
</head>
<body class="single review-template">
<div id="topbar"><div class="wrap"><a href="/login/">Log in</a> | <a href="/register/">Register</a> | <a href="/forum/">Forum</a></div></div>
<header id="masthead">
  <a href="/" class="site-logo"><img src="/static/img/sdr-logo.png" alt="Silver Disc Report" width="320" height="64"></a>
  <nav id="main-nav">
    <ul>
      <li><a href="/">Home</a></li>
      <li class="has-sub"><a href="/reviews/">Reviews</a>
        <ul class="sub"><li><a href="/reviews/4k-uhd/">4K UHD</a></li><li><a href="/reviews/blu-ray/">Blu-ray</a></li><li><a href="/reviews/dvd/">DVD</a></li></ul>
      </li>
      <li><a href="/news/">Disc News</a></li>
      <li><a href="/release-calendar/">Release Calendar</a></li>
      <li><a href="/deals/">Deals</a></li>
      <li><a href="/gear/">Home Theater Gear</a></li>
    </ul>
  </nav>
  <form id="search" action="/search/"><input type="text" name="q" placeholder="Search titles..."><button>Go</button></form>
</header>
<div id="leaderboard" class="ad"><!-- ad: 728x90 --></div>
<div id="content" class="wrap">
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/reviews/">Reviews</a> &raquo; <a href="/reviews/{disc.format.lower().replace(" ", "-")}/">{disc.format}</a> &raquo; <span>{esc(film.title)}</span></div>
<div id="main" class="review">
  <div class="review-header">
    <h1 class="entry-title">{esc(review.headline)}</h1>{dek}
    <div class="byline">Reviewed by <a href="/staff/{review.critic.lower().replace(" ", "-")}/" rel="author">{esc(review.critic)}</a> <span class="sep">|</span> <span class="posted">{long_date(review.date)}</span> <span class="sep">|</span> <a href="#comments" class="comment-count">{review.extra.get("comments", "3")} Comments</a></div>
  </div>
  <div class="disc-summary clearfix">
    <div class="cover-art">
      <img src="/covers/{disc.cover}" alt="{esc(film.title)} {disc.format} cover art" width="220" height="280">
    </div>
    <div class="summary-box">
      <h4>Silver Disc Ratings</h4>
      <table class="ratings">
{score_rows}
      </table>
      <div class="buy-box">{buy} <span class="price">{disc.price}</span></div>
      <p class="affiliate-note">As an Amazon Associate, Silver Disc Report earns from qualifying purchases.</p>
    </div>
    <div class="film-info">
      <span class="label">Director:</span> {directors}<br>
      <span class="label">Starring:</span> {esc(starring)}
    </div>
  </div>
  <table class="specs-table">
    <caption>Disc Specifications</caption>
    <tr><th>Studio/Distributor</th><td>{esc(disc.studio)}</td></tr>
    <tr><th>Release Date</th><td>{long_date(disc.release_date)}</td></tr>
    <tr><th>Format</th><td>{disc.format}</td></tr>
    <tr><th>Video Codec</th><td>{esc(disc.video_codec)}</td></tr>
    <tr><th>Resolution</th><td>{disc.resolution}</td></tr>
    <tr><th>Aspect Ratio</th><td>{disc.aspect_ratio}</td></tr>
    <tr><th>Audio</th><td>{audio}</td></tr>
    <tr><th>Subtitles</th><td>{esc(disc.subtitles)}</td></tr>
    <tr><th>Region</th><td>{disc.region}</td></tr>
    <tr><th>Discs</th><td>{esc(disc.discs)}</td></tr>
    <tr><th>Runtime</th><td>{film.runtime_minutes} min</td></tr>
    <tr><th>Rating</th><td>{film.mpaa_rating}</td></tr>
  </table>
  <div class="entry-content">
{silver_body(review)}
  </div>
  <div class="buy-box bottom">{buy}</div>
  <div class="tags">Tags: <a href="/tag/{disc.format.lower().replace(" ", "-")}/">{disc.format}</a>, <a href="/tag/{film.year}/">{film.year}</a></div>
  <div class="related-reviews">
    <h4>You May Also Like</h4>
    <ul>
      <li><a href="/reviews/the-thing-4k/">The Thing 4K Ultra HD Review</a></li>
      <li><a href="/reviews/heat-blu-ray/">Heat: Director's Definitive Edition Blu-ray Review</a></li>
      <li><a href="/reviews/in-the-mood-for-love-blu-ray/">In the Mood for Love Blu-ray Review</a></li>
    </ul>
  </div>
  <div id="comments">
    <h4>{review.extra.get("comments", "3")} Comments</h4>
    <div class="comment"><span class="who">discfan_1999</span> <span class="when">{long_date(review.date)}</span><p>Great write-up. Is the slipcover embossed or flat?</p></div>
    <div class="comment"><span class="who">Torvald K.</span><p>Ordered. Thanks for the screenshots comparison last week too.</p></div>
  </div>
</div>
<aside id="sidebar">
  <div class="widget"><h4>New This Week</h4><ul><li><a href="/reviews/">Latest Reviews</a></li><li><a href="/release-calendar/">Upcoming Releases</a></li></ul></div>
  <div class="widget ad"><!-- ad: 300x250 --></div>
  <div class="widget"><h4>Newsletter</h4><p>Get our weekly disc round-up.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>
</aside>
</div>
<footer id="footer"><p>&copy; {review.date[:4]} Silver Disc Report. All rights reserved. Screenshots are for review purposes.</p><p><a href="/about/">About</a> | <a href="/contact/">Contact</a> | <a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------- Frame Rate Review


def minutes_iso(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"PT{hours}H{rest}M" if rest else f"PT{hours}H"


def frame_rate_ld(review: Review) -> str:
    film = review.film
    base = "https://framerate.example"
    url = f"{base}/reviews/{review.slug}"
    author_id = f"{base}/#/schema/person/{review.critic.lower().replace(' ', '-')}"
    actors: list[dict[str, object]] = []
    for actor, role in film.cast:
        person: dict[str, object] = {"@type": "Person", "name": actor}
        if role is None:
            actors.append(person)
        else:
            actors.append({"@type": "PerformanceRole", "actor": person, "characterName": role})
    first = next(plain(p) for p in review.paragraphs if not is_furniture(p))
    excerpt = first if len(first) < 260 else first[: first.rfind(" ", 0, 240)] + "…"
    value, best = review.extra["rating"].split("/")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{review.headline} | Frame Rate Review",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": review.extra["published"],
                "dateModified": review.extra.get("modified", review.extra["published"]),
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Frame Rate Review",
                "url": base,
                "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-512.png"},
            },
            {
                "@type": "Person",
                "@id": author_id,
                "name": review.critic,
                "url": f"{base}/author/{review.critic.lower().replace(' ', '-')}",
            },
            {
                "@type": review.extra.get("review_type", "Review"),
                "@id": f"{url}#review",
                "name": review.headline,
                "author": {"@id": author_id},
                "publisher": {"@id": f"{base}/#organization"},
                "datePublished": review.extra["published"],
                "reviewBody": excerpt,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": float(value) if "." in value else int(value),
                    "bestRating": int(best),
                    "worstRating": 1,
                },
                "itemReviewed": {
                    "@type": "Movie",
                    "name": film.title,
                    "dateCreated": review.extra["date_created"],
                    "director": [{"@type": "Person", "name": d} for d in film.directors],
                    "actor": actors,
                    "duration": minutes_iso(film.runtime_minutes or 0),
                    "contentRating": film.mpaa_rating,
                    "productionCompany": {
                        "@type": "Organization",
                        "name": review.extra["production_company"],
                    },
                    "image": f"{base}/img/posters/{review.film.film_id}.jpg",
                },
            },
        ],
    }
    return json.dumps(graph, ensure_ascii=False, indent=None)


def frame_rate_body(review: Review) -> str:
    parts: list[str] = []
    for paragraph in review.paragraphs:
        if paragraph == "@@AD":
            parts.append(
                '<div class="css-ad01x ad-slot" data-slot="inarticle"><span class="css-1lq9k">Advertisement</span><div id="gpt-inarticle"></div></div>'
            )
        elif paragraph.startswith("@@RELATED "):
            text, url = paragraph.removeprefix("@@RELATED ").split("|")
            parts.append(
                f'<p class="css-rel8t sc-kEjbxe"><strong>Related:</strong> <a href="{url}">{html.escape(text)}</a></p>'
            )
        elif paragraph.startswith("@@FIGURE "):
            image, caption = paragraph.removeprefix("@@FIGURE ").split("|")
            parts.append(
                f'<figure class="css-fig2b"><img src="https://framerate.example/img/{image}" alt="" loading="lazy"><figcaption class="css-cap9">{html.escape(caption)}</figcaption></figure>'
            )
        elif paragraph.startswith("## "):
            parts.append(f'<h2 class="css-h2k7q sc-gsTCUz">{inline_html(paragraph, {})}</h2>')
        else:
            parts.append(f'<p class="css-8atqhb sc-dlfnbm">{inline_html(paragraph, {})}</p>')
    return "".join(parts)


def frame_rate_page(review: Review) -> bytes:
    film = review.film
    esc = html.escape
    cast_line = ", ".join(actor for actor, _ in film.cast[:4])
    hours, minutes = divmod(film.runtime_minutes or 0, 60)
    details = [
        ("Director", ", ".join(film.directors)),
        ("Starring", cast_line),
        ("Rated", film.mpaa_rating or ""),
        ("Runtime", f"{hours}h {minutes}m"),
    ]
    if film.writers:
        details.insert(1, ("Writers", ", ".join(film.writers)))
    if film.release_date:
        details.append(("In theaters", long_date(film.release_date)))
    if film.distributor:
        details.append(("Distributor", film.distributor))
    detail_rows = "".join(
        f'<div class="css-row3 sc-jrAGrp"><dt class="css-dt1">{name}</dt><dd class="css-dd1">{esc(value)}</dd></div>'
        for name, value in details
    )
    dek = f'<p class="css-dek7 sc-iCfMLu">{esc(review.dek)}</p>' if review.dek else ""
    teaser_title, teaser_url = review.extra["up_next"].split("|")
    slug_author = review.critic.lower().replace(" ", "-")
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{esc(review.headline)} | Frame Rate Review</title><meta name="description" content="{esc(review.dek or review.headline)}"/><meta property="og:site_name" content="Frame Rate Review"/><meta property="og:title" content="{esc(review.headline)}"/><meta property="article:published_time" content="{review.extra["published"]}"/><meta name="author" content="{esc(review.critic)}"/><link rel="canonical" href="https://framerate.example/reviews/{review.slug}"/><link rel="preload" href="/_next/static/css/6f1c2a9e.css" as="style"/><style data-emotion="css 1x9q2a 8atqhb">.css-1x9q2a{{display:flex;gap:12px}}.css-8atqhb{{font-family:Tiempos,Georgia,serif;font-size:1.2rem;line-height:1.6}}</style><script type="application/ld+json">{frame_rate_ld(review)}</script></head><body class="css-0 sc-AxjAm"><div id="__next"><div class="css-cookie9 sc-fzXfMA" role="dialog" aria-label="Cookie consent"><p class="css-1y5k0">We use cookies to personalise content and ads, and to analyse our traffic. <a href="/privacy">Privacy policy</a></p><button class="css-btn4q">Accept all</button><button class="css-btn4q css-ghost">Manage choices</button></div><header class="css-1x9q2a sc-bdVaJa"><a href="/" class="css-logo2"><svg aria-hidden="true" width="140" height="28"></svg><span class="css-vh">Frame Rate Review</span></a><nav class="css-nav5 sc-htpNat"><a href="/news">News</a><a href="/reviews">Reviews</a><a href="/features">Features</a><a href="/tv">TV</a><a href="/awards">Awards</a><a href="/newsletter">Newsletter</a></nav><button class="css-menu1" aria-label="Open menu"></button></header><main class="css-main0 sc-bwzfXH"><article class="css-art6 sc-bxivhb"><div class="css-kick2"><a href="/reviews">Reviews</a></div><h1 class="css-hed4 sc-ifAKCX">{esc(review.headline)}</h1>{dek}<div class="css-byl3 sc-EHOje"><span>By <a href="/author/{slug_author}" rel="author">{esc(review.critic)}</a></span><time datetime="{review.extra["published"]}">{long_date(review.date)}</time><span class="css-rt1">{review.extra.get("read_time", "5")} min read</span></div><div class="css-share7 sc-bZQynM" aria-label="Share"><a href="https://twitter.com/intent/tweet?url=https://framerate.example/reviews/{review.slug}">Share on X</a><a href="https://www.facebook.com/sharer/sharer.php?u=https://framerate.example/reviews/{review.slug}">Facebook</a><button class="css-copy1">Copy link</button></div><div class="css-score5 sc-gzVnrw"><span class="css-badge9" aria-label="Rating">{review.grade_raw}</span></div><figure class="css-lead3"><img src="https://framerate.example/img/{film.film_id}-lead.jpg" alt="{esc(film.title)}"/><figcaption class="css-cap9">{esc(review.extra["lead_caption"])}</figcaption></figure><div class="css-1b2ah9k sc-dnqmqq">{frame_rate_body(review)}</div><dl class="css-details4 sc-iwsKbI"><h3 class="css-dh1">{esc(film.title)}</h3>{detail_rows}</dl><div class="css-share7 sc-bZQynM css-bottom"><span>Share this review</span><a href="#">X</a><a href="#">Facebook</a><a href="#">Email</a></div><div class="css-bio8"><img src="/img/authors/{slug_author}.jpg" alt=""/><p>{esc(review.critic)} {esc(review.extra["bio"])}</p></div></article><aside class="css-upnext2 sc-gZMcBi"><span class="css-un1">Up Next</span><a href="{teaser_url}"><h3 class="css-unh">{esc(teaser_title)}</h3><p class="css-unp">Our critic weighs in on the season's most talked-about release.</p></a></aside><section class="css-most4"><h2>Most Popular</h2><ol><li><a href="/news/box-office-weekend">Weekend box office: the holdovers hold on</a></li><li><a href="/features/best-of-the-year-so-far">The best films of the year so far</a></li><li><a href="/tv/streaming-this-week">Everything new on streaming this week</a></li></ol></section></main><div class="css-modal1 sc-kpOJdX" role="dialog" aria-modal="true" hidden=""><div class="css-mb2"><h2>Never miss a review</h2><p>Sign up for The Cut-Off, our twice-weekly newsletter of reviews and essays.</p><form action="/api/newsletter" method="post"><input type="email" name="email" placeholder="you@example.com"/><button type="submit">Subscribe</button></form><button class="css-x1" aria-label="Close">×</button></div></div><footer class="css-foot3 sc-dxgOiQ"><p>© {review.date[:4]} Frame Rate Review Media, LLC</p><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/ethics">Ethics policy</a></footer></div><script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{review.slug}","section":"reviews"}}}},"page":"/reviews/[slug]","buildId":"fr-4.12.0"}}</script></body></html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------- The Cinephile Quarterly

CINEPHILE_ENTITIES = {
    "—": "&mdash;",
    "é": "&eacute;",
    "…": "&hellip;",
    "“": "&ldquo;",
    "”": "&rdquo;",
}


def microdata_people(prop: str, names: tuple[str, ...]) -> list[str]:
    return [
        f'<span itemprop="{prop}" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{html.escape(name)}</span></span>'
        for name in names
    ]


def cinephile_body(review: Review) -> str:
    parts: list[str] = []
    for paragraph in review.paragraphs:
        if paragraph.startswith("@@PULL "):
            quote = inline_html(paragraph.removeprefix("@@PULL "), CINEPHILE_ENTITIES)
            parts.append(f'<blockquote class="pullquote">\n\t{quote}\n</blockquote>')
        elif paragraph.startswith("## "):
            parts.append(f"<h4>{inline_html(paragraph, CINEPHILE_ENTITIES)}</h4>")
        elif paragraph.startswith("† "):
            body = wrapped(inline_html(paragraph, CINEPHILE_ENTITIES), 80, "\t")
            parts.append(f'<p class="footnote"><small>\n{body}\n</small></p>')
        else:
            body = wrapped(inline_html(paragraph, CINEPHILE_ENTITIES), 80, "\t")
            parts.append(f"<p>\n{body}\n</p>")
    return "\n".join(parts)


def cinephile_page(review: Review) -> bytes:
    film = review.film
    esc = html.escape
    actors = ", ".join(microdata_people("actor", tuple(a for a, _ in film.cast)))
    directors = " and ".join(microdata_people("director", film.directors))
    original = review.extra.get("original_title")
    original_html = f" (<i>{esc(original)}</i>)" if original else ""
    credits = [f"Directed by {directors}."]
    if film.writers:
        credits.append(f"Written by {' and '.join(esc(w) for w in film.writers)}.")
    credits.append(f"With {actors}.")
    if film.distributor:
        credits.append(f"{esc(film.distributor)}.")
    credits.append(f"Rated {film.mpaa_rating}. {film.runtime_minutes} minutes.")
    value, best = review.grade_raw.split("/")
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>The Cinephile Quarterly :: {esc(review.headline)}</title>
<meta name="keywords" content="film criticism, reviews, essays, {esc(film.title)}">
<link rel="stylesheet" type="text/css" href="/css/cq-main.css">
<link rel="alternate" type="application/rss+xml" title="The Cinephile Quarterly" href="/feed/">
</head>
<body bgcolor="#fbf8f1">
<table id="layout" width="960" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" id="masthead">
\t<a href="/"><img src="/images/cq-masthead.gif" alt="The Cinephile Quarterly" width="960" height="110" border="0"></a>
\t<div id="tagline">Writing on film since 1998 &middot; <a href="/current/">Current Issue</a> &middot; <a href="/archive/">Archive</a> &middot; <a href="/essays/">Essays</a> &middot; <a href="/reviews/">Reviews</a> &middot; <a href="/about/">About</a> &middot; <a href="/subscribe/">Subscribe to the print edition</a></div>
</td></tr>
<tr>
<td id="leftcol" valign="top" width="680">
<div class="post" itemscope itemtype="http://schema.org/Review">
<h2 class="post-title" itemprop="name">{esc(review.headline)}</h2>
<div class="post-meta">by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/contributors/{review.critic.lower().replace(" ", "-")}/" itemprop="url"><span itemprop="name">{esc(review.critic)}</span></a></span>
&nbsp;&middot;&nbsp; <span class="date"><meta itemprop="datePublished" content="{review.date}">{long_date(review.date)}</span>
&nbsp;&middot;&nbsp; Filed under <a href="/reviews/">Reviews</a>, <a href="/issue/{review.extra["issue"]}/">Issue {review.extra["issue"]}</a>
<meta itemprop="publisher" content="The Cinephile Quarterly"></div>
<div class="filmcredits" itemprop="itemReviewed" itemscope itemtype="http://schema.org/Movie">
<b><span itemprop="name">{esc(film.title)}</span></b>{original_html}, <span itemprop="dateCreated">{film.year}</span>.
{" ".join(credits)}
</div>
<div class="rating" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">
Our rating: <b><span itemprop="ratingValue">{value}</span>/<span itemprop="bestRating">{best}</span></b><meta itemprop="worstRating" content="1">
</div>
<div class="entry" itemprop="reviewBody">
{cinephile_body(review)}
</div>
<div class="pager">Continue reading: <span class="current">Page 1</span> <a href="?page=2">2</a> &nbsp; <a href="?page=all">View as single page</a></div>
<div class="postfoot">
\t<a href="/print/{review.slug}/">Printer-friendly version</a> | <a href="mailto:?subject={esc(review.headline)}">E-mail this essay</a> | <a href="/letters/">Write a letter to the editors</a>
</div>
</div>
<div class="contributor-note"><i>{esc(review.critic)} {esc(review.extra["bio"])}</i></div>
<div id="comments"><h3>Reader Letters (0)</h3><p>Letters are moderated and may be edited for length.</p></div>
</td>
<td id="rightcol" valign="top" width="280">
\t<h3>In This Issue</h3>
\t<ul>
\t<li><a href="/essays/the-long-take/">The Long Take and Its Discontents</a></li>
\t<li><a href="/essays/on-subtitles/">On Subtitles, Again</a></li>
\t<li><a href="/reviews/">More Reviews&hellip;</a></li>
\t</ul>
\t<h3>Support the Quarterly</h3>
\t<p>We are reader-funded. <a href="/donate/">Donate</a> or <a href="/subscribe/">subscribe</a>.</p>
</td>
</tr>
<tr><td colspan="2" id="footer">&copy; 1998&ndash;{review.date[:4]} The Cinephile Quarterly. All essays are the property of their authors.</td></tr>
</table>
</body>
</html>
"""
    return page.replace("\n", "\r\n").encode("cp1252")


# ---------------------------------------------------------------- publications

PUBLICATIONS = (
    ("silver-disc-report", "Silver Disc Report"),
    ("frame-rate-review", "Frame Rate Review"),
    ("cinephile-quarterly", "The Cinephile Quarterly"),
)


# ---------------------------------------------------------------- data: Silver Disc Report

SILVER: tuple[Review, ...] = (
    Review(
        slug="mad-max-fury-road-4k-uhd-review",
        headline="Mad Max: Fury Road 4K Ultra HD Blu-ray Review",
        dek=None,
        critic="Dana Whitlock",
        date="2016-02-24",
        film=FilmFacts(
            title="Mad Max: Fury Road",
            year=2015,
            film_id="mad-max-fury-road-2015",
            directors=("George Miller",),
            writers=("George Miller", "Brendan McCarthy", "Nico Lathouris"),
            cast=(
                ("Tom Hardy", "Max Rockatansky"),
                ("Charlize Theron", "Imperator Furiosa"),
                ("Nicholas Hoult", "Nux"),
                ("Hugh Keays-Byrne", "Immortan Joe"),
                ("Rosie Huntington-Whiteley", "The Splendid Angharad"),
                ("Zoë Kravitz", "Toast the Knowing"),
            ),
            mpaa_rating="R",
            runtime_minutes=120,
            release_date="2015-05-15",
        ),
        grade_raw="★★★★★",
        grade_value=100.0,
        disc=Disc(
            format="4K UHD",
            studio="Warner Bros. Home Entertainment",
            release_date="2016-03-01",
            video_codec="HEVC / H.265",
            resolution="2160p",
            aspect_ratio="2.40:1",
            audio=(
                "English Dolby Atmos (Dolby TrueHD 7.1 core)",
                "French Dolby Digital 5.1",
                "Spanish Dolby Digital 5.1",
            ),
            subtitles="English SDH, French, Spanish",
            region="Region Free",
            discs="2 (4K UHD + Blu-ray) + Digital HD",
            features=(
                "Maximum Fury: Filming Fury Road (HD, 29 min)",
                "Mad Max: Fury on Four Wheels (HD, 22 min)",
                "The Road Warriors: Max and Furiosa (HD, 11 min)",
                "The Five Wives: So Shiny, So Chrome (HD, 11 min)",
                "The Tools of the Wasteland (HD, 14 min)",
                "Fury Road: Crash & Smash (HD, 4 min)",
                "Deleted Scenes (HD, 3 scenes, 4 min)",
            ),
            scores=(("Video", "★★★★★"), ("Audio", "★★★★★"), ("Extras", "★★★½")),
            cover="mad-max-fury-road-4k-uhd.jpg",
            amazon_id="B01A7KQMMI",
            price="$29.96",
        ),
        extra={"comments": "14"},
        paragraphs=(
            "## The Film",
            "There is a moment about twenty minutes into *Mad Max: Fury Road* when the War Rig swings off the road, the sandstorm swallows half the convoy, and Nux howls “What a lovely day!” into a wall of lightning. I have watched that sequence perhaps a dozen times since the film opened on May 15, 2015, and I still lean forward in my chair every time. George Miller was seventy when it reached theaters, and it plays like the work of someone who has spent thirty years storing up ideas and decided to spend all of them at once.",
            "The plot is almost a dare in its simplicity. Imperator Furiosa (Charlize Theron), a trusted driver for the warlord Immortan Joe (Hugh Keays-Byrne), diverts her tanker from a fuel run with Joe’s five captive wives hidden in the back. Max Rockatansky, played with grunts and flinches by Tom Hardy, starts the film as a blood bag strapped to the hood of a pursuit car and ends up as Furiosa’s reluctant ally. They drive out, they drive back. That is the movie. The screenplay, credited to Miller, Brendan McCarthy and Nico Lathouris, trusts that we will learn who these people are from what they do behind the wheel, and it is right.",
            "What makes it more than a stunt reel is the attention to faces. Theron gives Furiosa a stillness that the chaos around her keeps bouncing off; Nicholas Hoult turns Nux, a sickly true believer, into the film’s most unexpectedly moving figure; Rosie Huntington-Whiteley as The Splendid Angharad and Zoë Kravitz as Toast the Knowing get more to play than the “wives” label suggests. Hardy is the least of the leads by design. Max is the witness here, and the film is generous enough to let him be.",
            "## Video",
            "Warner’s HEVC-encoded 2160p presentation is, simply put, the best-looking disc I have reviewed this year. The film was finished as a 2K digital intermediate, so this is an upscale, but the added HDR grade is where the real gains live. The orange of the desert is denser without tipping into the radioactive, and the famous night sequences — the ones Miller shot day-for-night and tinted blue — now show detail in the shadows that the Blu-ray crushed to black. Fine textures on the War Boys’ white clay makeup and the rust of the Rig’s cab are exceptional. I saw no banding and no compression trouble even in the sandstorm.",
            "## Audio",
            "The Dolby Atmos track is a monster. Overhead channels are used with real intelligence: the Doof Warrior’s guitar floats slightly above the front stage, storm debris rains down from the ceiling, and the pole-cat vehicles swing through the height layer in the canyon chase. Junkie XL’s score is spread wide without burying dialogue, which is sparse anyway. Low end is deep and tight. If you own an Atmos system, this is the disc you show your friends.",
            "## Special Features",
            "The extras are carried over from the 2015 Blu-ray and live on the included Blu-ray disc, not the 4K platter:",
            "@@FEATURES",
            "“Maximum Fury” is the keeper, a half hour of on-set footage from Namibia that makes it obvious how much of what you see was done for real. “Fury on Four Wheels” is a fun walk through the vehicle designs. The three deleted scenes are brief and add nothing you will miss. The absence of a Miller commentary still stings.",
            "## Final Thoughts",
            "*Fury Road* is a modern classic and this is the definitive way to own it at home. Reference video, reference audio, and a merely decent slate of extras. Highly recommended, and an easy upgrade even if you already own the Blu-ray.",
        ),
    ),
    Review(
        slug="drive-blu-ray-review",
        headline="Drive Blu-ray Review",
        dek=None,
        critic="Marcus Oyelaran",
        date="2012-01-27",
        film=FilmFacts(
            title="Drive",
            year=2011,
            film_id="drive-2011",
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
        grade_raw="★★★",
        grade_value=60.0,
        disc=Disc(
            format="Blu-ray",
            studio="Sony Pictures Home Entertainment",
            release_date="2012-01-31",
            video_codec="MPEG-4 AVC",
            resolution="1080p",
            aspect_ratio="2.40:1",
            audio=("English DTS-HD Master Audio 5.1", "French Dolby Digital 5.1"),
            subtitles="English, English SDH, French, Spanish",
            region="Region A",
            discs="1 + UltraViolet Digital Copy",
            features=(
                "I Drive: The Driver (HD, 5 min)",
                "Driver and Irene: The Relationship (HD, 5 min)",
                "Under the Hood: Characters (HD, 5 min)",
                "Cut to the Chase: The Car Chases (HD, 5 min)",
                "Drive Without a Driver: Interview with Nicolas Winding Refn (HD, 22 min)",
                "Previews",
            ),
            scores=(("Video", "★★★★½"), ("Audio", "★★★★½"), ("Extras", "★★")),
            cover="drive-blu-ray.jpg",
            amazon_id="B005LAIHPE",
            price="$19.99",
        ),
        extra={"comments": "27", "starring": "3"},
        paragraphs=(
            "## The Film",
            "Few movies of the last year arrived on a bigger cloud of praise than *Drive*, which FilmDistrict opened on September 16, 2011 after a best director win for Nicolas Winding Refn at Cannes. I have now seen it three times, twice in theaters and once on this disc, and my feelings have cooled each time. It is a gorgeous object. I am less sure it is a great film.",
            "Ryan Gosling plays a man the credits call only Driver: a stunt driver for the movies by day, a getaway wheelman for hire by night, and a mechanic for the garage owned by Shannon (Bryan Cranston), a born loser with one more scheme. Driver falls, wordlessly, for his neighbor Irene (Carey Mulligan), whose husband Standard, played by Oscar Isaac, comes home from prison owing protection money. A pawnshop robbery meant to square the debt goes wrong, and Driver ends up crosswise with a pair of small-time mobsters, Bernie Rose and Nino, played by Albert Brooks and Ron Perlman.",
            "The opening ten minutes, a getaway run in which Driver hides from police helicopters under overpasses and in the shadow of a basketball crowd, are as precise as anything in the genre. Hossein Amini’s screenplay, from the James Sallis novel, is lean, and Refn has the good sense to let the synth-pop soundtrack do a lot of the talking. Brooks, cast against type, is genuinely frightening; he makes Bernie a weary businessman who murders people the way other men file taxes.",
            "The trouble is Driver himself. Gosling’s blankness is a deliberate choice, but two hours of toothpick-chewing and scorpion jackets start to feel like a pose the movie is admiring in the mirror. The romance with Irene is all long looks and no texture, and when the violence finally comes — a skull stomped flat in an elevator, a fork to the eye — it lands less as consequence than as punctuation. *Drive* wants to be both a fairy tale and a slasher, and it never quite reconciles the two.",
            "## Video",
            "None of that reservation applies to the transfer. Sony’s AVC encode is superb, with the sodium-orange glow of Los Angeles at night rendered smoothly and without noise. Black levels are deep, and detail in close-ups — the stitching on that jacket, the chrome of the cars — is crisp. The digital photography looks exactly as it did theatrically.",
            "## Audio",
            "The DTS-HD Master Audio 5.1 mix is aggressive where it counts. Engine growls fill the room, the score by Cliff Martinez pulses across the front channels, and the sudden silences are eerily clean. Dialogue, what little there is, stays clear.",
            "## Special Features",
            "@@FEATURES",
            "The four short featurettes are promotional fluff, padded with clips. Only the interview with Refn, which runs about twenty minutes, offers anything of substance.",
            "## Final Thoughts",
            "A stylish, hollow film on a technically outstanding disc. Fans will want it for the presentation alone; the merely curious should rent it first.",
        ),
    ),
    Review(
        slug="oldboy-2003-blu-ray-review",
        headline="Oldboy (2003) Blu-ray Review",
        dek=None,
        critic="Marcus Oyelaran",
        date="2013-09-05",
        film=FilmFacts(
            title="Oldboy",
            year=2003,
            film_id="oldboy-2003",
            directors=("Park Chan-wook",),
            writers=("Park Chan-wook", "Hwang Jo-yoon", "Lim Joon-hyung"),
            cast=(
                ("Choi Min-sik", "Oh Dae-su"),
                ("Yoo Ji-tae", "Lee Woo-jin"),
                ("Kang Hye-jung", "Mi-do"),
            ),
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        grade_raw="★★★★½",
        grade_value=90.0,
        disc=Disc(
            format="Blu-ray",
            studio="Palisades Tartan",
            release_date="2013-08-27",
            video_codec="MPEG-4 AVC",
            resolution="1080p",
            aspect_ratio="2.35:1",
            audio=(
                "Korean DTS-HD Master Audio 5.1",
                "Korean Dolby Digital 2.0",
                "English Dolby Digital 5.1",
            ),
            subtitles="English",
            region="Region A",
            discs="2",
            features=(
                "Audio commentary with director Park Chan-wook and cinematographer Chung Chung-hoon",
                "Audio commentary with Park Chan-wook and cast",
                "The Autobiography of Oldboy: making-of documentary (SD)",
                "Deleted scenes with optional director commentary (SD)",
                "Cast and crew interviews (SD)",
                "Theatrical trailer",
            ),
            scores=(("Video", "★★★½"), ("Audio", "★★★★"), ("Extras", "★★★★½")),
            cover="oldboy-2003-blu-ray.jpg",
            amazon_id="B00DOVT8S2",
            price="$17.49",
        ),
        extra={"comments": "9", "starring": "3"},
        paragraphs=(
            "## The Film",
            "With an American remake headed to theaters this fall, now is a good moment to go back to the original. Ten years on, Park Chan-wook’s *Oldboy* has lost none of its capacity to shock, and — more surprisingly — none of its capacity to break your heart.",
            "The setup is pure pulp. Oh Dae-su (Choi Min-sik), a drunk and unremarkable salaryman, is abducted on a rainy night in 1988 and wakes up in a shabby hotel room with no door handle on the inside. He stays there for fifteen years, fed fried dumplings through a slot, learning from the television that his wife has been murdered and that he is the suspect. Then, just as abruptly, he is released onto a rooftop with a wallet full of cash and a cell phone, and a voice tells him he has five days to work out why.",
            "What follows is a revenge film that keeps turning itself inside out. Dae-su finds an ally and a lover in Mi-do, a young sushi chef played with open-faced warmth by Kang Hye-jung, and an opponent in Lee Woo-jin, whom Yoo Ji-tae plays as a rich, bored aesthete with all the time in the world. The script Park wrote with Hwang Jo-yoon and Lim Joon-hyung is loosely drawn from a Japanese manga, but the mechanics of its final act belong entirely to him, and I will not spoil them here.",
            "Everyone remembers the corridor fight, a single sideways tracking shot in which Dae-su hacks through a hallway of thugs with a claw hammer, and it remains a marvel of staging. But Choi’s performance is the film’s real engine. He plays Dae-su as a man whose body came out of that room before his mind did: feral, comic, pitiful, and finally unbearable to watch in the best sense. Few actors would commit to the live octopus scene. Fewer would make it mean something.",
            "## Video",
            "This new high-definition master is a clear step up from the old DVDs, though not a revelation. Park and cinematographer Chung Chung-hoon gave the film a deliberately grimy green-and-amber palette, and the transfer respects it. Grain is present and mostly well resolved, but some darker interiors show a faint digital edge, and a handful of shots look softer than the rest, likely a limit of the source.",
            "## Audio",
            "The Korean DTS-HD 5.1 track is the one to choose. The score, with its swooning waltzes and strings, has lovely room to breathe, and the hammer blows of the corridor sequence have real weight. The English dub is present but not recommended.",
            "## Special Features",
            "This is where the set earns its price. The second disc carries the lengthy *Autobiography of Oldboy* documentary, a frank and exhaustive production diary that is almost as long as the film itself. Both commentaries are worth hearing, the one with Chung especially for its technical detail. The full list:",
            "@@FEATURES",
            "## Final Thoughts",
            "One of the great films of the last decade, in its best home presentation yet, with a stack of extras to match. The picture could be a shade better, but this is an easy recommendation.",
        ),
    ),
    Review(
        slug="crash-1996-blu-ray-review",
        headline="Crash Blu-ray Review",
        dek="Cronenberg’s cold collision gets a lavish restoration — and remains as hard to love as ever.",
        critic="Dana Whitlock",
        date="2020-09-20",
        film=FilmFacts(
            title="Crash",
            year=1996,
            film_id="crash-1996",
            directors=("David Cronenberg",),
            writers=("David Cronenberg",),
            cast=(
                ("James Spader", "James Ballard"),
                ("Holly Hunter", "Dr. Helen Remington"),
                ("Elias Koteas", "Vaughan"),
                ("Deborah Kara Unger", "Catherine"),
                ("Rosanna Arquette", "Gabrielle"),
            ),
            distributor="Fine Line Features",
            mpaa_rating="NC-17",
            runtime_minutes=100,
        ),
        grade_raw="★★½",
        grade_value=50.0,
        disc=Disc(
            format="Blu-ray",
            studio="The Criterion Collection",
            release_date="2020-09-15",
            video_codec="MPEG-4 AVC",
            resolution="1080p",
            aspect_ratio="1.85:1",
            audio=("English DTS-HD Master Audio 5.1",),
            subtitles="English SDH",
            region="Region A",
            discs="1",
            features=(
                "New 4K digital restoration, supervised by director David Cronenberg",
                "Audio commentary featuring David Cronenberg",
                "Press conference from the 1996 Cannes Film Festival",
                "Onstage conversation with Cronenberg and novelist J. G. Ballard",
                "New interviews with cast and crew",
                "Behind-the-scenes footage",
                "Trailer",
                "Booklet with an essay and a 1997 interview with Ballard",
            ),
            scores=(("Video", "★★★★★"), ("Audio", "★★★★"), ("Extras", "★★★★½")),
            cover="crash-criterion-blu-ray.jpg",
            amazon_id="B08BDZNKH7",
            price="$31.96",
        ),
        extra={"comments": "6", "starring": "5"},
        paragraphs=(
            "## The Film",
            "I have tried, at three points in my life, to like David Cronenberg’s *Crash*, and I suspect I will try again. It is a film that invites admiration and then holds you at arm’s length, which is, of course, exactly what it is about.",
            "James Spader plays James Ballard, a film producer in Toronto whose marriage to Catherine (Deborah Kara Unger) is sustained by a game of reporting their affairs to each other in bed. After a head-on collision that kills another driver, Ballard meets the dead man’s wife, Dr. Helen Remington (Holly Hunter), and through her a scarred, charismatic figure named Vaughan (Elias Koteas), who stages reenactments of celebrity car crashes and photographs wrecks with the devotion of a pornographer. Rosanna Arquette turns up as Gabrielle, a survivor in leg braces. Soon all of them are chasing the same thing: sex as an extension of the collision, and the collision as an extension of sex.",
            "Cronenberg adapted the screenplay himself from J. G. Ballard’s novel, and his fidelity is almost scholarly. The dialogue is clinical, the performances hushed, the framing as cool and glossy as the car showrooms the characters drift through. Koteas is the exception, a live wire in a movie of sleepwalkers, and every scene with him has a charge the rest of the film lacks.",
            "That coldness is the point, and I understand the argument for it. The film is a portrait of people so numbed by technology that only metal and injury can reach them. But a portrait of numbness that is itself numbing is a hard sell for a hundred minutes. By the fourth or fifth coupling, the provocation has curdled into repetition. When Fine Line Features released it in America with an NC-17 rating after a long delay, the controversy was about the sex. Seen today, what stands out is how little heat there is in any of it. *Crash* fails as an erotic thriller and succeeds, intermittently, as a chilly essay about desire. Your tolerance for the second will decide your verdict.",
            "## Video",
            "Whatever I think of the film, Criterion’s disc is stunning. Sourced from a new 4K restoration supervised by Cronenberg, the image has a sheen of fine, even grain, and Peter Suschitzky’s steely blues and gunmetal grays look pristine. Skin tones are natural, and the night highway footage holds up without crush. It is easily the best this film has ever looked.",
            "## Audio",
            "The DTS-HD Master Audio 5.1 track gives Howard Shore’s guitar-heavy score a wide, shimmering stage. Crash effects are sharp and physical. Dialogue sits low in the mix by design and remains intelligible.",
            "## Special Features",
            "@@FEATURES",
            "The Cannes press conference is a hoot, with journalists visibly torn between outrage and awe. The conversation with Ballard is the real treasure; hearing the novelist endorse the film so warmly made me want to like it more. The new cast interviews are candid and well produced.",
            "## Final Thoughts",
            "A reference-grade restoration and a generous slate of extras for a film I still find more interesting to think about than to watch. Cronenberg devotees should buy without hesitation. Everyone else, proceed with caution.",
        ),
    ),
    Review(
        slug="the-grand-budapest-hotel-blu-ray-review",
        headline="The Grand Budapest Hotel Blu-ray Review",
        dek=None,
        critic="Hal Brennan",
        date="2014-06-12",
        film=FilmFacts(
            title="The Grand Budapest Hotel",
            year=2014,
            film_id="the-grand-budapest-hotel-2014",
            directors=("Wes Anderson",),
            writers=("Wes Anderson",),
            cast=(
                ("Ralph Fiennes", "M. Gustave"),
                ("Tony Revolori", "Zero"),
                ("F. Murray Abraham", "Mr. Moustafa"),
                ("Saoirse Ronan", "Agatha"),
                ("Adrien Brody", "Dmitri"),
                ("Willem Dafoe", "Jopling"),
                ("Tilda Swinton", "Madame D."),
            ),
            distributor="Fox Searchlight Pictures",
            mpaa_rating="R",
            runtime_minutes=100,
        ),
        grade_raw="★★★★",
        grade_value=80.0,
        disc=Disc(
            format="Blu-ray",
            studio="20th Century Fox Home Entertainment",
            release_date="2014-06-17",
            video_codec="MPEG-4 AVC",
            resolution="1080p",
            aspect_ratio="1.37:1, 1.85:1, 2.35:1 (varies)",
            audio=(
                "English DTS-HD Master Audio 5.1",
                "French Dolby Digital 5.1",
                "Spanish Dolby Digital 5.1",
            ),
            subtitles="English SDH, French, Spanish",
            region="Region A",
            discs="1 + Digital HD",
            features=(
                "The Making of The Grand Budapest Hotel (HD, 18 min)",
                "Bill Murray Tours the Hotel (HD, 3 min)",
                "Cast Vignettes (HD, 6 min)",
                "Stills Gallery",
                "Theatrical Trailer",
            ),
            scores=(("Video", "★★★★½"), ("Audio", "★★★★"), ("Extras", "★★")),
            cover="grand-budapest-hotel-blu-ray.jpg",
            amazon_id="B00IS6Z4IY",
            price="$14.96",
        ),
        extra={"comments": "11", "starring": "4"},
        paragraphs=(
            "## The Film",
            "Wes Anderson’s eighth feature is a cake box of a movie: pink, tiered, tied with ribbon, and — this is the surprise — filled with something darker than frosting. Fox Searchlight Pictures gave it a spring release this year, and it has turned into the director’s biggest hit. It deserves to be.",
            "The story is nested like a set of dolls. A young writer, staying in the faded Grand Budapest in the 1960s, meets its elderly owner, Mr. Moustafa (F. Murray Abraham), who tells him how he came to own it. That story takes us back to 1932 and to M. Gustave, the hotel’s legendary concierge, played by Ralph Fiennes in the best comic performance of his career. Gustave is vain, perfumed, promiscuous with the wealthy old dowagers who stay at the hotel, and fiercely loyal to his new lobby boy, Zero, a refugee played by newcomer Tony Revolori. When one of those dowagers, Madame D. (Tilda Swinton under a mountain of latex), dies and leaves Gustave a priceless painting, her son Dmitri (Adrien Brody) and his leather-coated enforcer Jopling (Willem Dafoe) set out to destroy him.",
            "What follows — a prison break, a ski chase, a shootout in the hotel corridors — is executed with Anderson’s usual clockwork precision. Saoirse Ronan is lovely as Agatha, a pastry apprentice with a birthmark shaped like Mexico, though she has little to do but be lovely. The cameos pile up so fast that a few feel like guests who came for the photograph.",
            "But the film’s heart is Fiennes. His Gustave talks in torrents of florid politeness and obscenity, and beneath the comedy Anderson lets a real sorrow creep in: the world of manners Gustave believes in is about to be trampled by uniformed thugs, and the film knows it. The final scenes have a melancholy that Anderson has not quite reached before.",
            "## Video",
            "Fox’s disc handles the film’s shifting aspect ratios — 1.37:1 for the 1930s scenes, 1.85:1 for the 1980s, 2.35:1 for the 1960s — without fuss, and the image is gorgeous. The candy-colored palette is saturated but controlled, with no bleeding in the reds and pinks, and fine detail on the hotel’s intricate miniatures is excellent.",
            "## Audio",
            "The DTS-HD Master Audio 5.1 track is mostly a front-heavy affair, as suits a dialogue-driven comedy, but Alexandre Desplat’s balalaika-laced score has lovely presence, and the ski chase opens up the surrounds nicely.",
            "## Special Features",
            "@@FEATURES",
            "## Final Thoughts",
            "A delightful film with an undertow of grief, on a disc that looks and sounds just as it should. The extras are thin promotional pieces, so anyone hoping for a deluxe edition may want to wait, but for the film alone this is easy to recommend.",
        ),
    ),
    Review(
        slug="whiplash-dvd-review",
        headline="Whiplash DVD Review",
        dek=None,
        critic="Hal Brennan",
        date="2015-02-20",
        film=FilmFacts(
            title="Whiplash",
            year=2014,
            film_id="whiplash-2014",
            directors=("Damien Chazelle",),
            writers=("Damien Chazelle",),
            cast=(
                ("Miles Teller", "Andrew Neiman"),
                ("J.K. Simmons", "Terence Fletcher"),
                ("Paul Reiser", "Jim Neiman"),
                ("Melissa Benoist", "Nicole"),
            ),
            distributor="Sony Pictures Classics",
            mpaa_rating="R",
            runtime_minutes=107,
        ),
        grade_raw="★★★★",
        grade_value=80.0,
        disc=Disc(
            format="DVD",
            studio="Sony Pictures Home Entertainment",
            release_date="2015-02-24",
            video_codec="MPEG-2",
            resolution="480i",
            aspect_ratio="2.40:1 (anamorphic widescreen)",
            audio=("English Dolby Digital 5.1", "French Dolby Digital 5.1"),
            subtitles="English, English SDH, French",
            region="Region 1",
            discs="1",
            features=(
                "Audio commentary with writer-director Damien Chazelle and J.K. Simmons",
                "Timekeepers: professional drummers on the film (16 min)",
                "Whiplash: the original 2013 short film (18 min)",
                "Deleted scene with optional commentary",
                "Toronto International Film Festival Q&A with Chazelle, Teller and Simmons",
                "Previews",
            ),
            scores=(("Video", "★★★"), ("Audio", "★★★½"), ("Extras", "★★★★")),
            cover="whiplash-dvd.jpg",
            amazon_id="B00R3SKZ4E",
            price="$12.99",
        ),
        extra={"comments": "4", "starring": "2"},
        paragraphs=(
            "## The Film",
            "If you missed *Whiplash* when Sony Pictures Classics gave it a slow platform release last fall, you have probably heard by now that J.K. Simmons is terrifying in it. That is true. What nobody told me is how funny the film is, or how morally slippery it turns out to be once the drumming stops.",
            "Miles Teller plays Andrew Neiman, a nineteen-year-old drummer in his first year at a prestigious Manhattan conservatory. He is talented, lonely, and consumed by the idea of becoming one of the greats. When Terence Fletcher (Simmons), the school’s most feared bandleader, recruits him into the studio band, Andrew thinks he has been chosen. In a sense he has: Fletcher chooses his victims carefully, and the film charts a war of attrition fought in rehearsal rooms, in which chairs are thrown, hands bleed into the snare, and every word of praise is a trap.",
            "Writer-director Damien Chazelle, who expanded the story from his own short film, keeps the scenes outside the practice room brief, and they are well judged. Paul Reiser plays Jim Neiman, Andrew’s gentle, disappointed father, and Melissa Benoist is very good as Nicole, the girl Andrew dumps in a scene of breathtaking arrogance because she might slow him down. These moments tell us that Andrew is not simply Fletcher’s victim. He wants what Fletcher is selling.",
            "The final concert, close to ten minutes of drumming and glaring, is as thrilling as any action climax I saw last year, and the cutting by Tom Cross is razor sharp. My reservation is that the movie seems a little too thrilled by its own ending. It stages a question — is greatness worth this? — and then answers with a drum solo. I am still not sure whether that is the film’s point or its blind spot, which may be exactly why people keep arguing about it.",
            "## Video",
            "This is a DVD, and it looks like one. The anamorphic widescreen image is clean and free of obvious artifacts, and the amber-and-black palette of the rehearsal rooms holds up, but fine detail is limited and some of the quick cutting in the finale turns mushy. If you have the option, the Blu-ray is the better buy.",
            "## Audio",
            "The Dolby Digital 5.1 track is better than the picture. The drums hit hard, the big-band arrangements have good separation across the front, and Fletcher’s bellowing fills the room in a way that makes you flinch.",
            "## Special Features",
            "Sony has been generous for a standard-definition release:",
            "@@FEATURES",
            "The commentary pairing Chazelle and Simmons is lively and often funny. The original short, which Chazelle made to raise money for the feature, is a fascinating curiosity, with Simmons already in place. “Timekeepers” collects drummers talking about the film’s realism, which some of them gently question.",
            "## Final Thoughts",
            "A thrilling, unsettling film on a merely serviceable disc with good extras. Recommended, but upgrade to the Blu-ray if you can.",
        ),
    ),
)


# ---------------------------------------------------------------- data: Frame Rate Review

FRAME_RATE: tuple[Review, ...] = (
    Review(
        slug="moonlight-review",
        headline="Moonlight review: three chapters of one life, told with astonishing tenderness",
        dek="Barry Jenkins’s second feature follows a boy in Miami from childhood to manhood, and it may be the most quietly radical American film of the year.",
        critic="Priya Castellanos",
        date="2016-10-20",
        film=FilmFacts(
            title="Moonlight",
            year=2016,
            film_id="moonlight-2016",
            directors=("Barry Jenkins",),
            writers=("Barry Jenkins", "Tarell Alvin McCraney"),
            cast=(
                ("Trevante Rhodes", "Black"),
                ("Ashton Sanders", "Chiron"),
                ("Alex R. Hibbert", "Little"),
                ("Mahershala Ali", "Juan"),
                ("Naomie Harris", "Paula"),
                ("Janelle Monáe", "Teresa"),
                ("André Holland", "Kevin"),
            ),
            distributor="A24",
            mpaa_rating="R",
            runtime_minutes=111,
            release_date="2016-10-21",
        ),
        grade_raw="5/5",
        grade_value=100.0,
        extra={
            "rating": "5/5",
            "published": "2016-10-20T09:00:00-04:00",
            "modified": "2016-10-21T11:42:00-04:00",
            "date_created": "2016-10-21",
            "production_company": "Plan B Entertainment",
            "up_next": "‘Arrival’ Examines the Grammar of Grief|/reviews/arrival-review",
            "lead_caption": "Mahershala Ali and Alex R. Hibbert in Moonlight. Photo: A24",
            "bio": "is Frame Rate Review’s chief film critic.",
            "read_time": "6",
        },
        paragraphs=(
            "About halfway through *Moonlight*, a teenage boy sits on a beach at night with the one friend who has ever been kind to him, and the two of them talk about the breeze coming off the water. Nothing much is said. Everything is understood. It is one of the great scenes in recent American movies, and Barry Jenkins has built a whole film around the idea that the most important things in a life often happen in exactly that register: softly, briefly, and then never again.",
            "The film is told in three chapters, each named for what its hero is called at the time. In “Little,” Chiron (Alex R. Hibbert) is a small, silent boy in a Liberty City housing project, bullied at school and neglected at home by his mother Paula, played by Naomie Harris, who is sliding into crack addiction. He is taken in, almost by accident, by a drug dealer named Juan (Mahershala Ali) and his girlfriend Teresa (Janelle Monáe), who feed him and let him sleep on their couch. In the film’s most famous scene, Juan teaches him to float in the ocean, cradling his head in the water like a baptism.",
            "@@FIGURE moonlight-beach.jpg|Ashton Sanders in the film’s second chapter.",
            "In “Chiron,” Ashton Sanders plays him as a gangly, haunted high schooler, still tormented, still drawn to his classmate Kevin. And in “Black,” Trevante Rhodes plays the adult Chiron, who has armored himself in muscle and gold teeth and has become, of all things, a dealer in Atlanta. When a late-night phone call from Kevin, now played by André Holland, brings him back to Miami, the film arrives at a diner scene of such patient, aching intimacy that I found it hard to breathe.",
            "@@AD",
            "Jenkins wrote the screenplay from a story by the playwright Tarell Alvin McCraney, and the two men grew up in the same neighborhood; you can feel that specificity in every frame. But what makes *Moonlight* extraordinary is how it is made. James Laxton’s camera circles the actors, swoons in close, and bathes them in saturated blues and magentas. Nicholas Britell’s score borrows the sound of chopped-and-screwed hip-hop and applies it to strings. The style is lush, but it is never decoration. It is the film’s way of insisting that this life deserves the full attention of cinema.",
            "@@RELATED Mahershala Ali on playing Juan: ‘He had to be more than a type’|/features/mahershala-ali-moonlight-interview",
            "The three actors playing Chiron barely resemble one another, and it doesn’t matter; they share the same watchful, downcast eyes, and Jenkins reportedly kept them apart during the shoot so that none would imitate the others. Ali is only in the first third of the film, yet his warmth hangs over everything that follows. Harris, in a role that could have been a cautionary cliché, finds both monstrousness and heartbreak in Paula, especially in a late scene of apology.",
            "This is a film about masculinity, poverty, queerness and Black life in America, and it is about none of those things as topics. It is about one person. That is its radicalism, and its grace. *Moonlight* opens Friday in New York and Los Angeles and expands in the weeks after. Go.",
        ),
    ),
    Review(
        slug="arrival-review",
        headline="'Arrival' Examines the Grammar of Grief",
        dek="Denis Villeneuve’s first-contact drama is a science-fiction film in which the big question is not what the aliens want but how we talk.",
        critic="Jonah Feld",
        date="2016-11-10",
        film=FilmFacts(
            title="Arrival",
            year=2016,
            film_id="arrival-2016",
            directors=("Denis Villeneuve",),
            writers=("Eric Heisserer",),
            cast=(
                ("Amy Adams", "Louise Banks"),
                ("Jeremy Renner", "Ian Donnelly"),
                ("Forest Whitaker", "Colonel Weber"),
                ("Michael Stuhlbarg", "Agent Halpern"),
                ("Tzi Ma", "General Shang"),
            ),
            distributor="Paramount Pictures",
            mpaa_rating="PG-13",
            runtime_minutes=116,
            release_date="2016-11-11",
        ),
        grade_raw="4/5",
        grade_value=80.0,
        extra={
            "rating": "4/5",
            "published": "2016-11-10T06:30:00-05:00",
            "date_created": "2016-11-11",
            "production_company": "FilmNation Entertainment",
            "review_type": "CriticReview",
            "up_next": "Moonlight review: three chapters of one life, told with astonishing tenderness|/reviews/moonlight-review",
            "lead_caption": "Amy Adams as Louise Banks. Photo: Paramount Pictures",
            "bio": "writes about film and television for Frame Rate Review.",
            "read_time": "5",
        },
        paragraphs=(
            "Twelve objects, each shaped like a smooth black lozenge, appear above the Earth one morning and hang there. They don’t attack. They don’t broadcast demands. Every eighteen hours a door opens at the bottom of each one, and the humans who enter are met by towering, seven-limbed creatures behind a glass wall who communicate by squirting rings of inky smoke. What those rings mean is the subject of *Arrival*, and it is a measure of how confident the film is that a puzzle about grammar turns out to be as gripping as any alien invasion.",
            "Amy Adams plays Louise Banks, a linguistics professor who is recruited by the Army’s Colonel Weber (Forest Whitaker) to help decipher the visitors’ language at the landing site in Montana. She is paired with a theoretical physicist, Ian Donnelly, played by Jeremy Renner with an easy, puppyish charm. While Louise and Ian slowly build a vocabulary with the creatures — whom Ian nicknames Abbott and Costello — the other nations hosting the ships grow impatient, and China’s General Shang (Tzi Ma) begins to talk about a military response. Michael Stuhlbarg plays a CIA man, Agent Halpern, who embodies every suspicious instinct the film is warning us against.",
            "@@AD",
            "Eric Heisserer’s screenplay, adapted from a short story by Ted Chiang, interleaves all this with glimpses of Louise’s relationship with her daughter, who dies young of an illness. To say more about how those glimpses fit would spoil the film’s central idea, which is genuinely surprising and, more impressively, genuinely earned. It recasts everything we have seen, and it turns a first-contact thriller into a meditation on loss and choice.",
            "Denis Villeneuve, coming off *Sicario*, directs with a deliberate, almost liturgical pace. Bradford Young’s photography is gray and fog-soaked, and Jóhann Jóhannsson’s score groans and hums like something being dredged from the deep. The first trip into the ship, with its gravity turning sideways, is a superb piece of filmmaking that makes you feel the strangeness physically.",
            "@@RELATED The science of ‘Arrival’: can language really change how we think?|/features/arrival-linguistics-explainer",
            "Adams carries the film, and it is a performance of small, exact choices: the way Louise removes her hazmat helmet to let the creatures see her face, the half-second of panic before she regains control. She makes intelligence look like a form of courage.",
            "My reservations are modest. The geopolitical subplot, with its television montages of riots and its countdown to war, feels borrowed from a more conventional movie, and its resolution hinges on a phone call that asks us to accept a lot. Renner’s character is more a function than a person. But these are quibbles about a film that dares to be about ideas and feelings at once, and that treats its audience as capable of following both. *Arrival* opens Friday.",
        ),
    ),
    Review(
        slug="lady-bird-review",
        headline="Lady Bird review: Greta Gerwig’s Sacramento valentine is warm, funny and a little too tidy",
        dek=None,
        critic="Priya Castellanos",
        date="2017-11-02",
        film=FilmFacts(
            title="Lady Bird",
            year=2017,
            film_id="lady-bird-2017",
            directors=("Greta Gerwig",),
            writers=("Greta Gerwig",),
            cast=(
                ("Saoirse Ronan", "Christine “Lady Bird” McPherson"),
                ("Laurie Metcalf", "Marion McPherson"),
                ("Tracy Letts", "Larry McPherson"),
                ("Lucas Hedges", "Danny O'Neill"),
                ("Timothée Chalamet", "Kyle Scheible"),
                ("Beanie Feldstein", "Julie Steffans"),
            ),
            distributor="A24",
            mpaa_rating="R",
            runtime_minutes=94,
            release_date="2017-11-03",
        ),
        grade_raw="3.5/5",
        grade_value=70.0,
        extra={
            "rating": "3.5/5",
            "published": "2017-11-02T08:00:00-04:00",
            "date_created": "2017-11-03",
            "production_company": "Scott Rudin Productions",
            "up_next": "Spike Lee’s Remake Keeps the Hammer, Loses the Nerve|/reviews/oldboy-remake-review",
            "lead_caption": "Saoirse Ronan and Laurie Metcalf. Photo: Merie Wallace / A24",
            "bio": "is Frame Rate Review’s chief film critic.",
            "read_time": "4",
        },
        paragraphs=(
            "It is the fall of 2002 in Sacramento, and Christine McPherson would like everyone to call her Lady Bird. She chose the name herself. It is, she explains, given to her by her, and that small act of self-invention is the engine of Greta Gerwig’s first film as a solo director: a year in the life of a high-school senior who wants very badly to be someone, somewhere, else.",
            "Saoirse Ronan plays her with dyed-red hair, a pink arm cast for much of the film, and a gift for saying exactly the wrong thing at full volume. Lady Bird attends a Catholic girls’ school on scholarship, schemes to get into a college on the East Coast that her family cannot afford, and cycles through the standard rites: the school musical, a first boyfriend (Lucas Hedges as the sweet, secretive Danny O’Neill), a second boyfriend (Timothée Chalamet as Kyle Scheible, a self-regarding musician in a garage band), and a falling-out with her best friend Julie, played with lovely unguarded goofiness by Beanie Feldstein.",
            "@@FIGURE lady-bird-prom.jpg|Beanie Feldstein and Saoirse Ronan. Photo: A24",
            "The film’s real love story, though, is with her mother. Laurie Metcalf plays Marion McPherson, a psychiatric nurse working double shifts while her husband Larry (Tracy Letts) quietly battles depression and unemployment. Marion and Lady Bird fight the way only people who are too alike can, and the film’s best scene — a thrift-store hunt for a dress that turns from an argument into a compliment and back again in under a minute — is a small masterpiece of timing from both actresses. Metcalf in particular is superb: stern, wounded, funny, and never allowed a speech that explains her.",
            "@@AD",
            "Gerwig, who also wrote the screenplay, has a sharp ear and a generous eye. Nearly every minor character, from the football coach drafted in to run the school play like a game plan to a nun who responds to a prank on her car with genuine amusement, gets at least one moment of dignity. The film moves quickly, cutting its episodes short at just the right beat, and at ninety-four minutes it never overstays.",
            "And yet I left it admiring more than moved. For all its specificity of place and period, *Lady Bird* follows the coming-of-age map very closely, hitting each landmark on schedule and resolving nearly every conflict with a warm embrace. The edges that make its heroine so vivid are, by the final reel, sanded rather smooth. It is a lovely, lived-in film. I just wish it had trusted its own strangeness a little more.",
        ),
    ),
    Review(
        slug="whiplash-review",
        headline="Whiplash review: a drum solo with a stopwatch",
        dek="J.K. Simmons is a force of nature as a sadistic bandleader, but Damien Chazelle’s film understands fear far better than it understands jazz.",
        critic="Tessa Marlowe",
        date="2014-10-09",
        film=FilmFacts(
            title="Whiplash",
            year=2014,
            film_id="whiplash-2014",
            directors=("Damien Chazelle",),
            writers=("Damien Chazelle",),
            cast=(
                ("Miles Teller", "Andrew Neiman"),
                ("J.K. Simmons", "Terence Fletcher"),
                ("Paul Reiser", "Jim Neiman"),
                ("Melissa Benoist", "Nicole"),
            ),
            distributor="Sony Pictures Classics",
            mpaa_rating="R",
            runtime_minutes=107,
            release_date="2014-10-10",
        ),
        grade_raw="2.5/5",
        grade_value=50.0,
        extra={
            "rating": "2.5/5",
            "published": "2014-10-09T10:15:00-04:00",
            "date_created": "2014-10-10",
            "production_company": "Bold Films",
            "up_next": "Rust and Bone Review: Audiard’s Bruising, Beautiful Mess|/reviews/rust-and-bone-review",
            "lead_caption": "Miles Teller in Whiplash. Photo: Daniel McFadden / Sony Pictures Classics",
            "bio": "covers film, music and the places they meet.",
            "read_time": "5",
        },
        paragraphs=(
            "Let me start with what is undeniable. As a piece of tension engineering, *Whiplash* is nearly perfect. Its scenes are timed like a metronome set a notch too fast, and by the last ten minutes the audience I saw it with was gripping armrests as if a bomb were about to go off. It is a thriller. It just happens to be a thriller about a drummer.",
            "Miles Teller plays Andrew Neiman, a first-year student at the fictional Shaffer Conservatory in New York, who practices until his hands bleed and dreams of becoming the next Buddy Rich. Andrew catches the eye of Terence Fletcher, the conservatory’s celebrated studio band conductor, and Fletcher, as played by J.K. Simmons, is a genuinely frightening creation: bald, black-clad, sinewy, a man who can go from paternal warmth to screaming homophobic abuse within a single bar of music. He slaps Andrew to count tempo. He throws a chair at his head. He explains, in a jazz club late in the film, that he does it because the worst two words in the English language are “good job.”",
            "@@AD",
            "Simmons is so good that the movie bends around him. Teller is more than a match, with a sullen, coiled intensity that makes Andrew’s ambition read as something close to illness. His scenes away from the rehearsal room are few but telling: a dinner with his relatives in which he sneers at his cousins’ football triumphs while his father Jim (Paul Reiser) winces, and a brutal breakup with Nicole (Melissa Benoist), a perfectly nice girl whose only crime is that she might take up practice time.",
            "So why am I not more enthusiastic? Because writer-director Damien Chazelle, for all his skill, seems to believe Fletcher’s philosophy even as he dramatizes its cruelty. The film’s idea of jazz is entirely about speed, precision and the humiliation of the weak, a cutting contest with no room for swing, pleasure or listening. The great players the film invokes learned as much from each other on bandstands as from anyone with a whip, and the real history of the music is full of generosity that *Whiplash* never glimpses. When the climactic performance arrives, it is staged as a victory, and the movie seems not to notice that it has just endorsed the abuse it spent ninety minutes showing us.",
            "@@RELATED Our interview with J.K. Simmons on playing a monster|/features/jk-simmons-interview",
            "Maybe that ambiguity is intended; I’ve heard smart people argue it is. But ambiguity has to be built into the fabric of a film, and here the fabric is all adrenaline. *Whiplash* fails as a movie about music and succeeds, brilliantly, as a movie about fear. That is something. It is not quite enough.",
        ),
    ),
    Review(
        slug="rust-and-bone-review",
        headline="Rust and Bone Review: Audiard’s Bruising, Beautiful Mess",
        dek="Marion Cotillard and Matthias Schoenaerts are extraordinary in a melodrama that doesn’t know when to stop piling on.",
        critic="Tessa Marlowe",
        date="2012-11-21",
        film=FilmFacts(
            title="Rust and Bone",
            year=2012,
            film_id="rust-and-bone-2012",
            directors=("Jacques Audiard",),
            writers=("Jacques Audiard", "Thomas Bidegain"),
            cast=(
                ("Marion Cotillard", "Stéphanie"),
                ("Matthias Schoenaerts", "Ali"),
                ("Armand Verdure", "Sam"),
                ("Corinne Masiero", "Anna"),
                ("Bouli Lanners", "Martial"),
            ),
            distributor="Sony Pictures Classics",
            mpaa_rating="R",
            runtime_minutes=120,
            release_date="2012-11-23",
        ),
        grade_raw="3/5",
        grade_value=60.0,
        extra={
            "rating": "3/5",
            "published": "2012-11-21T12:00:00-05:00",
            "date_created": "2012-05-17",
            "production_company": "Why Not Productions",
            "up_next": "Whiplash review: a drum solo with a stopwatch|/reviews/whiplash-review",
            "lead_caption": "Marion Cotillard in Rust and Bone. Photo: Roger Arpajou / Sony Pictures Classics",
            "bio": "covers film, music and the places they meet.",
            "read_time": "5",
        },
        paragraphs=(
            "Jacques Audiard makes movies about bodies under pressure, and his new film, which premiered at Cannes in May under its original title *De rouille et d’os*, puts two of them through an almost comic amount of punishment. One loses her legs. The other loses fights, teeth, knuckles and very nearly his son. What *Rust and Bone* never loses is its nerve, and that is both its glory and its problem.",
            "Ali (Matthias Schoenaerts) is a hulking Belgian drifter who turns up in Antibes with his five-year-old son Sam (Armand Verdure), whom he barely knows how to look after, and moves in with his sister Anna (Corinne Masiero), a supermarket cashier who has troubles enough of her own. He takes a job as a nightclub bouncer, where he meets Stéphanie, a killer-whale trainer at the local Marineland, played by Marion Cotillard. Weeks later, an accident during a show leaves her a double amputee, and in her depression she calls the one person who never treated her gently.",
            "@@FIGURE rust-and-bone-water.jpg|Matthias Schoenaerts and Marion Cotillard. Photo: Sony Pictures Classics",
            "What follows is a romance of sorts, conducted with startling bluntness. Ali carries Stéphanie into the sea. He offers her sex the way he would offer to help with the groceries, without fuss or tenderness, and she, to her own surprise, accepts. Meanwhile he drifts into illegal bare-knuckle fighting, organized by a small-time fixer named Martial (Bouli Lanners), and Stéphanie, of all people, becomes his manager.",
            "@@AD",
            "Cotillard is remarkable. The digital effects that erase her legs are seamless, but what sells the role is the way she carries herself: the slow return of vanity, the raised chin, the moment alone on her balcony when she rehearses the gestures she once used to cue the orcas. Schoenaerts is just as good in a less flattering part, a man whose kindness and thoughtlessness come from the same place. Together they have a raw, unsentimental chemistry that is rare in any language.",
            "The trouble is Audiard and Thomas Bidegain’s screenplay, adapted loosely from a book of short stories by Craig Davidson, which keeps reaching for another catastrophe. Having given us one life-altering accident, the film provides another in its last act, staged on a frozen lake, that feels designed in a lab to jerk tears. The score swells, the camera flares, the music pushes. I was moved and annoyed in equal measure. Audiard has the instincts of a great filmmaker and, here, the appetites of a soap opera.",
            "*Rust and Bone* opens Friday in New York and Los Angeles. See it for two of the year’s best performances, and brace yourself for the rest.",
        ),
    ),
    Review(
        slug="oldboy-remake-review",
        headline="Spike Lee’s Remake Keeps the Hammer, Loses the Nerve",
        dek="Josh Brolin swings hard, but this American redo of a modern Korean classic never gives us a reason to exist.",
        critic="Jonah Feld",
        date="2013-11-26",
        film=FilmFacts(
            title="Oldboy",
            year=2013,
            film_id="oldboy-2013",
            directors=("Spike Lee",),
            writers=("Mark Protosevich",),
            cast=(
                ("Josh Brolin", "Joe Doucett"),
                ("Elizabeth Olsen", "Marie Sebastian"),
                ("Sharlto Copley", "Adrian Pryce"),
                ("Samuel L. Jackson", "Chaney"),
                ("Michael Imperioli", "Chucky"),
            ),
            distributor="FilmDistrict",
            mpaa_rating="R",
            runtime_minutes=104,
            release_date="2013-11-27",
        ),
        grade_raw="1.5/5",
        grade_value=30.0,
        extra={
            "rating": "1.5/5",
            "published": "2013-11-26T07:00:00-05:00",
            "date_created": "2013-11-27",
            "production_company": "40 Acres and a Mule Filmworks",
            "up_next": "Lady Bird review: Greta Gerwig’s Sacramento valentine is warm, funny and a little too tidy|/reviews/lady-bird-review",
            "lead_caption": "Josh Brolin as Joe Doucett. Photo: Hilary Bronwyn Gayle / FilmDistrict",
            "bio": "writes about film and television for Frame Rate Review.",
            "read_time": "4",
        },
        paragraphs=(
            "There is a corridor fight in Spike Lee’s *Oldboy*. Of course there is. Josh Brolin, armed with a hammer, works his way through a few dozen goons in a long tracking shot that climbs up and down a multilevel warehouse set, and it is competently done, and it means absolutely nothing. That, in short, is the trouble with the whole movie.",
            "Brolin plays Joe Doucett, an advertising executive with a drinking problem and a contempt for everyone, including the daughter he routinely forgets. After a particularly ugly night in 1993, he wakes up in a windowless room designed to look like a cheap motel suite, and there he stays for twenty years, watching television, learning that his ex-wife has been murdered and that he has been framed for it, and teaching himself to fight by shadow-boxing along with kung fu movies. Released without explanation, he tracks down his captors with the help of Marie Sebastian, a social worker played by Elizabeth Olsen, and an old friend, Chucky (Michael Imperioli), who runs a sports bar.",
            "@@AD",
            "Mark Protosevich’s screenplay follows the shape of the 2003 Korean film by Park Chan-wook closely enough that anyone who has seen it will be ahead of every twist. What it changes, it mostly dilutes. The original’s famous octopus is reduced to a visual gag. The villain, an elegant, aggrieved rich man in the first version, becomes in Sharlto Copley’s performance as Adrian Pryce a fey cartoon with a silly accent, and Samuel L. Jackson, as the jailer Chaney, sporting a mohawk, seems to be in a livelier, dumber movie of his own.",
            "@@RELATED Revisiting Park Chan-wook’s original ‘Oldboy,’ ten years on|/features/oldboy-2003-revisited",
            "Lee is a great director, and there are flashes of his eye here: a shot of Joe dwarfed by a wall of television screens, a burst of color in an otherwise drab palette. But the film has reportedly been cut down from a much longer version, and it plays that way, with scenes that start in the middle and relationships that skip whole stages. The love story between Joe and Marie, which the climax depends on, barely exists on screen.",
            "Brolin commits to the physical side of the role and is never less than watchable. But where Choi Min-sik made the original’s prisoner a man scraped raw, Joe simply seems angry, and anger without grief is just noise. The remake does keep the notorious ending, more or less, and if anything makes it grimmer, yet it lands without any of the original’s tragic weight. The shock is still there. The nerve is not.",
            "*Oldboy* opens Wednesday. Seek out the original instead.",
        ),
    ),
)


# ---------------------------------------------------------------- data: The Cinephile Quarterly

CINEPHILE: tuple[Review, ...] = (
    Review(
        slug="parasite-architecture-of-envy",
        headline="Parasite: The Architecture of Envy",
        dek=None,
        critic="Everett Lindqvist",
        date="2019-10-14",
        film=FilmFacts(
            title="Parasite",
            year=2019,
            film_id="parasite-2019",
            directors=("Bong Joon-ho",),
            writers=("Bong Joon-ho", "Han Jin-won"),
            cast=(
                ("Song Kang-ho", "Ki-taek"),
                ("Lee Sun-kyun", "Park Dong-ik"),
                ("Cho Yeo-jeong", "Yeon-gyo"),
                ("Choi Woo-shik", "Ki-woo"),
                ("Park So-dam", "Ki-jung"),
                ("Jang Hye-jin", "Chung-sook"),
                ("Lee Jung-eun", "Moon-gwang"),
            ),
            distributor="Neon",
            mpaa_rating="R",
            runtime_minutes=132,
        ),
        grade_raw="9/10",
        grade_value=90.0,
        extra={
            "issue": "84",
            "original_title": "Gisaengchung",
            "bio": "is a contributing editor of the Quarterly. His book on staircases in cinema is forthcoming.",
        },
        paragraphs=(
            "Every film by Bong Joon-ho is, in some sense, about a building. *The Host* is about the bridges over the Han River and what festers beneath them; *Snowpiercer* is a train turned into a class system, carriage by carriage. With *Parasite* — the Korean title, *Gisaengchung*, is blunter still — he has made his most perfectly engineered structure yet: a house, a staircase, and a basement, and a story that moves up and down between them like water finding its level.",
            "The Kims live in a semi-basement apartment where the window sits at the height of the street and drunks urinate against it. Ki-taek (Song Kang-ho), the father, has failed at a series of small businesses; his wife Chung-sook (Jang Hye-jin) was once a hammer-throwing athlete; their children, Ki-woo (Choi Woo-shik) and Ki-jung (Park So-dam), are bright, unemployed and skilled at forgery. When a friend offers Ki-woo a job tutoring the teenage daughter of the wealthy Park family, he accepts, and within weeks the whole Kim family has insinuated itself into the Parks’ modernist house on the hill, each one posing as an unrelated professional: an art therapist, a driver, a housekeeper.",
            "The Parks themselves are not villains, which is the first of the film’s great refusals. Park Dong-ik (Lee Sun-kyun) is a tech executive of breezy self-assurance; his wife Yeon-gyo (Cho Yeo-jeong) is sweet, anxious and almost comically credulous. They are kind, in the way that people who have never needed anything can afford to be kind. What betrays their contempt is a small thing, a smell — the smell, Mr. Park says, of people who ride the subway — and Bong returns to that smell until it becomes unbearable.",
            "@@PULL Bong returns to that smell until it becomes unbearable.",
            "For its first hour, *Parasite* is a caper, and a giddily funny one. Bong choreographs the Kims’ infiltration with the pleasure of a heist director, cutting between schemes in a montage set to baroque music, and the cast plays it with impeccable timing. Song, who has been Bong’s great collaborator since *Memories of Murder*, gives Ki-taek a sheepish dignity that makes the later turns of the story all the more painful. Park So-dam, as the steely, unflappable Ki-jung, nearly steals the film.",
            "Then, on a rainy night when the Parks are away camping, the housekeeper they have displaced, Moon-gwang (Lee Jung-eun, superb), rings the doorbell, and the film drops through a trapdoor. I will say no more about what she has left behind in the house, except that it changes the genre, the stakes and the moral geometry of everything before it.† What had been a comedy of imposture becomes a struggle between the poor for the crumbs of the rich, while the rich sleep soundly upstairs.",
            "† Bong has asked critics not to reveal the film’s second half, and I have honored the request. Readers who have seen it will know that the word “basement” in my first paragraph is doing a good deal of work.",
            "The sequence that follows — the Kims fleeing the house in a downpour, running down street after street, staircase after staircase, until they reach their flooded neighborhood and Ki-taek wades through sewage to rescue what he can — is the film’s thesis rendered as pure movement. Rain that is an inconvenience on the hill is a catastrophe at the bottom. Bong does not need a speech. He has a slope.",
            "If I hesitate at all, it is over the final act, which resolves in a burst of violence at a garden party that is staged brilliantly but explained, perhaps, a beat too clearly. A film this precise does not need to underline its own argument, and the epilogue, with its dream of upward mobility narrated in voice-over, comes close to doing so. But the last image, of a window at street level, restores the ambiguity Bong has earned, and it left the audience I saw it with in total silence.",
            "The screenplay, written by Bong with Han Jin-won, won the Palme d’Or at Cannes this spring, the first Korean film to do so. It deserves every bit of its coming acclaim. *Parasite* is the rare film about inequality that is also a thoroughly entertaining piece of popular cinema, and it never lets the entertainment off the hook.",
        ),
    ),
    Review(
        slug="fury-road-tyranny-of-momentum",
        headline="Fury Road and the Tyranny of Momentum",
        dek=None,
        critic="Everett Lindqvist",
        date="2015-06-08",
        film=FilmFacts(
            title="Mad Max: Fury Road",
            year=2015,
            film_id="mad-max-fury-road-2015",
            directors=("George Miller",),
            writers=("George Miller", "Brendan McCarthy", "Nico Lathouris"),
            cast=(
                ("Tom Hardy", "Max"),
                ("Charlize Theron", "Furiosa"),
                ("Nicholas Hoult", "Nux"),
                ("Hugh Keays-Byrne", "Immortan Joe"),
            ),
            distributor="Warner Bros. Pictures",
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        grade_raw="6/10",
        grade_value=60.0,
        extra={
            "issue": "67",
            "bio": "is a contributing editor of the Quarterly.",
        },
        paragraphs=(
            "A confession to begin with: I came out of *Mad Max: Fury Road* exhausted, exhilarated, and faintly bored, in that order, and the order matters. In the weeks since, the film has become the subject of a critical consensus so total that to register a reservation feels like heckling a fireworks display. Let me heckle, politely, while admitting that the fireworks are extraordinary.",
            "The story, such as it is, can be told in a sentence. In a desert wasteland ruled by a warlord named Immortan Joe (Hugh Keays-Byrne), who hoards water and breeds sickly, fanatical War Boys, his finest driver, Furiosa (Charlize Theron), escapes in a fuel tanker with the five young women Joe keeps as breeding wives, and she is pursued across the desert by Joe’s armada, with the captured drifter Max (Tom Hardy) first as a hostage and then as an ally. That is the first half. In the second half, they turn around and drive back.",
            "There is nothing wrong with such simplicity. The great chase films — *The General*, *Duel*, George Miller’s own *The Road Warrior* — have been about little more than getting from one place to another under fire. And as a feat of physical filmmaking, *Fury Road* dwarfs almost everything in its genre. The stunts, overwhelmingly practical, have the heft that digital spectacle so rarely achieves: bodies swing on poles between moving vehicles, cars flip and disintegrate, and the editing, for all its velocity, never loses track of where anyone is. Miller, working from a screenplay written with Brendan McCarthy and Nico Lathouris, has storyboarded the film like a comic book, and it shows in the best sense.",
            "@@PULL The film is all verbs and no subordinate clauses.",
            "My reservation is with what momentum does to everything else. The film is all verbs and no subordinate clauses. Theron’s Furiosa is a magnificent presence — the shaved head, the mechanical arm, the greasepaint across her brow — but the film gives her a motive (a lost homeland, the Green Place) and almost no interior life to go with it. Hardy is reduced, by design, to grunts and a single flashback-haunted tic. The wives are drawn in a few strokes each. Only Nicholas Hoult, as the War Boy Nux, gets anything like an arc, and it is the most affecting thing in the picture, precisely because it is allowed a scene in which nobody is driving.",
            "I do not say this because I want *Fury Road* to be a chamber drama. I say it because by the hour mark, when the convoy is once again roaring and the guitar-playing mutant is once again shredding on his rig of speakers, the sensation of relentlessness starts to eat itself. A film that never pauses cannot build; it can only sustain. Miller sustains brilliantly, and the final charge back through the canyon is thrilling, but I felt a curious flatness beneath the noise, as though I were watching the world’s finest drummer play one very long fill.†",
            "† The comparison is not idle. Junkie XL’s score, which pounds almost continuously, is the aural equivalent of the film’s editing, and it is telling that the film’s quietest scene, a night in a bog among stranded crows, is also its most haunting.",
            "There is a reading of the film, already fashionable, that makes it a feminist parable: women escaping ownership, a patriarch toppled, a matriarchal tribe of motorcycle grandmothers who keep seeds in a bag. It is a welcome reading, and not a wrong one. But it is a reading the film gestures toward far more than it explores. Its politics, like its characters, are conveyed in images and slogans — “We are not things,” scrawled on a wall — rather than dramatized.",
            "So: a superb machine, a great deal of fun, and a real achievement for a filmmaker of seventy. Warner Bros. Pictures will sell it, rightly, as the action film of the year. I only wish it had slowed down, once or twice, long enough to let us feel the weight of what it carries.",
        ),
    ),
    Review(
        slug="arrival-language-as-time-machine",
        headline="On Arrival: Language as a Time Machine",
        dek=None,
        critic="Margaret Osei-Bonsu",
        date="2016-11-21",
        film=FilmFacts(
            title="Arrival",
            year=2016,
            film_id="arrival-2016",
            directors=("Denis Villeneuve",),
            writers=("Eric Heisserer",),
            cast=(
                ("Amy Adams", "Louise Banks"),
                ("Jeremy Renner", "Ian Donnelly"),
                ("Forest Whitaker", "Colonel Weber"),
            ),
            distributor="Paramount Pictures",
            mpaa_rating="PG-13",
            runtime_minutes=116,
        ),
        grade_raw="8/10",
        grade_value=80.0,
        extra={
            "issue": "73",
            "bio": "teaches film and linguistics and writes for the Quarterly on science fiction.",
        },
        paragraphs=(
            "It is rare for a science-fiction film to take the work of a linguist seriously, and rarer still for one to make that work the very substance of its drama. *Arrival* does both. Denis Villeneuve’s film contains spaceships, soldiers, the threat of world war and the obligatory montage of cable-news panic, but its central action is a woman holding up a whiteboard with the word HUMAN written on it, and waiting to see what comes back.",
            "That woman is Louise Banks (Amy Adams), a professor who is brought by Colonel Weber (Forest Whitaker), a weary Army officer, to one of twelve alien vessels that have settled above sites around the world. Hers hovers over a green Montana valley. With a physicist, Ian Donnelly (Jeremy Renner), she begins to learn the written language of the visitors, two enormous, seven-limbed creatures who produce circular logograms from a kind of ink. The symbols have no beginning and no end; a single one can express a complete thought, composed all at once.",
            "This is where Eric Heisserer’s screenplay, adapted from Ted Chiang’s novella *Story of Your Life*, reveals its ambition. The film borrows, in a deliberately popularized form, the old hypothesis that the language we speak shapes the way we perceive the world. What if learning a language that does not move in a line taught the mind not to, either? I will not say how that idea connects to the scenes of Louise with her daughter that punctuate the film, but the connection is one of the most satisfying structural surprises in recent popular cinema.",
            "@@PULL She makes thinking look like the most dramatic thing a person can do.",
            "Adams has rarely been better. Her Louise is reserved, watchful and quietly funny, and in the scenes inside the vessel, as she peels off her protective suit to let the visitors see her face, she conveys both terror and an almost devotional curiosity. She makes thinking look like the most dramatic thing a person can do. Renner, by contrast, is given little beyond amiable support, and Whitaker’s colonel is a sketch, though Whitaker’s gravity fills in much of what the script leaves blank.",
            "Villeneuve and his cinematographer, Bradford Young, shoot the film in a muted palette of grays and blues, with the light inside the vessel a milky white that seems to erase distance. The sound design is extraordinary: a low, thrumming, whale-like vocabulary that we feel before we understand. Jóhann Jóhannsson’s score, built from human voices stretched and looped, is its perfect complement.†",
            "† The film’s opening and closing passages are scored instead with Max Richter’s *On the Nature of Daylight*, a piece that has by now been used in so many films that it risks becoming a shorthand for grief. Here, at least, it earns its place.",
            "Where the film falters is in its concessions to the blockbuster it is not. The geopolitical subplot, in which China and Russia move toward attacking their vessels, supplies a ticking clock that the story does not need, and its resolution relies on a coincidence that even the film’s own logic strains to accommodate. These scenes are handled efficiently; they are simply less interesting than everything else.",
            "Still, *Arrival* is a thoughtful, moving and unusually adult film, one that trusts its audience to follow an idea to its end. That it has become a popular success suggests audiences were waiting for exactly that kind of trust.",
        ),
    ),
    Review(
        slug="the-tenderness-of-moonlight",
        headline="The Tenderness of Moonlight",
        dek=None,
        critic="Margaret Osei-Bonsu",
        date="2016-11-04",
        film=FilmFacts(
            title="Moonlight",
            year=2016,
            film_id="moonlight-2016",
            directors=("Barry Jenkins",),
            writers=("Barry Jenkins",),
            cast=(
                ("Alex R. Hibbert", "Little"),
                ("Ashton Sanders", "Chiron"),
                ("Trevante Rhodes", "Black"),
                ("Mahershala Ali", "Juan"),
                ("Naomie Harris", "Paula"),
                ("Jharrel Jerome", "Kevin"),
                ("André Holland", "Kevin"),
            ),
            distributor="A24",
            mpaa_rating="R",
            runtime_minutes=111,
        ),
        grade_raw="9/10",
        grade_value=90.0,
        extra={
            "issue": "73",
            "bio": "teaches film and writes for the Quarterly on American cinema.",
        },
        paragraphs=(
            "There is a particular quality of touch in *Moonlight* that I have been trying, for two weeks now, to describe. It is in the hand that Juan places beneath a small boy’s head as he teaches him to float in the Atlantic. It is in the hand of a teenager resting briefly on another boy’s knee on a beach at night. It is in a man’s hand, many years later, cradling the back of an old friend’s head. Barry Jenkins’s film is made of these gestures, and it understands that for its hero, each one is both a gift and a wound.",
            "The hero is Chiron, and we meet him three times. As a child in Miami’s Liberty City, called Little by the boys who chase him (Alex R. Hibbert, heartbreakingly mute), he is taken under the wing of a drug dealer named Juan (Mahershala Ali) and his partner Teresa, who give him the meals and the gentleness his mother Paula (Naomie Harris) cannot. As a teenager (Ashton Sanders), he is thin, stooped and hunted, and he shares one night of intimacy with his friend Kevin (Jharrel Jerome) before a schoolyard betrayal. As an adult (Trevante Rhodes), calling himself Black, he has rebuilt himself into a muscled, gold-grilled dealer in Atlanta, and a phone call from the grown Kevin (André Holland) draws him home.",
            "The structure is a triptych, and what is remarkable is how much Jenkins leaves in the gaps. We never see Juan’s death; we learn of it in passing. We never see Chiron’s years in prison; we infer them from his body. The film trusts ellipsis the way a poem trusts line breaks, and it asks us to do the connecting, which is why its final chapter lands with such force. By then we have built Chiron ourselves.",
            "@@PULL By then we have built Chiron ourselves.",
            "Much has been written about the performances, and all of it is deserved. Ali, in perhaps twenty minutes of screen time, creates a man of such contradictory warmth — he sells the drugs that are destroying the boy’s mother, and he knows it — that his absence aches through the rest of the film. Harris, whose Paula ages and hardens and finally, in a late visit, softens, gives the film its most difficult role and its most devastating scene. And the three actors playing Chiron achieve something like a single performance across three bodies, joined by the same lowered gaze.",
            "Jenkins, adapting a theatre piece by Tarell Alvin McCraney,† is a formalist of real daring. He lets characters address the camera directly; he bathes faces in aqua and violet light; he slows the frame rate in moments of crisis and scores a scene of schoolyard violence to a swooning classical cue. None of it feels imposed. The style is the film’s way of granting Chiron the interiority that his world refuses him.",
            "† McCraney’s piece, *In Moonlight Black Boys Look Blue*, was never staged. Both men grew up in Liberty City, a few blocks apart, though they did not know each other as children.",
            "The last chapter, set largely in a diner where Kevin now works as a cook, is a study in patience. Two men who have not seen each other in a decade talk around what happened between them, and Jenkins lets the scene run long, with a jukebox song carrying much of the feeling. I have rarely felt a cinema audience hold its breath for so long.",
            "If I withhold the very highest mark, it is only because the middle chapter leans, in places, on the familiar machinery of high-school cruelty. It is a small reservation about a film that does so much so gracefully. *Moonlight* is a masterpiece of tenderness, and a rebuke to every film that has assumed men like Chiron have no inner lives worth seeing.",
        ),
    ),
    Review(
        slug="cats-uncanny-valley-on-all-fours",
        headline="Cats review: Into the Uncanny Valley, on All Fours",
        dek=None,
        critic="Julian Thorne",
        date="2019-12-22",
        film=FilmFacts(
            title="Cats",
            year=2019,
            film_id="cats-2019",
            directors=("Tom Hooper",),
            writers=("Lee Hall", "Tom Hooper"),
            cast=(
                ("Francesca Hayward", "Victoria"),
                ("Judi Dench", "Old Deuteronomy"),
                ("Idris Elba", "Macavity"),
                ("Jennifer Hudson", "Grizabella"),
                ("Ian McKellen", "Gus the Theatre Cat"),
                ("Taylor Swift", "Bombalurina"),
                ("James Corden", "Bustopher Jones"),
                ("Rebel Wilson", "Jennyanydots"),
            ),
            distributor="Universal Pictures",
            mpaa_rating="PG",
            runtime_minutes=110,
        ),
        grade_raw="2/10",
        grade_value=20.0,
        extra={
            "issue": "85",
            "bio": "is the Quarterly’s theatre and film critic, and owns two cats who declined to accompany him.",
        },
        paragraphs=(
            "There is a moment early in Tom Hooper’s *Cats* when Jennyanydots, played by Rebel Wilson, unzips her own fur to reveal a second layer of fur beneath, and then a sequined costume beneath that. I mention it not because it is the strangest thing in the film — it is not even the strangest thing in that musical number, which features cockroaches with human faces and mice with the faces of children — but because it seemed to me, in the moment, to sum up the whole doomed project. Peel back one layer of *Cats* and you find another. There is no cat at the center.",
            "The source, for the three people who may be unfamiliar with it, is Andrew Lloyd Webber’s enormously successful stage musical, itself a setting of T. S. Eliot’s light verse from *Old Possum’s Book of Practical Cats*. There is barely a plot. A tribe of stray cats called the Jellicles gathers for an annual ball at which their matriarch, Old Deuteronomy (Judi Dench), will choose one of them to ascend to the Heaviside Layer and be reborn. One by one, the candidates sing songs introducing themselves. The screenplay, by Lee Hall and Hooper, adds a newcomer to serve as our guide, Victoria, an abandoned kitten played by the ballet dancer Francesca Hayward, who has the film’s best movement and almost nothing to do except watch.",
            "@@PULL There is no cat at the center.",
            "And then there is the fur. Hooper and his effects teams have chosen to cover their performers in what the studio has called digital fur technology, leaving their human faces, hands and, alarmingly, their human feet more or less intact. The result is neither person nor animal but something caught between, and it is impossible to get used to. Scale is inconsistent from shot to shot; furniture is sometimes enormous and sometimes not; the cats move with a weightless, floating quality that robs the dancing of its athletic point. On the stage, the audience agrees to see humans in leotards as cats. On screen, the film insists on the literal, and the literal is grotesque.†",
            "† Universal has reportedly sent an updated version of the film to cinemas with some of the effects improved. I saw the version that opened, and cannot vouch for the difference.",
            "The cast, a remarkable collection of talent, is left stranded. Ian McKellen, as the aging Gus the Theatre Cat, brings a moment of genuine pathos by simply being Ian McKellen, and then laps milk from a saucer. Idris Elba, as the villainous Macavity, prowls about in an effect that makes him look unclothed, which the film seems not to have noticed. Taylor Swift arrives late as Bombalurina, scattering catnip from a crescent moon, and performs her number with professional brightness. James Corden, as Bustopher Jones, and Wilson are left to supply the broad comedy, which consists largely of jokes about their appetites.",
            "The one performance that breaks through is Jennifer Hudson’s. As Grizabella, the faded glamour cat whom the others shun, she sings “Memory” with such raw, tear-streaked force, snot and all, that for three minutes the film becomes about something. It is a performance pitched for the back of the balcony and delivered into a camera inches from her face, and it is both too much and the only thing in the film that is enough.",
            "Hooper, who brought *Les Misérables* to the screen with a similar faith in close-ups and live singing, seems to have believed that intimacy and spectacle would rescue each other. They do not. *Cats* is too frantic to be moving and too strange to be fun, and its 110 minutes feel considerably longer. It is not, as some have gleefully claimed, the worst film ever made. It is merely a film that should never have been attempted this way, by anyone.",
        ),
    ),
    Review(
        slug="lady-bird-2017",
        headline="Lady Bird (2017)",
        dek=None,
        critic="Julian Thorne",
        date="2017-11-20",
        film=FilmFacts(
            title="Lady Bird",
            year=2017,
            film_id="lady-bird-2017",
            directors=("Greta Gerwig",),
            writers=("Greta Gerwig",),
            cast=(
                ("Saoirse Ronan", "Lady Bird"),
                ("Laurie Metcalf", "Marion"),
                ("Tracy Letts", "Larry"),
                ("Lucas Hedges", "Danny"),
                ("Timothée Chalamet", "Kyle"),
                ("Lois Smith", "Sister Sarah Joan"),
            ),
            distributor="A24",
            mpaa_rating="R",
            runtime_minutes=94,
        ),
        grade_raw="5/10",
        grade_value=50.0,
        extra={
            "issue": "77",
            "bio": "is the Quarterly’s theatre and film critic.",
        },
        paragraphs=(
            "I seem to be one of the few people who found *Lady Bird* pleasant rather than revelatory, and I have spent the weeks since its release wondering whether the fault is mine. Greta Gerwig’s debut as a solo writer and director has been greeted as a landmark of the coming-of-age film, and I can see much of what its admirers see: the precision of its comic timing, the affection for its characters, the two central performances. What I cannot see is the landmark.",
            "Saoirse Ronan plays Christine McPherson, a seventeen-year-old senior at a Catholic high school in Sacramento in 2002, who has renamed herself Lady Bird and would like very much to leave for a college on the East Coast, “where culture is.” Her mother Marion (Laurie Metcalf), a nurse holding the family’s finances together while her husband Larry (Tracy Letts) loses his job, regards this ambition as ingratitude, and the film is structured as a series of skirmishes between the two, punctuated by romances with a gentle theater boy, Danny (Lucas Hedges), and a pretentious musician, Kyle (Timothée Chalamet).",
            "@@PULL Metcalf, in particular, does more with a tightened jaw than most actors manage with a monologue.",
            "The performances are the film’s great strength. Ronan, who has been playing wise-beyond-her-years heroines since she was a child, is allowed here to be foolish, self-absorbed and grandly wrong, and she is very funny. Metcalf, in particular, does more with a tightened jaw than most actors manage with a monologue. Their scenes together, which can swing from laughter to cruelty within a single car ride, have a rhythm that only two actors at ease with each other could sustain. Lois Smith, as Sister Sarah Joan, the elderly nun who tells Lady Bird that love and attention might be the same thing, has one scene and makes it the wisest in the film.",
            "But the film itself is curiously timid. Its episodes — the audition, the prom, the party at the rich girl’s house, the fight with the best friend and the reconciliation that follows — arrive in the order in which we have seen them arrive in a hundred other films, and Gerwig, for all her gifts as an observer, does not rearrange or interrogate them. She renders them with wit and compassion, and then she moves on. Each scene is a neat vignette; the whole is a scrapbook.†",
            "† The comparison with Gerwig’s own work as co-writer and star of *Frances Ha* is instructive. That film, made with Noah Baumbach, had a shaggier, less eager-to-please shape, and I think a deeper one.",
            "There is also the question of Sacramento, which the film treats with such loving nostalgia that it risks becoming a postcard. Lady Bird’s eventual homesickness, the film’s closing note, is touching, but it arrives so neatly on cue that I felt the screenplay resolving a theme rather than a character discovering one.",
            "None of this makes *Lady Bird* a bad film. It is a good one, warmly made and often delightful, and at ninety-four minutes it is impossible to resent. But good is a long way from great, and I am not convinced that the film’s many champions have measured the distance.",
        ),
    ),
)


def main() -> None:
    renderers = {
        "silver-disc-report": (SILVER, silver_page),
        "frame-rate-review": (FRAME_RATE, frame_rate_page),
        "cinephile-quarterly": (CINEPHILE, cinephile_page),
    }
    for folder, publication in PUBLICATIONS:
        reviews, render = renderers[folder]
        for review in reviews:
            write_page(folder, publication, review, render(review))


if __name__ == "__main__":
    main()
