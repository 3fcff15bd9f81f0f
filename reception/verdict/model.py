"""The verdict model: hashed n-gram features, two linear scorers, and a 0-100 calibration.

One hashing pass over word 1-3-grams feeds both scorers (polarity and subjectivity), so a
review is tokenized once, and scoring needs no scikit-learn. Weights are stored dense in one compressed ``.npz``; loading is a single read.
"""

from __future__ import annotations

import functools
import itertools
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from scipy import sparse

from reception.verdict.patterns import (
    NEGATED_CONTRACTION,
    NEGATED_MARK,
    NEGATOR,
    NEGATORS,
    SCOPE_BREAKS,
    SCOPED_TOKEN,
    TOKEN,
    VERDICT_PHRASES,
)

MODEL_DIR = Path(__file__).parent / "model"
MODEL_FILE = "verdict-model.npz"
N_FEATURES = 2**20
BUCKET_MASK = N_FEATURES - 1
# The short-text head's own space: word 1-3-grams and character 2-5-grams (a quote's spelling,
# "-ish", "un-", names of moods, carries polarity that whole words spread thin)
HEAD_FEATURES = 2**21
HEAD_MASK = HEAD_FEATURES - 1
CHAR_SIZES = (2, 3, 4, 5)
CHAR_PREFIX = b"\x00"  # keeps a character n-gram's bucket apart from the same bytes as a word

FloatArray = npt.NDArray[np.float64]
INVERSE_GRID = 4097  # points on which the calibration curve is inverted


def normalize(text: str) -> str:
    """Lower-case and spell negated contractions out, so pages and treebank tokens agree."""
    return NEGATED_CONTRACTION.sub(" not", text.lower())


def tokens(text: str) -> list[str]:
    """The normalized text's words and its '!' and '?', each word in a negator's scope marked.

    A negator's scope runs to the next punctuation mark or contrast word, so "not a bad film,
    but" reads "not ~a ~bad ~film but": its n-grams are not those of the pan "a bad film".
    """
    normal = normalize(text)
    if not NEGATOR.search(normal):
        return TOKEN.findall(normal)
    out: list[str] = []
    negated = False
    for token in SCOPED_TOKEN.findall(normal):
        if not (token[0].isalnum() or token[0] == "_"):  # punctuation closes the scope
            negated = False
            if token in ("!", "?"):
                out.append(token)
        elif token in NEGATORS:
            negated = True
            out.append(token)
        elif token in SCOPE_BREAKS:
            negated = False
            out.append(token)
        else:
            out.append(NEGATED_MARK + token if negated else token)
    return out


def _word_grams(words: list[bytes]) -> list[bytes]:
    pairs = [first + b" " + second for first, second in itertools.pairwise(words)]
    triples = [pair + b" " + third for pair, third in zip(pairs, words[2:], strict=False)]
    return [*words, *pairs, *triples]


def ngram_ids(words: list[str]) -> list[int]:
    """Bucket ids of a text's word 1-3-grams (``words``: its :func:`tokens`): CRC-32 of the
    UTF-8 n-gram, masked.

    Plain CRC-32 is stable across processes and platforms (unlike ``hash``), so a model
    trained once scores the same everywhere.
    """
    encoded = [word.encode() for word in words]
    return sorted({zlib.crc32(gram) & BUCKET_MASK for gram in _word_grams(encoded)})


def head_ids(words: list[str]) -> list[int]:
    """Bucket ids of the short-text head: word 1-3-grams and character 2-5-grams of a text's
    :func:`tokens`."""
    spelled = (" " + " ".join(words) + " ").encode()
    chars = [
        CHAR_PREFIX + spelled[i : i + size]
        for size in CHAR_SIZES
        for i in range(len(spelled) - size + 1)
    ]
    grams = (*_word_grams([word.encode() for word in words]), *chars)
    return sorted({zlib.crc32(gram) & HEAD_MASK for gram in grams})


