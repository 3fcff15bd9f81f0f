"""The critic's own grade: parse what a page writes and put it on one published 0-100 scale.

The scale is the table in docs/grades.md; change both together. ``parse_grade`` reads one
short piece of text that is meant as a grade; ``find_grade`` decides which piece of an
article is the critic's grade, so reader widgets, runtimes and dates are never taken for one.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence

from reception.facts import patterns as p
from reception.records import Article, Grade, Source

LETTER_VALUES: dict[str, float] = {
    "A+": 100.0,
    "A": 100.0,
    "A-": 92.0,
    "B+": 83.0,
    "B": 75.0,
    "B-": 67.0,
    "C+": 58.0,
    "C": 50.0,
    "C-": 42.0,
    "D+": 33.0,
    "D": 25.0,
    "D-": 17.0,
    "F": 0.0,
}
"""Letter grades on the 0-100 scale (docs/grades.md): C, the school scale's average, is the
middle (50), a third of a letter is 8 1/3 points, and A and A+ are the top. Critics draw their
fresh line between C+ and B-, where their numeric grades put it between 50 and 60: of 6,600
critics' quotes with their own grades, B- is 97 % fresh (grades worth 60: 84 %, 70: 100 %),
C+ 12 % and C 8 % (50: 8 %). Letters spread evenly from F = 0 put B- at 58, not fresh."""

DEFAULT_STAR_SCALE = 5
"""Stars with no stated maximum and no empty stars drawn are read as out of five (most sites'
scale); a page that says "out of four", or draws empty stars, overrides it."""

ASTERISK_SCALE = 4
"""Asterisks typed for stars ("****") with no stated maximum are the four-star scale of
newspaper critics and film guides, where the typed form comes from; a stated scale wins."""

GRADE_SCALES = frozenset({3, 4, 5, 6, 10, 20, 100})
"""Denominators a grade is written over; anything else ("24/7", "9/11") is not a grade."""

MAX_GRADE_TEXT = 160
"""A grade is short; longer text is prose and is searched only by ``find_grade``'s rules."""


def _amount(text: str) -> float | None:
    """'3', '3.5', '3,5', 'three', 'three and a half', '3½' as a number."""
    text = text.strip().lower()
    half = 0.0
    for marker in ("and a half", "½", "1/2"):
        if text.endswith(marker):
            text = text[: -len(marker)].strip()
            half = 0.5
            break
    if text in p.NUMBER_WORD_VALUES:
        return p.NUMBER_WORD_VALUES[text] + half
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value + half if math.isfinite(value) else None


def from_fraction(raw: str, k: float, n: float, scale: str = "fraction") -> Grade | None:
    """k out of n as a grade, when n is a grade scale and 0 <= k <= n."""
    if n not in GRADE_SCALES or not 0 <= k <= n:
        return None
    return Grade(raw=raw, value_0_100=round(100.0 * k / n, 1), scale=scale)


def from_letter(letter: str, modifier: str = "") -> Grade | None:
    """'B' and '+' (or '-', '−', 'plus', 'minus', '-minus') as a grade."""
    mod = modifier.strip().lower()
    sign = (
        "+"
        if mod.endswith(("+", "plus"))
        else "-"
        if mod.endswith(("-", "−", "–", "minus"))
        else ""
    )
    key = letter.upper() + sign
    if key not in LETTER_VALUES:
        return None
    return Grade(raw=(letter + modifier).strip(), value_0_100=LETTER_VALUES[key], scale="letter")


def from_schema(value: float, best: float | None, worst: float | None) -> Grade | None:
    """schema.org ratingValue with bestRating/worstRating (defaults 5 and 1).

    A worst of 0 or 1 is the ordinary "k out of n" scale, read as 100·k/n like any fraction;
    any other worst is mapped linearly so the scale's ends land on 0 and 100.
    """
    top = 5.0 if best is None else best
    bottom = 1.0 if worst is None else worst
    if not (math.isfinite(value) and math.isfinite(top) and math.isfinite(bottom)):
        return None
    if top <= bottom or (not bottom <= value <= top and not (bottom == 1 and value == 0)):
        return None
    if bottom in (0.0, 1.0):
        normalized = 100.0 * value / top
    else:
        normalized = 100.0 * (value - bottom) / (top - bottom)
    if not (math.isfinite(normalized) and 0.0 <= normalized <= 100.0):
        return None  # absurd scales overflow
    return Grade(raw=f"{value:g}/{top:g}", value_0_100=round(normalized, 1), scale="schema")


