"""The verdict stage on texts whose verdict a reader can tell at a glance."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from reception.records import Grade, Label
from reception.verdict import DISAGREEMENT_POINTS, cli_verdict, judge, score_text
from reception.verdict.model import featurize, shipped, tokens
from tests.factories import make_article

RAVE = (
    "The film follows a retired boxer who returns to his hometown to run a diner.\n\n"
    "It is a dazzling, heartfelt triumph. The performances are superb, the score is gorgeous, "
    "and the final scene is one of the most moving I have seen this year."
)
PAN = (
    "The film follows a retired boxer who returns to his hometown to run a diner.\n\n"
    "It is a tedious, witless mess. The jokes fall flat, the pacing is sluggish, and the "
    "ending is an insult to anyone who sat through the first two hours."
)


def test_a_rave_is_positive_and_fresh() -> None:
    result = score_text(RAVE)
    assert result.label is Label.POSITIVE
    assert result.fresh
    assert 0.0 <= result.confidence <= 1.0


def test_a_pan_is_negative() -> None:
    result = score_text(PAN)
    assert result.label is Label.NEGATIVE
    assert not result.fresh


def test_the_clause_after_but_decides_a_contrast() -> None:
    turned_up = score_text("It fails as a love story, but it succeeds wonderfully as a thriller.")
    turned_down = score_text("It succeeds wonderfully as a thriller, but it fails as a love story.")
    # the clause after "but" moves a one-line text by points, not by a whole band: the
    # whole-text logit, which weighs as much as the clauses, cannot see their order
    assert turned_up.score > turned_down.score + 4


def test_a_negator_marks_the_words_up_to_punctuation_or_a_contrast_word() -> None:
    assert tokens("It isn't a bad film, but it drags!") == [
        *("it", "is", "not", "~a", "~bad", "~film"),
        *("but", "it", "drags", "!"),
    ]
    assert tokens("Never dull — yet never quite moving.") == [
        *("never", "~dull", "yet", "never", "~quite", "~moving"),
    ]
    assert tokens("A bad film.") == ["a", "bad", "film"]


def test_a_pan_does_not_borrow_praise_from_the_litotes_it_is_part_of() -> None:
    # "not a bad film" is common in user reviews; read without scope, "a bad film" was praise
    assert score_text("A bad film.").label is Label.NEGATIVE
    assert score_text("It was a bad film.").label is Label.NEGATIVE


def test_negation_turns_praise_down() -> None:
    assert (
        score_text("This is not a good film.").score < score_text("This is a good film.").score - 15
    )


def test_pull_quote_is_an_opinion_sentence_taken_verbatim() -> None:
    result = score_text(RAVE)
    assert result.pull_quote is not None
    assert result.pull_quote in RAVE
    assert len(result.pull_quote) <= 200
    assert "follows a retired boxer" not in result.pull_quote


def test_pull_quote_agrees_with_a_negative_verdict() -> None:
    result = score_text(PAN)
    assert result.pull_quote is not None and result.pull_quote in PAN
    assert score_text(result.pull_quote).score < 50


def test_evidence_weights_are_signed_score_points() -> None:
    text = "The cast is wonderful and the photography is superb. The script is a lazy, boring mess."
    evidence = score_text(text).evidence
    assert any(item.weight > 0 and "wonderful" in item.sentence for item in evidence)
    assert any(item.weight < 0 and "boring" in item.sentence for item in evidence)


def test_the_grade_is_the_verdict_and_the_text_score_is_kept() -> None:
    grade = Grade(raw="3 out of 4", value_0_100=75.0, scale="fraction")
    result = judge(make_article(body=tuple(RAVE.split("\n\n"))), grade)
    assert result.score == 75.0 and result.from_grade and result.label is Label.POSITIVE
    assert result.text_score is not None and result.text_score > 60
    assert not result.disagreement


def test_a_rave_with_a_failing_grade_is_flagged() -> None:
    grade = Grade(raw="1/4", value_0_100=25.0, scale="fraction")
    result = judge(make_article(body=tuple(RAVE.split("\n\n"))), grade)
    assert result.score == 25.0 and result.label is Label.NEGATIVE
    assert result.text_score is not None
    assert abs(result.text_score - 25.0) >= DISAGREEMENT_POINTS
    assert result.disagreement


def test_an_empty_body_is_mixed_with_no_confidence() -> None:
    result = judge(make_article(body=()), None)
    assert result.label is Label.MIXED and result.confidence == 0.0 and result.pull_quote is None


def test_cli_reads_json_lines_and_plain_lines() -> None:
    from_json = list(cli_verdict([json.dumps({"text": PAN}), "", "not json"], plain_lines=False))
    assert from_json[0]["label"] == "negative" and from_json[0]["fresh"] is False
    assert "error" in from_json[1]
    plain = list(cli_verdict([RAVE.replace("\n\n", " ") + "\n"], plain_lines=True))
    assert plain[0]["label"] == "positive"
    assert set(plain[0]) == {"score", "label", "fresh", "confidence", "pull_quote", "evidence"}
    assert json.loads(json.dumps(plain[0])) == plain[0]


def test_hashed_rows_score_as_scipy_scores_them_to_the_last_bit() -> None:
    """Scoring multiplies rows by weights with numpy alone; training hands the same rows to
    scikit-learn as SciPy's matrix: the two products must be the same floats."""
    texts = [
        "A bruising, tender film that earns its excess.",
        "",
        "Not bad at all, actually rather wonderful, though the middle sags badly.",
    ]
    model = shipped()
    for head, weights in ((False, model.polarity), (True, model.head)):
        assert weights is not None
        rows = featurize(texts, head=head)
        ours = rows @ weights
        assert ours.shape == (3,) and np.count_nonzero(ours) >= 2
        assert np.array_equal(ours, np.asarray(rows.csr() @ weights))


def test_judging_a_review_loads_neither_scipy_nor_scikit_learn() -> None:
    probe = (
        "import sys; from reception.records import Article; from reception.verdict import judge; "
        "judge(Article(uri='x', body=('A bruising, tender film that earns its excess.',)), "
        "None); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'sklearn'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
