"""Build the evaluation-only review pages under eval/pages/reviews/.

These pages are held apart from the demo corpus so extraction, film facts, grades, verdict and
linking are measured on templates the code was never tuned on. Every page is written here from
our own prose and rendered through one of eight site templates, each built around hard cases
(hashed classes, comment threads, pagers, mislabelled encodings, verbal grade scales, text dumps).
Run: uv run python tools/corpus/build_eval_reviews.py  (rewrites the files exactly).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "eval" / "pages" / "reviews"

Review = dict[str, Any]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def entities(text: str) -> str:
    """Escape and then spell accented letters and curly quotes as named or numeric entities."""
    out = esc(text)
    for char, ent in (
        ("é", "&eacute;"),
        ("’", "&rsquo;"),
        ("‘", "&#8216;"),
        ("“", "&ldquo;"),
        ("”", "&#8221;"),
        ("—", "&mdash;"),
        ("è", "&egrave;"),
        ("í", "&iacute;"),
        ("ó", "&oacute;"),
        ("á", "&aacute;"),
        ("å", "&aring;"),
    ):
        out = out.replace(char, ent)
    return out


def paras_html(review: Review, cls: str = "", escape: Callable[[str], str] = esc) -> str:
    """Render body paragraphs; a paragraph starting with '## ' is an in-body subheading."""
    attr = f' class="{cls}"' if cls else ""
    parts = []
    for para in review["paras"]:
        if para.startswith("## "):
            parts.append(f"<h3{attr}>{escape(para[3:])}</h3>")
        else:
            parts.append(f"<p{attr}>{escape(para)}</p>")
    return "\n".join(parts)


def body_text(review: Review) -> str:
    return "\n\n".join(p[3:] if p.startswith("## ") else p for p in review["paras"])


def comments_html(review: Review, wrap: str, item: str) -> str:
    rows = [
        f'<div class="{item}"><b class="{item}">{esc(user)}</b> <span>{esc(when)}</span><p>{esc(text)}</p></div>'
        for user, when, text in review.get("comments", [])
    ]
    if not rows:
        return ""
    return (
        f'<section class="{wrap}"><h4>{len(rows)} Comments</h4>\n' + "\n".join(rows) + "</section>"
    )


def ground_truth(site: str, review: Review, ext: str) -> dict[str, Any]:
    film = {
        "title": review["film"]["title"],
        "year": review["film"]["year"],
        "directors": review["film"].get("directors", []),
        "writers": review["film"].get("writers", []),
        "cast": [{"actor": a, "character": c} for a, c in review["film"].get("cast", [])],
        "distributor": review["film"].get("distributor"),
        "mpaa_rating": review["film"].get("mpaa_rating"),
        "runtime_minutes": review["film"].get("runtime_minutes"),
        "release_date": review["film"].get("release_date"),
        "film_id": review["film"]["film_id"],
    }
    grade = None
    if review.get("grade"):
        raw, value = review["grade"]
        grade = {"raw": raw, "value_0_100": round(float(value), 2)}
    score = float(review["score"])
    label = "positive" if round(score) >= 61 else "mixed" if round(score) >= 40 else "negative"
    return {
        "id": review["slug"],
        "source": {
            "uri": f"eval/pages/reviews/{site}/{review['slug']}.{ext}",
            "content_sha256": None,
        },
        "headline": review["headline"],
        "dek": review.get("dek"),
        "critic": review.get("critic"),
        "publication": review.get("publication"),
        "date_published": review.get("date"),
        "body": body_text(review),
        "film": film,
        "home_video": review.get("home_video"),
        "grade": grade,
        "verdict": {"score": score, "label": label, "pull_quote": None, "evidence": []},
        "language": "en",
        "hard_cases": review.get("cases", []),
    }


def write(site: str, review: Review, raw: bytes, ext: str) -> None:
    folder = OUT / site
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{review['slug']}.{ext}").write_bytes(raw)
    truth = ground_truth(site, review, ext)
    (folder / f"{review['slug']}.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


# --- Site 1: The Night Projector: hashed classes only, JSON-LD @graph, long comment threads.
def night_projector(review: Review) -> bytes:
    f = review["film"]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "The Night Projector"},
            {
                "@type": "Movie",
                "@id": "#film",
                "name": f["title"],
                "dateCreated": str(f["year"]),
                "director": [{"@type": "Person", "name": d} for d in f.get("directors", [])],
            },
            {
                "@type": "Review",
                "headline": review["headline"],
                "itemReviewed": {"@id": "#film"},
                "author": {"@type": "Person", "name": review["critic"]},
                "datePublished": review["date"],
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": review["grade"][1] / 20,
                    "bestRating": 5,
                },
                "publisher": {"@id": "#site"},
            },
        ],
    }
    info = "".join(f'<li class="q1z8w">{esc(line)}</li>' for line in review["info"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(review["headline"])} | The Night Projector</title>
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script></head>
<body class="k3j9d _r2">
<div class="x7f2k1 _a9b3"><a class="v0p2" href="/">The Night Projector</a> <span class="v0p3">Reviews</span> <span class="v0p3">Festivals</span> <span class="v0p3">Podcast</span></div>
<div class="m4n8q"><div class="c2x9"><h1 class="t8r1 _h">{esc(review["headline"])}</h1>
<div class="d5s0">{esc(review["dek"])}</div>
<div class="b7y3 _m"><span class="b7y4">{esc(review["critic"])}</span> · <time class="b7y5" datetime="{review["date"]}">{review["date"]}</time></div>
<div class="g1r6" aria-label="critic rating">{esc(review["grade"][0])}</div>
<ul class="q1z8v">{info}</ul>
<div class="p9k2 _txt">
{paras_html(review, "u3e7")}
</div>
<div class="s8h2"><span class="s8h3">Share</span> <span class="s8h3">Copy link</span></div>
<div class="n1l0">Support independent film writing. Become a member for $4 a month.</div>
</div>
{comments_html(review, "w2c5 _th", "w2c6")}
</div>
<footer class="f0o0">© 2024 The Night Projector. All rights reserved.</footer>
</body></html>
""".encode()


# --- Site 2: Marlowe Street Review: microdata, pager, next-review teaser, film not in headline.
def marlowe_street(review: Review) -> bytes:
    f = review["film"]
    pager = ""
    if review.get("pager"):
        page, total, next_href = review["pager"]
        nxt = f' | <a href="{next_href}">Next »</a>' if next_href else ""
        prev = ' <a href="?page=1">« Previous</a> |' if page > 1 else ""
        pager = f'<nav class="pager">{prev} Page {page} of {total}{nxt}</nav>'
    teaser = ""
    if review.get("teaser"):
        title, excerpt = review["teaser"]
        teaser = (
            f'<aside class="next-review"><h4>Next review: {esc(title)}</h4>'
            f"<p>{esc(excerpt)}</p></aside>"
        )
    cast = ", ".join(
        f'<span itemprop="actor" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(a)}</span></span> ({esc(c)})'
        for a, c in f.get("cast", [])
    )
    grade = (
        (
            f'<p class="rating">Rating: <span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
            f'<span itemprop="ratingValue">{review["grade"][0].split()[0]}</span> out of '
            f'<span itemprop="bestRating">4</span></span></p>'
        )
        if review.get("grade")
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(review["headline"])} — Marlowe Street Review</title></head>
<body>
<header class="masthead"><a href="/">Marlowe Street Review</a><nav>Film · Books · Music · Archive</nav></header>
<article itemscope itemtype="https://schema.org/Review">
<h1 itemprop="name">{esc(review["headline"])}</h1>
<p class="standfirst">{esc(review["dek"])}</p>
<p class="byline">By <span itemprop="author">{esc(review["critic"])}</span> · <meta itemprop="datePublished" content="{review["date"]}">{esc(review["date_text"])}</p>
<div class="filmcard" itemprop="itemReviewed" itemscope itemtype="https://schema.org/Movie">
<p><strong itemprop="name">{esc(f["title"])}</strong> ({f["year"]})</p>
<p>Directed by <span itemprop="director">{esc(", ".join(f.get("directors", [])))}</span></p>
<p>Cast: {cast}</p>
</div>
{grade}
<div itemprop="reviewBody">
{paras_html(review)}
</div>
{pager}
</article>
{teaser}
<footer><p>Marlowe Street Review is reader-supported. © 2023 Marlowe Street Media.</p></footer>
</body></html>
""".encode()


# --- Site 3: Kinoblatt English: latin-1 bytes declared iso-8859-1, certificates, JSON-LD headline differs.
def kinoblatt(review: Review) -> bytes:
    f = review["film"]
    ld = {
        "@context": "https://schema.org",
        "@type": "Review",
        "headline": review["ld_headline"],
        "author": {"@type": "Person", "name": review["critic"]},
        "datePublished": review["date"],
        "itemReviewed": {"@type": "Movie", "name": f["title"]},
    }
    if review.get("grade"):
        ld["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": int(review["grade"][1] / 10),
            "bestRating": 10,
        }
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in review["info"])
    grade = (
        f'<div class="wertung">Our rating: <strong>{esc(review["grade"][0])}</strong></div>'
        if review.get("grade")
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{esc(review["headline"])} - Kinoblatt English</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=True)}</script></head>
<body><div id="kopf">Kinoblatt English - Films from Berlin to Bristol</div>
<div id="menue">Start | Kino | Heimkino | Festivals | Impressum</div>
<div id="inhalt"><h1>{esc(review["headline"])}</h1>
<p class="vorspann">{esc(review["dek"])}</p>
<p class="autor">{esc(review["critic"])}, {esc(review["date_text"])}</p>
<table class="filmdaten">{rows}</table>
{grade}
<div class="text">
{paras_html(review)}
</div>
<div class="teilen">Teilen / Share: Facebook - Mastodon - E-Mail</div></div>
<div id="fuss">(c) Kinoblatt Verlag 2022. Datenschutz - Impressum</div>
</body></html>
""".encode("latin-1")


# --- Site 4: Porchlight Cinema: windows-1252 bytes, no charset declared, <dl> info box, verbal scale.
LEGEND = (
    "How we rate: Must See (100) / Worth a Look (67) / Wait for Streaming (33) / Skip (0). "
    "Scores beside each verdict are the numbers we publish to aggregators."
)


def porchlight(review: Review) -> bytes:
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in review["info"])
    return f"""<html><head><title>{esc(review["headline"])} :: Porchlight Cinema</title></head>
<body bgcolor="#fffaf0"><table width="100%"><tr><td><b>PORCHLIGHT CINEMA</b> :: reviews since 2004</td>
<td align="right">Home | Reviews A-Z | Legend | Contact</td></tr></table>
<h1>{esc(review["headline"])}</h1>
<h2 class="sub">{esc(review["dek"])}</h2>
<p class="by">Reviewed by {esc(review["critic"])} on {esc(review["date_text"])}</p>
<dl class="facts">{dl}</dl>
<div class="verdict">Verdict: <b>{esc(review["grade"][0])}</b></div>
{paras_html(review)}
<hr><p class="legend"><small>{esc(LEGEND)}</small></p>
<p><small>Porchlight Cinema is written on a porch. Copyright 2004-2024.</small></p>
</body></html>
""".encode("cp1252")


