"""Every regular expression and word table the facts stage reads pages with, in one place.

Kept together so a new site's wording is one edit here, not a hunt through the readers.
"""

from __future__ import annotations

import re

# Letter classes, the insides of a negated [...]: word characters less digits, "_" and the
# other case's Latin-1 letters. Exact in Latin-1; past it (Ł, Ž, Greek, Cyrillic) a letter
# counts as either case, which Python's re cannot tell apart. A class naming code points past
# U+00FF compiles to a 64K-entry map; this one to a 256-bit map and two category tests, which
# matters as PERSON repeats them (importing this module: 0.18 -> 0.07 s). Ranges may span
# what \W already excludes (× and ÷ between the letters; ª to ¾ holds word characters only
# no class takes: ª ² ³ µ ¹ º ¼ ½ ¾): re parses every repeat, so shorter text is cheaper.
_NOT_LETTER = r"\W_" + "\u00aa-\u00be"  # digits allowed
_UPPER_LATIN1 = "A-Z\u00c0-\u00de"
_LOWER_LATIN1 = "a-z\u00df-\u00ff"
UPPER = rf"^\d{_NOT_LETTER}{_LOWER_LATIN1}"
LOWER = rf"^\d{_NOT_LETTER}{_UPPER_LATIN1}"
LETTER = rf"^\d{_NOT_LETTER}"
UPPER_OR_DIGIT = rf"^{_NOT_LETTER}{_LOWER_LATIN1}"
_NAME_WORD = (
    rf"(?:[{UPPER}]\.(?:\s?[{UPPER}]\.)*"  # initials: "J.", "J.K."
    rf"|(?:O['’]|Mc|Mac|D['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"  # McConaughey, DiCaprio
    rf"(?:-[{UPPER}]?[{LOWER}]+)*"  # Jean-Luc, Ben-Adir
    rf"|[{UPPER}]{{2,}}(?=[\s,)])(?!\s+[{UPPER}]{{2,}}\s+[{UPPER}]{{2,}}))"  # RZA, but not a shouted line
)
_PARTICLE = r"(?:de|da|das|del|della|der|di|do|dos|du|van|von|den|ten|ter|le|la|bin|ibn|al|el|St\.)"
_SUFFIX = r"(?:,?\s(?:Jr\.|Sr\.|II|III|IV))?"
# A cheap first test at every position: a capital, then no word or name character before it
# (’ apart, as a class holding it and three more characters compiles to a 64K-entry map).
_WORD_START = rf"(?=[{UPPER}])(?<![\w'.-])(?<!’)"
PERSON = rf"{_WORD_START}{_NAME_WORD}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)*{_NAME_WORD}){{1,3}}{_SUFFIX}"
"""A person's name: two to four capitalized words, particles and initials allowed."""
CHARACTER_TITLE = (
    r"(?:The|Dr\.|Mr\.|Mrs\.|Ms\.|Miss|Uncle|Aunt|Father|Mother|Sister|Brother|Captain|"
    r"Detective|Agent|Officer|Sergeant|Lieutenant|Colonel|General|King|Queen|Prince|Princess|"
    r"Lord|Lady|Sir|Professor|Judge|Imperator|Immortan|Commander|Major|M\.)\s"
)
CHARACTER = (
    rf"{_WORD_START}(?:{CHARACTER_TITLE}\s*)?"
    rf"{_NAME_WORD}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)*{_NAME_WORD}){{0,3}}"
)
"""A character's name: one word is enough ("Ali"), titles like "Dr." allowed."""
PERSON_HEAD = rf"{_NAME_WORD}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)*{_NAME_WORD}){{0,2}}"
"""The given names before a surname: "Don" in "Don Cheadle", "Deborah Kara" in "Deborah Kara Unger"."""
PERSON_RE = re.compile(rf"^{PERSON}$")
CHARACTER_RE = re.compile(rf"^{CHARACTER}$")

# --- grades ---------------------------------------------------------------------------------

STAR_FULL = "★⭐✪✭✮🌟"
STAR_EMPTY = "☆✩"
HALF_MARKS = "½⯨"
STAR_RUN = re.compile(
    rf"[{STAR_FULL}{STAR_EMPTY}{HALF_MARKS}](?:\s?[{STAR_FULL}{STAR_EMPTY}{HALF_MARKS}])*"
)
WRITTEN_HALF = re.compile(r"\s?1/2(?![\d/])")
ASCII_STARS = re.compile(
    r"^\*{1,5}(?:\s*(?:1/2|½))?(?P<scale>\s+(?:out\s+)?of\s+\w+(?:\s+stars)?)?$"
)
# A dot decimal may run long ("8.5788222/10", a site's computed average); a comma one is short.
_NUMBER = r"\d{1,3}(?:,\d{1,2}|\.\d{1,8})?|\d?(?:,\d{1,2}|\.\d{1,8})"
_NUMBER_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten"
NUMBER_WORD_VALUES = {word: float(index) for index, word in enumerate(_NUMBER_WORDS.split("|"))}
_AMOUNT = rf"(?:{_NUMBER}|{_NUMBER_WORDS})(?:\s*(?:and\s+a\s+half|½|1/2))?"
OUT_OF = re.compile(
    rf"(?<![\w/.:-])(?P<k>{_AMOUNT})\s*(?:stars?\s+)?(?:out\s+of|of|/|outta)\s*(?P<n>{_NUMBER}|"
    rf"{_NUMBER_WORDS})(?:\s*(?:stars?|points?))?(?![\w/.:-]|\.\d)",
    re.IGNORECASE,
)
# A number alone ("4", "3.5"): a grade only on a scale the page or critic states elsewhere.
BARE_AMOUNT = re.compile(rf"(?P<k>{_NUMBER})")
STARS_WORD = re.compile(rf"(?<![\w.])(?P<k>{_AMOUNT})[\s-]*(?:stars?|étoiles?)\b", re.IGNORECASE)
STAR_FILE = re.compile(
    r"(?:stars?|rating)[_-]?(?P<k>\d{1,2})(?:[_.-](?P<half>5|half))?(?:[_-]?(?:of|out[_-]?of)[_-]?(?P<n>\d{1,2}))?"
    r"|(?P<k2>\d{1,2})(?:[_.-](?P<half2>5|half))?[_-]?stars?",
    re.IGNORECASE,
)
LETTER_ALONE = re.compile(
    r"^\(?\s*(?P<letter>[A-DF])(?P<mod>[\s-]?[Pp]lus|[\s-]?[Mm]inus|\s?[+\-−–])?\s*\)?\.?$"
)
GRADE_LABEL = re.compile(
    r"^\s*(?:(?:the\s+)?(?:final|overall|our|critic['’]?s?|film|movie|my|review)\s+)?"
    r"(?P<label>grade|rating|score|verdict|stars|mark|note|notre\s+note|bewertung|wertung|"
    r"calificaci[oó]n|puntuaci[oó]n|voto|valutazione)\s*(?:[:=\u2013\u2014]|\s-)\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# Labels of the several scores a home-video review gives; the film's own one is the grade.
MULTI_SCORE = re.compile(
    r"^\s*(?P<label>movie|film|the\s+(?:movie|film)|content|feature|video|picture|audio|sound|"
    r"extras|supplements|special\s+features|bonus(?:\s+features)?|overall|presentation|"
    r"replay(?:\s+value)?|packaging|4k|3d|hdr|image)\s*(?:score|rating|grade|quality)?\s*[:=\-\u2013\u2014]?\s*"
    r"(?P<value>.+)$",
    re.IGNORECASE,
)
MOVIE_SCORE_LABEL = re.compile(r"^(?:the\s+)?(?:movie|film|content|feature)$", re.IGNORECASE)
OVERALL_SCORE_LABEL = re.compile(r"^overall$", re.IGNORECASE)
# Other people's ratings and numbers that look like grades but are not the critic's.
NOT_CRITIC_GRADE = re.compile(
    r"\b(?:user|users['’]?|reader|readers['’]?|audience|viewer|viewers['’]?|community|imdb|"
    r"average|avg|rotten\s+tomatoes|tomatometer|metascore|metacritic|letterboxd|rate\s+this|"
    r"your\s+rating|vote|votes|popcornmeter|fan)\b",
    re.IGNORECASE,
)
GIVE_GRADE = re.compile(
    r"\b(?:I|we)\s+(?:give|gave|award|rate)\s+(?:it|this(?:\s+\w+)?|the\s+film|the\s+movie|"
    r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,4})\s+(?:a\s+)?(?P<value>.{1,40}?)(?:[.!,;]|$)"
)
# A verbal scale is used only when the page's grade line or widget says one of these exactly.
VERBAL_SCALES: dict[str, tuple[str, ...]] = {
    # best first; values spread evenly from 100 to 0
    "ticket": ("must see", "worth a look", "wait for streaming", "skip"),
    "disc": ("highly recommended", "recommended", "rent it", "skip it"),
    "dvd_talk": (
        "dvd talk collector series",
        "highly recommended",
        "recommended",
        "rent it",
        "skip it",
    ),
    "watch": ("see it now", "see it", "stream it", "skip it"),
    "verdict": ("masterpiece", "excellent", "good", "fair", "poor"),
    "recommendation": ("highly recommended", "recommended", "not recommended"),
}

