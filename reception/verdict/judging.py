"""Score a review: clause logits -> weighted aggregate -> calibrated 0-100, pull quote, evidence."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from reception.records import Evidence, Grade, Label, Verdict
from reception.verdict.model import FloatArray, Model, Signals, featurize, normalize
from reception.verdict.patterns import (
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
DISAGREEMENT_POINTS = 35.0  # grade vs text gap that a human should look at
PULL_QUOTE_MAX = 200
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
    score: float
    words: int

    @property
    def signals(self) -> Signals:
        return Signals(self.aggregate, self.whole, self.cues, self.balance)


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
    features = featurize([unit.text for unit in reading.units])
    polarity, subjectivity = model.logits(features)
    unit_polarity = np.clip(polarity, -LOGIT_CAP, LOGIT_CAP)
    subjective = _sigmoid(subjectivity)
    base = np.array([unit.weight for unit in reading.units])
    weights = base * (SUBJECTIVITY_FLOOR + subjective)
    aggregate = _aggregate(unit_polarity, weights)
    whole = _text_logit(model, features)
    cue_hits = verdict_phrases(reading, ALL_PHRASES if all_phrases else model.calibration.cues)
    cues = np.zeros(len(VERDICT_PHRASES))
    for unit, phrase in cue_hits:
        cues[phrase] += base[unit]
    balance = _balance(unit_polarity, base * subjective)
    score = float(model.calibration.score(Signals(aggregate, whole, cues, balance)))
    words = sum(len(sentence.split()) for sentence in reading.sentences)
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
        score,
        words,
    )


def _text_logit(model: Model, features: sparse.csr_matrix) -> float:
    """Polarity of the review read as one text: every clause's n-grams, binary, L2-normalized.

    Plot clauses stay in: on critics' rated extracts the whole text orders reviews better than
    its opinion clauses alone, and a full review's plot summary is chosen and coloured too.
    """
    present = np.unique(features.indices)
    if present.size == 0:
        return model.polarity_bias
    return float(model.polarity[present].sum() / np.sqrt(present.size) + model.polarity_bias)


def confidence(score: float, sigma: float, words: int) -> float:
    """Chance the critic's grade falls in the same band, shrunk for very short texts."""
    label = Label.for_score(score)
    low, high = BANDS[[Label.POSITIVE, Label.MIXED, Label.NEGATIVE].index(label)]

    def cdf(x: float) -> float:
        return 0.5 * (1.0 + math.erf((x - score) / (sigma * math.sqrt(2.0))))

    in_band = cdf(high) - cdf(low)
    return round(in_band * (1.0 - math.exp(-words / 25.0)), 3)


def evidence(model: Model, scored: Scored) -> tuple[Evidence, ...]:
    """Sentences whose removal would move the score most, signed in score points.

    Leaving a sentence out changes the weighted aggregate, the verdict phrases counted and
    the two-sided balance; the whole-text logit is held, as one sentence barely moves it.
    """
    sentence_of = np.array([unit.sentence for unit in scored.reading.units])
    count = len(scored.reading.sentences)
    pushed = np.bincount(sentence_of, scored.polarity * scored.weights, minlength=count)
    weight = np.bincount(sentence_of, scored.weights, minlength=count)
    total_pushed, total_weight = float(pushed.sum()), float(scored.weights.sum())
    rest_weight = total_weight - weight
    safe = np.where(rest_weight > 1e-9, rest_weight, 1.0)
    without = np.where(rest_weight > 1e-9, (total_pushed - pushed) / safe, 0.0)
    cues = np.tile(scored.cues, (count, 1))
    for unit, phrase in scored.cue_hits:
        cues[sentence_of[unit], phrase] -= scored.base[unit]
    opinion = scored.base * scored.subjective
    side = np.bincount(sentence_of, opinion, minlength=count)
    up = opinion * (scored.polarity > STRONG_LOGIT)
    down = opinion * (scored.polarity < -STRONG_LOGIT)
    rest = float(opinion.sum()) - side
    balance = np.where(
        rest > 1e-9,
        np.minimum(
            float(up.sum()) - np.bincount(sentence_of, up, minlength=count),
            float(down.sum()) - np.bincount(sentence_of, down, minlength=count),
        )
        / np.where(rest > 1e-9, rest, 1.0),
        0.0,
    )
    deltas = scored.score - model.calibration.score(Signals(without, scored.whole, cues, balance))
    order = np.argsort(deltas)
    ups = [i for i in order[::-1][:EVIDENCE_PER_SIDE] if deltas[i] >= EVIDENCE_MIN_POINTS]
    downs = [i for i in order[:EVIDENCE_PER_SIDE] if deltas[i] <= -EVIDENCE_MIN_POINTS]
    return tuple(
        Evidence(scored.reading.sentences[i], round(float(deltas[i]), 1)) for i in ups + downs
    )


