"""Every pattern the extract stage matches against pages, in one place.

Patterns describe *kinds* of page parts (comment threads, share bars, info boxes, ...) by the
words sites use for them, never one site's exact class names, so they carry over to sites
the stage has not seen.
"""

from __future__ import annotations

import re

from lxml import etree

from reception.text import short_text_cache

# --- limits -------------------------------------------------------------------------------

# (pages over reception.records.MAX_PAGE_BYTES are refused before they are decoded)
MAX_TEXT_LINES = 20_000  # text dumps beyond this many lines are cut (bounded time)
MAX_TEXT_CHARS = 1_000_000  # and beyond this many characters (a 15 MB line is not a page)
MAX_PARAGRAPHS = 5_000  # a review has a few dozen; more is a feed or a dump of an archive
MAX_BODY_CHARS = 300_000  # the body handed on is cut here: a long essay is ~100,000
# HTML trees with more elements are refused as "too_large": 4x the largest of 1,000 real
# pages (16,000), and each element costs our passes ~0.1 ms, so this bounds a page's time.
MAX_ELEMENTS = 60_000
SNIFF_BYTES = 4096  # how far into a page <meta charset> and binary magic are looked for

# --- encodings ----------------------------------------------------------------------------

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Labels browsers read as windows-1252 (the WHATWG encoding standard does the same).
WINDOWS_1252_ALIASES = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "l1",
        "us-ascii",
        "ascii",
        "ansi_x3.4-1968",
        "cp819",
        "ibm819",
        "iso_8859-1",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    }
)
# Detector guesses worth trusting: scripts a Western default would garble. Guesses among
# the Latin single-byte sets (cp1250, cp775, mac_roman, ...) are noise on a page that is
# mostly ASCII; browsers read those as windows-1252.
NON_LATIN_ENCODINGS = (
    *("shift_jis", "cp932", "euc_jp", "iso2022", "gb2312", "gbk", "gb18030", "hz", "big5"),
    *("cp950", "euc_kr", "cp949", "johab", "koi8", "cp1251", "iso8859_5", "mac_cyrillic"),
    *("cp866", "cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6"),
    *("tis_620", "cp874", "utf_16", "utf_32"),
)
# Three high bytes in a row: Cyrillic, Greek or CJK words. Western text in a single-byte set
# has its accented letters one or two at a time among ASCII, and needs no detection.
HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]{3}")
BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
    b"fLaC",
)
# UTF-8 text decoded as windows-1252 and saved again: "Ã©", "â€™".
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d˜“”]|Â[\u00a0-\u00bf]")
MOJIBAKE_LEADS = ("Ã", "â€", "Â")  # what every MOJIBAKE match starts with
UNREADABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
ENTITY = re.compile(r"&(#\d{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,10});")

# --- HTML: tags and class/id words -------------------------------------------------------

# Dropped before anything reads the tree: never readable prose.
JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "object",
    "embed",
)
CHROME_TAGS = ("nav", "footer", "aside", "figcaption", "dialog", "menu")
CHROME_ROLES = ("dialog", "alertdialog", "navigation", "banner", "contentinfo", "search")