# --- film identity ----------------------------------------------------------------------------

QUOTED = re.compile(r"(?<!\w)[“\"‘'«»]\s?(?P<title>[^“”\"‘’«»]{1,120}?)\s?[”\"’'»«](?![a-z])")
QUOTED_START = re.compile(r"^\s*[“\"‘'«]\s?(?P<title>[^“”\"«»]{1,120}?)\s?[”\"’'»](?![a-z])")
ITALIC = re.compile(r"(?<![\w*_])[*_](?P<title>[^*_\n]{1,120}?)[*_](?![\w*_])")
TITLE_WITH_YEAR = re.compile(
    rf"(?P<title>(?:[{UPPER_OR_DIGIT}][^()\n]{{0,80}}?))\s*\((?:[^()\n]{{0,40}},\s*)?(?P<year>1[89]\d\d|20[0-4]\d)\)"
)
# "Parasite (Gisaengchung), 2019." heading a capsule.
TITLE_COMMA_YEAR = re.compile(r"(?P<title>[^,\n]{1,100}),\s*(?P<year>1[89]\d\d|20[0-4]\d)\.?")
HEADLINE_REVIEW_PREFIX = re.compile(
    r"^\s*(?:(?:film|movie|blu-?ray|dvd|4k(?:\s+uhd)?|uhd|disc|streaming|netflix|tiff\d*|"
    r"cannes|sundance|venice|berlinale|festival|new\s+york\s+film\s+festival|nyff)\s+)?"
    r"(?:review|reviews|critique|recensione|kritik)\s*[:\-\u2013\u2014|]\s*(?P<title>.+)$",
    re.IGNORECASE,
)
HEADLINE_REVIEW_SUFFIX = re.compile(
    r"^\s*(?P<title>.+?)\s*(?:[:\-\u2013\u2014|,]\s*|\s)(?:an?\s+)?(?:(?:film|movie|blu-?ray|dvd|"
    r"4k(?:\s+uhd)?(?:\s+blu-?ray)?|uhd|disc|streaming)\s+)?"
    r"(?:review|reviews|recensione|critique)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
HEADLINE_FORMAT_TAIL = re.compile(
    r"\s*[\[(]?(?:the\s+)?\b(?:4k\s+ultra\s+hd|4k\s+uhd|4k|uhd|ultra\s+hd|blu-?ray|dvd|steelbook|"
    r"criterion(?:\s+collection)?|limited\s+edition|collector['’]?s\s+edition|special\s+edition|"
    r"director['’]?s\s+cut|combo\s+pack|3d)\b[\])]?(?:\s*(?:/|\+|&|and)\s*[\[(]?\b(?:4k|uhd|"
    r"blu-?ray|dvd|digital)\b[\])]?)*\s*$",
    re.IGNORECASE,
)
NEXT_WORD = re.compile(rf" ([{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?)")
POSSESSIVE_END = re.compile(r"['’]s?$")
SCORE_TITLE_LABEL = re.compile(r"^\s*(?:the\s+)?(?:film|movie)\s*:", re.IGNORECASE)
ESSAY_LEAD = re.compile(r"(?:On|About|Revisiting|Rewatching|Remembering|Reconsidering)\s+(?=\S)")
HEADLINE_LEAD = re.compile(r"^\s*(?P<title>[^:|]{1,60}?):\s+\S")
HEADLINE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014]\s+|\s+-\s+|:\s+")
PAREN = re.compile(r"\((?P<inner>[^()]{1,80})\)")
ORIGINAL_TITLE = re.compile(
    r"(?:original(?:ly)?\s+(?:title(?:d)?|known\s+as|released\s+as)|a\.?k\.?a\.?|also\s+known\s+as|"
    r"(?:french|german|spanish|italian|japanese|korean|chinese|original|portuguese|danish|"
    r"swedish|norwegian|russian|polish|turkish|persian|hindi)\s+title)(?:\s+of\s+[^,.;:]{1,60},)?"
    r"\s*[:,]?\s*(?:is\s+)?"
    r"(?P<title>[“\"‘'«]?[^“”\"«»()\n;,.]{1,80}[”\"’'»]?)",
    re.IGNORECASE,
)
SLUG_NOISE = re.compile(
    r"\b(?:review|reviews|movie|film|blu|ray|bluray|dvd|4k|uhd|html?|php|aspx|index)\b|\b\d{5,}\b"
)
_TITLE_WORD = rf"(?:[{UPPER_OR_DIGIT}][\w'’:-]*)"
POSSESSIVE_TITLE = re.compile(
    rf"(?P<maker>{PERSON})['’]s?\s+(?:new\s+|latest\s+|first\s+|debut\s+)?[“\"‘*_]?(?P<title>{_TITLE_WORD}"
    rf"(?:\s+(?:(?:and|of|the|a|an|in|on|to|for|with|at|from)\s+)*{_TITLE_WORD}){{0,6}})"
)
"""'David Cronenberg’s Crash', 'Jacques Audiard’s Rust and Bone': a title after its maker."""
TITLE_IS_FILM = re.compile(
    rf"(?<![\w'’.-])(?P<title>{_TITLE_WORD}(?:\s+(?:(?:and|of|the|a|an|in|on|to|for|with|at|from)\s+)*"
    rf"{_TITLE_WORD}){{0,6}})\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:film|movie|picture|thriller|comedy|drama|masterpiece)\b"
)
"""'Amélie is a better film': a capitalized run the sentence calls a film."""
SAW_TITLE = re.compile(
    rf"\b(?:I|we)\s+(?:first\s+|finally\s+)?(?:saw|watched|rewatched|caught)\s+(?P<title>{_TITLE_WORD}"
    rf"(?:\s+(?:(?:and|of|the|a|an|in|on|to|for|with|at|from)\s+)*{_TITLE_WORD}){{0,6}})\s+"
    r"(?:on|at|in|for|with|twice|again|when|last|back|at)\b"
)
"""'I saw Get Out on opening night': what the critic went to see."""
_A_TITLE = rf"{_TITLE_WORD}(?:\s+(?:(?:and|of|the|a|an|in|on|to|for|with|at|from)\s+)*{_TITLE_WORD}){{0,6}}"
EDITION_OF_TITLE = re.compile(
    rf"\b(?:disc|edition|release|restoration|remaster|transfer|set|steelbook)\s+of\s+"
    rf"(?P<title>{_A_TITLE})|(?<![\w'’.-])(?P<title2>{_A_TITLE})\s+has\s+been\s+"
    r"(?:restored|remastered|reissued)\b"
)
"""'Warner's new 4K disc of Blade Runner', 'Amélie has been restored': the edition's film."""
HEADLINE_SUBJECT = re.compile(
    r"^[“\"‘']?(?P<title>[^\s].{0,80}?)[”\"’']?\s+(?:Is|Isn['’]t|Was|Are|Comes|Returns|Gets|Streams|"
    r"Arrives|Makes|Finds|Remains|Turns|Takes|Goes|Hits|Lands|Feels|Looks|Plays|Offers|Delivers|"
    r"Proves|Shows|Has|Does|Stays|Brings|Earns|Works|Still|Never|Rides|Roars|Soars|Stumbles)\b"
)
"""'Crash Is Heavy-Handed', 'Roma Streams Now': a title-case headline whose subject is the film."""
RETROSPECTIVE = re.compile(
    r"\b(?:revisit\w*|retrospective|revival|re-?release[sd]?|anniversary|rewatch\w*|"
    r"(?:(?:comes|came|is)\s+back|returns?)\s+to\s+(?:theaters|theatres|cinemas|the\s+big\s+screen)|"
    r"years\s+(?:on|later|ago))\b",
    re.IGNORECASE,
)
"""A review of an old film: the page's own date says nothing about the film's year."""
_AGE_WORDS = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
AGE_VALUES = {word: 10 * (index + 1) for index, word in enumerate(_AGE_WORDS.split("|"))}
FILM_AGE = re.compile(
    rf"\b(?:turned|turns|turning)\s+(?P<n>{_AGE_WORDS}|\d{{2}})\s+(?:this\s+(?:week|month|year)|today)\b"
    rf"|(?:^|(?<=[.!?]\s))(?P<n2>{_AGE_WORDS}|\d{{2}})\s+years\s+(?:on|later)\b",
    re.IGNORECASE,
)
"""'turned twenty this week', a sentence opening 'Forty years on': the film's age at the
review's date (an anniversary, so a character's age in a plot summary does not count)."""
# "Akira Kurosawa's 1954 epic": the year a director's possessive gives the film.
DIRECTOR_YEAR = (
    r"['’]s\s+(?P<year>1[89]\d\d|20[0-4]\d)\s+(?:[a-z]+\s+){0,2}?(?:film|movie|picture|epic|"
    r"classic|drama|comedy|thriller|western|musical|masterpiece|feature|debut|documentary)\b"
)
# The lead of a colon title, before its subtitle: "Mad Max" of "Mad Max: Fury Road".
COLON_LEAD = r"(?<![\w'’])[A-Z0-9][\w'’&-]*(?:\s+(?:[A-Z0-9][\w'’&-]*|of|the|and|a|an|in|on)){0,4}"
# A maker's possessive opening a title's mention: "George Miller's" of "George Miller's Mad Max".
PERSON_POSSESSIVE_LEAD = re.compile(rf"^(?P<name>{PERSON})['’]s?\s+")
BODY_YEAR = re.compile(
    r"\b(?:premiered|(?:its|the\s+film's|the\s+film’s)\s+premiere|debuted|opened|was\s+released|"
    r"released\s+it|came\s+out|first\s+screened|first\s+released)\b[^.]{0,60}?\bin\s+"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?P<year>1[89]\d\d|20[0-4]\d)\b",
    re.IGNORECASE,
)
TITLE_TRIM = " \t\"'“”‘’«»*_.,:;!?-–—|"