def _quotable(text: str) -> bool:
    return (
        len(text) <= PULL_QUOTE_MAX
        and len(text.split()) >= 4
        and not QUESTION_END.search(text)
        and not QUOTED_LINE.match(text)
    )


def pull_quote(model: Model, scored: Scored, label: Label, dek: str | None) -> str | None:
    """The opinion sentence (or clause) that best states the verdict, verbatim."""
    reading = scored.reading
    candidates: list[tuple[str, float, float, float]] = []  # text, polarity, subjective, place
    count = len(reading.sentences)
    members_of: list[list[int]] = [[] for _ in range(count)]
    for i, unit in enumerate(reading.units):
        members_of[unit.sentence].append(i)
    for index, (sentence, members) in enumerate(zip(reading.sentences, members_of, strict=True)):
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
    if dek and _quotable(dek.strip()):
        dek_polarity, dek_subjectivity = model.logits(featurize([dek.strip()]))
        dek_subjective = float(_sigmoid(dek_subjectivity)[0])
        candidates.append((dek.strip(), float(dek_polarity[0]), dek_subjective, 1.0))
    best: tuple[float, str] | None = None
    for text, polarity, subjective, place in candidates:
        if label is Label.POSITIVE:
            fit = polarity if polarity > 0.3 else -math.inf
        elif label is Label.NEGATIVE:
            fit = -polarity if polarity < -0.3 else -math.inf
        else:
            fit = 1.5 / (1.0 + abs(polarity - scored.aggregate))
        rank = subjective * min(fit, 3.0) * (1.0 + 0.3 * place)
        if rank > -math.inf and subjective >= 0.35 and (best is None or rank > best[0]):
            best = (rank, text)
    return best[1] if best else None


def verdict(
    model: Model, paragraphs: Sequence[str], *, grade: Grade | None = None, dek: str | None = None
) -> Verdict:
    """The full verdict for a text; an explicit grade, when given, is the score."""
    scored = score_units(model, paragraphs)
    text_score = round(scored.score, 1) if scored else None
    if grade is not None:
        score = float(grade.value_0_100)
        label = Label.for_score(score)
        return Verdict(
            score=score,
            label=label,
            confidence=1.0,
            pull_quote=pull_quote(model, scored, label, dek) if scored else None,
            evidence=evidence(model, scored) if scored else (),
            text_score=text_score,
            from_grade=True,
            disagreement=text_score is not None and abs(score - text_score) >= DISAGREEMENT_POINTS,
        )
    if scored is None:
        return Verdict(score=50.0, label=Label.MIXED, confidence=0.0)
    label = Label.for_score(scored.score)
    return Verdict(
        score=round(scored.score, 1),
        label=label,
        confidence=confidence(scored.score, model.calibration.sigma, scored.words),
        pull_quote=pull_quote(model, scored, label, dek),
        evidence=evidence(model, scored),
        text_score=text_score,
    )
