"""How a review is read: sentences, contrast clauses, and the weight each one carries.

Critics state their verdict in opinion sentences, usually near the end, and the clause after
"but" is the one they mean. Plot summary says little about the verdict. So each clause gets a
weight from its position, its side of a contrast, and how subjective it reads.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reception.text import split_sentences
from reception.verdict.patterns import CONCESSION_OPENING, CONTRAST_SPLIT, QUESTION_END

CONCESSION_WEIGHT = 0.5  # "Although it drags, ..." / the clause before "but"
CONTRAST_WEIGHT = 1.6  # the clause that starts with "but", "yet", "however"
CONCLUSION_WEIGHT = 1.6  # the closing paragraph of a review of two or more paragraphs
MIN_WORDS = 3
QUESTION_WEIGHT = 0.3  # a question, rhetorical or not, states no verdict


@dataclass(frozen=True, slots=True)
class Unit:
    """A clause (or whole sentence) of the review, with its place and its reading weight."""

    text: str
    sentence: int  # index of the sentence it belongs to
    weight: float


@dataclass(frozen=True, slots=True)
class Reading:
    """A review cut into sentences and weighted clauses."""

    sentences: tuple[str, ...]
    units: tuple[Unit, ...]
    paragraph_of: tuple[int, ...]  # paragraph index of each sentence


def _clauses(sentence: str) -> list[tuple[str, float]]:
    """Cut a sentence at its contrast words; the part after the turn weighs more."""
    concession = CONCESSION_OPENING.match(sentence)
    if concession and concession.end() < len(sentence) - 10:
        head, tail = sentence[: concession.end()].strip(), sentence[concession.end() :].strip()
        return [(head, CONCESSION_WEIGHT), (tail, CONTRAST_WEIGHT)]
    cuts = [m.end() for m in CONTRAST_SPLIT.finditer(sentence) if 10 < m.end() < len(sentence) - 10]
    if not cuts:
        return [(sentence, 1.0)]
    bounds = [0, *cuts, len(sentence)]
    parts = [sentence[a:b].strip() for a, b in itertools.pairwise(bounds)]
    weights = [CONCESSION_WEIGHT] * (len(parts) - 1) + [CONTRAST_WEIGHT]
    return [(part, weight) for part, weight in zip(parts, weights, strict=True) if part]


def read(paragraphs: Sequence[str]) -> Reading:
    """Split paragraphs into weighted clauses; later sentences and the last paragraph count more."""
    sentences: list[str] = []
    paragraph_of: list[int] = []
    for index, paragraph in enumerate(p for p in paragraphs if p.strip()):
        for sentence in split_sentences(paragraph):
            sentences.append(sentence)
            paragraph_of.append(index)
    last_paragraph = paragraph_of[-1] if paragraph_of else 0
    count = len(sentences)
    units: list[Unit] = []
    for position, sentence in enumerate(sentences):
        relative = position / (count - 1) if count > 1 else 1.0
        weight = 0.8 + 0.7 * relative**2
        if last_paragraph > 0 and paragraph_of[position] == last_paragraph:
            weight *= CONCLUSION_WEIGHT
        for clause, contrast in _clauses(sentence):
            short = 0.3 if len(clause.split()) < MIN_WORDS else 1.0
            asked = QUESTION_WEIGHT if QUESTION_END.search(sentence) else 1.0
            units.append(Unit(clause, position, weight * contrast * short * asked))
    return Reading(tuple(sentences), tuple(units), tuple(paragraph_of))