@dataclass(frozen=True)
class Rows:
    """Hashed n-gram rows in compressed-row layout (values, columns, row starts), scored with
    numpy alone: SciPy's sparse module costs 0.17 s of every command's start-up, and scoring
    needs only rows times a weight vector. Training takes :meth:`csr`."""

    data: npt.NDArray[np.float32]
    indices: npt.NDArray[np.int32]
    indptr: npt.NDArray[np.int64]
    width: int

    def __matmul__(self, weights: FloatArray) -> FloatArray:
        """Each row's dot product with ``weights``, summed in the rows' column order as
        SciPy's product sums it (the same floats, to the last bit)."""
        counts = np.diff(self.indptr)
        rows = np.repeat(np.arange(counts.size), counts)
        products = self.data * weights[self.indices]
        return np.bincount(rows, products, minlength=counts.size).astype(np.float64, copy=False)

    def csr(self) -> sparse.csr_matrix:
        """The rows as SciPy's sparse matrix, for scikit-learn."""
        from scipy import sparse

        shape = (self.indptr.size - 1, self.width)
        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=shape)


def featurize(texts: list[str], *, head: bool = False) -> Rows:
    """Binary, L2-normalized hashed n-grams: a snippet and a whole review land on one scale.

    Word 1-3-grams for the polarity and subjectivity scorers; with ``head``, the short-text
    head's word and character n-grams.
    """
    return featurize_tokens(map(tokens, texts), head=head)


def featurize_tokens(tokenized: Iterable[list[str]], *, head: bool = False) -> Rows:
    """:func:`featurize` of texts already split by :func:`tokens`, so a short text split once
    feeds both the scorers' rows and the head's."""
    ids, width = (head_ids, HEAD_FEATURES) if head else (ngram_ids, N_FEATURES)
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for words in tokenized:
        found = ids(words)
        indices.extend(found)
        indptr.append(len(indices))
        values.extend([1.0 / math.sqrt(len(found))] * len(found) if found else [])
    return Rows(
        np.array(values, dtype=np.float32),
        np.array(indices, dtype=np.int32),
        np.array(indptr, dtype=np.int64),
        width,
    )


@dataclass(frozen=True, slots=True)
class Signals:
    """What the calibration reads of a review, or (as arrays) of many reviews at once."""

    aggregate: FloatArray | float  # weighted mean of the clauses' polarity logits
    whole: FloatArray | float  # polarity logit of the text read as one
    cues: FloatArray | None = None  # reading weight per verdict phrase (last axis)
    balance: FloatArray | float = 0.0  # smaller of the strongly positive / negative shares
    words: FloatArray | float | None = None  # length; None reads as a full-length review
    head: FloatArray | float | None = None  # the short-text head's logit, where it was read


