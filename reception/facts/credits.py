"""Credits and release facts: directors, writers, cast with characters, distributor,
ratings, runtime and release dates, each as candidate ``Fact``s with their source.

Info-box lines and specs rows are trusted; the body is read only through patterns that
name the relation ("directed by", "Actor as Character"), so a name merely mentioned in
passing never becomes a credit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from reception.facts import patterns as p
from reception.facts.text import (
    capsule_parts,
    clean_name,
    count_words,
    folded,
    is_character,
    is_person,
    labelled,
    scan,
    split_names,
    word_positions,
)
from reception.records import Article, CastMember, Fact, ReleaseDate, Source
from reception.text import YEAR, parse_date, sentences

Candidates = list[tuple[str, Fact]]
_FACTS_BOX_LINES = 2  # facts lines (labelled, a rating, a runtime) that make side lines a box


# --- runtime, ratings, dates --------------------------------------------------------------------


def parse_runtime(text: str) -> int | None:
    """Minutes from '112 min', '1h 52m', '1 hour 52 minutes', 'PT1H52M' or '1:52'."""
    iso = p.RUNTIME_ISO.search(text)
    if iso and (iso.group("h") or iso.group("m")):
        minutes = int(iso.group("h") or 0) * 60 + int(iso.group("m") or 0)
    elif hm := p.RUNTIME_HM.search(text):
        minutes = int(hm.group("h")) * 60 + int(hm.group("m"))
    elif m := p.RUNTIME_M.search(text):
        minutes = int(m.group("m"))
    elif h := p.RUNTIME_H_ONLY.search(text):
        minutes = int(h.group("h")) * 60
    elif clock := p.RUNTIME_CLOCK.match(text):
        minutes = int(clock.group("h")) * 60 + int(clock.group("m"))
    else:
        return None
    return minutes if 1 <= minutes <= 900 else None


def parse_mpaa(text: str) -> str | None:
    """'Rated R for violence' -> 'R'; 'Not Rated'/'Unrated' -> 'NR'."""
    match = p.MPAA.search(text)
    if not match:
        return None
    rating = match.group("rating")
    return "NR" if folded(rating) in ("not rated", "unrated") else rating.upper()


def release_kind(context: str, default: str = "theatrical") -> str:
    """What a release date is for, from the words around it."""
    for kind, pattern in p.RELEASE_KIND_WORDS:
        if pattern.search(context):
            return kind
    return default


def _ratings(value: str, label: str, source: Source) -> Candidates:
    facts: Candidates = []
    system = p.RATING_SYSTEMS.search(f"{label} {value}") or p.RATING_SYSTEMS.search(value)
    if system and system.group("system").upper() != "MPAA":
        rating = (system.group("system").upper(), system.group("rating").upper())
        return [("other_ratings", Fact(rating, source))]
    if label in ("certificate", "certification") and (cert := p.CERTIFICATE.match(value)):
        # "Certificate" is the British board's word: "Certificate: PG" is the BBFC's PG.
        return [("other_ratings", Fact(("BBFC", cert.group("rating")), source))]
    mpaa = parse_mpaa(value)
    if mpaa:
        facts.append(("mpaa_rating", Fact(mpaa, source)))
    return facts


# --- names ----------------------------------------------------------------------------------------


def _names(value: str) -> list[str]:
    """A labelled credit list is trusted: any name-shaped item is a name."""
    value = p.NAME_LIST_END.split(value)[0]
    return [name for name in split_names(value) if p.PERSON_RE.match(name) or _single_known(name)]


def _single_known(name: str) -> bool:
    """One-word stage names ('Zendaya') are allowed in a labelled credit list only."""
    return bool(p.STAGE_NAME.fullmatch(name)) and (folded(name) not in p.NOT_A_NAME_WORDS)


def _pair_sides(item: str) -> tuple[str, str] | None:
    """'A (B)', 'A as B', 'A - B', 'A ... B' in a cast list item."""
    paren = p.PAREN_ITEM.fullmatch(item)
    if paren:
        return clean_name(paren.group(1)), clean_name(p.PAREN_LEAD.sub("", paren.group(2)))
    for separator in p.PAIR_SEPARATORS:
        parts = separator.split(item, maxsplit=1)
        if len(parts) == 2:
            return clean_name(parts[0]), clean_name(parts[1])
    return None


class CastReader:
    """Actor-character pairs, deciding 'Actor (Character)' vs 'Character (Actor)' per page.

    The known actors (structured data, labelled cast lists, actors the body names through a
    casting pattern) decide first; then the shape of the names (actors are written in full,
    characters often by first name). Pairs still undecided follow the page's habit among the
    sure ones, else how the page refers to each name (surname for actors), else
    'Actor (Character)'.
    """

    def __init__(self, known_actors: Iterable[str], folded_text: str = "") -> None:
        self.known = {folded(name) for name in known_actors}
        self.surnames = {folded(name).split()[-1]: name for name in known_actors if name.split()}
        self.text = folded_text

    def _actor_score(self, name: str) -> int:
        """Critics call actors by surname ('Adams is superb') and characters by first name
        ('Louise') or title ('Colonel Weber'): positive means the name reads as an actor's."""
        words = folded(name).split()
        if len(words) < 2:
            return 0
        if p.CHARACTER_TITLE_RE.match(name):
            return -5

        def alone(word: str) -> int:
            return count_words(word, self.text)

        return alone(words[-1]) - alone(words[0])

    def _full(self, name: str) -> str:
        """A surname alone ('Cotillard') as the known actor's full name."""
        return self.surnames.get(folded(name), name)

    def _sure(self, first: str, second: str) -> bool | None:
        """True when the first side is surely the actor, False when the second is, else None."""
        if folded(self._full(first)) in self.known:
            return True
        if folded(self._full(second)) in self.known:
            return False
        first_words, second_words = len(first.split()), len(second.split())
        if first_words >= 2 and second_words == 1 and is_person(first):
            return True
        if second_words >= 2 and first_words == 1 and is_person(second):
            return False
        return None

    def orient(self, pairs: Sequence[tuple[str, str]]) -> list[CastMember]:
        """Sure pairs first; the rest follow the page's habit, then the naming lean."""
        sure = [self._sure(first, second) for first, second in pairs]
        votes = [vote for vote in sure if vote is not None]
        habit = sum(votes) * 2 >= len(votes) if votes else None
        members = []
        for (first, second), first_is_actor in zip(pairs, sure, strict=True):
            if first_is_actor is None:
                lean = self._actor_score(first) - self._actor_score(second)
                first_is_actor = habit if habit is not None else lean >= 0
            actor, character = (first, second) if first_is_actor else (second, first)
            members.append(CastMember(actor=self._full(actor), character=character))
        return members


