"""The critics' consensus: a few sentences from the reviews that carry the majority view.

Nothing is written for the film; the sentences are the critics' own (their pull quotes and the
sentences that moved the verdict), chosen so the result is the same whatever the order.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reception.records import Evidence, Label

MAX_SENTENCES = 3
MIN_SENTENCES = 2
NEAR_DUPLICATE = 0.6  # word overlap (Jaccard) above which two sentences say the same thing
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """The part of a stored review that aggregates need."""

    review_id: str
    score: float
    label: Label
    from_grade: bool = False
    calibrated: float | None = None  # on the reference critic's scale; None: same as score
    critic: str | None = None
    publication: str | None = None
    pull_quote: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Quote:
    sentence: str
    review_id: str
    critic: str | None
    publication: str | None
    score: float


@dataclass(frozen=True, slots=True)
class Consensus:
    view: str  # the majority's label
    sentences: tuple[Quote, ...]
    dissent: Quote | None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _agrees(weight: float, view: Label) -> bool:
    if view is Label.POSITIVE:
        return weight > 0
    if view is Label.NEGATIVE:
        return weight < 0
    return True


def _best_sentence(review: ReviewSummary, view: Label) -> str | None:
    """The review's pull quote, or else its weightiest sentence that leans the way of ``view``."""
    if review.pull_quote and review.pull_quote.strip():
        return review.pull_quote.strip()
    leaning = [e for e in review.evidence if e.sentence.strip() and _agrees(e.weight, view)]
    if not leaning:
        return None
    best = min(leaning, key=lambda e: (-abs(e.weight), e.sentence))
    return best.sentence.strip()


def _quote(review: ReviewSummary, text: str) -> Quote:
    return Quote(text, review.review_id, review.critic, review.publication, review.score)


def _majority(reviews: Sequence[ReviewSummary]) -> Label:
    """The most common label; a tie goes to the tied label nearest the median score."""
    counts = Counter(review.label for review in reviews)
    top = max(counts.values())
    leaders = [label for label, count in counts.items() if count == top]
    middle = statistics.median(r.score for r in reviews)

    def distance(label: Label) -> tuple[float, str]:
        mean = statistics.fmean(r.score for r in reviews if r.label is label)
        return abs(mean - middle), label.value

    return min(leaders, key=distance)


def consensus(reviews: Sequence[ReviewSummary]) -> Consensus | None:
    """Two or three sentences from typical majority reviews, and the strongest dissent.

    Typical means closest to the majority's median score; one sentence per critic and no
    near-duplicates. The dissent: :func:`_dissent`.
    """
    if len(reviews) < MIN_SENTENCES:
        return None
    view = _majority(reviews)
    majority = [r for r in reviews if r.label is view]
    centre = statistics.median(r.score for r in majority)
    chosen: list[Quote] = []
    critics: set[str] = set()
    for review in sorted(
        majority, key=lambda r: (abs(r.score - centre), -r.confidence, r.review_id)
    ):
        text = _best_sentence(review, view)
        if text is None or (review.critic and review.critic in critics):
            continue
        words = _words(text)
        if any(_jaccard(words, _words(q.sentence)) >= NEAR_DUPLICATE for q in chosen):
            continue
        chosen.append(_quote(review, text))
        if review.critic:
            critics.add(review.critic)
        if len(chosen) == MAX_SENTENCES:
            break
    if len(chosen) < MIN_SENTENCES:
        return None
    return Consensus(view=view.value, sentences=tuple(chosen), dissent=_dissent(reviews, view))


def _dissent(reviews: Sequence[ReviewSummary], view: Label) -> Quote | None:
    """The review furthest from the majority's median in the *opposite* direction: a negative
    review when most are positive, a positive one when most are negative. A mixed majority
    has no direction to oppose, and a film nobody disagrees with has no dissent. Opposite
    labels sit at least 22 points apart (61 and 39), so a dissent is always far."""
    opposite = {Label.POSITIVE: Label.NEGATIVE, Label.NEGATIVE: Label.POSITIVE}.get(view)
    centre = statistics.median(r.score for r in reviews if r.label is view)
    for review in sorted(
        (r for r in reviews if r.label is opposite),
        key=lambda r: (-abs(r.score - centre), r.review_id),
    ):
        text = _best_sentence(review, review.label)
        if text is not None:
            return _quote(review, text)
    return None


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0