_ATTR_SPLIT = re.compile(r"[\s_-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MAX_NGRAM = 4


@short_text_cache(maxsize=65536, max_chars=200)
def attr_words(value: str) -> frozenset[str]:
    """Words of a class/id value, each class name read on its own (see ``_name_words``)."""
    names = value.split()
    if len(names) == 1:
        return _name_words(names[0])
    return frozenset().union(*map(_name_words, names))


@short_text_cache(maxsize=65536, max_chars=200)
def _name_words(name: str) -> frozenset[str]:
    """Words of one class name, with runs of up to four joined: "td-author-bio" gives
    "td", "author", "bio", "tdauthor", "authorbio", "tdauthorbio"; camelCase is split
    ("newsDate" gives "news", "date" and "newsdate"). Cached by name: class names recur
    across a site's pages far more often than whole class lists do."""
    tokens = [t for t in _ATTR_SPLIT.split(_CAMEL.sub(" ", name).lower()) if t]
    words = set(tokens)
    # Generated class names ("css-dek7", "share-2") keep their word before the digits.
    words.update(bare for bare in (t.rstrip("0123456789") for t in tokens) if bare)
    for size in range(2, min(len(tokens), _MAX_NGRAM) + 1):
        for start in range(len(tokens) - size + 1):
            words.add("".join(tokens[start : start + size]))
    return frozenset(words)


def _words(spec: str) -> frozenset[str]:
    """Space-separated words; hyphens in them are for reading (matching ignores them)."""
    return frozenset(word.replace("-", "") for word in spec.split())


# Class/id words of blocks that are never the critic's prose.
CHROME_WORDS = _words(
    "comment comments comment-list commentlist disqus respond replies discussion "
    "response responses "
    "related more-reviews more-review more-stories recommended recirc trending popular most-read "
    "read-next next-review prev-review next-post prev-post up-next you-may-like "
    "newsletter subscribe subscription sign-up signup donate donation support-us "
    "membership paywall patreon "
    "share shares sharing social share-bar sharebar social-links "
    "author-bio bio author-box about-the-author author-info contributor-bio "
    "caption captions cap wp-caption-text credit photo-credit image-credit "
    "pullquote pull-quote pullout "
    "pager pagination page-nav post-nav post-navigation breadcrumb breadcrumbs "
    "sidebar widget advert advertisement ads ad ad-slot promo sponsor sponsored "
    "cookie cookies consent gdpr banner modal popup "
    "tags tag-list post-tags categories "
    "site-header site-footer masthead navbar nav menu footer skip-link "
    "contact-box contact-us contact-info "
    "print toolbar visually-hidden sr-only"
)
# Blocks about other things than this article (comments, teasers): their bylines and
# dates belong to someone else. A page footer can hold the article's own byline.
ELSEWHERE_WORDS = _words(
    "comment comments comment-list commentlist disqus respond replies discussion "
    "response responses related more-reviews more-review more-stories recommended recirc "
    "trending popular most-read read-next next-review prev-review next-post prev-post "
    "up-next you-may-like other-news more-news sidebar"
)
# Reader/audience score widgets: never the critic's grade.
USER_RATING_WORDS = _words(
    "user users reader readers audience community visitor member your vote votes voting "
    "average avg poll fan fans"
)
# The critic's own grade widget.
RATING_WORDS = _words(
    "rating ratings star stars star-rating grade score verdict-score review-score "
    "review-rating critic-rating our-rating"
)
# Icons of a star widget drawn without text.
STAR_ICON_WORDS = _words("star stars full filled fill on active")
HALF_ICON_WORDS = _words("half star-half half-star")
EMPTY_ICON_WORDS = _words("empty outline off inactive star-o blank")
# Film facts box beside or above the review.
INFOBOX_WORDS = _words(
    "infobox info-box film-info movie-info film-details movie-details film-facts "
    "movie-facts fact-box factbox credits film-credits cast-crew review-details "
    "details-box movie-meta film-meta review-info title-info tech-specs specs "
    "disc-details disc-specs specifications technical"
)
SPECIAL_FEATURES_WORDS = _words(
    "special-features bonus-features features-list extras extras-list supplements disc-extras bonus"
)
DEK_WORDS = _words(
    "dek deck standfirst subtitle sub-title subheadline sub-headline "
    "strapline tagline summary article-summary excerpt intro-text description"
)
BYLINE_WORDS = _words(
    "byline by-line author author-name authors writer critic reviewer contributor"
)
DATE_WORDS = _words(
    "date dateline pubdate published posted post-date entry-date timestamp meta-date "
    "publish-date updated"
)
HEADLINE_WORDS = _words(
    "entry-title post-title article-title headline story-title review-title hed"
)
BODY_WORDS = _words(
    "entry-content article-body article-content articlebody post-content post-body "
    "story-body story-content review-body review-content review-text body-text "
    "content-body rich-text prose main-text text-body"
)

SPECIAL_FEATURES_HEADING = re.compile(
    r"^\s*(special|bonus|disc)\s+(features|materials|extras)\b|^\s*(extras|supplements)\s*:?\s*$",
    re.IGNORECASE,
)
# Standing section headings of (home-video) reviews: they end a special-features list.
REVIEW_SECTION = re.compile(
    r"^\s*(?:the\s+)?(?:film|movie|disc|video|audio|picture|sound|extras|bottom\s+line|verdict|"
    r"final\s+(?:thoughts|words|verdict)|conclusion|overall|summary)\s*:?\s*$",
    re.IGNORECASE,
)
SPECS_HEADING = re.compile(
    r"^\s*(tech(nical)?\s+spec(s|ifications)?|specs|specifications|"
    r"disc\s+(specs|specifications|details)|"
    r"the\s+disc|video\s*(and|&)\s*audio)\s*:?\s*$",
    re.IGNORECASE,
)

# Every element these attributes name (class/id words, schema.org properties, rel, roles,
# hidden flags), and a <time datetime>, is marked: one walk of the tree finds them all, and
# each pass then filters that list.
MARK_ATTRIBUTES = frozenset(
    ("class", "id", "itemprop", "property", "rel", "role", "hidden", "aria-hidden")
)

# --- XPath, compiled once: they run on every page -------------------------------------
IN_ARTICLE_XPATH = etree.XPath("ancestor::article or ancestor::main or ancestor::*[@itemscope]")
INNER_BLOCKS_XPATH = etree.XPath(".//*[self::p or self::div or self::li or self::h4 or self::td]")
DESCRIPTION_PROPS = frozenset({"description", "alternativeHeadline"})
BODY_PROP_VALUES = frozenset({"reviewBody", "articleBody"})


# --- metadata ------------------------------------------------------------------------------

META_TITLE = ("og:title", "twitter:title", "title", "headline")
META_DESCRIPTION = ("og:description", "twitter:description", "description")
META_AUTHOR = ("author", "article:author", "parsely-author", "byl", "dc.creator", "sailthru.author")
META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher")
META_DATE = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
    "sailthru.date",
)
# "Film Ledger logo": what a logo image's alt text adds to the site's name.
LOGO_SUFFIX = re.compile(
    r"\s+(?:logo|seal|emblem|wordmark|masthead|home\s*page|homepage)\s*$", re.I
)
UTC_STAMP = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014:·•-]+\s+|\s*[|·•]\s*|:\s+")
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:reviewed|written|posted|words)\s+)?by[:\s]+|^\s*(?:review|critic|author)\s*:\s*"
    r"|^\s*(?:author|reviewer|critic)\s+(?=(?-i:[A-Z]))",  # a label before the name: "Author Ana Ruiz"
    re.IGNORECASE,
)
# What a byline names that is not a person: a role ("The Author", "Our Team"), or a day of the
# week that a dateline left behind ("Wed" of "Wed Dec 27, 2023").
NOT_A_PERSON = re.compile(
    r"^(?:the|a|an|our|your|my|this|these)\s|^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?\.?$",
    re.IGNORECASE,
)
# What follows a critic's name on a byline: a date, a role, a pipe.
BYLINE_TAIL = re.compile(
    r"\s*(?:[|,\u2022·/]|\s[-\u2013\u2014]\s|\bon\b\s+[A-Z0-9]|\bat\s+\d|\bposted\b|\bpublished\b|"
    r"\b(?:last\s+)?updated\b|\b(?:film\s+)?critic\b|\bcontributor\b|\bstaff\b|\d{1,2}[/.]\d{1,2}|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$",
    re.IGNORECASE,
)
# A byline line in a text dump: "By Ana Ruiz", "Posted on May 3, 2024 by Ana Ruiz".
BYLINE_LINE = re.compile(
    r"^\s*(?:(?:guest\s+)?(?:posted|published|written|reviewed|words|review|post|text)\b"
    r"[^|]{0,40}?\s)?by\s+(\S.{1,80})$",
    re.IGNORECASE,
)
BYLINE_PARTS = re.compile(r"\s+[|•·\u2013\u2014-]\s+|\s*[|•·]\s*")
PERSON_NAME = re.compile(
    r"^[A-Z\u00c0-\u00de][\w'’.\u00c0-\u017f-]*(?:\s+(?:[A-Z\u00c0-\u00de][\w'’.\u00c0-\u017f-]*|"
    r"de|da|van|von|der|del|la|le|du|di|bin|al|y|and|&))*$"
)

