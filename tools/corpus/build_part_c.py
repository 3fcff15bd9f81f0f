"""Build part C of the demo corpus: more critics per film, so the demo's aggregates are real.

Parts A and B give every film three reviews; the site scores a film from four. This part adds
publications, each with its own template and several critics, so films reach five or six
reviews from different publications, with raves, pans and mixed notices:

- The Lakeshore Tribune: a regional daily's story page (AP-style dates, JSON-LD NewsArticle,
  newsletter box mid-story), grades as stars out of four in a capsule box after the review.
- Second Reel: three friends' Hugo blog (PaperMod theme), day-first dates, the author in the
  meta line, a letter grade under it on some posts and none on others.
- Kinetoscope Weekly: a film magazine saved as `lynx -dump -nolist` text (lines wrapped at 76
  columns and indented, menus as bullets), grades as x/10, a director/cast/runtime block.

The page data and renderers follow build_part_a (PageSpec, the ``*italic*`` markup, one truth
per page written beside it); re-running rewrites the same bytes.

    uv run python tools/corpus/build_part_c.py
"""

from __future__ import annotations

import html
import json
import textwrap

from build_part_a import (
    FilmFacts,
    PageSpec,
    Publication,
    attr,
    inline_html,
    reader_text,
    wrap,
    write_page,
)

# ---------------------------------------------------------------- The Lakeshore Tribune

TRIBUNE = Publication("lakeshore-tribune", "The Lakeshore Tribune", "html", curly=True)
TRIBUNE_HOME = "https://www.lakeshoretribune.com"
TRIBUNE_TITLES = {
    "Ruth Abernathy": "Tribune film critic",
    "Desmond Achterberg": "Special to the Tribune",
    "Lena Szabo": "Tribune staff writer",
}
TRIBUNE_TRENDING = (
    (
        "Lift bridge repairs to close Harbor Drive for three weekends",
        "news/local/lift-bridge-repairs",
    ),
    ("Perch limits cut again as lake survey finds fewer young fish", "outdoors/perch-limits"),
    ("Eastside library branch reopens with a maker space", "news/local/eastside-library"),
    ("Prep football: Mariners rally past Central in overtime", "sports/prep/mariners-central"),
)


def _tribune_capsule(page: PageSpec) -> str:
    """The capsule after the story: stars, then the facts as the listings desk writes them."""
    rows = "\n".join(
        f'        <li><span class="capsule__label">{html.escape(label)}:</span> {html.escape(value)}</li>'
        for label, value in page.infobox
    )
    stars = ""
    if page.grade_raw is not None:
        stars = f'\n      <p class="capsule__stars" aria-label="Rating">{html.escape(page.grade_raw)}</p>'
    return f"""    <div class="capsule" aria-label="Movie details">
      <h3 class="capsule__title">{html.escape(page.title)}</h3>{stars}
      <ul class="capsule__facts">
{rows}
      </ul>
    </div>"""


def _tribune_body(page: PageSpec) -> str:
    parts: list[str] = []
    for index, markup in enumerate(page.paragraphs):
        parts.append(f"      <p>{inline_html(markup, True, False)}</p>")
        if index == 2:
            parts.append(
                """      <div class="newsletter-inline">
        <p class="newsletter-inline__title">Weekend Pass</p>
        <p class="newsletter-inline__text">Movies, music and things to do around the lake, every Thursday.</p>
        <form action="https://www.lakeshoretribune.com/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email"><button>Sign up</button></form>
      </div>"""
            )
        if index == 4 and page.related:
            teaser, link = page.related[0]
            parts.append(
                f'      <p class="story-link"><b>Read more:</b> <a href="{TRIBUNE_HOME}/{link}">{html.escape(teaser)}</a></p>'
            )
    return "\n".join(parts)


def _tribune_ld(page: PageSpec, url: str) -> str:
    record = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": reader_text(page.headline, True),
        "url": url,
        "datePublished": f"{page.published}T05:00:00-05:00",
        "articleSection": "Movies",
        "author": [{"@type": "Person", "name": page.critic}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "The Lakeshore Tribune",
            "logo": {"@type": "ImageObject", "url": f"{TRIBUNE_HOME}/static/tribune-logo.png"},
        },
        "isAccessibleForFree": True,
    }
    return json.dumps(record, ensure_ascii=False)


def render_tribune(page: PageSpec) -> str:
    """A regional daily's story template: AP-style dateline, newsletter box, capsule at the end."""
    year, month, _ = page.published.split("-")
    url = f"{TRIBUNE_HOME}/entertainment/movies/{year}/{month}/{page.slug}/"
    headline = reader_text(page.headline, True)
    dek = (
        f'\n      <p class="story__dek">{inline_html(page.dek, True, False)}</p>'
        if page.dek
        else ""
    )
    trending = "\n".join(
        f'        <li><a href="{TRIBUNE_HOME}/{link}/">{html.escape(title)}</a></li>'
        for title, link in TRIBUNE_TRENDING
    )
    more = "\n".join(
        f'        <li><a href="{TRIBUNE_HOME}/{link}/">{html.escape(title)}</a></li>'
        for title, link in page.related[1:]
    )
    role = TRIBUNE_TITLES[page.critic]
    critic_slug = page.critic.lower().replace(" ", "-")
    lead = wrap(attr(reader_text(page.dek or page.paragraphs[0], True)[:150]), 200)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>{html.escape(headline)} | The Lakeshore Tribune</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{lead}">
  <meta property="og:site_name" content="The Lakeshore Tribune">
  <meta property="og:title" content="{attr(headline)}">
  <meta property="og:url" content="{url}">
  <meta name="author" content="{attr(page.critic)}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="{TRIBUNE_HOME}/static/css/story.4f1c.css">
  <script type="application/ld+json">{_tribune_ld(page, url)}</script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "entertainment", "storyType": "review"}});</script>
</head>
<body class="story-page">
  <div class="alert-bar">Winter storm watch for the lakeshore counties through Saturday. <a href="{TRIBUNE_HOME}/weather/">Forecast</a></div>
  <header class="site-header">
    <a class="site-header__logo" href="{TRIBUNE_HOME}/">The Lakeshore Tribune</a>
    <nav class="site-header__nav">
      <a href="{TRIBUNE_HOME}/news/">News</a>
      <a href="{TRIBUNE_HOME}/sports/">Sports</a>
      <a href="{TRIBUNE_HOME}/outdoors/">Outdoors</a>
      <a href="{TRIBUNE_HOME}/entertainment/">Entertainment</a>
      <a href="{TRIBUNE_HOME}/opinion/">Opinion</a>
      <a href="{TRIBUNE_HOME}/obituaries/">Obituaries</a>
      <a href="{TRIBUNE_HOME}/classifieds/">Classifieds</a>
    </nav>
    <a class="site-header__cta" href="{TRIBUNE_HOME}/subscribe/">Subscribe for 99&cent;</a>
  </header>
  <main class="story">
    <div class="story__section"><a href="{TRIBUNE_HOME}/entertainment/movies/">Movies</a> &rsaquo; <a href="{TRIBUNE_HOME}/entertainment/movies/reviews/">Reviews</a></div>
    <article>
      <h1 class="story__headline">{inline_html(page.headline, True, False)}</h1>{dek}
      <div class="story__meta">
        <div class="byline">By <a href="{TRIBUNE_HOME}/staff/{critic_slug}/">{html.escape(page.critic)}</a>, <span class="byline__role">{role}</span></div>
        <div class="timestamp">Published 5:00 a.m. CT {page.published_display}</div>
      </div>
      <div class="story__body">
{_tribune_body(page)}
      </div>
{_tribune_capsule(page)}
      <p class="story__contact">Contact the entertainment desk at movies@lakeshoretribune.com.</p>
    </article>
    <section class="more-stories">
      <h2>More from Entertainment</h2>
      <ul>
{more}
      </ul>
    </section>
    <aside class="trending">
      <h2>Trending</h2>
      <ol>
{trending}
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; {year} The Lakeshore Tribune, a division of Inland Seas Media. All rights reserved.</p>
    <p><a href="{TRIBUNE_HOME}/terms/">Terms of Service</a> &middot; <a href="{TRIBUNE_HOME}/privacy/">Privacy Policy</a> &middot; <a href="{TRIBUNE_HOME}/contact/">Contact Us</a> &middot; <a href="{TRIBUNE_HOME}/eedition/">e-Edition</a></p>
  </footer>
