"""Names: critics' bylines and publications' names and domains to one key each."""

from __future__ import annotations

import pytest

from reception.names import clean_person_name, domain_of, publication_key


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe",
        "By Jane Doe",
        "BY JANE DOE",
        "Jane Doe, Film Critic",
        "JANE DOE",
        "Words by Jane Doe",
        "Reviewed by: Jane Doe",
        "Jane Doe | Chief Film Critic",
        "Jane Doe - Senior Film Critic",
        "Jane Doe (Contributing Writer)",
        "jane doe",
        "Jane Doe Film Critic",
    ],
)
def test_bylines_reduce_to_the_critics_name(byline: str) -> None:
    assert clean_person_name(byline) == "Jane Doe"


def test_names_with_particles_and_hyphens_keep_their_spelling() -> None:
    assert clean_person_name("By Bong Joon-ho") == "Bong Joon-ho"
    assert clean_person_name("Guillermo del Toro") == "Guillermo del Toro"


@pytest.mark.parametrize(
    "name", ["The Marquee Ledger", "Marquee Ledger", "marqueeledger.com", "www.MarqueeLedger.com"]
)
def test_publication_names_and_domains_share_a_key(name: str) -> None:
    assert publication_key(name) == "marqueeledger"


def test_domain_of_urls_only() -> None:
    assert domain_of("https://www.example.co.uk/reviews/x") == "example.co.uk"
    assert domain_of("pages/ledger/review.html") is None
    assert domain_of(None) is None
