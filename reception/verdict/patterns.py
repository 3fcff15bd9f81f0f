"""Every regular expression the verdict stage uses, in one place."""

from __future__ import annotations

import functools
import re

# Tokens: words (with digits) and the two punctuation marks that carry feeling.
TOKEN = re.compile(r"\b\w+\b|!|\?")
# The same, plus the punctuation that closes a negator's scope (dropped once it has done so).
SCOPED_TOKEN = re.compile(r"\b\w+\b|[!?.,;:()\[\]\"“”—–]|\s-\s")

# Negation scope: the words after a negator, up to the next punctuation mark or contrast word,
# are read as negated ("not a bad film": "a", "bad", "film" are not the "a bad film" of a pan).
NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nobody",
        "nowhere",
        "neither",
        "nor",
        "hardly",
        "barely",
        "scarcely",
        "without",
        "cannot",
    }
)
NEGATOR = re.compile(r"\b(?:" + "|".join(sorted(NEGATORS)) + r")\b")
SCOPE_BREAKS = frozenset({"but", "yet", "though", "although", "however", "whereas"})
NEGATED_MARK = "~"

# Contractions are spelled "isn't" in pages and "is n't" in the treebank; both become "is not".
NEGATED_CONTRACTION = re.compile(r"\s?n['’]t\b", re.IGNORECASE)

# IMDb texts carry HTML line breaks.
HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)

# Contrast: the clause after "but", "yet", "however", "still" outweighs the one before it.
CONTRAST_SPLIT = re.compile(
    r"(?:[,;:—–]\s*|\s-\s|\s)(?=(?:but|yet|however|still|nevertheless|nonetheless)\b[\s,])",
    re.IGNORECASE,
)
# A concession that opens a sentence ("Although it drags, ...") weighs less than its main clause.
CONCESSION_OPENING = re.compile(
    r"^(?:although|though|even though|while|despite|for all|granted)\b[^,]{3,160},\s*",
    re.IGNORECASE,
)

# Lines that open with a quotation mark are someone else's words (a blurb, a line of dialogue).
QUOTED_LINE = re.compile(r"^\s*[\"“‘']")

# A question states no verdict, so it is never a pull quote.
QUESTION_END = re.compile(r"\?[\"'”’)]*\s*$")

# Words that make a sentence talk about the film or the viewer rather than retell the plot;
# used to pick weakly labelled plot sentences when training the subjectivity scorer.
NOT_PLOT = re.compile(
    r"\b(?:i|i'm|i've|me|my|we|our|you|your|film|movie|movies|films|watch|watching|"
    r"performance|performances|acting|director|directed|script|cinema|plot|story|scenes?)\b",
    re.IGNORECASE,
)