def from_verbal(text: str) -> Grade | None:
    """A phrase of a site's verbal scale (``patterns.VERBAL_SCALES``), best = 100, worst = 0."""
    phrase = " ".join(p.PUNCTUATION.sub(" ", text.lower()).split())
    for steps in p.VERBAL_SCALES.values():
        if phrase in steps:
            position = steps.index(phrase)
            value = 100.0 * (len(steps) - 1 - position) / (len(steps) - 1)
            return Grade(raw=text.strip(), value_0_100=round(value, 1), scale="verbal")
    return None


def _stated_scale(text: str) -> int | None:
    """'out of five', '/5', 'of 4 stars' written next to stars."""
    match = p.STATED_SCALE.search(text)
    if not match:
        return None
    amount = _amount(match.group(1))
    return int(amount) if amount in (4.0, 5.0, 10.0) else None


def _from_star_glyphs(text: str, default_scale: int | None) -> Grade | None:
    match = p.STAR_RUN.search(text)
    if not match or text[: match.start()].rstrip()[-1:].isdigit():
        return None  # "1½ out of 4" is a number, read as a fraction
    run = match.group(0)
    full = sum(run.count(ch) for ch in p.STAR_FULL)
    half = sum(run.count(ch) for ch in p.HALF_MARKS)
    end = match.end()
    written_half = p.WRITTEN_HALF.match(text, end)
    if written_half and not half:  # "★★ 1/2"
        half, run, end = 1, run + written_half.group(0), written_half.end()
    empty = sum(run.count(ch) for ch in p.STAR_EMPTY)
    if not full and not half:
        return from_fraction(run, 0.0, float(empty), "stars") if empty else None
    stated = _stated_scale(text[end:]) or default_scale or DEFAULT_STAR_SCALE
    scale = full + half + empty if empty else stated
    scale = max(scale, math.ceil(full + 0.5 * half))
    return from_fraction(run.strip(), full + 0.5 * half, float(scale), "stars")


def _from_ascii_stars(text: str, default_scale: int | None) -> Grade | None:
    match = p.ASCII_STARS.match(text)
    if not match:
        return None
    stated = _stated_scale(match.group("scale")) if match.group("scale") else None
    if match.group("scale") and stated is None:
        return None
    stars = text.count("*") + (0.5 if "1/2" in text or "½" in text else 0.0)
    scale = stated or default_scale or ASTERISK_SCALE
    return from_fraction(text, stars, float(max(scale, math.ceil(stars))), "stars")


def _from_out_of(text: str) -> Grade | None:
    match = p.OUT_OF.search(text)
    if not match:
        return None
    k = _amount(match.group("k"))
    n = _amount(match.group("n"))
    if k is None or n is None:
        return None
    scale = "stars" if "star" in match.group(0).lower() else "fraction"
    return from_fraction(match.group(0).strip(), k, n, scale)


def _from_stars_word(text: str, default_scale: int | None) -> Grade | None:
    match = p.STARS_WORD.search(text)
    if not match:
        return None
    k = _amount(match.group("k"))
    if k is None:
        return None
    scale = _stated_scale(text[match.end() :]) or default_scale or DEFAULT_STAR_SCALE
    return from_fraction(match.group(0).strip(), k, float(max(scale, math.ceil(k))), "stars")


def _from_star_file(text: str, default_scale: int | None) -> Grade | None:
    """An image file name: 'stars-3.png', 'rating_3_5.gif' (3.5), '4-of-5-stars.svg'."""
    if not p.IMAGE_FILE.search(text):
        return None
    name = text.rsplit("/", 1)[-1]
    match = p.STAR_FILE.search(name)
    if not match:
        return None
    whole = match.group("k") or match.group("k2")
    half = match.group("half") or match.group("half2")
    k = float(whole) + (0.5 if half else 0.0)
    if k > 10 and not half and len(whole) == 2:  # "35" written for 3.5
        k = float(whole[0]) + float(whole[1]) / 10
    n = (
        float(match.group("n"))
        if match.group("n")
        else float(max(default_scale or DEFAULT_STAR_SCALE, math.ceil(k)))
    )
    return from_fraction(name, k, n, "stars")