</body>
</html>
"""


TRIBUNE.pages += [
    PageSpec(
        slug="review-arrival-is-elegant-but-cold",
        film_id="arrival-2016",
        title="Arrival",
        year=2016,
        headline="Review: 'Arrival' is elegant, brainy and strangely cold",
        dek="Amy Adams plays a linguist decoding visitors from space in Denis Villeneuve's handsome puzzle of a film.",
        critic="Ruth Abernathy",
        published="2016-11-10",
        published_display="Nov. 10, 2016",
        score=50.0,
        grade_raw="2 stars (out of 4)",
        grade_value=50.0,
        infobox=(
            ("Directed by", "Denis Villeneuve"),
            ("Written by", "Eric Heisserer"),
            ("Starring", "Amy Adams, Jeremy Renner, Forest Whitaker, Michael Stuhlbarg"),
            ("Rated", "PG-13 (brief strong language)"),
            ("Running time", "1 hour, 56 minutes"),
            ("Distributor", "Paramount Pictures"),
        ),
        facts=FilmFacts(
            directors=("Denis Villeneuve",),
            writers=("Eric Heisserer",),
            cast=(
                ("Amy Adams", "Louise Banks"),
                ("Jeremy Renner", "Ian Donnelly"),
                ("Forest Whitaker", "Colonel Weber"),
                ("Michael Stuhlbarg", "Agent Halpern"),
            ),
            distributor="Paramount Pictures",
            mpaa_rating="PG-13",
            runtime_minutes=116,
        ),
        related=(
            (
                "Where to see the fall's art-house titles around the lake",
                "entertainment/movies/fall-art-house-guide",
            ),
            (
                "Holiday movie preview: 25 films to watch for",
                "entertainment/movies/holiday-preview-2016",
            ),
            (
                "Symphony's pops season opens with a film-score night",
                "entertainment/music/pops-film-scores",
            ),
        ),
        paragraphs=(
            """Twelve enormous gray shapes, each like a stone skipped across a pond and frozen on its edge, appear over fields and harbors around the world in "Arrival," and nobody knows what they want. The army does what armies do: it calls in an expert. The expert is Louise Banks (Amy Adams), a linguistics professor who lives alone by a lake and who seems to carry a grief she never names.""",
            """For its first hour, Denis Villeneuve's film is as absorbing as any science fiction I have seen in years. Louise and a theoretical physicist, Ian Donnelly (Jeremy Renner), ride a lift into the belly of the craft hovering over Montana and stand before a misty glass wall, behind which two seven-limbed creatures squirt inky circles into the air. Colonel Weber (Forest Whitaker) wants to know whether they are a threat. Louise wants to know what the word "threat" would even mean to them. Those sessions at the glass, patient and eerie, are the best thing in the picture.""",
            """The craft is superb. Bradford Young's photography is all dusk and fog, the late Johann Johannsson's score groans like a ship's hull, and Villeneuve never cheapens the mystery with a battle scene. Adams, in nearly every shot, gives a performance of real intelligence; you can watch her thinking.""",
            """Then the movie reveals what it has been up to, and I found that I admired the trick more than I was moved by it. Eric Heisserer's screenplay, adapted from a short story by Ted Chiang, builds toward a twist about time and memory that recasts the scenes we have watched, and it is cleverly planted. But once the puzzle clicks shut, it leaves Louise less a person than a mechanism for delivering it. The flashes of her daughter, shot in soft golden light, start to feel less like memory than like advertising for feelings.""",
            """The geopolitics are thinner still. A subplot about a hothead soldier and a Chinese general who must be talked down in a single phone call resolves a world crisis with the ease of a sitcom. Renner is likable and has almost nothing to play, and Michael Stuhlbarg's Agent Halpern is a suspicious bureaucrat straight from the stockroom.""",
            """There is a great deal to respect here, and I suspect many viewers will leave the theater in tears. I left it wishing the film trusted its creatures' strangeness as much as it trusts its own cleverness. "Arrival" is a beautiful machine. I never quite believed there was anyone inside it.""",
        ),
    ),
    PageSpec(
        slug="review-cats-is-a-catastrophe-in-fur",
        film_id="cats-2019",
        title="Cats",
        year=2019,
        headline="Review: 'Cats' is a catastrophe in digital fur",
        dek="Tom Hooper's film of the long-running stage musical is a two-hour fever dream nobody asked to have.",
        critic="Lena Szabo",
        published="2019-12-19",
        published_display="Dec. 19, 2019",
        score=25.0,
        grade_raw="1 star (out of 4)",
        grade_value=25.0,
        infobox=(
            ("Directed by", "Tom Hooper"),
            ("Written by", "Lee Hall, Tom Hooper"),
            (
                "Starring",
                "Francesca Hayward, Jennifer Hudson, Judi Dench, Idris Elba, Ian McKellen, Rebel Wilson, James Corden",
            ),
            ("Rated", "PG (some rude and suggestive humor)"),
            ("Running time", "1 hour, 50 minutes"),
            ("Distributor", "Universal Pictures"),
        ),
        facts=FilmFacts(
            directors=("Tom Hooper",),
            writers=("Lee Hall", "Tom Hooper"),
            cast=(
                ("Francesca Hayward", "Victoria"),
                ("Jennifer Hudson", "Grizabella"),
                ("Judi Dench", "Old Deuteronomy"),
                ("Idris Elba", "Macavity"),
                ("Ian McKellen", "Gus"),
                ("Rebel Wilson", "Jennyanydots"),
                ("James Corden", "Bustopher Jones"),
            ),
            distributor="Universal Pictures",
            mpaa_rating="PG",
            runtime_minutes=110,
        ),
        related=(
            (
                "Family guide: what to see with the kids over winter break",
                "entertainment/movies/winter-break-family-guide",
            ),
            (
                "Civic Theatre's 'Nutcracker' is a snowy delight",
                "entertainment/stage/civic-nutcracker-2019",
            ),
            (
                "'Star Wars' finale draws long lines at midnight shows",
                "entertainment/movies/star-wars-midnight",
            ),
        ),
        paragraphs=(
            """There is a moment early in "Cats" when a white kitten named Victoria (Francesca Hayward), dumped in a London alley in a sack, looks up at a dozen dancers with human faces, human hands and fur that shimmers like static on a television, and you realize that she is as frightened as you are. It is the most honest reaction in the movie.""",
            """Andrew Lloyd Webber's stage show, built from T.S. Eliot's light verse about cats, was never a story so much as a parade: one feline after another steps forward to sing about himself, and at the end one of them is chosen to ascend to something called the Heaviside Layer to be reborn. On stage, in leg warmers and wigs, the conceit works because nobody pretends. Director Tom Hooper, who co-wrote the screenplay with Lee Hall, has tried to make it real, and the result is a gallery of creatures that are neither people nor animals, padding through sets built at an oversized scale so that every fork and milk bottle looms.""",
            """The cast is enormous and uniformly stranded. Rebel Wilson, as Jennyanydots, unzips her own fur to reveal more fur, then eats a cockroach with a human face. James Corden, as the portly Bustopher Jones, mugs through a song about his appetite. Idris Elba's Macavity, a villain who spends much of the film kidnapping rivals by making them vanish, appears to have been sculpted from damp velvet. Ian McKellen, as the elderly theater cat Gus, laps milk from a saucer with the commitment of a man who has played Lear, which somehow makes it sadder.""",
            """Judi Dench presides as Old Deuteronomy, a matriarch who at the end turns to the camera and addresses the audience directly about how a cat is not a dog. By then I had stopped asking why.""",
            """There are two things to salvage. Hayward, a principal dancer with the Royal Ballet, moves beautifully when the camera lets her, and Jennifer Hudson, as the outcast Grizabella, sings "Memory" with such raw, trembling force that for four minutes the movie nearly earns its tears. Then the song ends, and we are back among the whiskers.""",
            """Hooper's direction favors frantic cutting over the long takes that would let the dancing breathe, and the visual effects, reportedly still being finished days before release, give everyone the sheen of a screensaver. The result is not fun-bad, at least not for long. It is simply long, and loud, and very, very furry.""",
        ),
    ),
    PageSpec(
        slug="review-mad-max-fury-road-roars",
        film_id="mad-max-fury-road-2015",
        title="Mad Max: Fury Road",
        year=2015,
        headline="Review: 'Mad Max: Fury Road' is the action movie of the decade",
        dek="George Miller returns to the wasteland at 70 and leaves every younger director in the dust.",
        critic="Desmond Achterberg",
        published="2015-05-14",
        published_display="May 14, 2015",
        score=100.0,
        grade_raw="4 stars (out of 4)",
        grade_value=100.0,
        infobox=(
            ("Directed by", "George Miller"),
            ("Written by", "George Miller, Brendan McCarthy, Nico Lathouris"),
            ("Starring", "Tom Hardy, Charlize Theron, Nicholas Hoult, Hugh Keays-Byrne"),
            ("Rated", "R (intense sequences of violence throughout, and disturbing images)"),
            ("Running time", "2 hours"),
            ("Distributor", "Warner Bros. Pictures"),
        ),
        facts=FilmFacts(
            directors=("George Miller",),
            writers=("George Miller", "Brendan McCarthy", "Nico Lathouris"),
            cast=(
                ("Tom Hardy", "Max Rockatansky"),
                ("Charlize Theron", "Imperator Furiosa"),
                ("Nicholas Hoult", "Nux"),
                ("Hugh Keays-Byrne", "Immortan Joe"),
            ),
            distributor="Warner Bros. Pictures",
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        related=(
            (
                "Summer movie guide: the sequels, the reboots and the surprises",
                "entertainment/movies/summer-guide-2015",
            ),
            (
                "Drive-in season opens early at the Starlite",
                "entertainment/movies/starlite-drive-in-opens",
            ),
            (
                "Q&A: The stunt driver from Ashport who worked on three blockbusters",
                "entertainment/movies/ashport-stunt-driver",
            ),
        ),
        paragraphs=(
            """About twenty minutes into "Mad Max: Fury Road," a convoy of armored cars, dune buggies and a truck carrying a wall of amplifiers and a blind guitarist whose instrument shoots flames drives straight into a sandstorm the size of a mountain range. Lightning forks, cars spin up into the funnel and come apart in midair, and a young fanatic screams with joy about what a lovely day it is. I wrote in my notebook, in letters that slope off the page, "How did they do this?" I am still not sure.""",
            """George Miller, who made the first three "Mad Max" pictures in the 1980s and then went off to direct talking pigs and dancing penguins, has come back to the desert with a film that is essentially one long chase, there and back again, and it is the most exhilarating piece of moviemaking I have seen in years.""",
            """Tom Hardy takes over from Mel Gibson as Max Rockatansky, a haunted loner who spends the first act strapped to the hood of a car as a living blood bag for Nux (Nicholas Hoult), a pale, tumor-ridden War Boy desperate to die gloriously. Hardy says perhaps two dozen lines, most of them grunts, and it is enough. The story belongs to Imperator Furiosa (Charlize Theron), a one-armed driver who steals a tanker truck and the five young wives of the warlord Immortan Joe (Hugh Keays-Byrne) and heads for a green place she remembers from her childhood. Theron, head shaved and face smeared with engine grease, gives the film its wounded heart.""",
            """What makes it more than a demolition derby is clarity. Miller and his editor, Margaret Sixel, keep the action centered in the frame so that the eye always knows where to go, and almost everything you see, from the pole vaulters swinging between moving vehicles to the crashes, was done for real, with digital help reserved for the skies and the landscapes. John Seale's photography pushes the desert into a blazing orange and the nights into an unearthly blue.""",
            """It is also, quietly, a film with ideas. Joe hoards water and breeds sons for war; the women he treats as property are the ones who bring the world back to life. Miller does not lecture. He lets you feel the stakes in the faces of the wives, in a grandmother guarding a bag of seeds, in a dying boy who finally asks to be witnessed.""",
            """Take the biggest screen you can find and sit close. This is what movies were invented for.""",
        ),
    ),
    PageSpec(
        slug="review-lady-bird-flies-home",
        film_id="lady-bird-2017",
        title="Lady Bird",
        year=2017,
        headline="Review: 'Lady Bird' is a prickly, funny valentine to home",
        dek="Saoirse Ronan and Laurie Metcalf go to war and make peace in Greta Gerwig's Sacramento comedy.",
        critic="Lena Szabo",
        published="2017-11-16",
        published_display="Nov. 16, 2017",
        score=87.5,
        grade_raw="3½ stars (out of 4)",
        grade_value=87.5,
        infobox=(
            ("Written and directed by", "Greta Gerwig"),
            (
                "Starring",
                "Saoirse Ronan, Laurie Metcalf, Tracy Letts, Lucas Hedges, Timothée Chalamet, Beanie Feldstein",
            ),
            ("Rated", "R (language, sexual content, brief graphic nudity and teen partying)"),
            ("Running time", "1 hour, 34 minutes"),
            ("Distributor", "A24"),
        ),
        facts=FilmFacts(
            directors=("Greta Gerwig",),
            writers=("Greta Gerwig",),
            cast=(
                ("Saoirse Ronan", "Christine McPherson"),
                ("Laurie Metcalf", "Marion"),
                ("Tracy Letts", "Larry"),
                ("Lucas Hedges", "Danny"),
                ("Timothée Chalamet", "Kyle"),
                ("Beanie Feldstein", "Julie"),
            ),
            distributor="A24",
            mpaa_rating="R",
            runtime_minutes=94,
        ),
        related=(
            (
                "Ashport High's theater kids stage 'Merrily We Roll Along'",
                "entertainment/stage/ashport-high-merrily",
            ),
            (
                "Thanksgiving weekend at the movies: what's opening",
                "entertainment/movies/thanksgiving-openings-2017",
            ),
            (
                "The best coming-of-age films to stream right now",
                "entertainment/movies/coming-of-age-streaming",
            ),
        ),
        paragraphs=(
            """"Lady Bird" opens with a mother and daughter crying together in a car over the last chapter of an audiobook of "The Grapes of Wrath," and within a minute they are fighting about college, and within two the daughter has opened the passenger door and thrown herself out onto the road. It is that kind of family, and that kind of movie: tender and furious in the same breath, and very funny about both.""",
            """The daughter is Christine McPherson (Saoirse Ronan), a senior at a Catholic high school in Sacramento in the fall of 2002 who insists that everyone call her Lady Bird, a name she gave herself. She has a cast on her arm from that fall, a best friend named Julie (Beanie Feldstein) who shares her taste for communion wafers eaten as snacks, and a burning conviction that real life happens somewhere else, preferably in New York, "where culture is," as she puts it.""",
            """Her mother, Marion (Laurie Metcalf), a psychiatric nurse working double shifts while her husband, Larry (Tracy Letts), quietly loses his job, thinks this is ingratitude. She is not entirely wrong. Metcalf is extraordinary here, letting us see how much love is packed into every cutting remark, and how much fear. Letts, as the gentle father who tries to referee, breaks your heart with very little.""",
            """Greta Gerwig, who grew up in Sacramento and wrote the script, is making her solo directing debut, and she has a novelist's eye for the small humiliations of being seventeen: a first boyfriend, Danny (Lucas Hedges), who turns out to have a secret of his own; a second, Kyle (Timothée Chalamet), a languid guitarist who reads Howard Zinn and is too cool for nearly everything, including her; the school musical; the prom. None of it is new. All of it feels specific and true.""",
            """Ronan, with her natural Irish lilt tamped down into a flat valley drawl, makes Lady Bird obnoxious, brave and lovable at once, and she never asks for our sympathy. The movie is brisk, barely an hour and a half, and occasionally its episodes feel clipped, as if Gerwig had more scenes than she could fit.""",
            """That is a small complaint about a film this alive. By the end, when Lady Bird finally looks at her hometown with something like gratitude, the city seems to glow, and you may find yourself thinking about the person who drove you to school every morning and what you never said to them.""",
        ),
    ),
    PageSpec(
        slug="review-parasite-bong-joon-ho-masterpiece",
        film_id="parasite-2019",
        title="Parasite",
        year=2019,
        headline="Review: 'Parasite' is a nimble, savage masterpiece",
        dek="Bong Joon Ho's tale of two families, one upstairs and one down, is the best film of the year.",
        critic="Ruth Abernathy",
        published="2019-10-17",
        published_display="Oct. 17, 2019",
        score=100.0,
        grade_raw="4 stars (out of 4)",
        grade_value=100.0,
        infobox=(
            ("Directed by", "Bong Joon Ho"),
            ("Written by", "Bong Joon Ho, Han Jin-won"),
            ("Starring", "Song Kang-ho, Lee Sun-kyun, Cho Yeo-jeong, Choi Woo-shik, Park So-dam"),
            ("Rated", "R (language, some violence and sexual content)"),
            ("Running time", "2 hours, 12 minutes"),
            ("Distributor", "Neon"),
            ("Language", "In Korean with English subtitles"),
        ),
        facts=FilmFacts(
            directors=("Bong Joon Ho",),
            writers=("Bong Joon Ho", "Han Jin-won"),
            cast=(
                ("Song Kang-ho", "Ki-taek"),
                ("Lee Sun-kyun", "Park Dong-ik"),
                ("Cho Yeo-jeong", "Mrs. Park"),
                ("Choi Woo-shik", "Ki-woo"),
                ("Park So-dam", "Ki-jung"),
            ),
            distributor="Neon",
            mpaa_rating="R",
            runtime_minutes=132,
        ),
        related=(
            (
                "Film society's fall series spotlights Korean cinema",
                "entertainment/movies/film-society-korean-series",
            ),
            (
                "Harvest fest, haunted trails and more things to do this weekend",
                "entertainment/things-to-do/harvest-weekend",
            ),
            (
                "Review: 'Jojo Rabbit' can't decide what it is",
                "entertainment/movies/review-jojo-rabbit",
            ),
        ),
        paragraphs=(
            """The Kims live below the street. Their half-basement apartment in Seoul looks up through one window at a patch of sidewalk where drunks stop to relieve themselves, and the family's most reliable source of Wi-Fi is a corner by the toilet. The Parks live on a hill, in a glass-and-concrete house designed by a famous architect, with a lawn as green as a billiard table. "Parasite," the astonishing new film from Bong Joon Ho, is about what happens when the first family climbs, one by one, into the second family's home.""",
            """It begins as a caper. The son, Ki-woo (Choi Woo-shik), is recommended as an English tutor for the Parks' teenage daughter, and once inside he sees opportunity everywhere. Soon his sister, Ki-jung (Park So-dam), is posing as an art therapist for the Parks' hyperactive little boy, and their father, Ki-taek (Song Kang-ho), and mother are maneuvering toward the jobs of chauffeur and housekeeper, by means I won't spoil except to say that they involve a peach.""",
            """Bong stages these early schemes with the snap of a great heist comedy, and the cast is a delight. Cho Yeo-jeong, as the credulous Mrs. Park, is wonderfully funny; Lee Sun-kyun, as her husband, Park Dong-ik, is polite, successful and quietly repelled by the smell of the people who work for him. Song, one of the finest actors alive, lets that smell become a wound you can see spreading behind his eyes.""",
            """Then, on a stormy night halfway through, the doorbell rings, and the film turns into something else entirely. I will say nothing about what follows, except that it is a thriller, a horror movie and a tragedy by turns, and that every turn seems, in hindsight, inevitable. Bong has built the house itself as an argument: staircases lead down and down, and a flood that is a nuisance for the rich is a catastrophe for the poor.""",
            """What keeps it from being a sermon is Bong's sympathy. Nobody here is a cartoon. The Parks are not monsters, just people who have never had to notice anyone beneath them, and the Kims are not saints. The comedy and the horror come from the same place: the plain, brutal arithmetic of who gets to live upstairs.""",
            """I have seen "Parasite" twice now, and it was better the second time. Go, and go without reading more about it than this.""",
        ),
    ),
    PageSpec(
        slug="review-moonlight-three-chapters",
        film_id="moonlight-2016",
        title="Moonlight",
        year=2016,
        headline="Review: 'Moonlight' lingers, in three hushed chapters",
        dek="Barry Jenkins follows a boy from Miami's Liberty City into manhood, and finds grace in silence.",
        critic="Desmond Achterberg",
        published="2016-11-03",
        published_display="Nov. 3, 2016",
        score=75.0,
        grade_raw="3 stars (out of 4)",
        grade_value=75.0,
        infobox=(
            ("Directed by", "Barry Jenkins"),
            (
                "Starring",
                "Trevante Rhodes, Ashton Sanders, Alex R. Hibbert, Mahershala Ali, Naomie Harris, Janelle Monáe, André Holland",
            ),
            ("Rated", "R (some sexuality, drug use, brief violence, and language throughout)"),
            ("Running time", "1 hour, 51 minutes"),
            ("Distributor", "A24"),
        ),
        facts=FilmFacts(
            directors=("Barry Jenkins",),
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
        ),
        related=(
            (
                "Art house on Fourth Street adds a second screen",
                "entertainment/movies/fourth-street-second-screen",
            ),
            (
                "Fall movie guide: the awards contenders arriving in town",
                "entertainment/movies/fall-awards-guide-2016",
            ),
            (
                "Poetry slam finals return to the Grange Hall",
                "entertainment/books/poetry-slam-finals",
            ),
        ),
        paragraphs=(
            """The first chapter of "Moonlight" is called "Little," which is what the neighborhood kids call a skinny, silent boy (Alex R. Hibbert) whom they chase through the housing projects of Liberty City, Miami. He hides in an abandoned apartment, and the man who finds him there is Juan (Mahershala Ali), a drug dealer with a soft voice and a big car who takes the boy home, feeds him, and, one sunlit afternoon, teaches him to float in the ocean, cradling his head in the water like a baptism.""",
            """That scene is among the most beautiful I have seen this year, and Ali, in maybe fifteen minutes of screen time, makes Juan unforgettable: a kind man who knows, and cannot bear to admit, that the drugs he sells are destroying the boy's mother, Paula (Naomie Harris).""",
            """Barry Jenkins, adapting a play by Tarell Alvin McCraney, follows the boy through two more stages of his life. As a teenager called by his given name, Chiron (Ashton Sanders), he is bullied at school, neglected at home and drawn to his only friend, Kevin, in a night on the beach that changes both of them. As a grown man who calls himself Black (Trevante Rhodes), he has rebuilt himself into a muscled, gold-toothed dealer in Atlanta, until a phone call from Kevin (now played by André Holland) brings him back to Miami.""",
            """Jenkins and his cinematographer, James Laxton, bathe everything in saturated color, turquoise and pink and a blue that seems to glow from within, and the three actors who play Chiron, who never met during the shoot, share a wary, downcast gaze that makes them feel like one person. Janelle Monáe brings warmth as Juan's girlfriend, Teresa, who keeps a room for the boy when home is impossible.""",
            """My reservations are about shape. The middle chapter leans on an act of school violence that feels more schematic than the rest, and Harris, an actress of real subtlety, is asked to play Paula's addiction in broad, shrieking strokes that the film's gentler register cannot absorb. The final chapter, a long, tentative reunion in a diner, is lovely but stretched so thin that its silences sometimes read as withholding rather than feeling.""",
            """Still, it is rare to see a film so patient, so unwilling to explain, so sure that a glance can carry a lifetime. "Moonlight" is not perfect. It is something scarcer: a movie that looks at a person the world refuses to see, and does not look away.""",
        ),
    ),
    PageSpec(
        slug="review-oldboy-remake-misses-the-point",
        film_id="oldboy-2013",
        title="Oldboy",
        year=2013,
        headline="Review: Spike Lee's 'Oldboy' remake misses the point, and the punch",
        dek="Josh Brolin hammers away, but this American copy of a Korean cult thriller is all bruise and no sting.",
        critic="Desmond Achterberg",
        published="2013-11-27",
        published_display="Nov. 27, 2013",
        score=25.0,
        grade_raw="1 star (out of 4)",
        grade_value=25.0,
        infobox=(
            ("Directed by", "Spike Lee"),
            ("Written by", "Mark Protosevich"),
            ("Starring", "Josh Brolin, Elizabeth Olsen, Sharlto Copley, Samuel L. Jackson"),
            (
                "Rated",
                "R (strong disturbing violence, some grisly images, sexual content, nudity and language)",
            ),
            ("Running time", "1 hour, 44 minutes"),
            ("Distributor", "FilmDistrict"),
        ),
        facts=FilmFacts(
            directors=("Spike Lee",),
            writers=("Mark Protosevich",),
            cast=(
                ("Josh Brolin", "Joe Doucett"),
                ("Elizabeth Olsen", "Marie"),
                ("Sharlto Copley", "Adrian"),
                ("Samuel L. Jackson", "Chaney"),
            ),
            distributor="FilmDistrict",
            mpaa_rating="R",
            runtime_minutes=104,
        ),
        related=(
            (
                "Black Friday at the box office: five movies battle for families",
                "entertainment/movies/black-friday-box-office",
            ),
            ("Why Hollywood keeps buying foreign hits", "entertainment/movies/hollywood-remakes"),
            (
                "Review: 'Philomena' is a gentle, witty road trip",
                "entertainment/movies/review-philomena",
            ),
        ),
        paragraphs=(
            """A man wakes up in a locked room that looks like a cheap motel suite. There is a bed, a television, a slot in the door through which meals arrive. He stays there for twenty years. Nobody tells him why. That premise, lifted from Park Chan-wook's ferocious 2003 Korean thriller and, before that, a Japanese comic, is still a killer. Spike Lee's remake of "Oldboy" manages to make it feel like a chore.""",
            """Josh Brolin plays Joe Doucett, an advertising salesman so boorish in the opening scenes (he drinks through a meeting, leers at a client's wife and skips his toddler's birthday) that his abduction almost feels like a public service. In captivity he learns on the news that his ex-wife has been murdered and that he is the suspect; he drinks, he shadowboxes, he fills notebooks with letters to the daughter he never knew. Brolin throws himself at it, gaining weight and then sweating it off, and he is the best thing in the film.""",
            """Released as abruptly as he was taken, Joe sets out to find his jailer, with help from a young aid worker named Marie (Elizabeth Olsen) and a bar-owning buddy. Samuel L. Jackson turns up as Chaney, the dandyish proprietor of the private prison, in a platinum mohawk, and gets his neck sliced for his trouble. The mastermind, Adrian (Sharlto Copley), is a giggling plutocrat with an accent from nowhere, and Copley plays him so broadly that every scene with him deflates.""",
            """Lee restages the original's famous hallway brawl, in which the hero takes on a small army with a hammer, and even extends it across two floors. It is competently choreographed and completely airless, a homage that shows you the seams. The same goes for the movie's notorious revelations, which Mark Protosevich's screenplay keeps mostly intact and yet somehow drains of shock. What was operatic in Park's film here plays as lurid, then as silly.""",
            """The question that hangs over every frame is why Lee, a director with a fierce voice of his own, took this job. There is no trace of Brooklyn here, no argument, no music. It is grim and handsome and curiously hollow, a film that was reportedly cut down by its studio and feels it.""",
            """If you have seen the original, you will spend the running time noting what has been lost. If you haven't, skip this and find that one instead.""",
        ),
    ),
    PageSpec(
        slug="review-rust-and-bone-cotillard",
        film_id="rust-and-bone-2012",
        title="Rust and Bone",
        year=2012,
        headline="Review: Cotillard is fierce in the overheated 'Rust and Bone'",
        dek="Jacques Audiard's melodrama of a maimed whale trainer and a brawler has great acting and too much plot.",
        critic="Ruth Abernathy",
        published="2012-12-20",
        published_display="Dec. 20, 2012",
        score=62.5,
        grade_raw="2½ stars (out of 4)",
        grade_value=62.5,
        infobox=(
            ("Directed by", "Jacques Audiard"),
            ("Written by", "Jacques Audiard, Thomas Bidegain"),
            ("Starring", "Marion Cotillard, Matthias Schoenaerts, Armand Verdure, Corinne Masiero"),
            ("Rated", "R (strong violent and sexual content, brief graphic nudity and language)"),
            ("Running time", "2 hours"),
            ("Distributor", "Sony Pictures Classics"),
            ("Language", "In French with English subtitles"),
        ),
        facts=FilmFacts(
            directors=("Jacques Audiard",),
            writers=("Jacques Audiard", "Thomas Bidegain"),
            cast=(
                ("Marion Cotillard", "Stéphanie"),
                ("Matthias Schoenaerts", "Ali"),
                ("Armand Verdure", "Sam"),
                ("Corinne Masiero", None),
            ),
            distributor="Sony Pictures Classics",
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        related=(
            (
                "Holiday movies: a guide for every kind of moviegoer",
                "entertainment/movies/holiday-guide-2012",
            ),
            (
                "Aquarium's new beluga habitat opens to the public",
                "news/local/aquarium-beluga-habitat",
            ),
            (
                "Foreign-language Oscar race: the contenders",
                "entertainment/movies/foreign-language-oscar-race",
            ),
        ),
        paragraphs=(
            """Marion Cotillard spends much of "Rust and Bone" without the lower half of her legs, and the film's great technical feat, seamless digital work that removes them, is quickly forgotten because her performance makes you believe it utterly. She plays Stéphanie, a trainer of killer whales at a marine park on the French Riviera, who is maimed when one of the animals crashes onto the stage during a show. What follows, as she learns to live in a wheelchair and then on prosthetics, is sometimes wrenching and sometimes merely heavy.""",
            """Her unlikely companion is Ali (Matthias Schoenaerts), a hulking, broke drifter who has come south from Belgium with his 5-year-old son, Sam (Armand Verdure), to sleep on his sister Anna's couch. Ali works as a nightclub bouncer and security guard, then earns cash in bare-knuckle fights in parking lots. He is careless with his son, careless with women, careless with nearly everything, and he treats Stéphanie's injury with a bluntness that turns out to be a kind of gift: he takes her swimming, and he sleeps with her because she asks, and he does not pity her.""",
            """Director Jacques Audiard, who made the superb prison drama "A Prophet," has a gift for bodies in motion, and there are sequences here of startling beauty: Stéphanie on her balcony, rehearsing her old hand signals to music, or back at the park, pressing her palm to the glass as the orca glides up to meet it. Schoenaerts, a slab of a man with a surprising delicacy, matches Cotillard scene for scene.""",
            """But Audiard and his co-writer, Thomas Bidegain, adapting stories by the Canadian writer Craig Davidson, cannot leave well enough alone. The second half piles on a subplot about hidden surveillance cameras at Anna's supermarket job, a bitter family rupture and finally an accident on a frozen lake that is shot like a thriller and plays like a contrivance. Each new calamity is there to teach Ali a lesson, and by the end the film has become his redemption story, with Stéphanie pushed gently to the side.""",
            """I admired it more than I enjoyed it. The two leads are worth the ticket, and several scenes will stay with me. I only wish Audiard trusted them enough to stop throwing things in their way.""",
        ),
    ),
    PageSpec(
        slug="review-whiplash-drums-up-a-storm",
        film_id="whiplash-2014",
        title="Whiplash",
        year=2014,
        headline="Review: 'Whiplash' drums up a storm",
        dek="Miles Teller and a terrifying J.K. Simmons turn a music-school drama into a thriller.",
        critic="Lena Szabo",
        published="2014-10-16",
        published_display="Oct. 16, 2014",
        score=87.5,
        grade_raw="3½ stars (out of 4)",
        grade_value=87.5,
        infobox=(
            ("Written and directed by", "Damien Chazelle"),
            ("Starring", "Miles Teller, J.K. Simmons, Paul Reiser, Melissa Benoist"),
            ("Rated", "R (strong language including some sexual references)"),
            ("Running time", "1 hour, 47 minutes"),
            ("Distributor", "Sony Pictures Classics"),
        ),
        facts=FilmFacts(
            directors=("Damien Chazelle",),
            writers=("Damien Chazelle",),
            cast=(
                ("Miles Teller", "Andrew Neiman"),
                ("J.K. Simmons", "Terence Fletcher"),
                ("Paul Reiser", "Jim"),
                ("Melissa Benoist", "Nicole"),
            ),
            distributor="Sony Pictures Classics",
            mpaa_rating="R",
            runtime_minutes=107,
        ),
        related=(
            (
                "Jazz at the Pier returns with a big-band weekend",
                "entertainment/music/jazz-at-the-pier",
            ),
            (
                "Lakeshore State's music school marks 100 years",
                "news/education/lakeshore-state-music-centennial",
            ),
            (
                "Review: 'Birdman' flies high on Michael Keaton's nerve",
                "entertainment/movies/review-birdman",
            ),
        ),
        paragraphs=(
            """I have seen plenty of movies about boxers and soldiers that were less violent than "Whiplash," a film in which nobody fires a gun and the most dangerous weapon is a folding chair. It is about a drummer and his teacher, and it plays like a war movie, which is both its great strength and the reason some viewers will leave it shaken and a little queasy.""",
            """The drummer is Andrew Neiman (Miles Teller), a 19-year-old first-year student at an elite Manhattan conservatory who practices until his hands bleed into the cymbals. The teacher is Terence Fletcher (J.K. Simmons), a bald, black-clad conductor who runs the school's top jazz band like a drill sergeant, and whose idea of instruction is to hurl furniture at a student's head and then slap him in time to the music while demanding to know whether he was rushing or dragging.""",
            """Simmons, an actor we have mostly known as a gruff dad or a dependable cop, is a revelation. Fletcher is monstrous, but he is also funny, seductive and, in flashes, disarmingly gentle, and Simmons keeps you guessing which version will walk into the rehearsal room. Teller matches him, playing Andrew as a kid whose ambition curdles into something close to madness. He does much of his own drumming, and you can see every ounce of it on his face.""",
            """Writer-director Damien Chazelle, who was himself a jazz drummer in a high-pressure high school band, shoots the rehearsals like action sequences, with whip pans between musicians, close-ups of spit valves and sweat hitting the snare, and cuts that land on the beat. The film runs a lean hour and three-quarters, and it never slackens. Paul Reiser is quietly touching as Andrew's father, Jim, a failed writer who just wants his son to be happy, and Melissa Benoist is sweet as Nicole, the girlfriend Andrew dumps because she would only slow him down.""",
            """You may argue with where the film lands. Its climax, a concert performance of mounting ferocity, can be read as a triumph for Fletcher's methods or as an indictment of them, and Chazelle is careful not to tell you which. I found that ambiguity bracing rather than evasive.""",
            """What I cannot argue with is the final ten minutes, which are as thrilling as anything in a movie theater this year. You will walk out with your pulse keeping time.""",
        ),
    ),
    PageSpec(
        slug="review-cronenberg-crash-cold-metal",
        film_id="crash-1996",
        title="Crash",
        year=1996,
        headline="Review: Cronenberg's 'Crash' is cold metal and colder flesh",
        dek="The NC-17 adaptation of J.G. Ballard's novel about car-wreck fetishists arrives at last. It is not worth the wait.",
        critic="Ruth Abernathy",
        published="1997-03-21",
        published_display="March 21, 1997",
        score=37.5,
        grade_raw="1½ stars (out of 4)",
        grade_value=37.5,
        infobox=(
            ("Directed by", "David Cronenberg"),
            ("Written by", "David Cronenberg"),
            (
                "Starring",
                "James Spader, Holly Hunter, Elias Koteas, Deborah Kara Unger, Rosanna Arquette",
            ),
            ("Rated", "NC-17 (numerous explicit sex scenes and strong language)"),
            ("Running time", "1 hour, 40 minutes"),
            ("Distributor", "Fine Line Features"),
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
            distributor="Fine Line Features",
            mpaa_rating="NC-17",
            runtime_minutes=100,
        ),
        related=(
            (
                "Ratings board under fire again over NC-17",
                "entertainment/movies/ratings-board-nc17",
            ),
            (
                "Spring at the Bijou: the repertory calendar",
                "entertainment/movies/bijou-spring-calendar",
            ),
            (
                "State troopers step up highway patrols for spring break",
                "news/state/spring-break-patrols",
            ),
        ),
        paragraphs=(
            """David Cronenberg's "Crash," which won a special jury prize at Cannes last May "for originality, for daring and for audacity" and has spent the months since tangled in a distribution fight, is finally opening in a handful of theaters, carrying an NC-17 rating and a reputation as the most shocking film of the decade. The shock, it turns out, wears off in about twenty minutes. What remains is a long, chilly, humorless exercise that mistakes monotony for provocation.""",
            """James Spader plays James Ballard, a television producer who shares an open, oddly bloodless marriage with his wife, Catherine (Deborah Kara Unger). The two swap accounts of their infidelities the way other couples discuss the weather. Then James has a head-on collision on a Toronto highway that kills a man and injures the man's wife, Helen Remington (Holly Hunter), a doctor, and the wreck awakens something in both survivors. Soon they are having sex in parked cars near the airport and falling in with Vaughan (Elias Koteas), a scarred prophet who stages re-creations of celebrity car deaths for paying audiences and believes the automobile crash is the erotic event of the future.""",
            """That is more or less the whole story. Cronenberg, adapting J.G. Ballard's notorious 1973 novel, arranges it as a series of couplings, in back seats, in a car wash, in a body shop, among the braces and scar tissue of Gabrielle (Rosanna Arquette), a crash survivor in a leg brace that looks like a medieval instrument. The actors, directed to speak in murmurs and move as if sedated, give us nothing to hold on to. Koteas has a certain feral conviction, and Hunter, of all the cast, suggests a human being somewhere behind the detachment.""",
            """I do not doubt Cronenberg's seriousness. He has spent twenty years making films about how technology invades the body, and the best of them, "The Fly" and "Dead Ringers," were as moving as they were grotesque. Peter Suschitzky's photography of freeway interchanges has a steely beauty, and Howard Shore's score, all twanging guitars, is genuinely unsettling.""",
            """But where those films had characters we cared about, "Crash" has mannequins, and where they had a sense of dread, this one has only a sense of repetition. Its much-discussed sex scenes are not erotic and not disturbing, just clinical, and after the fifth or sixth of them I was checking my watch. An artist is entitled to make a cold film about cold people. He is not entitled to make it this dull.""",
        ),
    ),
    PageSpec(
        slug="review-crash-haggis-los-angeles",
        film_id="crash-2004",
        title="Crash",
        year=2004,
        headline="Review: In 'Crash,' Los Angeles collides with itself",
        dek="Paul Haggis's ensemble drama about race and fear is heavy-handed at times, and powerful anyway.",
        critic="Desmond Achterberg",
        published="2005-05-05",
        published_display="May 5, 2005",
        score=75.0,
        grade_raw="3 stars (out of 4)",
        grade_value=75.0,
        infobox=(
            ("Directed by", "Paul Haggis"),
            ("Written by", "Paul Haggis, Bobby Moresco"),
            (
                "Starring",
                "Sandra Bullock, Don Cheadle, Matt Dillon, Terrence Howard, Thandie Newton, Ryan Phillippe, Michael Peña",
            ),
            ("Rated", "R (language, sexual content and some violence)"),
            ("Running time", "1 hour, 52 minutes"),
            ("Distributor", "Lions Gate Films"),
        ),
        facts=FilmFacts(
            directors=("Paul Haggis",),
            writers=("Paul Haggis", "Bobby Moresco"),
            cast=(
                ("Sandra Bullock", "Jean"),
                ("Don Cheadle", "Graham"),
                ("Matt Dillon", "Officer Ryan"),
                ("Terrence Howard", "Cameron"),
                ("Thandie Newton", "Christine"),
                ("Ryan Phillippe", "Officer Hansen"),
                ("Michael Peña", "Daniel"),
            ),
            distributor="Lions Gate Films",
            mpaa_rating="R",
            runtime_minutes=112,
        ),
        related=(
            (
                "'Kingdom of Heaven' leads a crowded weekend",
                "entertainment/movies/weekend-preview-kingdom",
            ),
            (
                "Community forum on policing draws 300 to Central High",
                "news/local/policing-forum-central",
            ),
            ("Review: 'Millions' is a small miracle", "entertainment/movies/review-millions"),
        ),
        paragraphs=(
            """Nobody in "Crash" is allowed to stay in a single box for long, and that is the source of both its power and its occasional clumsiness. Paul Haggis, who wrote "Million Dollar Baby" and is directing a feature for the first time here, has built a mosaic of Los Angeles over about thirty-six hours in which strangers ram into one another, sometimes literally, and nearly every collision exposes a prejudice the characters would deny they hold.""",
            """A district attorney's wife, Jean (Sandra Bullock), is carjacked by two young black men and spends the rest of the film snapping at everyone, including the Latino locksmith, Daniel (Michael Peña), who changes her locks. A detective, Graham (Don Cheadle), juggles a murder case with a mother who blames him for his brother's troubles. A veteran cop, Officer Ryan (Matt Dillon), pulls over a well-off black couple, the TV director Cameron (Terrence Howard) and his wife, Christine (Thandie Newton), and humiliates her with a search while Cameron stands by, powerless. Ryan's young partner, Officer Hansen (Ryan Phillippe), is appalled and asks for a transfer.""",
            """Haggis's design is to let each of these people surprise us. The racist cop turns up, the next day, at a flaming car wreck, and the scene in which he crawls in to save a woman who despises him is the most gripping in the film. The decent young officer, meanwhile, finds that decency has limits he did not know about. Dillon has never been better, and Newton and Howard, in a marriage cracked open by a single traffic stop, are wrenching.""",
            """The device strains, at times, under its own neatness. The coincidences multiply until the city feels the size of a small town, and a few characters speak their resentments in speeches rather than dialogue, as if Haggis feared we might miss the point. A subplot involving a Persian shopkeeper and a gun is built like a trap, and you can hear its springs creak well before it snaps shut.""",
            """But then comes a scene like the one in which Peña's locksmith tells his frightened little daughter about an invisible cloak that will protect her from bullets, and the film's heart overwhelms its mechanics. I was moved, repeatedly, and I suspect most audiences will be. "Crash" is not subtle. It is honest about how quickly fear makes strangers of us, and it is hard to shake.""",
        ),
    ),
    PageSpec(
        slug="review-drive-gosling-neon-noir",
        film_id="drive-2011",
        title="Drive",
        year=2011,
        headline="Review: Ryan Gosling steers 'Drive' into neon-noir glory",
        dek="A stunt driver, a razor-wielding mobster and a synth-pop soundtrack make for the coolest film of the fall.",
        critic="Lena Szabo",
        published="2011-09-15",
        published_display="Sept. 15, 2011",
        score=87.5,
        grade_raw="3½ stars (out of 4)",
        grade_value=87.5,
        infobox=(
            ("Directed by", "Nicolas Winding Refn"),
            ("Written by", "Hossein Amini"),
            (
                "Starring",
                "Ryan Gosling, Carey Mulligan, Bryan Cranston, Albert Brooks, Oscar Isaac, Ron Perlman",
            ),
            ("Rated", "R (strong brutal bloody violence, language and some nudity)"),
            ("Running time", "1 hour, 40 minutes"),
            ("Distributor", "FilmDistrict"),
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
        ),
        related=(
            (
                "Classic car show fills the marina lot Saturday",
                "news/local/marina-classic-car-show",
            ),
            (
                "Fall movie guide: 40 films to see before the snow flies",
                "entertainment/movies/fall-guide-2011",
            ),
            (
                "Review: 'Contagion' spreads the dread efficiently",
                "entertainment/movies/review-contagion",
            ),
        ),
        paragraphs=(
            """The hero of "Drive" has no name. The credits call him Driver, and Ryan Gosling plays him as a man who has decided that words are an unnecessary expense. He works as a mechanic and a movie stunt driver, and at night he hires himself out as a getaway wheelman with a strict rule: he will wait five minutes outside your job, and not one second longer.""",
            """The opening sequence, in which he shepherds two burglars through nighttime Los Angeles with a police scanner in his lap and the radio turned to a basketball game, is a small masterpiece of tension, almost wordless, built out of patience instead of speed. It announces a director, the Danish filmmaker Nicolas Winding Refn, with total command of his material.""",
            """Driver's boss, Shannon (Bryan Cranston), a garage owner with a bad leg and worse luck, wants to put him on the stock-car circuit with money from Bernie Rose (Albert Brooks), a former movie producer now in a less reputable trade, and Bernie's loutish partner, Nino (Ron Perlman). Meanwhile Driver drifts into a tender, mostly silent friendship with his neighbor, Irene (Carey Mulligan), and her young son. When Irene's husband, Standard (Oscar Isaac), comes home from prison owing protection money, Driver volunteers for one job to clear the debt, and everything goes spectacularly wrong.""",
            """Refn, working from Hossein Amini's lean script, shoots this like a fever dream of 1980s crime movies, all pink script titles and humming synthesizers, and the style is so assured it becomes its own kind of substance. Gosling's stillness is magnetic, a blankness that keeps threatening to crack. Mulligan brings a sad, luminous warmth, and Brooks, cast wildly against type, is chilling as a mobster who apologizes while he kills.""",
            """Fair warning: when the violence comes, it is shocking, sudden and graphic, including a scene in an elevator that begins with a kiss and ends somewhere you will not forget. Some viewers will find the bloodshed gratuitous, and the plot, once the heist unravels, is fairly standard revenge stuff.""",
            """But few films this year have been so confident, so moody, so entirely themselves. I walked out into the parking lot and caught myself driving home a little more slowly, listening to the hum of the road.""",
        ),
    ),
    PageSpec(
        slug="review-oldboy-park-chan-wook-hard-to-take",
        film_id="oldboy-2003",
        title="Oldboy",
        year=2003,
        headline="Review: Korea's 'Oldboy' is dazzling, and very hard to take",
        dek="Park Chan-wook's revenge thriller, a prizewinner at Cannes, arrives with a live octopus and a hammer.",
        critic="Ruth Abernathy",
        published="2005-04-07",
        published_display="April 7, 2005",
        score=50.0,
        grade_raw="2 stars (out of 4)",
        grade_value=50.0,
        infobox=(
            ("Directed by", "Park Chan-wook"),
            ("Starring", "Choi Min-sik, Yoo Ji-tae, Kang Hye-jung"),
            ("Rated", "R (strong violence including torture, sexuality, nudity and language)"),
            ("Running time", "2 hours"),
            ("Distributor", "Tartan Films"),
            ("Language", "In Korean with English subtitles"),
        ),
        facts=FilmFacts(
            directors=("Park Chan-wook",),
            cast=(
                ("Choi Min-sik", "Oh Dae-su"),
                ("Yoo Ji-tae", "Lee Woo-jin"),
                ("Kang Hye-jung", "Mi-do"),
            ),
            distributor="Tartan Films",
            mpaa_rating="R",
            runtime_minutes=120,
        ),
        related=(
            (
                "Bijou's Asian film week brings six premieres to town",
                "entertainment/movies/bijou-asian-film-week",
            ),
            (
                "Review: 'Sin City' is all style, all the time",
                "entertainment/movies/review-sin-city",
            ),
            (
                "Why foreign films struggle to find screens here",
                "entertainment/movies/foreign-films-screens",
            ),
        ),
        paragraphs=(
            """Here is what you need to know about "Oldboy" before you buy a ticket. Its hero eats a live octopus, tentacles writhing against his cheek, in a single uncut shot. He pulls out a man's teeth with a claw hammer. He fights his way down a long corridor against some two dozen thugs, in one sideways-scrolling take that has already been called a landmark. And its final act contains a revelation so appalling that several people at the screening I attended audibly groaned.""",
            """If that sounds like your kind of evening, you will find plenty to admire. Park Chan-wook's film, which won the grand prize at Cannes last year, is made with tremendous, restless skill. If it doesn't, I would not blame you for staying home.""",
            """The story has the bones of a fairy tale. Oh Dae-su (Choi Min-sik), a drunken, ordinary businessman, is snatched off a Seoul street one rainy night and locked in a shabby private cell for fifteen years without explanation. He is fed fried dumplings through a slot, learns from the television that his wife has been murdered and that he is the suspect, and trains himself into a weapon by punching the wall. Then, just as abruptly, he is released, and given five days to discover who imprisoned him and why. His guide in this quest is a young sushi chef, Mi-do (Kang Hye-jung), and his tormentor is a smirking rich man, Lee Woo-jin (Yoo Ji-tae), who seems to enjoy watching him flail.""",
            """Choi is a ferocious, wild-haired presence, by turns animal and pitiable, and Park has a gift for images that lodge in the mind: a man dangling a suicide off a rooftop by his necktie, an ant crawling out of a shoulder, a suite of rooms as lurid as a stage set. The score, full of lush waltzes, plays against the brutality with a sly elegance.""",
            """Yet the more intricate the plot becomes, the less it seems to be about anything but its own cleverness. The villain's motive, when it arrives, is baroque to the point of absurdity, and the film pushes its characters through humiliations that feel designed chiefly to shock the audience rather than to illuminate them. I came away impressed by the craft and chilled by the cruelty, unsure whether I had seen a tragedy or a very elaborate stunt.""",
            """Park is clearly a major talent. I look forward to seeing what he does with a story that deserves him.""",
        ),
    ),
    PageSpec(
        slug="review-grand-budapest-hotel-wes-anderson",
        film_id="the-grand-budapest-hotel-2014",
        title="The Grand Budapest Hotel",
        year=2014,
        headline="Review: Check in to 'The Grand Budapest Hotel' for a frosted delight",
        dek="Ralph Fiennes leads Wes Anderson's most playful caper, with a shadow of sorrow under the icing.",
        critic="Desmond Achterberg",
        published="2014-03-13",
        published_display="March 13, 2014",
        score=75.0,
        grade_raw="3 stars (out of 4)",
        grade_value=75.0,
        infobox=(
            ("Directed by", "Wes Anderson"),
            (
                "Starring",
                "Ralph Fiennes, Tony Revolori, Saoirse Ronan, Adrien Brody, Willem Dafoe, Tilda Swinton, F. Murray Abraham",
            ),
            ("Rated", "R (language, some sexual content and violence)"),
            ("Running time", "1 hour, 39 minutes"),
            ("Distributor", "Fox Searchlight Pictures"),
        ),
        facts=FilmFacts(
            directors=("Wes Anderson",),
            cast=(
                ("Ralph Fiennes", "M. Gustave"),
                ("Tony Revolori", "Zero"),
                ("Saoirse Ronan", "Agatha"),
                ("Adrien Brody", "Dmitri"),
                ("Willem Dafoe", "Jopling"),
                ("Tilda Swinton", "Madame D."),
                ("F. Murray Abraham", "Mr. Moustafa"),
            ),
            distributor="Fox Searchlight Pictures",
            mpaa_rating="R",
            runtime_minutes=99,
        ),
        related=(
            (
                "Inside the pastry case at the lakefront's new Viennese bakery",
                "food/viennese-bakery-lakefront",
            ),
            (
                "Spring movie preview: 20 films worth leaving the house for",
                "entertainment/movies/spring-preview-2014",
            ),
            (
                "Review: 'Veronica Mars' reunion is for the fans",
                "entertainment/movies/review-veronica-mars",
            ),
        ),
        paragraphs=(
            """Wes Anderson's films have always looked like elaborately frosted cakes, and "The Grand Budapest Hotel" features an actual one, a tower of pastel boxes from a bakery called Mendl's, inside which a prisoner's escape tools are smuggled past the guards. It is a fitting emblem for a movie that is sweet, ornate, meticulously assembled and, in its way, dangerous.""",
            """The story comes to us nested like a set of Russian dolls. A girl visits the grave of a writer; the writer (as an old man, then as a young one) recalls a stay at a faded spa hotel in the imaginary Central European Republic of Zubrowka in the 1960s; there he met its owner, Mr. Moustafa (F. Murray Abraham), who told him how he came to possess it. Most of the film is that story, set in 1932, when Moustafa was Zero (Tony Revolori), a teenage lobby boy apprenticed to the hotel's legendary concierge, M. Gustave (Ralph Fiennes).""",
            """Gustave is a perfumed, poetry-reciting fop who beds the hotel's elderly blond guests, and when one of them, the wealthy Madame D. (Tilda Swinton, aged by latex into her eighties), dies and leaves him a priceless painting, her vulpine son Dmitri (Adrien Brody) frames him for murder and sends a leather-coated thug, Jopling (Willem Dafoe), to clean up. Zero, his sweetheart Agatha (Saoirse Ronan), a pastry girl with a birthmark shaped like Mexico, and a string of fellow concierges come to Gustave's aid in a chase that runs from a prison to a mountaintop monastery to a ski slope.""",
            """Fiennes is a marvel, snapping between exquisite manners and gutter profanity in the same sentence, and he gives the film a comic engine it sometimes lacked in Anderson's recent work. The production design is a giddy pleasure, and the director switches aspect ratios with each time period, a conceit that sounds fussy and turns out to be charming.""",
            """If the parade of famous faces in cameos sometimes feels like a roll call, and the caper runs a little mechanically in the middle stretch, the film earns its final notes. Under the whimsy, fascism is rising across the border, soldiers are checking papers on trains, and the gracious world Gustave embodies is about to be swept away. Anderson lets that sadness in without letting it swamp the fun.""",
            """It is not my favorite of his films, but it may be his most generous. Go for the pastries. Stay for the ghosts.""",
        ),
    ),
]

# ---------------------------------------------------------------- Second Reel (a static-site blog)

SECOND_REEL = Publication("second-reel", "Second Reel", "html", curly=False)
SECOND_REEL_HOME = "https://secondreel.net"
SECOND_REEL_MENU = (("Posts", "posts"), ("Grades", "grades"), ("Tags", "tags"), ("About", "about"))


def _second_reel_meta(page: PageSpec) -> str:
    """PaperMod's meta line: the date as the blog prints it, reading time, words, author."""
    words = sum(len(reader_text(p, False).split()) for p in page.paragraphs)
    stamp = f"{page.published} {page.clock}:00 +0000 UTC"
    return (
        f"<span title='{stamp}'>{page.published_display}</span>&nbsp;·&nbsp;"
        f"{max(1, round(words / 220))} min&nbsp;·&nbsp;{words} words&nbsp;·&nbsp;{html.escape(page.critic)}"
    )


def _second_reel_ld(page: PageSpec, url: str) -> str:
    record = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": page.headline,
        "description": page.dek or "",
        "keywords": list(page.labels),
        "datePublished": f"{page.published}T{page.clock}:00+00:00",
        "author": [{"@type": "Person", "name": page.critic}],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": {"@type": "Organization", "name": "Second Reel"},
    }
    return json.dumps(record, ensure_ascii=False)


