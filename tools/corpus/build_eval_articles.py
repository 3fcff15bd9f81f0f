"""Build the ordinary-article evaluation set: eval/pages/articles/<site>/<slug>.{html,json}.

These pages are not reviews. They let eval/extraction.py check that the extractor is at least
as good as trafilatura on everyday news, blog, magazine, recipe, council, sports and essay pages.
Every page and its ground truth come from the data in this file, so the ground-truth body is, by
construction, the text the page shows. Re-running rewrites the same bytes:
``uv run python tools/corpus/build_eval_articles.py``.

Paragraph mini-markup (one string yields both the HTML and the reader's plain text): ``*x*``
italics, ``[x](url)`` a link, ``## x`` an in-body subheading, ``> x`` a quoted paragraph (body),
``--`` an em dash; straight quotes are curled on sites whose CMS curls them. Lines starting with
``@@`` are page furniture placed in the article flow and never part of the body:
``@@FIGURE <image>|<caption>``, ``@@AD``, ``@@RELATED <text>|<url>``, ``@@PULL <sentence>``.

What counts as body: the article's own paragraphs and subheadings. Not body: headline, dek,
byline, captions, pull quotes, ads, related links, share bars, bios, newsletter boxes, comments,
and the structured recipe card (ingredients and numbered steps, like a review's specs table).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "eval" / "pages" / "articles"

EMPHASIS = re.compile(r"\*([^*]+)\*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
CODE = re.compile(r"`([^`]+)`")
OPEN_DOUBLE = re.compile(r'(^|[\s(\[—])"')
OPEN_SINGLE = re.compile(r"(^|[\s(\[—“])'")

NAMED = {
    "’": "&rsquo;",
    "‘": "&lsquo;",
    "“": "&ldquo;",
    "”": "&rdquo;",
    "—": "&mdash;",
    "–": "&ndash;",
    "é": "&eacute;",
    "è": "&egrave;",
    "…": "&hellip;",
    "°": "&deg;",
    "½": "&frac12;",
    "ñ": "&ntilde;",
    "ü": "&uuml;",
    "£": "&pound;",
}


@dataclass(frozen=True)
class Comment:
    name: str
    when: str
    text: str


@dataclass(frozen=True)
class Recipe:
    """The recipe card: shown on the page, excluded from the body (structured like a specs table)."""

    name: str
    prep: str
    cook: str
    serves: str
    ingredients: tuple[str, ...]
    steps: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Article:
    slug: str
    headline: str
    author: str | None
    published: dt.date
    text: str  # paragraphs separated by blank lines, in the mini-markup
    dek: str | None = None
    section: str = "News"
    tags: tuple[str, ...] = ()
    comments: tuple[Comment, ...] = ()
    recipe: Recipe | None = None
    encoding: str = "utf-8"

    @property
    def paragraphs(self) -> list[str]:
        return [" ".join(chunk.split()) for chunk in self.text.strip().split("\n\n")]


@dataclass(frozen=True)
class Site:
    slug: str
    name: str
    render: Callable[[Site, Article, list[Article]], str]
    entities: str  # "named", "numeric" or "raw": how non-ASCII characters appear in the source
    smart_quotes: bool = True
    articles: list[Article] = field(default_factory=list)


# ---------------------------------------------------------------- text helpers


def smart(text: str) -> str:
    """Curl quotes and dashes the way a CMS does, so page and truth agree."""
    text = text.replace("--", "—")
    text = OPEN_DOUBLE.sub(r"\1“", text).replace('"', "”")
    return OPEN_SINGLE.sub(r"\1‘", text).replace("'", "’")


def reader_text(site: Site, text: str) -> str:
    return smart(text) if site.smart_quotes else text.replace("--", "—")


def is_furniture(paragraph: str) -> bool:
    return paragraph.startswith("@@")


def plain(site: Site, paragraph: str) -> str:
    """What a reader sees of one paragraph."""
    text = paragraph.removeprefix("## ").removeprefix("> ")
    text = CODE.sub(r"\1", LINK.sub(r"\1", text))
    return reader_text(site, EMPHASIS.sub(r"\1", text))


def encode(site: Site, text: str) -> str:
    """Escape text for the page source in the site's entity style."""
    out = html.escape(reader_text(site, text), quote=False)
    if site.entities == "named":
        for char, entity in NAMED.items():
            out = out.replace(char, entity)
        out = out.replace(" &mdash;", "&nbsp;&mdash;")
    elif site.entities == "numeric":
        out = "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in out)
    return out


def inline(site: Site, paragraph: str) -> str:
    out = encode(site, paragraph.removeprefix("## ").removeprefix("> "))
    out = CODE.sub(r"<code>\1</code>", LINK.sub(r'<a href="\2">\1</a>', out))
    return EMPHASIS.sub(r"<em>\1</em>", out)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def wrapped(text: str, indent: str = "", width: int = 96) -> str:
    """Hard-wrap source like hand-edited templates: at whitespace only."""
    return textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def furniture(paragraph: str) -> tuple[str, list[str]]:
    kind, _, rest = paragraph[2:].partition(" ")
    return kind, rest.split("|")


def json_ld(site: Site, article: Article, url: str, image: str | None = None) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": reader_text(site, article.headline),
        "datePublished": f"{article.published.isoformat()}T08:00:00Z",
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site.name},
    }
    if article.author:
        data["author"] = [{"@type": "Person", "name": article.author}]
    if article.dek:
        data["description"] = reader_text(site, article.dek)
    if image:
        data["image"] = [image]
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return f'<script type="application/ld+json">\n{text}\n</script>'


def og_tags(site: Site, article: Article, url: str, description: str) -> str:
    tags = [
        ("og:type", "article"),
        ("og:site_name", site.name),
        ("og:title", reader_text(site, article.headline)),
        ("og:description", reader_text(site, description)),
        ("og:url", url),
        ("article:published_time", f"{article.published.isoformat()}T07:15:00+00:00"),
    ]
    return "\n".join(f'<meta property="{k}" content="{attr(v)}">' for k, v in tags)


def first_sentence(site: Site, article: Article) -> str:
    first = plain(site, next(p for p in article.paragraphs if not is_furniture(p)))
    return first.split(". ")[0].rstrip(".") + "."


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def ground_truth(site: Site, article: Article, source: Path) -> dict[str, object]:
    return {
        "id": article.slug,
        "source": {"uri": source.relative_to(ROOT).as_posix(), "content_sha256": None},
        "kind": "article",
        "headline": reader_text(site, article.headline),
        "dek": reader_text(site, article.dek) if article.dek else None,
        "critic": article.author,
        "publication": site.name,
        "date_published": article.published.isoformat(),
        "body": "\n\n".join(plain(site, p) for p in article.paragraphs if not is_furniture(p)),
        "language": "en",
    }


def write_site(site: Site) -> None:
    for article in site.articles:
        target = ARTICLES / site.slug / f"{article.slug}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        page = site.render(site, article, site.articles)
        target.write_bytes(page.encode(article.encoding))
        record = ground_truth(site, article, target)
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        target.with_suffix(".json").write_text(text, encoding="utf-8")


Furnish = Callable[[str, list[str]], str]


def body_html(
    site: Site,
    article: Article,
    furnish: Furnish,
    *,
    p_open: str = "<p>",
    heading: tuple[str, str] = ("h2", ""),
    quote_open: str = "<blockquote>",
    indent: str = "",
    wrap: bool = True,
) -> str:
    """The article's paragraphs, subheadings, quotes and in-flow furniture as the site marks them up."""
    tag, attrs = heading
    lines: list[str] = []
    for paragraph in article.paragraphs:
        if is_furniture(paragraph):
            kind, args = furniture(paragraph)
            lines.append(furnish(kind, args))
            continue
        content = inline(site, paragraph)
        if paragraph.startswith("## "):
            line = f"<{tag}{attrs}>{content}</{tag}>"
        elif paragraph.startswith("> "):
            line = f"{quote_open}<p>{content}</p></blockquote>"
        else:
            line = f"{p_open}{content}</p>"
        lines.append(wrapped(line, indent) if wrap else indent + line)
    return "\n".join(lines)


def others(article: Article, articles: list[Article]) -> list[Article]:
    return [a for a in articles if a.slug != article.slug]


def comment_count(article: Article) -> int:
    return len(article.comments) + 3 * len(article.slug) % 17 + 2


# ---------------------------------------------------------------- The Harlow Valley Ledger (local paper)


def ledger_furnish(site: Site) -> Furnish:
    def furnish(kind: str, args: list[str]) -> str:
        if kind == "FIGURE":
            src, caption = args
            return (
                f'<figure class="story-photo">\n  <img src="https://media.harlowledger.com/2026/{src}"'
                f' alt="" loading="lazy" width="960" height="640">\n'
                f'  <figcaption><span class="caption">{encode(site, caption)}</span>'
                ' <span class="credit">Ledger photo</span></figcaption>\n</figure>'
            )
        if kind == "AD":
            return (
                '<div class="ad ad-inline" data-slot="story-mid">'
                '<span class="ad-label">Advertisement</span><div class="ad-frame"></div></div>'
            )
        if kind == "RELATED":
            text, url = args
            return (
                f'<p class="inline-related"><strong>RELATED:</strong> '
                f'<a href="{url}">{encode(site, text)}</a></p>'
            )
        raise ValueError(kind)

    return furnish


def render_ledger(site: Site, article: Article, articles: list[Article]) -> str:
    url = f"https://www.harlowledger.com/{article.section.lower()}/{article.published:%Y/%m/%d}/{article.slug}/"
    stamp = article.published
    month = {9: "Sept.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July"}.get(
        stamp.month, f"{stamp:%b}."
    )
    when = f"{month} {stamp.day}, {stamp.year}"
    dek = f'\n      <p class="dek">{encode(site, article.dek)}</p>' if article.dek else ""
    most_read = "\n".join(
        f'          <li><a href="/news/{a.slug}/">{encode(site, a.headline)}</a></li>'
        for a in others(article, articles)
    )
    related = "\n".join(
        f'        <li class="related-card"><a href="/news/{a.slug}/"><img src="/thumbs/{a.slug}.jpg" alt="">'
        f'<h3>{encode(site, a.headline)}</h3></a><p class="related-teaser">{encode(site, a.dek or "")}</p></li>'
        for a in others(article, articles)[:2]
    )
    body = body_html(site, article, ledger_furnish(site), indent="        ")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{encode(site, article.headline)} | The Harlow Valley Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/ledger.min.css?v=3.18.2">
{json_ld(site, article, url, f"https://media.harlowledger.com/2026/{article.slug}-lead.jpg")}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"{article.section}","paywall":"metered"}});</script>
</head>
<body class="article-page section-{article.section.lower()}">
<div class="top-bar">
  <a class="subscribe-cta" href="/subscribe/">Subscribe for $1</a>
  <a href="/login/">Log in</a>
  <span class="weather">Harlow 41&deg;F &middot; Cloudy</span>
</div>
<header class="masthead">
  <a class="logo" href="/">The Harlow Valley Ledger</a>
  <div class="masthead-date">Serving the Harlow Valley since 1911</div>
</header>
<nav class="sections" aria-label="Sections">
  <ul>
    <li><a href="/news/">News</a></li><li><a href="/local/">Local</a></li><li><a href="/schools/">Schools</a></li>
    <li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li>
    <li><a href="/obituaries/">Obituaries</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/e-edition/">e-Edition</a></li>
  </ul>
</nav>
<div class="ad ad-leaderboard"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<main class="layout">
  <div class="main-column">
    <article class="story">
      <div class="kicker"><a href="/{article.section.lower()}/">{article.section}</a></div>
      <h1 class="headline">{encode(site, article.headline)}</h1>{dek}
      <div class="byline-block">
        <span class="byline">By <a href="/staff/{(article.author or "").lower().replace(" ", "-")}/">{article.author}</a></span>
        <span class="role">Staff Writer</span>
        <time class="pubdate" datetime="{stamp.isoformat()}T17:42:00-05:00">{when}, 5:42 p.m.</time>
      </div>
      <div class="share-tools">
        <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Share</a>
        <a class="share x" href="https://x.com/intent/post?url={url}">Post</a>
        <a class="share email" href="mailto:?subject=Ledger%20story">Email</a>
        <button class="print">Print</button>
        <a class="comments-count" href="#comments">{comment_count(article)} comments</a>
      </div>
      <div class="story-body">
{body}
      </div>
      <div class="paywall-prompt" role="dialog">
        <h3>You&rsquo;ve read 3 of your 5 free articles this month.</h3>
        <p>Local reporting like this depends on readers. Subscribe today for $1 for your first three months and support the newsroom that covers your town.</p>
        <a class="btn" href="/subscribe/">Subscribe now</a> <a href="/login/">Already a subscriber? Log in</a>
      </div>
      <div class="topics">Topics: {", ".join(f'<a href="/tag/{t}/">{t}</a>' for t in article.tags)}</div>
    </article>
    <section class="related-stories">
      <h2>Related Stories</h2>
      <ul>
{related}
      </ul>
    </section>
    <div id="comments" class="comments-closed"><p>Comments are open to subscribers. <a href="/login/">Log in</a> to join the conversation.</p></div>
  </div>
  <aside class="rail">
    <div class="ad ad-box"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-rail"></div></div>
    <section class="most-read">
      <h2>Most Read</h2>
      <ol>
{most_read}
          <li><a href="/obituaries/">Obituaries for Nov. 2026</a></li>
          <li><a href="/sports/harlow-hawks-fall-in-sectional-final/">Hawks fall in sectional final</a></li>
      </ol>
    </section>
  </aside>
