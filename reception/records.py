"""The record types every pipeline stage takes and returns.

A page flows: ``Page`` (ingest) -> ``Article`` (extract) -> ``FilmFacts`` / ``HomeVideo`` /
``Grade`` (facts) -> ``Verdict`` (verdict) -> ``Review`` (what the store keeps and exports).
``Film``, ``Critic`` and ``Publication`` are the entities reviews are linked to.

Records are plain frozen dataclasses: cheap to build in tests, easy to pickle for Dask,
and serialized through :func:`to_jsonable`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reception.vocabulary import is_fresh, label_for


class Source(enum.StrEnum):
    """Where a fact was read; ordered from most to least trusted."""

    STRUCTURED = "structured"  # schema.org JSON-LD or microdata
    INFOBOX = "infobox"  # "Director: ..." lines, a specs table
    HEADLINE = "headline"
    DEK = "dek"
    BODY = "body"
    URL = "url"
    META = "meta"  # <meta> tags, site name

    @property
    def trust(self) -> int:
        """Higher is more trusted; used to resolve conflicts between sources."""
        return _TRUST[self]


_TRUST = {
    Source.STRUCTURED: 7,
    Source.INFOBOX: 6,
    Source.META: 5,
    Source.HEADLINE: 4,
    Source.DEK: 3,
    Source.URL: 2,
    Source.BODY: 1,
}


MAX_PAGE_BYTES = 16 * 1024 * 1024
"""Larger pages are refused as ``too_large``, by every source as it reads and again when one is
decoded (here, with the page, so that reading sources never imports the extraction stage)."""


@dataclass(frozen=True, slots=True)
class Page:
    """One fetched or read document, before any interpretation."""

    uri: str  # file path, URL or archive record id
    raw: bytes
    content_type: str = ""  # "text/html", "text/plain" or "" when unknown
    declared_encoding: str | None = None  # from HTTP headers or the archive record
    fetched_at: dt.datetime | None = None
    site: str | None = None  # host name or folder name that groups pages of one template

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def is_html(self) -> bool:
        if self.content_type:
            return "html" in self.content_type
        head = self.raw[:2048].lower()
        return b"<html" in head or b"<!doctype html" in head or b"<body" in head


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A page whose stored copy is current (same bytes, or the server's 304): not re-read."""

    uri: str


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """What one HTTP fetch saw, kept in the store so a re-crawl asks only for changes."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    etag: str | None = None
    last_modified: str | None = None
    date: str | None = None  # the response's Date header
    fetched_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class StructuredReview:
    """What schema.org markup (JSON-LD or microdata) says about the review and its film."""

    headline: str | None = None
    author: str | None = None
    publisher: str | None = None
    date_published: str | None = None
    body: str | None = None
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    film_title: str | None = None
    film_year: int | None = None
    directors: tuple[str, ...] = ()
    cast: tuple[tuple[str, str | None], ...] = ()  # (actor, character)
    runtime_minutes: int | None = None
    content_rating: str | None = None
    production_company: str | None = None
    same_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewCheck:
    """The review detector's judgement: is this page a critic's review of a film, show or
    disc (rather than news, a listing, a product page, a forum ...), and why."""

    is_review: bool
    probability: float  # the detector's probability that the page is a review
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """The readable review a page carries, with its side parts kept apart from the body."""

    uri: str
    headline: str | None = None
    dek: str | None = None
    critic: str | None = None
    publication: str | None = None
    date_published: dt.date | None = None
    body: tuple[str, ...] = ()  # paragraphs; in-body subheadings kept as their own paragraph
    language: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    # Side parts: not body text, but what the facts stage reads.
    infobox: tuple[str, ...] = ()  # "Director: Jacques Audiard", "Rated R", ...
    specs: tuple[tuple[str, str], ...] = ()  # home-video specs table rows (label, value)
    special_features: tuple[str, ...] = ()  # items of a "Special Features" list
    rating_text: tuple[str, ...] = ()  # critic's rating widget text / star image alt text
    structured: StructuredReview | None = None
    # The titles the page declares for sharing (og:title, twitter:title) where they differ
    # from the headline: often the "Title (Year) review" form a thesis headline leaves out.
    declared_titles: tuple[str, ...] = ()
    review_check: ReviewCheck | None = None  # None when the page was read as a review unasked

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


@dataclass(frozen=True, slots=True)
class Fact:
    """A value and where it was read, so conflicts resolve by trust and the site can show it."""

    value: Any
    source: Source


@dataclass(frozen=True, slots=True)
class CastMember:
    actor: str
    character: str | None = None


@dataclass(frozen=True, slots=True)
class ReleaseDate:
    date: dt.date
    kind: str = "theatrical"  # "theatrical", "home_video", "streaming", "festival", "unknown"


@dataclass(frozen=True, slots=True)
class FilmFacts:
    """What the page states about the film it reviews. Unknown stays None or empty."""

    title: str | None = None
    year: int | None = None
    original_title: str | None = None
    directors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    cast: tuple[CastMember, ...] = ()
    distributor: str | None = None
    mpaa_rating: str | None = None
    other_ratings: tuple[tuple[str, str], ...] = ()  # (system, rating), e.g. ("BBFC", "15")
    runtime_minutes: int | None = None
    release_dates: tuple[ReleaseDate, ...] = ()
    provenance: Mapping[str, Source] = field(default_factory=dict)  # field name -> source

    @property
    def release_date(self) -> dt.date | None:
        for kind in ("theatrical", "unknown", "festival", "streaming", "home_video"):
            for release in self.release_dates:
                if release.kind == kind:
                    return release.date
        return None


@dataclass(frozen=True, slots=True)
class HomeVideo:
    """A disc or streaming edition under review."""

    format: str  # "DVD", "Blu-ray", "4K UHD", "Streaming"
    special_features: tuple[str, ...] = ()
    specs: Mapping[str, str] = field(default_factory=dict)  # video, aspect_ratio, audio, ...


@dataclass(frozen=True, slots=True)
class Grade:
    """The critic's own explicit grade, as written and on the 0-100 scale."""

    raw: str
    value_0_100: float
    scale: str  # "stars", "fraction", "letter", "schema", "verbal"
    source: Source = Source.BODY