def render_second_reel(page: PageSpec) -> str:
    """A Hugo blog (PaperMod theme): the grade, when a post has one, sits under the meta line."""
    url = f"{SECOND_REEL_HOME}/posts/{page.slug}/"
    index = SECOND_REEL.pages.index(page)
    newer = SECOND_REEL.pages[index - 1] if index else None
    older = SECOND_REEL.pages[index + 1] if index + 1 < len(SECOND_REEL.pages) else None
    nav = ""
    if newer is not None:
        nav += f'<a class="prev" href="{SECOND_REEL_HOME}/posts/{newer.slug}/"><span class="title">« Prev</span><br><span>{html.escape(newer.headline)}</span></a>'
    if older is not None:
        nav += f'<a class="next" href="{SECOND_REEL_HOME}/posts/{older.slug}/"><span class="title">Next »</span><br><span>{html.escape(older.headline)}</span></a>'
    menu = "".join(
        f'<li><a href="{SECOND_REEL_HOME}/{path}/" title="{name}"><span>{name}</span></a></li>'
        for name, path in SECOND_REEL_MENU
    )
    tags = "".join(
        f'<li><a href="{SECOND_REEL_HOME}/tags/{label.lower().replace(" ", "-")}/">{html.escape(label)}</a></li>'
        for label in page.labels
    )
    dek = (
        f'\n    <div class="post-description">\n      {html.escape(page.dek)}\n    </div>'
        if page.dek
        else ""
    )
    grade = (
        f'\n    <div class="post-grade">Grade: <b>{html.escape(page.grade_raw)}</b></div>'
        if page.grade_raw
        else ""
    )
    body = "\n".join(f"    <p>{inline_html(p, False, False)}</p>" for p in page.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{html.escape(page.headline)} | Second Reel</title>
<meta name="keywords" content="{attr(", ".join(page.labels))}">
<meta name="description" content="{attr(page.dek or reader_text(page.paragraphs[0], False)[:150])}">
<meta name="author" content="{attr(page.critic)}">
<link rel="canonical" href="{url}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style">
<link rel="icon" href="{SECOND_REEL_HOME}/favicon.ico">
<link rel="alternate" type="application/rss+xml" href="{SECOND_REEL_HOME}/index.xml">
<meta name="generator" content="Hugo 0.121.2">
<meta property="og:title" content="{attr(page.headline)}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="{page.published}T{page.clock}:00+00:00">
<script type="application/ld+json">{_second_reel_ld(page, url)}</script>
<noscript><style>#theme-toggle, .top-link {{ display: none; }}</style></noscript>
</head>
<body id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}
</script>
<header class="header">
  <nav class="nav">
    <div class="logo">
      <a href="{SECOND_REEL_HOME}/" accesskey="h" title="Second Reel (Alt + H)">Second Reel</a>
      <div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">◐</button></div>
    </div>
    <ul id="menu">{menu}</ul>
  </nav>