</main>
<footer class="site-footer">
  <nav><a href="/about/">About Us</a> | <a href="/contact/">Contact the Newsroom</a> | <a href="/corrections/">Corrections</a> | <a href="/ethics/">Ethics Policy</a> | <a href="/advertise/">Advertise</a> | <a href="/privacy/">Privacy</a></nav>
  <p>&copy; 2026 Harlow Valley Publishing Co. 14 Foundry Row, Harlow. All rights reserved.</p>
</footer>
<script src="/static/js/meter.js" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------- Byteflow Notes (WordPress tech blog)


def byteflow_furnish(site: Site) -> Furnish:
    def furnish(kind: str, args: list[str]) -> str:
        if kind == "FIGURE":
            src, caption = args
            return (
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" '
                f'src="https://byteflownotes.net/wp-content/uploads/2026/{src}" alt="" class="wp-image-2291"/>'
                f'<figcaption class="wp-element-caption">{encode(site, caption)}</figcaption></figure>'
            )
        if kind == "PULL":
            return (
                f'<figure class="wp-block-pullquote"><blockquote><p>{encode(site, args[0])}</p>'
                "</blockquote></figure>"
            )
        raise ValueError(kind)

    return furnish


def render_byteflow(site: Site, article: Article, articles: list[Article]) -> str:
    post_id = 2200 + sum(map(ord, article.slug)) % 700
    url = f"https://byteflownotes.net/{article.published:%Y/%m}/{article.slug}/"
    when = f"{article.published:%B} {article.published.day}, {article.published.year}"
    tag_links = ", ".join(
        f'<a href="/tag/{t.replace(" ", "-")}/" rel="tag">{t}</a>' for t in article.tags
    )
    tag_classes = " ".join(f"tag-{t.replace(' ', '-')}" for t in article.tags)
    comments = "\n".join(
        f"""\t\t<li id="comment-{post_id + i}" class="comment even thread-even depth-1">
\t\t\t<article class="comment-body">
\t\t\t\t<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{encode(site, c.name)}</b> <span class="says">says:</span></div>
\t\t\t\t<div class="comment-metadata"><a href="{url}#comment-{post_id + i}"><time>{c.when}</time></a></div></footer>
\t\t\t\t<div class="comment-content"><p>{encode(site, c.text)}</p></div>
\t\t\t\t<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
\t\t\t</article>
\t\t</li>"""
        for i, c in enumerate(article.comments)
    )
    recent = "\n".join(
        f'\t\t<li><a href="/{a.published:%Y/%m}/{a.slug}/">{encode(site, a.headline)}</a></li>'
        for a in articles
    )
    body = body_html(
        site,
        article,
        byteflow_furnish(site),
        heading=("h2", ' class="wp-block-heading"'),
        wrap=False,
        indent="\t\t",
    )
    previous = others(article, articles)[0]
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{encode(site, article.headline)} &#8211; Byteflow Notes</title>
<meta name='robots' content='max-image-preview:large' />
{og_tags(site, article, url, first_sentence(site, article))}
<meta property="article:author" content="https://byteflownotes.net/author/marcus/">
<link rel='stylesheet' id='wp-block-library-css' href='https://byteflownotes.net/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='byteflow-style-css' href='https://byteflownotes.net/wp-content/themes/byteflow/style.css?ver=1.4.0' media='all' />
<style id='wp-emoji-styles-inline-css'>img.wp-smiley, img.emoji {{display: inline !important; border: none !important;}}</style>
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive">
<div id="page" class="site">
\t<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
\t<header id="masthead" class="site-header">
\t\t<div class="site-branding"><p class="site-title"><a href="https://byteflownotes.net/" rel="home">Byteflow Notes</a></p>
\t\t<p class="site-description">Small tools, plain text, fewer meetings.</p></div>
\t\t<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
\t\t<div class="menu-main-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/archives/">Archives</a></li><li class="menu-item"><a href="/uses/">Uses</a></li><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/feed/">RSS</a></li></ul></div></nav>
\t</header>
\t<div id="content" class="site-content">
\t<main id="primary" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-{article.section.lower()} {tag_classes}">
\t<header class="entry-header">
\t\t<h1 class="entry-title">{encode(site, article.headline)}</h1>
\t\t<div class="entry-meta">
\t\t\t<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{article.published.isoformat()}T07:15:00+00:00">{when}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://byteflownotes.net/author/marcus/">{article.author}</a></span></span>
\t\t</div>
\t</header>
\t<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-mastodon"><a href="#">Mastodon</a></li><li class="share-reddit"><a href="#">Reddit</a></li><li class="share-email"><a href="#">Email</a></li></ul></div></div></div>
<div class="wp-block-group newsletter-box"><h3 class="wp-block-heading">Get new posts by email</h3><p>One email per post, no tracking pixels, unsubscribe whenever you like.</p><form class="subscribe"><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>
\t</div>
\t<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/{article.section.lower()}/" rel="category tag">{article.section}</a></span><span class="tags-links">Tagged {tag_links}</span></footer>
</article>
<div class="author-bio">
\t<img alt='' src='https://secure.gravatar.com/avatar/5b0c?s=96&#038;d=mm' class='avatar avatar-96 photo' height='96' width='96' />
\t<h2 class="author-title">About {article.author}</h2>
\t<p class="author-description">Marcus builds internal tools for a small freight company and has been writing here since 2014. He likes boring technology, paper notebooks and long bike rides.</p>
\t<a class="author-link" href="/author/marcus/" rel="author">View all posts by {article.author}</a>
</div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/{previous.published:%Y/%m}/{previous.slug}/" rel="prev"><span class="meta-nav">Previous post</span> <span class="post-title">{encode(site, previous.headline)}</span></a></div></div></nav>
<div id="comments" class="comments-area">
\t<h2 class="comments-title">{len(article.comments)} thoughts on &#8220;{encode(site, article.headline)}&#8221;</h2>
\t<ol class="comment-list">
{comments}
\t</ol>
\t<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
\t<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
\t<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
\t<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
\t</main>
<aside id="secondary" class="widget-area">
\t<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></section>
\t<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{recent}
\t</ul></section>
\t<section id="text-3" class="widget widget_text"><h2 class="widget-title">About this blog</h2><div class="textwidget"><p>Notes on databases, shells and the small habits that keep software maintainable. No ads, no sponsored posts, just one person writing things down so he remembers them.</p></div></section>
\t<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li class="cat-item"><a href="/category/databases/">Databases</a> (23)</li><li class="cat-item"><a href="/category/habits/">Habits</a> (41)</li><li class="cat-item"><a href="/category/tools/">Tools</a> (37)</li></ul></section>
</aside>
\t</div>
\t<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme: Byteflow by Marcus Reyes.</div></footer>
</div>
<script src="https://byteflownotes.net/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- Meridian Science (magazine)


def meridian_furnish(site: Site) -> Furnish:
    def furnish(kind: str, args: list[str]) -> str:
        if kind == "FIGURE":
            src, caption = args
            return (
                f'<figure class="mz-figure mz-figure--inline"><picture><source type="image/webp" '
                f'srcset="https://img.meridiansci.org/{src}.webp 1x"><img src="https://img.meridiansci.org/{src}.jpg" alt=""></picture>'
                f'<figcaption class="mz-figure__caption">{encode(site, caption)}<span class="mz-figure__credit">Meridian Science</span></figcaption></figure>'
            )
        if kind == "PULL":
            return f'<aside class="mz-pullquote" aria-hidden="true"><p>{encode(site, args[0])}</p></aside>'
        if kind == "AD":
            return '<div class="mz-ad mz-ad--mpu" data-ad-unit="article_mid"><p class="mz-ad__label">Advertisement</p></div>'
        raise ValueError(kind)

    return furnish