def _from_percent(text: str) -> Grade | None:
    match = p.PERCENT.fullmatch(text)
    if not match:
        return None
    return from_fraction(match.group(0).strip(), float(match.group(1)), 100.0, "fraction")


_FILLER_WORDS = {
    *("out", "of", "stars", "star", "our", "my", "critic", "critics", "critic's", "rating"),
    *("grade", "score", "verdict", "overall", "the", "film", "movie", "a", "an", "points"),
    *p.NUMBER_WORD_VALUES,
}


def _mostly_grade(text: str, raw: str) -> bool:
    """The grade is the text, give or take a few filler words ('Our rating ★★★ out of 5');
    a sentence that merely contains one ('its three stars are superb') is not a grade."""
    rest = text.replace(raw, " ", 1).lower()
    words = [w for w in p.WORDS.findall(rest) if w not in _FILLER_WORDS]
    return len(words) <= 1


def _read(value: str, labelled: bool, default_scale: int | None) -> Grade | None:
    for reader in (_from_star_glyphs, _from_ascii_stars, _from_star_file):
        grade = reader(value, default_scale)
        if grade:
            return grade
    grade = _from_out_of(value) or _from_stars_word(value, default_scale)
    if grade:
        return grade
    letter = p.LETTER_ALONE.match(value)
    if letter:
        return from_letter(letter.group("letter"), letter.group("mod") or "")
    if labelled:
        return _from_percent(value) or from_verbal(value)
    return from_verbal(value) or _from_percent(value)


def on_known_scale(text: str, scale: int) -> Grade | None:
    """A number written alone ("4", "3.5") read on a scale known from elsewhere (the critic's
    or publication's other grades). ``parse_grade`` never reads one: on a page, a lone number
    is as often a count, a price or a page number."""
    match = p.BARE_AMOUNT.fullmatch(text.strip())
    amount = _amount(match.group("k")) if match else None
    return from_fraction(text.strip(), amount, float(scale)) if amount is not None else None


def _unwrap(text: str) -> str:
    """'**Grade: B+**' or 'Grade: _A-_' in a text dump as plain text; '****' and
    'Rating: ****' are stars and stay."""
    wrapped = text[:1] in "*_" and text[-1:] in "*_"
    return text.strip("*_ ") if wrapped and any(ch.isalpha() for ch in text) else text


def parse_grade(text: str, default_scale: int | None = None) -> Grade | None:
    """A short text meant as a grade ("★★★½", "3 out of 4", "B+", "Grade: 7/10") or None.

    Never raises: any string gives a valid Grade or None.
    """
    text = " ".join(text.split())
    text = _unwrap(text)
    if not text or len(text) > MAX_GRADE_TEXT or p.NOT_CRITIC_GRADE.search(text):
        return None
    labelled = p.GRADE_LABEL.match(text)
    value = _unwrap(labelled.group("value").strip()) if labelled else text
    grade = _read(value, bool(labelled), default_scale)
    if grade is None:
        return None
    image_name = p.IMAGE_NAME.search(grade.raw)
    return grade if image_name or _mostly_grade(value, grade.raw) else None


# --- which text on the page is the critic's grade ----------------------------------------------


def _page_scale(article: Article) -> int | None:
    """The star scale a page states anywhere ('out of five stars'), else None (each form of
    stars then has its own default)."""
    if article.structured and article.structured.best_rating in (4.0, 5.0, 10.0):
        return int(article.structured.best_rating)
    for text in article.rating_text:
        match = p.WIDGET_SCALE.search(text)
        if match:
            return 4 if match.group(1).lower() in ("four", "4") else 5
    for text in (*article.infobox, *article.body[-3:]):
        match = p.TEXT_SCALE.search(text)
        if match:
            return 4 if match.group(1).lower() in ("four", "4") else 5
    return None