</header>
<main class="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="{SECOND_REEL_HOME}/">Home</a>&nbsp;»&nbsp;<a href="{SECOND_REEL_HOME}/posts/">Posts</a></div>
    <h1 class="post-title entry-hint-parent">
      {html.escape(page.headline)}
    </h1>{dek}
    <div class="post-meta">{_second_reel_meta(page)}</div>{grade}
  </header>
  <div class="post-content">
{body}
  </div>
  <footer class="post-footer">
    <ul class="post-tags">{tags}</ul>
    <nav class="paginav">{nav}</nav>
    <ul class="share-buttons">
      <li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?url={url}">x</a></li>
      <li><a target="_blank" rel="noopener noreferrer" aria-label="share on reddit" href="https://reddit.com/submit?url={url}">reddit</a></li>
    </ul>
  </footer>
  <div class="comments"><script src="https://utteranc.es/client.js" repo="secondreel/comments" issue-term="pathname" theme="preferred-color-scheme" crossorigin="anonymous" async></script></div>
</article>
</main>
<footer class="footer">
  <span>&copy; {page.published[:4]} <a href="{SECOND_REEL_HOME}/">Second Reel</a></span> ·
  <span>Three friends, one group chat, too many opinions. Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
</body>
</html>
"""


SECOND_REEL.pages += [
    PageSpec(
        slug="arrival-and-the-grammar-of-grief",
        film_id="arrival-2016",
        title="Arrival",
        year=2016,
        headline="Arrival (2016): the grammar of grief",
        dek="I went in for aliens and came out thinking about my mother.",
        critic="Imogen Park",
        published="2016-11-14",
        published_display="14 Nov 2016",
        clock="21:40",
        score=92.0,
        grade_raw="A-",
        grade_value=92.0,
        labels=("Denis Villeneuve", "Amy Adams", "sci-fi", "2016"),
        facts=FilmFacts(
            directors=("Denis Villeneuve",),
            writers=("Eric Heisserer",),
            cast=(
                ("Amy Adams", "Louise Banks"),
                ("Jeremy Renner", "Ian Donnelly"),
                ("Forest Whitaker", None),
            ),
        ),
        paragraphs=(
            """Confession up front: I am a sucker for any movie where the hero's superpower is reading. So *Arrival*, in which the person who saves the world is a linguistics professor with a whiteboard, was always going to get me. What I didn't expect was how hard it would get me, or where.""",
            """The setup is simple. Twelve huge pods (the movie calls them shells, I kept thinking of river stones) show up hovering over random spots on Earth. Amy Adams plays Louise Banks, who gets recruited by the Army, in the person of a very tired Forest Whitaker, to figure out how to talk to the occupants. Jeremy Renner is Ian Donnelly, a physicist who is there mostly to be charmingly wrong about whether math or language comes first. Every eighteen hours a door opens at the bottom of the shell over Montana and they ride up into a chamber where gravity goes sideways and two enormous creatures, seven legs each, hang behind a misted wall.""",
            """Those scenes are the movie for me. The director, Denis Villeneuve, stages them with this incredible patience. Louise takes off her hazmat suit so the creatures can see her face. She writes HUMAN on a whiteboard and points to herself. They answer with smoky circles, like coffee rings, that turn out to be whole sentences written at once, no beginning and no end. I won't pretend I followed every beat of the linguistics, but the film makes learning look thrilling, which is rarer than it should be.""",
            """Meanwhile the rest of the world is doing what the world does. China's military gets twitchy, the news channels scream, and a few soldiers decide to take matters into their own hands. This is the weakest part of the movie, honestly: the global-crisis scaffolding is thin, and the fix for it is a little too convenient.""",
            """But then there's the thing Eric Heisserer's script is really doing, which I will not spoil, except to say that the flashes of Louise with her daughter, which open the film and seem to be about loss, are not what you think they are. When it clicked for me, about twenty minutes from the end, I made an actual noise in the theater. The guy next to me did too.""",
            """Adams is wonderful. She's doing so much with so little, all fear and curiosity and a kind of bone-deep sadness she can't explain yet. And Johann Johannsson's score, with its droning voices, sounds like the inside of a whale.""",
            """It's a movie about choosing to love something even when you know how it ends. I cried in the car. A minus, and only because of those soldiers.""",
        ),
    ),
    PageSpec(
        slug="i-had-a-good-time-at-cats-help",
        film_id="cats-2019",
        title="Cats",
        year=2019,
        headline="I had a good time at Cats and I need help",
        dek="A defense, sort of, of the most mocked movie of the year.",
        critic="Farid Haddad",
        published="2019-12-27",
        published_display="27 Dec 2019",
        clock="23:05",
        score=58.0,
        grade_raw="C+",
        grade_value=58.0,
        labels=("Tom Hooper", "musicals", "so bad it's good", "2019"),
        facts=FilmFacts(
            directors=("Tom Hooper",),
            cast=(
                ("Francesca Hayward", "Victoria"),
                ("Jennifer Hudson", "Grizabella"),
                ("Judi Dench", None),
                ("Ian McKellen", None),
                ("Idris Elba", "Macavity"),
                ("Taylor Swift", None),
                ("Rebel Wilson", None),
                ("James Corden", None),
            ),
        ),
        paragraphs=(
            """Let me be clear about what this post is not. It is not an argument that *Cats* is a good movie. It is not a good movie. The special effects look like somebody pasted famous faces onto fuzzy socks, the set is a London made for creatures who are sometimes two inches tall and sometimes six feet, and the plot, such as it is, amounts to a talent show judged by Judi Dench in a fur coat. Everybody has read the jokes. Most of them are earned.""",
            """What this post is, is an admission that I went on a Tuesday night with three friends and a large popcorn, and I had more fun than I've had at a lot of competent movies this year.""",
            """Part of it is the sheer commitment. Nobody on that screen is winking. Ian McKellen, one of the great actors of our age, plays an old theater cat with his whole heart and a very wet mouth. Idris Elba, as the villain Macavity, prowls around in what appears to be his own skin with whiskers on it, and yanks his rivals off to a barge on the Thames for reasons the movie never bothers to explain. Taylor Swift descends from the ceiling on a crescent moon and sprinkles catnip on the crowd like a pop star throwing roses, and I'm sorry, but that is entertainment.""",
            """Part of it is that some of it is actually good. Francesca Hayward, the ballet dancer who plays the newcomer Victoria, has a face that reads every emotion and moves like water; whenever Tom Hooper lets a dance play out in a wide shot, you get a glimpse of the movie this could have been. And Jennifer Hudson, as the shunned old glamour cat Grizabella, sings "Memory" with tears and snot running down her face, and it is so raw that the giggling in my row stopped cold.""",
            """And then, of course, there's the rest. Rebel Wilson's bit with the cockroaches. James Corden being James Corden, but a cat. Dench's closing lecture delivered straight down the lens. The cutting is frantic, the songs run together, and by the second hour my friend Dina was asleep on my shoulder.""",
            """So: I can't recommend it as a movie. I can recommend it as an experience, in a crowd, ideally late, ideally with people who will yell "JELLICLE" with you on the way out. Your mileage will vary. Mine was weirdly high. C plus, with an asterisk the size of a cat bed.""",
        ),
    ),
    PageSpec(
        slug="fury-road-on-the-big-screen-again",
        film_id="mad-max-fury-road-2015",
        title="Mad Max: Fury Road",
        year=2015,
        headline="Fury Road, twice in one weekend",
        dek="There's no such thing as seeing it too many times.",
        critic="Theo Vance",
        published="2015-05-18",
        published_display="18 May 2015",
        clock="08:30",
        score=100.0,
        grade_raw="A",
        grade_value=100.0,
        labels=("George Miller", "action", "Charlize Theron", "2015"),
        facts=FilmFacts(
            directors=("George Miller",),
            cast=(
                ("Charlize Theron", "Furiosa"),
                ("Tom Hardy", "Max"),
                ("Nicholas Hoult", "Nux"),
                ("Hugh Keays-Byrne", "Immortan Joe"),
            ),
        ),
        paragraphs=(
            """I saw *Mad Max: Fury Road* on Friday night and then went back on Sunday afternoon because I couldn't stop thinking about it, which is something I have not done for an action movie since I was about fourteen. The second viewing was better. I suspect the third will be too.""",
            """If you somehow haven't heard: it's basically one chase. Furiosa (Charlize Theron), a driver for the warlord Immortan Joe (Hugh Keays-Byrne), swerves her armored tanker off course with Joe's five captive wives hidden in the back, and Joe sends his entire army of chalk-white War Boys after her. Max (Tom Hardy), who was captured at the start and is being used as a walking blood supply, gets dragged along strapped to the front of a car belonging to a sickly War Boy named Nux (Nicholas Hoult). They drive out, stuff happens, they drive back. That's it. It's perfect.""",
            """What blew me away the first time was the scale. There are people swinging on poles between moving trucks. There's a guy in red pajamas playing a flamethrower guitar on a rolling wall of speakers, and he's the band, the movie's band, keeping time for the army. There's a sandstorm with cars spinning inside it. Almost all of it was done with real vehicles in a real desert, and you can feel the weight of every crash.""",
            """What blew me away the second time was how clean it is. The director, George Miller, is seventy years old and he has more control over a frame than directors a third his age. You always know where everyone is, who is chasing whom, and what each person wants, even though hardly anyone talks. Hardy grunts maybe a page of dialogue, and Max barely tells us his name. Theron is the lead and she's incredible, all rage and exhaustion with a metal arm and a forehead smeared black.""",
            """Is anything wrong with it? Some of the wives blur together, I guess, and if you don't like loud, this is two hours of loud. My brother-in-law said it gave him a headache. My brother-in-law also thinks *Transformers* is a good movie, so.""",
            """This is the best action film I've seen in years, maybe ever. I'm going to go see it a third time and I'm taking my dad, who saw the first one at a drive-in in 1980. It gets an A.""",
        ),
    ),
    PageSpec(
        slug="moonlight-i-wanted-to-love-it",
        film_id="moonlight-2016",
        title="Moonlight",
        year=2016,
        headline="Moonlight: I wanted to love it more than I did",
        dek="On the year's most praised film, and why it kept me at arm's length.",
        critic="Farid Haddad",
        published="2016-11-28",
        published_display="28 Nov 2016",
        clock="19:10",
        score=55.0,
        labels=("Barry Jenkins", "drama", "2016"),
        facts=FilmFacts(
            directors=("Barry Jenkins",),
            writers=("Barry Jenkins",),
            cast=(
                ("Mahershala Ali", "Juan"),
                ("Naomie Harris", "Paula"),
                ("André Holland", "Kevin"),
                ("Trevante Rhodes", None),
            ),
        ),
        paragraphs=(
            """Everybody I know has seen *Moonlight* and everybody I know loves it, and I've spent two weeks trying to work out why I came out of it respectful and a little bit cold. This is me thinking out loud. Tell me where I'm wrong.""",
            """First, the stuff that's as good as people say. Writer-director Barry Jenkins tells the life of a kid from a rough part of Miami in three chapters, each with a different actor playing him at a different age, and the casting is uncanny: three guys who barely look alike, and yet the same hunched shoulders, the same eyes that won't meet yours. The opening section, where a drug dealer named Juan (Mahershala Ali) half-adopts the boy, is tremendous. Ali is warm and sad and dignified and gone way too soon from the story. The scene where he teaches the boy to swim, holding him up in the surf, is one of the most tender things I've seen a man do on screen.""",
            """It looks amazing, too. The colors are so saturated they feel like memory, and the camera keeps circling the characters or staring straight at them as they stare back at us.""",
            """So what's my problem? I think it's that the movie is so committed to its hero's silence that I never got inside it. He barely speaks in any of the three chapters. That's the point, I know: he's a person who has been taught his whole life that what he feels is dangerous. But it means the film has to do all the talking with mood, music and faces, and for long stretches, especially in the middle chapter, I felt like I was watching beautiful pictures of a person rather than a person.""",
            """Naomie Harris, as his mother, Paula, has the opposite problem: she's all big moments, screaming in doorways, and it feels like a different movie. And the final chapter, where the grown-up version (Trevante Rhodes, all muscle and gold teeth) drives to see his old friend Kevin (André Holland) at a diner, is gorgeous and patient and ends exactly where I expected it to, without quite the release I wanted.""",
            """I'm aware this puts me in a minority of roughly one. It's a serious film, made with real care by someone with a real eye, and I'm glad it exists and glad people are seeing it. I just wish it had let me in.""",
        ),
    ),
    PageSpec(
        slug="oldboy-2013-why-would-you-do-this",
        film_id="oldboy-2013",
        title="Oldboy",
        year=2013,
        headline="Oldboy (2013): why would you do this",
        dek="Spike Lee remakes a modern classic, and takes out everything that made it one.",
        critic="Imogen Park",
        published="2013-12-02",
        published_display="2 Dec 2013",
        clock="22:15",
        score=33.0,
        grade_raw="D+",
        grade_value=33.0,
        labels=("Spike Lee", "remakes", "Josh Brolin", "2013"),
        facts=FilmFacts(
            directors=("Spike Lee",),
            cast=(
                ("Josh Brolin", "Joe Doucett"),
                ("Elizabeth Olsen", None),
                ("Samuel L. Jackson", None),
                ("Sharlto Copley", None),
            ),
        ),
        paragraphs=(
            """I love the original *Oldboy*. I've shown it to friends, I own it twice, and I once spent an entire dinner party explaining its ending to a dentist who didn't ask. So I went into Spike Lee's version ready to be fair, maybe even pleasantly surprised. I wasn't.""",
            """The plot's mostly the same, shifted to America. A horrible ad man, Joe Doucett (Josh Brolin), gets drunk, gets kidnapped, and wakes up in a locked room, where he stays for twenty years with nothing but a TV and the same takeout every day. Then he's let go, with money, a phone and no explanation, and he goes hunting for whoever did it. Elizabeth Olsen is the nurse who helps him, Samuel L. Jackson is the guy who ran his prison (in a very distracting haircut), and Sharlto Copley is the rich weirdo pulling the strings.""",
            """The good news: Brolin is really committed. The years in the room are the best part of the movie, a grim montage of him sobering up, getting strong and losing his mind a little, and Brolin makes you feel the time. There's also a decent fight in a parking garage and a version of the famous hallway hammer fight that's staged in a long take on multiple levels, which I'll admit has some energy.""",
            """The bad news is literally everything else. The original was strange. It was funny, and sad, and operatic, and the violence meant something because the movie was so obviously heartbroken by it. This one is just grim. All the weird little details that made the first film feel like a nightmare have been sanded off, and what's left is a grubby thriller that hits its marks like someone following a recipe. Copley is badly miscast, doing a fussy accent that makes every one of his scenes feel like a sketch. And the big twist, which in the original lands like a punch to the stomach, here gets a shrug, partly because the script explains it to death.""",
            """I kept waiting for Spike Lee to show up, with some idea about why he wanted to tell this story or what it had to do with America. He never does. It's the most anonymous film he's ever made.""",
            """If you're curious, watch the original. If you've seen the original, there is nothing here for you. D plus, for Brolin and the hallway.""",
        ),
    ),
    PageSpec(
        slug="rust-and-bone-great-actors-too-much-plot",
        film_id="rust-and-bone-2012",
        title="Rust and Bone",
        year=2012,
        headline="Rust and Bone: two great performances in search of a calmer movie",
        dek=None,
        critic="Theo Vance",
        published="2013-01-09",
        published_display="9 Jan 2013",
        clock="20:45",
        score=48.0,
        labels=("Jacques Audiard", "Marion Cotillard", "French", "2012"),
        facts=FilmFacts(
            directors=("Jacques Audiard",),
            cast=(
                ("Marion Cotillard", "Stéphanie"),
                ("Matthias Schoenaerts", "Ali"),
            ),
        ),
        paragraphs=(
            """I finally caught *Rust and Bone* at the art house downtown, on its last night, with maybe six other people. I'd been told it was devastating. I came out of it with very mixed feelings, and the more I turn them over, the more mixed they get.""",
            """The first forty minutes are terrific. Stéphanie (Marion Cotillard) trains orcas at a marine park in the south of France. Ali (Matthias Schoenaerts) is a big, not very bright Belgian guy who just turned up in town with a five-year-old son he barely knows how to look after, working as a bouncer. They meet at a club when she gets into a fight, he drives her home, and that's that, until a show at the park goes horribly wrong and she wakes up in a hospital without her legs. Jacques Audiard shoots the accident as a blur of water and screaming, and then he shoots the aftermath, Stéphanie alone in her apartment, with such stillness that I stopped breathing.""",
            """Then she calls Ali, of all people, and this is where the movie gets interesting: he's the only person who doesn't treat her as broken. He takes her to the beach and just carries her into the sea. It's clumsy and kind and strange, and Cotillard and Schoenaerts are both amazing in it. She's fierce and angry and then, slowly, funny again. He's a lunk who can't say anything right and somehow, physically, always does the right thing.""",
            """But the movie doesn't trust that to be enough. Ali gets into underground street fighting, which leads to a whole subplot about him installing spy cameras for a shady boss, which leads to his sister losing her job, which leads to a family blowup, which leads to a last act with a frozen lake that I won't spoil but that made me roll my eyes a little. Each of these is fine in itself. Together they bury the thing I cared about, which was two wrecked people figuring out how to touch each other.""",
            """And by the end, somehow, it's Ali's movie. Stéphanie, the most interesting person in it, gets pushed to the side so that he can have his big moment of growth.""",
            """I'm glad I saw it, for Cotillard alone, and there are images from it I'll be thinking about for a long time. I just can't call it the masterpiece some people have. It's half of one.""",
        ),
    ),
    PageSpec(
        slug="crash-1996-revisited",
        film_id="crash-1996",
        title="Crash",
        year=1996,
        headline="Crash (1996), revisited: the car is the body",
        dek="Cronenberg's scandal picture looks less like a provocation and more like a prophecy.",
        critic="Imogen Park",
        published="2021-03-03",
        published_display="3 Mar 2021",
        clock="18:20",
        score=75.0,
        grade_raw="B",
        grade_value=75.0,
        labels=("David Cronenberg", "revisits", "J.G. Ballard", "1996"),
        facts=FilmFacts(
            directors=("David Cronenberg",),
            cast=(
                ("James Spader", "James Ballard"),
                ("Deborah Kara Unger", "Catherine"),
                ("Holly Hunter", "Helen Remington"),
                ("Elias Koteas", "Vaughan"),
                ("Rosanna Arquette", None),
            ),
        ),
        paragraphs=(
            """I was too young to see *Crash* when it caused all that fuss, the walkouts and the angry editorials and the newspaper in London that wanted it banned. I knew it only as the weird car-sex movie, the other *Crash*, the one you make sure you're not renting by mistake. So when a friend lent me the new restoration, I expected to be shocked, or bored. I was neither, exactly. I was mesmerized, and a little creeped out, and I've been thinking about it for a week.""",
            """James Spader plays James Ballard, a producer of TV commercials with a glassy, open marriage to Catherine (Deborah Kara Unger). After he smashes head-on into another car, killing its driver, he begins an affair with the dead man's wife, Helen Remington (Holly Hunter), and the two of them are drawn into the circle of Vaughan (Elias Koteas), a scarred, grinning man who photographs accidents and restages famous celebrity crashes for an audience. Everybody in this world gets aroused by wreckage. That's the movie.""",
            """What surprised me is how controlled it is. David Cronenberg shoots it like a car commercial that has been left running too long: smooth tracking shots down empty highways, polished metal, faces lit like showroom paint. The sex scenes are frequent and explicit and almost totally unsexy, which I now think is the point. These people have gone numb, and the only thing that gets through is impact. Rosanna Arquette, strapped into a leg brace like a piece of armor, is the most vivid image of that: a body rebuilt around its injuries.""",
            """Watching it now, in a world where we all live half inside our machines and get our thrills from screens, it feels less like a weird provocation and more like a weather report. Howard Shore's jangly guitar score helps; it sounds like a machine trying to sing.""",
            """It's not an easy movie to like. Spader and Unger play their scenes in flat, murmured voices that become monotonous, and there's a middle stretch where one coupling after another starts to feel like a loop. Koteas is the only one who seems fully alive, and the film loses a lot of charge whenever he's away.""",
            """But I'll take a cold, odd, serious film that's about something over a hundred warm, forgettable ones. I get why people hated it. I think it was early. B.""",
        ),
    ),
    PageSpec(
        slug="crash-2004-does-not-hold-up",
        film_id="crash-2004",
        title="Crash",
        year=2004,
        headline="Crash (2004) does not hold up, and it didn't then either",
        dek="A rewatch of the Best Picture winner nobody defends anymore.",
        critic="Farid Haddad",
        published="2016-02-22",
        published_display="22 Feb 2016",
        clock="17:55",
        score=17.0,
        grade_raw="D-",
        grade_value=17.0,
        labels=("Paul Haggis", "Oscars", "rewatch", "2004"),
        facts=FilmFacts(
            directors=("Paul Haggis",),
            cast=(
                ("Matt Dillon", None),
                ("Thandie Newton", None),
                ("Ryan Phillippe", None),
                ("Sandra Bullock", None),
                ("Michael Peña", None),
                ("Ludacris", None),
            ),
        ),
        paragraphs=(
            """With the Oscars a week away, our group chat got into an argument about the worst Best Picture winner of the century, and I said *Crash* before anyone else could finish typing. Then someone said I hadn't seen it since college and was being unfair. So I watched it again last night. I was not being unfair.""",
            """For anyone who missed it: Paul Haggis's film follows a couple of dozen people in Los Angeles whose lives bump into each other over a day and a half, and every single bump is about race. A rich white woman is carjacked and decides to distrust everyone. A cop gropes a woman during a traffic stop. A shopkeeper buys a gun. A locksmith gets yelled at. Eventually, through a chain of coincidences so tight that the city seems to have about forty residents, almost everyone is forced to confront their prejudice, usually in a big scene with swelling music.""",
            """The problem isn't that the movie wants to talk about racism. It's that it thinks racism is a personal mood, a thing individuals blurt out in complete sentences, and that it can be cured by a dramatic rescue or a good cry. Characters don't talk like people; they talk like a panel discussion. Ludacris delivers whole paragraphs about the social meaning of riding the bus. Sandra Bullock screams about Mexican gang members at a locksmith who is, in fact, a gentle family man. Nobody says anything once when they could say it three times.""",
            """The famous scene where Matt Dillon's racist cop pulls Thandie Newton out of a burning car, the same woman he humiliated the day before, is well acted, I'll give it that. Dillon and Newton are both better than the material. But the film presents it as a kind of redemption, and then it gives Ryan Phillippe's nice young cop a nasty twist of his own just to balance the books. It's not complexity. It's bookkeeping.""",
            """I'll say one nice thing: Michael Peña, as the locksmith, has a scene with his daughter and an imaginary invisible cloak that is genuinely lovely, and for about two minutes I remembered why I cried at this in 2005.""",
            """Then the snow started falling on Los Angeles. D minus, and the minus is for the snow.""",
        ),
    ),
    PageSpec(
        slug="drive-is-a-perfume-ad-with-a-body-count",
        film_id="drive-2011",
        title="Drive",
        year=2011,
        headline="Drive (2011): a perfume ad with a body count",
        dek="Everyone I know loves this movie. I think it's empty.",
        critic="Theo Vance",
        published="2011-10-03",
        published_display="3 Oct 2011",
        clock="12:05",
        score=35.0,
        labels=("Nicolas Winding Refn", "Ryan Gosling", "contrarian corner", "2011"),
        facts=FilmFacts(
            directors=("Nicolas Winding Refn",),
            cast=(
                ("Ryan Gosling", None),
                ("Carey Mulligan", None),
                ("Albert Brooks", None),
                ("Bryan Cranston", None),
            ),
        ),
        paragraphs=(
            """Okay. I know. Everyone I follow has been posting the soundtrack for two weeks, the scorpion jacket is apparently a Halloween costume now, and my roommate has watched the elevator scene on his phone approximately forty times. I went in wanting to join the club. I did not join the club.""",
            """*Drive* is about a stunt driver who moonlights as a getaway man. He has no name, barely any lines and one facial expression, and Ryan Gosling plays him with a toothpick and a stare. He likes his neighbor, a young mother played by Carey Mulligan, and when her husband gets out of prison and needs to pull a robbery to pay off a debt, the driver helps, and everything falls apart, and then he spends the back half of the movie killing people in slow motion.""",
            """I'll grant the good stuff right away. The opening getaway is great, a tense, quiet sequence that's all about waiting and listening instead of speed. Albert Brooks is fantastic as a genial mobster, easily the most interesting person on screen; Bryan Cranston is good as the driver's unlucky boss. And the movie looks expensive in a way indie crime films usually don't. The night shots of Los Angeles are beautiful.""",
            """But beauty is all there is. Nicolas Winding Refn has made a film that is entirely about how cool it is, and once you notice that, you can't stop noticing. Every emotion is delivered by a synth song. Every moment of romance is a long silent look in soft light, held until it becomes a pose. Mulligan has maybe ten lines and spends most of them looking wistful. The driver isn't a character, he's a jacket, and when the violence comes, heads stomped and hands hammered and a woman's head blown apart in a motel bathroom, it's shot with the same loving gloss as the sunsets, which made me feel a little sick in a way I don't think the film intended.""",
            """The plot, under all the glow, is a very ordinary revenge story, and at a hundred minutes it feels long, because so much of it is people staring at each other to music.""",
            """I can see why people love it. It's a mood you can put on like a jacket. But I want a movie to be more than a vibe, and this one, for me, never was.""",
        ),
    ),
]