# --- credits ------------------------------------------------------------------------------------

LABEL_LINE = re.compile(
    rf"^\s*(?P<label>[{LETTER}](?:[{LETTER}]|[ .'’&/()-]){{0,40}}?)\s*[:\u2013\u2014|]\s*"
    r"(?P<value>\S.*)$"
)
# A release label FIELD_LABELS does not list: a region, then a format or "theatrical"
# ("US DVD", "UK Blu-ray release date", "U.S. theatrical release").
RELEASE_LABEL = re.compile(
    r"^(?:(?:us|uk|u\.s\.|u\.k\.|region\s+\w)\s+)?(?P<kind>dvd|blu-?ray|4k(?:\s+uhd)?|uhd|disc|"
    r"home\s+video|digital|vod|theatrical|street)(?:\s+release)?(?:\s+date)?$"
)
RELEASE_LABEL_FIELDS = {"digital": "release_streaming", "vod": "release_streaming"}
LABEL_NAMES = re.compile(
    r"^\s*(?P<label>directed\s+by|written\s+by|written\s+and\s+directed\s+by|screenplay\s+by|"
    r"starring|with\s+the\s+voices\s+of|voices\s+of|with|avec|mit|con|featuring|released\s+by|"
    r"distributed\s+by|réalisé\s+par|realise\s+par|regie|dirigida\s+por|diretto\s+da|"
    r"running\s+time|run\s*time|runtime|rated|opens|released|in\s+theaters|in\s+cinemas)\s+"
    r"(?P<value>\S.*)$",
    re.IGNORECASE,
)
FIELD_LABELS: dict[str, str] = {
    "director": "directors",
    "directors": "directors",
    "directed by": "directors",
    "dir": "directors",
    "dir.": "directors",
    "filmmaker": "directors",
    "written and directed by": "directors+writers",
    "writer/director": "directors+writers",
    "writer-director": "directors+writers",
    "writer": "writers",
    "writers": "writers",
    "written by": "writers",
    "screenplay": "writers",
    "screenplay by": "writers",
    "screenwriter": "writers",
    "screenwriters": "writers",
    "script": "writers",
    "cast": "cast",
    "starring": "cast",
    "stars": "cast",
    "with": "cast",
    "featuring": "cast",
    "voices": "cast",
    "voice cast": "cast",
    "with the voices of": "cast",
    "voices of": "cast",
    "main cast": "cast",
    "distributor": "distributor",
    "distributed by": "distributor",
    "distribution": "distributor",
    "released by": "distributor",
    "studio": "distributor",
    "studios": "distributor",
    "label": "distributor",
    "mpaa": "rating",
    "mpaa rating": "rating",
    "rated": "rating",
    "rating": "rating",
    "certificate": "rating",
    "certification": "rating",
    "classification": "rating",
    "bbfc": "rating",
    "bbfc rating": "rating",
    "fsk": "rating",
    "age rating": "rating",
    "running time": "runtime",
    "run time": "runtime",
    "runtime": "runtime",
    "length": "runtime",
    "duration": "runtime",
    "release date": "release",
    "release": "release",
    "released": "release",
    "opens": "release",
    "opening": "release",
    "in theaters": "release",
    "in cinemas": "release",
    "theatrical release": "release",
    "theatrical release date": "release",
    "us release": "release",
    "uk release": "release",
    "u.s. release": "release",
    "blu-ray release": "release_home",
    "blu-ray release date": "release_home",
    "dvd release": "release_home",
    "dvd release date": "release_home",
    "disc release date": "release_home",
    "home video release": "release_home",
    "street date": "release_home",
    "streaming date": "release_streaming",
    "streaming": "release_streaming",
    "streaming on": "release_streaming",
    "title": "title",
    "film": "title",
    "movie": "title",
    "original title": "original_title",
    "year": "year",
    "production year": "year",
    "release year": "year",
    # French, German, Spanish and Italian info boxes
    "réalisateur": "directors",
    "réalisatrice": "directors",
    "réalisation": "directors",
    "réalisé par": "directors",
    "regie": "directors",
    "regisseur": "directors",
    "dirección": "directors",
    "dirigida por": "directors",
    "regia": "directors",
    "diretto da": "directors",
    "scénario": "writers",
    "drehbuch": "writers",
    "guion": "writers",
    "guión": "writers",
    "sceneggiatura": "writers",
    "avec": "cast",
    "mit": "cast",
    "con": "cast",
    "interprètes": "cast",
    "darsteller": "cast",
    "besetzung": "cast",
    "reparto": "cast",
    "interpreti": "cast",
    "distributeur": "distributor",
    "verleih": "distributor",
    "distribuidora": "distributor",
    "distribuzione": "distributor",
    "durée": "runtime",
    "laufzeit": "runtime",
    "länge": "runtime",
    "duración": "runtime",
    "durata": "runtime",
    "sortie": "release",
    "date de sortie": "release",
    "sortie en salles": "release",
    "kinostart": "release",
    "estreno": "release",
    "uscita": "release",
    "titre original": "original_title",
    "originaltitel": "original_title",
    "título original": "original_title",
    "titolo originale": "original_title",
}
# Sentence words a capitalized run can start with: "Only Nicholas Hoult, as ..." names Hoult.
NAME_LEAD = re.compile(
    r"^(?:Only|Even|And|But|Both|While|With|As|When|Then|Still|Here|Meanwhile|Also|Yet|So|If|"
    r"Because|Though|Although|Until|Once|Now|Later|Finally|Sadly|Happily)\s+(?=[A-Z])"
)
ABBREVIATION_END = re.compile(rf"(?:(?<![\w.’'])[{UPPER}]|\b(?:Jr|Sr|Bros|Inc|Co|Ltd))$")
NAME_NOISE = re.compile(r"\s*\((?:voice|uncredited|as\s+[^)]*|credited\s+as\s+[^)]*)\)\s*|\.$")

