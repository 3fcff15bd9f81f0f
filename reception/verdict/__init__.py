"""Verdict stage: what the critic thought, on 0-100, with a pull quote and evidence.

An explicit grade is the verdict; the text model's score is kept beside it and a wide gap
is flagged. See docs/model-card.md for the model, its data and its measured figures.
"""

from __future__ import annotations

from reception.records import Article, Grade, Verdict
from reception.verdict.commands import cli_verdict
from reception.verdict.judging import DISAGREEMENT_POINTS, verdict
from reception.verdict.model import shipped

__all__ = ["DISAGREEMENT_POINTS", "cli_verdict", "judge", "score_text"]


def judge(article: Article, grade: Grade | None) -> Verdict:
    """The verdict for an extracted review; the dek is offered as a pull quote candidate."""
    return verdict(shipped(), article.body, grade=grade, dek=article.dek)


def score_text(text: str) -> Verdict:
    """The verdict for any text; blank lines separate paragraphs."""
    return verdict(shipped(), text.split("\n\n"))
