"""The general body: a page cut into blocks, and the learned model that keeps its main text."""

from __future__ import annotations

from reception.extract import extract_article
from reception.extract.blocks import main_text, page_blocks, read_blocks
from reception.extract.tree import parse_tree
from reception.records import Page

_PROSE = (
    "The harbour board met on Tuesday evening to hear the engineers explain why the old "
    "sea wall, patched every winter since the storms of the nineties, can no longer be "
    "mended piece by piece and must be rebuilt along its whole length.",
    "Residents who crowded into the library annex asked how long the quay would stay "
    "closed to the fishing boats, and whether the small repair yard beside the slipway "
    "would be allowed to keep working while the new wall goes up.",
    "The board said it would publish a timetable next month, after the tender closes, and "
    "promised that the yard would keep a lane to the water for the whole of the works.",
)


def _page() -> Page:
    menu = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("News", "Sport", "Weather"))
    prose = "".join(f"<p>{p}</p>" for p in _PROSE)
    related = "".join(
        f'<li><a href="/story/{n}">Another story about the coast, part {n}</a></li>'
        for n in range(6)
    )
    html = (
        "<html><head><title>Sea wall to be rebuilt | Harbour Gazette</title>"
        "<script>var tracking = 'never text';</script></head><body>"
        f'<header class="site-header"><nav class="main-menu"><ul>{menu}</ul></nav></header>'
        '<main><article class="post"><h1>Sea wall to be rebuilt</h1>'
        f'<div class="entry-content">{prose}</div></article>'
        f'<aside class="sidebar related-posts"><h3>Related</h3><ul>{related}</ul></aside></main>'
        '<footer class="site-footer"><p>© 2026 Harbour Gazette. All rights reserved.</p>'
        '<p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></footer>'
        "</body></html>"
    )
    return Page(uri="https://gazette.example/sea-wall", raw=html.encode(), content_type="text/html")


def test_blocks_are_the_lines_a_browser_shows_with_their_links_counted() -> None:
    page = _page()
    blocks = page_blocks(parse_tree(page, page.raw.decode()))
    texts = [b.text for b in blocks]
    assert texts[:3] == ["News", "Sport", "Weather"]  # one block per menu item
    assert "var tracking" not in " ".join(texts)  # scripts are never text
    news = blocks[0]
    assert news.link_chars == len("News")
    assert "t:nav" in news.places and "c:menu" in news.places
    prose = next(b for b in blocks if b.text == _PROSE[0])
    assert prose.link_chars == 0 and "t:article" in prose.places


def test_the_main_text_is_the_prose_without_menus_teasers_or_footer() -> None:
    page = _page()
    kept = main_text(read_blocks(parse_tree(page, page.raw.decode())))
    for paragraph in _PROSE:
        assert paragraph in kept
    chrome = {"News", "Sport", "Weather", "Privacy", "Another story about the coast, part 0"}
    assert not chrome & set(kept)
    assert not any("All rights reserved" in line for line in kept)


def test_a_refused_page_gets_the_general_body_on_both_paths() -> None:
    page = _page()
    full = extract_article(page)
    glance = extract_article(page, reviews_only=True)
    for article in (full, glance):
        assert article.review_check is not None and not article.review_check.is_review
        assert _PROSE[0] in article.body and "News" not in article.body
    assert glance.headline == "Sea wall to be rebuilt"


def test_training_labels_a_block_by_how_much_of_it_the_truth_holds() -> None:
    from reception.extract.blocks import Block
    from reception.extract.train_blocks import block_labels

    truth = f"{_PROSE[0]}\n\nThe quay reopens in May."
    blocks = [
        Block(_PROSE[0], 0, frozenset(), ()),  # in the truth whole
        Block(_PROSE[0][:120] + " Subscribe to our newsletter today", 0, frozenset(), ()),
        Block(_PROSE[1], 0, frozenset(), ()),  # not in the truth
        Block("Quay reopens", 0, frozenset(), ()),  # short: held whole (case aside)
        Block("Sign in", 0, frozenset(), ()),  # short, not held
    ]
    assert block_labels(blocks, truth).tolist() == [1, 1, 0, 1, 0]


