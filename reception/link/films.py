"""Film identity: which reviews are of the same film, decided from the reviews' facts alone.

Linking is a pure function of a *set* of reviews: reviews that share a title key form a
block, and each block is clustered best-pair-first with deterministic tie-breaks, so the
films found never depend on the order pages were ingested. The store re-runs it on the
block a new review touches (incremental) or on everything (``reception relink``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from reception.names import (
    extends_title,
    looks_foreign,
    name_key,
    names_overlap,
    people_keys,
    sequel_numbers,
    share_a_word,
    slug,
    title_key,
    weak_title_keys,
)
from reception.records import Film

YEAR_TOLERANCE = 1
"""Festival premieres and releases often fall in different years; a year apart is one film."""

CATALOG_TYPES = frozenset({"movie", "tvMovie", "short", "video", "tvSpecial", "tvShort"})
"""IMDb title types a film review can be about; series and episodes are left out."""

_IMDB_ID = re.compile(r"imdb\.com/title/(tt\d{7,9})")
_SAME_FILM = 100.0  # score of two clusters carrying the same catalog id


@dataclass(frozen=True)
class CatalogTitle:
    """One title of an imported catalog (IMDb), with what linking compares."""

    tconst: str
    title: str
    year: int | None
    title_type: str = "movie"
    original_title: str | None = None
    directors: tuple[str, ...] = ()
    principals: tuple[str, ...] = ()  # principal cast, by billing
    aliases: tuple[str, ...] = ()  # the title's other names (IMDb "akas")
    votes: int | None = None

    @cached_property
    def keys(self) -> frozenset[str]:
        names = (self.title, self.original_title or "", *self.aliases)
        return frozenset(key for key in (title_key(name) for name in names if name) if key)


@dataclass(frozen=True)
class LinkInput:
    """What linking reads from one review."""

    review_id: str  # stable id of the review: breaks ties the same way on every run
    title: str | None
    original_title: str | None = None
    year: int | None = None
    directors: tuple[str, ...] = ()
    cast: tuple[str, ...] = ()
    published_year: int | None = None
    tconst: str | None = None  # stated by the page itself (schema.org sameAs)
    catalog: CatalogTitle | None = None  # found by :func:`resolve_catalog`
    home_video: bool = False  # a disc or streaming review: its film may be decades old

    @cached_property
    def strong_keys(self) -> frozenset[str]:
        keys = {title_key(t) for t in (self.title, self.original_title) if t}
        if self.catalog is not None:
            keys |= self.catalog.keys
        return frozenset(key for key in keys if key)

    @cached_property
    def weak_keys(self) -> frozenset[str]:
        keys = {k for t in (self.title, self.original_title) if t for k in weak_title_keys(t)}
        return frozenset(keys) - self.strong_keys

    @cached_property
    def people_keys(self) -> frozenset[str]:
        return people_keys(self.directors, self.year)

    @cached_property
    def block_keys(self) -> frozenset[str]:
        """Everything that can put this review in a block with another: title keys, and
        its directors with its year (for titles in another language, or no title at all)."""
        return self.strong_keys | self.weak_keys | self.people_keys


def imdb_id(addresses: Iterable[str]) -> str | None:
    """The IMDb id among a page's schema.org ``sameAs`` addresses, if any."""
    for address in addresses:
        found = _IMDB_ID.search(address)
        if found:
            return found.group(1)
    return None


def _years_fit(a: int | None, b: int | None) -> bool:
    return a is None or b is None or abs(a - b) <= YEAR_TOLERANCE


def _keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in (name_key(n) for n in names) if key)


MAX_CANDIDATES = 12
"""Catalog titles weighed per review: a bare 'Home' with no year names hundreds; the most
voted are the ones critics review, and resolution would need a clear lead among them anyway."""


@dataclass(frozen=True, slots=True)
class CatalogListing:
    """Just enough of a catalog title to tell whether a review could be about it."""

    tconst: str
    year: int | None
    votes: int


