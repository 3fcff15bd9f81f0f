"""Is this page a critic's review of a film, show or disc? A small learned detector.

Hashed word 1-2-grams of what the page says (headline, dek, the body's first words) plus a
few cue tokens for what reviews carry (a grade, an info box, disc specs, special features,
film markup), scored by a logistic regression. The weights ship in ``model/`` and are
trained by ``python -m reception.extract.train_detector`` (reviews: our review pages,
critics' review extracts and quotes, user reviews; non-reviews: 1,000 real web pages of
every type and our ordinary articles), cross-validated so that no site or source is in both
train and test. Bare review text has no page around it, so the cues are few and the text
carries the decision.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import mmh3
import numpy as np
import numpy.typing as npt

from reception.records import Article, ReviewCheck

if TYPE_CHECKING:
    from scipy import sparse

MODEL_FILE = Path(__file__).parent / "model" / "review-detector.npz"
N_FEATURES = 2**18
_BODY_WORDS = 600  # the opening of the body says what the page is; the rest adds cost
_TOKEN = re.compile(r"(?u)\b\w+\b")


def feature_ids(text: str) -> npt.NDArray[np.int64]:
    """The columns of the text's lower-cased word 1-2-grams, each once: the signed 32-bit
    MurmurHash3 of the n-gram's UTF-8, its absolute value modulo ``N_FEATURES`` (the hashing
    scikit-learn's ``HashingVectorizer`` does, which the shipped weights were trained with;
    done here, scoring a page imports neither scikit-learn nor SciPy, a second of start-up)."""
    words = _TOKEN.findall(text.lower())
    grams = [*words, *(f"{first} {second}" for first, second in itertools.pairwise(words))]
    hashes = np.fromiter((mmh3.hash(gram) for gram in grams), dtype=np.int64, count=len(grams))
    return np.unique(np.abs(hashes) % N_FEATURES)


def featurize(texts: Sequence[str]) -> sparse.csr_matrix:
    """Binary, L2-normalized rows of :func:`feature_ids`, for training."""
    from scipy import sparse

    rows = [feature_ids(text) for text in texts]
    values = [np.full(len(ids), 1.0 / math.sqrt(len(ids))) for ids in rows if len(ids)]
    indptr = np.cumsum([0, *(len(ids) for ids in rows)])
    return sparse.csr_matrix(
        (
            np.concatenate(values) if values else np.zeros(0),
            np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64),
            indptr,
        ),
        shape=(len(texts), N_FEATURES),
    )


def review_cues(article: Article) -> list[str]:
    """Tokens for the review parts the reading found (none for bare text)."""
    structured = article.structured
    cues = {
        "cuegrade": bool(article.rating_text)
        or (structured is not None and structured.rating_value is not None),
        "cueinfobox": bool(article.infobox),
        "cuespecs": bool(article.specs),
        "cuefeatures": bool(article.special_features),
        "cuefilmmarkup": structured is not None and structured.film_title is not None,
    }
    return [name for name, found in cues.items() if found]


def detector_text(article: Article) -> str:
    """What the detector reads: headline, dek, the body's opening and the cue tokens."""
    words: list[str] = []
    for paragraph in article.body:
        words.extend(paragraph.split())
        if len(words) >= _BODY_WORDS:
            break
    parts = [article.headline or "", article.dek or "", " ".join(words[:_BODY_WORDS])]
    return "\n".join([*parts, " ".join(review_cues(article))])


@functools.cache
def _model() -> tuple[npt.NDArray[np.float32], float, float]:
    with np.load(MODEL_FILE) as saved:
        return saved["coef"], float(saved["intercept"]), float(saved["threshold"])


def review_probabilities(texts: Sequence[str]) -> npt.NDArray[np.float64]:
    """The probability that each detector text is a review's: a row of :func:`featurize`
    times the weights, summed straight from its columns."""
    coef, intercept, _ = _model()
    logits = np.array(
        [
            float(coef[ids].sum(dtype=np.float64)) / math.sqrt(len(ids)) if len(ids) else 0.0
            for ids in map(feature_ids, texts)
        ]
    )
    return np.asarray(1.0 / (1.0 + np.exp(-(logits + intercept))), dtype=np.float64)


def check_review(article: Article) -> ReviewCheck:
    """The detector's verdict on one article, with the reason a refusal is reported with."""
    probability = float(review_probabilities([detector_text(article)])[0])
    threshold = _model()[2]
    if probability >= threshold:
        return ReviewCheck(True, probability, f"reads as a review (p={probability:.2f})")
    cues = review_cues(article)
    found = f"only {', '.join(c.removeprefix('cue') for c in cues)}" if cues else "no review parts"
    reason = (
        f"does not read as a critic's review of a film, show or disc "
        f"(p={probability:.2f} < {threshold:.2f}; {found} found)"
    )
    return ReviewCheck(False, probability, reason)