DIRECTED_BY = re.compile(
    rf"\b(?:directed|helmed|co-directed)\s+(?:and\s+(?:co-)?written\s+)?by\s+(?P<names>{PERSON}"
    rf"(?:\s*(?:,|and|&)\s*{PERSON}){{0,8}})"
)
DIRECTOR_APPOSITION = re.compile(
    rf"\b(?:[Ww]riter[- /]director|co-director|[Dd]irector|filmmaker|auteur|helmer|"
    rf"writer[- /]directors|directors|filmmakers),?\s+(?P<names>{PERSON}(?:\s*(?:and|&)\s*{PERSON})?)"
    r"(?!\s+of\b)"
)
MAKER_OF = re.compile(
    rf"(?P<name>{PERSON})['’]s?\s+(?:new\s+|latest\s+|first\s+|debut\s+)?(?:film\s+|movie\s+)?[“\"‘'*_]?"
)
"""'Jacques Audiard’s Rust and Bone': a name owning what follows (checked against the title)."""
DIRECTOR_VERB = re.compile(
    rf"(?P<name>{PERSON})(?:,\s[^.]{{0,100}}?,)?\s+(?:directed|helmed|co-directed|has\s+made|"
    r"(?:shoots|stages|films)\s+(?:it|them|the\s+(?:film|movie|accident|scene|action|sequence|"
    r"fights?|battle|chase)s?)\b)"
    r"(?P<wrote>\s+and\s+(?:co-)?wrote)?\b"
)
"""'Paul Haggis directed and co-wrote it', 'George Miller, who is seventy, has made ...'."""
REMAKE_AFTER = re.compile(r"[”\"’']?\s*(?:remake|sequel|prequel|reboot)\b", re.IGNORECASE)
DIRECTOR_POSSESSIVE = re.compile(
    rf"(?P<name>{PERSON})['’]s?\s+(?:[a-z0-9][\w-]*,?\s+(?:and\s+)?){{0,4}}?(?:film|feature|movie|"
    r"picture|debut|follow-up|comedy|drama|thriller|documentary|western|musical|melodrama|"
    r"adaptation|version|epic|fable)\b"
)
"""'Wes Anderson’s eighth feature', 'Greta Gerwig’s wonderful coming-of-age comedy', 'David
Lynch's 1984 version', 'Spike Jonze’s wistful, funny and deeply felt film'."""
WRITTEN_BY = re.compile(
    rf"\b(?:written|scripted|co-written|penned)\s+(?:and\s+directed\s+)?by\s+(?P<names>{PERSON}"
    rf"(?:\s*(?:,|and|&)\s*{PERSON}){{0,8}})|\bscreenplay\s+(?:is\s+)?by\s+(?P<names2>{PERSON}"
    rf"(?:\s*(?:,|and|&)\s*{PERSON}){{0,8}})|\bscreenwriters?\s+(?P<names3>{PERSON}(?:\s*(?:and|&)\s*{PERSON})?)"
)
WRITER_DIRECTOR = re.compile(
    rf"\b(?:[Ww]riter[- /]director|[Ww]ritten\s+and\s+directed\s+by)\s+(?P<name>{PERSON})"
)
# Names in a writing credit may be surnames of people named before ("Cronenberg adapted ...").
_NAME_OR_SURNAME = rf"(?:{PERSON}|[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?)"
_NAMES = rf"{_NAME_OR_SURNAME}(?:\s*(?:,|,?\s+and|&)\s*{_NAME_OR_SURNAME}){{0,8}}"
SCREENPLAY_CREDITS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?P<names>{_NAMES})['’]s?\s+(?:\w+\s+){{0,2}}(?:screenplay|script)\b"),
    re.compile(
        rf"\b(?:screenplay|script),?\s+(?:is\s+|was\s+)?(?:by|credited\s+to|written\s+by)\s+(?P<names>{_NAMES})"
    ),
    re.compile(
        rf"\b(?:screenplay|script)\s+(?P<names>{_NAMES})\s+(?:wrote|co-wrote|penned)\b"
        rf"(?:\s+with\s+(?P<more>{_NAMES}))?"
    ),
    re.compile(
        rf"(?P<names>{_NAMES}),?\s+(?:who\s+)?(?:adapted|wrote|co-wrote|penned)\s+the\s+"
        rf"(?:screenplay|script)\b(?:\s+with\s+(?P<more>{_NAMES}))?"
    ),
    re.compile(rf"\b(?:adapted|co-written|scripted)\s+by\s+(?P<names>{_NAMES})"),
    # "Jenkins, adapting a theatre piece by ...", "Gerwig, working from her own script"
    re.compile(
        rf"(?P<names>{_NAMES}),?\s+(?:who\s+)?(?:adapting|adapted|adapts)\s+(?:a|an|the|his|her|their)\s"
    ),
    re.compile(
        rf"(?P<names>{_NAMES})['’]s\s+(?:[^.]{{0,80}}?),\s+(?:made|written|working)\s+from\s+(?:her|his|their)\s+own\s+(?:script|screenplay)"
    ),
)
DISTRIBUTOR_IN_BODY = re.compile(
    rf"(?:\b(?P<lead>which|when|after)\s+)?(?P<org>(?:[{UPPER_OR_DIGIT}][\w&.'’-]*)(?:\s+[{UPPER}][\w&.'’-]*){{0,4}})\s+"
    r"(?:released|opened|distributed|(?:gave|is\s+giving|gives)\s+(?:it|the\s+film|the\s+movie)\s+an?\s+"
    r"[\w\s-]{0,30}?release)\b"
)
COMPANY_WORD = re.compile(
    r"\b(?:Pictures|Films?|Features|Classics|Entertainment|Studios?|Releasing|Distribution|"
    r"Searchlight|Media|Productions|Company|Bros\.?|Brothers|Netflix|Amazon|Apple|A24|Neon|IFC|"
    r"Magnolia|Lionsgate|Universal|Paramount|Disney|Columbia|TriStar|Miramax|Annapurna)\b"
)
RELATIVE_RELEASE_YEAR = re.compile(
    r"\b(?:release[sd]?|opened|premiered|came\s+out|arrived|in\s+theaters|Cannes|Sundance|Venice|"
    r"Berlin|Toronto|Telluride|festival)\b[^.]{0,60}?\b"
    r"(?P<when>this\s+(?:year|spring|summer|fall|autumn)|last\s+(?:year|spring|summer|fall|autumn))\b"
    r"|\b(?P<when2>this\s+(?:year|spring|summer|fall|autumn)|last\s+(?:year|spring|summer|fall|autumn))['’]?s?\s+"
    r"(?:\w+\s+){0,3}?(?:release|opening|premiere)\b",
    re.IGNORECASE,
)
STARRING = re.compile(
    rf"\b(?:starring|stars|co-starring|with\s+a\s+cast\s+(?:that\s+)?(?:including|includes))\s+"
    rf"(?P<names>{PERSON}(?:\s*(?:,|,?\s+and|&)\s*{PERSON}){{0,8}})"
)
ACTOR_PAREN = re.compile(
    rf"(?P<a>{CHARACTER})\s*\((?P<b>(?:played\s+by\s+)?{CHARACTER})(?:,\s[^()]{{0,80}})?\)"
)
# "Michael Pena (the locksmith)": an actor with the part described in parentheses.
ACTOR_WITH_PART = re.compile(rf"(?P<actor>{PERSON})\s\((?:the|a|an|as)\s[^()]{{1,60}}\)")
ACTOR_AS = re.compile(
    rf"(?P<actor>{PERSON})(?:['’]s)?(?:,\s[a-z][^,.]{{0,30}},)?(?:,)?\s+(?:[a-z]+\s+){{0,3}}?"
    rf"as\s+(?:the\s+)?(?:(?:titular|aging|young|older|villainous|elderly|grown)\s+)?"
    rf"(?:(?:his|her|their)\s+(?:[a-z]+\s+){{1,2}})?(?P<character>{CHARACTER})"
)
"""'Albert Brooks, of all people, steals the movie as Bernie Rose', 'Howery, as his friend Rod'."""
ACTOR_IS = re.compile(
    rf"^(?P<actor>{PERSON})\s+is\s+(?:(?:his|her|their|the)\s+(?:[a-z]+\s+){{1,3}})?"
    rf"(?P<character>{CHARACTER})(?=[,.;]|$)"
)
"""'Ron Perlman is his cruder partner Nino, and ...': the clause's subject and the part."""
CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")
"""Where a sentence's next clause starts with its own subject."""
# "Ryan Gosling, as a getaway man known only as the Driver", "plays a man the credits call
# only Driver": the part named after a description.
ACTOR_KNOWN_AS = re.compile(
    rf"(?P<actor>{PERSON}),?\s+(?:plays|as)\s+[^.]{{0,60}}?\b(?:known\s+(?:only\s+)?as|"
    rf"(?:calls?|called)\s+(?:(?:him|her)\s+)?(?:only\s+|just\s+)?)\s*(?:the\s+)?"
    rf"(?P<character>{CHARACTER})"
)
# "(Samuel L. Jackson, in a bleached Mohawk)", "a girlfriend (Melissa Benoist)": an actor
# named in parentheses after a description of the part.
ACTOR_IN_PARENS = re.compile(
    rf"(?:(?<![\w'’])[a-z][\w'’-]*,?|,)\s\((?P<actor>{PERSON})(?:(?:,\s|\s(?=[a-z]))[^()]{{0,80}})?\)"
)
ACTOR_DOING = re.compile(
    rf"(?P<actor>{PERSON})(?:,\s+in\s+(?:his|her|their)\s+(?:first|debut|screen|film|breakout)\s+"
    rf"(?:[a-z]+\s+)?role,|,\s+as\s+(?:an?|the|his|her|their)\s+[a-z][^,]{{0,60}},|\s+as\s+an?\s+[a-z]|\s+(?:does\s+what\s+(?:he|she|they)\s+can|"
    r"gives\s+(?:the|a|an|her|his)\s+(?:\w+\s+){0,3}performance|is\s+(?:superb|excellent|terrific|"
    r"wonderful|very\s+fine|marvelous|a\s+marvel)|plays\s+(?:a|an|the)\s+[a-z]|stars\s+as\s+(?:a|an|the)\s+[a-z]))"
)
# "Simmons, a character actor you know, gives the performance of his career": a surname
# doing an actor's work; it counts when the page names that person in full elsewhere.
SURNAME_PERFORMANCE = re.compile(
    rf"(?<![\w'’.-])(?P<surname>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)['’]s?\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:performance|turn)\b"
)
"""'Tautou's performance is as precise as ever': a surname whose performance is judged."""
SURNAME_ACTING = re.compile(
    rf"(?<![\w'’.-])(?P<surname>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?:,\s[^,.]{{0,60}},)?\s+"
    r"(?:gives|delivers|commits|matches|carries|brings|plays|does\s+what|is\s+(?:superb|excellent|"
    r"terrific|wonderful|very\s+(?:fine|good)|marvelous|a\s+marvel|her\s+equal|his\s+equal|"
    r"remarkable|extraordinary|magnificent|genuinely|heartbreaking|moving|riveting))\b"
)
ACTOR_PLAYS = re.compile(
    rf"(?P<actor>{PERSON}),?\s+(?:who\s+)?(?:plays|played|portrays|portrayed|embodies|voices|is\s+playing)\s+"
    rf"(?:the\s+)?(?P<character>{CHARACTER})"
)
# "Bernie Rose and Nino, played by Albert Brooks and Ron Perlman": two lists, zipped in order.
_CHARACTERS = rf"{CHARACTER}(?:,\s*{CHARACTER}){{0,8}},?\s+and\s+{CHARACTER}"
_PEOPLE = rf"{PERSON}(?:,\s*{PERSON}){{0,8}},?\s+and\s+{PERSON}"
PLAYED_BY_LISTS = re.compile(
    rf"(?P<characters>{_CHARACTERS}),?\s+(?:played|portrayed|voiced)\s+by\s+(?P<actors>{_PEOPLE})"
)
PLAYED_BY_ACTORS = re.compile(
    rf"\b(?:played|portrayed|voiced)\s+(?:with\s+(?:[a-z][\w-]*\s+){{1,3}})?by\s+"
    rf"(?:(?:the\s+)?[a-z][\w-]*\s+){{0,3}}?(?P<actors>{_PEOPLE}|{PERSON})"
)
"""'played by Albert Brooks and Ron Perlman', 'played with cool fury by Rooney Mara'."""
PLAYED_BY = re.compile(
    rf"(?P<character>{CHARACTER}),?\s+(?:\()?(?:(?:an?|the)\s+[^.()]{{0,50}}?,?\s+)?"
    rf"(?:played|portrayed|voiced)\s+(?:[a-z][\w-]*\s+){{0,5}}?by\s+(?:(?:the\s+)?[a-z][\w-]*\s+){{0,3}}?"
    rf"(?P<actor>{PERSON})"
)
"""'Zero, a refugee played by newcomer Tony Revolori', 'played by the ballet dancer X'."""
WHOM_PLAYS = re.compile(
    rf"(?P<character>{CHARACTER}),\s+(?:whom|who)\s+(?P<actor>{PERSON})\s+(?:plays|played|portrays)\b"
)
_CREW_ROLE = (
    r"(?:cinematographer|composer|editor|(?:production|costume|sound)\s+designer|producer|"
    r"novelist|author|screenwriter|director\s+of\s+photography|photographer)"
)
CREW_BEFORE = re.compile(rf"\b{_CREW_ROLE}\s+(?P<name>{PERSON})")
"""'the cinematographer Bruno Delbonnel': someone named by a crew role."""
CREW_WORK = re.compile(
    rf"(?P<name>{PERSON})['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:score|photography|cinematography|"
    r"camera|editing|music|production\s+design|costumes|effects|novel|book|script|screenplay)\b"
)
"""'Howard Shore’s score', 'Rob Bottin's effects': someone named by their work off screen."""
# Words that make a capitalized run something other than a person.
NOT_A_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "is",
        "was",
        "are",
        "were",
        "be",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "so",
        "yet",
        "not",
        "no",
        "all",
        "one",
        "two",
        "three",
        "academy",
        "award",
        "awards",
        "golden",
        "globe",
        "cannes",
        "sundance",
        "venice",
        "berlin",
        "toronto",
        "festival",
        "film",
        "films",
        "movie",
        "movies",
        "hollywood",
        "netflix",
        "amazon",
        "hbo",
        "disney",
        "pixar",
        "marvel",
        "dc",
        "warner",
        "universal",
        "paramount",
        "sony",
        "fox",
        "lionsgate",
        "a24",
        "neon",
        "focus",
        "studio",
        "studios",
        "pictures",
        "entertainment",
        "records",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "america",
        "american",
        "british",
        "french",
        "english",
        "new",
        "york",
        "los",
        "angeles",
        "london",
        "paris",
        "city",
        "world",
        "war",
        "part",
        "chapter",
        "season",
        "episode",
        "vol",
        "volume",
        "review",
        "director",
        "writer",
        "producer",
        "actor",
        "actress",
        "star",
        "stars",
        "cast",
        "mr",
        "mrs",
        "ms",
        "dr",
        "god",
        "christ",
        "jesus",
        # sentence openers that are never a name or a title on their own
        *("there", "here", "what", "which", "who", "whatever", "everything", "nothing"),
        *("something", "anything", "someone", "everyone", "anyone", "nobody", "everybody"),
        *("none", "each", "both", "all", "most", "some", "many", "few", "much", "another"),
    ]
)