def _cast_list(value: str) -> tuple[list[str], list[tuple[str, str]]]:
    """A labelled cast value: bare actor names and (side, side) pairs still to orient."""
    actors: list[str] = []
    pairs: list[tuple[str, str]] = []
    for item in split_names(value):
        sides = _pair_sides(item)
        if sides and sides[0] and sides[1] and (is_character(sides[1]) or is_person(sides[0])):
            pairs.append(sides)
        elif p.PERSON_RE.match(item) or _single_known(item):
            actors.append(item)
    return actors, pairs


# --- readers ---------------------------------------------------------------------------------------


def _bare_company(part: str) -> bool:
    """'Neon.', 'Paramount Pictures.', '(Sony Pictures Classics)': a capsule sentence or box
    line that only names a company."""
    name = _unwrapped(part).rstrip(". ")
    words = name.split()
    if not 1 <= len(words) <= 5 or parse_mpaa(name) or parse_runtime(name) or YEAR.search(name):
        return False
    if not all(
        word[:1].isupper() or word[:1].isdigit() or word in ("of", "and", "&") for word in words
    ):
        return False
    return bool(p.COMPANY_WORD.search(name)) or (len(words) == 1 and not is_person(name))


def _unwrapped(part: str) -> str:
    """A line without wrapping parentheses: "(Sony Pictures Classics)"."""
    part = part.strip()
    return part[1:-1].strip() if part.startswith("(") and part.endswith(")") else part


def _release_facts(
    field: str, context: str, date: dt.date, source: Source, home_video: bool
) -> Candidates:
    """A release date with what it is for: the label's word for it, else the words around it;
    on a disc review an unqualified date is the disc's. "In theaters and on HBO Max" is both."""
    default = "home_video" if home_video and field == "release" else "theatrical"
    kind = {"release_home": "home_video", "release_streaming": "streaming"}.get(field)
    kind = kind or release_kind(context, default)
    theatrical = bool(p.THEATRICAL_WORDS.search(context))
    if kind == "theatrical" and home_video and field == "release" and not theatrical:
        kind = "home_video"
    kinds = [kind]
    if field == "release" and kind != "theatrical" and theatrical and not home_video:
        kinds.insert(0, "theatrical")
    return [("release_dates", Fact(ReleaseDate(date, k), source)) for k in kinds]


