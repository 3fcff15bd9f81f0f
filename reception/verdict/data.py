"""Readers for the shared research datasets the verdict model is trained and measured on.

The folder layout is the one /work/shared/data/README.md describes; nothing from these
files is copied into the project, they are only read.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reception.facts.grades import parse_grade
from reception.verdict.patterns import HTML_BREAK

SCALEDATA_CRITICS = ("James+Berardinelli", "Steve+Rhodes")
DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo" / "corpus"


@dataclass(frozen=True, slots=True)
class Labelled:
    """One text with a polarity (1 positive, 0 negative) and, where known, a 0-1 rating."""

    text: str
    positive: int
    rating: float | None = None


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def imdb(data_dir: Path) -> list[Labelled]:
    """IMDb train split (Maas et al. 2011); ratings 1-4 and 7-10 out of 10."""
    out = []
    for row in _jsonl(data_dir / "imdb" / "train.jsonl.gz"):
        text = HTML_BREAK.sub(" ", str(row["text"]))
        rating = float(str(row["rating"])) / 10.0
        out.append(Labelled(text, int(row["label"] == "pos"), rating))
    return out


def rt_polarity(data_dir: Path) -> list[Labelled]:
    """Critics' snippets (Pang & Lee 2005), half positive and half negative."""
    return [
        Labelled(str(row["text"]), int(row["label"] == "pos"))
        for row in _jsonl(data_dir / "rt-polarity" / "rt-polarity.jsonl.gz")
    ]


@functools.cache
def rt_polarity_apart(data_dir: Path) -> tuple[Labelled, ...]:
    """The critics' snippets the verdict model trains on: those holding an SST train sentence
    and no SST dev sentence.

    SST's sentences are these snippets, re-tokenized (Socher et al. 2013), so a model trained
    on every snippet reads the SST sentences it is measured on: the dev split here, and the
    test split, measured apart from the project, in the snippets holding neither split's.
    Found once per process (2.2 s CPU): training and the eval ask for them several times.
    """
    rows = rt_polarity(data_dir)
    squashed = [_squashed(row.text) for row in rows]
    train, dev = (
        _holding(squashed, [_squashed(tree.sentence) for tree in sst(data_dir, split)])
        for split in ("train", "dev")
    )
    return tuple(row for i, row in enumerate(rows) if i in train and i not in dev)


def _squashed(text: str) -> str:
    """Letters and digits only, lower-cased: a snippet and its SST sentence then agree."""
    return "".join(char for char in text.lower() if char.isalnum())


def _holding(texts: list[str], sentences: list[str]) -> set[int]:
    """Indices of the texts that hold any of the sentences (of 8 characters or more)."""
    joined = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    found: set[int] = set()
    for sentence in sentences:
        if len(sentence) < 8:
            continue
        at = joined.find(sentence)
        while at >= 0:
            found.add(bisect.bisect_right(starts, at) - 1)
            at = joined.find(sentence, at + 1)
    return found


@dataclass(frozen=True, slots=True)
class Tree:
    """An SST sentence: its root label and every phrase with its own 0-4 label."""

    sentence: str
    label: int
    phrases: tuple[tuple[str, int], ...]


def _parse_tree(line: str) -> Tree:
    """Read one PTB bracketing; each node's text is the words under it."""
    tokens = line.replace("(", " ( ").replace(")", " ) ").split()
    stack: list[tuple[int, list[str]]] = []
    phrases: list[tuple[str, int]] = []
    expect_label = False
    for token in tokens:
        if token == "(":
            expect_label = True
        elif token == ")":
            label, words = stack.pop()
            phrases.append((" ".join(words), label))
            if stack:
                stack[-1][1].extend(words)
        elif expect_label:
            stack.append((int(token), []))
            expect_label = False
        else:
            stack[-1][1].append(token.replace("-LRB-", "(").replace("-RRB-", ")"))
    root_text, root_label = phrases[-1]
    return Tree(root_text, root_label, tuple(phrases))


def sst(data_dir: Path, split: str) -> list[Tree]:
    """Stanford Sentiment Treebank (Socher et al. 2013), 'train' or 'dev'."""
    lines = (data_dir / "sst" / f"{split}.txt").read_text(encoding="utf-8").splitlines()
    return [_parse_tree(line) for line in lines if line.strip()]


def scaledata(data_dir: Path, critic: str) -> list[Labelled]:
    """One critic's review extracts with the critic's own 0-1 rating (Pang & Lee 2005)."""
    folder = data_dir / "scaledata" / critic
    texts = (folder / f"subj.{critic}").read_text(encoding="utf-8", errors="replace").splitlines()
    ratings = (folder / f"rating.{critic}").read_text(encoding="ascii").split()
    return [
        Labelled(text, int(float(rating) >= 0.6), float(rating))
        for text, rating in zip(texts, ratings, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class CriticQuote:
    """A critic's quote with fresh/rotten and, where the critic gave one, the grade on 0-100."""

    text: str
    fresh: int
    grade: float | None
    film: str
    critic: str
    publication: str


def critic_quotes(data_dir: Path) -> list[CriticQuote]:
    """Rotten Tomatoes critics' quotes for 100 musicals; the grade is read by the facts stage.

    A quote with no critic named keeps its publication as the critic, so folds by critic
    never put one outlet's unnamed staff on both sides.
    """
    out = []
    for row in _jsonl(data_dir / "rt-critic-quotes" / "musicals.jsonl.gz"):
        text = str(row.get("quote") or "").strip()
        if not text:
            continue
        written = row.get("originalScore")
        grade = parse_grade(str(written)) if written else None
        critic = str(row.get("criticName") or "") or f"({row.get('publicationName')})"
        out.append(
            CriticQuote(
                text,
                int(row.get("reviewState") == "fresh"),
                grade.value_0_100 if grade else None,
                str(row["movieId"]),
                critic,
                str(row.get("publicationName") or ""),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Page:
    """One of our own review pages with its ground truth: body paragraphs and verdict score."""

    paragraphs: tuple[str, ...]
    score: float  # the verdict we judged, 0-100 (the critic's grade when there is one)


def pages(folder: Path) -> list[Page]:
    """Every page under the folder whose ground-truth JSON has a body and a verdict."""
    out = []
    for path in sorted(folder.glob("**/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or not record.get("body") or not record.get("verdict"):
            continue
        out.append(
            Page(
                tuple(str(record["body"]).split("\n\n")),
                float(record["verdict"]["score"]),
            )
        )
    return out