# Stated-verdict idioms of film criticism (general reviewing language, written for this list, not
# taken from any page). Matched on a clause's normalized tokens: lower case, n't -> not,
# punctuation dropped. They are candidates only: training keeps the ones that mark a mixed review
# in critics' own ratings (scaledata), see train.fit_calibration, plus VERDICT_ALWAYS.
_FILM = (
    r"(?:film|films|movie|movies|picture|pictures|thriller|thrillers|comedy|comedies|drama|dramas)"
)
_HEDGES = (
    r"uneven",
    r"mixed bag",
    r"hit (?:and|or) miss",
    r"patchy",
    r"middling",
    r"so so",
    r"mediocre",
    r"passable",
    r"serviceable",
    r"watchable",
    r"has (?:its|some) (?:moments|pleasures|charms|merits)",
    r"(?:sporadically|intermittently|fitfully) \w+",
    r"(?:pleasant|enjoyable|entertaining|diverting|watchable|amiable|good|fun) enough",
    r"mixed (?:feelings|results|blessing|emotions)",
    r"ambivalent",
    r"on balance",
    r"respect(?:ed)? (?:it )?more than (?:i )?(?:love|like|enjoy)",
    r"(?:less|more) than the sum of its parts",
    r"good (?:but |is )?not great",
    r"not quite (?:enough|there|work|works|succeed|succeeds|come together|comes together|gel|gels|"
    r"add up|adds up)",
    r"never quite",
    r"falls? just short",
    r"comes? close",
    r"almost works",
    r"could have been",
    r"might have been",
    r"should have been",
    r"if only",
    r"missed opportunity",
    r"(?:only )?for (?:fans|devotees|the faithful|completists|the curious)",
    r"fans will",
    r"rent it",
    r"worth a rental",
    r"(?:wait|waiting) for (?:the )?(?:video|dvd|cable|streaming|rental|blu ray)",
    r"matinee",
    r"(?:two|2|two and a half|2 1 2) stars",
    r"a qualified",
    r"with reservations",
    r"a mixed",
    r"flawed but",
    r"a flawed",
    r"imperfect",
    r"a minor (?:film|movie|work|pleasure|entry)",
)
_VERDICTS = (  # a negator just before one of these turns it around, so it is not counted
    r"disappointing",
    r"(?:a |big |real )?disappointment",
    r"falls? (?:flat|short)",
    r"misses the mark",
    r"misfire[sd]?",
    r"fails? (?:to|as|on)",
    r"(?:an? )?(?:mess|slog|chore|letdown)",
    r"tedious",
    r"boring",
    r"plodding",
    r"interminable",
    r"pointless",
    r"forgettable",
    r"joyless",
    r"underwhelming",
    r"not worth",
    r"(?:can not|cannot|could not|hard to|difficult to) recommend",
    r"not (?:recommended|a good (?:film|movie))",
    r"(?:a )?thumbs down",
    r"(?:one|1|one and a half|1 1 2) stars?",
    r"(?:do not|don t) bother",
    r"skip (?:it|this)",
    r"not (?:very )?good",
    r"fails",
    r"failure",
    r"instead",
    r"recommend(?:ed|able)?",
    r"(?:well )?worth (?:seeing|watching|a look|catching|the (?:price|ticket|"
    r"trip|wait|admission)|your (?:time|money|while)|the time|it|a visit|seeking out)",
    r"see it",
    r"a (?:real |rare |genuine )?(?:treat|delight|gem|winner|pleasure|joy)",
    r"(?:three|3) stars",
    r"(?:a )?thumbs up",
    r"never (?:drags|boring|dull|flags)",
    r"rewarding",
    r"(?:minor|small|modest|few) (?:quibbles?|reservations?|complaints?|flaws?|caveats?)",
    r"quibbles?",
    r"better than (?:almost |nearly )?(?:anything|most)",
    r"a cut above",
    r"masterpiece",
    r"masterwork",
    r"tour de force",
    r"(?:an? )?(?:modern|instant|genuine|true) classic",
    rf"one of the (?:very )?(?:best|greatest|finest) {_FILM}",
    rf"(?:best|finest) {_FILM} (?:of|in) (?:the|this) (?:year|decade|season|summer)",
    r"must see",
    r"not to be missed",
    r"(?:do not|don t) miss (?:it|this)",
    r"unmissable",
    r"(?:highly|strongly|heartily|wholeheartedly|warmly|enthusiastically) recommend(?:ed)?",
    r"recommend(?:ed)? without (?:reservation|hesitation)",
    r"(?:four|4|five|5) stars",
    r"an? (?:triumph|knockout|marvel)",
    r"go see it",
    r"waste of (?:time|money|talent|film|celluloid|your|a)",
    r"worst (?:film|movie|picture|thing)s?",
    r"one of the worst",
    r"(?:awful|terrible|dreadful|abysmal|atrocious|unwatchable|unbearable|"
    r"excruciating|insufferable|laughably bad|painfully bad)",
    r"avoid (?:it|this|at all costs)",
    r"(?:an? )?(?:disaster|fiasco|debacle|dud|turkey|travesty)",
    r"embarrassment",
    r"(?:zero|no) stars",
    r"(?:stay|run) away",
    r"should never have been made",
)
VERDICT_PHRASES: tuple[str, ...] = _HEDGES + _VERDICTS
VERDICT_NEGATABLE = frozenset(range(len(_HEDGES), len(VERDICT_PHRASES)))
# Standard hedging idioms too rare in scaledata (under 5 reviews) to be judged there: kept anyway.
VERDICT_ALWAYS = frozenset(
    VERDICT_PHRASES.index(phrase)
    for phrase in (
        r"patchy",
        r"middling",
        r"mixed (?:feelings|results|blessing|emotions)",
        r"respect(?:ed)? (?:it )?more than (?:i )?(?:love|like|enjoy)",
        r"(?:less|more) than the sum of its parts",
        r"good (?:but |is )?not great",
        r"falls? just short",
        r"a qualified",
    )
)
# Each phrase on its own, to tell which one a match of a joined pattern was.
VERDICT_EACH = tuple(re.compile(phrase) for phrase in VERDICT_PHRASES)


@functools.cache
def verdict_pattern(phrases: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern for these phrases (no capture groups: they would slow the scan tenfold)."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{VERDICT_PHRASES[i]})" for i in phrases) + r")\b")


NEGATOR_BEFORE = re.compile(
    r"\b(?:not|never|no|hardly|barely|nor|nothing|without|neither)(?: \w+){0,2} $"
)
# A rating key ("* * * = excellent show . look for it") lists grades; it states no verdict.
RATING_KEY = re.compile(r"=")

# Litotes: a negated fault ("not bad", "I didn't hate it", "hardly a disaster") is faint praise,
# a mild positive, whatever the n-grams of the fault say. Matched on normalized tokens.
LITOTES = re.compile(
    r"\b(?:not|never|hardly|scarcely|nothing|far from)(?: (?:at all|all|too|so|half|that|"
    r"really|entirely|exactly|completely|altogether|a|an|the|it|was|is|as))* "
    r"(?:bad|hate|hated|awful|terrible|dreadful|dislike|disliked|boring|dull|unpleasant|"
    r"unwatchable|disappointing|a disappointment|a disaster|a failure|a waste|a chore|"
    r"without (?:merit|charm|its charms|its pleasures|interest))\b"
    r"(?! (?:enough|but|either|as|in|to))"
)