def _unlabelled_facts(line: str, source: Source) -> Candidates:
    """'Rated R, 112 minutes', 'PG-13', '1h 52m': facts a side line states without a label."""
    facts: Candidates = []
    rated = p.RATED_IN_TEXT.search(line)
    if rated and (rating := parse_mpaa(rated.group("rating") or rated.group("unrated"))):
        facts.append(("mpaa_rating", Fact(rating, source)))
    elif p.BARE_RATING_LINE.fullmatch(line):
        facts.extend(_ratings(line, "rated", source))
    bare_runtime = p.BARE_RUNTIME_LINE.fullmatch(line) or (rated and len(line) < 60)
    if bare_runtime and (runtime := parse_runtime(line)):
        facts.append(("runtime_minutes", Fact(runtime, source)))
    return facts


def _labelled_fact(
    field: str,
    value: str,
    label: str,
    source: Source,
    home_video: bool,
    published: dt.date | None,
) -> Candidates:
    """The facts one 'Label: value' line gives, by what its label names."""
    facts: Candidates = []
    if field in ("directors", "directors+writers"):
        facts.extend(("directors", Fact(name, source)) for name in _names(value))
    if field in ("writers", "directors+writers"):
        facts.extend(("writers", Fact(name, source)) for name in _names(value))
    elif field == "cast":
        actors, pairs = _cast_list(value)
        facts.extend(("cast_actor", Fact(name, source)) for name in actors)
        facts.extend(("cast_pair", Fact(pair, source)) for pair in pairs)
    elif field == "distributor" and not (home_video and source is Source.INFOBOX):
        # On a disc review the box names the disc's label, kept in the specs instead.
        name = clean_name(p.DISTRIBUTOR_END.split(value)[0])
        if name and len(name) <= 60:
            facts.append(("distributor", Fact(name, source)))
    elif field == "rating":
        facts.extend(_ratings(value, label, source))
        if runtime := parse_runtime(value):  # "Rated R, 112 minutes"
            facts.append(("runtime_minutes", Fact(runtime, source)))
    elif field == "runtime":
        if runtime := parse_runtime(value):
            facts.append(("runtime_minutes", Fact(runtime, source)))
    elif field.startswith("release") and (date := parse_date(value, published)):
        facts.extend(_release_facts(field, f"{label} {value}", date, source, home_video))
    return facts


def _labelled_facts(
    lines: Iterable[str], source: Source, home_video: bool, published: dt.date | None = None
) -> Candidates:
    """Facts from side lines (an info box, a capsule, short body lines): labelled lines by
    their label, bare company names in a capsule or box as the distributor, the rest by shape."""
    facts: Candidates = []
    lines = list(lines)
    # An info box of labelled facts lines ("Director: X", "Rated R" split off a pipe-separated
    # line): a known company's bare name among them is the distributor, as in a capsule.
    facts_box = source is Source.INFOBOX and (
        sum(labelled(line) is not None or bool(_unlabelled_facts(line, source)) for line in lines)
        >= _FACTS_BOX_LINES
    )
    for line, in_capsule in capsule_parts(lines):
        pair = labelled(line)
        box_company = facts_box and ":" not in line and p.COMPANY_WORD.search(line)
        if pair is None and (in_capsule or box_company) and _bare_company(line):
            facts.append(("distributor", Fact(clean_name(_unwrapped(line)), source)))
        elif pair is None:
            facts.extend(_unlabelled_facts(line, source))
        else:
            field, value = pair
            label = folded(line[: line.rfind(value)])
            facts.extend(_labelled_fact(field, value, label, source, home_video, published))
    return facts


def _resolve(names: str, known: Sequence[str]) -> list[str]:
    """Full names from a credit list, surnames of people already named resolved to them."""
    # Family names come first in some languages ("Park Chan-wook"): both ends of a name count,
    # the last one winning.
    named = [(words, name) for name in known if (words := folded(name).split())]
    by_surname = {words[0]: name for words, name in named}  # folding may leave no word at all
    by_surname.update({words[-1]: name for words, name in named})
    found = []
    for name in split_names(names):
        if is_person(name):
            found.append(name)
        elif folded(name) in by_surname:
            found.append(by_surname[folded(name)])
    return found