@dataclass(frozen=True, slots=True)
class Calibration:
    """Maps a review's reading (sentence aggregate, whole-text logit, mixed signals) to 0-100.

    A linear blend of the two logits, pulled toward the middle as far as the review reads
    mixed (hedging verdict phrases; strong opinion on both sides), then a monotone (isotonic)
    curve fitted on critics' own ratings of review extracts, each step of the scale weighing
    alike; ``sigma`` sets the stated confidence (fitted so that, on full-length stand-ins, it
    matches the share of grades in the score's band). (No
    stretch from extracts to full reviews: a least-squares one pulled every full review toward
    the two training critics' mean grade, about 65, and so scored logit-0 reviews positive.) A
    short text (a critic's quote, a
    capsule) carries less evidence than a full review and is worded unlike one: its blend is
    narrowed and shifted (``short``, fitted on many critics' quotes) before the same curve,
    the change fading out between the ``short_words`` lengths.
    """

    blend: tuple[float, float, float]  # weight of aggregate, weight of whole-text, intercept
    curve_x: FloatArray
    curve_y: FloatArray
    sigma: float
    cues: tuple[int, ...] = ()  # indices into patterns.VERDICT_PHRASES that mark a mixed review
    pull: tuple[float, float, float, float] = (0.0, 1.0, 0.0, 50.0)  # strength, cue scale,
    # weight of the two-sided balance, centre (on the blend's 0-100)
    short: tuple[float, float, float] | None = None  # slope, pivot, shift: a short text's
    # blend is narrowed about the pivot and shifted before the curve (fitted on critics' quotes)
    short_words: tuple[float, float] = (40.0, 150.0)  # all short below, all full-length above
    short_blend: tuple[float, float, float, float] | None = None  # weights of aggregate,
    # whole-text logit and head logit, and intercept: a short text's own blend (on the pulled
    # blend's scale), used in its place; None: a short text reads the pulled blend

    def mixedness(self, cues: FloatArray, balance: FloatArray | float) -> FloatArray:
        """0-1: how mixed the review reads, from its hedge-phrase mass and opinion balance.

        ``cues`` holds, per review (last axis: one entry per verdict phrase), the reading
        weight of the clauses that use the phrase; ``balance`` the smaller of the strongly
        positive and strongly negative shares of opinion.
        """
        _, scale, weight, _ = self.pull
        mass = np.asarray(cues)[..., list(self.cues)].sum(axis=-1) if self.cues else 0.0
        return np.asarray(
            1.0 - np.exp(-(mass / scale + weight * np.asarray(balance))), dtype=np.float64
        )

    def raw(self, signals: Signals) -> FloatArray:
        """The blend of the two logits, pulled toward the centre as far as the review reads mixed."""
        a, b, c = self.blend
        line = a * np.asarray(signals.aggregate) + b * np.asarray(signals.whole) + c
        return self._pulled(np.asarray(line, dtype=np.float64), signals)

    def _pulled(self, line: FloatArray, signals: Signals) -> FloatArray:
        strength, _, _, centre = self.pull
        if signals.cues is None or strength == 0.0:
            return line
        mixed = self.mixedness(signals.cues, signals.balance)
        return np.asarray(line + strength * mixed * (centre - line))

    def short_share(self, words: FloatArray | float | None) -> FloatArray:
        """0-1: how far a text of this many words is read as a short text."""
        if self.short is None or words is None:
            return np.asarray(0.0)
        low, high = self.short_words
        return np.asarray(np.clip((high - np.asarray(words)) / (high - low), 0.0, 1.0))

    def _short_raw(self, signals: Signals, raw: FloatArray) -> FloatArray:
        """A short text's own blend of its aggregate, whole-text and head logits, pulled toward
        the centre as far as the text reads mixed, as the full-length blend is; without its
        own blend (or head logit), ``raw``, the full-length one."""
        if self.short_blend is None or signals.head is None:
            return raw
        a, b, h, c = self.short_blend
        line = (
            a * np.asarray(signals.aggregate)
            + b * np.asarray(signals.whole)
            + h * np.asarray(signals.head)
            + c
        )
        return self._pulled(np.asarray(line, dtype=np.float64), signals)

    def line(self, signals: Signals) -> FloatArray:
        """What the curve reads: the pulled blend, or for a short text its own blend narrowed
        about the pivot and shifted, the two mixed by length (linear in both)."""
        raw = self.raw(signals)
        if self.short is None:
            return raw
        share = self.short_share(signals.words)
        slope, pivot, shift = self.short
        short = slope * self._short_raw(signals, raw) + pivot * (1.0 - slope) + shift
        return np.asarray((1.0 - share) * raw + share * short, dtype=np.float64)

    def from_line(self, line: FloatArray | float) -> FloatArray:
        """The 0-100 score of a line: the critics' curve."""
        return np.asarray(np.interp(line, self.curve_x, self.curve_y), dtype=np.float64)

    def score(self, signals: Signals) -> FloatArray:
        return self.from_line(self.line(signals))

    def line_scoring(self, target: float) -> float:
        """The line at which a text scores ``target`` (the curve is rising)."""
        grid = np.linspace(float(self.curve_x[0]), float(self.curve_x[-1]), INVERSE_GRID)
        values = self.from_line(grid)
        at = int(np.searchsorted(values, target))
        if at <= 0 or at >= grid.size:
            return float(grid[min(max(at, 0), grid.size - 1)])
        before, after = float(values[at - 1]), float(values[at])
        share = (target - before) / (after - before) if after > before else 0.5
        return float(grid[at - 1] + share * (grid[at] - grid[at - 1]))