def plausible_titles(
    review: LinkInput, listings: Mapping[str, Sequence[CatalogListing]]
) -> list[str]:
    """Catalog titles sharing a key with the review whose year could fit, most voted first;
    ``listings``: the catalog's titles by title key."""
    seen: dict[str, CatalogListing] = {}
    for key in review.strong_keys | review.weak_keys:
        for listing in listings.get(key, ()):
            seen[listing.tconst] = listing
    fitting = []
    for listing in seen.values():
        if listing.year is not None:
            if review.year is not None and abs(review.year - listing.year) > YEAR_TOLERANCE:
                continue
            published = review.published_year
            if published is not None and listing.year > published + YEAR_TOLERANCE:
                continue
        fitting.append(listing)
    fitting.sort(key=lambda listing: (-listing.votes, listing.tconst))
    return [listing.tconst for listing in fitting[:MAX_CANDIDATES]]


def resolve_catalog(review: LinkInput, candidates: Sequence[CatalogTitle]) -> CatalogTitle | None:
    """The catalog title a review is about, when the evidence points at exactly one.

    A title match must agree on year (within ``YEAR_TOLERANCE``), on directors when both
    name them, and must not postdate the review. Among several fits the best-supported one
    wins; a tie is settled only by a clear lead in IMDb votes, otherwise no title is chosen.
    """
    ranked: list[tuple[float, int, CatalogTitle]] = []
    for candidate in candidates:
        if review.tconst is not None and candidate.tconst == review.tconst:
            return candidate
        score = _catalog_fit(review, candidate)
        if score is not None:
            ranked.append((score, candidate.votes or 0, candidate))
    if not ranked:
        return None
    ranked.sort(key=lambda entry: (-entry[0], -entry[1], entry[2].tconst))
    if len(ranked) == 1 or ranked[0][0] > ranked[1][0]:
        return ranked[0][2]
    top_votes, next_votes = ranked[0][1], ranked[1][1]
    return ranked[0][2] if top_votes >= 1000 and top_votes >= 10 * next_votes else None


def _catalog_fit(review: LinkInput, candidate: CatalogTitle) -> float | None:
    """How well a catalog title fits a review; None when it cannot be the review's film."""
    keys = candidate.keys
    direct = bool(review.strong_keys & keys)
    if not direct and not review.weak_keys & keys:
        return None
    if not _years_fit(review.year, candidate.year):
        return None
    published, year = review.published_year, candidate.year
    if published and year and year > published + YEAR_TOLERANCE:
        return None
    directors, known_directors = _keys(review.directors), _keys(candidate.directors)
    directors_agree = bool(directors and known_directors) and names_overlap(
        directors, known_directors
    )
    if directors and known_directors and not directors_agree:
        return None
    cast = _keys(review.cast)
    cast_agree = bool(cast and names_overlap(cast, _keys(candidate.principals)))
    if not direct and not (review.year and (directors_agree or cast_agree)):
        return None
    score = 4.0 * directors_agree + 2.0 * cast_agree + (candidate.title_type == "movie")
    if review.year and candidate.year:
        score += 2.0 if review.year == candidate.year else 1.0
    if title_key(review.title or "") in {title_key(candidate.title)}:
        score += 0.5
    return score


@dataclass
class _Cluster:
    """Reviews believed to be of one film, with the evidence they pooled."""

    members: list[LinkInput]
    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    stated_years: set[int] = field(default_factory=set)
    directors: set[str] = field(default_factory=set)
    cast: set[str] = field(default_factory=set)
    published: int | None = None  # earliest publication year
    current: int | None = None  # earliest publication year of a review not of a disc
    titles: set[str] = field(default_factory=set)  # as the reviews spell them
    numbered: set[tuple[str, ...]] = field(default_factory=set)  # numbers of numbered titles
    people: set[str] = field(default_factory=set)  # its reviews' people keys
    catalog: CatalogTitle | None = None
    tconst: str | None = None

    @classmethod
    def of(cls, reviews: Sequence[LinkInput]) -> _Cluster:
        cluster = cls(members=[])
        for review in reviews:
            cluster.absorb_review(review)
        return cluster

    def absorb_review(self, review: LinkInput) -> None:
        self.members.append(review)
        self.strong |= review.strong_keys
        self.weak |= review.weak_keys
        self.people |= review.people_keys
        self.weak -= self.strong
        if review.year is not None:
            self.stated_years.add(review.year)
        self.directors |= _keys(review.directors)
        self.cast |= _keys(review.cast)
        if review.published_year is not None:
            self.published = min(review.published_year, self.published or review.published_year)
            if not review.home_video:
                self.current = min(review.published_year, self.current or review.published_year)
        for title in (review.title, review.original_title):
            if title:
                self.titles.add(title)
                if numbers := sequel_numbers(title):
                    self.numbered.add(numbers)
        if review.catalog is not None and self.catalog is None:
            self.catalog = review.catalog
            self.directors |= _keys(review.catalog.directors)
            self.cast |= _keys(review.catalog.principals)
        self.tconst = self.tconst or (review.catalog.tconst if review.catalog else review.tconst)

    def absorb(self, other: _Cluster) -> None:
        for review in other.members:
            self.absorb_review(review)

    @property
    def years(self) -> set[int]:
        if self.catalog is not None and self.catalog.year is not None:
            return {self.catalog.year}
        return self.stated_years

    @property
    def first_id(self) -> str:
        return min(review.review_id for review in self.members)

    @property
    def keys(self) -> set[str]:
        """Every key it can meet another cluster on: two clusters that share none never score."""
        return (
            self.strong | self.weak | self.people | ({f"#{self.tconst}"} if self.tconst else set())
        )