# ---------------------------------------------------------------- Kinetoscope Weekly (text dump)

KINETOSCOPE = Publication("kinetoscope-weekly", "Kinetoscope Weekly", "txt", curly=False)
KINETOSCOPE_NAV = ("Reviews", "Features", "Festivals", "Podcast", "About", "Subscribe")
KINETOSCOPE_WIDTH = 76


def _lynx_block(text: str, indent: str = "   ") -> list[str]:
    """One block as `lynx -dump` leaves it: hard-wrapped, indented, emphasis gone."""
    return textwrap.wrap(
        text,
        width=KINETOSCOPE_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def render_kinetoscope(page: PageSpec) -> str:
    """A magazine page saved with `lynx -dump -nolist`: wrapped at 76 columns, menus as bullets."""
    lines: list[str] = ["   Kinetoscope Weekly", ""]
    lines += [f"     * {item}" for item in KINETOSCOPE_NAV]
    lines += ["", "   Search: ____________________ Go", "", f"   {page.section.upper()}", ""]
    lines += [reader_text(page.headline, False), ""]
    if page.dek:
        lines += [*_lynx_block(reader_text(page.dek, False)), ""]
    lines += [f"   By {page.critic}", f"   {page.published_display}", ""]
    if page.grade_raw is not None:
        lines += [f"   Our rating: {page.grade_raw}", ""]
    lines += [f"   {label}: {value}" for label, value in page.infobox]
    lines.append("")
    for markup in page.paragraphs:
        lines += [*_lynx_block(reader_text(markup, False)), ""]
    lines += [
        "   Share this review: Facebook | X | Email | Copy link",
        "",
        *_lynx_block(f"Filed under: {', '.join(page.labels)}"),
        "",
        "   " + "-" * 70,
        "",
        "   More from Kinetoscope Weekly",
        "",
    ]
    lines += [f"     * {title} ({when})" for title, when in page.related]
    lines += [
        "",
        *_lynx_block(
            "Kinetoscope Weekly is an independent film magazine, published every Friday "
            "since 2009 and paid for by its readers."
        ),
        "   (c) 2024 Kinetoscope Weekly. All rights reserved.",
        "   Privacy | Terms | Contact | Advertise",
    ]
    return "\n".join(lines) + "\n"


KINETOSCOPE.pages += [
    PageSpec(
        slug="parasite-upstairs-downstairs",
        film_id="parasite-2019",
        title="Parasite",
        year=2019,
        headline="Parasite: Upstairs, Downstairs, and Further Down",
        dek="Bong Joon Ho's class comedy keeps finding new floors beneath its floors.",
        critic="Agnes Whitford",
        published="2019-10-25",
        published_display="October 25, 2019",
        score=100.0,
        grade_raw="10/10",
        grade_value=100.0,
        infobox=(
            ("Director", "Bong Joon Ho"),
            ("Starring", "Song Kang-ho, Choi Woo-shik, Park So-dam, Lee Sun-kyun, Cho Yeo-jeong"),
            ("Running time", "132 min"),
        ),
        facts=FilmFacts(
            directors=("Bong Joon Ho",),
            cast=(
                ("Song Kang-ho", "Ki-taek"),
                ("Choi Woo-shik", "Ki-woo"),
                ("Park So-dam", "Ki-jung"),
                ("Lee Sun-kyun", None),
                ("Cho Yeo-jeong", None),
            ),
            runtime_minutes=132,
        ),
        labels=("Bong Joon Ho", "Korean cinema", "Cannes 2019"),
        related=(
            ("Pain and Glory Is Almodovar at His Most Tender", "October 18, 2019"),
            ("The Lighthouse Is a Foghorn of a Film", "October 18, 2019"),
            ("Festival Diary: Ten Days in Toronto", "September 20, 2019"),
        ),
        paragraphs=(
            """There is a rock in Parasite. A friend of the Kim family's son brings it as a gift, a heavy, knobbly landscape stone that is supposed to bring wealth, and for a long time it sits in their cramped half-basement doing nothing much except looking absurd. By the end of the film you will never be able to think about that rock the same way. Bong Joon Ho is a director who makes every object earn its place, and this is the most perfectly engineered thing he has built.""",
            """The Kims fold pizza boxes for pocket money and steal the neighbors' Wi-Fi. When the son, Ki-woo (Choi Woo-shik), lands a job tutoring the teenage daughter of a rich family, the Parks, he sees a way in for everyone. His sister Ki-jung (Park So-dam) becomes the little boy's art therapist, with a patter lifted from an internet search. Their father, Ki-taek (Song Kang-ho), becomes the driver. Their mother takes over the kitchen. None of the Parks, a tech executive played by Lee Sun-kyun and his sweetly gullible wife, played by Cho Yeo-jeong, suspects that their new staff are related.""",
            """For an hour this is the most purely enjoyable con movie in years, paced like a farce and shot like a thriller, with the Parks' house, all glass walls and long sightlines, serving as both stage and trap. Then a storm comes, and a visitor, and Parasite drops through the floor into something darker, stranger and much sadder. I won't describe it. It is enough to say that Bong's tonal shifts, which in some of his earlier films could feel abrupt, here feel completely inevitable.""",
            """The cast is flawless. Song, the great everyman of Korean film, has a scene late on, just a change in his face as the rich man wrinkles his nose at a smell, that contains the whole movie. Park So-dam is a deadpan marvel. And the film's sympathy is what lifts it above satire: the rich are not villains, only oblivious, and the poor are not saints, only desperate, and the tragedy is that they all have to share one staircase.""",
            """It is funny, it is frightening, it is furious, and it is perfectly made. I have nothing to add except: see it, and see it before anyone tells you what happens.""",
        ),
    ),
    PageSpec(
        slug="lady-bird-charming-but-slight",
        film_id="lady-bird-2017",
        title="Lady Bird",
        year=2017,
        headline="Lady Bird Is Charming, and Slighter Than You've Heard",
        dek="Greta Gerwig's debut as a solo director is full of lovely moments that never quite add up.",
        critic="Bo Lindgren",
        published="2017-11-24",
        published_display="November 24, 2017",
        score=60.0,
        grade_raw="6/10",
        grade_value=60.0,
        infobox=(
            ("Director", "Greta Gerwig"),
            (
                "Starring",
                "Saoirse Ronan, Laurie Metcalf, Tracy Letts, Beanie Feldstein, Timothée Chalamet",
            ),
            ("Running time", "94 min"),
        ),
        facts=FilmFacts(
            directors=("Greta Gerwig",),
            cast=(
                ("Saoirse Ronan", "Christine"),
                ("Laurie Metcalf", "Marion"),
                ("Tracy Letts", None),
                ("Beanie Feldstein", "Julie"),
                ("Timothée Chalamet", None),
            ),
            runtime_minutes=94,
        ),
        labels=("Greta Gerwig", "coming of age", "Saoirse Ronan"),
        related=(
            ("Call Me by Your Name Lingers Like a Summer Afternoon", "November 24, 2017"),
            ("Coco Is Pixar's Sweetest Film in Years", "November 22, 2017"),
            ("The Year in Debuts: Ten First Films Worth Seeking Out", "November 17, 2017"),
        ),
        paragraphs=(
            """Lady Bird arrives on a cloud of praise so thick that it is hard to see the film underneath, so let me try to describe it plainly. It is a sweet, funny, observant coming-of-age comedy about a high school senior in Sacramento, made with affection and a good ear for dialogue. It is also a familiar one, built from scenes you have seen in a dozen other movies about senior year, and I came out of it pleased and a little puzzled by the fuss.""",
            """Saoirse Ronan plays Christine, a Catholic-school girl who renames herself Lady Bird and longs for a college on the East Coast that her family cannot afford. Her great antagonist is her mother, Marion (Laurie Metcalf), a nurse who loves her fiercely and criticizes her constantly. Their fights, which flare up in department stores and car rides and never quite end, are the film's best material, and Metcalf is superb, letting us see the exhaustion and fear under every barb. Tracy Letts, as the soft-spoken father, is nearly as good.""",
            """Around them, though, Greta Gerwig has arranged a checklist. There is the drama club and the musical. There is the sweet first boyfriend with a secret and the pretentious second boyfriend, played by Timothée Chalamet, who reads in bed and disdains money. There is the falling-out with the loyal best friend, Julie (Beanie Feldstein), for a cooler, richer crowd, and the reconciliation in time for prom. Each episode is nicely written and briskly dispatched, but they pass like stops on a tour, and few of them leave a mark.""",
            """Ronan is terrific company, prickly and unembarrassed, and the film's generosity is real: nobody is mocked, not even the nun who catches Lady Bird's prank. But the movie is so busy being charming that it rarely risks anything. The ending, tender as it is, resolves the mother-daughter war with a tidiness the rest of the film has taught us not to believe.""",
            """This is a good small movie, and a promising start. I wish I liked it as much as everyone else seems to. Six out of ten, with extra credit for Metcalf.""",
        ),
    ),
    PageSpec(
        slug="whiplash-bullying-as-art",
        film_id="whiplash-2014",
        title="Whiplash",
        year=2014,
        headline="Whiplash Mistakes Bullying for Greatness",
        dek="A thrilling drum battle wrapped around a very dubious idea.",
        critic="Rafael Quintero",
        published="2014-10-17",
        published_display="October 17, 2014",
        score=30.0,
        grade_raw="3/10",
        grade_value=30.0,
        infobox=(
            ("Director", "Damien Chazelle"),
            ("Starring", "Miles Teller, J.K. Simmons, Paul Reiser, Melissa Benoist"),
            ("Running time", "107 min"),
        ),
        facts=FilmFacts(
            directors=("Damien Chazelle",),
            cast=(
                ("Miles Teller", "Andrew"),
                ("J.K. Simmons", "Fletcher"),
                ("Paul Reiser", None),
                ("Melissa Benoist", None),
            ),
            runtime_minutes=107,
        ),
        labels=("Damien Chazelle", "jazz", "Sundance 2014"),
        related=(
            ("Birdman Is a Dazzling Stunt With a Soul", "October 17, 2014"),
            ("Listening Session: Buddy Rich and the Myth of the Tyrant", "October 10, 2014"),
            ("Gone Girl Is Fincher's Nastiest Joke", "October 3, 2014"),
        ),
        paragraphs=(
            """I play a little jazz, badly, and I have known teachers who screamed. None of them made anyone better. That is my bias, and I should state it up front, because Whiplash is built on the opposite belief, and it argues its case with such skill and energy that many people will leave convinced. I left angry.""",
            """Miles Teller plays Andrew, a first-year drummer at a prestigious New York music school who wants, more than anything, to be one of the greats. J.K. Simmons plays Fletcher, the conductor of the school's elite studio band, a man who hurls cymbals and slurs at his students and tells them that the two most harmful words in the English language are "good job." Andrew is chosen for the band, abused, demoted, promoted, humiliated, and finally pushed to a performance that the movie stages as a kind of holy victory.""",
            """On its own terms, it is gripping. Damien Chazelle cuts the rehearsals with a percussionist's sense of rhythm, and Simmons, lean and black-shirted and bald as a bullet, gives the kind of performance that wins awards: funny, terrifying, never off the boil. Teller is good too, especially when the film lets him show how little is left of Andrew outside the practice room. The final sequence, I admit, is exciting to watch.""",
            """But what is it exciting about? The film has no interest in music as anything but a contest. We barely hear a whole tune. Nobody in Fletcher's band seems to enjoy playing, and Andrew's love life, a brief romance with a girl at a movie theater concession stand, exists only so that he can throw it away. The story sets up a reckoning for Fletcher's cruelty and then swerves around it, and the climax invites us to cheer as the abuser and the abused lock eyes in mutual approval. The tyrant, it turns out, was right all along.""",
            """That is a seductive fantasy, especially for anyone who has suffered for their art and wants the suffering to have meant something. It is also, I think, a lie, and a movie this well made only makes it more persuasive. Brilliant craft, ugly idea. Three out of ten.""",
        ),
    ),
    PageSpec(
        slug="oldboy-park-chan-wook-revenge-opera",
        film_id="oldboy-2003",
        title="Oldboy",
        year=2003,
        headline="Oldboy: A Revenge Opera Sung at the Top of Its Lungs",
        dek="Park Chan-wook's thriller finally reaches American screens, and it is everything the festival buzz promised.",
        critic="Rafael Quintero",
        published="2005-03-25",
        published_display="March 25, 2005",
        score=90.0,
        grade_raw="9/10",
        grade_value=90.0,
        infobox=(
            ("Director", "Park Chan-wook"),
            ("Starring", "Choi Min-sik, Yoo Ji-tae, Kang Hye-jung"),
            ("Running time", "120 min"),
        ),
        facts=FilmFacts(
            directors=("Park Chan-wook",),
            cast=(
                ("Choi Min-sik", "Oh Dae-su"),
                ("Yoo Ji-tae", "Woo-jin"),
                ("Kang Hye-jung", "Mi-do"),
            ),
            runtime_minutes=120,
        ),
        labels=("Park Chan-wook", "Korean cinema", "revenge"),
        related=(
            ("Sin City Is a Comic Book Come to Snarling Life", "April 1, 2005"),
            ("Interview: The Subtitlers Who Make Foreign Films Travel", "March 18, 2005"),
            ("Downfall Looks the Devil in the Eye", "March 11, 2005"),
        ),
        paragraphs=(
            """Oldboy opens with a man holding another man by the necktie over the edge of a rooftop, and then backs up to explain how they got there, and for the next two hours it never stops surprising you. Park Chan-wook's film, which took the Grand Prix at Cannes last year and has been passed around by fans on bootleg discs ever since, is a pulp revenge story played with the intensity of grand opera, and it is one of the most exciting films I have seen in a long time.""",
            """Oh Dae-su (Choi Min-sik) is a salaryman with a drinking problem who, on his daughter's birthday, is abducted and locked in a windowless room that looks like a cheap hotel. He is kept there for fifteen years. Nobody tells him why. He watches television, learns that he has been framed for his wife's murder, shadowboxes against the walls and scratches a tally of his years into his own hand. Then, one day, he wakes up on a rooftop, free, with a wallet full of cash and a phone, and a voice on the other end that tells him he has five days to figure out the reason.""",
            """Helped by a young chef named Mi-do (Kang Hye-jung), who takes him in after he collapses in her restaurant, Dae-su begins to hunt, and what he finds is a rich, serene young man named Woo-jin (Yoo Ji-tae) who seems to have been waiting for him. I will not say more, except that the answer to the film's great question is as devastating as anything in Greek tragedy, and that Park has laid its clues in plain sight.""",
            """Choi gives a staggering performance, feral and heartbroken, and he is at the center of the set pieces that people will talk about: the live octopus, and above all the corridor fight, a single unbroken sideways tracking shot in which Dae-su fights his way through a hallway full of thugs with a hammer, taking a knife in the back and carrying on. It is brutal, and it is exhilarating, and it has the rhythm of a dance.""",
            """Some viewers will find the violence too much, and the final revelations may strike the squeamish as a cheap shock. I think they are the opposite: the moment where the genre's promise of satisfying revenge turns to ash in the hero's mouth. The last scene, in snow, is as haunting an ending as I can remember. Nine out of ten.""",
        ),
    ),
    PageSpec(
        slug="grand-budapest-hotel-pretty-and-hollow",
        film_id="the-grand-budapest-hotel-2014",
        title="The Grand Budapest Hotel",
        year=2014,
        headline="The Grand Budapest Hotel: A Lovely Box With Too Little Inside",
        dek="Wes Anderson's caper is his most elaborate confection yet, and one of his least affecting.",
        critic="Bo Lindgren",
        published="2014-03-21",
        published_display="March 21, 2014",
        score=60.0,
        grade_raw="6/10",
        grade_value=60.0,
        infobox=(
            ("Director", "Wes Anderson"),
            (
                "Starring",
                "Ralph Fiennes, Tony Revolori, Saoirse Ronan, Adrien Brody, Willem Dafoe, Jeff Goldblum",
            ),
            ("Running time", "99 min"),
        ),
        facts=FilmFacts(
            directors=("Wes Anderson",),
            cast=(
                ("Ralph Fiennes", "Gustave"),
                ("Tony Revolori", "Zero"),
                ("Saoirse Ronan", None),
                ("Adrien Brody", None),
                ("Willem Dafoe", None),
                ("Jeff Goldblum", None),
            ),
            runtime_minutes=99,
        ),
        labels=("Wes Anderson", "comedy", "Berlinale 2014"),
        related=(
            ("Under the Skin Is the Strangest Film of the Year So Far", "April 4, 2014"),
            ("Wes Anderson, Ranked: Every Film From Worst to Best", "March 14, 2014"),
            ("Nymphomaniac, Volume I Is Von Trier at Play", "March 21, 2014"),
        ),
        paragraphs=(
            """Every Wes Anderson film is a dollhouse, and The Grand Budapest Hotel is the grandest one yet: a pink wedding cake of a hotel perched on a mountain in an invented Central European country, filled with lobby boys in purple uniforms, pastry boxes tied with blue ribbon, funiculars, secret passages and a priceless Renaissance painting of a boy holding an apple. You could freeze almost any frame and hang it on a wall. I spent much of the film delighted. I also spent much of it waiting to feel something, and mostly I didn't.""",
            """The hero is Gustave (Ralph Fiennes), the hotel's legendary concierge in the early 1930s, a vain, scented, poetry-quoting charmer who sees to every need of his wealthy elderly guests, including some needs that are not on the menu. When one of those guests dies and leaves him the painting, her greedy family, led by a snarling Adrien Brody, accuses him of murder, and Gustave and his devoted new lobby boy, Zero (Tony Revolori), flee across a snowy landscape pursued by a leather-clad assassin played by Willem Dafoe.""",
            """Fiennes is the best reason to see it. He delivers Anderson's ornate dialogue at a gallop and then undercuts it with a burst of profanity, and he finds a real gallantry in Gustave that the film around him keeps threatening to smother in whimsy. There are terrific small turns, too, from Jeff Goldblum as a doomed lawyer and Saoirse Ronan as the baker's apprentice Zero loves.""",
            """But the caper plot is mechanical, a string of chases and escapes that Anderson stages with his usual symmetrical precision and very little urgency. The famous cameos arrive one after another like guests at a party who each get a line and leave. And the film's gestures toward history, toward the war and the brutes in black uniforms who will end Gustave's world, are tasteful and melancholy and curiously weightless, as if even fascism had been shrunk to fit the dollhouse.""",
            """It is a pleasure to look at and a pleasure to hear, and I was smiling throughout. I just never believed in any of it. Six out of ten.""",
        ),
    ),
    PageSpec(
        slug="mad-max-fury-road-pure-motion",
        film_id="mad-max-fury-road-2015",
        title="Mad Max: Fury Road",
        year=2015,
        headline="Mad Max: Fury Road Is Pure Motion",
        dek="George Miller's return to the wasteland is a two-hour chase with barely a wasted frame.",
        critic="Agnes Whitford",
        published="2015-05-15",
        published_display="May 15, 2015",
        score=80.0,
        grade_raw="8/10",
        grade_value=80.0,
        infobox=(
            ("Director", "George Miller"),
            ("Starring", "Tom Hardy, Charlize Theron, Nicholas Hoult, Hugh Keays-Byrne"),
            ("Running time", "120 min"),
        ),
        facts=FilmFacts(
            directors=("George Miller",),
            cast=(
                ("Tom Hardy", "Max"),
                ("Charlize Theron", "Furiosa"),
                ("Nicholas Hoult", "Nux"),
                ("Hugh Keays-Byrne", "Immortan Joe"),
            ),
            runtime_minutes=120,
        ),
        labels=("George Miller", "action", "Cannes 2015"),
        related=(
            ("Tomorrowland Is a Lecture Dressed as a Ride", "May 22, 2015"),
            ("Festival Diary: Cannes, Days One to Four", "May 17, 2015"),
            ("Pitch Perfect 2 Hits Most of Its Notes", "May 15, 2015"),
        ),
        paragraphs=(
            """Nobody in Mad Max: Fury Road stops moving for long, and neither does the camera. George Miller's fourth trip to his post-apocalyptic Australia is a single chase, out across the desert and back again, and it is staged with a ferocity and a clarity that make most recent action films look like they were assembled by committee. I enjoyed it enormously. I also left with a few reservations, which I will get to.""",
            """The story can be told in a breath. Furiosa (Charlize Theron), a trusted driver for the warlord Immortan Joe (Hugh Keays-Byrne), diverts her armored tanker into the wasteland with Joe's five young wives hidden inside. Joe's army gives chase. Max (Tom Hardy), a haunted loner who has been captured and strung up as a blood donor for a sickly soldier named Nux (Nicholas Hoult), ends up on the run with the women. The rest is vehicles.""",
            """And what vehicles. Miller and his designers have built a carnival of rust and chrome, hot rods stacked on hot rods, cars sprouting spikes, a truck whose only job is to carry a wall of speakers and a guitarist on bungee cords. The stunts are real, and you feel it in your stomach: the bodies flung between vehicles, the pole-swinging raiders, the crashes that throw up actual sand. John Seale's photography saturates everything into orange and teal, and the editing, which is fast but never confusing, keeps every piece of geography straight.""",
            """Theron is superb, carrying the film's emotional weight in her jaw and her eyes, and Hoult brings an unexpectedly touching arc to a character who starts as a cackling fanatic. Hardy is fine, but Max is little more than a witness here, a mumbling bystander in his own franchise.""",
            """My reservations are small but real. The relentlessness that makes the first hour thrilling starts to numb in the second, and the wives, apart from one or two, are more a unit than people. It is a magnificent machine with a thin coat of story. But what a machine. Eight out of ten.""",
        ),
    ),
    PageSpec(
        slug="crash-haggis-good-intentions",
        film_id="crash-2004",
        title="Crash",
        year=2004,
        headline="Crash Means Well, Loudly",
        dek="Paul Haggis's Los Angeles ensemble has strong performances and a schematic heart.",
        critic="Bo Lindgren",
        published="2005-05-06",
        published_display="May 6, 2005",
        score=40.0,
        grade_raw="4/10",
        grade_value=40.0,
        infobox=(
            ("Director", "Paul Haggis"),
            (
                "Starring",
                "Don Cheadle, Matt Dillon, Terrence Howard, Thandie Newton, Sandra Bullock, Michael Peña",
            ),
            ("Running time", "112 min"),
        ),
        facts=FilmFacts(
            directors=("Paul Haggis",),
            writers=("Paul Haggis",),
            cast=(
                ("Don Cheadle", "Graham"),
                ("Matt Dillon", "Ryan"),
                ("Terrence Howard", "Cameron"),
                ("Thandie Newton", "Christine"),
                ("Sandra Bullock", None),
                ("Michael Peña", "Daniel"),
            ),
            runtime_minutes=112,
        ),
        labels=("Paul Haggis", "ensemble", "Los Angeles"),
        related=(
            ("Kingdom of Heaven Is Handsome and Hollow", "May 6, 2005"),
            ("The Interpreter Speaks Clearly, Says Little", "April 22, 2005"),
            ("Why the Ensemble Drama Keeps Coming Back", "April 29, 2005"),
        ),
        paragraphs=(
            """Crash is the sort of film that is easier to admire in summary than to sit through. On paper it is bold: a mosaic of Los Angeles in which a couple of dozen characters of every color collide over a couple of days, each collision exposing the bigotry that simmers under ordinary life. On the screen it is a series of lessons, some of them powerfully acted, most of them delivered with the subtlety of a car horn.""",
            """The stories interlock like a puzzle. Graham (Don Cheadle), a weary detective, investigates a shooting involving a police officer while his mother berates him. A patrol cop, Ryan (Matt Dillon), stops the car of a television director, Cameron (Terrence Howard), and molests his wife, Christine (Thandie Newton), while pretending to search her. A district attorney's wife, played by Sandra Bullock, sours on the world after a carjacking. A Persian shopkeeper buys a gun, and a locksmith, Daniel (Michael Peña), tries to keep his little girl safe in a neighborhood he knows is dangerous.""",
            """Several of these threads are genuinely affecting. Howard and Newton, as a couple whose marriage is poisoned by a single humiliation, give the film its rawest scenes. Dillon makes a vile man disturbingly comprehensible, especially when he is caring for his sick father. And Peña's scene with his daughter, built around a make-believe cloak, is quietly heartbreaking.""",
            """But Paul Haggis, who directed and co-wrote, never lets a scene simply happen. Every character announces their prejudice in dialogue, and every plot turn is engineered so that the prejudice will be punished or reversed a few reels later. Coincidence piles on coincidence. By the time a snowfall blesses the city in the final minutes, the film has stopped feeling like a portrait of Los Angeles and started feeling like a very earnest diagram.""",
            """I respect what it is trying to do, and I was moved more than once. I was also lectured, repeatedly, by a film that seems not to trust its audience or its own fine cast. Four out of ten.""",
        ),
    ),
    PageSpec(
        slug="drive-refn-gosling-cool-and-cruel",
        film_id="drive-2011",
        title="Drive",
        year=2011,
        headline="Drive: Cool, Cruel and Mostly Irresistible",
        dek="Nicolas Winding Refn's Los Angeles noir is more style than story. The style is something else.",
        critic="Rafael Quintero",
        published="2011-09-23",
        published_display="September 23, 2011",
        score=70.0,
        grade_raw="7/10",
        grade_value=70.0,
        infobox=(
            ("Director", "Nicolas Winding Refn"),
            (
                "Starring",
                "Ryan Gosling, Carey Mulligan, Bryan Cranston, Albert Brooks, Ron Perlman",
            ),
            ("Running time", "100 min"),
        ),
        facts=FilmFacts(
            directors=("Nicolas Winding Refn",),
            cast=(
                ("Ryan Gosling", None),
                ("Carey Mulligan", "Irene"),
                ("Bryan Cranston", "Shannon"),
                ("Albert Brooks", "Bernie"),
                ("Ron Perlman", "Nino"),
            ),
            runtime_minutes=100,
        ),
        labels=("Nicolas Winding Refn", "neo-noir", "Ryan Gosling"),
        related=(
            ("Moneyball Makes Statistics Sing", "September 23, 2011"),
            ("Listening Session: The Synth Scores of the 1980s", "September 16, 2011"),
            ("Contagion Is a Thriller About Hand-Washing, and It Works", "September 9, 2011"),
        ),
        paragraphs=(
            """Ryan Gosling doesn't say much in Drive, and he doesn't need to. As a nameless Hollywood stunt driver who moonlights behind the wheel of getaway cars, he communicates almost entirely through a toothpick, a satin jacket with a scorpion on the back, and a gaze so still it seems to slow the film down around him. It is a performance built out of withholding, and it fits a movie that is, for better and for worse, all surface.""",
            """The surface is spectacular. Nicolas Winding Refn, the Danish director, has made a Los Angeles crime film that looks and sounds like nothing else in theaters: hot pink titles, a soundtrack of dreamy synth-pop, night streets that shine like wet paint. The opening robbery, in which the driver evades the police through patience rather than speed, hiding under an overpass and idling in the shadows while a helicopter searches, is as gripping as anything this year.""",
            """The plot, adapted from a James Sallis novel, is comparatively ordinary. The driver falls for his neighbor, Irene (Carey Mulligan), a young mother whose husband comes home from prison in debt to the wrong people, and agrees to drive for a robbery that will square things. It goes wrong, and the second half of the film is a grim string of reprisals in which the gentle, silent hero reveals an appetite for violence that is genuinely startling.""",
            """That violence will divide audiences. It is sudden and graphic, and Refn lingers on it. I found some of it thrilling and some of it merely nasty. What I loved without reservation were the supporting players: Bryan Cranston as Shannon, the driver's limping, hopeful boss; Ron Perlman as Nino, a thug who wants respect; and above all Albert Brooks as Bernie, a soft-spoken gangster whose weary politeness is the most frightening thing in the film.""",
            """Mulligan is underused, and the romance is more gesture than feeling. But I would rather watch a film this confident in its own strange style than a dozen tidier thrillers. Seven out of ten.""",
        ),
    ),
    PageSpec(
        slug="cats-hooper-uncanny",
        film_id="cats-2019",
        title="Cats",
        year=2019,
        headline="Cats Is the Year's Most Expensive Nightmare",
        dek="Tom Hooper's adaptation of the stage musical has a few good songs and a fatal case of fur.",
        critic="Agnes Whitford",
        published="2019-12-20",
        published_display="December 20, 2019",
        score=20.0,
        grade_raw="2/10",
        grade_value=20.0,
        infobox=(
            ("Director", "Tom Hooper"),
            (
                "Starring",
                "Francesca Hayward, Jennifer Hudson, Judi Dench, Idris Elba, Ian McKellen, Taylor Swift",
            ),
            ("Running time", "110 min"),
        ),
        facts=FilmFacts(
            directors=("Tom Hooper",),
            cast=(
                ("Francesca Hayward", "Victoria"),
                ("Jennifer Hudson", "Grizabella"),
                ("Judi Dench", "Old Deuteronomy"),
                ("Idris Elba", "Macavity"),
                ("Ian McKellen", None),
                ("Taylor Swift", None),
            ),
            runtime_minutes=110,
        ),
        labels=("Tom Hooper", "musicals", "Andrew Lloyd Webber"),
        related=(
            ("Little Women Is a Warm Blanket of a Film", "December 25, 2019"),
            ("Uncut Gems Never Lets You Breathe", "December 13, 2019"),
            ("The Year in Review: Our Ten Favorite Films of 2019", "December 20, 2019"),
        ),
        paragraphs=(
            """Somewhere in the making of Cats, someone must have looked at an early test of the digital fur, the human faces peering out of animated pelts, the hands with fingers and no claws, the bodies with no clear idea of what they were, and thought: yes, this is fine. That decision sinks the whole enterprise, but it is far from the only problem.""",
            """The story, such as it is, comes from Andrew Lloyd Webber's stage musical, itself built on T.S. Eliot's poems about cats. An abandoned young cat, Victoria (Francesca Hayward), is taken in by a tribe of alley cats called the Jellicles on the night of their annual ball, at which their elder, Old Deuteronomy (Judi Dench), will choose one of them to be reborn. Candidates step forward one by one to sing about themselves. A criminal cat, Macavity (Idris Elba), kidnaps the competition. That is the plot.""",
            """On stage, this revue format works as a showcase for dancers. On screen, Tom Hooper chops the dancing into restless close-ups, so that the best movers in the cast, Hayward among them, rarely get a clean wide shot, and the numbers blur into one another. The sets, scaled so that the cats are sometimes tiny and sometimes person-sized, never settle on a logic. The comic numbers are strained, and the attempts at bawdiness, including a lot of eager crotch-level choreography, are baffling in a film rated for children.""",
            """There are a few consolations. Jennifer Hudson's Grizabella, the shunned former beauty, gets "Memory," and she sings it with an unguarded intensity that briefly turns the film into something real. Ian McKellen, as an aged theater cat, brings a wounded dignity to a number that should not have survived the edit. Taylor Swift's brief appearance is at least energetic.""",
            """Otherwise this is a long, loud and disquieting evening, the kind of misfire that will be screened at midnight for years to come, and probably enjoyed more there than it ever will be in daylight. Two out of ten.""",
        ),
    ),
    PageSpec(
        slug="arrival-villeneuve-contact",
        film_id="arrival-2016",
        title="Arrival",
        year=2016,
        headline="Arrival Makes First Contact Feel Like a Love Story",
        dek="Denis Villeneuve's science fiction film is about language, time and grief, and it is extraordinary.",
        critic="Bo Lindgren",
        published="2016-11-11",
        published_display="November 11, 2016",
        score=90.0,
        grade_raw="9/10",
        grade_value=90.0,
        infobox=(
            ("Director", "Denis Villeneuve"),
            ("Starring", "Amy Adams, Jeremy Renner, Forest Whitaker"),
            ("Running time", "116 min"),
        ),
        facts=FilmFacts(
            directors=("Denis Villeneuve",),
            cast=(
                ("Amy Adams", "Louise Banks"),
                ("Jeremy Renner", "Ian"),
                ("Forest Whitaker", "Colonel Weber"),
            ),
            runtime_minutes=116,
        ),
        labels=("Denis Villeneuve", "science fiction", "Amy Adams"),
        related=(
            ("Moonlight Is the Film of the Year", "October 28, 2016"),
            ("Doctor Strange Bends Space, Not Rules", "November 4, 2016"),
            ("Ted Chiang's Stories and the Problem of Adaptation", "November 11, 2016"),
        ),
        paragraphs=(
            """Most films about aliens arriving on Earth are really films about us shooting at them. Arrival is about us trying to understand them, which turns out to be far more suspenseful, and in the end far more moving. Denis Villeneuve has made the rare science fiction film that trusts ideas to be exciting on their own, and it is one of the best films of the year.""",
            """When twelve vast, smooth vessels appear at scattered points around the globe, the American military enlists Louise Banks (Amy Adams), a linguist, to lead the effort to communicate with the beings inside the one hovering over a Montana meadow. She works alongside a physicist, Ian (Jeremy Renner), under the watchful eye of Colonel Weber (Forest Whitaker), and each day they ride up into the ship to face two towering, many-limbed creatures behind a transparent barrier who write in drifting rings of ink.""",
            """The procedural details are enthralling: the decision to start with simple nouns, the whiteboards, the slow and thrilling moment when the circles begin to make sense. But what gives the film its power is Adams, whose quiet, searching performance anchors everything, and the way the story keeps circling back to images of Louise with her daughter. I will say nothing about how those images fit in except that, when the film reveals what it has been doing all along, the effect is both intellectually dazzling and deeply sad.""",
            """Villeneuve's craftsmanship is meticulous. Bradford Young's photography is muted and misty, the alien ship is a masterpiece of minimal design, and Johann Johannsson's score, with its moaning voices and low drones, makes the whole film feel like it is happening underwater. The only weak link is the subplot about international tensions, which feels thin and resolves a little too neatly.""",
            """That is a small flaw in a film of such grace. Arrival asks what you would do if you knew the whole shape of your life in advance, and answers with a tenderness that stayed with me for days. Nine out of ten.""",
        ),
    ),
]

# ---------------------------------------------------------------- main

RENDERERS = {
    TRIBUNE.slug: render_tribune,
    SECOND_REEL.slug: render_second_reel,
    KINETOSCOPE.slug: render_kinetoscope,
}
PUBLICATIONS = (TRIBUNE, SECOND_REEL, KINETOSCOPE)


def main() -> None:
    for pub in PUBLICATIONS:
        render = RENDERERS[pub.slug]
        for page in pub.pages:
            write_page(pub, page, render(page))


if __name__ == "__main__":
    main()