@dataclass(frozen=True, slots=True)
class Model:
    """Polarity weights (NB ratios folded in), subjectivity weights, and the calibration;
    ``head`` (NB ratios folded in) reads short texts only, on the head's own n-grams."""

    polarity: FloatArray
    polarity_bias: float
    subjectivity: FloatArray
    subjectivity_bias: float
    calibration: Calibration
    head: FloatArray | None = None
    head_bias: float = 0.0

    def logits(self, features: Rows) -> tuple[FloatArray, FloatArray]:
        """Polarity logit and subjectivity logit for each row."""
        polarity = features @ self.polarity + self.polarity_bias
        subjectivity = features @ self.subjectivity + self.subjectivity_bias
        return np.asarray(polarity, dtype=np.float64), np.asarray(subjectivity, dtype=np.float64)

    def save(self, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / MODEL_FILE
        a, b, c = self.calibration.blend
        # stored, not deflated: every command that reviews a page loads the model, and
        # inflating its 17 MB took 0.06 s CPU of that start-up (the file: 9.3 -> 16.7 MB)
        with path.open("wb") as handle:
            np.savez(
                handle,
                polarity=self.polarity.astype(np.float32),
                subjectivity=self.subjectivity.astype(np.float32),
                biases=np.array([self.polarity_bias, self.subjectivity_bias]),
                blend=np.array([a, b, c]),
                curve_x=self.calibration.curve_x,
                curve_y=self.calibration.curve_y,
                sigma=np.array([self.calibration.sigma]),
                # the phrases themselves, not their places in the list, so editing the
                # list cannot silently point a shipped model at other phrases
                cues=np.array([VERDICT_PHRASES[i] for i in self.calibration.cues], dtype=str),
                pull=np.array(self.calibration.pull),
                short=np.array(self.calibration.short or ()),
                short_words=np.array(self.calibration.short_words),
                short_blend=np.array(self.calibration.short_blend or ()),
                head=(np.zeros(0) if self.head is None else self.head).astype(np.float32),
                head_bias=np.array([self.head_bias]),
            )
        return path


def load(path: Path) -> Model:
    with np.load(path) as stored:
        blend = stored["blend"]
        strength, scale, weight, centre = (float(value) for value in stored["pull"])
        short = [float(value) for value in stored["short"]]
        blend_short = [float(value) for value in stored["short_blend"]]
        calibration = Calibration(
            blend=(float(blend[0]), float(blend[1]), float(blend[2])),
            curve_x=stored["curve_x"].astype(np.float64),
            curve_y=stored["curve_y"].astype(np.float64),
            sigma=float(stored["sigma"][0]),
            cues=tuple(VERDICT_PHRASES.index(str(phrase)) for phrase in stored["cues"]),
            pull=(strength, scale, weight, centre),
            short=(short[0], short[1], short[2]) if len(short) == 3 else None,
            short_words=(float(stored["short_words"][0]), float(stored["short_words"][1])),
            short_blend=(
                (blend_short[0], blend_short[1], blend_short[2], blend_short[3])
                if len(blend_short) == 4
                else None
            ),
        )
        head = stored["head"].astype(np.float64)
        return Model(
            polarity=stored["polarity"].astype(np.float64),
            polarity_bias=float(stored["biases"][0]),
            subjectivity=stored["subjectivity"].astype(np.float64),
            subjectivity_bias=float(stored["biases"][1]),
            calibration=calibration,
            head=head if head.size else None,
            head_bias=float(stored["head_bias"][0]),
        )


@functools.cache
def shipped() -> Model:
    """The bundled model, read once per process on first use."""
    return load(MODEL_DIR / MODEL_FILE)