def _conflict(a: _Cluster, b: _Cluster) -> bool:
    """Whether the evidence says two clusters are different films, whatever their titles."""
    if a.tconst and b.tconst and a.tconst != b.tconst:
        return True
    if a.numbered and b.numbered and a.numbered.isdisjoint(b.numbered):
        return True  # 'Kill Bill: Vol. 1' and 'Vol. 2', whatever shorter title joined either
    years = a.years | b.years
    if years and max(years) - min(years) > YEAR_TOLERANCE:
        return True
    published = [p for p in (a.published, b.published) if p is not None]
    if years and published and max(years) > min(published) + YEAR_TOLERANCE:
        return True
    return bool(a.directors and b.directors) and not names_overlap(
        frozenset(a.directors), frozenset(b.directors)
    )


def _score(a: _Cluster, b: _Cluster) -> float | None:
    """How strongly two clusters look like one film; None when they cannot be."""
    if _conflict(a, b):
        return None
    if a.tconst and a.tconst == b.tconst:
        return _SAME_FILM
    directors_agree = bool(a.directors and b.directors)  # no conflict, so they overlap
    cast_agree = bool(a.cast and b.cast) and names_overlap(frozenset(a.cast), frozenset(b.cast))
    both_dated = bool(a.years and b.years)
    direct = bool(a.strong & b.strong)
    if not direct and not (a.strong & b.weak or a.weak & b.strong):
        if both_dated and directors_agree:
            return _score_other_titles(a, b, cast_agree)
        return None
    if not direct and not (both_dated and (directors_agree or cast_agree)):
        return None
    score = 10.0 * direct + 4.0 * directors_agree + 1.0 * cast_agree
    if both_dated:
        score += 4.0 if a.years & b.years else 2.0
    elif _in_release(a, b) or _in_release(b, a):
        score += 2.0
    return score


def _in_release(undated: _Cluster, dated: _Cluster) -> bool:
    """Whether a review giving no year came out when the dated film did: of two films
    called 'A Star Is Born', a review of 2018 that is not of a disc is of the 2018 one."""
    current = undated.current
    return (
        not undated.years
        and current is not None
        and any(abs(year - current) <= YEAR_TOLERANCE for year in dated.years)
    )


def _score_other_titles(a: _Cluster, b: _Cluster, cast_agree: bool) -> float | None:
    """Clusters that share no title key but name the same directors, a year or less apart.

    They are one film when one title is the other in another language (it reads as a
    non-English original, and cast or a word of the title is shared: 'De rouille et d'os',
    'Rust and Bone', Marion Cotillard), or when one title extends the other by a word or two
    that do not number a sequel ('Funny Games U.S.'). A review that states no title joins the
    film of its directors and year, when only one fits. Weaker than any title match.
    """
    same_year = 2.0 if a.years & b.years else 0.0
    if not a.titles or not b.titles:
        return 1.0 + same_year if a.titles or b.titles else None
    pairs = [(x, y) for x in a.titles for y in b.titles]
    translated = any(looks_foreign(x) != looks_foreign(y) for x, y in pairs)
    if translated and (cast_agree or any(share_a_word(x, y) for x, y in pairs)):
        return 6.0 + same_year + cast_agree
    if any(extends_title(x, y) or extends_title(y, x) for x, y in pairs):
        return 6.0 + same_year
    return None


