"""Disc and streaming editions: detection, format, specs and special features."""

from __future__ import annotations

from reception.facts import read_facts
from reception.facts.home_video import spec_key, split_features
from tests.factories import make_article


def test_a_theatrical_review_has_no_edition() -> None:
    article = make_article(
        infobox=("Running time: 120 min.",), specs=(("Runtime", "120 min"), ("Rating", "R"))
    )
    assert read_facts(article).home_video is None


def test_disc_review_format_specs_and_listed_features() -> None:
    article = make_article(
        headline="Drive Blu-ray Review",
        infobox=("Studio/Distributor: Sony Pictures Home Entertainment", "Video Codec: MPEG-4 AVC"),
        specs=(
            ("Release Date", "January 31, 2012"),
            ("Aspect Ratio", "2.40:1"),
            ("Audio", "English DTS-HD Master Audio 5.1"),
            ("Region", "Region A"),
            ("Runtime", "100 min"),
        ),
        special_features=("I Drive: The Driver (HD, 5 min)", "Previews"),
    )
    edition = read_facts(article).home_video
    assert edition is not None
    assert edition.format == "Blu-ray"
    assert edition.special_features == ("I Drive: The Driver (HD, 5 min)", "Previews")
    assert edition.specs["release_date"] == "2012-01-31"
    assert edition.specs["studio"] == "Sony Pictures Home Entertainment"
    assert edition.specs["video_codec"] == "MPEG-4 AVC"
    assert edition.specs["aspect_ratio"] == "2.40:1"
    assert "runtime" not in edition.specs  # the film's fact, not the disc's


def test_4k_headline_wins_over_a_blu_ray_mention() -> None:
    article = make_article(headline="Mad Max: Fury Road 4K Ultra HD Blu-ray Review")
    edition = read_facts(article).home_video
    assert edition is not None and edition.format == "4K UHD"


def test_special_features_from_prose() -> None:
    body = (
        "The transfer is clean.",
        "The special features include: film commentary from the director and co-writer, "
        "deleted scenes, a featurette on the whale sequences, and the theatrical trailer.",
    )
    edition = read_facts(make_article(headline="Rust and Bone DVD Review", body=body)).home_video
    assert edition is not None
    assert edition.special_features == (
        "Film commentary from the director and co-writer",
        "Deleted scenes",
        "Featurette on the whale sequences",
        "Theatrical trailer",
    )


def test_feature_split_keeps_parenthesized_details_whole() -> None:
    assert split_features(
        "a commentary (with Refn and Gosling), two featurettes; and trailers"
    ) == [
        "Commentary (with Refn and Gosling)",
        "Two featurettes",
        "Trailers",
    ]


def test_streaming_review_is_an_edition() -> None:
    edition = read_facts(make_article(headline="Now streaming on Netflix: The Irishman")).home_video
    assert edition is not None and edition.format == "Streaming"


def test_spec_labels_map_to_stable_keys() -> None:
    assert spec_key("Aspect Ratio:") == "aspect_ratio"
    assert spec_key("Video Codec") == "video_codec"
    assert spec_key("Subtitles") == "subtitles"
    assert spec_key("Bonus Trivia Track") == "bonus_trivia_track"