def _directors_credited(body: Sequence[str], known: Sequence[str]) -> Candidates:
    """'directed by X and Y': every name the credit phrase gives."""
    return [
        ("directors", Fact(name, Source.BODY))
        for match in scan(p.DIRECTED_BY, body)
        for name in _resolve(match.group("names"), known)
    ]


def _director_owning_title(title: str, headline: str, body: Sequence[str]) -> Candidates:
    """ "Bong Joon-ho's Parasite": the maker named just before the film's title."""
    for text, source in ((headline, Source.HEADLINE), *((para, Source.BODY) for para in body)):
        if title not in text:
            continue
        owned = next(
            (
                m
                for m in scan(p.MAKER_OF, [text])
                if m.string[m.end() :].startswith(title)
                # In the body, "Spike Lee's Oldboy remake" is another film's maker; in the
                # headline it is the film under review.
                and not (
                    source is Source.BODY and p.REMAKE_AFTER.match(m.string, m.end() + len(title))
                )
            ),
            None,
        )
        if owned and is_person(owned.group("name")):
            return [("directors", Fact(clean_name(owned.group("name")), source))]
    return []


def _director_by_verb(body: Sequence[str]) -> Candidates:
    """'X directs with ...', 'X wrote and directed': the first person a directing verb names
    (a writer too when the verb says so)."""
    for match in scan(p.DIRECTOR_VERB, body):
        name = clean_name(match.group("name"))
        if is_person(name):
            facts: Candidates = [("directors", Fact(name, Source.BODY))]
            if match.group("wrote"):
                facts.append(("writers", Fact(name, Source.BODY)))
            return facts
    return []


def _director_possessive(dek: str, body: Sequence[str]) -> Candidates:
    """ "the director's ...": the person a director's possessive names, dek first."""
    for text, source in ((dek, Source.DEK), *((para, Source.BODY) for para in body)):
        for match in scan(p.DIRECTOR_POSSESSIVE, [text]):
            if is_person(name := clean_name(match.group("name"))):
                return [("directors", Fact(name, source))]
    return []


def _director_apposition(body: Sequence[str]) -> Candidates:
    """'the director, X,': the names of the first apposition found."""
    for para in body:
        apposition = next(scan(p.DIRECTOR_APPOSITION, [para]), None)
        if apposition:
            return [
                ("directors", Fact(name, Source.BODY))
                for name in split_names(apposition.group("names"))
                if is_person(name)
            ]
    return []


def _writers_in_body(body: Sequence[str], known: Sequence[str]) -> Candidates:
    """Writers the body credits ('written by', 'screenplay by', 'writer-director X')."""
    facts: Candidates = []
    for para in body:
        for match in scan(p.WRITER_DIRECTOR, [para]):
            facts.append(("writers", Fact(clean_name(match.group("name")), Source.BODY)))
        for match in scan(p.WRITTEN_BY, [para]):
            names = match.group("names") or match.group("names2") or match.group("names3")
            facts.extend(("writers", Fact(n, Source.BODY)) for n in _resolve(names, known))
        for pattern in p.SCREENPLAY_CREDITS:
            for match in scan(pattern, [para]):
                names = match.group("names")
                if "more" in pattern.groupindex and match.group("more"):
                    names = f"{names}, {match.group('more')}"
                facts.extend(("writers", Fact(n, Source.BODY)) for n in _resolve(names, known))
    return facts


def _people_in_body(
    body: Sequence[str], title: str | None, known: Sequence[str], headline: str, dek: str = ""
) -> Candidates:
    """Directors and writers the prose names. Directors come from the surest wording found,
    tried in order (a credit phrase, the title's owner, a directing verb, a possessive, an
    apposition); writers from every credit phrase, surnames resolved to people known."""
    facts = (
        _directors_credited(body, known)
        or (_director_owning_title(title, headline, body) if title else [])
        or _director_by_verb(body)
        or _director_possessive(dek, body)
        or _director_apposition(body)
    )
    known = [*known, *(str(f.value) for name, f in facts if name == "directors")]
    return facts + _writers_in_body(body, known)