def _signature(review: LinkInput) -> tuple[object, ...]:
    """Reviews with one signature carry the same evidence and start as one group.

    Cast and publication date only add agreement, never a conflict, between reviews that
    state a year or directors, so they are left out: a film's hundred reviews then start as a
    handful of groups, not a hundred.
    """
    identity = review.catalog.tconst if review.catalog else review.tconst
    if identity:
        return ("id", identity)
    if review.year is not None or review.directors:
        return (review.strong_keys, review.year, _keys(review.directors))
    return (review.strong_keys, review.published_year)


class _Block:
    """The clusters of one block while they merge: which cluster holds which key, and the
    pair scores known so far (dropped when a side changes)."""

    def __init__(self, reviews: Sequence[LinkInput]) -> None:
        groups: dict[tuple[object, ...], list[LinkInput]] = {}
        for review in sorted(reviews, key=lambda r: r.review_id):
            groups.setdefault(_signature(review), []).append(review)
        self.clusters = sorted(
            (_Cluster.of(group) for group in groups.values()), key=lambda c: c.first_id
        )
        self._known: dict[int, dict[int, float | None]] = {}
        self._holding: dict[str, dict[int, _Cluster]] = {}  # key -> the clusters that have it
        for cluster in self.clusters:
            self._hold(cluster)

    def _hold(self, cluster: _Cluster) -> None:
        for key in cluster.keys:
            self._holding.setdefault(key, {})[id(cluster)] = cluster

    def neighbours(self, cluster: _Cluster) -> dict[int, _Cluster]:
        """The clusters sharing a key with ``cluster``: the only ones it can score with."""
        found: dict[int, _Cluster] = {}
        for key in cluster.keys:
            found.update(self._holding[key])
        found.pop(id(cluster), None)
        return found

    def score(self, a: _Cluster, b: _Cluster) -> float | None:
        row = self._known.setdefault(id(a), {})
        if id(b) not in row:
            row[id(b)] = self._known.setdefault(id(b), {})[id(a)] = _score(a, b)
        return row[id(b)]

    def ambiguous(self, a: _Cluster, b: _Cluster, value: float) -> bool:
        """Whether either side fits a rival as well, and the rival contradicts the other
        side (or the side has no title to tell them apart)."""
        for side, other in ((a, b), (b, a)):
            for rival in self.neighbours(side).values():
                if rival is a or rival is b:
                    continue
                rival_score = self.score(side, rival)
                if (
                    rival_score is not None
                    and rival_score >= value
                    and (not side.titles or _conflict(other, rival))
                ):
                    return True
        return False

    def ranked_pairs(self) -> list[tuple[float, str, str, _Cluster, _Cluster]]:
        """Every pair that could be one film, best first (negated score, then review ids)."""
        pairs = []
        for a in self.clusters:
            first = a.first_id
            for b in self.neighbours(a).values():
                if first < b.first_id and (value := self.score(a, b)) is not None:
                    pairs.append((-value, first, b.first_id, a, b))
        pairs.sort(key=lambda pair: pair[:3])
        return pairs

    def merge(self, a: _Cluster, b: _Cluster) -> None:
        for key in b.keys:
            del self._holding[key][id(b)]
        a.absorb(b)
        self._hold(a)
        self.clusters.remove(b)
        for changed in (a, b):
            for other in self._known.pop(id(changed), {}):
                self._known.get(other, {}).pop(id(changed), None)


def _cluster_block(reviews: Sequence[LinkInput]) -> list[_Cluster]:
    """Best pair first, until no unambiguous pair is left; ties go by review id.

    A pair is ambiguous when either side fits a rival as well and the rival contradicts the
    other side: 'Crash' with no year fits Crash (1996) and Crash (2004) equally, and joins
    neither. A review with no title is ambiguous between any two films it fits as well: its
    pairs score below every title match, so those films are apart by then.
    """
    block = _Block(reviews)
    while True:
        for negative, _, _, a, b in block.ranked_pairs():
            if not block.ambiguous(a, b, -negative):
                block.merge(a, b)
                break
        else:
            return block.clusters


