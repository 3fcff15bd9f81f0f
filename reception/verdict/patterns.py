"""Every regular expression the verdict stage uses, in one place."""

from __future__ import annotations

import re

# Tokens: words (with digits) and the two punctuation marks that carry feeling.
TOKEN = re.compile(r"\b\w+\b|!|\?")

# Contractions are spelled "isn't" in pages and "is n't" in the treebank; both become "is not".
NEGATED_CONTRACTION = re.compile(r"\s?n['’]t\b", re.IGNORECASE)

# IMDb texts carry HTML line breaks.
HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)

# A sentence ends at . ! ? or an ellipsis, after any closing quotes, before white space.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")

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