def _distributor_in_body(body: Sequence[str]) -> Candidates:
    """'When Fine Line Features released it', 'which FilmDistrict opened on ...'."""
    for para in body:
        for match in scan(p.DISTRIBUTOR_IN_BODY, [para]):
            org = match.group("org").strip()
            lone_name = bool(match.group("lead")) and " " not in org and not is_person(org)
            if p.COMPANY_WORD.search(org) or lone_name:
                return [("distributor", Fact(org, Source.BODY))]
    return []


def _relative_year(body: Sequence[str], published: dt.date | None) -> Candidates:
    """'gave it a spring release this year', 'opened last fall': the year from the review's date."""
    if published is None:
        return []
    for para in body:
        match = next(scan(p.RELATIVE_RELEASE_YEAR, [para]), None)
        if match:
            when = (match.group("when") or match.group("when2")).lower()
            year = published.year - (1 if when.startswith("last") else 0)
            return [("year", Fact(year, Source.BODY))]
    return []


class _BodyCast:
    """What one page's body states about its cast: actors alone, pairs whose wording says
    which side is the actor ('X plays Y'), and 'A (B)' pairs still to orient.

    Surnames ('Stéphanie (Cotillard)') resolve to the full name of an actor the page lists
    or names in full elsewhere; the crew the body names are never cast.
    """

    def __init__(self, body: Sequence[str], not_cast: set[str], known_actors: Sequence[str]):
        self.body = body
        self.text = "\n".join(body)
        self.known = {folded(name): name for name in known_actors}
        self.not_cast = not_cast | self._crew()
        self.by_surname = {folded(name).split()[-1]: name for name in known_actors if name.split()}
        self.actors: list[str] = []
        self.stated: list[CastMember] = []
        self.pairs: list[tuple[str, str]] = []
        self.listed: list[tuple[str, int, int]] = []  # (sentence, start, end) of zipped lists

    def _crew(self) -> set[str]:
        """The crew the body names ("the cinematographer Bruno Delbonnel", "Howard Shore's
        score"): not cast, whatever they are said to give or bring."""
        return {
            folded(clean_name(match.group("name")))
            for pattern in (p.CREW_BEFORE, p.CREW_WORK)
            for match in scan(pattern, self.body)
            if folded(clean_name(match.group("name"))) not in self.known
        }

    def full(self, name: str) -> str:
        """A lone surname as the full name the page gives it somewhere, if any."""
        if " " in name.strip():
            return name
        key = folded(name)
        if key not in self.by_surname:
            self.by_surname[key] = name
            for start in word_positions(name, self.text):
                before = p.GIVEN_NAMES_BEFORE.search(self.text[max(0, start - 40) : start])
                if before and is_person(f"{before.group(0)}{name}"):
                    self.by_surname[key] = clean_name(f"{before.group(0)}{name}")
                    break
        return self.by_surname[key]

    def keep(self, actor: str, character: str) -> bool:
        """An actor-like name playing a character-like one, neither of them crew."""
        actor_full = folded(self.full(actor))
        return (
            (actor_full in self.known or is_person(self.full(actor)))
            and is_character(character)
            and actor_full not in self.not_cast
            and folded(character) not in self.not_cast
            and actor_full != folded(character)
        )

    def _in_list(self, match: re.Match[str]) -> bool:
        return any(
            match.string is where and start <= match.start() < end
            for where, start, end in self.listed
        )

    def read_lists(self) -> None:
        """'Characters A and B, played by X and Y': zipped when both lists are as long; the
        actors of a 'played by' list otherwise."""
        for match in scan(p.PLAYED_BY_LISTS, self.body):
            characters = split_names(match.group("characters"))
            people = split_names(match.group("actors"))
            if len(characters) == len(people):
                self.stated.extend(
                    CastMember(self.full(a), c) for a, c in zip(people, characters, strict=True)
                )
                self.listed.append((match.string, *match.span()))
        for match in scan(p.PLAYED_BY_ACTORS, self.body):
            if not self._in_list(match):
                self.actors.extend(n for n in split_names(match.group("actors")) if is_person(n))

    def read_stated(self) -> None:
        """'X as Y', 'X plays Y', 'Y, played by X': pairs whose wording orients them."""
        for pattern in (p.ACTOR_KNOWN_AS, p.ACTOR_AS, p.ACTOR_PLAYS, p.PLAYED_BY, p.WHOM_PLAYS):
            for match in scan(pattern, self.body):
                if self._in_list(match):
                    continue
                actor = clean_name(match.group("actor"))
                character = p.CHARACTER_LEAD.sub("", clean_name(match.group("character")))
                if self.keep(actor, character):
                    self.stated.append(CastMember(self.full(actor), character))

    def read_parens(self) -> None:
        """'A (B)': kept as a pair to orient when one side is a known actor, a surname, a
        person's name, or a character the text names again (a film title is not)."""
        folded_text = folded(self.text)
        for match in scan(p.ACTOR_PAREN, self.body):
            first = p.SIDE_LEAD.sub("", clean_name(match.group("a")))
            second = clean_name(match.group("b"))
            if second.lower().startswith("played by "):
                self.stated.append(CastMember(self.full(clean_name(second[10:])), first))
                continue
            if not (self.keep(first, second) or self.keep(second, first)):
                continue
            first_known = folded(self.full(first)) in self.known
            second_known = folded(self.full(second)) in self.known
            surname_in_parens = self.full(second) != second  # "Stéphanie (Cotillard)"
            if first_known or second_known or surname_in_parens:
                self.pairs.append((self.full(first), self.full(second)))
            elif is_person(second):
                self.pairs.append((first, second))  # Character (Actor), or both name-shaped
            elif count_words(folded(second), folded_text) >= 2:
                self.pairs.append((first, second))  # Actor (Character) named again

    def read_paragraph(self, para: str) -> None:
        """A sentence 'X is Y', and actors named by how they act ('Adams is superb',
        'Adams's performance', 'starring X and Y')."""
        for sentence in sentences(para):
            # "Shimura plays Kambei, and Toshiro Mifune is Kikuchiyo, a braggart": each clause
            clauses = p.CLAUSE_BREAK.split(sentence) if " is " in sentence else []
            for clause in clauses:
                playing = p.ACTOR_IS.match(clause)
                if playing and self.keep(playing.group("actor"), playing.group("character")):
                    actor, character = playing.group("actor"), playing.group("character")
                    self.stated.append(CastMember(clean_name(actor), clean_name(character)))
        for pattern in (p.ACTOR_IN_PARENS, p.ACTOR_WITH_PART, p.ACTOR_DOING):
            for match in scan(pattern, [para]):
                actor = clean_name(match.group("actor"))
                if is_person(actor) and folded(actor) not in self.not_cast:
                    self.actors.append(actor)
        for match in (*scan(p.SURNAME_ACTING, [para]), *scan(p.SURNAME_PERFORMANCE, [para])):
            name = self.full(match.group("surname"))
            if " " in name and is_person(name) and folded(name) not in self.not_cast:
                self.actors.append(name)
        for match in scan(p.STARRING, [para]):
            self.actors.extend(
                n
                for n in split_names(match.group("names"))
                if is_person(n) and folded(n) not in self.not_cast
            )