# --- ratings, runtime, dates --------------------------------------------------------------

MPAA = re.compile(
    r"(?<![\w-])(?P<rating>NC-17|PG-13|PG|G|R|NR|X|Not\s+Rated|Unrated|TV-(?:Y7|Y|G|PG|14|MA))"
    r"(?![\w-])",
)
RATED_IN_TEXT = re.compile(
    r"\b(?:[Rr]ated|MPAA\s+rating:?|MPAA:?)\s+(?P<rating>NC-17|PG-13|PG|G|R|NR|X|Not\s+Rated|Unrated)"
    r"(?![\w-])|\b(?P<unrated>[Nn]ot\s+rated|[Uu]nrated)\b(?=\s*(?:\.|$|by|,|;|\())"
)
RATING_SYSTEMS = re.compile(  # case-blind: labels arrive folded ("fsk: 12")
    r"\b(?P<system>BBFC|FSK|ACB|OFLC|CBFC|IFCO|CNC|KMRB|EIRIN|CHVRS|OFRB|MPAA)\b\s*[:\-]?\s*"
    r"(?P<rating>NC-17|PG-13|PG|R18|R16|R13|12A|15A|16A|18A|14A|MA15\+|M|U|G|R|X|\d{1,2}\+?|A|UA)"
    r"(?![\w-])",
    re.IGNORECASE,
)
CERTIFICATE = re.compile(r"^\s*(?P<rating>U|PG|12A?|15|18|R18)(?![\w-])")
RUNTIME_ISO = re.compile(
    r"\bPT(?:(?P<h>\d{1,2})H)?(?:(?P<m>\d{1,3})M)?(?:\d{1,2}S)?\b", re.IGNORECASE
)
RUNTIME_HM = re.compile(
    r"(?<![\d.:/])(?P<h>\d)\s*(?:h|hrs?|hours?)\.?\s*(?:,|and)?\s*(?P<m>\d{1,2})\s*"
    r"(?:m|mins?|minutes?)?\.?(?![\w/])",
    re.IGNORECASE,
)
RUNTIME_H_ONLY = re.compile(r"(?<![\d.:/])(?P<h>[1-4])\s*(?:hours?|hrs?)\b(?!\s*\d)", re.IGNORECASE)
RUNTIME_M = re.compile(
    r"(?<![\d.:/])(?P<m>\d{2,3})\s*-?\s*(?:min(?:ute)?s?|mn)\b\.?", re.IGNORECASE
)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty"
WORD_NUMBERS = {
    word: value
    for words, start in ((_UNITS, 1), (_TEENS, 10))
    for value, word in enumerate(words.split("|"), start=start)
} | {word: 10 * value for value, word in enumerate(_TENS.split("|"), start=2)}
RUNTIME_WORDS = re.compile(
    rf"\b(?P<h>one|two|three|four)\s+hours?,?\s+and\s+(?P<m>(?:{_TENS})(?:[-\s](?:{_UNITS}))?|"
    rf"{_TEENS}|{_UNITS})\s+minutes\b",
    re.IGNORECASE,
)
"""'two hours and seventeen minutes': a length this exact is the film's running time."""
RUNTIME_NOT_LENGTH = re.compile(
    r"\b(?:by|first|last|final|opening|closing|another|extra|additional|every|than|within|"
    r"lost|trimmed|cut|added)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:\d{1,3}\s*-?\s*min|"
    r"(?:one|two|three|four)\s+hours?\s+and)",
    re.IGNORECASE,
)
"""'Too long by 40 minutes', 'the first 40 minutes': minutes that are not the film's length."""
RUNTIME_CLOCK = re.compile(r"^\s*(?P<h>\d):(?P<m>\d{2})(?::\d{2})?\s*$")
RUNTIME_CONTEXT = re.compile(
    r"\b(?:running\s+time|run\s*time|runtime|clocks?\s+in\s+at|clocking\s+in\s+at|runs|lasts|"
    r"long|length)\b|\b(?:its|it['’]s|at\s+(?:a\s+)?(?:brisk|lean|trim|bloated|punishing|mere)?)\s*"
    r"\d{2,3}[\s-]+minutes\b",
    re.IGNORECASE,
)
RELEASE_KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "home_video",
        re.compile(r"blu-?ray|dvd|4k|uhd|disc|home\s+(?:video|ent)|street\s+date", re.I),
    ),
    (
        "streaming",
        re.compile(
            r"stream|netflix|prime\s+video|hulu|disney\+|max\b|apple\s+tv|vod|digital", re.I
        ),
    ),
    ("festival", re.compile(r"festival|premiere|tiff|cannes|sundance|venice|berlinale", re.I)),
    ("theatrical", re.compile(r"theat|cinema|opens|release|in\s+theaters|limited|wide", re.I)),
)
RELEASE_IN_BODY = re.compile(
    r"\b(?:opens|opened|opening|arrives|released|releases|hits|comes\s+out|is\s+out|out)\s+"
    r"(?:in\s+(?:theaters|cinemas|select\s+theaters)\s+|(?:on\s+)?(?:blu-?ray|dvd|4k|digital|"
    r"netflix|streaming)\s+)?(?:on\s+)?(?=(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|\d{4}-\d\d))",
)

