"""Score a review: clause logits -> weighted aggregate -> calibrated 0-100, pull quote, evidence."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reception.records import Evidence, Grade, Label, Verdict
from reception.verdict.model import (
    FloatArray,
    Model,
    Rows,
    Signals,
    featurize,
    featurize_tokens,
    normalize,
    tokens,
)
from reception.verdict.patterns import (
    LITOTES,
    NEGATOR_BEFORE,
    QUESTION_END,
    QUOTED_LINE,
    RATING_KEY,
    TOKEN,
    VERDICT_EACH,
    VERDICT_NEGATABLE,
    VERDICT_PHRASES,
    verdict_pattern,
)
from reception.verdict.reading import Reading, read

LOGIT_CAP = 4.0  # one gushing clause should not outvote a paragraph
# Plot sentences still count a little: "the film collapses" is plot-shaped.
SUBJECTIVITY_FLOOR = 0.1
STRONG_LOGIT = 1.0  # a clause this far from zero takes a side, for the two-sided balance
DISAGREEMENT_POINTS = 30.0  # a grade vs text gap wider than this needs a human look
LITOTES_LOGIT = 1.0  # "not bad", "didn't hate it": a mild positive, whatever the fault's words
CENTRE = 50.0  # the mixed centre: evidence points are moves away from it
PULL_QUOTE_MAX = 200
QUOTE_MIN_WORDS = 3  # "I loved it." is a quote
QUOTE_MIN_FIT = 0.1  # a sentence that moved the score the label's way, read flat, still counts
QUOTE_MIN_OPINION = 0.35  # and states an opinion (subjectivity, or strong wording), not plot
EVIDENCE_PER_SIDE = 3
EVIDENCE_MIN_POINTS = 0.5
BANDS = ((60.5, math.inf), (39.5, 60.5), (-math.inf, 39.5))  # positive, mixed, negative


@dataclass(frozen=True, slots=True)
class Scored:
    """The model's reading of one text, kept so quote and evidence reuse the same numbers."""

    reading: Reading
    polarity: FloatArray  # per unit, capped logit
    subjective: FloatArray  # per unit, probability the unit states an opinion
    base: FloatArray  # per unit, reading weight (place, contrast, question)
    weights: FloatArray  # per unit, reading weight x subjectivity
    aggregate: float
    whole: float
    cues: FloatArray  # per verdict phrase, reading weight of the clauses that use it
    cue_hits: tuple[tuple[int, int], ...]  # (unit, phrase) of every verdict phrase found
    balance: float  # min(strongly positive, strongly negative) share of opinion weight
    whole_parts: FloatArray  # per sentence, its share of the whole-text logit (bias excluded)
    score: float
    words: int
    head: float | None  # the short-text head's logit; None for a full-length text
    head_parts: FloatArray  # per sentence, its share of the head's logit (bias excluded)

    @property
    def signals(self) -> Signals:
        return Signals(
            self.aggregate, self.whole, self.cues, self.balance, float(self.words), self.head
        )


def _sigmoid(values: FloatArray) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-values)), dtype=np.float64)


def _aggregate(polarity: FloatArray, weights: FloatArray) -> float:
    total = float(weights.sum())
    return float(polarity @ weights) / total if total > 0 else 0.0


def _balance(polarity: FloatArray, opinion: FloatArray) -> float:
    """The smaller of the strongly positive and strongly negative shares of opinion weight."""
    total = float(opinion.sum())
    if total <= 0:
        return 0.0
    positive = float(opinion[polarity > STRONG_LOGIT].sum())
    negative = float(opinion[polarity < -STRONG_LOGIT].sum())
    return min(positive, negative) / total


ALL_PHRASES = tuple(range(len(VERDICT_PHRASES)))