def _cast_in_body(
    body: Sequence[str], not_cast: set[str], known_actors: Sequence[str]
) -> tuple[list[str], list[CastMember], list[tuple[str, str]]]:
    """What the body states about the cast (see ``_BodyCast``): actors alone, oriented
    pairs, and pairs still to orient."""
    cast = _BodyCast(body, not_cast, known_actors)
    cast.read_lists()
    cast.read_stated()
    cast.read_parens()
    for para in body:
        cast.read_paragraph(para)
    return cast.actors, cast.stated, cast.pairs


def _structured_credits(article: Article) -> Candidates:
    """The credits a page's schema.org Movie states."""
    structured = article.structured
    if not structured:
        return []
    facts: Candidates = [("directors", Fact(n, Source.STRUCTURED)) for n in structured.directors]
    for actor, character in structured.cast:
        facts.append(("cast_member", Fact(CastMember(actor, character), Source.STRUCTURED)))
    if structured.runtime_minutes:
        facts.append(("runtime_minutes", Fact(structured.runtime_minutes, Source.STRUCTURED)))
    if structured.content_rating:
        facts.extend(_ratings(structured.content_rating, "rating", Source.STRUCTURED))
    return facts


def _runtime_in_body(para: str) -> Candidates:
    """'runs 112 minutes', 'two hours and ten minutes': a length the paragraph gives the film."""
    facts: Candidates = []
    if p.RUNTIME_CONTEXT.search(para):
        for sentence in sentences(para):
            if (
                p.RUNTIME_CONTEXT.search(sentence)
                and not p.RUNTIME_NOT_LENGTH.search(sentence)
                and (runtime := parse_runtime(sentence))
                and runtime >= 40
            ):
                facts.append(("runtime_minutes", Fact(runtime, Source.BODY)))
    for match in scan(p.RUNTIME_WORDS, [para]):
        before = para[max(0, match.start() - 30) : match.end()]
        if not p.RUNTIME_NOT_LENGTH.search(before):
            minutes = p.WORD_NUMBERS[match.group("h").lower()] * 60 + sum(
                p.WORD_NUMBERS[word] for word in p.NON_WORD_RUN.split(match.group("m").lower())
            )
            facts.append(("runtime_minutes", Fact(minutes, Source.BODY)))
    return facts