# --- home video ---------------------------------------------------------------------------

FORMAT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("4K UHD", re.compile(r"\b4k\b|\buhd\b|ultra\s+hd", re.IGNORECASE)),
    ("Blu-ray", re.compile(r"\bblu-?ray\b", re.IGNORECASE)),
    ("DVD", re.compile(r"\bdvds?\b", re.IGNORECASE)),
)
DISC_REVIEW_HINT = re.compile(
    r"\b(?:blu-?ray|dvd|4k\s+uhd|4k\s+ultra\s+hd|uhd|ultra\s+hd|disc|steelbook|criterion)\b",
    re.IGNORECASE,
)
# A series or edition closing a headline: "Seven Samurai (The Criterion Collection)",
# "Dune - Collector's Edition". Never part of the film's title.
EDITION_SUFFIX = re.compile(
    r"[(\[\s-](?P<edition>(?:the\s+)?criterion\s+collection|(?:[\w'’-]+\s+){0,3}"
    r"(?:edition|collection|cut|remaster(?:ed)?|restoration|steelbook))[)\]]?\s*$",
    re.IGNORECASE,
)
STREAMING_REVIEW_HINT = re.compile(
    r"\b(?:streaming\s+review|netflix\s+review|(?:now\s+)?streaming\s+(?:on|now)|"
    r"stream(?:ing)?\s+it\s+on|on\s+(?:netflix|hulu|prime\s+video|disney\+|max|apple\s+tv\+?)\s+(?:now|review)|"
    r"streams\s+(?:now|on)|(?:arrives|lands|debuts|premieres|drops)\s+on\s+(?:netflix|hulu|"
    r"prime\s+video|disney\+|max|apple\s+tv\+?|mubi|streaming))\b",
    re.IGNORECASE,
)
SPEC_KEYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video_codec", re.compile(r"^(?:video\s+)?(?:codec|encoding|compression)$", re.I)),
    ("resolution", re.compile(r"^(?:video\s+)?resolution$|^definition$", re.I)),
    ("aspect_ratio", re.compile(r"^(?:original\s+)?aspect(?:\s+ratio)?s?$|^ratio$", re.I)),
    ("hdr", re.compile(r"^hdr(?:\s+format)?$|^high\s+dynamic\s+range$", re.I)),
    ("video", re.compile(r"^video(?:\s+(?:format|quality|specs))?$|^picture$|^transfer$", re.I)),
    (
        "audio",
        re.compile(
            r"^audio(?:\s+(?:formats?|tracks?|specs))?$|^sound(?:\s+mix)?$|^languages?$", re.I
        ),
    ),
    ("subtitles", re.compile(r"^subtitles?$|^subs$|^captions$|^subtitles?\s*/\s*captions$", re.I)),
    ("region", re.compile(r"^region(?:\s+(?:code|coding|encoding))?s?$", re.I)),
    ("discs", re.compile(r"^(?:number\s+of\s+)?discs?(?:\s+count)?$|^disc\s+(?:type|size)$", re.I)),
    ("bit_rate", re.compile(r"^(?:video\s+)?bit\s*-?rate$", re.I)),
    ("layers", re.compile(r"^layers?$|^disc\s+layers?$", re.I)),
    ("packaging", re.compile(r"^packaging$|^case$|^package$", re.I)),
    ("digital_copy", re.compile(r"^digital(?:\s+copy)?$", re.I)),
    ("runtime", re.compile(r"^run\s*time$|^running\s+time$|^length$", re.I)),
    ("rating", re.compile(r"^(?:mpaa\s+)?rating$|^rated$", re.I)),
    ("studio", re.compile(r"^studio(?:\s*/\s*distributor)?$|^label$|^distributor$", re.I)),
    ("release_date", re.compile(r"^release(?:\s+date)?$|^street\s+date$", re.I)),
    ("price", re.compile(r"^(?:list\s+|retail\s+)?price$|^msrp$", re.I)),
    ("format", re.compile(r"^format$|^disc\s+format$", re.I)),
)
FEATURES_LABEL = re.compile(
    r"^(?:special\s+features|bonus\s+features|extras|supplements|bonus\s+material|special\s+features"
    r"\s+and\s+extras|disc\s+extras)$",
    re.IGNORECASE,
)
FEATURES_IN_PROSE = re.compile(
    r"\b(?:special\s+features|bonus\s+features|extras|supplements|bonus\s+materials?|"
    r"supplemental\s+(?:materials?|features)|disc|release|edition|set)\s+(?:also\s+)?"
    r"(?:includes?|including|consists?\s+of|offers?|contains?|comprises?|(?P<be>are|is)|features?|"
    r"boasts?)\s*(?P<colon>:?)\s*(?P<list>[^.]{8,}(?:\.(?=\S)[^.]*)*)\.?",
    re.IGNORECASE,
)
# After "the extras are" without a colon, a list opens with an item, not "carried over ...".
FEATURE_LIST_START = re.compile(
    r"(?i:an?|two|three|four|five|six|several|\d+)\s|(?i:the)\s(?!same\b)|[A-Z]"
)
FEATURE_SPLIT = re.compile(r"\s*(?:;|,(?![^()]*\)))\s*")
FEATURE_AND_ITEM = re.compile(
    r"\s+(?:and|plus)\s+(?=(?:an?|the|two|three|four|five|six|several|\d+)\s|[A-Z])(?![^()]*\))"
)
FEATURE_LEADS = re.compile(
    r"^(?:and|plus|also|an?|the|as\s+well\s+as|along\s+with|there\s+(?:is|are))\s+", re.IGNORECASE
)