# --- lines (HTML paragraphs and text dumps) ----------------------------------------------

_INFO_LABELS = (
    r"directed\s+by|director|directors|written\s+by|writers?|screenplay(?:\s+by)?|"
    r"starring|stars|cast|with|featuring|voices?|rated|mpaa(?:\s+rating)?|rating|certificate|"
    r"running\s+time|run\s*time|runtime|length|duration|studio(?:\s*/\s*distributor)?|"
    r"distributor|distributed\s+by|"
    r"released\s+by|release(?:\s+date)?|opens|opening|in\s+theaters|in\s+cinemas|"
    r"theatrical\s+release|genre|country|language|year|produced\s+by|producers?|"
    r"music(?:\s+by)?|score\s+by|cinematography(?:\s+by)?|photography|edited\s+by|editor|"
    r"based\s+on|original\s+title|title|film|movie|where\s+to\s+watch|streaming\s+on|"
    r"available\s+on|format|"
    r"grade|our\s+rating|verdict|score"
)
INFO_LINE = re.compile(r"^\s*(" + _INFO_LABELS + r")\s*[:\u2013\u2014|]\s*\S", re.IGNORECASE)
# A label alone on its line, its value on the next (a table or <dl> saved as text).
INFO_LABEL_ALONE = re.compile(r"^\s*(" + _INFO_LABELS + r")\s*:?\s*$", re.IGNORECASE)
# A line of numbers and punctuation only: share counts, page numbers.
NUMBERS_ONLY = re.compile(r"^[\d\s.,:;/%+()#-]+$")
# "Directed by X", "Starring X, Y": a label and then names, without a colon.
INFO_NAMES_LINE = re.compile(
    r"^\s*(directed\s+by|written\s+by|starring|with\s+the\s+voices\s+of|screenplay\s+by|"
    r"produced\s+by|music\s+by|cinematography\s+by)\s+(.+)$",
    re.IGNORECASE,
)
MPAA_LINE = re.compile(
    r"^\s*(?:rated\s+)?(?:G|PG|PG-13|R|NC-17|NR|Not\s+Rated|Unrated|TV-(?:Y7?|G|PG|14|MA))"
    r"(?:\s+for\s+.{0,200})?\.?\s*$|^\s*rated\s+\S.{0,200}$",
    re.IGNORECASE,
)
# A credits paragraph: "Rust and Bone Directed by ... Written by ... With ... 2 hours."
CREDIT_PHRASE = re.compile(
    r"\b(?:directed\s+by|written\s+by|screenplay\s+by|starring|produced\s+by|"
    r"cinematography\s+by|music\s+by|edited\s+by|running\s+time|"
    r"rated\s+(?:G|PG|PG-13|R|NC-17)\b|in\s+theaters\b)",
    re.IGNORECASE,
)
CREDITS_MIN_PHRASES = 3
CREDITS_MAX_CHARS = 700
# A newspaper's closing facts line: "“Crash” is rated NC-17. Running time: 100 minutes."
FACTS_SENTENCE = re.compile(
    r"\bis\s+(?:rated\s+(?:G|PG|PG-13|R|NC-17|NR)\b|not\s+rated|unrated)|"
    r"\b(?:running\s+time|runtime)\s*:?\s*\d",
    re.IGNORECASE,
)
FACTS_SENTENCE_MAX_CHARS = 260
RUNTIME_LINE = re.compile(
    r"^\s*\d{1,3}\s*(?:min(?:utes|s)?\.?|m)\s*\.?\s*$|^\s*\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m",
    re.IGNORECASE,
)
# Where and when the film opens: "In theaters and on HBO Max October 22", "Opens Friday".
RELEASE_LINE = re.compile(
    r"^\s*(?:(?:now\s+)?(?:in|at)\s+(?:select\s+)?(?:theaters|theatres|cinemas)|opens|"
    r"(?:now\s+)?streaming\s+on|out\s+on\s+(?:dvd|blu-ray|4k|digital))\b[^.!?]{0,60}?"
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|this\s+week(?:end)?)"
    r"(?:,?\s+\d{4})?\.?\s*$",
    re.IGNORECASE,
)
RELEASE_LINE_MAX_CHARS = 100
# "US DVD: 26 Feb 2013", "Blu-ray release: 2013-02-26": a release label, its value a date.
DATED_RELEASE_LABEL = re.compile(
    r"^\s*(?:(?:us|uk|u\.s\.|u\.k\.|region\s+\w)\s+)?(?:(?:dvd|blu-?ray|4k(?:\s+uhd)?|uhd|"
    r"digital|vod|disc|home\s+video|theatrical|street)\s*(?:release)?|release)(?:\s+date)?"
    r"\s*[:\u2013\u2014]\s*(?P<value>.{4,40})$",
    re.IGNORECASE,
)
# The parts of a one-line facts box: "Director: X | Starring: Y, Z | Rated R | 1h 57m".
# "|", bullets and middle dots; a wire story's "Warner Bros. -- Rated R -- 120 minutes" dashes.
INFO_PART_SEPARATOR = re.compile(r"\s+[|\u2022\u00b7]\s+|\s*\|\s*|\s+(?:--|\u2013|\u2014)\s+")
INFO_PARTS_MIN = 2  # labelled or fact-like parts a line needs to be a facts box
INFO_PART_MAX_CHARS = 200
INFO_PARTS_LINE_MAX_CHARS = 500
# A site's verbal verdict, the whole value of a grade line: "Verdict: Wait for Streaming"
# ("Score: Hans Zimmer" names the composer, "Rating: R" is the MPAA's).
VERBAL_GRADE_LINE = re.compile(
    r"^\s*(?i:(?:our|my|the|critic'?s?)\s+(?:verdict|grade|rating|score)|verdict|grade)"
    r"\s*[:\u2013\u2014]\s*"
    r"[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}\s*!?\s*$",
)
SPEC_LABELS = re.compile(
    r"^\s*((?:video|audio)\s+(?:codec|format|encoding)|video|aspect\s+ratio|resolution|codec|audio|sound|subtitles?|captions|region|"
    r"regions?\s+code|discs?|number\s+of\s+discs|disc\s+count|packaging|format|hdr|"
    r"run\s*time|running\s+time|release\s+date|studio|label|rating|list\s+price|price|"
    r"upc|bit\s*rate|layers?|case|digital\s+copy|languages?|dubs?|encoding|color|"
    r"transfer|source|frame\s+rate)\s*$",
    re.IGNORECASE,
)
LABEL_VALUE = re.compile(
    r"^\s*([A-Za-z][A-Za-z /&.'()-]{1,40}?)\s*[:\u2013\u2014|]\s+(\S.{0,300})$"
)
# A grade the critic wrote as a line of its own: "★★★½", "3 out of 4 stars", "Grade: B+".
GRADE_LINE = re.compile(
    r"^\s*(?:(?:grade|rating|our\s+rating|score|verdict|stars?)\s*[:\-\u2013]?\s*)?"
    r"(?:[★☆✩✪✭✮⭐½]{1,10}(?:\s*\(?[\d.]+\s*/\s*\d+\)?|\s*\(?(?:out\s+of|/)\s*(?:\d{1,3}|[a-z]+)\)?)?|"
    r"\d(?:\.\d)?\s*(?:/|out\s+of)\s*\d{1,3}(?:\s+stars?)?|[A-F][+\-−]?|"
    r"\*{1,5}\s*(?:1/2|½)(?:\s*(?:/|out\s+of)\s*\*{1,5})?|\*{1,5}\s*(?:/|out\s+of)\s*\*{1,5}|"
    r"\d(?:\.\d)?\s+stars?)\s*\.?\s*$",
    re.IGNORECASE,
)
# "Rating: ***1/2 out of ****", "Our verdict: 4/5": a grade label and a grade-like value
# ("Rating: R" is an MPAA rating and stays in the info box).
GRADE_LABEL_LINE = re.compile(
    r"^\s*(?:(?:our|my|the|critic'?s?)\s+)?(?:rating|grade|score|verdict|stars?)\s*[:\-\u2013]\s*(.{1,60})$",
    re.IGNORECASE,
)
GRADE_VALUE = re.compile(
    r"[★☆✩✪✭✮⭐½*]|\d(?:\.\d)?\s*(?:/|out\s+of)\s*\d|^[A-F][+\-−]?\s*$|\d(?:\.\d)?\s+stars?|"
    r"^(?:zero|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+stars?",
    re.IGNORECASE,
)
# After these, the rest of a dump is comments, teasers or footer.
END_OF_ARTICLE = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|leave\s+a\s+(?:comment|reply)|"
    r"join\s+the\s+discussion|related(?:\s+\w+)?|more\s+(?:reviews?|from\b.*|stories|like\s+this)|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+next|up\s+next|"
    r"about\s+the\s+(?:author|critic|reviewer)|share\s+this(?:\s+\w+)?|"
    r"(?:next|previous)\s+review\b.*|most\s+(?:popular|read)|tags?|tagged|labels?|"
    r"filed\s+under\b.*|categories\b.*|posted\s+in\b.*)\s*:?\s*(?:\(\d+\))?\s*$",
    re.IGNORECASE,
)
# In HTML only the comment thread is a sure end: a "Related" box may sit mid-article.
COMMENTS_START = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|leave\s+a\s+(?:comment|reply)|"
    r"join\s+the\s+discussion|discussion(?:\s+about\s+this\s+\w+)?|add\s+a\s+comment)"
    r"\s*:?\s*(?:\(\d+\))?\s*$",
    re.IGNORECASE,
)
# The label of a grade box: "Silver Disc Ratings", "Our score".
RATING_LABEL = re.compile(
    r"^[\w\s'’&.-]{0,40}\b(?:ratings?|scores?|scorecard)\s*:?\s*$", re.IGNORECASE
)
WEEKDAY = re.compile(
    r"^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*|^\s*(?:posted|published|updated)\s*(?:on)?:?\s*",
    re.IGNORECASE,
)
# Lines that are page furniture wherever they appear.
CHROME_LINE = re.compile(
    r"^\s*(?:"
    # share / social labels
    r"share(?:\s+(?:this|on|via)\b.*)?|tweet|pin\s*it|email|print|facebook|twitter|x|"
    r"reddit|linkedin|whatsapp|copy\s+link|copied!?|share\s+this\s+(?:article|story|review)|"
    r"(?:share|follow)(?:\s+(?:on|us))?(?:\s+\w+){0,3}|"
    # menu labels and section lists
    r"(?:collapse\s+)?expand(?:\s+\w+)?|collapse(?:\s+\w+)*|menu|close|search|home|"
    r"skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|top|log\s*in|sign\s*in|sign\s*up|"
    r"subscribe(?:\s+now)?|register|my\s+account|"
    r"[A-Z]{2,4}\s+picks|editors?['’]?\s+picks|staff\s+picks|"
    r"most\s+(?:popular|read|viewed|shared)|trending(?:\s+now)?|popular(?:\s+now)?|"
    r"related(?:\s+(?:reviews?|articles?|posts?|stories|content))?:?|"
    r"(?:you\s+)?(?:may|might)\s+also\s+like:?|more\s+(?:reviews?|from|stories|like\s+this)\b.*|"
    r"read\s+(?:more|next)\b.*|up\s+next\b.*|"
    r"(?:related|see\s+also|also\s+read|also\s+on\s+\S+|more|read|watch|listen)\s*:\s.*|"
    r"watch\s+(?:the\s+)?(?:official\s+|new\s+)?trailer\b.*|trailer\s*:\s.*|"
    # "Video: the trailer" is a link; "Video: 1080p" / "Video: 2160p, HDR10" is a disc spec
    r"video\s*:\s(?!\s*(?:\d{3,4}\s*[pi]\b|[48]k\b|uhd\b|hdr|hevc|avc\b|mpeg|vc-1|"
    r"\d(?:\.\d+)?\s*:\s*1\b|dolby|sdr\b|(?:full\s+|ultra\s+)?hd\b)).*|"
    r"next\s+(?:review|article|story|post)\b.*|"
    r"previous\s+(?:review|article|story|post)\b.*|continue\s+reading\b.*|"
    r"advertisement|sponsored(?:\s+content)?|ad|"
    # shop links: "Buy on Amazon $19.99", "Order from Criterion", "Check price on eBay"
    r"(?:buy|order|pre-?order|shop|rent)(?:\s+(?:it|now|this))?\s+(?:on|at|from)\s+"
    r"[\w.&'\u2019 -]{2,30}?(?:\s*[$\u00a3\u20ac]\s*\d[\d.,]*)?|check\s+price\s+(?:on|at)\s+\S+.*|"
    r"comments?(?:\s*\(\d+\))?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|"
    r"add\s+a\s+comment|join\s+the\s+discussion|view\s+comments|"
    r"tags?:.*|filed\s+under:?.*|categor(?:y|ies):.*|posted\s+in:?.*|"
    r"photo(?:graph)?:?\s.*|image:\s.*|credit:\s.*|courtesy\s+of\s+.*|"
    r"(?:page\s+)?\d+\s+of\s+\d+|(?:«|‹|<)?\s*(?:previous|prev|older|newer|next)\s*(?:»|›|>)?|"
    r"loading\.*|advertisement\s*-\s*scroll\s+to\s+continue|"
    r"[*#~•·=_\s-]{3,}"  # a section-break ornament
    r")\s*$",
    re.IGNORECASE,
)
# Appeals and notices: matched anywhere in a short line.
CHROME_PHRASE = re.compile(
    r"(?:"
    r"\bdonat(?:e|ion|ions|ing)\b|\bsupport\s+(?:our|independent|us|the\s+site|this\s+site)\b|"
    r"\bbecome\s+a\s+(?:member|patron|subscriber|supporter)\b|\bpatreon\b|\bko-?fi\b|"
    r"\bwe\s+use\s+cookies\b|\bcookie\s+(?:policy|settings|preferences)\b|\baccept\s+(?:all\s+)?cookies\b|"
    r"\bprivacy\s+policy\b|\bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b|"
    r"\bnewsletter\b|\bsign\s+up\s+(?:for|to)\b|\bsubscribe\s+(?:to|for|now|today)\b|"
    r"\bdelivered\s+to\s+your\s+inbox\b|\benter\s+your\s+email\b|\byour\s+email\s+address\b|"
    r"©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|\ball\s+rights\s+reserved\b|"
    r"\bfollow\s+us\s+on\b|\bshare\s+(?:this|on)\s+\w+|\bclick\s+here\s+to\b|"
    r"\bthis\s+(?:post|article|page)\s+(?:may\s+)?contains?\s+affiliate\b|\baffiliate\s+links?\b|"
    r"\bwe\s+may\s+earn\s+a\s+commission\b|\bas\s+an\s+amazon\s+associate\b|"
    r"\bearns?\s+from\s+qualifying\s+purchases\b|\bad[\s-]?free\b|"
    r"\bunlock\s+(?:this|unlimited)\b|\balready\s+a\s+(?:subscriber|member)\b|"
    r"\b\d+\s+(?:of\s+\d+\s+)?free\s+articles?\b|\bdisable\s+your\s+ad\s*blocker\b|"
    r"\bstory\s+continues\s+below\b|\bnews\s+tip\b|\bhave\s+a\s+correction\b|"
    r"\bfound\s+an\s+(?:error|typo)\b|\bcorrections?@|"
    r"(?:\.\.\.|…)\s*(?:read\s+(?:on|more)|continue\s+reading|more)\s*[»›>]?\s*$|"
    r"\b(?:readers?|users?|audience|community)['’]?\s+(?:rating|score)\b|\(\d[\d,]*\s+votes?\)|"
    # the site's grading scale explained under every review
    r"^\s*(?:how\s+we\s+(?:rate|score|grade)|(?:our\s+)?(?:rating|grading|scoring)\s+"
    r"(?:scale|system|key|guide))\b|"
    r"\bphoto\s*(?:by|:)\s*[^.]{2,80}$|\bcourtesy(?:\s+(?:of|photo))\b|"
    r"\((?:[^()]{0,40}\s)?photo(?:graph)?(?:[:/\s][^()]{0,60})?\)\s*$"
    r")",
    re.IGNORECASE,
)
# Cheap substring test before CHROME_PHRASE: a line with none of these cannot match it.
CHROME_PHRASE_HINTS = (
    *("donat", "support", "become a", "patreon", "ko-fi", "kofi", "cookie", "privacy"),
    *("terms", "newsletter", "sign up", "subscri", "inbox", "email", "©", "(c)"),
    *("copyright", "rights", "follow us", "share", "click here", "affiliate", "commission"),
    *("ad-free", "ad free", "unlock", "already a", "free article", "ad block", "adblock"),
    *("amazon", "qualifying", "story continues", "news tip", "correction", "rating"),
    *("score", "votes", "photo", "courtesy", "found an", "...", "…", "how we", "grading"),
)
CHROME_PHRASE_MAX_CHARS = 320  # longer lines are prose even if they mention a newsletter
CHROME_LINE_MAX_CHARS = 240  # furniture labels are short
# "Home | Reviews | Features | About": several short labels joined by separators.
MENU_SEPARATORS = "|•·/»>"
_MENU_LABEL = r"[^\W\d][\w'’&.-]*(?:\s[\w'’&.-]+){0,5}"
# A menu may open with its own label: "Share: Facebook | Bluesky | Email | Print".
MENU_LINE = re.compile(
    r"^\s*(?:[^\W\d][\w'’]*(?:\s[\w'’]+)?:\s*)?"
    r"(?:" + _MENU_LABEL + r"\s*(?:[|•·/»>]\s*)){2,}" + _MENU_LABEL + r"\s*$"
)
# A critic's one-line bio after the review: "Jonah Feld writes about film for ...".
BIO_VERB = re.compile(
    r"^\s*(?:is\s+(?:an?|the)\b|writes\b|covers\b|has\s+(?:written|been|reviewed)\b|"
    r"lives\s+in\b|teaches\b|reviews\b)",
    re.IGNORECASE,
)
BIO_MAX_CHARS = 400
# A byline written into the body: "Guest review by Nadia Ferrante".
BODY_BYLINE = re.compile(
    r"^\s*(?:(?:a\s+)?guest\s+(?:review|post)\s+by|(?:review(?:ed)?|written|words)\s+by)\s+(.{3,60})$",
    re.IGNORECASE,
)
DECORATION = " -–—·|•*=~_[](){}<>«»"  # framing around a label: "- Advertisement -"
# English function words: a body where they are common is English (pages often omit lang).
ENGLISH_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "not",
        "as",
    ]
)
ENGLISH_MIN_SHARE = 0.2
WORD = re.compile(r"\w+")