def _rating_and_release_in_body(para: str, published: dt.date | None) -> Candidates:
    """'rated R for ...', 'opens in theaters March 3': the rating and dates prose states."""
    facts: Candidates = []
    for match in scan(p.RATED_IN_TEXT, [para]):
        rating = match.group("rating") or match.group("unrated")
        mpaa = parse_mpaa(rating) if rating else None
        if mpaa:
            facts.append(("mpaa_rating", Fact(mpaa, Source.BODY)))
    for match in scan(p.RELEASE_IN_BODY, [para]):
        date = parse_date(match.string[match.end() : match.end() + 30], published)
        if date:
            kind = release_kind(match.group(0), "theatrical")
            facts.append(("release_dates", Fact(ReleaseDate(date, kind), Source.BODY)))
    return facts


def read_credits(article: Article, title: str | None, home_video: bool) -> Candidates:
    """Candidate (field, Fact) pairs for every credit and release fact the page states."""
    facts = _structured_credits(article)
    side_lines = [*article.infobox, *(f"{label}: {value}" for label, value in article.specs)]
    published = article.date_published
    facts.extend(_labelled_facts(side_lines, Source.INFOBOX, home_video, published))
    short = [line for line in article.body if len(line) <= 200]
    facts.extend(_labelled_facts(short, Source.BODY, home_video, published))
    known = [str(f.value) for name, f in facts if name in ("directors", "writers")]
    facts.extend(
        _people_in_body(article.body, title, known, article.headline or "", article.dek or "")
    )
    facts.extend(_distributor_in_body(article.body))
    facts.extend(_relative_year(article.body, article.date_published))
    for para in article.body:
        facts.extend(_runtime_in_body(para))
        facts.extend(_rating_and_release_in_body(para, published))
    return facts


def assemble_cast(
    facts: Candidates, article: Article, not_cast: set[str]
) -> tuple[tuple[CastMember, ...], Source | None]:
    """One cast list: trusted sources first, body pairs filling characters and adding actors."""
    known = [f.value.actor for name, f in facts if name == "cast_member"]
    known += [f.value for name, f in facts if name == "cast_actor"]
    body_actors, body_stated, body_pairs = _cast_in_body(article.body, not_cast, known)
    reader = CastReader(known + body_actors, folded(article.text))
    members: list[tuple[CastMember, Source]] = [
        (f.value, f.source) for name, f in facts if name == "cast_member"
    ]
    labelled_pairs = [(f.value, f.source) for name, f in facts if name == "cast_pair"]
    oriented = reader.orient([pair for pair, _ in labelled_pairs])
    members += [
        (member, source) for member, (_, source) in zip(oriented, labelled_pairs, strict=True)
    ]
    members += [(CastMember(f.value), f.source) for name, f in facts if name == "cast_actor"]
    members += [(member, Source.BODY) for member in body_stated]
    members += [(member, Source.BODY) for member in reader.orient(body_pairs)]
    members += [(CastMember(name), Source.BODY) for name in body_actors]
    members.sort(key=lambda entry: -entry[1].trust)
    # A name the page gives as someone's part ("plays Paul Atreides as a thin young man") is
    # a character, not an actor.
    parts = {folded(member.character) for member, _ in members if member.character}
    merged: dict[str, CastMember] = {}
    best_source: Source | None = None
    for member, source in members:
        key = folded(member.actor)
        if not key or key in not_cast or (key in parts and not member.character):
            continue
        best_source = best_source or source
        existing = merged.get(key)
        if existing is None:
            merged[key] = member
        elif existing.character is None and member.character:
            merged[key] = CastMember(existing.actor, member.character)
    return tuple(merged.values()), best_source