# --- keywords: what every match of an expensive pattern contains ---------------------------
# Patterns that open with a name are tried at every capital letter of the text. Each is tried
# only in the sentences holding one of its keywords: plain substrings, so the test costs a
# string search, not a pattern match. Every match of the pattern contains one of them.

_APOSTROPHES = ("'", "’")
_PLAYED = ("played", "portrayed", "voiced")
_FILM_WORDS = (
    *("film", "feature", "movie", "picture", "debut", "follow-up", "comedy", "drama", "thriller"),
    *("documentary", "western", "musical", "melodrama", "adaptation", "version", "epic", "fable"),
)
_PRAISE = tuple(
    f" is {word}"
    for word in (
        *(
            "superb",
            "excellent",
            "terrific",
            "wonderful",
            "very",
            "marvel",
            "a marvel",
            "her equal",
        ),
        *("his equal", "remarkable", "extraordinary", "magnificent", "genuinely", "heartbreaking"),
        *("moving", "riveting"),
    )
)
_ACTING = ("gives", "delivers", "commits", "matches", "carries", "brings", "plays", "does what")
_KEYWORD_FOR: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (TITLE_WITH_YEAR, ("(",)),
    (ORIGINAL_TITLE, ("riginal", "RIGINAL", "aka", "AKA", "a.k.a", "A.K.A", "nown as", "itle")),
    (POSSESSIVE_TITLE, ("'s ", "’s ", "s' ", "s’ ")),
    (BODY_YEAR, (" 1", " 2")),
    (
        TITLE_IS_FILM,
        tuple(
            f"{verb} {article} "
            for verb in ("is", "was", "remains")
            for article in ("a", "an", "the")
        ),
    ),
    (SAW_TITLE, ("saw", "watched", "caught")),
    (
        EDITION_OF_TITLE,
        (
            *("disc of", "edition of", "release of", "restoration of", "remaster of"),
            *("transfer of", "set of", "steelbook of", "has been re"),
        ),
    ),
    (FILM_AGE, ("turn", "years on", "years later", "Years on", "Years later")),
    (DIRECTED_BY, ("directed", "helmed")),
    (DIRECTOR_APPOSITION, ("irector", "filmmaker", "auteur", "helmer")),
    (DIRECTOR_VERB, ("directed", "helmed", "has made", "shoots", "stages", "films")),
    (MAKER_OF, _APOSTROPHES),
    (DIRECTOR_POSSESSIVE, _FILM_WORDS),
    (WRITTEN_BY, ("written", "scripted", "penned", "screenplay", "screenwriter")),
    (WRITER_DIRECTOR, ("rit",)),
    *(
        (pattern, ("screenplay", "script", "adapted", "co-written"))
        for pattern in SCREENPLAY_CREDITS
    ),
    (DISTRIBUTOR_IN_BODY, ("released", "opened", "distributed", "gave", "giving", "gives")),
    (
        RELATIVE_RELEASE_YEAR,
        tuple(
            f"{when} {season}"
            for when in ("this", "last", "This", "Last")
            for season in ("year", "spring", "summer", "fall", "autumn")
        ),
    ),
    (STARRING, ("star", "with a cast")),
    (ACTOR_PAREN, ("(",)),
    (
        CREW_BEFORE,
        ("grapher", "composer", "editor", "designer", "producer", "novelist", "author", "writer"),
    ),
    (
        CREW_WORK,
        (
            *("score", "photography", "camera", "editing", "music", "design", "costumes"),
            *("effects", "novel", "book", "script", "screenplay"),
        ),
    ),
    (ACTOR_IN_PARENS, ("(",)),
    (ACTOR_WITH_PART, ("(the ", "(a ", "(an ", "(as ")),
    (ACTOR_AS, (" as",)),
    (ACTOR_IS, (" is ",)),
    (ACTOR_KNOWN_AS, ("known", "call")),
    (SURNAME_ACTING, (*_ACTING, *_PRAISE)),
    (SURNAME_PERFORMANCE, ("performance", " turn")),
    (
        ACTOR_DOING,
        (
            *("as a", "as the", "as his", "as her", "as their", "does what", "gives", "plays"),
            *(" role,",),
            *("stars as", *_PRAISE),
        ),
    ),
    (ACTOR_PLAYS, ("play", "portray", "embodies", "voices")),
    (PLAYED_BY_LISTS, _PLAYED),
    (PLAYED_BY_ACTORS, _PLAYED),
    (PLAYED_BY, _PLAYED),
    (WHOM_PLAYS, ("plays", "played", "portrays")),
    (RATED_IN_TEXT, ("ated", "MPAA")),
    (RUNTIME_WORDS, ("hour", "Hour")),
    (RELEASE_IN_BODY, ("open", "arrives", "releas", "hits", " out ")),
    (ITALIC, ("*", "_")),
)
KEYWORDS: dict[int, tuple[str, ...]] = {id(pattern): words for pattern, words in _KEYWORD_FOR}
"""Keyed by the pattern's id: hashing a compiled pattern hashes its whole source text."""