def test_the_second_stage_trees_score_in_numpy_as_scikit_learn_trained_them() -> None:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    from reception.extract.train_blocks import TREE_DEPTH, as_arrays

    rng = np.random.default_rng(0)
    features = rng.normal(size=(400, 5))
    labels = (features[:, 0] + features[:, 1] * features[:, 2] > 0.3).astype(int)
    model = GradientBoostingClassifier(
        n_estimators=20, max_depth=TREE_DEPTH, learning_rate=0.2, random_state=0
    ).fit(features, labels)
    trees = as_arrays(model)
    unseen = rng.normal(size=(50, 5))
    assert np.allclose(trees.logits(unseen), model.decision_function(unseen), atol=1e-9)
    assert trees.logits(unseen[:0]).shape == (0,)


def test_second_features_say_where_a_block_stands_against_the_main_text() -> None:
    import numpy as np

    from reception.extract.blocks import (
        N_CONTEXT,
        N_DENSE,
        N_SECOND,
        block_features,
        second_features,
    )

    page = _page()
    blocks = page_blocks(parse_tree(page, page.raw.decode()))
    dense = block_features(blocks)
    first = np.array([0.9 if b.text in _PROSE else 0.1 for b in blocks])
    features = second_features(first, dense, blocks)
    assert features.shape == (len(blocks), N_SECOND)
    menu, footer = 0, len(blocks) - 1
    main_before, main_after = N_SECOND - 4, N_SECOND - 3  # shares of likely main text
    assert features[menu, main_before] == 0 and features[menu, main_after] > 0.9
    assert features[footer, main_before] > 0.9 and features[footer, main_after] == 0
    repeats = N_CONTEXT + N_DENSE  # then before the first <h1>, in an <h1>, prose share
    headline = next(n for n, b in enumerate(blocks) if b.text == "Sea wall to be rebuilt")
    assert features[menu, repeats + 1] == 1 and features[headline, repeats + 1] == 0
    assert features[headline, repeats + 2] == 1 and features[footer, repeats + 2] == 0
    assert 0.5 < features[menu, repeats + 3] == features[footer, repeats + 3] < 1
    assert features[:, repeats].max() == 0  # no line of this page comes twice
    twice = [*blocks, blocks[0]]  # the menu's first item again, below the footer
    again = second_features(np.append(first, 0.1), block_features(twice), twice)
    assert again[0, repeats] == again[-1, repeats] == np.log(2)
    assert second_features(first[:0], dense[:0], []).shape == (0, N_SECOND)


def test_kept_blocks_stay_in_the_main_container_when_it_holds_nearly_all_of_them() -> None:
    import numpy as np

    from reception.extract.blocks import block_features, kept

    page = _page()
    blocks = page_blocks(parse_tree(page, page.raw.decode()))
    dense = block_features(blocks)
    prose = np.array([b.text in _PROSE for b in blocks])
    teaser = next(n for n, b in enumerate(blocks) if b.text.startswith("Another story"))
    scores = np.where(prose, 0.9, 0.1)
    scores[teaser] = 0.9  # a teaser outside the article, scored as main text
    assert kept(scores, dense, 0.5).tolist() == prose.tolist()
    # with menu, teasers and footer all kept, the container holds too few of the kept
    # words to be the only region: nothing is dropped
    assert kept(np.full(len(blocks), 0.9), dense, 0.5).all()


def test_a_page_whose_text_is_all_in_noscript_is_read_without_scripts() -> None:
    prose = "".join(f"<p>{p}</p>" for p in _PROSE)
    html = (
        "<html><head><title>Quay works | Harbour Forum</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/forum">Forum</a></nav></header>'
        '<div id="app"><p class="tagline">Share and learn in the harbour community.</p></div>'
        f'<noscript><div class="topic"><h1>Quay works</h1><div class="post">{prose}</div>'
        "</div></noscript></body></html>"
    )
    page = Page(uri="https://forum.example/t/quay", raw=html.encode(), content_type="text/html")
    kept = main_text(read_blocks(parse_tree(page, html)))
    assert all(paragraph in kept for paragraph in _PROSE)
