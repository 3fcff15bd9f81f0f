"""The review detector: every review page we have is a review, our ordinary articles and
pages of other kinds are not, and a refused page becomes a ``not-a-review`` failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.extract import extract_article
from reception.extract.detector import check_review, detector_text, review_cues
from reception.pipeline import review_page
from reception.records import Article, Page, PageError
from tests.test_extract_html import review_html

ROOT = Path(__file__).resolve().parent.parent
REVIEW_ROOTS = (ROOT / "reception" / "demo" / "corpus", ROOT / "eval" / "pages" / "reviews")
ARTICLE_ROOT = ROOT / "eval" / "pages" / "articles"

CONTACT_PAGE = b"""<html><head><title>Contact us | Brightline Plumbing</title></head><body>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/about">About</a></nav>
<main><h1>Contact us</h1>
<p>Call our office on weekdays between eight and five, or send the form below and a member of
the team will get back to you within one working day.</p>
<p>For emergencies outside office hours, use the after-hours number on your invoice.</p>
<form><label>Name</label><input name="name"><label>Email</label><input name="email">
<label>Message</label><textarea name="message"></textarea><button>Send</button></form>
</main><footer>&copy; 2026 Brightline Plumbing Ltd. All rights reserved.</footer></body></html>"""


def _pages(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix in (".html", ".txt") and p.with_suffix(".json").exists()
    )


def _page(path: Path) -> Page:
    kind = "text/html" if path.suffix == ".html" else "text/plain"
    return Page(uri=str(path), raw=path.read_bytes(), content_type=kind)


@pytest.mark.parametrize("root", REVIEW_ROOTS, ids=lambda r: r.relative_to(ROOT).as_posix())
def test_every_review_page_we_have_reads_as_a_review(root: Path) -> None:
    paths = _pages(root)
    assert paths
    refused = {
        p.relative_to(ROOT).as_posix(): check.reason
        for p in paths
        if (check := extract_article(_page(p)).review_check) is not None and not check.is_review
    }
    assert refused == {}


def test_our_ordinary_articles_are_not_reviews() -> None:
    paths = _pages(ARTICLE_ROOT)
    assert paths
    called = [
        p.name for p in paths if (c := extract_article(_page(p)).review_check) and c.is_review
    ]
    assert called == []


def test_a_contact_page_is_refused_with_a_reason() -> None:
    article = extract_article(Page(uri="https://example.org/contact", raw=CONTACT_PAGE))
    assert article.review_check is not None
    assert not article.review_check.is_review
    assert "review" in article.review_check.reason


def test_refused_page_is_a_not_a_review_failure_unless_kept() -> None:
    page = Page(uri="https://example.org/contact", raw=CONTACT_PAGE, content_type="text/html")
    with pytest.raises(PageError) as refused:
        review_page(page)
    assert refused.value.failure.kind == "not-a-review"
    assert "p=" in refused.value.failure.reason
    kept = review_page(page, keep_all=True)
    assert kept.article.review_check is not None and not kept.article.review_check.is_review


def test_a_review_page_passes_the_pipeline() -> None:
    page = Page(uri="https://example.org/r", raw=review_html().encode(), content_type="text/html")
    review = review_page(page)
    assert review.article.review_check is not None and review.article.review_check.is_review


def test_read_as_review_skips_the_detector() -> None:
    page = Page(uri="https://example.org/contact", raw=CONTACT_PAGE, content_type="text/html")
    assert extract_article(page, as_review=True).review_check is None


def test_cues_and_text_come_from_the_article() -> None:
    article = Article(
        uri="x",
        headline="A quiet triumph",
        body=("word " * 700,),
        rating_text=("★★★½",),
        infobox=("Director: Jane Doe",),
    )
    assert review_cues(article) == ["cuegrade", "cueinfobox"]
    text = detector_text(article)
    assert text.startswith("A quiet triumph")
    assert text.count("word") == 600  # the body's opening only
    assert text.endswith("cuegrade cueinfobox")


def test_bare_review_prose_reads_as_a_review() -> None:
    prose = (
        "The director's new film is a sly, tender comedy about grief. The performances are "
        "superb, the screenplay is sharp, and the final act earns every tear. One of the best "
        "films of the year; see it on the biggest screen you can find."
    )
    assert check_review(Article(uri="x", body=(prose,))).is_review


def test_detector_features_are_the_hashing_its_weights_were_trained_with() -> None:
    """Scoring hashes n-grams itself (no scikit-learn at run time); the columns must stay
    those of scikit-learn's HashingVectorizer, which trained the shipped weights."""
    from sklearn.feature_extraction.text import HashingVectorizer

    from reception.extract.detector import N_FEATURES, featurize

    texts = [
        "",
        "Our critic's verdict: ★★★½, a warm and funny film.",
        "Ça commence à Montréal — naïve café, 東京 at night, ÜBER-LOUD finale",
        "A a a A. 2026 2026",
    ]
    reference = HashingVectorizer(
        n_features=N_FEATURES,
        ngram_range=(1, 2),
        alternate_sign=False,
        binary=True,
        norm="l2",
        token_pattern=r"(?u)\b\w+\b",
    ).transform(texts)
    ours = featurize(texts)
    assert ours.shape == reference.shape
    assert (ours != reference).nnz == 0