# --- small shapes the readers share ---------------------------------------------------------

WORDS = re.compile(r"[^\W\d_][\w'’]*")
TOKENS = re.compile(r"[\w'’]+")
NON_WORD_RUN = re.compile(r"\W+")
PUNCTUATION = re.compile(r"[^\w\s]")
FILE_EXTENSION = re.compile(r"\.\w{2,5}$")
IMAGE_FILE = re.compile(r"\.(?:png|gif|jpe?g|svg|webp)\b|/", re.IGNORECASE)
IMAGE_NAME = re.compile(r"\.(?:png|gif|jpe?g|svg|webp)$", re.IGNORECASE)
PERCENT = re.compile(r"\s*(\d{1,3}(?:\.\d)?)\s*%\s*")
STATED_SCALE = re.compile(r"(?:out\s+of|of|/)\s*(\d{1,2}|four|five|ten)\b", re.IGNORECASE)
WIDGET_SCALE = re.compile(r"\bout\s+of\s+(four|five|4|5)\b", re.IGNORECASE)
TEXT_SCALE = re.compile(r"\bout\s+of\s+(four|five|4|5)\s+stars\b", re.IGNORECASE)
SCORE_LABEL_START = re.compile(
    r"(?=\b(?:movie|film|video|audio|sound|extras|supplements|overall|picture|"
    r"presentation|content)\b\s*(?:score|rating|grade|quality)?\s*[:=\-\u2013\u2014])",
    re.IGNORECASE,
)
MPAA_VALUE = re.compile(r"\s*(?:G|PG|PG-13|R|NC-17|NR|X|Not\s+Rated|Unrated)\b")
GRADE_AT_END = re.compile(
    r"(?:grade|rating|verdict|score)\s*:\s*([^.:]{1,30}?)\s*\.?\s*$", re.IGNORECASE
)
# Capsule lines: where a new fact starts, and sentence ends not after initials or "Bros.".
CAPSULE_BREAK = re.compile(
    r"(?<=[.;|•])\s+(?=(?:directed\s+by|written\s+by|screenplay|starring|with\b|rated\b|"
    r"running\s+time|runtime|run\s+time|distributed\s+by|released\s+by|opens\b|in\s+theaters|"
    r"not\s+rated|unrated|\d{1,3}\s*min|\d\s*h|mpaa|director|cast\b|studio|distributor)"
    r")",
    re.IGNORECASE,
)
INFO_SEPARATOR = re.compile(r"\s+[|•·]\s+")
CAPSULE_SENTENCE_BREAK = re.compile(
    r"(?<=[a-z0-9)])(?<!Bros)(?<!\bJr)(?<!\bSr)(?<!\bDr)(?<!\bMr)(?<!Mrs)(?<!\bSt)(?<!\bvs)\.\s+(?=[A-Z0-9])"
)
NAME_LIST_TOKENS = re.compile(r"(\(|\)|,|;|\s+and\s+|\s*&\s*|\s+/\s+)")
NAME_LIST_END = re.compile(r"\s*(?:;|\.\s|\(based|\bfrom\s+a\s+)")
STAGE_NAME = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}")
PAREN_ITEM = re.compile(r"(.+?)\s*\((.+)\)\s*")
PAREN_LEAD = re.compile(r"^(?:as|played\s+by)\s+")
PAIR_SEPARATORS = tuple(
    re.compile(s) for s in (r"\s+as\s+", r"\s+[-–—]\s+", r"\s*\.{2,}\s*", r"\s*:\s*")
)
BARE_RUNTIME_LINE = re.compile(
    r"\s*(?:\d{2,3}\s*(?:min(?:ute)?s?\.?|mn)|\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m\w*\.?)\s*\.?",
    re.IGNORECASE,
)
BARE_RATING_LINE = re.compile(r"\s*(?:Not\s+Rated|Unrated|NR|PG-13|NC-17)\s*\.?", re.IGNORECASE)
DISTRIBUTOR_END = re.compile(r"\s*[;(]|\s+\d")
THEATRICAL_WORDS = re.compile(r"theat|cinema", re.IGNORECASE)
CHARACTER_LEAD = re.compile(r"^(?:And|But|While|As)\s+(?=[A-Z])")
SIDE_LEAD = re.compile(r"^(?:The|And|But|While|As|With|Both|Even|Only|When)\s+(?=[A-Z])")
CHARACTER_TITLE_RE = re.compile(CHARACTER_TITLE)
GIVEN_NAMES_BEFORE = re.compile(rf"(?:{PERSON_HEAD})\s+$")


# Years beside a title found by plain string search (no pattern is compiled per page):
YEAR_PAREN_AFTER = re.compile(r"[”\"’']?\s*\((?:[^()]{0,40},\s*)?(?P<year>1[89]\d\d|20[0-4]\d)\)")
YEAR_POSSESSIVE_BEFORE = re.compile(r"(?P<year>1[89]\d\d|20[0-4]\d)['’]s\s+[“\"‘']?$")
SLUG_YEAR = re.compile(r" (?P<year>1[89]\d\d|20[0-4]\d)\b")
