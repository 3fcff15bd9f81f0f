"""Which film a review is about: its title, year and original title, each with its source.

Trust order: structured data, info box, headline patterns, dek, URL, body. A headline that
does not name the film (a pun, a thesis) is recognized because its candidate title never
appears in the body, info box or URL, and the body is asked instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from reception.facts import patterns as p
from reception.facts.grades import parse_grade
from reception.facts.text import (
    clean_title,
    count_words,
    folded,
    is_person,
    labelled,
    scan,
    word_positions,
)
from reception.records import Article, Fact, Source
from reception.text import YEAR, sentence_spans

_SPELLING_MATCH = 85.0  # rapidfuzz ratio at which a box's title and the page's phrase agree


def _title_case(text: str) -> bool:
    """Most words capitalized, as titles are written in English and most Latin-script pages."""
    words = p.WORDS.findall(text)
    if not words or not words[0][:1].isupper():
        return False
    small = {
        "a",
        "an",
        "the",
        "and",
        "of",
        "in",
        "on",
        "to",
        "for",
        "at",
        "by",
        "with",
        "or",
        "de",
        "la",
        "le",
        "et",
        "du",
        "des",
        "d",
        "l",
        "from",
        "is",
        "as",
        "but",
        "vs",
        "nor",
    }
    capitals = sum(1 for w in words if w[:1].isupper() or w.lower() in small)
    return capitals >= max(1, len(words) - 1) or len(words) == 1


def _all_capitalized(text: str) -> bool:
    """Every word capitalized but the small ones, and the first one too: 'Rust and Bone'."""
    words = p.WORDS.findall(text)
    small = {"a", "an", "the", "and", "of", "in", "on", "to", "for", "at", "by", "with", "or"}
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in small for w in words)
        and folded(text) not in p.NOT_A_NAME_WORDS
    )


def _plausible(title: str) -> bool:
    return (
        1 <= len(title) <= 100
        and any(ch.isalpha() or ch.isdigit() for ch in title)  # not "★★½"
        and len(title.split()) <= 14
    )


def _split_year(title: str) -> tuple[str, int | None, str | None]:
    """'Rust and Bone (De rouille et d'os, 2012)' -> title, 2012, 'De rouille et d'os'."""
    year = None
    original = None
    for match in reversed(list(p.PAREN.finditer(title))):
        if title[match.end() :].strip(p.TITLE_TRIM):
            break
        inner = match.group("inner")
        found = YEAR.search(inner)
        if found:
            year = int(found.group("year"))
            rest = clean_title(inner[: found.start()].rstrip(" ,;"))
            if rest and not any(ch.isdigit() for ch in rest) and _title_case(rest):
                original = rest
        elif p.EDITION_SUFFIX.fullmatch(f"({inner})"):
            pass  # "(The Criterion Collection)": the edition under review, not the film's name
        elif _title_case(inner) and not p.DISC_REVIEW_HINT.search(inner):
            original = clean_title(inner)
        else:
            break
        title = title[: match.start()]
    return clean_title(title), year, original


def headline_candidates(headline: str) -> Iterator[tuple[str, int | None, str | None]]:
    """Titles a headline may carry, most specific pattern first: (title, year, original)."""
    quoted = p.QUOTED_START.match(headline)
    if quoted:
        yield clean_title(quoted.group("title")), None, None
    for match in p.QUOTED.finditer(headline):
        inner = clean_title(match.group("title"))
        if _title_case(inner):
            yield inner, None, None
    trimmed = p.HEADLINE_FORMAT_TAIL.sub("", headline).strip()
    prefix = p.HEADLINE_REVIEW_PREFIX.match(trimmed)
    if prefix:
        rest = p.HEADLINE_FORMAT_TAIL.sub("", prefix.group("title")).strip()
        yield _split_year(rest)
        for part in p.HEADLINE_SEPARATOR.split(rest)[:1]:
            yield _split_year(p.HEADLINE_FORMAT_TAIL.sub("", part))
        # "Review: In Moonlight, a Life in Three Shades of Blue"
        yield _split_year(_trim_lead(rest.split(",")[0]))
    suffix = p.HEADLINE_REVIEW_SUFFIX.match(trimmed)
    if suffix:
        yield _split_year(p.HEADLINE_FORMAT_TAIL.sub("", suffix.group("title")))
    with_year = p.TITLE_WITH_YEAR.search(headline)
    if with_year:
        yield _split_year(headline[: with_year.end()].split(": ")[-1])
    yield _split_year(trimmed)
    for part in p.HEADLINE_SEPARATOR.split(trimmed):
        yield _split_year(p.HEADLINE_FORMAT_TAIL.sub("", part))
    subject = p.HEADLINE_SUBJECT.match(trimmed)
    if subject and len(subject.group("title").split()) <= 6:
        yield _split_year(subject.group("title"))


def _url_words(article: Article) -> str:
    """The slug of the page's web address, as words ('rust-and-bone-review' -> 'rust and bone')."""
    for url in (article.canonical_url, article.uri):
        if url and url.startswith(("http://", "https://")):
            try:
                path = urlsplit(url).path.rstrip("/")
            except ValueError:  # a malformed address ('https://[host/…') has no usable slug
                continue
            slug = path.rsplit("/", 1)[-1] or path
            slug = p.FILE_EXTENSION.sub("", slug)
            return " ".join(
                p.SLUG_NOISE.sub(" ", folded(slug.replace("-", " ").replace("_", " "))).split()
            )
    return ""