class Label(enum.StrEnum):
    POSITIVE = "positive"
    MIXED = "mixed"
    NEGATIVE = "negative"

    @classmethod
    def for_score(cls, score: float) -> Label:
        """The band a score falls in (:func:`reception.vocabulary.label_for`)."""
        return cls(label_for(score))


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that moved the verdict, and by how much (signed, in score points)."""

    sentence: str
    weight: float


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float  # 0-100; the critic's grade when there is one
    label: Label
    confidence: float  # 0-1
    pull_quote: str | None = None
    evidence: tuple[Evidence, ...] = ()
    text_score: float | None = None  # the text model's own score, kept beside an explicit grade
    from_grade: bool = False
    disagreement: bool = False  # grade and text differ widely: flag for a human

    @property
    def fresh(self) -> bool:
        return is_fresh(self.score)


@dataclass(frozen=True, slots=True)
class Review:
    """One critic's review of one film: everything reception knows about a page."""

    page_uri: str
    content_sha256: str
    article: Article
    film: FilmFacts
    verdict: Verdict
    grade: Grade | None = None
    home_video: HomeVideo | None = None
    film_id: str | None = None
    review_id: str | None = None


@dataclass(frozen=True, slots=True)
class Film:
    film_id: str
    title: str
    year: int | None = None
    directors: tuple[str, ...] = ()
    tconst: str | None = None


@dataclass(frozen=True, slots=True)
class Critic:
    critic_id: str
    name: str
    review_count: int = 0
    mean_score: float | None = None  # of their reviews, rounded to one decimal
    latest_review: str | None = None  # ISO date of their newest dated review