# --- Site 5: Disc Vault Digest: home video, specs tables, star images, 0-100 scores.
def disc_vault(review: Review) -> bytes:
    hv = review["home_video"]
    specs = "".join(
        f"<tr><td>{esc(k.replace('_', ' ').title())}</td><td>{esc(v)}</td></tr>"
        for k, v in hv["specs"].items()
    )
    specs_table = (
        f'<table class="specs"><caption>Disc specs</caption>{specs}</table>' if specs else ""
    )
    features = ""
    if review.get("feature_list"):
        features = (
            "<h4>Special Features</h4><ul>"
            + "".join(f"<li>{esc(x)}</li>" for x in hv["special_features"])
            + "</ul>"
        )
    raw = review["grade"][0]
    if raw.endswith("stars") or raw.endswith("star"):
        n = raw.split()[0].replace(".", "-")
        grade = f'<div class="score">Movie: <img src="/img/stars-{n}.png" alt="{esc(raw)}"></div>'
    else:
        grade = f'<div class="score">Overall: <span class="big">{esc(raw)}</span></div>'
    info = " | ".join(esc(x) for x in review["info"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(review["headline"])} | Disc Vault Digest</title>
<meta property="og:site_name" content="Disc Vault Digest"></head>
<body><div class="top">Disc Vault Digest — physical media, properly reviewed</div>
<div class="nav">4K UHD · Blu-ray · Streaming · Deals · Forums</div>
<main><h1>{esc(review["headline"])}</h1>
<p class="dek">{esc(review["dek"])}</p>
<p class="meta">{esc(review["critic"])} | {esc(review["date_text"])}</p>
<p class="release-info">{info}</p>
{grade}
{specs_table}
<div class="entry">
{paras_html(review)}
</div>
{features}
<div class="deal">Buy on disc: check today's price</div>
</main>
<div class="foot">© 2025 Disc Vault Digest. Affiliate links may earn us a commission.</div>
</body></html>
""".encode()


# --- Site 6: The Balcony Seat: entities everywhere, pipe info line, audience widget beside the grade.
def balcony_seat(review: Review) -> bytes:
    grade = (
        f'<div class="critic-grade">Grade: {esc(review["grade"][0])}</div>'
        if review.get("grade")
        else ""
    )
    widget = (
        f'<div class="audience"><span>Audience score {review["audience"]}/5</span> '
        f"<span>({review['votes']} votes)</span> <span>Rate this film: ☆☆☆☆☆</span></div>"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{entities(review["headline"])} &ndash; The Balcony Seat</title></head>
<body><header><div class="brand">The Balcony Seat</div><nav>Now Playing &middot; Reviews &middot; Lists &middot; Sign in</nav></header>
<article><h1>{entities(review["headline"])}</h1>
<p class="deck">{entities(review["dek"])}</p>
<div class="who">by {entities(review["critic"])} &bull; {esc(review["date_text"])}</div>
<p class="infoline">{entities(review["info"])}</p>
{grade}
{widget}
<section class="review-text">
{paras_html(review, escape=entities)}
</section>
<div class="share">Share this: Facebook X Email</div>
</article>
{comments_html(review, "comments", "comment")}
<footer>&copy; 2025 The Balcony Seat</footer></body></html>
""".encode()


# --- Sites 7 and 8: plain-text dumps as a crude crawler flattens them (chrome repeated per site).
CINDER_TOP = [
    "Cinder & Reel",
    "Support Cinder & Reel: donate today and keep criticism free.",
    "Collapse Expand Reviews",
    "Collapse Expand Features",
    "Newsletter",
    "We use cookies to improve your experience. Accept",
]
CINDER_BOTTOM = [
    "Share this: Facebook X Email",
    "Most Popular",
    "1. The 25 best horror films of the decade",
    "2. Festival diary: day three",
    "3. What to stream this weekend",
    "Sign up for our newsletter",
    "Copyright © 2024 Cinder & Reel Media. All rights reserved.",
]
FLICKER_TOP = [
    "THE FLICKER LEDGER",
    "Home",
    "Reviews",
    "Interviews",
    "Donate",
    "This site is funded by readers like you. Give $5 a month.",
    "Cookie settings",
]
FLICKER_BOTTOM = [
    "Share: Facebook | Bluesky | Email | Print",
    "Most Popular",
    "Ten great films about trains",
    "Interview: a sound editor on silence",
    "Newsletter: subscribe for Friday picks",
    "© 2023 The Flicker Ledger. All rights reserved.",
]


def text_dump(review: Review, top: list[str], bottom: list[str]) -> bytes:
    lines = [
        *top,
        "",
        review["headline"],
        "",
        review["dek"],
        "",
        f"By {review['critic']}",
        review["date_text"],
        "",
        *review["info"],
        "",
    ]
    for para in review["paras"]:
        lines += [para[3:] if para.startswith("## ") else para, ""]
    lines += bottom
    return ("\n".join(lines) + "\n").encode("utf-8")


TEMPLATES: dict[str, tuple[Callable[[Review], bytes], str]] = {
    "the-night-projector": (night_projector, "html"),
    "marlowe-street-review": (marlowe_street, "html"),
    "kinoblatt-english": (kinoblatt, "html"),
    "porchlight-cinema": (porchlight, "html"),
    "disc-vault-digest": (disc_vault, "html"),
    "the-balcony-seat": (balcony_seat, "html"),
    "cinder-and-reel": (lambda r: text_dump(r, CINDER_TOP, CINDER_BOTTOM), "txt"),
    "the-flicker-ledger": (lambda r: text_dump(r, FLICKER_TOP, FLICKER_BOTTOM), "txt"),
}
PUBLICATIONS = {
    "the-night-projector": "The Night Projector",
    "marlowe-street-review": "Marlowe Street Review",
    "kinoblatt-english": "Kinoblatt English",
    "porchlight-cinema": "Porchlight Cinema",
    "disc-vault-digest": "Disc Vault Digest",
    "the-balcony-seat": "The Balcony Seat",
    "cinder-and-reel": "Cinder & Reel",
    "the-flicker-ledger": "The Flicker Ledger",
}

REVIEWS: dict[str, list[Review]] = {site: [] for site in TEMPLATES}

FILMS: dict[str, dict[str, Any]] = {
    "the-thing-1982": {"title": "The Thing", "year": 1982, "directors": ["John Carpenter"]},
    "the-thing-2011": {
        "title": "The Thing",
        "year": 2011,
        "directors": ["Matthijs van Heijningen Jr."],
    },
    "dune-1984": {"title": "Dune", "year": 1984, "directors": ["David Lynch"]},
    "dune-2021": {"title": "Dune", "year": 2021, "directors": ["Denis Villeneuve"]},
    "blade-runner-1982": {"title": "Blade Runner", "year": 1982, "directors": ["Ridley Scott"]},
    "blade-runner-2049-2017": {
        "title": "Blade Runner 2049",
        "year": 2017,
        "directors": ["Denis Villeneuve"],
    },
    "amelie-2001": {"title": "Amélie", "year": 2001, "directors": ["Jean-Pierre Jeunet"]},
    "rust-and-bone-2012": {
        "title": "Rust and Bone",
        "year": 2012,
        "directors": ["Jacques Audiard"],
    },
    "crash-1996": {"title": "Crash", "year": 1996, "directors": ["David Cronenberg"]},
    "crash-2004": {"title": "Crash", "year": 2004, "directors": ["Paul Haggis"]},
    "mad-max-fury-road-2015": {
        "title": "Mad Max: Fury Road",
        "year": 2015,
        "directors": ["George Miller"],
    },
    "her-2013": {"title": "Her", "year": 2013, "directors": ["Spike Jonze"]},
    "get-out-2017": {"title": "Get Out", "year": 2017, "directors": ["Jordan Peele"]},
    "roma-2018": {"title": "Roma", "year": 2018, "directors": ["Alfonso Cuarón"]},
}


def film(film_id: str, **stated: Any) -> dict[str, Any]:
    """The film as this page states it: title/year/film_id always, other facts only if given."""
    base = {"title": FILMS[film_id]["title"], "year": FILMS[film_id]["year"], "film_id": film_id}
    return {**base, **stated}


def add(site: str, **review: Any) -> None:
    review.setdefault("publication", PUBLICATIONS[site])
    REVIEWS[site].append(review)


# ---------------------------------------------------------------- The Night Projector
add(
    "the-night-projector",
    slug="the-thing-1982-cold-open",
    headline="Nobody Trusts Anybody, and the Dogs Know Why",
    dek="Carpenter's Antarctic siege still plays like a fever that will not break.",
    critic="Odile Varga",
    date="2022-06-25",
    info=[
        "Director: John Carpenter",
        "Starring: Kurt Russell, Wilford Brimley, Keith David",
        "Rated R",
        "1h 49m",
    ],
    grade=("★★★★", 100.0),
    score=100,
    cases=[
        "hashed-classes",
        "comment-thread",
        "json-ld-graph",
        "headline-without-film",
        "linking-same-title",
        "grade-stars",
    ],
    film=film(
        "the-thing-1982",
        directors=["John Carpenter"],
        cast=[("Kurt Russell", None), ("Wilford Brimley", None), ("Keith David", None)],
        mpaa_rating="R",
        runtime_minutes=109,
    ),
    paras=[
        "Forty years on, John Carpenter's The Thing has outlived the reviews that buried it in the summer of 1982, and it has done so without changing a single frame. What changed was us. A film about a dozen men at a research station who slowly stop believing that the person beside them is a person now looks less like a creature feature than a diagnosis.",
        "The setup is lean. A Norwegian helicopter chases a sled dog across the ice toward an American outpost, firing wildly, and the Americans take the dog in. By the time anyone understands why the Norwegians were so desperate, the thing that wore the dog has started wearing other shapes. Kurt Russell's MacReady, a helicopter pilot who drinks alone and cheats at computer chess, becomes the reluctant keeper of the peace simply because he is the one least interested in keeping it.",
        "What still astonishes is how little the film explains itself. Bill Lancaster's script hands us no speeches about paranoia; it simply lets the men watch each other across mess tables and corridors, and it lets Carpenter hold on their faces a beat longer than comfort allows. The blood test scene, in which every man is tied to a couch while a hot wire is dipped into a petri dish, remains one of the most perfectly engineered sequences in American horror. I have seen it perhaps fifteen times and my shoulders still climb toward my ears.",
        "Rob Bottin's effects are the part everyone remembers, and they deserve it: heads that sprout spider legs, chests that open like mouths, the slow horror of a body that has forgotten which way it was meant to fold. But they work because the film treats them as interruptions to a long, cold silence. Ennio Morricone's score is mostly a heartbeat, and Dean Cundey's photography keeps the snow a dirty blue that never once looks inviting.",
        "The ending refuses to reassure anyone, and that is the final gift. Two men sit in the ruins, sharing a bottle, each unable to prove what he is. Carpenter leaves them there. Forty years later, so do I, happily.",
    ],
    comments=[
        (
            "frostbite_pilot",
            "2022-06-25",
            "Best horror film ever made, full stop. 5/5 and I'd give it six.",
        ),
        (
            "Mara K.",
            "2022-06-26",
            "I respect it more than I love it. The characters are thin. Three stars from me.",
        ),
        (
            "deadzone77",
            "2022-06-26",
            "@Mara K. thin on purpose! they're strangers to each other, that's the point",
        ),
        ("Mara K.", "2022-06-26", "Fair, but I still check my phone during the middle stretch."),
        (
            "OldRepertory",
            "2022-06-27",
            "Saw it at the Rialto in '82, half the audience walked out. Masterpiece. ★★★★★",
        ),
        (
            "lurker",
            "2022-06-28",
            "The 2011 prequel is underrated, fight me. Not as good but not trash either.",
        ),
    ],
)

add(
    "the-night-projector",
    slug="dune-2021-sand-and-scale",
    headline="A Boy, a Desert and a Very Large Worm",
    dek="Villeneuve builds the most imposing half of a story I have ever been asked to wait for.",
    critic="Odile Varga",
    date="2021-10-22",
    info=[
        "Director: Denis Villeneuve",
        "Starring: Timothée Chalamet, Rebecca Ferguson, Oscar Isaac",
        "Rated PG-13",
        "2h 35m",
    ],
    grade=("★★★½", 87.5),
    score=87.5,
    cases=[
        "hashed-classes",
        "comment-thread",
        "json-ld-graph",
        "headline-without-film",
        "linking-same-title",
        "grade-stars",
    ],
    film=film(
        "dune-2021",
        directors=["Denis Villeneuve"],
        cast=[("Timothée Chalamet", None), ("Rebecca Ferguson", None), ("Oscar Isaac", None)],
        mpaa_rating="PG-13",
        runtime_minutes=155,
    ),
    paras=[
        "Denis Villeneuve's Dune opens with a title card that calls it Part One, and the honesty is welcome, because the film ends precisely where a good second act would begin. For two and a half hours it builds a world, moves a family onto a hostile planet, tears that family apart and sends its heir into the sand. Then it stops. Whether that counts as a complaint depends on how much you enjoy being made to wait.",
        "I enjoyed it more than I expected. Timothée Chalamet plays Paul Atreides as a thin, watchful young man who dreams of a future he does not want, and the performance is better than the part, which mostly asks him to look troubled in expensive rooms. Rebecca Ferguson, as his mother Jessica, gets the film's most human moments; she is a woman trained to control her fear who cannot quite control it for her son. Oscar Isaac brings a tired decency to Duke Leto that makes his fate land harder than it should in a film this stately.",
        "## The scale of it",
        "The real star is size. Greig Fraser's photography makes every ship, every palace and every dune look like it was carved out of the planet itself, and Hans Zimmer's score rumbles beneath it like weather. When the first worm rises out of the spice field, the film does something I have rarely felt in a multiplex: it makes a crowd go completely quiet.",
        "What it cannot do is make the politics feel urgent. The Harkonnens are a gallery of grey skin and bad intentions, and the Emperor is a rumour. Frank Herbert's novel is full of scheming, and Villeneuve has kept the scheming while trimming the schemers, so the betrayals arrive as plot rather than as drama.",
        "Still, as half a film, it is an imposing half. I left wanting the rest, which is presumably the point.",
    ],
    comments=[
        ("spicetrader", "2021-10-22", "Saw it in IMAX twice. 10/10, the sound design alone."),
        (
            "Henrietta",
            "2021-10-23",
            "Gorgeous and completely inert. I gave it 2 stars on my Letterboxd.",
        ),
        (
            "Kwame O.",
            "2021-10-23",
            "The Lynch version had more personality, even if it was a mess.",
        ),
        ("spicetrader", "2021-10-23", "@Kwame O. personality yes, coherence no"),
        ("bluefremen", "2021-10-24", "Zendaya is in it for about four minutes lol"),
        ("Henrietta", "2021-10-25", "Fine, 2.5 stars. The worm was cool."),
    ],
)

add(
    "the-night-projector",
    slug="blade-runner-2049-long-walk",
    headline="Memories That Might Belong to Someone Else",
    dek="A sequel that looks like a dream and moves like a procession.",
    critic="Tomasz Reilly",
    date="2017-10-06",
    info=[
        "Director: Denis Villeneuve",
        "Starring: Ryan Gosling, Harrison Ford, Ana de Armas, Sylvia Hoeks",
        "Rated R",
        "2h 44m",
    ],
    grade=("★★", 50.0),
    score=50,
    cases=[
        "hashed-classes",
        "comment-thread",
        "json-ld-graph",
        "headline-without-film",
        "linking-sequel",
        "grade-stars",
        "mixed-review",
    ],
    film=film(
        "blade-runner-2049-2017",
        directors=["Denis Villeneuve"],
        cast=[
            ("Ryan Gosling", None),
            ("Harrison Ford", None),
            ("Ana de Armas", None),
            ("Sylvia Hoeks", None),
        ],
        mpaa_rating="R",
        runtime_minutes=164,
    ),
    paras=[
        "There is a moment about an hour into Blade Runner 2049 when Ryan Gosling's replicant detective, known only as K, stands in an orange haze that used to be Las Vegas, and the image is so beautiful that I forgot, briefly, that nothing had happened for ten minutes. That is the film in miniature. It is never less than gorgeous and rarely more than patient.",
        "K hunts older replicants for the Los Angeles police, and on one job he finds a buried box of bones that suggests a replicant once gave birth. His superior, played by Robin Wright, wants the evidence destroyed; a manufacturer named Niander Wallace, played by Jared Leto with a whisper and a vacant stare, wants it found. K's search leads him, eventually, to Harrison Ford's Rick Deckard, who has been hiding in a ruined casino with a dog and a great deal of whisky.",
        "Gosling is well cast as a man who suspects he is not quite a man, and the scenes between him and Ana de Armas, as a holographic companion who may or may not love him, are the most tender in the film. Sylvia Hoeks is frightening as Wallace's enforcer, Luv, a replicant whose loyalty has curdled into something like religion.",
        "But the story is thin for a running time that approaches three hours, and Villeneuve stages every revelation as though it were a sacrament. The original film was famously slow too, yet it had a restless, rain-soaked energy underneath. This one is clean, enormous and oddly cold. I admired it; I am not sure I felt it.",
        "The film is also, for a long stretch, about loneliness, and that is where I felt most drawn in. K goes home to an apartment where nobody expects him, and the one being who does is a product sold to him by the same corporation that made him. Villeneuve treats this with real delicacy. I only wished he had trusted that story more and the mythology less.",
        "Not without its pleasures, then, and Roger Deakins's photography is reason enough to see it large. Just bring patience.",
    ],
    comments=[
        (
            "tears_in_rain",
            "2017-10-06",
            "The original is untouchable. This is a very pretty fan film. 3/5",
        ),
        ("Yusra", "2017-10-07", "Cried twice. Five stars, the Joi subplot wrecked me."),
        (
            "cinephage",
            "2017-10-07",
            "Two and a half stars is criminal for the best-shot film of the decade.",
        ),
        ("tears_in_rain", "2017-10-08", "@cinephage best-shot is not the same as best."),
        ("Pavel", "2017-10-09", "Too long by 40 minutes. I'd say 6/10."),
    ],
)

add(
    "the-night-projector",
    slug="crash-2004-intersections",
    headline="Everybody in Los Angeles Is Yelling About Race",
    dek="A film that mistakes collision for insight.",
    critic="Tomasz Reilly",
    date="2005-05-06",
    info=[
        "Director: Paul Haggis",
        "Starring: Sandra Bullock, Don Cheadle, Matt Dillon, Terrence Howard",
        "Rated R",
        "1h 52m",
    ],
    grade=("★½", 37.5),
    score=37.5,
    cases=[
        "hashed-classes",
        "comment-thread",
        "json-ld-graph",
        "headline-without-film",
        "linking-same-title",
        "grade-stars",
        "negative-review",
    ],
    film=film(
        "crash-2004",
        directors=["Paul Haggis"],
        cast=[
            ("Sandra Bullock", None),
            ("Don Cheadle", None),
            ("Matt Dillon", None),
            ("Terrence Howard", None),
        ],
        mpaa_rating="R",
        runtime_minutes=112,
    ),
    paras=[
        "Paul Haggis's Crash wants to be the film that finally tells the truth about race in America, and it is so eager to do so that nobody in it is allowed to speak in anything but declarations. A district attorney's wife fears the two young Black men walking toward her. A Persian shopkeeper is mistaken for an Arab. A police officer humiliates a couple during a traffic stop and, a day later, pulls the same woman from a burning car.",
        "The stories intersect over thirty-six hours in Los Angeles, and each intersection is engineered with a precision that becomes a kind of confession. Coincidence in drama is forgivable; coincidence as the only engine of drama is not. Every character is introduced by a prejudice and then redeemed or punished by a twist, and the film seems to believe that if it distributes its ugliness evenly enough, it has said something balanced.",
        "The actors fight hard. Matt Dillon, as the officer, gives his role more shading than the script knows what to do with, and Terrence Howard, as a television director made to swallow one insult too many, has a quiet scene of fury that is the best thing in the film. Don Cheadle is, as always, watchable even when reduced to delivering the opening speech about people crashing into each other just to feel something.",
        "It does not help that the film's camera keeps underlining what the script has already underlined. Slow motion arrives whenever a moment is meant to be important, Mark Isham's score swells on cue, and snow falls on Los Angeles in the final scene as though the city itself has been forgiven. Each device is defensible on its own. Together they feel like a film that does not trust its audience to have a single unassisted thought.",
        "But the speech tells you everything. The film is built around a metaphor it explains in its first two minutes and then illustrates for the next hundred and ten. It is earnest, never less than watchable and almost entirely hollow, a sermon that congratulates its congregation for attending.",
    ],
    comments=[
        (
            "LAnative",
            "2005-05-06",
            "Finally a film that shows what this city is really like. 4 stars.",
        ),
        ("rfk_fan", "2005-05-07", "It's a TV movie with a great cast. 2/5."),
        (
            "LAnative",
            "2005-05-07",
            "@rfk_fan the scene with the little girl and the invisible cloak destroyed me though",
        ),
        ("moviegoer88", "2005-05-08", "Agree with the review. Everybody talks like a pamphlet."),
        ("Ines", "2005-05-09", "Don Cheadle deserved better material. 6/10 for him alone."),
    ],
)

# ---------------------------------------------------------------- Marlowe Street Review
RUST_CAST = [("Marion Cotillard", "Stéphanie"), ("Matthias Schoenaerts", "Ali")]
add(
    "marlowe-street-review",
    slug="rust-and-bone-orca-trainer-p1",
    headline="A Summer Job That Turns Into a Reckoning",
    dek="Audiard's story of two damaged people in Antibes is bruising, beautiful and not always convincing.",
    critic="Harriet Okonjo",
    date="2012-11-23",
    date_text="November 23, 2012",
    grade=("2 out of 4", 50.0),
    score=50,
    pager=(1, 2, "?page=2"),
    teaser=(
        "Get Out",
        "Jordan Peele's debut is the sharpest, funniest horror film in years, and its final act is pure, furious catharsis.",
    ),
    cases=[
        "multi-page",
        "next-review-teaser",
        "headline-without-film",
        "microdata",
        "grade-out-of",
        "linking-foreign-title",
        "mixed-review",
        "cast-parenthetical",
    ],
    film=film(
        "rust-and-bone-2012", title="Rust & Bone", directors=["Jacques Audiard"], cast=RUST_CAST
    ),
    paras=[
        "Ali arrives in Antibes with a five-year-old son he barely knows, a bag of stolen food and no plan beyond sleeping on his sister's floor. Stéphanie trains killer whales at a marine park and spends her nights in clubs, letting men look at her and then walking away. They meet when Ali, working as a bouncer, drives her home after a fight, and for a while that seems to be the whole of it.",
        "Then an accident at the park takes both of Stéphanie's legs below the knee, and Jacques Audiard's film, adapted loosely from stories by Craig Davidson, turns into something stranger than a romance. Ali calls her months later, bored, and offers to take her swimming. He does not pity her, because he does not seem capable of pity, and that bluntness is what she needs.",
        "Marion Cotillard is extraordinary in the scenes that follow. The digital effects that remove her legs are seamless, but what you remember is her face the first time she returns to the sea, the way relief and terror arrive together. Matthias Schoenaerts is her match physically, a slab of a man who fights bare-knuckle for cash, and he makes Ali's carelessness frightening rather than charming.",
        "Audiard also has a gift for place. The Antibes of the film is not the Riviera of postcards but a place of cheap flats, supermarket car parks, bus stops and night clubs where the bouncers are tired. Ali's sister, who works checkouts and feeds her brother and nephew on out-of-date yoghurts, is a small role played with great warmth, and the scenes in her cramped home give the film a social texture that the central romance sometimes lacks. Stéphane Fontaine's photography catches the late summer sun flaring into the lens, so that even the grimmest scenes have a kind of glow.",
        "I am ambivalent about the film, and I want to be honest about why before I go on.",
    ],
)
add(
    "marlowe-street-review",
    slug="rust-and-bone-orca-trainer-p2",
    headline="A Summer Job That Turns Into a Reckoning",
    dek="Audiard's story of two damaged people in Antibes is bruising, beautiful and not always convincing.",
    critic="Harriet Okonjo",
    date="2012-11-23",
    date_text="November 23, 2012",
    grade=("2 out of 4", 50.0),
    score=50,
    pager=(2, 2, ""),
    teaser=(
        "Get Out",
        "Jordan Peele's debut is the sharpest, funniest horror film in years, and its final act is pure, furious catharsis.",
    ),
    cases=[
        "multi-page",
        "next-review-teaser",
        "headline-without-film",
        "microdata",
        "grade-out-of",
        "linking-foreign-title",
        "mixed-review",
        "contrast",
    ],
    film=film(
        "rust-and-bone-2012", title="Rust & Bone", directors=["Jacques Audiard"], cast=RUST_CAST
    ),
    paras=[
        "The film fails as a love story, but it succeeds as a portrait of two bodies learning what they are still good for. Audiard is fascinated by flesh: fists, stumps, bruises, a child's hand pressed against ice. When he stays with that, the film is electric. When he reaches for plot, it stumbles.",
        "The last half hour piles on a sudden crisis involving Ali's son that feels imported from a different, more sentimental movie. It resolves the story by force, and it asks us to believe in a change of heart the film has not earned. Alexandre Desplat's score swells in a way the earlier scenes never needed.",
        "There is also the matter of Stéphanie, who becomes, in the back half, more of an audience for Ali's fights than a person with her own life. Cotillard keeps her alive through sheer attention, but the script keeps handing her less to do.",
        "I keep returning in my mind to one sequence in the middle of the film, when Stéphanie goes to watch Ali fight in a car park and ends up managing his bets. It is the one stretch where the two of them seem equals, and where Audiard lets the energy of the fights feed the relationship instead of interrupting it. Had the film found more of that balance, I would be writing a rave. Instead, the script keeps cutting away to Ali's job installing surveillance cameras for a shady employer, a subplot that exists mostly to set up the misfortune of the final act.",
        "There is real talent on every level here, and I expect many viewers will forgive the last act more readily than I did.",
        "So: a film of great moments and a clumsy shape. It is not without its pleasures, and Cotillard alone is worth the ticket, but I left admiring the parts more than the whole.",
    ],
)
add(
    "marlowe-street-review",
    slug="get-out-weekend-with-the-parents",
    headline="Meeting the Parents Has Never Been This Frightening",
    dek="A horror comedy with a scalpel-sharp idea and the nerve to follow it all the way.",
    critic="Harriet Okonjo",
    date="2017-02-24",
    date_text="February 24, 2017",
    grade=("3 out of 4", 75.0),
    score=75,
    teaser=(
        "Rust & Bone",
        "Audiard's Antibes drama is bruising and beautiful, though its final act is a clumsy mess.",
    ),
    cases=[
        "next-review-teaser",
        "headline-without-film",
        "microdata",
        "grade-out-of",
        "cast-parenthetical",
    ],
    film=film(
        "get-out-2017",
        directors=["Jordan Peele"],
        cast=[
            ("Daniel Kaluuya", "Chris Washington"),
            ("Allison Williams", "Rose Armitage"),
            ("Bradley Whitford", "Dean Armitage"),
            ("LilRel Howery", "Rod Williams"),
        ],
    ),
    paras=[
        "Chris is a photographer in New York, and his girlfriend Rose wants him to meet her parents at their house upstate. He asks whether they know he is Black. She laughs and says they would have voted for Obama a third time if they could. Her father, when they arrive, says exactly that, within the first hour.",
        "Jordan Peele's first feature begins as a comedy of discomfort and slides, almost imperceptibly, into something much worse. The Armitage family's groundskeeper and housekeeper smile too widely. A garden party full of wealthy white guests treats Chris like an exhibit. Rose's mother, a therapist, offers to cure his smoking with hypnosis, and stirs her tea in a way that will stay with you.",
        "Daniel Kaluuya carries the film with his eyes. So much of the role is listening, absorbing one small insult after another and deciding not to respond, and Kaluuya makes that restraint feel like its own kind of suspense. LilRel Howery, as his friend Rod, a transport security officer with a conspiracy theory for every occasion, is the release valve, and he is very funny.",
        "Peele also has a gift for the single unnerving image: a groundskeeper sprinting straight at the camera in the dark, a housekeeper smiling while tears run down her cheek, a party game played with a bingo card that means something very different from what it seems. He came up through sketch comedy, and you can feel the sketch writer's timing in the way he builds a scene to a sting. The difference is that here the punch line draws blood.",
        "The final act is bloodier and more conventional than what comes before, and a few of the reveals are explained at more length than they need. But the idea at the centre is so precise, and so angry, that the mechanics hardly matter. This is a horror film about being looked at, and it makes you feel every look.",
    ],
)
add(
    "marlowe-street-review",
    slug="the-thing-prequel-norwegian-camp",
    headline="Back to the Ice, Without the Chill",
    dek="A prequel that explains what we never needed explained.",
    critic="Leon Achterberg",
    date="2011-10-14",
    date_text="October 14, 2011",
    grade=("1½ out of 4", 37.5),
    score=37.5,
    teaser=(
        "Meeting the Parents",
        "Peele's debut is a horror comedy with the nerve to follow its idea all the way.",
    ),
    cases=[
        "next-review-teaser",
        "headline-without-film",
        "microdata",
        "grade-out-of",
        "linking-same-title",
        "negative-review",
        "faint-praise",
    ],
    film=film(
        "the-thing-2011",
        directors=["Matthijs van Heijningen Jr."],
        cast=[
            ("Mary Elizabeth Winstead", "Kate Lloyd"),
            ("Joel Edgerton", "Sam Carter"),
            ("Ulrich Thomsen", "Sander Halvorson"),
        ],
    ),
    paras=[
        "The new film called The Thing is not a remake of John Carpenter's 1982 classic, its makers insist, but a prequel: the story of the Norwegian camp whose smoking ruins Kurt Russell found in the earlier film. That is a clever idea on paper. On screen it means we spend 103 minutes watching characters discover things we already know.",
        "Mary Elizabeth Winstead plays Kate Lloyd, a palaeontologist flown to Antarctica by a Norwegian team that has found a spacecraft and a frozen creature beneath the ice. The creature thaws, escapes and begins imitating the people around it. Kate, who is smart and observant, works out what is happening faster than anyone else, which puts her in the uncomfortable position of being right in a room full of people who do not want to hear it.",
        "Winstead is good, and there is a decent idea in her replacement for the famous blood test: she checks people's mouths for fillings, since the creature cannot copy anything that is not alive. Joel Edgerton is wasted as a helicopter pilot who exists mostly to be suspected.",
        "The trouble is the creature. Carpenter's effects were physical, and they had weight and texture; here the monster is largely digital, and it moves with the weightless speed of a video game boss. What was once unbearable to look at is now merely busy. The final half hour, which takes us inside the spacecraft, abandons paranoia for chase scenes.",
        "There are small pleasures for fans. The production design carefully matches the Norwegian base we glimpsed in 1982, down to the layout of the corridors, and the final minutes set up the dog-chasing helicopter that opened Carpenter's film. Ulrich Thomsen, as the team's arrogant leader, has a cold authority that makes his scenes more tense than most. But homage is not the same as fear, and the film is full of the former and short of the latter.",
        "It is competently made and never boring, which is faint praise for a film that exists only because a better one did.",
    ],
)

# ---------------------------------------------------------------- Kinoblatt English (latin-1)
KINO = [
    "latin-1-declared",
    "certificates",
    "json-ld-headline-differs",
    "grade-fraction",
    "infobox-table",
]
add(
    "kinoblatt-english",
    slug="crash-cronenberg-1996",
    headline="Crash: Cronenberg's Cold Romance of Steel and Skin",
    ld_headline="Crash review: Cronenberg's cold romance of steel and skin",
    dek="The most controversial film of the year is also one of its most disciplined.",
    critic="Jürgen Falk",
    date="1996-11-10",
    date_text="10.11.1996",
    info=[
        ("Director", "David Cronenberg"),
        (
            "Cast",
            "James Spader (James Ballard), Holly Hunter (Helen Remington), Elias Koteas (Vaughan), Deborah Kara Unger (Catherine Ballard)",
        ),
        ("Certificate", "18"),
        ("FSK", "18"),
        ("Running time", "100 min"),
    ],
    grade=("8/10", 80.0),
    score=80,
    cases=[*KINO, "linking-same-title", "cast-parenthetical"],
    film=film(
        "crash-1996",
        directors=["David Cronenberg"],
        cast=[
            ("James Spader", "James Ballard"),
            ("Holly Hunter", "Helen Remington"),
            ("Elias Koteas", "Vaughan"),
            ("Deborah Kara Unger", "Catherine Ballard"),
        ],
        runtime_minutes=100,
    ),
    paras=[
        "David Cronenberg's adaptation of J. G. Ballard's novel arrives in our cinemas trailed by outrage from British newspapers, most of whose writers appear not to have seen it. Those who do see it will find something quite different from the scandal they were promised: a slow, clinical, oddly sad film about people who can no longer feel anything except in the moment of impact.",
        "James Ballard, a film producer, survives a head-on collision in which the other driver dies. In hospital he meets the dead man's wife, Helen Remington, and through her he is drawn into a small circle led by Vaughan, a scarred former scientist who restages famous car deaths for an audience of enthusiasts. Ballard's marriage to Catherine, already an arrangement of mutual infidelities, is gradually reorganised around this new obsession.",
        "James Spader and Deborah Kara Unger speak in murmurs, as though afraid of waking something. Holly Hunter is braver and stranger than I have ever seen her. Elias Koteas, all scar tissue and tattoos, gives Vaughan the conviction of a prophet whose religion has one commandment.",
        "The film is erotic only in the most abstract sense. Its sex scenes are filmed with the same flat, grey attention that Peter Suschitzky's camera gives to motorway junctions and multi-storey car parks. That coldness is the point, and it is also the limit: one admires the film's control more than one is moved by it.",
        "A word on the controversy. Those who have called for the film to be banned seem to imagine that it glamorises reckless driving. Nothing could be further from the experience of watching it. The wrecks are filmed with forensic calm, and the injuries are lingered on, not celebrated. If anything, Crash is a film about the dead end of sensation, and its final line, spoken beside a wrecked car in the grass, is as bleak as anything Cronenberg has written.",
        "Still, few directors would dare to make a film this consistent in its strangeness. Crash is not pleasant, and it does not want to be. It wants to be exact, and it is.",
    ],
)
add(
    "kinoblatt-english",
    slug="dune-lynch-1984",
    headline="Dune: A Desert of Good Intentions",
    ld_headline="Dune (1984) - a desert of good intentions",
    dek="David Lynch's science-fiction epic has images to spare and no idea how to tell its story.",
    critic="Jürgen Falk",
    date="1985-01-18",
    date_text="18.01.1985",
    info=[
        ("Director", "David Lynch"),
        (
            "Cast",
            "Kyle MacLachlan (Paul Atreides), Francesca Annis (Lady Jessica), Kenneth McMillan (Baron Harkonnen), Sting (Feyd-Rautha)",
        ),
        ("Certificate", "PG"),
        ("FSK", "12"),
        ("Running time", "137 min"),
    ],
    grade=("3/10", 30.0),
    score=30,
    cases=[*KINO, "linking-same-title", "negative-review", "cast-parenthetical"],
    film=film(
        "dune-1984",
        directors=["David Lynch"],
        cast=[
            ("Kyle MacLachlan", "Paul Atreides"),
            ("Francesca Annis", "Lady Jessica"),
            ("Kenneth McMillan", "Baron Harkonnen"),
            ("Sting", "Feyd-Rautha"),
        ],
        runtime_minutes=137,
    ),
    paras=[
        "There are perhaps twenty images in David Lynch's Dune that I will not forget: a navigator floating in a tank of orange gas, the Baron Harkonnen drifting through his own palace, pustules and all, a sandworm opening its mouth like a flower. There are also two hours and seventeen minutes in which I had very little idea what was going on, and less reason to care.",
        "The story, taken from Frank Herbert's enormous novel, concerns the young Paul Atreides, whose family is given control of the desert planet Arrakis, source of a spice that makes space travel possible. The Emperor and the Harkonnens betray the Atreides, Paul flees into the desert with his mother, and there he becomes the leader of the native Fremen, who believe he is their promised messiah.",
        "That summary is clearer than anything in the film. Lynch covers gaps in the plot with whispered voice-overs in which characters tell us their thoughts, and with a prologue in which a princess explains the galaxy directly to the camera. Kyle MacLachlan is earnest as Paul but has nothing to play beyond destiny, and the Fremen, who should be the heart of the film, are reduced to extras in blue contact lenses.",
        "Some of the casting is inspired. Francesca Annis gives Lady Jessica a poise that the script does not deserve, and Kenneth McMillan's Baron, floating and cackling, is at least vivid, though the film's treatment of his appetites is crude. Sting, who has been prominent in the advertising, appears for a few minutes and is mostly asked to sneer. Jürgen Prochnow, as Duke Leto, is wasted. Nobody is helped by dialogue that sounds translated from a language no one speaks.",
        "The design is remarkable and the budget is visible in every frame. But a film is not a gallery. By the time Paul rides a worm to battle in the final reel, the spectacle has long since turned into noise.",
    ],
)
add(
    "kinoblatt-english",
    slug="le-fabuleux-destin-amelie-poulain",
    headline="Le fabuleux destin d'Amélie Poulain",
    ld_headline="Le fabuleux destin d'Amélie Poulain (Die fabelhafte Welt der Amélie)",
    dek="Jeunet's Montmartre is charming for an hour and suffocating for the next.",
    critic="Petra Lindqvist",
    date="2001-08-16",
    date_text="16.08.2001",
    info=[
        ("Original title", "Le fabuleux destin d'Amélie Poulain"),
        ("Director", "Jean-Pierre Jeunet"),
        ("Cast", "Audrey Tautou (Amélie), Mathieu Kassovitz (Nino)"),
        ("FSK", "0"),
        ("Running time", "122 min"),
    ],
    grade=("5/10", 50.0),
    score=50,
    cases=[*KINO, "linking-foreign-title", "mixed-review", "hedging"],
    film=film(
        "amelie-2001",
        title="Le fabuleux destin d'Amélie Poulain",
        directors=["Jean-Pierre Jeunet"],
        cast=[("Audrey Tautou", "Amélie"), ("Mathieu Kassovitz", "Nino")],
        runtime_minutes=122,
    ),
    paras=[
        "Amélie Poulain grew up lonely, with a cold father and a nervous mother, and now works as a waitress in a café in Montmartre. One evening in 1997 she finds a small tin box of a boy's treasures hidden behind a tile in her flat, and decides to return it to its owner. His joy is so great that she resolves to spend her life improving other people's lives in secret.",
        "What follows is a series of small schemes: she fakes a letter for a widowed concierge, torments a bully of a greengrocer, sends her father's garden gnome on a trip around the world. Meanwhile she falls for Nino, a young man who collects discarded photographs from booths at railway stations, and she cannot bring herself to simply speak to him.",
        "Audrey Tautou has a face made for this film, all dark eyes and sudden grins, and Jean-Pierre Jeunet fills every frame with saturated greens and reds. For perhaps an hour I was delighted. Then the delight began to feel like an instruction. Every character has a list of likes and dislikes, every shot has a trick in it, and the narrator never stops talking.",
        "Perhaps this is a matter of taste. Many in my screening laughed and cried in all the places Jeunet intended. I found the Paris of this film, scrubbed clean of anything untidy, a little airless, and I wanted Amélie to make one mistake that the film did not instantly forgive.",
        "The supporting cast is a gallery of eccentrics: a hypochondriac tobacconist, a failed writer, a grocer who bullies his assistant, an old painter with bones like glass who copies the same Renoir every year. Each is given a quirk and a small redemption. Jeunet's sense of detail is admirable, and some of the jokes, such as the garden gnome's holiday photographs, are very funny. But a film made only of details begins, after a while, to feel like a catalogue.",
        "It is a pretty, clever, determined entertainment. Whether it is more than that, I honestly cannot say.",
    ],
)
add(
    "kinoblatt-english",
    slug="roma-cuaron-2018",
    headline="Memory in Black and White",
    ld_headline="Roma: memory in black and white",
    dek="Alfonso Cuarón's Mexico City childhood, seen through the eyes of the woman who raised him.",
    critic="Petra Lindqvist",
    date="2018-12-14",
    date_text="14.12.2018",
    info=[
        ("Director", "Alfonso Cuarón"),
        ("Cast", "Yalitza Aparicio (Cleo), Marina de Tavira (Sofía)"),
        ("Certificate", "15"),
        ("Running time", "135 min"),
        ("Distributor", "Netflix"),
    ],
    grade=("6/10", 60.0),
    score=60,
    cases=[*KINO, "headline-without-film", "mixed-review", "faint-praise"],
    film=film(
        "roma-2018",
        directors=["Alfonso Cuarón"],
        cast=[("Yalitza Aparicio", "Cleo"), ("Marina de Tavira", "Sofía")],
        runtime_minutes=135,
        distributor="Netflix",
    ),
    paras=[
        "Cleo is a live-in maid for a middle-class family in the Colonia Roma district of Mexico City in 1970 and 1971. She wakes the children, washes the dog dirt from the driveway, and listens at night while the mother, Sofía, waits for a husband who is not coming back. Cleo becomes pregnant by a young man obsessed with martial arts, who disappears as soon as she tells him.",
        "Alfonso Cuarón shot the film himself, in wide black-and-white images that move slowly from side to side, taking in whole rooms and streets at once. The technique is impressive, and some sequences, such as a riot seen from inside a furniture shop, or a beach where the waves rise too high, are as powerful as anything in recent cinema.",
        "Yalitza Aparicio, a first-time actress, is quietly remarkable as Cleo. But I was never sure how much the film allows her to be a person rather than a figure in the director's memory. We see her work, and we see her suffer; we rarely hear what she thinks. The camera keeps its distance, respectful and beautiful, and the distance is also a kind of limit.",
        "There is much to praise. The sound design surrounds the viewer with barking dogs, marching bands, radios and the distant whistle of a knife grinder, and several sequences, especially the family's holiday at a country estate where a forest fire breaks out during a New Year party, have a strange, dreamlike beauty. Marina de Tavira, as the abandoned mother, gives the film's most complicated performance: a woman who is cruel to Cleo in one scene and fiercely protective of her in the next. I only wished that the film had given the same complexity to the woman at its centre.",
        "It is a serious and handsome film, never less than watchable, and I admired it more than I loved it.",
    ],
)

# ---------------------------------------------------------------- Porchlight Cinema (cp1252, no charset)
PORCH = ["windows-1252-undeclared", "verbal-scale", "infobox-dl"]
VERBAL = {"Must See": 100.0, "Worth a Look": 67.0, "Wait for Streaming": 33.0, "Skip": 0.0}
add(
    "porchlight-cinema",
    slug="blade-runner-final-cut-revival",
    headline="Blade Runner Comes Back to the Big Screen",
    dek="Ridley Scott’s rain-soaked Los Angeles is still the future we are living in.",
    critic="Dale Whitacre",
    date_text="March 3, 2019",
    date="2019-03-03",
    info=[
        ("Director", "Ridley Scott"),
        ("Writers", "Hampton Fancher, David Peoples"),
        ("Cast", "Harrison Ford as Rick Deckard, Rutger Hauer as Roy Batty, Sean Young as Rachael"),
        ("Rated", "R"),
        ("Runtime", "117 minutes"),
    ],
    grade=("Must See", VERBAL["Must See"]),
    score=100,
    cases=[*PORCH, "linking-sequel", "actor-as-character"],
    film=film(
        "blade-runner-1982",
        directors=["Ridley Scott"],
        writers=["Hampton Fancher", "David Peoples"],
        cast=[
            ("Harrison Ford", "Rick Deckard"),
            ("Rutger Hauer", "Roy Batty"),
            ("Sean Young", "Rachael"),
        ],
        mpaa_rating="R",
        runtime_minutes=117,
    ),
    paras=[
        "I first saw Blade Runner on a rented tape with a voice-over and a happy ending, and I did not like it. I have now seen the Final Cut on a cinema screen for the third time, and I would put it in my top ten of all time. That is the kind of film it is: it waits for you.",
        "The story is simple enough. In a Los Angeles of 2019 that is always dark and always raining, Rick Deckard, a retired “blade runner,” is pulled back to hunt four replicants, artificial humans who have returned illegally to Earth. Their leader, Roy Batty, wants to meet the man who made him and ask for more life. Along the way Deckard meets Rachael, a replicant who does not know she is one, and falls for her in a way that the film never quite calls love.",
        "Rutger Hauer steals the film, and everybody knows it. His final speech on a rooftop, in the rain, is one of the great death scenes, and the film earns it by making Batty frightening for ninety minutes first. Harrison Ford, tired and unheroic, is a better fit for Deckard than he gets credit for.",
        "The Final Cut also fixes things that bugged me for years: the unicorn dream is back where it belongs, a few effects shots have been cleaned up, and the awkward narration is gone for good. Without the voice-over, Ford has to carry Deckard’s doubts on his face, and he does. The famous question of whether Deckard is himself a replicant is left open, and the film is richer for leaving it there. If the revival comes to your town, sit near the front and let the city swallow you.",
        "But what brings me back is the world: the neon, the steam, the giant faces on the sides of buildings, Vangelis’s synthesizers drifting over everything. Four decades of films have borrowed from it and none has matched it.",
    ],
)
add(
    "porchlight-cinema",
    slug="fury-road-war-rig",
    headline="Fury Road Is Two Hours of Controlled Madness",
    dek="George Miller, seventy years old, has made the action film everyone else will be chasing.",
    critic="Dale Whitacre",
    date_text="May 15, 2015",
    date="2015-05-15",
    info=[
        ("Director", "George Miller"),
        (
            "Cast",
            "Tom Hardy as Max Rockatansky, Charlize Theron as Imperator Furiosa, Nicholas Hoult as Nux, Hugh Keays-Byrne as Immortan Joe",
        ),
        ("Rated", "R"),
        ("Runtime", "120 minutes"),
        ("Studio", "Warner Bros."),
    ],
    grade=("Must See", VERBAL["Must See"]),
    score=100,
    cases=[*PORCH, "linking-short-title", "actor-as-character"],
    film=film(
        "mad-max-fury-road-2015",
        title="Fury Road",
        directors=["George Miller"],
        cast=[
            ("Tom Hardy", "Max Rockatansky"),
            ("Charlize Theron", "Imperator Furiosa"),
            ("Nicholas Hoult", "Nux"),
            ("Hugh Keays-Byrne", "Immortan Joe"),
        ],
        mpaa_rating="R",
        runtime_minutes=120,
        distributor="Warner Bros.",
    ),
    paras=[
        "The plot of Fury Road fits on a napkin. Furiosa, a driver for the desert warlord Immortan Joe, steals his armoured tanker and smuggles out his five wives. Joe and his army give chase. Max, a drifter who has been captured and used as a living blood bag, ends up chained to the front of one of the pursuing cars and then, by degrees, on Furiosa’s side. They drive out. They drive back.",
        "What Miller does with that napkin is astonishing. Almost every stunt is real, the cars are real, the sand storms feel real, and the editing is so clear that you always know where everyone is, which is more than most action films manage in a single fist fight. There is a guitarist strapped to a truck playing a flame-throwing guitar, and somehow it is not the strangest thing in the film.",
        "Charlize Theron is the centre of it. Furiosa is a hero with a shaved head, a mechanical arm and a face that barely moves, and Theron makes every glance count. Tom Hardy is fine as Max, grunting and mostly silent, which is the right choice in a film where the hero is a passenger in someone else’s story.",
        "There are details I am still catching. The War Boys spray their mouths with chrome paint before they die, hoping to be remembered. Nux, played by Nicholas Hoult with a mad puppy energy, begins as a fanatic and turns, quietly, into something like a human being. The five wives are not just cargo; each one has a face and a choice, and one of them makes a decision in the middle of the chase that changes the story. The old women on motorbikes, who carry seeds in a bag, are the best surprise of the year. Miller packs more ideas into the margins of this film than most directors put in the middle.",
        "I walked out shaking. I went back the next day.",
    ],
)
add(
    "porchlight-cinema",
    slug="her-spike-jonze-operating-system",
    headline="Falling for a Voice in Your Ear",
    dek="Spike Jonze’s gentle future is lovely to look at and strangely empty.",
    critic="Maureen Beckwith",
    date_text="January 10, 2014",
    date="2014-01-10",
    info=[
        ("Director", "Spike Jonze"),
        (
            "Cast",
            "Joaquin Phoenix as Theodore, Scarlett Johansson as Samantha (voice), Amy Adams as Amy",
        ),
        ("Rated", "R"),
        ("Runtime", "126 minutes"),
    ],
    grade=("Wait for Streaming", VERBAL["Wait for Streaming"]),
    score=33,
    cases=[
        *PORCH,
        "headline-without-film",
        "actor-as-character",
        "negative-review",
        "negated-praise",
    ],
    film=film(
        "her-2013",
        directors=["Spike Jonze"],
        cast=[
            ("Joaquin Phoenix", "Theodore"),
            ("Scarlett Johansson", "Samantha"),
            ("Amy Adams", "Amy"),
        ],
        mpaa_rating="R",
        runtime_minutes=126,
    ),
    paras=[
        "Theodore Twombly writes heartfelt letters for other people at a company that sells them, and goes home every night to an empty apartment and a divorce he will not sign. Then he installs a new operating system that names itself Samantha, and within weeks he is in love with it. She is curious, funny and always available, and she seems to love him too.",
        "Spike Jonze’s Her has a lovely idea and a lovely look. The Los Angeles of the near future is all soft pinks and high-waisted trousers, and Joaquin Phoenix, with a moustache and a shy smile, gives one of his gentlest performances. Scarlett Johansson, heard but never seen, makes Samantha more alive than several of the humans on screen.",
        "But I kept waiting for the film to do something with its idea, and it never quite does. The scenes repeat: Theodore walks, Theodore talks, Samantha laughs, Theodore feels something. The questions the film raises about whether Samantha can really love, and what Theodore owes the people around him, are asked again and again and then answered with a shrug and a sunset.",
        "Part of the problem is Theodore himself. The film wants us to find him tender and wounded, and Phoenix plays him that way, but he is also selfish and a little dull, and the script never seems to notice. The flashbacks to his marriage, with Rooney Mara as his ex-wife, are pretty and sun-drenched and tell us almost nothing about why it ended. When his ex finally accuses him of wanting a wife without the challenges of a real person, it is the sharpest line in the film, and the film moves past it as quickly as it can.",
        "It is not without its pleasures, and Amy Adams, as an old friend, has a wonderful small role. But two hours and six minutes is a long time to spend inside one mood. This is a film to watch on your couch, not to pay for.",
    ],
)
add(
    "porchlight-cinema",
    slug="the-thing-2011-prequel",
    headline="The Thing (2011): Same Ice, Less Everything",
    dek="A prequel nobody asked for, made by people who seem to know it.",
    critic="Maureen Beckwith",
    date_text="October 15, 2011",
    date="2011-10-15",
    info=[
        ("Director", "Matthijs van Heijningen Jr."),
        ("Writer", "Eric Heisserer"),
        ("Cast", "Mary Elizabeth Winstead as Kate Lloyd, Joel Edgerton as Sam Carter"),
        ("Rated", "R"),
        ("Runtime", "103 minutes"),
    ],
    grade=("Skip", VERBAL["Skip"]),
    score=0,
    cases=[*PORCH, "linking-same-title", "actor-as-character", "negative-review"],
    film=film(
        "the-thing-2011",
        directors=["Matthijs van Heijningen Jr."],
        writers=["Eric Heisserer"],
        cast=[("Mary Elizabeth Winstead", "Kate Lloyd"), ("Joel Edgerton", "Sam Carter")],
        mpaa_rating="R",
        runtime_minutes=103,
    ),
    paras=[
        "I have a rule about prequels: if the film only exists to connect to something better, it had better be very good at connecting. The new The Thing is not. It tells the story of the Norwegian research station from the 1982 film, and it tells it so much like the 1982 film that you could swap reels and not notice, except that the older film is better in every single way.",
        "Mary Elizabeth Winstead plays a scientist brought in to study an alien found in the ice. It gets loose. It imitates people. Nobody trusts anybody. There is a test to tell who is human. There are flamethrowers. There is a big computer-generated monster that looks like a pile of wet rubber and bends in ways that are supposed to be horrible and are mostly just busy.",
        "Winstead tries hard and the snowy sets are handsome. That is the whole list of nice things. The characters are sketches, half of them speak Norwegian without subtitles, which is honest but leaves us unable to tell them apart, and the ending in the spaceship is pure video game.",
        "To be fair, I went in hoping to like it. The 1982 film showed us the burned-out Norwegian camp, the axe in the door, the frozen man in a chair with his throat cut, and there is a good spooky story to be told about how all of that came to be. This film technically ties up those details in the final minutes, one by one, like someone checking items off a list. But knowing how the axe got in the door turns out to be much less interesting than wondering. The mystery was the fun part, and the filmmakers have replaced it with answers.",
        "Skip it, and watch the 1982 film again instead. You’ll be much happier.",
    ],
)
add(
    "porchlight-cinema",
    slug="crash-haggis-best-picture",
    headline="Crash Is Heavy-Handed, and Sometimes It Works",
    dek="Paul Haggis’s ensemble drama is a blunt instrument, but a few of its blows land.",
    critic="Dale Whitacre",
    date_text="May 8, 2005",
    date="2005-05-08",
    info=[
        ("Director", "Paul Haggis"),
        (
            "Cast",
            "Don Cheadle as Graham Waters, Matt Dillon as Officer John Ryan, Thandie Newton as Christine Thayer, Terrence Howard as Cameron Thayer",
        ),
        ("Rated", "R"),
        ("Runtime", "112 minutes"),
        ("Distributor", "Lions Gate Films"),
    ],
    grade=("Worth a Look", VERBAL["Worth a Look"]),
    score=67,
    cases=[*PORCH, "linking-same-title", "actor-as-character", "faint-praise"],
    film=film(
        "crash-2004",
        directors=["Paul Haggis"],
        cast=[
            ("Don Cheadle", "Graham Waters"),
            ("Matt Dillon", "Officer John Ryan"),
            ("Thandie Newton", "Christine Thayer"),
            ("Terrence Howard", "Cameron Thayer"),
        ],
        mpaa_rating="R",
        runtime_minutes=112,
        distributor="Lions Gate Films",
    ),
    paras=[
        "Crash takes a couple of days in Los Angeles and a dozen people of different races and classes and bangs them into each other until something breaks. A white cop harasses a Black couple. A locksmith is mistaken for a gang member. A shop owner buys a gun. Everyone says exactly what they think about everyone else, loudly, which is not how most people talk but is how this film works.",
        "It is heavy-handed, and I know a lot of critics hate it for that. I understand. The coincidences pile up until the city feels about four blocks wide, and some characters exist only to learn a lesson.",
        "And yet. Two scenes hit me hard and have stayed with me: Matt Dillon’s cop pulling Thandie Newton from a burning car, her face when she realises who her rescuer is, and a little girl running to protect her father from a bullet. Those moments are manipulative, sure, but they are manipulative in the way that good melodrama is, and the cast plays them with total commitment.",
        "I also want to say something nice about the writing for Don Cheadle’s detective, whose story about his mother and his missing younger brother is the quietest thread in the film and the one that stays truest. Cheadle plays him as a man who has made every compromise the job requires and hates himself a little for each one. Sandra Bullock, as a rich wife who is furious at everyone, gets a late scene about loneliness that surprised me. The film’s big speeches are its weakest parts; its small moments, when it lets actors just look at each other, are often its best.",
        "It is not a great film, and it is not the truth about race in America. But it is better than its reputation among my colleagues, and it is worth a look.",
    ],
)

# ---------------------------------------------------------------- Disc Vault Digest (home video)
add(
    "disc-vault-digest",
    slug="blade-runner-final-cut-4k-uhd",
    headline="Blade Runner: The Final Cut (4K UHD) Review",
    dek="The best the Final Cut has ever looked at home, with a Dolby Vision grade that finally respects the dark.",
    critic="Nils Parrish",
    date="2017-09-05",
    date_text="September 5, 2017",
    info=[
        "Director: Ridley Scott",
        "Starring: Harrison Ford, Rutger Hauer, Sean Young",
        "Rated R",
        "1h 57m",
        "Warner Bros.",
    ],
    grade=("4.5 stars", 90.0),
    score=90,
    home_video={
        "format": "4K UHD",
        "special_features": [],
        "specs": {
            "video": "2160p HEVC, Dolby Vision, HDR10",
            "aspect_ratio": "2.39:1",
            "audio": "English Dolby Atmos",
            "discs": "1 4K UHD, 2 Blu-ray",
            "region": "Region free (4K)",
        },
    },
    cases=["home-video-4k", "specs-table", "grade-img-alt", "infobox-pipe", "linking-sequel"],
    film=film(
        "blade-runner-1982",
        directors=["Ridley Scott"],
        cast=[("Harrison Ford", None), ("Rutger Hauer", None), ("Sean Young", None)],
        mpaa_rating="R",
        runtime_minutes=117,
        distributor="Warner Bros.",
    ),
    paras=[
        "Warner's new 4K disc of Blade Runner presents the 2007 Final Cut, the version Ridley Scott himself has called definitive, and it arrives a month before Blade Runner 2049 opens in cinemas. The timing is commercial, but the disc is not a cash-in. It is, quite simply, the finest presentation of this film I have seen outside a good repertory cinema.",
        "## The film",
        "Harrison Ford's Rick Deckard hunts four escaped replicants through a Los Angeles drowned in rain and advertising. The film's reputation has grown so large that it is easy to forget how odd it is: a detective story with almost no detection, a love story with no declarations, a villain who gets the best speech. It remains essential.",
        "## Video and audio",
        "The high dynamic range grade is the revelation. Earlier Blu-ray editions tended to crush the blacks, so that the edges of the frame disappeared into murk; here the shadows have layers, and the neon bleeds into them the way it should. Grain is present and natural, and the special effects shots, which were always the sharpest parts of the film, look crisp without betraying their models. The Atmos track is respectful, widening Vangelis's score without inventing new effects.",
        "## Extras",
        "The bonus material is carried over from the older five-disc set on the included Blu-rays, which means three commentaries and the long making-of documentary, but nothing new. Owners of that set will miss the alternate cuts, which are not included here.",
        "For those comparing versions, the Final Cut is the one with the unicorn dream restored, no narration and the tidied effects shots; the theatrical cut with Ford's voice-over is only available on the included Blu-ray, not in 4K, which is a pity for anyone nostalgic for the version they saw in 1982. Playback was flawless on two players, and the disc loads quickly without forced trailers.",
        "Even so, for the film alone this is an easy recommendation.",
    ],
)
add(
    "disc-vault-digest",
    slug="amelie-collectors-blu-ray",
    headline="A Paris Fairy Tale Gets the Deluxe Treatment",
    dek="A new restoration, supervised by the director, on a Blu-ray from a boutique label.",
    critic="Nils Parrish",
    date="2023-04-18",
    date_text="April 18, 2023",
    info=[
        "Director: Jean-Pierre Jeunet",
        "Starring: Audrey Tautou, Mathieu Kassovitz",
        "Rated R",
        "2h 2m",
    ],
    grade=("82/100", 82.0),
    score=82,
    home_video={
        "format": "Blu-ray",
        "special_features": [
            "a new audio commentary by Jean-Pierre Jeunet",
            "deleted scenes",
            "a featurette on the film's colour grading",
            "screen tests with Audrey Tautou",
            "the theatrical trailer",
        ],
        "specs": {},
    },
    cases=[
        "home-video-bluray-prose-features",
        "grade-0-100",
        "headline-without-film",
        "infobox-pipe",
        "linking-foreign-title",
    ],
    film=film(
        "amelie-2001",
        directors=["Jean-Pierre Jeunet"],
        cast=[("Audrey Tautou", None), ("Mathieu Kassovitz", None)],
        mpaa_rating="R",
        runtime_minutes=122,
    ),
    paras=[
        "More than twenty years after it made Audrey Tautou a star, Amélie has been restored from the original camera negative under Jean-Pierre Jeunet's supervision, and the results are striking. This is a film built out of colour, greens and reds pushed to the edge of cartoon, and it has never looked this controlled on home video.",
        "The story of a shy Montmartre waitress who decides to fix the lives of the people around her, while failing to fix her own, has dated in places. Its Paris is a little too tidy, and its whimsy can feel relentless on a second viewing. But Tautou's performance is as precise as ever, and Mathieu Kassovitz, as the collector of torn photo-booth pictures she falls for, is more soulful than I remembered.",
        "The new transfer keeps the film's heavy grading without letting skin tones turn orange, a problem with earlier releases, and fine detail in the café interiors is excellent. The French audio is clear and Yann Tiersen's accordion score has real warmth.",
        "The special features include: a new audio commentary by Jean-Pierre Jeunet, deleted scenes, a featurette on the film's colour grading, screen tests with Audrey Tautou, and the theatrical trailer. The commentary is the highlight; Jeunet is funny and candid about what he would change.",
        "A note on the packaging, for collectors: the disc comes in a clear case with reversible artwork, one side using the famous green-and-red poster and the other a new illustration of the café, along with a booklet containing an essay on the film's reception in France and an interview with the cinematographer. The menus are simple and quick to navigate. The disc is region-locked, so international buyers should check before ordering. None of this changes the rating, but it does make the set feel like a complete object rather than a bare transfer.",
        "A handsome package for a film that deserved one.",
    ],
)
add(
    "disc-vault-digest",
    slug="dune-1984-blu-ray",
    headline="Dune (1984) Blu-ray Review",
    dek="Lynch's troubled epic looks better than ever, which cuts both ways.",
    critic="Carla Menendez",
    date="2021-09-28",
    date_text="September 28, 2021",
    info=[
        "Director: David Lynch",
        "Starring: Kyle MacLachlan, Francesca Annis, Sting",
        "Rated PG-13",
        "2h 17m",
        "Universal",
    ],
    grade=("3 stars", 60.0),
    score=60,
    home_video={
        "format": "Blu-ray",
        "special_features": [
            "Deleted scenes introduced by Raffaella De Laurentiis",
            "Designing Dune featurette",
            "Theatrical trailer",
        ],
        "specs": {"aspect_ratio": "2.35:1", "audio": "English DTS-HD MA 5.1"},
    },
    feature_list=True,
    cases=[
        "grade-img-alt",
        "specs-table",
        "special-features-list",
        "linking-same-title",
        "mixed-review",
        "infobox-pipe",
    ],
    film=film(
        "dune-1984",
        directors=["David Lynch"],
        cast=[("Kyle MacLachlan", None), ("Francesca Annis", None), ("Sting", None)],
        mpaa_rating="PG-13",
        runtime_minutes=137,
        distributor="Universal",
    ),
    paras=[
        "With a new Dune arriving in cinemas next month, it was inevitable that David Lynch's 1984 version would be dusted off. This Blu-ray is a decent edition of a film I have never been able to decide about, and watching it again, I still cannot.",
        "On the one hand, it is a mess. The story of Paul Atreides and the desert planet Arrakis is crammed into two hours and seventeen minutes, and the film leans on voice-over to explain what it cannot show. On the other, it looks like nothing else ever made: the Guild Navigator, the Harkonnen palace, Sting in a metal loincloth. It is half a failure and half a fever dream, and I am fond of both halves.",
        "The transfer is clean and stable, with stronger colour than the old disc, though the optical effects look rougher than ever in high definition. The lossless 5.1 track gives Toto's score some weight.",
        "What keeps pulling me back is Lynch's sense of texture. The Atreides wear heavy military wool on a desert planet, the Harkonnens live in a factory of steam and rivets, and the Guild's navigators travel in tanks like aquariums on rails. None of it is practical and all of it is memorable. Kyle MacLachlan, in his first film role, plays Paul with a puppyish sincerity that is oddly endearing, and Francesca Annis brings real gravity to Lady Jessica. The problems remain the script, which rushes Paul's years among the Fremen into a montage, and an ending that resolves everything with a rainstorm. I like it more each time and recommend it less.",
        "Fans will want it; newcomers should start elsewhere.",
        "The extras, listed below, are the same ones fans have owned for years. Nothing here is essential, and the longer television cut, which Lynch disowned, is not included.",
    ],
)
add(
    "disc-vault-digest",
    slug="fury-road-black-and-chrome-4k",
    headline="Mad Max: Fury Road (4K UHD) Review",
    dek="Both the colour version and the Black & Chrome edition in a reference-quality set.",
    critic="Carla Menendez",
    date="2016-12-06",
    date_text="December 6, 2016",
    info=[
        "Director: George Miller",
        "Starring: Tom Hardy, Charlize Theron, Nicholas Hoult",
        "Rated R",
        "2h 0m",
    ],
    grade=("91/100", 91.0),
    score=91,
    home_video={
        "format": "4K UHD",
        "special_features": [],
        "specs": {
            "video": "2160p HEVC, HDR10",
            "aspect_ratio": "2.40:1",
            "audio": "English Dolby Atmos",
            "discs": "2 4K UHD, 1 Blu-ray",
        },
    },
    cases=["home-video-4k", "specs-table", "grade-0-100", "infobox-pipe", "linking-short-title"],
    film=film(
        "mad-max-fury-road-2015",
        directors=["George Miller"],
        cast=[("Tom Hardy", None), ("Charlize Theron", None), ("Nicholas Hoult", None)],
        mpaa_rating="R",
        runtime_minutes=120,
    ),
    paras=[
        "George Miller always said that the best version of Fury Road was black and white with a loud score, and this set finally lets us judge for ourselves. It includes the familiar colour version on one 4K disc and the Black & Chrome edition on another.",
        "The film needs no defence at this point. Furiosa's flight across the wasteland with Immortan Joe's wives, and Max's gradual conversion from prisoner to ally, is one of the great chase films, edited with a clarity that makes most modern action look like soup.",
        "The colour disc is a showcase. Its HDR grade makes the orange desert and the blue night scenes even more extreme than in cinemas, and the detail in faces, rust and sand is stunning. The Black & Chrome version is a different experience: harsher, more mythic, the faces suddenly like carvings. I prefer the colour, narrowly, but I am glad to have both.",
        "I went back to the Citadel sequences in both versions to compare them directly. In colour, the crowd scrambling for water is a riot of ochre and skin; in Black & Chrome, it becomes something closer to a silent-era epic, all contrast and silhouette, and Hugh Keays-Byrne's Immortan Joe looks like a figure from a woodcut. The night crossing of the bog, which was murky in the cinema, is far clearer on both discs, and the stunt work during the final run back through the canyon holds up to frame-by-frame scrutiny. It is hard to think of a modern action film that rewards this kind of close attention so generously.",
        "If you own only one action film in 4K, this is the one to own.",
        "The Atmos mix is aggressive in all the right ways. The extras are carried over from the earlier Blu-ray and are solid, if short.",
    ],
)
add(
    "disc-vault-digest",
    slug="roma-netflix-streaming",
    headline="Roma Streams Now, but See It Big If You Can",
    dek="Cuarón's memory piece arrives on Netflix in a superb stream with a Dolby Atmos mix.",
    critic="Nils Parrish",
    date="2018-12-14",
    date_text="December 14, 2018",
    info=[
        "Director: Alfonso Cuarón",
        "Starring: Yalitza Aparicio, Marina de Tavira",
        "Rated R",
        "2h 15m",
        "Netflix",
    ],
    grade=("74/100", 74.0),
    score=74,
    home_video={
        "format": "Streaming",
        "special_features": [],
        "specs": {
            "video": "4K Dolby Vision",
            "audio": "Spanish and Mixtec Dolby Atmos",
            "aspect_ratio": "2.39:1",
        },
    },
    cases=["home-video-streaming", "specs-table", "grade-0-100", "infobox-pipe", "hedging"],
    film=film(
        "roma-2018",
        directors=["Alfonso Cuarón"],
        cast=[("Yalitza Aparicio", None), ("Marina de Tavira", None)],
        mpaa_rating="R",
        runtime_minutes=135,
        distributor="Netflix",
    ),
    paras=[
        "Roma is the rare Netflix release I would rather have seen in a cinema, and having now watched it both ways, I think the stream holds up better than I expected.",
        "Alfonso Cuarón's film follows Cleo, a domestic worker for a family in Mexico City in the early 1970s, through a year in which the family falls apart and her own life is upended. It is slow, observant and sometimes overwhelming, and Yalitza Aparicio's performance anchors it with extraordinary stillness.",
        "The Dolby Vision stream is very good. The black-and-white images have deep, stable blacks and a wide range of greys, and the long sideways camera moves hold together without the stutter that plagues some streams. Banding shows up once or twice in the skies, and I suspect a disc would be better.",
        "The sound design, which places traffic, dogs and distant bands all around you, is half the experience, and the Atmos mix is superb if your system can carry it. There are no extras beyond a trailer.",
        "A word on subtitles, since several readers have asked: the English subtitles on the stream are well timed and sensibly placed, and they distinguish between Spanish and Mixtec dialogue, which matters in a film where the language Cleo speaks with her fellow maid is a kind of privacy from her employers. Netflix also offers dubbed tracks, which I would avoid; much of the film's texture is in its voices. On a smaller screen, the long wide shots lose some of their force, and the crowded street scenes become hard to read. If you can, watch it on the largest screen you own, with the sound turned up and your phone in another room.",
        "Perhaps the film is a little too in love with its own beauty. But on a big television with the lights off, it comes close to the cinema.",
    ],
)

# ---------------------------------------------------------------- The Balcony Seat (entities, audience widget)
BALC = ["html-entities", "user-rating-widget", "infobox-pipe", "comment-thread"]
add(
    "the-balcony-seat",
    slug="rust-and-bone-marineland",
    headline="Rust and Bone: Bodies in the Water",
    dek="Marion Cotillard and Matthias Schoenaerts collide in Jacques Audiard’s raw Riviera drama.",
    critic="Renée Castellanos",
    date="2012-12-07",
    date_text="Dec 7, 2012",
    info="Director: Jacques Audiard | Starring: Marion Cotillard, Matthias Schoenaerts | Rated R | 2h 0m",
    audience="4.2",
    votes=311,
    grade=("B", 75.0),
    score=75,
    cases=[*BALC, "grade-letter", "contrast", "linking-foreign-title"],
    film=film(
        "rust-and-bone-2012",
        directors=["Jacques Audiard"],
        cast=[("Marion Cotillard", None), ("Matthias Schoenaerts", None)],
        mpaa_rating="R",
        runtime_minutes=120,
    ),
    paras=[
        "The French title of Jacques Audiard’s film, De rouille et d’os, names the taste of blood in the mouth after a punch, and the film tastes like that throughout. It is a story about two people who hurt and are hurt, and it is at its best when it simply watches them do it.",
        "Stéphanie (Marion Cotillard) trains orcas at Marineland in Antibes. Ali (Matthias Schoenaerts) is a broke single father who works as a bouncer and fights in illegal bare-knuckle bouts. After an accident at the park costs Stéphanie her legs, she calls the only person who never treated her gently, and they begin a friendship, then an affair, that neither can name.",
        "The film fails as a love story, but it succeeds as a portrait of recovery. Ali is too shallow, and the script too uninterested in his inner life, for the romance to convince; his final transformation comes out of nowhere. But Stéphanie’s slow return to her body, and to pleasure, is depicted with a frankness and tenderness I have rarely seen. The scene where she stands on her balcony and silently repeats the gestures of her old orca routine is the best thing in any film this year.",
        "The supporting cast is thin but well chosen. Corinne Masiero, as Ali’s sister, makes her tired generosity felt in a handful of scenes, and the little boy who plays Ali’s son is astonishingly natural, which makes the father’s casual neglect of him painful to watch. Alexandre Desplat’s score is mostly discreet, and the use of a Katy Perry song at a key moment is so unexpected that it becomes moving.",
        "Cotillard is magnificent, and Schoenaerts, all neck and shoulders, brings surprising grace to a character who is mostly instinct. Audiard’s direction, full of sun flares and handheld closeness, sometimes tips into showing off, and the last act reaches for melodrama it does not need. It’s a flawed film, but a vital one.",
    ],
    comments=[
        ("marseille_girl", "Dec 7, 2012", "Cotillard deserved the Oscar nomination. 5/5."),
        ("Theo R.", "Dec 8, 2012", "I found Ali unbearable. 2 stars, generous."),
        (
            "popcornpolitics",
            "Dec 8, 2012",
            "The ending ruined it for me. The first hour is a B+ though.",
        ),
        ("marseille_girl", "Dec 9, 2012", "@Theo R. he is supposed to be unbearable!"),
    ],
)
add(
    "the-balcony-seat",
    slug="get-out-peele-sunken-place",
    headline="The Smile on the Groundskeeper’s Face",
    dek="A first-time director turns a weekend visit into the year’s most unnerving film.",
    critic="Malcolm Ferreira",
    date="2017-03-04",
    date_text="3/4/2017",
    info="Director: Jordan Peele | Starring: Daniel Kaluuya, Allison Williams, Catherine Keener, Bradley Whitford | Rated R | 1h 44m",
    audience="4.6",
    votes=1204,
    score=85,
    cases=[*BALC, "no-grade-confusing-numbers", "headline-without-film", "character-actor-prose"],
    film=film(
        "get-out-2017",
        directors=["Jordan Peele"],
        cast=[
            ("Daniel Kaluuya", "Chris"),
            ("Allison Williams", "Rose"),
            ("Catherine Keener", "Missy"),
            ("Bradley Whitford", "Dean"),
        ],
        mpaa_rating="R",
        runtime_minutes=104,
    ),
    paras=[
        "I saw Get Out on 2/24, opening night, and again on 3/1, and both times the audience did the same thing at the same moment: a collective gasp, then laughter, then a silence that went on for what felt like 2 hours. Few films control a crowd this way. Fewer do it in a debut.",
        "Chris (Daniel Kaluuya) is spending a weekend with the parents of his girlfriend Rose (Allison Williams). Dean (Bradley Whitford) is a neurosurgeon who talks too eagerly about Jesse Owens; Missy (Catherine Keener) is a psychiatrist with a teacup and a spoon. Their Black staff behave as though they are reading from a script, and the annual garden party, full of guests who pinch Chris’s arm and praise his physique, is a masterclass in slow-burning dread.",
        "Jordan Peele’s screenplay is so tightly built that 9 out of 10 lines have a second meaning on a repeat viewing. Its satire aims not at the obvious racists of other films but at the liberal who would insist he has none of it in him. That is a harder target, and Peele hits it dead centre.",
        "Kaluuya is extraordinary. The film’s famous image, his face frozen with tears streaming while he sinks into darkness, is a 10-second shot that tells you everything about the movie. Lil Rel Howery, as his best friend, is the comic conscience of the whole thing.",
        "Catherine Keener deserves special mention. Missy is a character who could easily have been a cartoon, and Keener plays her with a soft voice and a bland, therapist’s kindness that is far more frightening than any shouting would be. Bradley Whitford is similarly clever, charming and tactless in a way that feels completely real until, suddenly, it does not. Allison Williams has the trickiest part of all, and I will say no more about it.",
        "At 104 minutes, the film doesn’t waste a beat, though the climax is more of a conventional slasher than what came before. I didn’t mind. I have rarely enjoyed being this unsettled.",
    ],
    comments=[
        ("nightowl", "3/4/2017", "10/10 no notes."),
        ("Brenda", "3/5/2017", "Was expecting scarier. 3 out of 5."),
        ("jm_film", "3/5/2017", "The tea cup scene! I can't stir my coffee anymore. ★★★★★"),
        ("Brenda", "3/6/2017", "@jm_film ok that part was genuinely creepy"),
    ],
)
add(
    "the-balcony-seat",
    slug="her-jonze-samantha",
    headline="Her Is a Love Story for the Age of the Earpiece",
    dek="Joaquin Phoenix falls for his operating system in Spike Jonze’s wistful, funny and deeply felt film.",
    critic="Renée Castellanos",
    date="2013-12-18",
    date_text="Dec 18, 2013",
    info="Written and directed by Spike Jonze | Starring: Joaquin Phoenix, Scarlett Johansson, Amy Adams, Rooney Mara | Rated R | 2h 6m",
    audience="3.9",
    votes=642,
    grade=("A-", 92.0),
    score=92,
    cases=[*BALC, "grade-letter", "x-plays-y"],
    film=film(
        "her-2013",
        directors=["Spike Jonze"],
        writers=["Spike Jonze"],
        cast=[
            ("Joaquin Phoenix", "Theodore"),
            ("Scarlett Johansson", "Samantha"),
            ("Amy Adams", "Amy"),
            ("Rooney Mara", "Catherine"),
        ],
        mpaa_rating="R",
        runtime_minutes=126,
    ),
    paras=[
        "Joaquin Phoenix plays Theodore, a lonely writer of other people’s love letters who is still mourning the end of his marriage. Scarlett Johansson plays Samantha, the voice of the artificially intelligent operating system he buys one evening, and within a few scenes she has become his assistant, his friend and, to his own bewilderment, his girlfriend.",
        "That description makes Her sound like a satire, and Spike Jonze certainly sees the comedy in it: a double date with a human couple at a picnic, a video game character with a foul mouth, Theodore’s struggle to explain his relationship to his ex-wife, played with cool fury by Rooney Mara. But the film takes Theodore’s feelings completely seriously, and by the midpoint so did I.",
        "What makes it work is Johansson, who gives one of the great voice performances, curious, warm and increasingly restless as Samantha outgrows the limits of her role. Phoenix, who spends much of the film alone with an earpiece, is her equal. Amy Adams plays Amy, an old friend and neighbour, and brings a grounded sadness that keeps the film honest.",
        "The design deserves a mention too. Jonze and his production designer imagine a near future without chrome or menace: wool jackets, wooden furniture, trains full of people murmuring into their earpieces, a city that looks like a gentler version of Los Angeles borrowed partly from Shanghai. Technology here is not frightening; it is kind, and that is what makes it so disquieting. Theodore’s job, writing intimate letters on behalf of strangers, is a sly joke about how much of our feeling we have already outsourced. The film never underlines the point, and it is all the more affecting for that.",
        "If there is a weakness, it is length; the middle stretch repeats its beats. But the ending is quietly devastating, and the future Jonze imagines, warm, pastel and profoundly lonely, feels closer every year.",
    ],
    comments=[
        ("luddite42", "Dec 18, 2013", "Creepy, not romantic. 2/5."),
        ("sofia_b", "Dec 19, 2013", "Beautiful. Cried at the ending. A+ from me."),
        ("luddite42", "Dec 19, 2013", "@sofia_b I cried too but out of despair for humanity"),
    ],
)
add(
    "the-balcony-seat",
    slug="crash-cronenberg-ballard",
    headline="Crash: A Car Wreck, Deliberately",
    dek="David Cronenberg’s Ballard adaptation is provocative, precise and utterly inert.",
    critic="Malcolm Ferreira",
    date="1997-03-21",
    date_text="3/21/1997",
    info="Director: David Cronenberg | Starring: James Spader, Holly Hunter, Elias Koteas, Deborah Kara Unger, Rosanna Arquette | Rated NC-17 | 1h 40m",
    audience="2.8",
    votes=87,
    grade=("C-", 42.0),
    score=42,
    cases=[*BALC, "grade-letter", "linking-same-title", "negative-review", "negated-praise"],
    film=film(
        "crash-1996",
        directors=["David Cronenberg"],
        cast=[
            ("James Spader", None),
            ("Holly Hunter", None),
            ("Elias Koteas", None),
            ("Deborah Kara Unger", None),
            ("Rosanna Arquette", None),
        ],
        mpaa_rating="NC-17",
        runtime_minutes=100,
    ),
    paras=[
        "Not since the days of the Production Code has a film arrived with a louder reputation for depravity than David Cronenberg’s Crash. Having seen it, I can report that its real sin is not perversity but tedium.",
        "James Spader is James Ballard, a commercial producer who is badly injured in a head-on collision. The other driver’s widow, Helen (Holly Hunter), introduces him to Vaughan (Elias Koteas), the leader of a small group that finds erotic fulfilment in car accidents, scars and steel. Ballard and his wife Catherine (Deborah Kara Unger) join in. Then they join in some more.",
        "Cronenberg stages all of this with a deliberately flattened affect. Every actor speaks in a drowsy murmur, every scene is lit the colour of a parking garage, and the sex scenes, of which there are many, are shot at the same temperature as the scenes of people reading car magazines. I understand the intention: these are people numbed by modern life, reaching for any sensation at all. But a film about numbness does not have to be numbing.",
        "Rosanna Arquette, as a crash survivor held together by leg braces and leather, appears in a handful of scenes and seems to be in a different, livelier film. Holly Hunter, who is usually the most vivid person on screen in anything she appears in, is here reduced to a kind of elegant trance. Deborah Kara Unger is the most interesting of the lot, because she alone seems to be thinking rather than drifting. The rest of the cast has been directed so carefully into blankness that I started to wonder whether Cronenberg had confused stillness with depth.",
        "It is not without its pleasures. Howard Shore’s score of chiming electric guitars is eerie and beautiful, and Koteas has a fanatic’s intensity. But two hours of this would be intolerable, and even 100 minutes is a long haul. Admire its nerve if you like; I could not love it.",
    ],
    comments=[
        (
            "ballard_reader",
            "3/21/1997",
            "You missed the point completely. 5 stars, the best adaptation of Ballard possible.",
        ),
        ("Dee", "3/22/1997", "Walked out at the 40 minute mark. 1/5."),
        ("VHS_forever", "3/23/1997", "Not to be confused with the 2004 Crash lol"),
    ],
)

# ---------------------------------------------------------------- Cinder & Reel (text dumps)
DUMP = ["text-dump", "chrome-lines", "infobox-lines"]
add(
    "cinder-and-reel",
    slug="jeunet-paris-fable-revisited",
    headline="The Girl Who Fixed Everyone but Herself",
    dek="Twenty years on, Jeunet's whimsical Paris fable is both sweeter and stranger than its reputation.",
    critic="Imogen Strand",
    date="2021-04-25",
    date_text="April 25, 2021",
    info=[
        "Director: Jean-Pierre Jeunet",
        "Starring: Audrey Tautou, Mathieu Kassovitz",
        "Running time: 122 minutes",
        "Grade: none (retrospective)",
    ],
    score=55,
    cases=[
        *DUMP,
        "no-grade-confusing-numbers",
        "headline-without-film",
        "title-only-in-body",
        "mixed-review",
        "hedging",
        "linking-foreign-title",
    ],
    film=film(
        "amelie-2001",
        directors=["Jean-Pierre Jeunet"],
        cast=[("Audrey Tautou", None), ("Mathieu Kassovitz", None)],
        runtime_minutes=122,
    ),
    paras=[
        "Jeunet's whimsical Paris fable turned twenty this week, and I rewatched it expecting to be embarrassed on behalf of my younger self, who owned the soundtrack and a poster of the garden gnome. I was not embarrassed, exactly. I was something more complicated.",
        "The story, if you have somehow avoided it, follows a young waitress in Montmartre who finds a box of childhood treasures hidden in her apartment, returns it anonymously to its owner, and decides to devote herself to secret acts of kindness and revenge. She matchmakes a hypochondriac, humiliates a cruel grocer and sends her father postcards from his own garden gnome. All the while she is too shy to approach the young man she loves.",
        "Audrey Tautou's performance holds up beautifully. She plays the heroine as someone whose whimsy is a defence, and in the quieter moments, watching a stranger's life through a window, the loneliness under the charm is palpable. Mathieu Kassovitz is lovely as the object of her affection.",
        "## What has aged",
        "It is also worth saying how much craft went into it. The cinematographer Bruno Delbonnel gives every scene a golden-green cast that should be garish and somehow is not; the production design stuffs every flat with objects that tell you something about their owners; and Yann Tiersen's piano and accordion score, heard too often in too many adverts since, still sounds lovely in its proper home. Jeunet's earlier films with Marc Caro were darker and stranger, and you can feel that darkness pressing at the edges here, in the glass man who paints the same Renoir every year and the café regular who records his ex-girlfriend's every laugh.",
        "Less lovely is the film's Paris, which is so scrubbed of poverty and immigrants that it feels like a theme park, and its insistence that every problem has a cute solution. The plotting is mechanical, the narration relentless. On balance I think Amélie is a better film than its detractors say and a weaker one than its fans remember, and I suspect that will remain true at forty.",
    ],
)
add(
    "cinder-and-reel",
    slug="dune-2021-part-one-review",
    headline="Dune Is Massive, Meticulous and Only Half There",
    dek="Denis Villeneuve's adaptation is a triumph of design and a frustration of structure.",
    critic="Bashir Quaye",
    date="2021-10-21",
    date_text="October 21, 2021",
    info=[
        "Director: Denis Villeneuve",
        "Writers: Jon Spaihts, Denis Villeneuve, Eric Roth",
        "Cast: Timothée Chalamet (Paul Atreides), Rebecca Ferguson (Lady Jessica), Oscar Isaac (Duke Leto Atreides), Jason Momoa (Duncan Idaho), Zendaya (Chani)",
        "Rated: PG-13",
        "Running time: 155 minutes",
        "In theaters and on HBO Max October 22",
        "Rating: 2.5 stars out of 5",
    ],
    grade=("2.5 stars out of 5", 50.0),
    score=50,
    cases=[
        *DUMP,
        "grade-stars-decimal",
        "cast-parenthetical",
        "linking-same-title",
        "mixed-review",
        "negated-praise",
    ],
    film=film(
        "dune-2021",
        directors=["Denis Villeneuve"],
        writers=["Jon Spaihts", "Denis Villeneuve", "Eric Roth"],
        cast=[
            ("Timothée Chalamet", "Paul Atreides"),
            ("Rebecca Ferguson", "Lady Jessica"),
            ("Oscar Isaac", "Duke Leto Atreides"),
            ("Jason Momoa", "Duncan Idaho"),
            ("Zendaya", "Chani"),
        ],
        mpaa_rating="PG-13",
        runtime_minutes=155,
        release_date="2021-10-22",
    ),
    paras=[
        "There is no doubting the craft in Denis Villeneuve's Dune. Every frame looks as though it took a month to design, and some of them probably did. The question is whether a film can be this carefully made and still feel like an overture to something else, and the answer, after two hours and thirty-five minutes, is yes.",
        "House Atreides, led by Duke Leto, takes over the desert planet Arrakis from their rivals the Harkonnens, who are only pretending to leave. Leto's son Paul has visions of a Fremen girl and of a holy war fought in his name. His mother, Jessica, a member of a secretive order of women, has trained him in ways that may make him more than human. The Harkonnens return, with the Emperor's secret help, and Paul and Jessica escape into the deep desert.",
        "The cast is strong. Rebecca Ferguson does the heaviest lifting, and Jason Momoa is a jolt of warmth as the swordsman Duncan Idaho. Timothée Chalamet is fine, though the film keeps him in such a state of solemn foreboding that he rarely gets to be a teenager.",
        "The design, again, is extraordinary. The ornithopters move like dragonflies, the Harkonnen homeworld is a black-and-white nightmare of bald heads and vast halls, and the spice harvester swallowed by a worm is one of the great images of recent blockbuster cinema. Hans Zimmer's score, full of throat singing and bagpipes, is both bold and exhausting. I mention all this because I do not want to seem ungrateful. It is simply that a film made of great images and announcements of future greatness is a strange thing to sit through, and I suspect it will only make sense once the second half exists.",
        "It is never less than impressive. But impressive is not the same as involving, and by the time the credits roll mid-story, I was tired of being promised things.",
    ],
)
add(
    "cinder-and-reel",
    slug="de-rouille-et-dos-audiard",
    headline="De rouille et d'os: Audiard Finds Grace in the Wreckage",
    dek="A hard, tender film about the body, with a career-best Marion Cotillard.",
    critic="Imogen Strand",
    date="2012-05-18",
    date_text="May 18, 2012",
    info=[
        "Director: Jacques Audiard",
        "Screenplay: Jacques Audiard, Thomas Bidegain",
        "Cast: Marion Cotillard, Matthias Schoenaerts",
        "Running time: 120 min",
        "Seen at: Cannes Film Festival, Competition",
        "Rating: ****",
    ],
    grade=("****", 100.0),
    score=100,
    cases=[*DUMP, "grade-asterisks", "linking-foreign-title", "character-actor-prose"],
    film=film(
        "rust-and-bone-2012",
        title="De rouille et d'os",
        directors=["Jacques Audiard"],
        writers=["Jacques Audiard", "Thomas Bidegain"],
        cast=[("Marion Cotillard", "Stéphanie"), ("Matthias Schoenaerts", "Ali")],
        runtime_minutes=120,
    ),
    paras=[
        "The first great film of this year's competition arrived on the third morning, and it left a packed Lumière theatre in a state of near silence. Jacques Audiard's De rouille et d'os, which will be called Rust and Bone in English, is a love story of a kind I have not seen before: physical, unsentimental and in the end almost unbearably moving.",
        "Stéphanie (Marion Cotillard) is a whale trainer on the Côte d'Azur. Ali (Matthias Schoenaerts) is a drifter with a young son and a talent for hitting people. A terrible accident leaves Stéphanie a double amputee, and when she reaches out to Ali, he treats her exactly as he treated her before, which is to say carelessly, and she discovers that his carelessness is a kind of freedom.",
        "Cotillard gives the performance of her career. She plays grief and fury and, eventually, desire without ever asking for sympathy, and the effects work that removes her legs is so good that you stop noticing it within minutes. Schoenaerts, as a man who communicates mainly through his fists, is a revelation.",
        "Audiard, whose previous film A Prophet was a prison epic, brings the same physical intelligence here. He films the marine park at dusk, the orcas rising behind glass, with a kind of awe, and he films Ali's fights in car parks and back lots with a bluntness that never glamorises them. The score by Alexandre Desplat is used sparingly, and the pop songs on the soundtrack, used for sheer joy in one unforgettable scene, land like a shot of adrenaline. It is a film of skin and sun and salt water, and it made the rest of the competition look pale.",
        "Some will find the final act too much, and it does reach for a crisis. I found it earned. This is a film that believes bodies can heal, and it makes you believe it too.",
    ],
)

# ---------------------------------------------------------------- The Flicker Ledger (text dumps)
add(
    "the-flicker-ledger",
    slug="carpenter-thing-35mm-revival",
    headline="Why We Keep Going Back to the Ice",
    dek="A new 35mm print of John Carpenter's The Thing reminds us how cruel, and how funny, it really is.",
    critic="Wendell Abara",
    date="2019-10-31",
    date_text="Thursday, October 31, 2019",
    info=[
        "Film: The Thing (1982)",
        "Directed by John Carpenter",
        "Written by Bill Lancaster",
        "Cast: Kurt Russell (R.J. MacReady), Wilford Brimley (Blair), Keith David (Childs)",
        "Runtime: 109 min",
        "Our rating: 3.5 stars (out of 4)",
    ],
    grade=("3.5 stars", 87.5),
    score=87.5,
    cases=[
        *DUMP,
        "grade-stars-decimal",
        "headline-without-film",
        "linking-same-title",
        "cast-parenthetical",
    ],
    film=film(
        "the-thing-1982",
        directors=["John Carpenter"],
        writers=["Bill Lancaster"],
        cast=[
            ("Kurt Russell", "R.J. MacReady"),
            ("Wilford Brimley", "Blair"),
            ("Keith David", "Childs"),
        ],
        runtime_minutes=109,
    ),
    paras=[
        "Halloween at the Bijou means a horror revival, and this year the programmers have found a gorgeous 35mm print of John Carpenter's The Thing. If you have only seen it on a television, go. The snow is whiter, the blood is redder and the silences are much, much longer.",
        "The story needs no introduction: an American research team in Antarctica takes in a dog that turns out to be an alien capable of imitating any living thing, and the men begin to suspect one another. Kurt Russell's MacReady emerges as the group's uneasy leader, Wilford Brimley's Blair goes quietly mad with the arithmetic of how fast the thing could spread, and Keith David's Childs glowers at everyone, including us.",
        "What struck me this time was how funny it is. Not jokey, but full of gallows wit: a man watching a severed head grow legs and saying, flatly, 'You've got to be kidding.' The humour sharpens the horror rather than relieving it.",
        "The print itself is worth the price of admission. Dean Cundey's widescreen compositions, which always looked cramped on home video, open up on a cinema screen, and you notice how often Carpenter puts a man at the far edge of the frame, half in shadow, where you cannot quite tell what he is doing. Ennio Morricone's pulsing score sounds almost like a heart monitor through the theatre's speakers. The audience on Tuesday cheered at the defibrillator scene, as audiences always do, and groaned at the dogs. The 2011 prequel, which the Bijou wisely did not pair with this, can stay in its drawer.",
        "I would stop short of calling it perfect. The middle section sags a little once the men are sorted into suspects, and a couple of the crew are so thinly sketched that their deaths register as effects rather than losses. But the ending, two men in the snow, waiting, remains as bleak and as brilliant as anything in the genre.",
    ],
)
add(
    "the-flicker-ledger",
    slug="villeneuve-sequel-2049",
    headline="A Sequel Lost in Its Own Fog",
    dek="Blade Runner 2049 has the look of a masterpiece and the pulse of a screensaver.",
    critic="Wendell Abara",
    date="2017-10-05",
    date_text="Thursday, October 5, 2017",
    info=[
        "Film: Blade Runner 2049",
        "Directed by Denis Villeneuve",
        "Written by Hampton Fancher and Michael Green",
        "Cast: Ryan Gosling (K), Harrison Ford (Rick Deckard), Jared Leto (Niander Wallace)",
        "Running time: 2 hours 44 minutes",
        "Grade: D+",
    ],
    grade=("D+", 33.0),
    score=33,
    cases=[
        *DUMP,
        "grade-letter",
        "headline-without-film",
        "linking-sequel",
        "negative-review",
        "negated-praise",
    ],
    film=film(
        "blade-runner-2049-2017",
        directors=["Denis Villeneuve"],
        writers=["Hampton Fancher", "Michael Green"],
        cast=[
            ("Ryan Gosling", "K"),
            ("Harrison Ford", "Rick Deckard"),
            ("Jared Leto", "Niander Wallace"),
        ],
        runtime_minutes=164,
    ),
    paras=[
        "I want to be clear about one thing before I complain: Blade Runner 2049 is one of the most beautiful films I have ever seen. Roger Deakins's images of snow falling on a grey city, of a ruined Las Vegas glowing orange, of giant statues in the dust, deserve every award they will get.",
        "Now the complaint. The film is two hours and forty-four minutes long, and it contains perhaps ninety minutes of story. Ryan Gosling plays K, a replicant police officer who uncovers evidence of a replicant birth and goes looking for the child, a search that eventually leads him to Harrison Ford's Deckard. Along the way there is a holographic girlfriend, a corporate villain who delivers monologues with his eyes closed, and a lot of walking through doors.",
        "Ridley Scott's original was slow too, but it was dense: every scene was full of texture, odd faces, overheard languages. Denis Villeneuve's sequel is slow and empty. Its characters speak in hushed riddles, and its big revelations land with the weight of plot points rather than feelings. Jared Leto's villain, in particular, is so ponderous that his scenes stop the film dead.",
        "There are individual scenes I liked. A sequence in which K's holographic companion hires a human woman to stand in for her body, so that the two of them can be together, is strange and sad and genuinely new. The fight in Deckard's casino hideout, staged among glitching holograms of old Las Vegas performers, has a playful spark that the rest of the film lacks. But these scenes are islands. Between them are long stretches of characters staring at one another in huge, empty rooms while the score groans, and the effect after the second hour is less awe than numbness.",
        "It is not without its pleasures, and Gosling's blank melancholy suits the material. But I have rarely been so bored by something so lovely.",
    ],
)

# ---------------------------------------------------------------- The Night Projector, fifth page
add(
    "the-night-projector",
    slug="roma-cleo-and-the-sea",
    headline="A Maid, a Family and a Year That Changed Both",
    dek="Cuarón's memory piece is magnificent to look at and curiously hard to feel.",
    critic="Tomasz Reilly",
    date="2018-11-21",
    date_text="November 21, 2018",
    info=[
        "Director: Alfonso Cuarón",
        "Starring: Yalitza Aparicio, Marina de Tavira",
        "Rated R",
        "2h 15m",
    ],
    grade=("★★", 50.0),
    score=50,
    cases=[
        "hashed-classes",
        "comment-thread",
        "json-ld-graph",
        "headline-without-film",
        "grade-stars",
        "mixed-review",
        "faint-praise",
    ],
    film=film(
        "roma-2018",
        directors=["Alfonso Cuarón"],
        cast=[("Yalitza Aparicio", None), ("Marina de Tavira", None)],
        mpaa_rating="R",
        runtime_minutes=135,
    ),
    paras=[
        "Alfonso Cuarón's Roma begins with a long shot of water washing over floor tiles, soap suds sliding back and forth, the reflection of an airplane passing overhead. It lasts several minutes. Whether you find it hypnotic or maddening will tell you a good deal about how you will find the next two hours.",
        "Cleo, a young Mixtec woman, works as a maid for a doctor's family in Mexico City at the start of the 1970s. She cleans, she cooks, she sings the children to sleep. The doctor leaves for a conference in Quebec and does not come back. Cleo falls pregnant, and her boyfriend vanishes. Around them, the city is restless, and a student protest turns into a massacre in the street below a furniture store where Cleo is shopping for a crib.",
        "Yalitza Aparicio, in her first role, has a presence that needs no dialogue. Marina de Tavira, as the abandoned wife, has a drunken scene in a parked car that is painfully good.",
        "And yet I felt held at arm's length throughout. Cuarón's camera pans slowly from one side of a room to the other, observing everything and favouring nothing, and the effect, for me, was of watching a museum of someone else's memories. Two sequences, the street violence and the final scene at the beach, broke through. The rest I admired from a distance.",
        "Part of my difficulty, I think, is the film's politeness toward its own subject. Cleo is observed with enormous care, but she is rarely allowed to want something the film finds inconvenient, and her relationship with the family is resolved with a hug on a beach that feels, to me, too easy for a story about a woman paid to love other people's children. Others in my screening found that ending overwhelming. I found it lovely and incomplete.",
        "Never less than watchable, then, and in moments extraordinary. But I wanted to be closer.",
    ],
    comments=[
        (
            "cdmx_kid",
            "2018-11-21",
            "This is my grandmother's story. Five stars, it made me call her.",
        ),
        ("arthouse_amy", "2018-11-22", "The beach scene alone is a 10/10."),
        ("Ricardo", "2018-11-22", "Respectfully, two stars is absurd. Best film of the year."),
        ("Tomasz Reilly", "2018-11-22", "@Ricardo fair! I am in the minority on this one."),
        ("n8", "2018-11-23", "It's a Netflix movie, I watched it on my phone. 3/5, it was slow."),
    ],
)


def main() -> None:
    for site, reviews in REVIEWS.items():
        render, ext = TEMPLATES[site]
        for review in reviews:
            write(site, review, render(review), ext)


if __name__ == "__main__":
    main()