class _Context:
    """Folded page text that a candidate title must appear in to be believed."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.headline = article.headline or ""
        # Folded text is single-spaced words: " key " counts whole-word occurrences.
        self.body = f" {folded(article.text)} "
        self.side = f" {folded(' '.join((*article.infobox, *(v for _, v in article.specs))))} "
        # The info box's director lines: whose possessive ("Spike Jonze’s Her") names the film.
        directing = [
            pair[1]
            for line in article.infobox
            for part in p.INFO_SEPARATOR.split(line)
            if (pair := labelled(part)) and pair[0].startswith("directors")
        ]
        self.directors = f" {folded(' '.join(directing))} "
        url = _url_words(article)
        # A slug made from the headline says nothing the headline does not.
        headline_words = set(folded(article.headline or "").split())
        echoes = url and len(set(url.split()) - headline_words) <= 1 and len(url.split()) > 2
        self.url = "" if echoes else url
        self.raw_url = url

    def mid_sentence(self, phrase: str) -> bool:
        """The phrase, capitalized as given, stands inside a sentence of the body at least once
        ('makes Her sound like'): a title, where a sentence-opening 'Her' is a pronoun."""
        for start in word_positions(phrase, self.text):
            before = self.text[max(0, start - 3) : start].rstrip(" “\"‘'(")
            if before and before[-1] not in ".!?:\n":
                return True
        return False

    def called_by_surname(self, phrase: str) -> bool:
        """A person the body goes on to call by surname alone ('Tom Cruise ... Cruise runs'),
        or a first name the body always completes ('Keanu' ... 'Keanu Reeves'): a headline
        about an actor, not a title."""
        words = phrase.split()
        if len(words) == 1:
            found = list(word_positions(phrase, self.text))
            full = [
                start
                for start in found
                if (rest := p.NEXT_WORD.match(self.text, start + len(phrase)))
                and is_person(f"{phrase} {rest.group(1)}")
            ]
            return bool(found) and len(full) == len(found)
        if not is_person(phrase):
            return False
        return count_words(words[-1], self.text) > count_words(phrase, self.text)

    def exact_count(self, phrase: str) -> int:
        """Case-sensitive whole-phrase count in the body: 'Drive' the film, not 'drive' the verb."""
        if phrase not in self.text:
            return 0
        return count_words(phrase, self.text)

    def support(self, title: str) -> int:
        key = folded(title)
        if not key:
            return 0
        padded = f" {key} "
        found = self.body.count(padded) + 2 * self.side.count(padded)
        if self.url and (key in self.url or self.url in key):
            found += 2
        return found


def _from_infobox(article: Article, context: _Context) -> list[tuple[str, Fact]]:
    facts: list[tuple[str, Fact]] = []
    rows = [
        part
        for line in (*article.infobox, *(f"{label}: {value}" for label, value in article.specs))
        for part in p.INFO_SEPARATOR.split(line)
    ]
    for line in rows:
        pair = labelled(line)
        if pair is None:
            continue
        field, value = pair
        if field == "title" and parse_grade(value) is None:  # "Movie: 4/5" is a score
            title, year, original = _split_year(value)
            # "Film:" and "Movie:" also label a disc review's score rows; their title must
            # be one the page names again ("Movie: Disc specs" is a torn row).
            named = f" {folded(title)} " in f"{context.body} {folded(article.headline or '')} "
            loose = p.SCORE_TITLE_LABEL.match(line) and not named
            if _plausible(title) and not loose:
                facts.append(("title", Fact(title, Source.INFOBOX)))
            if year:
                facts.append(("year", Fact(year, Source.INFOBOX)))
            if original:
                facts.append(("original_title", Fact(original, Source.INFOBOX)))
        elif field == "original_title":
            facts.append(("original_title", Fact(clean_title(value), Source.INFOBOX)))
        elif field == "year":
            year_match = YEAR.search(value)
            if year_match:
                facts.append(("year", Fact(int(year_match.group("year")), Source.INFOBOX)))
    if not any(name == "title" for name, _ in facts):
        facts.extend(_box_heading(article, context))
    return facts


def _box_heading(article: Article, context: _Context) -> list[tuple[str, Fact]]:
    """A bare title line heading the box: "Rust and Bone (2012)" among its first lines, else a
    short title-case first line the page names again, spelled as the page spells it ("Rus and
    Bone" heading the box of a review of Rust and Bone)."""
    for line in article.infobox[:3]:
        bare = p.TITLE_COMMA_YEAR.fullmatch(line.strip())
        with_year = p.TITLE_WITH_YEAR.fullmatch(line.strip())
        if (bare or with_year) and not labelled(line):
            text = f"{bare.group('title')} ({bare.group('year')})" if bare else line
            title, year, original = _split_year(text)
            facts = [("title", Fact(title, Source.INFOBOX))]
            if year:
                facts.append(("year", Fact(year, Source.INFOBOX)))
            if original:
                facts.append(("original_title", Fact(original, Source.INFOBOX)))
            return facts
    head = clean_title(article.infobox[0]) if article.infobox else ""
    if labelled(head) or not _plausible(head) or not _all_capitalized(head) or is_person(head):
        return []
    spelled = _page_spelling(head, context)
    return [("title", Fact(spelled, Source.INFOBOX))] if spelled else []


def _page_spelling(title: str, context: _Context) -> str | None:
    """The title as the headline or body writes it: itself when named there, else the closest
    run of as many words (a box's typo, "Rus and Bone"), else None."""
    key = folded(title)
    if f" {key} " in context.body or f" {key} " in f" {folded(context.headline)} ":
        return title
    size = len(title.split())
    best, best_score = None, _SPELLING_MATCH
    for text in (context.headline, context.text):
        tokens = list(p.TOKENS.finditer(text))
        for start in range(len(tokens) - size + 1):
            first, last = tokens[start], tokens[start + size - 1]
            phrase = text[first.start() : last.end()]
            score = fuzz.ratio(key, folded(phrase))
            if score > best_score and phrase[:1].isupper():
                best, best_score = phrase, score
    return best


def _from_text(
    text: str, source: Source, context: _Context, strict: bool
) -> list[tuple[str, Fact]]:
    """Headline or dek: the first candidate the page supports (or, for a headline, a review pattern)."""
    candidates = [c for c in headline_candidates(text) if _plausible(c[0])]
    if not candidates:
        return []
    supported = [c for c in candidates if _supported(c[0], context)]
    patterned = (
        p.QUOTED_START.match(text)
        or p.HEADLINE_REVIEW_PREFIX.match(text)
        or p.HEADLINE_REVIEW_SUFFIX.match(text)
        or p.TITLE_WITH_YEAR.search(text)
        or p.QUOTED.search(text)
    )
    if supported:
        chosen = supported[0]
    elif patterned and not strict:
        chosen = candidates[0]
    else:
        # A dek opening with a name is about a person far more often than a title.
        leading = None if strict else _leading_title(text, context)
        if leading is None:
            return []
        chosen = (leading, None, None)
    title, year, original = chosen
    if title.isupper():  # a shouted headline: the body's spelling, when it has the title
        found = context.text.lower().find(title.lower())
        title = context.text[found : found + len(title)] if found != -1 else title
    facts = [("title", Fact(title, source))]
    if year is None:
        year = _year_beside(title, text)
    if year and 1880 <= year <= 2049:
        facts.append(("year", Fact(year, source)))
    if original:
        facts.append(("original_title", Fact(original, source)))
    return facts


def _supported(title: str, context: _Context) -> bool:
    """The page names the candidate again: title case and found in the body, info box or slug,
    or a sentence-case title ('De rouille et d'os') spelled exactly so in the body. A common
    word ('Her') counts only where the body capitalizes it inside a sentence."""
    if context.support(title) <= 0:
        return False
    if folded(title) in p.NOT_A_NAME_WORDS and not context.mid_sentence(title):
        return False
    if context.called_by_surname(title):
        return False
    if _title_case(title):
        return True
    return title[:1].isupper() and len(title.split()) >= 2 and context.exact_count(title) > 0


def _leading_title(text: str, context: _Context) -> str | None:
    """A headline that opens with the title ('Drive Is All Chrome and No Engine'): the
    longest leading run of words the body repeats with the same capitals."""
    words = text.split()
    best = None
    # "Bong Joon Ho’s Palme d’Or winner ...": a headline opening with a person's name
    # offers no title among that name's words.
    person = max(
        (
            size
            for size in range(2, 5)
            if is_person(p.POSSESSIVE_END.sub("", clean_title(" ".join(words[:size]))))
        ),
        default=0,
    )
    for size in range(person + 1, min(len(words), 8) + 1):
        phrase = clean_title(" ".join(words[:size]))
        if not phrase or not phrase[:1].isupper() or folded(phrase) in p.NOT_A_NAME_WORDS:
            continue
        if context.exact_count(phrase) >= 2 and _title_case(phrase):
            best = phrase
    return best


def _from_body(article: Article, context: _Context) -> list[tuple[str, Fact]]:
    """Quoted or year-tagged titles the body repeats; the slug picks among them when it can."""
    counts: dict[str, float] = defaultdict(float)
    years: dict[str, int] = {}
    for para in article.body:
        for match in scan(p.TITLE_WITH_YEAR, [para]):
            title = clean_title(_trim_lead(match.group("title")))
            if _plausible(title) and _title_case(title):
                counts[title] += 2
                years.setdefault(folded(title), int(match.group("year")))
        for pattern in (p.QUOTED, p.ITALIC):
            for match in pattern.finditer(para):
                title = clean_title(match.group("title"))
                if _plausible(title) and _title_case(title) and len(title.split()) <= 8:
                    counts[title] += 1
        for match in scan(p.POSSESSIVE_TITLE, [para]):
            title = clean_title(match.group("title"))
            if not _plausible(title) or YEAR.fullmatch(title):  # "Lynch's 1984 version"
                continue
            # The info box's director owning a title ("Spike Jonze’s Her") names the film.
            owner = f" {folded(match.group('maker'))} "
            maker = owner in context.directors
            if owner in context.side and not maker:
                continue  # "Harrison Ford's Rick Deckard": an actor owns a part
            # "Paul Haggis's Crash wants to be ..." opening the review names its film.
            opening = para is article.body[0] and match.end() <= sentence_spans(para)[0][1]
            if maker or folded(title) not in p.NOT_A_NAME_WORDS:
                counts[title] += 1 + min(context.exact_count(title), 3) / 3 + 2 * maker + opening
        # "X is a better film", "I saw X on opening night", "a new disc of X": a film named
        for pattern in (p.TITLE_IS_FILM, p.SAW_TITLE, p.EDITION_OF_TITLE):
            for match in scan(pattern, [para]):
                named = match.group("title") or match.groupdict().get("title2") or ""
                title = clean_title(_trim_lead(named))
                if (
                    _plausible(title)
                    and _title_case(title)
                    and folded(title) not in p.NOT_A_NAME_WORDS
                    and f" {folded(title)} " not in context.side
                ):
                    counts[title] += 2
    if not counts:
        return []
    headline = folded(article.headline or "")
    for title in counts:
        if count_words(folded(title), headline):
            counts[title] += 1
    ranked = sorted(
        counts,
        key=lambda t: (bool(context.url) and folded(t) in context.url, counts[t]),
        reverse=True,
    )
    best = ranked[0]
    if counts[best] < 2 and not (context.url and folded(best) in context.url):
        return []
    facts = [("title", Fact(best, Source.BODY))]
    if folded(best) in years:
        facts.append(("year", Fact(years[folded(best)], Source.BODY)))
    return facts


def _trim_lead(text: str) -> str:
    """'In Rust and Bone' -> 'Rust and Bone': drop the sentence words before a title."""
    words = text.split()
    while len(words) > 1 and not words[0][:1].isupper():
        words = words[1:]
    lead = {"In", "With", "And", "But", "Like", "Unlike", "As", "From", "Since", "Then", "While"}
    if len(words) > 1 and words[0] in lead:
        words = words[1:]
    return " ".join(words)


def _from_url(article: Article, context: _Context) -> list[tuple[str, Fact]]:
    """The slug's words found in the page text, in the page's own spelling."""
    if not context.url or len(context.url.split()) > 12:
        return []
    words = context.url.split()
    for text in (article.headline or "", *article.body[:6]):
        folded_words = [(m.start(), m.end(), folded(m.group(0))) for m in p.TOKENS.finditer(text)]
        keys = [w for _, _, w in folded_words]
        for start in range(len(keys) - len(words) + 1):
            if keys[start : start + len(words)] == words:
                first = folded_words[start][0]
                last = folded_words[start + len(words) - 1][1]
                return [("title", Fact(clean_title(text[first:last]), Source.URL))]
    return []


def _with_colon_lead(title: str, context: _Context) -> str:
    """A subtitle read as the title ("Fury Road") in full, as the page writes it ("Mad Max:
    Fury Road"): a colon title keeps its lead."""
    if ":" in title or f": {title}" not in context.text:
        return title
    pattern = re.compile(rf"{p.COLON_LEAD}:\s+{re.escape(title)}(?![\w'’])")
    # "George Miller's Mad Max: Fury Road", "In Mad Max: Fury Road": the lead is the title's own
    found = [_trim_lead(_without_maker(match.group(0))) for match in pattern.finditer(context.text)]
    full = max(found, key=found.count) if found else title
    return full if _title_case(full) and full.endswith(title) else title


def _without_maker(text: str) -> str:
    """ "George Miller's Mad Max: Fury Road" -> "Mad Max: Fury Road" ("Ocean's Eleven" stays)."""
    lead = p.PERSON_POSSESSIVE_LEAD.match(text)
    return text[lead.end() :] if lead and is_person(lead.group("name")) else text


def _year_in_body(title: str, article: Article) -> int | None:
    """'Rust and Bone (2012)', "2012's Rust and Bone", 'the 1979 film'."""
    for para in article.body:
        year = _year_beside(title, para)
        if year:
            return year
    return None


def _year_beside(title: str, text: str) -> int | None:
    """'Rust and Bone (2012)' or "2012's Rust and Bone" in the text."""
    for start in word_positions(title, text):
        after = p.YEAR_PAREN_AFTER.match(text, start + len(title))
        before = p.YEAR_POSSESSIVE_BEFORE.search(text[max(0, start - 12) : start])
        found = after or before
        if found:
            return int(found.group("year"))
    return None


def _original_title(article: Article) -> Fact | None:
    for text, source in (
        *((line, Source.INFOBOX) for line in article.infobox),
        (article.dek or "", Source.DEK),
        *((para, Source.BODY) for para in article.body),
    ):
        match = next(scan(p.ORIGINAL_TITLE, [text]), None)
        if match:
            title = clean_title(match.group("title"))
            if _plausible(title) and title[:1].isupper():
                return Fact(title, source)
    return None


def _headlines(article: Article) -> list[str]:
    """The headline, then the markup's own headline and the titles the page declares for
    sharing (og:title, twitter:title): often the site's "Title (Year) review" form."""
    marked = article.structured.headline if article.structured else None
    return list(dict.fromkeys(t for t in (article.headline, marked, *article.declared_titles) if t))


def read_identity(article: Article) -> list[tuple[str, Fact]]:
    """Candidate (field, Fact) pairs for title, year and original_title, from every source."""
    facts: list[tuple[str, Fact]] = []
    structured = article.structured
    if structured:
        if structured.film_title and _plausible(structured.film_title):
            title, year, original = _split_year(structured.film_title)
            facts.append(("title", Fact(title, Source.STRUCTURED)))
            if year:
                facts.append(("year", Fact(year, Source.STRUCTURED)))
            if original:
                facts.append(("original_title", Fact(original, Source.STRUCTURED)))
        if structured.film_year:
            facts.append(("year", Fact(structured.film_year, Source.STRUCTURED)))
    context = _Context(article)
    facts.extend(_from_infobox(article, context))
    for headline in _headlines(article):
        facts.extend(_from_text(headline, Source.HEADLINE, context, strict=False))
    if article.dek:
        facts.extend(_from_text(article.dek, Source.DEK, context, strict=True))
    facts.extend(_from_url(article, context))
    facts.extend(_from_body(article, context))
    titles = [fact for name, fact in facts if name == "title"]
    lead = p.HEADLINE_LEAD.match(article.headline or "")
    if not titles and lead and _all_capitalized(lead.group("title")):
        # Nothing else names the film: "Rust and Bone: Bodies in the Water", a title-case
        # lead before the colon, is the common "Title: thesis" headline.
        title, year, _ = _split_year(lead.group("title"))
        essay = p.ESSAY_LEAD.match(title)
        if essay and context.exact_count(title[essay.end() :]) > 0:
            title = title[essay.end() :]  # "On Arrival: Language as a Time Machine"
        if _plausible(title):
            titles = [Fact(title, Source.HEADLINE)]
            facts.append(("title", titles[0]))
            if year:
                facts.append(("year", Fact(year, Source.HEADLINE)))
    if titles and context.raw_url:
        best_title = max(titles, key=lambda fact: fact.source.trust)
        key = folded(str(best_title.value))
        slug_year = p.SLUG_YEAR.match(context.raw_url, len(key))
        if context.raw_url.startswith(key) and slug_year:
            facts.append(("year", Fact(int(slug_year.group("year")), Source.URL)))
    facts = [
        (name, Fact(_with_colon_lead(str(fact.value), context), fact.source))
        if name == "title"
        else (name, fact)
        for name, fact in facts
    ]
    stated_original = _original_title(article)
    if stated_original:
        facts.append(("original_title", stated_original))
    for para in article.body:
        stated = next(scan(p.BODY_YEAR, [para]), None)
        if stated:
            facts.append(("year", Fact(int(stated.group("year")), Source.BODY)))
            break
    if titles and not any(name == "year" for name, _ in facts):
        best = max(titles, key=lambda fact: fact.source.trust)
        year = _year_in_body(str(best.value), article)
        if year:
            facts.append(("year", Fact(year, Source.BODY)))
    return facts