# --- schema.org ------------------------------------------------------------------------------

REVIEW_TYPES = frozenset({"review", "criticreview", "userreview"})
FILM_TYPES = frozenset(
    {"movie", "tvseries", "tvseason", "tvepisode", "creativework", "videoobject"}
)
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle"}
)
# A post on a forum or a question-and-answer site: its author is the page's, as the site names
# them (a user name is how that author signs there).
POSTING_TYPES = frozenset({"discussionforumposting", "socialmediaposting", "question"})
ISO_DURATION = re.compile(
    r"^P(?:\d+D)?T?(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:\d+S)?$", re.I
)
# Properties whose text extruct need not read (the page's own text is read instead).
BODY_PROPS = '//*[@itemprop="reviewBody" or @itemprop="articleBody" or @itemprop="text"]'


# --- text dumps ------------------------------------------------------------------------------

# "By" alone on its line, the critic's name on the next (a link broke the line).
LONE_BY = re.compile(r"^\s*(?:(?:reviewed|written|words|posted)\s+)?by:?\s*$", re.IGNORECASE)
# What a company name adds to the site's: ", LLC", "Inc."
CORPORATE = re.compile(r",?\s+(?:llc|inc\.?|ltd\.?|limited|corp\.?|co\.|plc|gmbh)\s*$", re.I)
# First-person words: a site's appeal says "we" and "our", a critic says "I".
FIRST_PLURAL = re.compile(r"\b(?:we|our|ours|us)\b", re.I)
FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine)\b")
# An RDFa review or rating (Drupal's RDFa on every element is not worth parsing as a graph):
# an element these select whose type names one of those.
RDFA_TYPED_XPATH = etree.XPath("descendant-or-self::*[@typeof]")
RDFA_REVIEW_TYPES = ("Review", "Rating")
# A byline's second line naming the critic's role: "Courier film critic", "Senior Editor".
BYLINE_ROLE = re.compile(
    r"\b(?:critic|editor|writer|correspondent|contributor|reviewer|columnist|reporter)s?\b", re.I
)
# A Twitter card label whose data is the critic's grade ("Rating", "Our verdict", "Score").
CARD_RATING_LABEL = re.compile(
    r"^\s*(?:(?:our|the|critic'?s?|my)\s+)?(?:rating|grade|score|verdict|stars)\s*:?\s*$", re.I
)
# The kind of company closing an owner's name: "ScreenMatters Media" publishes ScreenMatters.
COMPANY_KIND = re.compile(
    r"\s+(?:media|group|publishing|publications|network|holdings|enterprises|company|"
    r"corporation|communications|digital|interactive)\s*$",
    re.I,
)
# "All rights reserved" read as the owner of a line that opens with it.
ALL_RIGHTS = re.compile(r"all\s+rights\s+reserved", re.I)
# What follows a copyright owner's name: "Kinoblatt Verlag 2022".
TRAILING_YEAR = re.compile(r"[\s,]+(?:1[89]|20)\d\d\s*$")
ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "der", "die", "das", "el"})
# A list item in a dump: "- Deleted scenes", "2) Commentary".
BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d+[.)])\s+")
# The owner named on a copyright line.
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"[\s,:\u2013\u2014-]*([A-Z][^.|©]{1,60})",
    re.I,
)


# --- lines of a tree -------------------------------------------------------------------------

# Where a browser breaks lines, plus trafilatura's own output tags (lb, head, item, ...).
BLOCK_TAG_NAMES = (
    "p div li ul ol dl dt dd tr table thead tbody h1 h2 h3 h4 h5 h6 br blockquote section "
    "article header footer aside figure figcaption pre hr td th main nav details summary "
    "lb head item quote row list"
)
BLOCK_TAGS = frozenset(BLOCK_TAG_NAMES.split())


# --- decoding --------------------------------------------------------------------------------

# C0 controls other than tab and line ends: lxml refuses them in text, browsers skip them.
XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
XML_INCOMPATIBLE_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))  # the same, as bytes