def _scored_lines(lines: Iterable[str]) -> Iterable[tuple[str, str]]:
    """(label, value) for each 'Movie: 4/5'-style score in the lines, several per line allowed."""
    for line in lines:
        parts = p.SCORE_LABEL_START.split(line)
        for part in parts:
            match = p.MULTI_SCORE.match(part)
            if match:
                yield " ".join(match.group("label").lower().split()), match.group("value")


def _multi_score_grade(lines: Sequence[str], scale: int | None) -> Grade | bool | None:
    """The Movie score when the lines carry several labelled scores.

    Returns False when there are no labelled scores at all, so the caller keeps looking.
    """
    scores = [(label, parse_grade(value, scale)) for label, value in _scored_lines(lines)]
    scores = [(label, grade) for label, grade in scores if grade]
    if not scores:
        return False
    for wanted in (p.MOVIE_SCORE_LABEL, p.OVERALL_SCORE_LABEL):
        for label, grade in scores:
            if wanted.match(label):
                return grade
    return None


def _first_grade(lines: Iterable[str], scale: int | None) -> Grade | None:
    for line in lines:
        grade = parse_grade(line, scale)
        if grade:
            return grade
    return None


def _labelled_lines(lines: Iterable[str]) -> list[str]:
    """Lines that say they are a grade ('Grade: B+', 'Our rating: ★★★')."""
    return [line for line in lines if p.GRADE_LABEL.match(line) and not _is_mpaa(line)]


def _is_mpaa(line: str) -> bool:
    match = p.GRADE_LABEL.match(line)
    value = match.group("value") if match else line
    return bool(p.MPAA_VALUE.match(value))


def _body_grade(body: Sequence[str], scale: int | None) -> Grade | None:
    """A grade line in the body, or a grade standing alone at its very start or end."""
    short = [para for para in body if len(para) <= 80]
    labelled = _labelled_lines(short)
    several = _multi_score_grade([para for para in short if not _is_mpaa(para)], scale)
    if several is not False:
        return several if isinstance(several, Grade) else None
    grade = _first_grade(labelled, scale)
    if grade:
        return grade
    edges = [*body[-2:][::-1], *body[:1]] if body else []
    for para in edges:
        if len(para) <= 40:
            grade = parse_grade(para, scale)
            if grade:
                return grade
        tail = p.GRADE_AT_END.search(para)
        if tail:
            grade = parse_grade(tail.group(1), scale)
            if grade:
                return grade
    for para in body[-3:]:
        for given in p.GIVE_GRADE.finditer(para):
            grade = parse_grade(given.group("value"), scale)
            if grade and grade.scale != "letter" and grade.scale != "verbal":
                return grade
    return None


def find_grade(article: Article) -> Grade | None:
    """The critic's grade: widget text, then structured data, then grade lines, then the body's edges."""
    scale = _page_scale(article)
    rating_lines = [line for line in article.rating_text if not p.NOT_CRITIC_GRADE.search(line)]
    several = _multi_score_grade(rating_lines, scale)
    if isinstance(several, Grade):
        return dataclasses.replace(several, source=Source.INFOBOX)
    grade = None if several is None else _first_grade(rating_lines, scale)
    if grade:
        return dataclasses.replace(grade, source=Source.INFOBOX)
    structured = article.structured
    if structured and structured.rating_value is not None:
        grade = from_schema(
            structured.rating_value, structured.best_rating, structured.worst_rating
        )
        if grade:
            return dataclasses.replace(grade, source=Source.STRUCTURED)
    spec_lines = [f"{label}: {value}" for label, value in article.specs]
    # A disc review's "Movie: ★★½ / Extras: ★★★★½" rows, in the specs table or the info box.
    several = _multi_score_grade([*spec_lines, *article.infobox], scale)
    if isinstance(several, Grade):
        return dataclasses.replace(several, source=Source.INFOBOX)
    grade = _first_grade(_labelled_lines([*article.infobox, *spec_lines]), scale)
    if grade:
        return dataclasses.replace(grade, source=Source.INFOBOX)
    grade = _body_grade(article.body, scale)
    if grade:
        return dataclasses.replace(grade, source=Source.BODY)
    for text, source in ((article.headline, Source.HEADLINE), (article.dek, Source.DEK)):
        if text and p.STAR_RUN.search(text):
            grade = _from_star_glyphs(text, scale)
            if grade:
                return dataclasses.replace(grade, source=source)
    return None