@dataclass(frozen=True, slots=True)
class FilmCluster:
    """A film and the reviews linked to it."""

    film: Film
    review_ids: tuple[str, ...]
    titles: Mapping[str, str]  # title key -> a title spelled that way, every name it goes by
    weak_keys: frozenset[str]
    catalog: CatalogTitle | None = None
    people_keys: frozenset[str] = frozenset()  # its reviews' directors with their years


def _blocks(reviews: Sequence[LinkInput]) -> list[list[LinkInput]]:
    """Reviews that could be of one film: connected through any shared title or people key."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for review in reviews:
        keys = sorted(review.block_keys)
        for key in keys[1:]:
            parent[find(key)] = find(keys[0])
    groups: dict[str, list[LinkInput]] = {}
    for review in reviews:
        keys = sorted(review.block_keys)
        if keys:
            groups.setdefault(find(keys[0]), []).append(review)
    return list(groups.values())


def _film_of(cluster: _Cluster) -> Film:
    """The film's shown title, year and directors: the catalog's, else the reviews' majority."""
    catalog = cluster.catalog
    titles = Counter(t for r in cluster.members if (t := r.title or r.original_title))
    originals = {r.original_title for r in cluster.members if r.original_title != r.title}
    if set(titles) - originals:  # the translated title, when reviews give both
        titles = Counter({t: n for t, n in titles.items() if t not in originals})
    if any(not looks_foreign(t) for t in titles):  # and the English one, when some give it
        titles = Counter({t: n for t, n in titles.items() if not looks_foreign(t)})
    years = Counter(r.year for r in cluster.members if r.year is not None)
    title = (
        catalog.title
        if catalog
        else min(titles, key=lambda t: (-titles[t], -len(t or ""), t or ""))
    )
    title = title or "Untitled"  # unreachable: a film's cluster has a titled review
    year = catalog.year if catalog and catalog.year else None
    if year is None and years:
        year = min(years, key=lambda y: (-years[y], y))
    if catalog and catalog.directors:
        directors = catalog.directors
    else:
        named = Counter(d for r in cluster.members for d in dict.fromkeys(r.directors))
        chosen: dict[str, str] = {}
        for name in sorted(named, key=lambda n: (-named[n], n)):
            chosen.setdefault(name_key(name), name)
        directors = tuple(chosen.values())
    film_id = slug(title) + (f"-{year}" if year else "")
    return Film(film_id=film_id, title=title, year=year, directors=directors, tconst=cluster.tconst)


def link_films(reviews: Sequence[LinkInput]) -> list[FilmCluster]:
    """Group reviews into films. A review without a title is left out (not linked) unless
    its directors and year point at exactly one film."""
    found: list[FilmCluster] = []
    for block in _blocks(reviews):
        titled = [cluster for cluster in _cluster_block(block) if cluster.titles]
        clusters = sorted(titled, key=lambda c: (_film_of(c).film_id, c.first_id))
        used: Counter[str] = Counter()
        for cluster in clusters:
            film = _film_of(cluster)
            used[film.film_id] += 1
            if used[film.film_id] > 1:
                film = Film(
                    film_id=f"{film.film_id}-{used[film.film_id]}",
                    title=film.title,
                    year=film.year,
                    directors=film.directors,
                    tconst=film.tconst,
                )
            titles: dict[str, str] = {}
            for review in sorted(cluster.members, key=lambda r: r.review_id):
                for name in (review.title, review.original_title):
                    if name:
                        titles.setdefault(title_key(name), name)
            if cluster.catalog is not None:
                titles.setdefault(title_key(cluster.catalog.title), cluster.catalog.title)
                for alias in cluster.catalog.aliases:
                    titles.setdefault(title_key(alias), alias)
            found.append(
                FilmCluster(
                    film=film,
                    review_ids=tuple(sorted(r.review_id for r in cluster.members)),
                    titles=titles,
                    weak_keys=frozenset(cluster.weak),
                    catalog=cluster.catalog,
                    people_keys=frozenset(k for r in cluster.members for k in r.people_keys),
                )
            )
    return found