def render_meridian(site: Site, article: Article, articles: list[Article]) -> str:
    url = f"https://meridiansci.org/{article.section.lower()}/{article.slug}"
    when = f"{article.published.day} {article.published:%B %Y}"
    words = sum(len(p.split()) for p in article.paragraphs)
    cards = "\n".join(
        f'    <li class="mz-card"><a href="/{a.section.lower()}/{a.slug}"><span class="mz-card__rubric">{a.section}</span>'
        f'<h3 class="mz-card__title">{encode(site, a.headline)}</h3><p class="mz-card__dek">{encode(site, a.dek or "")}</p></a></li>'
        for a in others(article, articles)
    )
    body = body_html(
        site,
        article,
        meridian_furnish(site),
        p_open='<p class="mz-p">',
        heading=("h2", ' class="mz-subhead"'),
        quote_open='<blockquote class="mz-quote">',
        indent="      ",
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>{encode(site, article.headline)} — Meridian Science</title>
  <meta name="description" content="{attr(reader_text(site, article.dek or ""))}">
  <link rel="stylesheet" href="/assets/mz.4c1f9e.css">
  {json_ld(site, article, url)}
</head>
<body class="mz mz--feature">
<a class="mz-skip" href="#mz-main">Skip to main content</a>
<header class="mz-header">
  <a class="mz-logo" href="/">Meridian <b>Science</b></a>
  <nav class="mz-nav"><a href="/space">Space</a> <a href="/life">Life</a> <a href="/earth">Earth</a> <a href="/health">Health</a> <a href="/physics">Physics</a> <a href="/podcasts">Podcasts</a> <a href="/magazine">Magazine</a></nav>
  <a class="mz-btn mz-btn--subscribe" href="/subscribe">Subscribe — 12 issues for £24</a>
</header>
<main id="mz-main">
  <article class="mz-feature">
    <header class="mz-feature__header">
      <p class="mz-rubric"><a href="/{article.section.lower()}">{article.section}</a></p>
      <h1 class="mz-feature__title">{encode(site, article.headline)}</h1>
      <p class="mz-feature__standfirst">{encode(site, article.dek or "")}</p>
      <div class="mz-credits">
        <span class="mz-credits__author">Words by <a href="/people/{(article.author or "").lower().replace(" ", "-")}">{article.author}</a></span>
        <span class="mz-credits__date">{when}</span>
        <span class="mz-credits__time">{max(1, words // 220)} minute read</span>
      </div>
    </header>
    <figure class="mz-hero"><img src="https://img.meridiansci.org/{article.slug}-hero.jpg" alt="">
      <figcaption>Lead image for this feature. <span class="mz-figure__credit">Meridian Science archive</span></figcaption></figure>
    <div class="mz-share"><button data-share="copy">Copy link</button><button data-share="bluesky">Bluesky</button><button data-share="email">Email</button></div>
    <div class="mz-body">
{body}
    </div>
    <div class="mz-endnote"><p>This feature appears in the print edition of Meridian Science. Found an error? Write to corrections@meridiansci.org.</p></div>
    <ul class="mz-topics">{"".join(f"<li><a href='/topic/{t}'>{t}</a></li>" for t in article.tags)}</ul>
  </article>
  <section class="mz-recirc">
    <h2>Read next</h2>
    <ul>
{cards}
    </ul>
  </section>
  <section class="mz-newsletter"><h2>The Weekly Meridian</h2><p>The week&#x27;s best science stories, explained without the hype. Every Friday.</p><form><input type="email" aria-label="Email"><button>Sign up</button></form></section>
</main>
<footer class="mz-footer"><p>Meridian Science is published by Meridian Media Ltd. Registered in England and Wales.</p><nav><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/terms">Terms</a> <a href="/cookies">Cookie settings</a></nav></footer>
<script src="/assets/mz.4c1f9e.js" async></script>
</body>
</html>
"""


# ---------------------------------------------------------------- Salt & Saffron Kitchen (food blog)


def kitchen_furnish(site: Site) -> Furnish:
    def furnish(kind: str, args: list[str]) -> str:
        if kind == "FIGURE":
            src, caption = args
            return (
                f'<div id="attachment_{len(src) * 37}" class="wp-caption aligncenter" style="width: 740px">'
                f'<img src="/wp-content/uploads/{src}" width="730" height="1095" class="size-full" alt="">'
                f'<p class="wp-caption-text">{encode(site, caption)}</p></div>'
            )
        if kind == "AD":
            return '<div class="adthrive-ad adthrive-content"><span class="adthrive-label">ADVERTISEMENT</span></div>'
        raise ValueError(kind)

    return furnish


def recipe_card(site: Site, recipe: Recipe) -> str:
    ingredients = "\n".join(
        f'      <li class="ingredient">{encode(site, i)}</li>' for i in recipe.ingredients
    )
    steps = "\n".join(f'      <li class="instruction">{encode(site, s)}</li>' for s in recipe.steps)
    return f"""<div class="recipe-card" id="recipe">
  <h2 class="recipe-card-title">{encode(site, recipe.name)}</h2>
  <div class="recipe-rating">&#9733;&#9733;&#9733;&#9733;&#9733; <span>4.9 from 212 votes</span></div>
  <a class="recipe-print" href="#print">Print</a> <a class="recipe-pin" href="#pin">Pin</a>
  <div class="recipe-times"><span>Prep Time: {recipe.prep}</span> <span>Cook Time: {recipe.cook}</span> <span>Servings: {recipe.serves}</span></div>
  <h3>Ingredients</h3>
    <ul class="recipe-ingredients">
{ingredients}
    </ul>
  <h3>Instructions</h3>
    <ol class="recipe-instructions">
{steps}
    </ol>
  <h3>Notes</h3>
  <p class="recipe-notes">{encode(site, recipe.note)}</p>
  <p class="recipe-nutrition-disclaimer">Nutrition information is an automatic estimate.</p>
</div>"""


def render_kitchen(site: Site, article: Article, articles: list[Article]) -> str:
    assert article.recipe is not None
    when = f"{article.published:%B} {ordinal(article.published.day)}, {article.published.year}"
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        if article.encoding == "cp1252"
        else '<meta charset="utf-8">'
    )
    comments = "\n".join(
        f'<li class="comment"><div class="comment-author"><cite>{encode(site, c.name)}</cite> <span class="comment-date">{c.when}</span></div>'
        f'<div class="comment-text"><p>{encode(site, c.text)}</p></div><a class="reply" href="#reply">Reply</a></li>'
        for c in article.comments
    )
    popular = "\n".join(
        f'<li><a href="/{a.slug}/"><img src="/thumbs/{a.slug}.jpg" alt=""> {encode(site, a.headline)}</a></li>'
        for a in others(article, articles)
    )
    body = body_html(site, article, kitchen_furnish(site), heading=("h2", ""), wrap=True, indent="")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
{charset}
<title>{encode(site, article.headline)} - Salt &amp; Saffron Kitchen</title>
<link rel="stylesheet" href="/wp-content/themes/foodie-pro/style.css" type="text/css" />
<script type="text/javascript">var adthrive_config = {{"site":"saltsaffron","sticky":true}};</script>
</head>
<body class="single recipe-post">
<div class="announcement-bar">My new cookbook <em>Weeknights, Warmly</em> is out now! <a href="/book/">Order a signed copy</a></div>
<div id="header"><a id="logo" href="/">Salt &amp; Saffron Kitchen</a>
<ul id="nav"><li><a href="/recipes/">Recipes</a></li><li><a href="/category/breads/">Breads</a></li><li><a href="/category/weeknight/">Weeknight</a></li><li><a href="/category/breakfast/">Breakfast</a></li><li><a href="/about/">About Priya</a></li><li><a href="/shop/">Shop</a></li></ul></div>
<div id="wrap"><div id="content">
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/recipes/">Recipes</a> &raquo; <a href="/category/{article.section.lower()}/">{article.section}</a> &raquo; <span>{encode(site, article.headline)}</span></div>
<div class="post">
<h1 class="entry-title">{encode(site, article.headline)}</h1>
<div class="post-meta">by <a href="/about/">{article.author}</a> &middot; Posted on {when} &middot; <a href="#comments">{len(article.comments)} comments</a></div>
<div class="recipe-buttons"><a href="#recipe" class="jump-to-recipe">Jump to Recipe</a> <a href="#print" class="print-recipe">Print Recipe</a></div>
<p class="disclosure"><em>This post may contain affiliate links. Please read my disclosure policy.</em></p>
<div class="entry-content">
{body}
{recipe_card(site, article.recipe)}
</div>
<div class="about-author-box"><img src="/images/priya-round.jpg" alt="" /><p><strong>Hi, I'm Priya!</strong> I cook for a family of four in a small kitchen with a temperamental oven. Here you'll find the recipes that survive our busiest weeks.</p></div>
<div class="post-footer">Filed Under: <a href="/category/{article.section.lower()}/">{article.section}</a> Tagged: {", ".join(article.tags)}</div>
</div>
<div id="comments"><h3>{len(article.comments)} comments</h3><ol class="commentlist">
{comments}
</ol>
<div id="respond"><h3>Leave a comment</h3><p>Your email address will not be published. Did you make this recipe? Rate it below!</p><form><textarea name="comment"></textarea><input type="submit" value="Post Comment" /></form></div>
</div>
</div>
<div id="sidebar">
<div class="widget"><img src="/images/priya.jpg" alt="" /><h4>Welcome!</h4><p>I'm Priya, a home cook and former pastry apprentice. I write about bread, weeknight dinners and the odd dessert.</p></div>
<div class="widget"><h4>Popular Recipes</h4><ul>
{popular}
</ul></div>
<div class="widget newsletter"><h4>Get recipes by email</h4><p>New recipes every Tuesday, plus a free printable meal planner.</p><form><input type="text" name="email" /><input type="submit" value="Subscribe" /></form></div>
</div></div>
<div id="footer"><p>Copyright &copy; 2026 Salt &amp; Saffron Kitchen &middot; <a href="/privacy/">Privacy Policy</a> &middot; <a href="/disclosure/">Disclosure</a> &middot; <a href="/contact/">Contact</a></p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- City of Larkspur Falls (council news)

FOOTER_LINKS = (
    (
        "Government",
        (
            "City Council",
            "Mayor's Office",
            "City Manager",
            "Boards & Commissions",
            "Agendas & Minutes",
            "City Code",
            "Elections",
            "Budget & Finance",
        ),
    ),
    (
        "Departments",
        (
            "Public Works",
            "Parks & Recreation",
            "Police",
            "Fire",
            "Planning & Zoning",
            "Library",
            "Utilities",
            "Human Resources",
        ),
    ),
    (
        "Residents",
        (
            "Trash & Recycling",
            "Pay a Utility Bill",
            "Permits",
            "Street Closures",
            "Snow Removal",
            "Volunteer",
            "Report a Concern",
        ),
    ),
    (
        "Business",
        (
            "Business Licenses",
            "Bids & RFPs",
            "Economic Development",
            "Downtown Larkspur",
            "Film Permits",
        ),
    ),
)


def render_larkspur(site: Site, article: Article, articles: list[Article]) -> str:
    when = f"{article.published:%m/%d/%Y}"
    footer = "\n".join(
        f'<td valign="top" class="footerCol"><h4>{head}</h4><ul>'
        + "".join(
            f'<li><a href="/{link.lower().replace(" ", "-").replace("&", "and")}">{html.escape(link)}</a></li>'
            for link in links
        )
        + "</ul></td>"
        for head, links in FOOTER_LINKS
    )
    other_news = "\n".join(
        f'<div class="otherNews"><a href="/CivicAlerts.aspx?AID={400 + len(a.slug)}">{encode(site, a.headline)}</a>'
        f'<span class="date">Posted on: {a.published:%B %d, %Y}</span><p>{encode(site, first_sentence(site, a)[:90])}... <a href="/CivicAlerts.aspx?AID={400 + len(a.slug)}">Read on</a></p></div>'
        for a in others(article, articles)
    )
    body = body_html(
        site,
        article,
        lambda kind, args: "",
        p_open='<p style="margin-bottom: 10px;">',
        heading=("h3", ' class="subhead"'),
        wrap=True,
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{encode(site, article.headline)} | Larkspur Falls, OR - Official Website</title>
<link href="/Assets/Styles/Main.css?v=20190211" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/Assets/Scripts/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="govBanner">An official website of the City of Larkspur Falls, Oregon</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" id="outer">
<tr><td id="header" colspan="2">
<a href="/" id="seal"><img src="/Images/city-seal.png" alt="City of Larkspur Falls seal"></a>
<span class="siteName">City of Larkspur Falls</span>
<ul id="utility"><li><a href="/pay">Pay a Bill</a></li><li><a href="/report">Report a Concern</a></li><li><a href="/AgendaCenter">Agendas &amp; Minutes</a></li><li><a href="/Jobs.aspx">Jobs</a></li>
<li><select id="translate" aria-label="Translate"><option>Select Language</option><option>Espa&ntilde;ol</option><option>Ti&#7871;ng Vi&#7879;t</option></select></li></ul>
<form id="search" action="/Search"><input type="text" name="searchPhrase" value="Search..."><input type="image" src="/Images/search.gif" alt="Go"></form>
</td></tr>
<tr><td colspan="2" id="megaMenu">
<ul class="nav"><li><a href="/government">Government</a></li><li><a href="/departments">Departments</a></li><li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li><li><a href="/visitors">Visitors</a></li><li><a href="/how-do-i">How Do I...</a></li></ul>
</td></tr>
<tr>
<td id="leftNav" valign="top" width="200">
<h3>News Flash</h3>
<ul><li><a href="/CivicAlerts.aspx?CID=1">City Council</a></li><li><a href="/CivicAlerts.aspx?CID=4">Public Works</a></li><li><a href="/CivicAlerts.aspx?CID=6">Parks &amp; Recreation</a></li><li><a href="/CivicAlerts.aspx?CID=9">Utilities</a></li><li><a href="/CivicAlerts.aspx?CID=2">Police</a></li></ul>
<div class="notifyMe"><a href="/list.aspx">Notify Me&reg;</a> Sign up to receive email and text alerts.</div>
</td>
<td id="contentArea" valign="top">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/CivicAlerts.aspx">News Flash</a></li><li><a href="/CivicAlerts.aspx?CID=4">{article.section}</a></li><li>{encode(site, article.headline)}</li></ol>
<div id="newsFlashDetail">
<h1 class="newsTitle">{encode(site, article.headline)}</h1>
<div class="newsDate">Posted on: {when}</div>
<div class="newsCategory">Category: {article.section}</div>
<div class="newsBody">
{body}
</div>
<div class="contactBox"><h3>Contact Us</h3><p>Office of Communications<br>City Hall, 200 Orchard Street<br>Larkspur Falls, OR 97000<br>Phone: 541-555-0142<br>Hours: Monday - Friday, 8 a.m. - 5 p.m.</p></div>
<div class="newsTools"><a href="javascript:window.print()">Print</a> | <a href="mailto:?subject=News%20Flash">Email</a> | <a href="https://www.facebook.com/sharer.php">Facebook</a> | <a href="/CivicAlerts.aspx">&#8592; Return to full list</a></div>
</div>
<div id="otherNewsBox"><h2>Other News in {article.section}</h2>
{other_news}
</div>
</td></tr>
</table>
<table id="footer" width="100%"><tr>
{footer}
<td valign="top" class="footerCol"><h4>Contact</h4><p>City Hall<br>200 Orchard Street<br>Larkspur Falls, OR 97000<br>541-555-0100</p><p><a href="/accessibility">Accessibility</a> | <a href="/copyright">Copyright Notices</a> | <a href="/privacy">Privacy Policy</a> | <a href="/sitemap">Site Map</a></p></td>
</tr></table>
<div id="poweredBy">Government Websites by <a href="https://example.net/civictown">CivicTown</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- Scoreline (sports, hashed classes)

TICKER = (
    ("HCF", "2", "BRK", "1", "FT"),
    ("SAL", "0", "WDN", "0", "63&#x27;"),
    ("RDG", "24", "PIN", "17", "Q4 2:11"),
    ("MTN", "88", "LKS", "91", "FINAL"),
    ("OAK", "1", "STV", "3", "HT"),
)


def scoreline_furnish(site: Site) -> Furnish:
    def furnish(kind: str, args: list[str]) -> str:
        if kind == "AD":
            return '<div class="css-9vd2k1 e1adslot3"><div class="css-1mkl0x">ADVERTISEMENT</div><div id="gpt-mid"></div></div>'
        if kind == "RELATED":
            text, url = args
            return f'<p class="css-4hs8sd e7readmore1"><b>Read more:</b> <a class="css-q0z1p3" href="{url}">{encode(site, text)}</a></p>'
        if kind == "FIGURE":
            src, caption = args
            return (
                f'<figure class="css-p91az2 e1figure0"><div class="css-0"><img src="https://i.scoreline.co/{src}" alt=""></div>'
                f'<figcaption class="css-7ff1aw"><span>{encode(site, caption)}</span> <span class="css-2iv8pz">Photo: Scoreline</span></figcaption></figure>'
            )
        if kind == "PULL":
            return f'<div class="css-kq3m1a e1quote2"><p>{encode(site, args[0])}</p></div>'
        raise ValueError(kind)

    return furnish


def render_scoreline(site: Site, article: Article, articles: list[Article]) -> str:
    url = f"https://scoreline.co/{article.section.lower().replace(' ', '-')}/{article.slug}"
    stamp = article.published
    ticker = "".join(
        f'<li class="css-3jd9aa e1tick1"><span class="css-p0a9xx">{a}</span><span class="css-s7c2mm">{sa}</span>'
        f'<span class="css-s7c2mm">{sb}</span><span class="css-p0a9xx">{b}</span><span class="css-t1m3rr">{state}</span></li>'
        for a, sa, b, sb, state in TICKER
    )
    trending = "".join(
        f'<li class="css-6mx0be"><a class="css-q0z1p3" href="/{a.section.lower().replace(" ", "-")}/{a.slug}"><span class="css-0q1nhv">{i}</span>{encode(site, a.headline)}</a></li>'
        for i, a in enumerate(others(article, articles), start=1)
    )
    body = body_html(
        site,
        article,
        scoreline_furnish(site),
        p_open='<p class="css-83cqas e1para0">',
        heading=("h2", ' class="css-1wv8x7 e1sub0"'),
        wrap=False,
    )
    next_data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "id": sum(map(ord, article.slug)),
                    "slug": article.slug,
                    "section": article.section,
                }
            },
            "page": "/[section]/[slug]",
            "buildId": "k3Zp0w",
        }
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{encode(site, article.headline)} | Scoreline</title>
{json_ld(site, article, url, f"https://i.scoreline.co/{article.slug}/hero.jpg")}
<style data-emotion="css 1q2w3e4 8fj2ka zx81kd 3jd9aa">.css-1q2w3e4{{display:flex;background:#0b1c2c;color:#fff}}.css-8fj2ka{{background:#e0112b;padding:0 6px}}.css-3jd9aa{{display:inline-flex;gap:4px;margin-right:18px}}</style>
<link rel="preload" href="/_next/static/css/a81f2c.css" as="style"/></head>
<body><div id="__next"><div class="css-1q2w3e4 e1ticker0" role="marquee"><div class="css-8fj2ka">LIVE</div><ul class="css-zx81kd">{ticker}</ul><a class="css-q0z1p3" href="/scores">All scores</a></div>
<header class="css-19kzrtu e1hdr0"><a class="css-1ybb0fe" href="/">SCORELINE</a><nav class="css-m1xj1a"><a href="/football">Football</a><a href="/basketball">Basketball</a><a href="/gridiron">Gridiron</a><a href="/running">Running</a><a href="/tennis">Tennis</a><a href="/scores">Scores</a><a href="/fixtures">Fixtures</a><a href="/podcasts">Podcasts</a></nav><button class="css-yy71pa">Sign in</button></header>
<main class="css-1d3w5wq"><article class="css-1p8b2gx e1art0"><div class="css-z3c1jb ekicker0"><a href="/{article.section.lower().replace(" ", "-")}">{article.section}</a></div>
<h1 class="css-1qk5ttd e1hl0">{encode(site, article.headline)}</h1>
<h2 class="css-a1tzkj e1dek0">{encode(site, article.dek or "")}</h2>
<div class="css-b7ddnr e1meta0"><img class="css-4r1nhg" src="https://i.scoreline.co/staff/{(article.author or "").split()[0].lower()}.png" alt=""/><div><span class="css-1ee1ioy">{article.author} | Staff Writer</span><time class="css-12jsbys" dateTime="{stamp.isoformat()}T19:30:00Z">{stamp:%a} {stamp.day} {stamp:%b %Y} · 19:30 GMT</time></div></div>
<div class="css-pc8r1e eshare0"><button aria-label="Share on Facebook" class="css-1t9mv4w"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></button><button aria-label="Share on WhatsApp" class="css-1t9mv4w"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></button><button aria-label="Copy link" class="css-1t9mv4w">Copy link</button></div>
<figure class="css-p91az2 e1figure0"><img src="https://i.scoreline.co/{article.slug}/hero.jpg" alt=""/><figcaption class="css-7ff1aw">Scoreline photo</figcaption></figure>
<div class="css-1jxf684 e1body0">{body}</div>
<div class="css-d2r7kx e1tags0">{"".join(f'<a class="css-q0z1p3" href="/tag/{t}">{t}</a>' for t in article.tags)}</div>
</article>
<aside class="css-1m0d2d8 e1rail0"><section class="css-kz1m0q"><h3 class="css-5aw0yc">Trending</h3><ol class="css-rj3d2b">{trending}</ol></section>
<section class="css-kz1m0q"><h3 class="css-5aw0yc">Scoreline Daily</h3><p class="css-9hx1ps">Every result, every morning. Free.</p><button class="css-yy71pa">Sign up</button></section></aside></main>
<footer class="css-1y3whkc"><p>© 2026 Scoreline Media. Odds and fixtures are for information only.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/cookies">Manage cookies</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script></body></html>
"""


# ---------------------------------------------------------------- Quiet Margins (Medium-like essays)


def render_margins(site: Site, article: Article, articles: list[Article]) -> str:
    url = f"https://quietmargins.pub/{article.slug}-{sum(map(ord, article.slug)):x}"
    words = sum(len(p.split()) for p in article.paragraphs)
    when = f"{article.published:%b} {article.published.day}, {article.published.year}"
    more = "\n".join(
        f'<div class="postCard"><a href="/{a.slug}"><h3 class="postCard-title">{encode(site, a.headline)}</h3>'
        f'<p class="postCard-subtitle">{encode(site, a.dek or "")}</p></a>'
        f'<div class="postCard-meta">{max(1, sum(len(p.split()) for p in a.paragraphs) // 230)} min read · {a.published:%b} {a.published.day}, {a.published.year}</div>'
        f'<div class="postCard-claps">👏 {310 + len(a.slug) * 7}</div></div>'
        for a in others(article, articles)
    )
    responses = "\n".join(
        f'<div class="response"><div class="response-author">{encode(site, c.name)}</div><div class="response-date">{c.when}</div>'
        f'<p class="response-text">{encode(site, c.text)}</p><div class="response-claps">👏 {len(c.text) % 40}</div></div>'
        for c in article.comments
    )
    body = body_html(
        site,
        article,
        lambda kind, args: "",
        p_open='<p class="graf graf--p">',
        heading=("h3", ' class="graf graf--h3"'),
        quote_open='<blockquote class="graf graf--blockquote">',
        wrap=False,
    )
    claps = f"{1 + len(article.slug) % 3}.{len(article.headline) % 10}K"
    bar = (
        f'<div class="clapBar"><button class="clapButton" aria-label="clap">👏</button><span class="clapCount">{claps}</span>'
        f'<button class="responsesButton" aria-label="responses">💬 {len(article.comments)}</button>'
        '<button aria-label="Save">Save</button><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div>'
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{encode(site, article.headline)} | by {article.author} | Quiet Margins</title>
{og_tags(site, article, url, article.dek or "")}
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://cdn.quietmargins.pub/app.9d02.css">
</head>
<body>
<div class="metabar"><a class="metabar-logo" href="/">Quiet Margins</a><div class="metabar-actions"><a href="/new-story">Write</a><a href="/signin">Sign in</a><a class="button--primary" href="/signup">Get started</a></div></div>
<article class="postArticle">
<div class="section-inner">
<h1 class="graf graf--h3 graf--title">{encode(site, article.headline)}</h1>
<h2 class="graf graf--h4 graf--subtitle">{encode(site, article.dek or "")}</h2>
<div class="authorRow"><img class="avatar" src="https://cdn.quietmargins.pub/avatars/{article.slug[:6]}.jpg" alt="{article.author}"><div><a class="ds-link" href="/@theo.marchetti">{article.author}</a> · <button class="followButton">Follow</button></div>
<div class="postMeta"><span>{max(1, words // 230)} min read</span> · <span>{when}</span></div></div>
{bar}
<figure class="graf graf--figure"><img src="https://cdn.quietmargins.pub/{article.slug}/cover.jpg" alt=""><figcaption class="imageCaption">Photo by the author</figcaption></figure>
{body}
</div>
<div class="postTags">{"".join(f'<a class="tag" href="/tag/{t.lower().replace(" ", "-")}">{t}</a>' for t in article.tags)}</div>
{bar}
</article>
<div class="writtenBy"><img class="avatar avatar--large" src="https://cdn.quietmargins.pub/avatars/theo.jpg" alt=""><h2>Written by {article.author}</h2><p class="followers">1.4K Followers</p><p class="bio">Teacher, swimmer in progress, collector of other people's recipe cards. Writing about ordinary days, slowly.</p><button class="followButton">Follow</button></div>
<div class="responsesSection"><h2>Responses ({len(article.comments)})</h2><div class="responseBox"><textarea placeholder="What are your thoughts?"></textarea></div>
{responses}
</div>
<div class="moreFrom"><h2>More from {article.author}</h2>
{more}
<a href="/@theo.marchetti">See all from {article.author}</a></div>
<div class="recommended"><h2>Recommended from Quiet Margins</h2><div class="postCard"><a href="/the-map-drawer"><h3 class="postCard-title">The map drawer</h3><p class="postCard-subtitle">Everything my father wanted to keep fit in one shallow drawer.</p></a><div class="postCard-meta">5 min read · Jul 1, 2026</div></div></div>
<footer class="siteFooter"><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
<script src="https://cdn.quietmargins.pub/app.9d02.js" defer></script>
</body>
</html>
"""


# ================================================================ the articles

LEDGER = Site("harlow-valley-ledger", "The Harlow Valley Ledger", render_ledger, "named")
LEDGER.articles.extend(
    [
        Article(
            slug="mill-street-bridge-repair-approved",
            headline="Council approves $4.2 million plan to repair Mill Street bridge",
            dek="The 1958 span has carried a 10-ton weight limit since spring. Work could begin in April.",
            author="Dana Whitcombe",
            published=dt.date(2026, 11, 3),
            section="Local",
            tags=("city council", "roads", "Mill Street"),
            text="""
HARLOW -- The Harlow City Council voted 6-1 on Monday night to spend $4.2 million repairing the
Mill Street bridge, ending nearly a year of debate over whether the aging span should be patched,
replaced or closed for good.

The bridge, built in 1958 over the Tessel River, has been limited to vehicles under 10 tons since an
inspection in March found corrosion in two of its steel girders. The restriction forced school buses,
fire engines and delivery trucks onto a detour that adds roughly four miles to trips between the
east side and downtown.

"Every week we wait, we are paying for it in fuel, in response times and in patience," said
Council Member Rosa Delgado, who represents the east-side ward. "This is not a glamorous vote, but
it is the right one."

@@FIGURE mill-street-bridge.jpg|The Mill Street bridge has been limited to vehicles under 10 tons since March.

The plan approved Monday replaces the corroded girders and the bridge deck while keeping the
original concrete piers, which engineers from the firm Caldwell & Stroud told the council remain
in good condition. A full replacement had been estimated at $11 million and would have taken two
construction seasons.

Council Member Everett Pike cast the lone vote against the plan. He argued that a repair would only
buy the city 25 years and that a new bridge, designed for heavier loads, would serve the valley
better over the long run. "We are choosing the cheaper bill today and handing a bigger one to our
kids," he said.

@@AD

## Who pays

About $2.6 million of the cost will come from a state bridge program grant the city received in
August. The rest will be drawn from the city's capital reserve, which Finance Director Alan Breck
said would still hold about $1.9 million afterward, above the minimum the council set in its own
policy.

No property tax increase is planned to cover the work, Breck said.

@@RELATED Detour traffic frustrates east-side businesses|/local/2026/05/12/detour-traffic-east-side/

## What happens next

The city will seek construction bids in January. If a contractor is hired by March, work could
begin in April and finish by late October, according to a schedule presented by Public Works
Director Lena Okafor. The bridge would close completely for about 14 weeks during that time, with
pedestrians allowed to cross on a temporary walkway for most of the project.

Residents can view the engineering report and the construction schedule on the city's website or
at the front desk of City Hall. The council will hold a public information session on the project
at 6:30 p.m. Dec. 9 in the Harlow Community Center.
""",
        ),
        Article(
            slug="library-extends-weeknight-hours",
            headline="Harlow library to stay open until 9 p.m. on weeknights starting in January",
            dek="Longer hours come after a survey found most residents could not visit before 6 p.m.",
            author="Marisol Tran",
            published=dt.date(2026, 11, 10),
            section="Local",
            tags=("library", "community"),
            text="""
HARLOW -- The Harlow Public Library will keep its doors open until 9 p.m. Monday through Thursday
beginning Jan. 5, three hours later than it does now, the library board announced Tuesday.

The change follows a survey the library ran over the summer. Of the 1,140 residents who responded,
nearly two-thirds said they worked or commuted during current opening hours and could only visit
on Saturdays, when the building is often crowded and the study rooms are booked days ahead.

"We kept hearing the same thing: 'I would come more if I could get there,'" said library director
Hannah Oyelaran. "A library that is closed when people are free is not doing its job."

@@FIGURE library-reading-room.jpg|The main reading room at the Harlow Public Library on Tuesday afternoon.

The extra hours will cost about $68,000 a year, mostly for two part-time staff positions. The board
will cover the first year with money from a bequest left to the library by longtime patron Walter
Finch, who died in 2024. After that, the cost would have to be included in the city's regular
budget, which the council will take up next spring.

To keep costs down, the library will open an hour later on Fridays, at 10 a.m. instead of 9 a.m.
Friday mornings were the least busy time of the week in the library's own visitor counts, Oyelaran
said.

@@AD

Evening programs are already being planned. A homework help desk staffed by volunteer teachers will
run from 6 to 8 p.m. on Tuesdays and Wednesdays, and a monthly evening book club for adults will
start in February. The library's makerspace, which now closes at 5 p.m., will stay open until 8:30.

Not everyone at Tuesday's meeting was convinced. Board member Gerald Huang asked whether the library
had enough security staff for late evenings, noting that the parking lot behind the building is
poorly lit. Oyelaran said the city had agreed to install new lights in the lot before January.

The board approved the new hours unanimously. The library will count evening visitors for the first
six months and report back to the board in July on whether the later hours are being used.
""",
        ),
        Article(
            slug="school-board-redraws-bus-routes",
            headline="School board redraws bus routes as driver shortage drags on",
            dek="Some elementary students will be picked up as early as 6:50 a.m.",
            author="Dana Whitcombe",
            published=dt.date(2026, 9, 15),
            section="Schools",
            tags=("schools", "transportation"),
            text="""
HARLOW -- Harlow Valley School District families will see new bus stops and earlier pickup times
starting Sept. 28 after the school board approved a plan Monday to cover 31 routes with only 24
drivers.

The district has been short of drivers since the start of the school year, when five retired and two
others left for jobs with a regional delivery company. Transportation Director Carl Ibsen said the
district had advertised the openings for months and raised starting pay to $24.50 an hour, but had
hired only one new driver, who is still in training.

Under the new plan, several routes will be combined, and drivers will run some of them twice each
morning. Stops that were within a few hundred yards of each other will be merged. The earliest
elementary pickup will move to 6:50 a.m., about 25 minutes earlier than before.

@@FIGURE harlow-bus-depot.jpg|Buses parked at the district depot on Brenner Road.

"I know this is hard on families," Superintendent Joanna Mercer told the board. "We looked at every
other option, including cutting service to students who live within two miles of school. We decided
that asking everyone to adjust a little was fairer than asking some families to find a way to school
on their own."

Parents who spoke at the meeting were not happy. Keisha Morrow, whose two children attend Orchard Hill
Elementary, said her kindergartner would now wait for the bus in the dark for much of the winter.
"He is five," she said. "Nobody should have to stand at a highway corner at ten to seven in January."

@@AD

Board members asked Ibsen to review the stops on busier roads and to report back at the October
meeting. He said the district would place reflective markers at any stop without a streetlight and
would ask the county sheriff's office for extra patrols near the most exposed stops.

The district is also trying to train its own drivers. It will pay for the commercial license course for
any current employee, including classroom aides and cafeteria staff, who agrees to drive at least
two years. Four employees have signed up so far, Ibsen said, and the first could be on the road by
November.

New route maps and pickup times will be posted on the district website by Friday, and families can
also call the transportation office at the number listed there.
""",
        ),
        Article(
            slug="farmers-market-moves-to-rail-depot",
            headline="Saturday farmers market will move to the old rail depot next season",
            dek="Vendors have outgrown the church parking lot that has hosted the market since 2009.",
            author="Owen Castellano",
            published=dt.date(2026, 10, 21),
            section="Business",
            tags=("farmers market", "downtown", "business"),
            text="""
HARLOW -- After 17 years in the parking lot of First Methodist Church, the Harlow Saturday Farmers
Market is moving to the restored rail depot on Front Street when it reopens in May.

The market's board voted last week to accept the city's offer of the depot grounds, which include a
covered platform, public restrooms and space for up to 60 vendor stalls. The church lot holds about 35,
and the market has kept a waiting list of more than 20 growers and food makers for the past three
seasons.

"We have been turning away people we really want, like a second egg farm and the Hmong growers
cooperative from out near Dunmore," said market manager Priscilla Aho. "At the depot there is room for
them, and when it rains there is a roof."

@@FIGURE depot-platform.jpg|The covered platform at the Front Street depot, restored by the city in 2023.

The city spent $1.3 million restoring the depot in 2023 with the goal of drawing more people
downtown, but apart from a few weddings and a holiday craft fair, the building has mostly sat empty.
Downtown business owners have welcomed the move. Tomas Reyna, who owns Reyna's Hardware two blocks
from the depot, said market days could bring hundreds of shoppers past storefronts that rarely see
Saturday crowds.

The market will pay the city $1 a year in rent and will be responsible for cleaning up after each
market day. The city will provide trash service and will open the Front Street parking garage free of
charge on Saturday mornings.

@@AD

Not every vendor is pleased. Several longtime sellers said they worried that customers who are used to
the church lot will not follow them across town, and that the depot's gravel lot will be hard for
older shoppers to walk on. Aho said the market would print new maps, put signs at the old location for
the first month, and ask the city to pave a path from the garage to the platform.

First Methodist's pastor, the Rev. Lydia Stam, said the congregation was sorry to see the market go but
understood the need for space. The church plans to keep hosting the market's winter edition, a smaller
indoor event held in its fellowship hall from December through March.

The market's opening day at the depot is set for May 2. Vendor applications for the new season are due
Feb. 1.
""",
        ),
    ]
)

BYTEFLOW = Site("byteflow-notes", "Byteflow Notes", render_byteflow, "numeric")
BYTEFLOW.articles.extend(
    [
        Article(
            slug="sqlite-is-probably-enough",
            headline="SQLite is probably enough for your side project",
            author="Marcus Reyes",
            published=dt.date(2026, 3, 14),
            section="Databases",
            tags=("sqlite", "side projects", "boring tech"),
            comments=(
                Comment(
                    "Jenna K.",
                    "March 14, 2026 at 10:02 am",
                    "Agreed on all of this. The backup point is the one people miss: copying the file while it is being written is how I lost a week of data once.",
                ),
                Comment(
                    "dmitri_v",
                    "March 15, 2026 at 4:47 pm",
                    "I'd push back a little on the part about write concurrency. For a chat app with a few hundred active users we hit lock contention fast. Still a great default though.",
                ),
                Comment(
                    "Marcus Reyes",
                    "March 15, 2026 at 6:10 pm",
                    "Fair point, Dmitri. Chat is exactly the kind of write-heavy workload where I'd reach for something else.",
                ),
            ),
            text="""
Every few months someone asks me which database they should use for a small app they are building on
weekends. My answer has been the same for years, and it usually disappoints them a little: start with
SQLite, and only move when you can name the problem that made you move.

That answer sounds lazy, so this post is my attempt to explain why I think it is the careful choice
rather than the easy one.

## One file is a feature

A SQLite database is a single file. You can copy it, email it to yourself, attach it to a bug report
or open it on a laptop with no server running. When a side project is something you touch for two hours
on a Sunday, the cost of running, patching and remembering how to log in to a separate database server
is real, and it comes out of the two hours you actually have.

@@PULL The cost of running a separate database server comes out of the two hours you actually have.

It also means your tests can create a fresh database in memory in a few milliseconds. I have watched
test suites go from several minutes to under twenty seconds just by dropping the container that used to
start before every run.

## It is faster than you think

People assume an embedded database must be slow. For the read-heavy workloads most small sites have,
the opposite is often true, because there is no network hop between your code and your data. A query
that would take a millisecond to travel to a server and back finishes in microseconds when it is a
function call inside the same process.

Writes are where you have to pay attention. SQLite allows one writer at a time. With write-ahead
logging turned on (the `journal_mode=WAL` pragma), readers do not block the writer and the writer does
not block readers, which covers a surprising number of real applications. If your app mostly reads and
occasionally saves a form, you will not notice the limit.

## When to move on

There are good reasons to outgrow it. If many processes on different machines need to write at the
same time, if you need fine-grained user permissions inside the database, or if your data is larger
than a comfortable disk, a server database earns its keep. The point is to move for one of those
reasons, not because a tutorial told you a real app needs a real server.

## Two habits that make it safe

First, back up with the built-in backup command or the `VACUUM INTO` statement, not by copying the
file while the app is running. A copy taken in the middle of a write can be corrupt in ways you only
discover when you need it.

Second, keep your SQL plain. If you avoid features that only one database has, moving later is an
afternoon of work rather than a rewrite. Mine have moved twice in ten years. Both times the hard part
was the deploy script, not the data.
""",
        ),
        Article(
            slug="terminal-habits-that-save-time",
            headline="Five terminal habits that give me back an hour a week",
            author="Marcus Reyes",
            published=dt.date(2026, 6, 2),
            section="Habits",
            tags=("shell", "productivity"),
            comments=(
                Comment(
                    "Ana Lucía",
                    "June 2, 2026 at 9:15 pm",
                    "The history search tip alone was worth it. I had been pressing the up arrow forty times a day like an animal.",
                ),
                Comment(
                    "Pete from Leeds",
                    "June 3, 2026 at 7:30 am",
                    "Nice list. I would add: learn your editor's keyboard shortcut for opening the file under the cursor. It is the same trick as number three, really.",
                ),
            ),
            text="""
I spend most of my working day in a terminal, and over the years I have picked up a handful of small
habits that each save a few seconds. A few seconds does not sound like much until you notice you do the
same thing two hundred times a day. These are the five that stuck.

## 1. Search your history instead of retyping

Pressing Ctrl+R in most shells starts a reverse search through your command history. Type any part of
a command you ran last week and it appears, ready to run or edit. I resisted this for years because the
up arrow felt good enough. It is not. If you only take one habit from this list, take this one.

## 2. Give long commands a short name

If you type the same long command more than a few times a week, put it in an alias or a tiny script.
Mine include a one-word command that pulls the latest code, installs dependencies and runs the fast
tests. The value is not only the keystrokes saved; it is that the steps now always happen in the same
order.

@@FIGURE 2026/06/terminal-aliases.png|A few of the aliases from my shell configuration file.

## 3. Jump, do not walk

Typing `cd ../../some/deep/folder` over and over is a waste. Most shells can remember the folders you
visit often and let you jump to one by typing a fragment of its name. Even without a plugin, `cd -`
takes you back to the last folder you were in, which covers half of my daily back-and-forth.

## 4. Read the last line first

When a command fails and prints three screens of output, the useful line is usually near the bottom.
I used to scroll from the top and skim. Now I read the last ten lines first and scroll up only if they
do not explain themselves. It sounds obvious written down, but it changed how quickly I get unstuck.

## 5. Keep a scratch file open

I keep a plain text file called `scratch.txt` open in a terminal tab all day. Commands I might need
again, an error message I want to search for later, the half-finished plan for the afternoon: they all
go there. At the end of the week I skim it and move anything worth keeping into my proper notes. The rest
I delete without guilt.

None of these are clever. That is the point. The habits that last are the ones that are too simple to
forget, and that pay you back a little every single day.
""",
        ),
        Article(
            slug="learning-to-read-error-messages",
            headline="Learning to actually read error messages",
            author="Marcus Reyes",
            published=dt.date(2026, 9, 27),
            section="Habits",
            tags=("debugging", "teaching"),
            comments=(
                Comment(
                    "Sam O.",
                    "September 27, 2026 at 2:20 pm",
                    "This is going straight into our onboarding doc. The line about reading the message out loud made me laugh because it works.",
                ),
                Comment(
                    "Rhiannon",
                    "September 28, 2026 at 11:05 am",
                    "Great post. One thing that helped me as a junior was keeping a list of errors I had seen and what they turned out to mean. After a year it was my most useful file.",
                ),
                Comment(
                    "K. Iwu",
                    "September 29, 2026 at 8:41 pm",
                    "Counterpoint: some error messages really are useless and it is not your fault. But yes, most of them are better than we give them credit for.",
                ),
            ),
            text="""
Last month I sat with a new colleague while she fixed her first real bug on our team. Her program
stopped with an error, and within two seconds she had copied the whole message into a search engine. I
asked her to read it out loud to me first. She laughed, read it, and then said, "Oh. It's telling me the
file isn't there."

I have been thinking about that moment since, because I did exactly the same thing for the first five
years of my career.

## Why we skip the message

Error messages look hostile. They are often long, full of file paths and numbers, and they arrive at
the exact moment we are annoyed. Searching feels productive: somebody, somewhere, has surely had this
problem and written down the answer. Sometimes they have. But most errors in our own code are about our
own code, and nobody on the internet knows what is in our config file.

## What is actually in there

A typical error tells you three things, if you let it. It tells you *what* went wrong, usually in the
last line. It tells you *where*, as a list of the function calls that led to the failure, with the most
recent one at the top or the bottom depending on the language. And very often it tells you *what it
expected*, such as a number when it received text, or a file at a path that does not exist.

Once I started looking for those three things on purpose, most errors stopped being mysteries. They
became instructions, written a bit rudely.

## A small routine

Here is the routine I now teach. Read the last line of the message slowly, out loud if nobody is
around. Find the first line in the list of calls that points at a file you wrote, not at a library.
Open that line. Ask what value could have been different from what the code assumed. Only then, if you
are still stuck, search for the message, with your own paths and names removed.

It takes maybe a minute longer than pasting into a search box. It saves far more than that, because
the answer you find is about your program instead of somebody else's.

## The part nobody tells beginners

Reading errors well is a skill, and skills take practice. Nobody is born knowing that a certain kind of
error usually means a missing import, or that a number in a message is a line number and not a count.
You learn it by reading a few hundred of them with attention. So the next time your program stops and
shouts at you, take a breath and read what it says. It is trying to help.
""",
        ),
    ]
)

MERIDIAN = Site("meridian-science", "Meridian Science", render_meridian, "raw")
MERIDIAN.articles.extend(
    [
        Article(
            slug="city-bats-and-led-streetlights",
            headline="Why city bats are steering clear of the new streetlights",
            dek="Councils are swapping orange lamps for bright white LEDs to save energy. For some bats, the change is redrawing the map of the night.",
            author="Imogen Achebe",
            published=dt.date(2026, 10, 12),
            section="Life",
            tags=("bats", "light pollution", "urban ecology"),
            text="""
On a warm evening in late July, Dr Tomasz Wrona stands on a footbridge over a canal in the middle of a
northern English city, holding a small grey box above his head. The box is a bat detector, and it is
translating calls far too high for human ears into a crackle of clicks. "Pipistrelles," he says, as the
clicks quicken into a buzz. "That buzz is a bat catching an insect. Under this bridge it happens all
night."

Fifty metres away, where the towpath passes beneath a row of new white lights, the detector goes almost
silent.

## A quiet swap with loud effects

Across Europe, local authorities have spent the past decade replacing old sodium streetlights, with
their familiar orange glow, with light-emitting diodes. The new lamps use far less electricity and last
for years, and the savings are real. But LEDs also produce a broader spread of colours, including more
of the blue and white light that many night-flying insects, and the animals that hunt them, respond to.

Wrona's team spent three summers recording bat activity at 94 sites along the city's waterways, before
and after the council changed the lights. At sites where LEDs went in, activity from slow-flying
species that hunt close to the water fell by around 40 per cent. Activity from a few fast, agile
species barely changed, and in some places rose slightly.

@@PULL Darkness is a resource for these animals, in the same way that a hedgerow or a pond is.

"It is not that all bats hate light," says Wrona. "Some species will happily feed on the insects that
gather around a lamp. It is that the ones which avoid light lose access to whole stretches of habitat,
and the city becomes a different place for them."

## Corridors of darkness

The findings matter most where the lights cut across the routes bats use to travel. Many species
commute from their roosts to feeding grounds along lines of trees, rivers and canals, and a single
brightly lit crossing can act like a wall. In the study, two colonies appeared to abandon a favoured
feeding area after a new lamp was installed at a bridge on their route.

@@FIGURE bats-canal-night|A canal towpath at night, where the new white lamps meet an unlit stretch of water.

Ecologists increasingly talk about keeping "dark corridors" through cities, in the same way planners
protect green ones. Darkness is a resource for these animals, argues Dr Aisha Rahman, who studies
urban wildlife and was not involved in the research, in the same way that a hedgerow or a pond is.

## Cheap fixes

The encouraging part is that fixes are often simple. Lamps can be shielded so they light the path and
not the water. Warmer-coloured LEDs, which emit less blue light, appear to disturb light-shy species
less. Some councils already dim or switch off lights on quiet paths after midnight.

Wrona's group is now working with the city to test several of these options on the same stretch of
canal. The first results, he says, are promising. On a recent night, under a shielded amber lamp, his
detector picked up the buzz of a feeding bat again.
""",
        ),
        Article(
            slug="microbes-in-glacier-meltwater",
            headline="The hidden life of glacier meltwater",
            dek="Streams running off melting ice are full of microbes that have been locked away for centuries. Researchers are racing to work out what they do downstream.",
            author="Imogen Achebe",
            published=dt.date(2026, 8, 3),
            section="Earth",
            tags=("glaciers", "microbiology", "climate"),
            text="""
The water that pours from the snout of a glacier looks lifeless. It is grey with ground rock, close to
freezing and moves fast enough to knock over a careless scientist. Yet a single litre of it can carry
hundreds of thousands of living cells, many of them belonging to species that no one has ever named.

For Dr Ingrid Solberg, a microbiologist who has spent eleven summers sampling meltwater in Norway and
Greenland, that hidden population is one of the least understood consequences of a warming world.
"We tend to think of glaciers as ice and rock," she says. "They are also ecosystems, and when they melt
those ecosystems are released."

## Life on and under the ice

Microbes live in several places on a glacier. Some grow in dark patches on the surface, where dust and
algae absorb sunlight and melt small pools into the ice. Others live at the bed of the glacier, in
water trapped between ice and rock, where there is no light at all and energy comes from chemical
reactions with the minerals underneath.

As glaciers shrink, more meltwater flows from both places, and it carries their inhabitants into
rivers and eventually the sea. Solberg's team has found that the mix of microbes in a meltwater stream
changes through the summer, as the season's melting reaches deeper into the glacier and begins to drain
its oldest pockets of water.

@@FIGURE meltwater-sampling|Sampling bottles are filled at the mouth of a meltwater channel in western Norway.

## Food for the rivers

One reason researchers care is nutrition. Rivers fed by glaciers are often poor in the nutrients that
support fish and insects, and the carbon and nitrogen released with the microbes may feed food webs
further downstream. Some studies suggest that a portion of the carbon that glaciers release is unusually
easy for other organisms to digest.

The flow is also temporary. Once a glacier has largely melted, the pulse of water and life it provides
will dwindle, and the rivers that depend on it may change character. "We are measuring a process at
its peak," Solberg says. "In some valleys, the peak will be over within our working lives."

## Old genes, new questions

There is a second reason for the rush. Among the microbes coming out of the ice are lineages that have
been isolated for a long time, some of which carry genes for enzymes that work at very low temperatures.
Biotechnology companies are interested in such enzymes, and so are scientists trying to understand how
life copes with extreme cold.

Some researchers have also raised the question of whether melting ice could release organisms that
cause disease. Solberg says the risk to people appears low, since most glacier microbes are adapted to
conditions nothing like the human body. But she argues that it is one more reason to study the
meltwater carefully now, while it is still flowing.
""",
        ),
        Article(
            slug="teenagers-sleep-and-school-start-times",
            headline="Later school start times get a new piece of evidence",
            dek="A two-year study of secondary schools finds that a 45-minute delay added sleep without costing time elsewhere.",
            author="Callum Ferreira",
            published=dt.date(2026, 11, 2),
            section="Health",
            tags=("sleep", "adolescence", "education"),
            text="""
Anyone who has tried to wake a teenager at seven in the morning knows the struggle. Scientists have
argued for years that it is not simply a matter of discipline. During adolescence, the body clock
shifts later, so that many teenagers do not feel sleepy until well after eleven at night, even if they
go to bed earlier.

A new study adds weight to the argument that schools should adapt to that biology rather than fight
it. Researchers followed pupils at twelve secondary schools for two years, during which six of the
schools moved their start time from 8.20 to 9.05 in the morning.

## More sleep, not later nights

The main worry about later starts has been that teenagers would simply stay up later and gain nothing.
The study did not find that. Using wrist-worn activity trackers, which record movement through the
night, the team found that pupils at the later-starting schools slept on average 34 minutes longer on
school nights. Their bedtimes moved only slightly.

@@PULL Their bedtimes moved only slightly; the extra time came from the morning.

"The extra sleep came almost entirely from the morning," says Dr Elena Marsh, a sleep researcher who
led the analysis. "That is exactly what you would predict if the early start, and not the teenagers,
was the main thing cutting their sleep short."

## Grades and mood

Pupils at the later-starting schools also reported feeling less sleepy during lessons and slightly
better mood on questionnaires. Attendance at the first lesson of the day improved. Effects on exam
results were small and not clearly different from zero, which Marsh says is not surprising over two
years. "Sleep is one ingredient among many. You would not expect a single change to rewrite exam
tables."

## The practical snags

Later starts are not free. Schools that changed their timetables had to renegotiate bus contracts,
move after-school sports and clubs later, and answer parents who worried about childcare in the
morning. Two of the six schools nearly reversed the change in its first term because of complaints
about buses.

Education officials who reviewed the study say its real value may be in showing which problems come
up and how the schools solved them. Several of the schools staggered their start times with nearby
primary schools, so that the same buses could serve both.

The researchers are now extending the study to a larger group of schools, and to younger pupils, whose
body clocks have not yet shifted. For now, Marsh says, the message for parents is simple: a sleepy
teenager is usually not a lazy one.
""",
        ),
    ]
)

KITCHEN = Site("salt-and-saffron-kitchen", "Salt & Saffron Kitchen", render_kitchen, "raw")
KITCHEN.articles.extend(
    [
        Article(
            slug="brown-butter-pumpkin-bread",
            headline="Brown Butter Pumpkin Bread",
            author="Priya Raman",
            published=dt.date(2026, 10, 18),
            section="Breads",
            tags=("pumpkin", "quick bread", "fall baking"),
            encoding="cp1252",
            comments=(
                Comment(
                    "Marguerite",
                    "October 19, 2026 at 8:12 am",
                    "Made this yesterday and the whole loaf was gone by dinner. I used half whole wheat flour and it was still lovely and soft.",
                ),
                Comment(
                    "Jon B.",
                    "October 20, 2026 at 6:40 pm",
                    "Can I make this as muffins? How long would you bake them?",
                ),
                Comment(
                    "Priya Raman",
                    "October 20, 2026 at 9:02 pm",
                    "Yes! Fill the cups about three-quarters full and start checking at 20 minutes.",
                ),
            ),
            recipe=Recipe(
                name="Brown Butter Pumpkin Bread",
                prep="15 minutes",
                cook="60 minutes",
                serves="1 loaf (10 slices)",
                ingredients=(
                    "½ cup (113 g) unsalted butter",
                    "1 ¾ cups (220 g) all-purpose flour",
                    "1 tsp baking soda",
                    "½ tsp fine salt",
                    "2 tsp ground cinnamon",
                    "½ tsp ground ginger",
                    "¼ tsp ground cloves",
                    "1 cup (200 g) light brown sugar",
                    "2 large eggs",
                    "1 ½ cups (340 g) pumpkin purée",
                    "1/3 cup (80 ml) milk",
                ),
                steps=(
                    "Heat the oven to 350°F and line a loaf pan with parchment.",
                    "Brown the butter in a small pan until it smells nutty, then cool for 10 minutes.",
                    "Whisk the flour, baking soda, salt and spices in a bowl.",
                    "Whisk the sugar, eggs, pumpkin and milk into the butter, then fold in the dry ingredients.",
                    "Bake 55 to 65 minutes, until a skewer comes out clean. Cool before slicing.",
                ),
                note="The loaf keeps for 4 days wrapped at room temperature and freezes well in slices.",
            ),
            text="""
Every October I tell myself I will not bake another pumpkin loaf, and every October I break that promise
by the second week. This year I gave in early, and I'm glad I did, because this version -- with browned
butter and a good amount of ginger -- is the best one I've made.

My kids call it "the cake we're allowed to have for breakfast," which is not technically what I told
them, but I have stopped arguing.

## Why brown the butter?

Browning butter takes about five minutes and changes everything. As the butter melts and keeps cooking,
the milk solids toast and turn a deep golden brown, and the whole kitchen smells like hazelnuts. That
toasty flavour sits underneath the pumpkin and spices and makes the bread taste richer without adding
anything extra.

The one rule: stay by the stove. Butter goes from perfectly brown to burnt in less than a minute, and
once it's burnt there's no going back. Use a light-coloured pan if you have one, so you can see the
colour change.

@@FIGURE 2026/10/pumpkin-bread-butter.jpg|Browned butter should look like this: amber, with dark flecks at the bottom.

@@AD

## Canned or fresh pumpkin?

I use canned purée almost every time, and I don't feel bad about it. It's consistent, it's easy to
find, and it has less water than most homemade purée, which keeps the loaf from turning gummy. If you
do roast your own squash, drain the purée in a sieve for an hour before measuring it.

Make sure the can says pure pumpkin and not pumpkin pie filling. The filling is already sweetened and
spiced, and the bread will come out cloying.

## A few tips for a tall, even loaf

Don't overmix once the flour goes in. Fold until you can't see dry streaks and then stop; a few lumps
are fine. Overmixing develops the gluten and gives you a tough, tunnelled crumb.

If the top is browning too quickly, lay a loose sheet of foil over the pan for the last 15 minutes. Every
oven is different, and mine runs hot at the back, so I turn the pan halfway through.

Finally, let it cool. I know. But a warm pumpkin loaf is soft enough to tear when you slice it, and the
flavour is better the next day anyway. If you can wait that long, it makes wonderful toast, spread with a
little salted butter.

@@FIGURE 2026/10/pumpkin-bread-sliced.jpg|The finished loaf, sliced after cooling overnight.

I hope this one becomes part of your autumn too. If you bake it, leave a comment and tell me how it
went -- I read every single one.
""",
        ),
        Article(
            slug="weeknight-chickpea-spinach-curry",
            headline="30-Minute Chickpea & Spinach Curry",
            author="Priya Raman",
            published=dt.date(2026, 2, 9),
            section="Weeknight",
            tags=("vegetarian", "curry", "one pot"),
            encoding="cp1252",
            comments=(
                Comment(
                    "Danielle R.",
                    "February 10, 2026 at 7:58 pm",
                    "This is now on our weekly rotation. I add a squeeze of lime at the end and my husband adds far too much chilli.",
                ),
                Comment(
                    "Farid",
                    "February 12, 2026 at 12:31 pm",
                    "Very good, but I found it a little thin. I simmered it ten minutes longer and it was perfect.",
                ),
            ),
            recipe=Recipe(
                name="Chickpea & Spinach Curry",
                prep="10 minutes",
                cook="20 minutes",
                serves="4",
                ingredients=(
                    "2 tbsp neutral oil",
                    "1 large onion, finely chopped",
                    "3 cloves garlic, grated",
                    "1 tbsp grated ginger",
                    "2 tsp garam masala",
                    "1 tsp ground cumin",
                    "½ tsp turmeric",
                    "1 can (400 g) crushed tomatoes",
                    "2 cans (400 g each) chickpeas, drained",
                    "1 can (400 ml) coconut milk",
                    "4 big handfuls baby spinach",
                    "salt and lemon juice to taste",
                ),
                steps=(
                    "Cook the onion in the oil over medium heat for 8 minutes, until soft and golden.",
                    "Add the garlic, ginger and spices and stir for 1 minute.",
                    "Add the tomatoes, chickpeas and coconut milk and simmer for 10 minutes.",
                    "Stir in the spinach until wilted, then season with salt and lemon juice.",
                ),
                note="Leftovers keep for 3 days in the fridge and taste even better reheated.",
            ),
            text="""
There's a particular kind of evening I plan for: everyone is hungry, nobody has shopped, and it is
dark by five. On those nights I reach for the pantry, and more often than not, this curry is what comes
out of it.

It's built almost entirely from cans and jars -- chickpeas, tomatoes, coconut milk -- plus an onion,
some garlic and a bag of spinach. It takes half an hour from chopping board to table, and it tastes like
it took much longer.

## The secret is the onion

If there's one step not to rush, it's the onion. Cook it slowly until it turns soft and golden at the
edges, about eight minutes. This is where most of the sweetness and depth in the sauce comes from. When
I've tried to hurry it on a busy night, the curry always tastes a little flat.

Once the onion is ready, add your garlic, ginger and spices and let them sizzle for just a minute. The
spices should smell toasty, not burnt. If the pan looks dry, add a spoonful of water.

@@FIGURE 2026/02/chickpea-curry-pot.jpg|Let the onions go properly golden before adding the spices.

@@AD

## Make it your own

This recipe is very forgiving. Swap the spinach for kale or chard (just give it a few extra minutes). Add
diced sweet potato with the tomatoes if you want something heartier, or stir in leftover roast
vegetables at the end. For more heat, add a chopped green chilli with the garlic.

I use full-fat coconut milk because it makes the sauce silky, but the light version works if that's
what you have. The sauce will simply be a little thinner.

## What to serve with it

We eat this with basmati rice most nights, or with warm flatbread when I have some in the freezer. A
spoonful of plain yogurt on top cools things down for the kids, and a handful of chopped coriander
makes it look like you made an effort.

It's the kind of dinner that makes a Tuesday feel manageable, and I hope it does the same for you.
""",
        ),
        Article(
            slug="lemon-ricotta-pancakes",
            headline="Fluffy Lemon Ricotta Pancakes",
            author="Priya Raman",
            published=dt.date(2026, 5, 23),
            section="Breakfast",
            tags=("pancakes", "brunch", "lemon"),
            comments=(
                Comment(
                    "Hollie",
                    "May 24, 2026 at 10:44 am",
                    "Made these for my mum's birthday breakfast and she asked for the recipe before she'd finished her plate!",
                ),
                Comment(
                    "Andrés",
                    "May 26, 2026 at 9:15 am",
                    "Do you think cottage cheese would work instead of ricotta? It is what I have.",
                ),
                Comment(
                    "Priya Raman",
                    "May 26, 2026 at 1:20 pm",
                    "It works if you blend it smooth first. The pancakes will be slightly less tender but still very good.",
                ),
            ),
            recipe=Recipe(
                name="Lemon Ricotta Pancakes",
                prep="10 minutes",
                cook="20 minutes",
                serves="12 pancakes",
                ingredients=(
                    "1 cup (250 g) whole-milk ricotta",
                    "¾ cup (180 ml) milk",
                    "3 eggs, separated",
                    "2 tbsp sugar",
                    "zest of 2 lemons",
                    "1 tbsp lemon juice",
                    "1 cup (125 g) all-purpose flour",
                    "1 tsp baking powder",
                    "pinch of salt",
                    "butter for the pan",
                ),
                steps=(
                    "Whisk the ricotta, milk, egg yolks, sugar, zest and juice until smooth.",
                    "Stir in the flour, baking powder and salt.",
                    "Beat the egg whites to soft peaks and fold them in gently.",
                    "Cook ¼-cup scoops in a buttered pan over medium-low heat, about 2 minutes per side.",
                ),
                note="Keep cooked pancakes warm in a 200°F oven while you finish the batch.",
            ),
            text="""
Weekend breakfasts at our house used to be boxed-mix pancakes, eaten standing up. Then a friend served
me lemon ricotta pancakes at her kitchen table one spring morning, and I went home and spent a month
trying to make them at home. This is where I landed.

They're tall, tender and barely sweet, with enough lemon to feel bright but not sour. The ricotta makes
them creamy inside, almost like a soufflé, and they're sturdy enough to flip without drama.

## Don't skip the egg whites

The one extra step here is whipping the egg whites separately and folding them into the batter. It
takes three minutes with a hand mixer and it's the reason these pancakes are so light. Beat the whites
just to soft peaks -- when you lift the beaters, the peaks should flop over at the tip.

Fold gently, with a spatula, until only a few streaks of white remain. If you stir hard, you'll knock
the air out and end up with flat pancakes. They'll still taste good, but you'll know.

@@FIGURE 2026/05/ricotta-pancakes-stack.jpg|A stack of pancakes with blueberries and a dusting of icing sugar.

## Low and slow

Ricotta pancakes need a slightly lower heat than ordinary ones, because the batter is thick and the
centre needs time to cook before the outside gets too dark. Medium-low is about right on my stove. The
first pancake is always a test; adjust the heat after it.

Use a little butter in the pan for each batch and wipe out any browned bits between batches so they
don't burn onto the next ones.

## Toppings

We like ours with fresh blueberries and a spoonful of plain yogurt, but a drizzle of honey or maple syrup
is never wrong. In winter, when the berries are sad, a quick compote of frozen fruit simmered with a
little sugar does the job beautifully.

If you have leftovers, they reheat well in a toaster -- which, in my house, makes them an acceptable
school-morning breakfast too.
""",
        ),
    ]
)

LARKSPUR = Site(
    "larkspur-falls-city", "City of Larkspur Falls", render_larkspur, "raw", smart_quotes=False
)
LARKSPUR.articles.extend(
    [
        Article(
            slug="fall-leaf-collection-2026",
            headline="Fall Leaf Collection Begins November 2",
            author=None,
            published=dt.date(2026, 10, 26),
            section="Public Works",
            text="""
The City of Larkspur Falls Public Works Department will begin its annual curbside leaf collection on
Monday, November 2, 2026. Crews will make two passes through every residential neighborhood before
collection ends on Friday, December 18, weather permitting.

The city is divided into four collection zones. Crews will work through the zones in order, starting
with Zone 1 in the northwest part of the city and ending with Zone 4 along the river. A map showing the
zones and the expected week of collection for each street is available on the Public Works page of this
website and at the front counter of City Hall.

## How to prepare your leaves

Rake leaves into a pile at the edge of your yard, behind the curb or the edge of the pavement, no more
than three days before your zone's scheduled week. Please do not rake leaves into the street. Leaves in
the street can block storm drains and cause flooding, and they become slippery for drivers and cyclists
when wet.

Piles should contain leaves only. Crews cannot collect piles that contain branches, grass clippings,
rocks, pumpkins or trash, because these items damage the vacuum equipment. Branches may be set out
separately for the regular yard debris pickup on your normal collection day.

## Parking during collection

Residents are asked to avoid parking on the street in front of leaf piles during their zone's
collection week. Parked cars are the most common reason crews must skip a pile. Temporary "No Parking"
signs will be posted on narrow streets where the vacuum trucks need the full width of the road.

## Other options

Residents who prefer not to wait for curbside collection may bag leaves in paper yard waste bags and
place them next to their yard debris cart on their regular collection day. Up to ten bags per week will
be collected at no extra charge through December 31. Plastic bags will not be accepted.

Leaves can also be dropped off free of charge at the Larkspur Falls Compost Site on Quarry Road,
Saturdays from 8 a.m. to 3 p.m. Proof of residency is required. Finished compost from the site is
available to residents at no cost each spring.

Questions about leaf collection can be directed to the Public Works Department at 541-555-0167 or
through the city's Report a Concern tool.
""",
        ),
        Article(
            slug="council-adopts-2027-budget",
            headline="City Council Adopts 2027 Budget",
            author=None,
            published=dt.date(2026, 9, 22),
            section="City Council",
            text="""
The Larkspur Falls City Council adopted the city's budget for the 2027 fiscal year at its regular
meeting on Monday, September 21, 2026. The budget takes effect on January 1, 2027.

The adopted budget totals $86.4 million across all funds, including $41.2 million in the general fund,
which pays for police, fire, parks, the library and most day-to-day city services. The general fund
budget is 3.1 percent larger than the current year's, mostly because of higher costs for employee
health insurance and fuel.

## Property tax rate unchanged

The budget keeps the city's property tax rate at $4.12 per $1,000 of assessed value, the same rate
residents have paid since 2023. Because assessed values rise each year under state law, the average
homeowner will pay about $38 more in city property taxes in 2027 than in 2026.

Utility rates are adjusted separately. The council approved a 4 percent increase in water rates and a
2.5 percent increase in sewer rates earlier this year to pay for pipe replacement projects. Those
increases took effect on July 1 and are not changed by the budget.

## What's new

The budget adds four positions: two firefighter-paramedics to reduce overtime at Station 2, a park
maintenance worker for the new Riverside Trail, and a part-time code enforcement officer. It also sets
aside $1.5 million for street resurfacing, the largest amount in more than a decade, with a list of
streets to be finalized by the Public Works Department this winter.

The council removed a proposed $250,000 study of a new aquatic center from the final budget after
several residents spoke against it during the public hearing. Council members said they would revisit
the idea after the community survey planned for next year.

## Public involvement

The budget was developed over six months and included three public hearings, two meetings of the
citizen Budget Committee and an online comment form that received 412 responses. The city thanks
everyone who took part.

The full adopted budget document, a two-page summary and a recording of the September 21 meeting are
available on the Budget & Finance page of this website. Printed copies can be reviewed at City Hall and
at the Larkspur Falls Public Library.
""",
        ),
        Article(
            slug="elm-avenue-water-main-replacement",
            headline="Elm Avenue Water Main Replacement to Begin in March",
            author=None,
            published=dt.date(2026, 11, 12),
            section="Utilities",
            text="""
The City of Larkspur Falls will replace approximately 4,200 feet of water main under Elm Avenue between
Third Street and Harmon Road beginning in early March 2027. The work is expected to last about five
months.

The existing cast iron pipe was installed in 1949 and has broken eleven times in the past five years,
more than any other section of pipe in the city's system. Each break required an emergency repair and
left nearby homes and businesses without water for several hours. The new ductile iron main is designed
to last at least 80 years.

## What to expect

Elm Avenue will remain open to local traffic during construction, but only one lane will be available
in the work zone during working hours, and flaggers will direct traffic. Work will generally take place
Monday through Friday from 7 a.m. to 5 p.m. Drivers passing through the area are encouraged to use
Harmon Road or Fifth Street instead.

Sidewalks will stay open on at least one side of the street at all times. Access to driveways and
businesses will be maintained, although some driveways may be closed for short periods while crews work
directly in front of them. The contractor will notify affected properties at least 24 hours in advance.

## Water service

Residents and businesses along Elm Avenue will receive water through temporary above-ground pipes while
the new main is installed. Short planned shutoffs of two to four hours will be needed when each property
is connected to the new main. Door hangers will be delivered at least two days before any planned
shutoff.

After a shutoff, residents may notice cloudy or discolored water for a short time. Running a cold water
tap for a few minutes usually clears it. The water remains safe to drink.

## Project cost

The project will cost $3.6 million and is paid for by the water utility's capital fund, which is
supported by water rates. No general fund or property tax money will be used.

For updates during construction, sign up for the Elm Avenue project list through the Notify Me service,
or contact the Utilities Division at 541-555-0188.
""",
        ),
    ]
)

SCORELINE = Site("scoreline", "Scoreline", render_scoreline, "raw")
SCORELINE.articles.extend(
    [
        Article(
            slug="harbor-city-late-winner-brookfield",
            headline="Harbor City snatch late winner to go top of the table",
            dek="Substitute Kwame Ellery struck in the 89th minute after Brookfield had fought back from a goal down.",
            author="Jordan Pike",
            published=dt.date(2026, 11, 8),
            section="Football",
            tags=("Harbor City FC", "Brookfield Rovers", "Coast League"),
            text="""
Harbor City moved to the top of the Coast League for the first time this season after substitute Kwame
Ellery scored with almost the last kick of the game to beat Brookfield Rovers 2-1 on a cold, windy
night at Quayside Park.

Brookfield looked set to leave with a deserved point. They had spent most of the second half pressing
Harbor back towards their own box, and their equaliser, a looping header from centre-back Sol Drummond
from a corner in the 71st minute, had been coming.

But with a minute of normal time left, Harbor's captain Nadia Osei won the ball on the halfway line and
released Ellery down the left. The 19-year-old, on the pitch for less than ten minutes, cut inside his
marker and curled a low shot past goalkeeper Fraser Lamb at the far post.

@@PULL I told him to be brave, and he was brave.

"I told him to be brave, and he was brave," Harbor manager Ines Kovac said afterwards. "He has been
waiting for a moment like that. We were not at our best tonight, but good teams find a way to win these
games."

## A bright start

Harbor had started sharply. Winger Leo Marchand forced a fine save from Lamb inside three minutes, and
the home side took the lead in the 22nd minute when striker Danny Okoro turned in Marchand's low cross at
the near post. It was Okoro's seventh league goal of the season.

@@AD

Brookfield's manager, Callum Reid, made two changes at half-time, moving to a back three and sending on
the quick Tariq Hale, and the game shifted. Harbor could barely get out of their half for twenty minutes,
and Drummond's equaliser was the least the visitors deserved.

@@RELATED Coast League table and fixtures|/football/coast-league/table

"I am proud of the second half, gutted with the result," Reid said. "You cannot switch off for one
second against a side like that, and we did."

## What it means

The win lifts Harbor City one point above Salford Town, who were held to a goalless draw at Westdene
earlier in the day. Brookfield stay eighth. Harbor travel to Oakridge next Saturday, while Brookfield
host Stanview in the cup on Tuesday night.
""",
        ),
        Article(
            slug="ridgeback-rookie-quarterback-first-start",
            headline="Rookie quarterback Mateo Rinaldi wins in first start as Ridgebacks edge Pinecrest",
            dek="The 22-year-old threw for two touchdowns and led a fourth-quarter drive to seal a 24-17 win.",
            author="Ashley Brandt",
            published=dt.date(2026, 11, 1),
            section="Gridiron",
            tags=("Ridgebacks", "Pinecrest", "quarterbacks"),
            text="""
When the Ridgebacks learned on Wednesday that their starting quarterback would miss the game with a
sprained ankle, few people outside the building expected much from the rookie who would replace him.
Mateo Rinaldi, a fourth-round pick who had thrown eleven passes all season, answered with a calm,
efficient afternoon and a 24-17 win over Pinecrest.

Rinaldi completed 19 of 27 passes for 231 yards and two touchdowns, with no interceptions. More
impressive to his coaches was the drive that closed the game: leading by seven with just under six
minutes left, he directed a 13-play march that ran all but the final eleven seconds off the clock.

"He never looked rattled, not once," said head coach Dwayne Whitfield. "On the sideline he was asking
about the next series, not the last one. That is rare for a young player."

## Early nerves, then rhythm

It did not start smoothly. Rinaldi's first two passes sailed over open receivers, and the Ridgebacks went
three-and-out on their first two possessions. Pinecrest took a 7-0 lead on a short touchdown run late in
the first quarter.

@@FIGURE rinaldi-first-start/throw.jpg|Mateo Rinaldi looks downfield during the second quarter.

The offense found its footing in the second quarter with a series of short, quick throws, and Rinaldi
hit tight end Marcus Bell for a 14-yard score to tie it before halftime. His second touchdown pass, a
38-yard strike to Devonte Sims early in the third, gave the Ridgebacks a lead they never gave up.

@@AD

## Defense holds on

The Ridgebacks' defense also did its part. Linebacker Corey Atwater had two sacks and forced a fumble on
Pinecrest's first drive of the second half, and the secondary broke up three passes in the end zone on
Pinecrest's final real chance to tie the game midway through the fourth quarter.

Whitfield did not say who would start next week, telling reporters that he would wait to see how the
injured starter's ankle responds in practice. Asked whether he had done enough to keep the job, Rinaldi
smiled. "That is not my decision," he said. "I just want to be ready."

The Ridgebacks improve to 5-4 and sit one game out of the final playoff spot with eight games to play.
""",
        ),
        Article(
            slug="lakeside-marathon-course-record",
            headline="Course record falls as Wanjiru Kamau wins Lakeside Marathon",
            dek="Kamau ran 2:21:48 in cool, still conditions, breaking a record that had stood for nine years.",
            author="Jordan Pike",
            published=dt.date(2026, 10, 25),
            section="Running",
            tags=("marathon", "Lakeside Marathon", "road running"),
            text="""
Wanjiru Kamau broke the Lakeside Marathon course record by more than a minute on Sunday morning,
running 2:21:48 on a cool and almost windless day that had the whole elite field talking about fast
times before the start.

Kamau, 29, ran in a group of five women through halfway, passed in 1:11:20, before pulling clear on the
long climb around the reservoir at 30 kilometres. By 35 kilometres her lead was more than a minute, and
she crossed the line along the lakefront to a loud welcome from a crowd that had watched her chase the
clock for the final half-hour.

"I did not plan to go so early," Kamau said. "But on the hill my legs felt light, and I thought, if not
now, then when? The last five kilometres were very hard. I was counting the lamp posts."

## Record had stood since 2017

The previous course record of 2:23:02 had been set nine years ago and had survived several strong
fields since. Race director Beatriz Almeida said organisers had moved the course away from the exposed
harbour road two years ago, in part to give athletes a better chance at fast times.

@@AD

Behind Kamau, Hanna Lindqvist finished second in 2:23:15, a personal best by almost three minutes, and
Rosa Ibarra was third in 2:24:40.

The men's race was decided in a sprint. Daniel Tesfaye edged Omar Haddad by two seconds in 2:09:31, after
the pair had run together from 25 kilometres. Tesfaye said he had waited for the final straight because
he knew he had the faster finish.

## Thousands more behind

More than 11,000 runners started the marathon, a record field for the event, and the half marathon held
alongside it drew another 9,000. Organisers said the cool weather helped keep medical calls below their
usual numbers.

For Kamau, the next target is a place on her national team for next summer's championships. "Today gives
me confidence," she said. "Now I rest, and then we see."
""",
        ),
        Article(
            slug="lakeshore-sirens-season-preview",
            headline="Five questions facing the Lakeshore Sirens before tip-off",
            dek="A new coach, a star returning from injury and a brutal early schedule.",
            author="Ashley Brandt",
            published=dt.date(2026, 11, 13),
            section="Basketball",
            tags=("Lakeshore Sirens", "season preview", "women's basketball"),
            text="""
The Lakeshore Sirens open their season on Friday night against Midtown with more uncertainty than at any
point in the past five years. After a first-round playoff exit, a coaching change and a quiet summer in
the transfer market, here are five questions that will decide whether they bounce back.

## Is Talia Brooks really back?

Everything starts with Brooks. The All-Star guard missed the second half of last season with a knee
injury, and the Sirens went 9-14 without her. She played limited minutes in the preseason and looked
sharp, scoring 18 points in 22 minutes against Ridgeway, but the club has been careful to say she will
be managed through the first month.

## What will the new coach change?

Renée Adler arrives from the college game with a reputation for fast, five-out basketball. Expect more
three-point attempts and less time in the post. The question is whether a roster built for a slower style
can adapt quickly, especially on defense, where Adler wants her players to switch almost every screen.

@@AD

## Who plays centre?

Veteran centre Marta Kowal left in the summer, and the Sirens did not replace her directly. Second-year
player Imani Coles has the first shot at the job. She is quicker than Kowal and a better passer, but she
gave up a lot of rebounds in the preseason and will be tested by the league's bigger frontcourts.

## Can the bench hold up?

Last season the Sirens' reserves were outscored in almost two-thirds of their games. Adler has promised
to play a deeper rotation, and guards Nia Okonjo and Stella Park both impressed in training camp. If one
of them can become a reliable scorer, it would take a lot of pressure off Brooks.

## Can they survive November?

The schedule is unkind. Seven of the Sirens' first ten games are on the road, including a trip to the
defending champions in the second week. A losing record by December would not be a disaster, but it
would leave little margin for the rest of the year.

Friday's opener tips off at 7:30 p.m. at the Lakeshore Arena.
""",
        ),
    ]
)

MARGINS = Site("quiet-margins", "Quiet Margins", render_margins, "raw")
MARGINS.articles.extend(
    [
        Article(
            slug="learning-to-swim-at-forty",
            headline="Learning to swim at forty",
            dek="On fear, chlorine and the strange dignity of being a beginner in public.",
            author="Theo Marchetti",
            published=dt.date(2026, 8, 9),
            section="Essays",
            tags=("Personal Essay", "Swimming", "Beginners"),
            comments=(
                Comment(
                    "Maya Feld",
                    "Aug 10, 2026",
                    "I started at 52 and I still cling to the wall in the deep end sometimes. Thank you for writing this.",
                ),
                Comment(
                    "R. Okafor",
                    "Aug 12, 2026",
                    "The part about the lifeguard pretending not to watch is so true.",
                ),
            ),
            text="""
I could not swim until I was forty years old. For most of my life this was a secret I kept with the
energy other people save for affairs. At beaches I was the one minding the bags. At hotel pools I read
by the edge with my feet in the water, a picture of someone who had simply chosen not to bother.

The truth was simpler and more embarrassing. As a child I had slipped off a step in a municipal pool
and gone under for what was probably four seconds. I remember the green light, the noise that was not
quite noise, and the feeling of my own arms being useless. After that, water above my waist felt like a
room with no door.

## The first lesson

The adult beginners' class met at seven on Tuesday evenings. There were six of us: two retired sisters,
a young father who wanted to take his daughter to the sea, a nurse who had grown up far from any pool,
a man who never said why he had come, and me. Our teacher, Ruth, was about twenty-five and spoke to us
with the patient cheerfulness of someone who has taught many frightened people and found all of them
interesting.

She did not ask us to swim. She asked us to put our faces in the water and hum. That was the whole of
the first lesson: breathe in above the surface, hum beneath it, come back up. I remember thinking it was
absurd, and then discovering that I could not do it without my heart racing.

## Being bad at something in public

What nobody warns you about, learning something physical as an adult, is how visible it is. A child
flailing in the shallow end is charming. A grown man doing the same thing is a small public event. The
lifeguard pretends not to watch. The lane swimmers glide past, polite and fast, like traffic passing a
broken-down car.

> Ruth said something in the third week that I wrote down when I got home: you are not learning to swim,
you are learning to let the water hold you, and that takes longer.

I think about that sentence more than I expected to, and not only in pools.

## What changed

It took me eleven weeks to swim one length without stopping. It was ugly, slow and mostly sideways, and
when I reached the far wall I held on to it and laughed in a way that made the sisters clap. Nobody else
in the building noticed, which felt exactly right.

I swim twice a week now. I am still slow. But the deep end is just water, and the room has a door again,
and when I stand at the edge of a pool I no longer feel like I am pretending.
""",
        ),
        Article(
            slug="the-year-i-stopped-checking-the-weather",
            headline="The year I stopped checking the weather",
            dek="A small experiment in not knowing what tomorrow would bring.",
            author="Theo Marchetti",
            published=dt.date(2026, 3, 22),
            section="Essays",
            tags=("Habits", "Attention", "Personal Essay"),
            comments=(
                Comment(
                    "Jules",
                    "Mar 23, 2026",
                    "I love this but I cycle to work, so I am afraid the forecast and I are staying together.",
                ),
            ),
            text="""
For most of my adult life I checked the weather forecast the way some people check their messages: first
thing in the morning, last thing at night, and several times in between for no good reason. I knew the
chance of rain at four o'clock on a Thursday three days away. I knew the wind speed in a city I was not
going to. None of this made me any drier.

Last January, partly as a joke, I deleted the weather app from my phone and told myself I would go a year
without looking at a forecast. I could look out of the window. I could ask someone. I could get wet.

## The first weeks

The first thing I noticed was the reaching. Dozens of times a day my thumb went to the place on the
screen where the app used to be. It was not curiosity; it was a twitch, a small way of filling a gap. It
took about three weeks for the twitch to fade.

The second thing I noticed was that I started looking at the sky. I mean really looking: at the colour
of it in the morning, at which way the clouds were moving, at whether the birds were loud or quiet. I am
not claiming I learned to read the weather like a farmer. I was wrong often. But I was paying attention
to the day I was actually in, rather than to a number about a day that had not happened yet.

## Getting wet

I got rained on a lot that year. I was caught out at a bus stop in April in a downpour so heavy that the
gutters overflowed, and a stranger and I stood under the same narrow shelter and laughed about it. I
walked home from a friend's house in October through a storm I would certainly have avoided if I had
known it was coming, and it was one of the most alive walks I can remember.

I also bought a better coat, which I would recommend to anyone.

## What I kept

In January this year I put the app back. I have a trip to plan, and there are days when knowing really
does matter. But I check it once in the morning now, and then I put the phone away and look out of the
window. The forecast tells me what might happen. The window tells me what is happening, and I have come to
think that is the more useful thing to know.
""",
        ),
        Article(
            slug="my-grandmothers-recipe-cards",
            headline="What my grandmother's recipe cards taught me",
            dek="Forty index cards, three languages and a lifetime of small corrections.",
            author="Theo Marchetti",
            published=dt.date(2026, 11, 15),
            section="Essays",
            tags=("Family", "Food", "Memory"),
            comments=(
                Comment(
                    "Lena Voss",
                    "Nov 15, 2026",
                    "My mother's cards have the same splatters. I could never throw them away either.",
                ),
                Comment(
                    "Paolo",
                    "Nov 16, 2026",
                    "'Enough' as a measurement is the most grandmother thing I have ever read.",
                ),
            ),
            text="""
When my grandmother died, the thing I asked for was a tin box that had sat on the shelf above her stove
for as long as I could remember. It held forty-one index cards, soft at the corners, most of them spotted
with oil or flour or something darker I chose not to think about.

I thought the box would give me her recipes. It did, more or less. What I did not expect was that it
would also give me a kind of diary, written in the only form she trusted.

## Three languages

The cards are written in three languages. The oldest are in the Italian of her childhood village, in a
careful school hand. The middle ones, from her years in Belgium, drift into French for the names of
things she learned to cook there. The newest are in an English that is entirely her own, where "a little
bit" and "enough" are units of measurement and the oven temperature is sometimes simply "hot."

Reading them in order is like watching someone move house three times without ever unpacking fully. A
cake she baked in 1958 reappears in 1979 with butter instead of oil, and again in 1996 with half the
sugar and a note in the margin: *doctor says.*

## The corrections

The best part of the cards is not the recipes but the corrections. Almost every card has been edited,
sometimes many times, in different pens. Quantities are crossed out and replaced. Steps are added in the
margins with arrows. On the card for her bean soup, one line has been changed four times, and the final
version says only: *less salt than you think.*

I have come to see those edits as a record of attention. She never treated a recipe as finished. Each
time she cooked something she noticed what could be better, and she wrote it down, and the next time she
cooked it she was a slightly different cook.

## Cooking from them now

I have made about half the recipes so far. Some are wonderful. Some, honestly, are not, or I have not
yet worked out what she meant by "enough." When a dish goes wrong I do what she did: I take out a pen and
write a small note on the card, in my own handwriting, next to hers.

It feels a little like a conversation. She is still correcting me, and I am still learning, and the box
above my stove is slowly becoming ours.
""",
        ),
    ]
)


SITES = (LEDGER, BYTEFLOW, MERIDIAN, KITCHEN, LARKSPUR, SCORELINE, MARGINS)


def main() -> None:
    for site in SITES:
        write_site(site)


if __name__ == "__main__":
    main()