@dataclass(frozen=True, slots=True)
class Publication:
    publication_id: str
    name: str
    domain: str | None = None
    review_count: int = 0
    mean_score: float | None = None
    latest_review: str | None = None


# -- the read side: what the site, the API and exports show ------------------------------------
# Field names are the JSON API's keys (docs/api.md); :func:`to_jsonable` gives the payload.


@dataclass(frozen=True, slots=True)
class ReviewLine:
    """A review as lists show it: enough for one line and a link to its page."""

    id: str
    headline: str | None
    critic: str | None
    critic_id: str | None
    publication: str | None
    publication_id: str | None
    date_published: str | None
    film_id: str | None
    film_title: str | None
    film_year: int | None
    score: float
    label: str
    from_grade: bool
    grade: Mapping[str, Any] | None
    pull_quote: str | None
    source_uri: str
    home_video: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class FilmLine:
    """A film as lists show it: its score (None under the threshold), share of fresh reviews
    and the range of its reviews' scores."""

    id: str
    title: str
    year: int | None
    directors: tuple[str, ...]
    tconst: str | None
    review_count: int
    score: float | None  # the average, None under vocabulary.MIN_REVIEWS_FOR_SCORE reviews
    label: str | None  # positive, mixed or negative: the score's band (vocabulary)
    band: str | None  # the film band of the score, in words
    percent_fresh: float | None  # share of reviews scoring 60 or more
    low_score: float | None  # the reviews' range, shown when there is no score
    high_score: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FilmView(FilmLine):
    """A film's page: facts merged across its reviews, the aggregate, editions, reviews."""

    facts: Mapping[str, Any]
    aggregate: Mapping[str, Any]
    home_video: tuple[Mapping[str, Any], ...]
    reviews: tuple[ReviewLine, ...]  # one page of them: reviews_offset on, at most a page
    reviews_total: int
    reviews_offset: int = 0


@dataclass(frozen=True, slots=True)
class ReviewView:
    """A review's page: the export record (docs/export.md) plus ids, provenance, side parts."""

    id: str
    source: Mapping[str, Any]
    headline: str | None
    dek: str | None
    critic: str | None
    publication: str | None
    date_published: str | None
    body: str
    film: Mapping[str, Any]
    home_video: Mapping[str, Any] | None
    grade: Mapping[str, Any] | None
    verdict: Mapping[str, Any]
    language: str | None
    critic_id: str | None
    publication_id: str | None
    provenance: Mapping[str, Any]
    side_parts: Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class CriticView(Critic):
    """A critic's page: reviews, score distribution (ten bins of ten points) and agreement."""

    reviews: tuple[ReviewLine, ...]  # one page of them, as on FilmView
    reviews_total: int
    reviews_offset: int
    distribution: tuple[int, ...]
    distribution_by_label: Mapping[str, tuple[int, ...]]  # the same bins, split by label
    agreement: Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class PublicationView(Publication):
    """A publication's page: its reviews and the critics who wrote them, busiest first."""

    reviews: tuple[ReviewLine, ...]  # one page of them, as on FilmView
    reviews_total: int
    reviews_offset: int
    critics: tuple[Critic, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be processed, and why; the batch goes on without it."""

    uri: str
    # "empty", "binary", "undecodable", "too_large", "corrupt", "parse", "no_body",
    # "not-a-review"
    kind: str
    reason: str


class PageError(Exception):
    """A page that cannot be read; ``kind`` is one of :class:`Failure` kinds."""

    def __init__(self, uri: str, kind: str, reason: str) -> None:
        super().__init__(f"{uri}: {kind}: {reason}")
        self.failure = Failure(uri=uri, kind=kind, reason=reason)


def to_jsonable(value: Any) -> Any:
    """Turn records into JSON-ready dicts and lists (dates as ISO strings)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return None
    return value