def verdict_phrases(reading: Reading, phrases: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """(unit, phrase) for each of these verdict phrases the clauses use; one scan per review."""
    if not phrases:
        return ()
    pieces: list[str] = []
    starts: list[int] = []
    at = 0
    for unit in reading.units:
        text = "" if RATING_KEY.search(unit.text) else unit.text
        tokens = " ".join(t for t in TOKEN.findall(normalize(text)) if t not in "!?")
        starts.append(at)
        pieces.append(tokens)
        at += len(tokens) + 3
    joined = " | ".join(pieces)
    hits: list[tuple[int, int]] = []
    for match in verdict_pattern(phrases).finditer(joined):
        found = match.group(0)
        phrase = next((i for i in phrases if VERDICT_EACH[i].fullmatch(found)), phrases[0])
        if phrase in VERDICT_NEGATABLE and NEGATOR_BEFORE.search(
            joined, max(0, match.start() - 40), match.start()
        ):
            continue
        hits.append((bisect.bisect_right(starts, match.start()) - 1, phrase))
    return tuple(hits)


def score_units(
    model: Model, paragraphs: Sequence[str], *, all_phrases: bool = False
) -> Scored | None:
    """One hashing pass over every clause; None when there is no text.

    Only the verdict phrases the calibration uses are looked for, unless ``all_phrases``
    (training, which chooses among all of them).
    """
    reading = read(paragraphs)
    if not reading.units:
        return None
    tokenized = [tokens(unit.text) for unit in reading.units]  # for the head too, if it reads
    features = featurize_tokens(tokenized)
    polarity, subjectivity = model.logits(features)
    unit_polarity = np.clip(polarity, -LOGIT_CAP, LOGIT_CAP)
    litotes = [
        i for i, clause in enumerate(reading.units) if LITOTES.search(normalize(clause.text))
    ]
    unit_polarity[litotes] = np.maximum(unit_polarity[litotes], LITOTES_LOGIT)
    subjective = _sigmoid(subjectivity)
    base = np.array([unit.weight for unit in reading.units])
    weights = base * (SUBJECTIVITY_FLOOR + subjective)
    aggregate = _aggregate(unit_polarity, weights)
    sentence_of = np.array([unit.sentence for unit in reading.units])
    count = len(reading.sentences)
    whole_parts = _text_logit_parts(model.polarity, features, sentence_of, count)
    # nor is a negated fault a fault in the whole-text reading
    negated = sentence_of[litotes]
    whole_parts[negated] = np.maximum(whole_parts[negated], 0.0)
    whole = float(whole_parts.sum()) + model.polarity_bias
    words = sum(len(sentence.split()) for sentence in reading.sentences)
    head: float | None = None
    head_parts = np.zeros(count)
    if model.head is not None and words < model.calibration.short_words[1]:
        units = featurize_tokens(tokenized, head=True)
        head_parts = _text_logit_parts(model.head, units, sentence_of, count)
        head_parts[negated] = np.maximum(head_parts[negated], 0.0)
        head = float(head_parts.sum()) + model.head_bias
    cue_hits = verdict_phrases(reading, ALL_PHRASES if all_phrases else model.calibration.cues)
    cues = np.zeros(len(VERDICT_PHRASES))
    for unit, phrase in cue_hits:
        cues[phrase] += base[unit]
    balance = _balance(unit_polarity, base * subjective)
    score = float(model.calibration.score(Signals(aggregate, whole, cues, balance, words, head)))
    return Scored(
        reading,
        unit_polarity,
        subjective,
        base,
        weights,
        aggregate,
        whole,
        cues,
        cue_hits,
        balance,
        whole_parts,
        score,
        words,
        head,
        head_parts,
    )


def _text_logit_parts(
    weights: FloatArray, features: Rows, sentence_of: FloatArray, sentences: int
) -> FloatArray:
    """A whole-text logit (bias left out), split by the sentence each n-gram is in.

    The review read as one text: every clause's n-grams, binary, L2-normalized. Plot clauses
    stay in: on critics' rated extracts the whole text orders reviews better than its opinion
    clauses alone, and a full review's plot summary is chosen and coloured too. An n-gram
    that recurs is credited to the sentence where it first appears.
    """
    present, first = np.unique(features.indices, return_index=True)
    if present.size == 0:
        return np.zeros(sentences)
    unit_at = np.searchsorted(features.indptr, first, side="right") - 1
    shares = weights[present] / np.sqrt(present.size)
    return np.bincount(sentence_of[unit_at], shares, minlength=sentences).astype(np.float64)


def confidence(score: float, sigma: float, words: int) -> float:
    """Chance the critic's grade falls in the same band, shrunk for very short texts."""
    label = Label.for_score(score)
    low, high = BANDS[[Label.POSITIVE, Label.MIXED, Label.NEGATIVE].index(label)]

    def cdf(x: float) -> float:
        return 0.5 * (1.0 + math.erf((x - score) / (sigma * math.sqrt(2.0))))

    in_band = cdf(high) - cdf(low)
    return round(in_band * (1.0 - math.exp(-words / 25.0)), 3)


def sentence_points(model: Model, scored: Scored) -> FloatArray:
    """Each sentence's part of the score's distance from 50, in points of the 0-100 score.

    The line the curve reads is linear in the sentences' parts: each one's weighted clause
    logits (the aggregate) and its n-grams' shares of the whole-text and head logits, scaled
    by how far the review reads mixed and, for a short text, by its own blend. The rest
    (intercepts, biases, the pull toward the middle) is shared by the sentences in proportion
    to their reading weight. The curve is rising, so its secant from the line that scores 50
    turns these parts into points without changing a sign, and the points of all sentences
    add up to ``score - 50``.
    """
    calibration = model.calibration
    count = len(scored.reading.sentences)
    sentence_of = np.array([unit.sentence for unit in scored.reading.units])
    pushed = np.bincount(sentence_of, scored.polarity * scored.weights, minlength=count)
    weight = np.bincount(sentence_of, scored.weights, minlength=count)
    total = float(weight.sum())
    share = weight / total if total > 0 else np.full(count, 1.0 / count)
    aggregate_parts = pushed / total if total > 0 else np.zeros(count)
    a, b, c = calibration.blend
    strength, _, _, centre = calibration.pull
    mixed = (
        strength * float(calibration.mixedness(scored.cues, scored.balance))
        if calibration.cues and strength
        else 0.0
    )
    keep = 1.0 - mixed

    def pulled(line_parts: FloatArray, intercept: float) -> FloatArray:
        """A blend's parts per sentence, pulled toward the centre as far as the review reads
        mixed; its intercept shared by reading weight."""
        return keep * line_parts + (keep * intercept + mixed * centre) * share

    parts = pulled(a * aggregate_parts + b * scored.whole_parts, b * model.polarity_bias + c)
    short = float(calibration.short_share(float(scored.words)))
    if calibration.short is not None and short > 0:
        slope, pivot, shift = calibration.short
        own = parts
        if calibration.short_blend is not None and scored.head is not None:
            sa, sb, sh, sc = calibration.short_blend
            own = pulled(
                sa * aggregate_parts + sb * scored.whole_parts + sh * scored.head_parts,
                sb * model.polarity_bias + sh * model.head_bias + sc,
            )
        narrowed = slope * own + (pivot * (1.0 - slope) + shift) * share
        parts = (1.0 - short) * parts + short * narrowed
    neutral = calibration.line_scoring(CENTRE)
    parts = parts - neutral * share
    line = float(parts.sum())
    slope_50 = (scored.score - CENTRE) / line if abs(line) > 1e-9 else 0.0
    return np.asarray(parts * max(slope_50, 0.0), dtype=np.float64)


def evidence(scored: Scored, points: FloatArray, label: Label) -> tuple[Evidence, ...]:
    """The sentences that moved the score most, signed in points, telling the label's story.

    Up to three on each side; for a positive (negative) verdict the other side's sentences
    are shown only while the shown points still add up to a rise (fall), so the evidence never
    argues against the label. A mixed verdict shows both sides.
    """
    order = np.argsort(points)
    rises = [int(i) for i in order[::-1][:EVIDENCE_PER_SIDE] if points[i] >= EVIDENCE_MIN_POINTS]
    falls = [int(i) for i in order[:EVIDENCE_PER_SIDE] if points[i] <= -EVIDENCE_MIN_POINTS]
    if label is not Label.MIXED:
        sign = 1.0 if label is Label.POSITIVE else -1.0
        leading, other = (rises, falls) if sign > 0 else (falls, rises)
        kept: list[int] = []
        # on the points as shown (one decimal), so the shown ones never add up to 0 or less
        shown = np.round(points, 1)
        total = sign * round(sum(float(shown[i]) for i in leading), 1)
        for i in other:
            if round(total + sign * float(shown[i]), 1) > 0:
                kept.append(i)
                total = round(total + sign * float(shown[i]), 1)
        rises, falls = (leading, kept) if sign > 0 else (kept, leading)
    return tuple(
        Evidence(scored.reading.sentences[i], round(float(points[i]), 1)) for i in rises + falls
    )


def _quotable(text: str) -> bool:
    return (
        len(text) <= PULL_QUOTE_MAX
        and len(text.split()) >= QUOTE_MIN_WORDS
        and not QUESTION_END.search(text)
        and not QUOTED_LINE.match(text)
    )


def pull_quote(
    model: Model, scored: Scored, label: Label, dek: str | None, points: FloatArray
) -> str | None:
    """The opinion sentence (or clause) that best states the verdict, verbatim.

    For a positive or negative verdict, only a sentence that moved the score that way (its
    evidence points) qualifies, so the quote never argues against the label; among those the
    most subjective and most strongly worded wins. A mixed verdict takes the opinion closest
    to the review's balance. When the text's own reading disagrees with a critic's grade, no
    sentence moved the score the grade's way, so a sentence must read the grade's way instead.
    """
    reading = scored.reading
    count = len(reading.sentences)
    sign = {Label.POSITIVE: 1.0, Label.NEGATIVE: -1.0}.get(label, 0.0)
    text_agrees = sign == 0.0 or Label.for_score(scored.score) is label
    candidates: list[tuple[str, float, float, float]] = []  # text, polarity, subjective, place
    members_of: list[list[int]] = [[] for _ in range(count)]
    for i, unit in enumerate(reading.units):
        members_of[unit.sentence].append(i)
    for index, (sentence, members) in enumerate(zip(reading.sentences, members_of, strict=True)):
        if sign and text_agrees and sign * float(points[index]) <= 0:
            continue
        place = index / (count - 1) if count > 1 else 1.0
        if _quotable(sentence):
            weights = scored.weights[members]
            polarity = float(scored.polarity[members] @ weights / max(float(weights.sum()), 1e-9))
            subjective = float(scored.subjective[members].max())
            candidates.append((sentence, polarity, subjective, place))
        else:
            for i in members:
                if _quotable(reading.units[i].text):
                    unit_values = (float(scored.polarity[i]), float(scored.subjective[i]))
                    candidates.append((reading.units[i].text, *unit_values, place))
    if dek and _quotable(dek.strip()):  # not in the body, so it must read the label's way
        dek_polarity, dek_subjectivity = model.logits(featurize([dek.strip()]))
        dek_subjective = float(_sigmoid(dek_subjectivity)[0])
        if sign == 0.0 or sign * float(dek_polarity[0]) > 0:
            candidates.append((dek.strip(), float(dek_polarity[0]), dek_subjective, 1.0))
    best: tuple[float, str] | None = None
    for text, polarity, subjective, place in candidates:
        if sign:
            if not text_agrees and sign * polarity <= 0:
                continue
            fit = max(sign * polarity, QUOTE_MIN_FIT)
        else:
            fit = 1.5 / (1.0 + abs(polarity - scored.aggregate))
        rank = subjective * min(fit, 3.0) * (1.0 + 0.3 * place)
        opinion = subjective >= QUOTE_MIN_OPINION or abs(polarity) >= STRONG_LOGIT
        if opinion and (best is None or rank > best[0]):
            best = (rank, text)
    return best[1] if best else None


def verdict(
    model: Model, paragraphs: Sequence[str], *, grade: Grade | None = None, dek: str | None = None
) -> Verdict:
    """The full verdict for a text; an explicit grade, when given, is the score."""
    scored = score_units(model, paragraphs)
    text_score = round(scored.score, 1) if scored else None
    points = sentence_points(model, scored) if scored else np.zeros(0)
    if grade is not None:
        score = float(grade.value_0_100)
        label = Label.for_score(score)
        text_label = Label.for_score(scored.score) if scored else label
        return Verdict(
            score=score,
            label=label,
            confidence=1.0,
            pull_quote=pull_quote(model, scored, label, dek, points) if scored else None,
            evidence=evidence(scored, points, text_label) if scored else (),
            text_score=text_score,
            from_grade=True,
            disagreement=text_score is not None and abs(score - text_score) > DISAGREEMENT_POINTS,
        )
    if scored is None:
        return Verdict(score=50.0, label=Label.MIXED, confidence=0.0)
    label = Label.for_score(scored.score)
    return Verdict(
        score=round(scored.score, 1),
        label=label,
        confidence=confidence(scored.score, model.calibration.sigma, scored.words),
        pull_quote=pull_quote(model, scored, label, dek, points),
        evidence=evidence(scored, points, label),
        text_score=text_score,
    )
