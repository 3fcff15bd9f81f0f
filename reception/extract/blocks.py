"""The main text of any web page, read by a small learned model of its text blocks.

A page is cut into the blocks a browser would break lines at; each block is described by
where it sits (its tag, its ancestors' tags and class/id words), what it holds (words, link
share, sentence punctuation) and its neighbours, and a logistic regression scores it as main
text or not. A second model, a small ensemble of boosted decision trees run here in numpy,
reads the first one's scores around each block (main text comes in runs; chrome in runs
too), the block's own description and how much of the page's prose and main text lies
before and after it, and the blocks it keeps are the body.

The weights ship in ``model/`` and are trained by ``python -m reception.extract.train_blocks``
on the odd-id half of ``../shared/data/web-pages`` (real pages of every type), and checked on
the even half. One pass over the tree, no copy of it, and no other extractor: this is what a
page the review detector refuses gets as its body, at a fraction of trafilatura's cost.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
from lxml import html as lxml_html

from reception.extract import selectors as sel
from reception.extract.lines import clean

MODEL_FILE = Path(__file__).parent / "model" / "body-blocks.npz"

# Never read text: code, styles, form controls, the head (their tails are text). A form may
# wrap a whole page, so unlike the review reading this one reads into forms.
_UNREAD_TAGS = (frozenset(sel.JUNK_TAGS) - {"form"}) | {"head", "title"}
# Tags whose presence among a block's ancestors says where it is.
_PLACE_TAGS = frozenset(
    [
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "li",
        "table",
        "article",
        "main",
        "section",
        "blockquote",
        "figure",
        "figcaption",
        "dl",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "details",
        "dialog",
        "menu",
        "address",
    ]
)
_SENTENCE_ENDS = frozenset(".!?…:;\"'”’)")  # a block ending in one ends a sentence
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_MAX_CLASS_WORDS = 12  # an element's class/id words read (the first ones name it)
_WINDOWS = (1, 3, 8)
_GROUP_LEVELS = 3  # containers, from the block's own element up, whose mean score it reads
_PROSE_WORDS = 25  # a block this long with few links is prose
_LEVELS = 2  # the block's element and its parent block describe its neighbourhood
_SHORT_WORDS = 6  # a block this short is read word by word
_MAIN_SHARE = 0.6  # the main container holds this share of the page's prose
_PROSE_COLUMN = 12  # block_features' column saying a block is prose
_INSIDE_COLUMN = 13  # block_features' column saying a block is in the main container
_FEW_WORDS = 20  # main text shorter than this outside <noscript> is no page's text
_REGION_SHARE = 0.8  # kept words in the main container that make it the only region kept
_GAP_CAP = 50  # blocks to the nearest likely main block: farther counts as this far
_FAR = 1 << 30


@dataclass(slots=True)
class Block:
    """One line of the page as a browser shows it, with what says where it sits."""

    text: str
    link_chars: int
    places: frozenset[str]
    chain: tuple[int, ...]  # the block elements holding it, outermost first (walk order ids)
    element: lxml_html.HtmlElement | None = None  # the innermost block element holding it
    main: bool = False  # the model keeps it as main text
    words: int = 0
    features: list[str] = field(default_factory=list)


def page_blocks(tree: lxml_html.HtmlElement, noscript: bool = False) -> list[Block]:
    """The page's text blocks in reading order (the tree is only read, never changed);
    ``noscript``: with what a browser shows when scripts are off.

    One loop over the tree with its own stack (no recursion, no closure that keeps the
    page's elements alive until the next garbage collection). An element's places are
    worked out only when a block inside it is kept: most elements hold no text of their own
    (a ``<br>``, a wrapper whose children are the blocks)."""
    unread = _UNREAD_TAGS - {"noscript"} if noscript else _UNREAD_TAGS
    block_tags = sel.BLOCK_TAGS
    blocks: list[Block] = []
    texts: list[str] = []  # the raw text of the block being read
    link_chars = 0
    # The open block elements, outermost first, and their places (filled in on demand) and
    # chains, each after those of the page itself (text outside any block element).
    open_elements: list[lxml_html.HtmlElement] = []
    open_places: list[frozenset[str] | None] = [frozenset()]
    open_chains: list[tuple[int, ...]] = [()]
    opened = 0

    def flush() -> None:
        nonlocal link_chars
        text = clean("".join(texts))
        texts.clear()
        if text:
            places = open_places[-1]
            if places is None:
                places = _resolved(open_places, open_elements)
            element = open_elements[-1] if open_elements else None
            blocks.append(Block(text, min(link_chars, len(text)), places, open_chains[-1], element))
        link_chars = 0

    body = tree.find("body")
    node: lxml_html.HtmlElement = body if body is not None else tree
    in_link = False  # the node sits inside a link
    # The elements being read, with their children still to read, whether they are blocks,
    # whether they sit in a link and whether their own text is a link's.
    frames: list[tuple[lxml_html.HtmlElement, Iterator[lxml_html.HtmlElement], bool, bool, bool]]
    frames = []
    while True:
        # Each lxml property read builds a new string: text, tail and tag are read once.
        tag = node.tag
        if isinstance(tag, str) and tag not in unread:
            block = tag in block_tags
            if block:
                if texts:
                    flush()
                opened += 1
                open_places.append(None)
                open_elements.append(node)
                open_chains.append((*open_chains[-1], opened))
            linked = in_link or tag == "a"
            text = node.text
            if text:
                texts.append(text)
                if linked:
                    link_chars += len(text.strip())
            frames.append((node, iter(node), block, in_link, linked))
        else:
            tail = node.tail
            if tail:
                texts.append(tail)
                if in_link:
                    link_chars += len(tail.strip())
        while frames:
            parent, children, block, parent_in_link, linked = frames[-1]
            child = next(children, None)
            if child is not None:
                node, in_link = child, linked
                break
            frames.pop()
            if block:
                if texts:
                    flush()
                open_places.pop()
                open_elements.pop()
                open_chains.pop()
            tail = parent.tail
            if tail:
                texts.append(tail)
                if parent_in_link:
                    link_chars += len(tail.strip())
        else:
            break
    if texts:
        flush()
    return blocks


def _resolved(
    open_places: list[frozenset[str] | None], open_elements: list[lxml_html.HtmlElement]
) -> frozenset[str]:
    """The innermost open element's places, working out those of the open elements above it
    not worked out yet (each element's own places joined to its container's)."""
    known = len(open_elements)
    places = open_places[known]
    while places is None:
        known -= 1
        places = open_places[known]
    for level in range(known + 1, len(open_places)):
        element = open_elements[level - 1]
        places = open_places[level] = _joined(places, _own_places(element, element.tag))
    return places


def _own_places(node: lxml_html.HtmlElement, tag: str) -> frozenset[str]:
    """What an element adds to its blocks' places: its tag when telling, its class/id
    words, its ARIA role and schema.org property."""
    get = node.get
    return _places_of(tag, get("class"), get("id"), get("role"), get("itemprop"))


@functools.lru_cache(maxsize=8192)
def _places_of(
    tag: str, class_value: str | None, id_value: str | None, role: str | None, prop: str | None
) -> frozenset[str]:
    """Cached: a page repeats its elements' attributes (every item of a list, every link)."""
    names = [f"c:{word}" for word in _attr_words(class_value, id_value)]
    if tag in _PLACE_TAGS:
        names.append(f"t:{tag}")
    for prefix, value in (("r", role), ("i", prop)):
        if value:
            names.append(f"{prefix}:{value.strip().lower()[:30]}")
    return frozenset(names)


@functools.lru_cache(maxsize=4096)
def _joined(outer: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """Cached: siblings share their container's places, and most elements add none."""
    return outer | own if own else outer


def _attr_words(class_value: str | None, id_value: str | None) -> tuple[str, ...]:
    words = sel.attr_words(f"{class_value or ''} {id_value or ''}")
    return tuple(sorted(w for w in words if len(w) > 1 and not w.isdigit()))[:_MAX_CLASS_WORDS]


def _levels(chain: tuple[int, ...]) -> tuple[int, int]:
    """The block's own element and its parent block (-1 where there is none)."""
    return (chain[-1] if chain else -1, chain[-2] if len(chain) > 1 else -1)


def _is_prose(block: Block, words: int) -> bool:
    return words >= _PROSE_WORDS and block.link_chars < 0.2 * len(block.text)


def _in_main_container(blocks: list[Block], words: list[int], prose: list[bool]) -> list[float]:
    """1 for blocks inside the innermost element that holds most of the page's prose (long,
    link-poor blocks): where an article's text lives, whatever the template calls it."""
    held: dict[int, int] = {}
    total = 0
    for block, count, is_prose in zip(blocks, words, prose, strict=True):
        if is_prose:
            total += count
            for element in block.chain:
                held[element] = held.get(element, 0) + count
    if not total:
        return [0.0] * len(blocks)
    main = max(
        (element for element, count in held.items() if count >= _MAIN_SHARE * total),
        key=lambda element: element,  # walk order: the innermost of a nested run comes last
        default=None,
    )
    return [float(main is not None and main in block.chain) for block in blocks]


def block_features(blocks: list[Block]) -> npt.NDArray[np.float64]:
    """Numeric features of every block (rows) and the sparse names in ``Block.features``.

    What needs a block's text is read block by block; the rest is worked out for all
    blocks at once (the same numbers as row by row: each is one division or ``log1p``)."""
    count = len(blocks)
    if not count:
        return np.zeros((0, N_DENSE))
    words = [len(_WORD.findall(b.text)) for b in blocks]
    total = sum(words) or 1
    longest = max(words) or 1
    prose = [_is_prose(block, own) for block, own in zip(blocks, words, strict=True)]
    inside = _in_main_container(blocks, words, prose)
    held_words: dict[int, int] = {}
    held_links: dict[int, int] = {}
    held_chars: dict[int, int] = {}
    for block, own in zip(blocks, words, strict=True):
        for element in block.chain[-_LEVELS:]:
            held_words[element] = held_words.get(element, 0) + own
            held_links[element] = held_links.get(element, 0) + block.link_chars
            held_chars[element] = held_chars.get(element, 0) + len(block.text)
    lengths: list[int] = []
    ends: list[bool] = []
    marks: list[int] = []  # commas and full stops
    digits: list[int] = []
    capitals: list[float] = []  # share of tokens opening with a capital
    depths: list[int] = []
    around: list[float] = []  # words and link share of the block's element and its parent's
    for block, own in zip(blocks, words, strict=True):
        block.words = own
        text = block.text
        tokens = text.split()
        lengths.append(len(text))
        ends.append(text.rstrip()[-1:] in _SENTENCE_ENDS)
        marks.append(text.count(",") + text.count("."))
        digits.append(len(_DIGIT.findall(text)))
        capitals.append(sum([w[0].isupper() for w in tokens]) / (len(tokens) or 1))
        depths.append(min(len(block.chain), 40))
        for element in _levels(block.chain):
            around.append(math.log1p(held_words.get(element, 0)))
            around.append(held_links.get(element, 0) / (held_chars.get(element, 0) or 1))
        block.features = list(block.places)
        if own <= _SHORT_WORDS:  # chrome lines say what they are: "Sign in", "Share"
            block.features.extend(f"w:{w}" for w in _WORD.findall(text.lower()))
    counts = np.array(words, dtype=np.float64)
    links = np.array([b.link_chars for b in blocks], dtype=np.float64)
    length = np.maximum(np.array(lengths, dtype=np.float64), 1.0)
    log_words = np.array(list(map(math.log1p, words)))  # numpy's log1p differs in last bits
    no_word = np.zeros(1)
    dense = np.empty((count, N_DENSE))
    dense[:, 0] = log_words
    dense[:, 1] = links / length
    dense[:, 2] = ends
    dense[:, 3] = np.array(marks, dtype=np.float64) / np.maximum(counts, 1.0)
    dense[:, 4] = np.arange(count) / count
    dense[:, 5] = np.concatenate((no_word, log_words[:-1]))
    dense[:, 6] = np.concatenate((log_words[1:], no_word))
    dense[:, 7] = np.array(digits, dtype=np.float64) / length
    dense[:, 8] = counts / longest
    dense[:, 9] = math.log1p(total)
    dense[:, 10] = capitals
    dense[:, 11] = np.array(depths, dtype=np.float64) / 40
    dense[:, _PROSE_COLUMN] = prose
    dense[:, _INSIDE_COLUMN] = inside
    dense[:, 14:] = np.array(around, dtype=np.float64).reshape(count, 2 * 2)
    return dense


N_DENSE = 14 + 2 * 2


@dataclass(frozen=True)
class Trees:
    """Boosted decision trees as arrays (one row per tree, one column per node, padded): a
    node sends a row left when its feature is at most the threshold; a leaf (and padding)
    points to itself with an endless threshold, so every row walks ``depth`` steps."""

    feature: npt.NDArray[np.intp]
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.intp]
    right: npt.NDArray[np.intp]
    value: npt.NDArray[np.float64]  # a leaf's share of the log-odds (learning rate applied)
    bias: float
    depth: int

    def logits(self, features: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        rows, width = len(features), features.shape[1]
        count, nodes = self.feature.shape
        # every tree's nodes numbered on from the last tree's: one flat gather per step
        offsets = np.arange(count) * nodes
        feature, threshold = self.feature.ravel(), self.threshold.ravel()
        left = (self.left + offsets[:, None]).ravel()
        right = (self.right + offsets[:, None]).ravel()
        # the trees were grown on float32 features: compare as they were learned
        values = features.astype(np.float32).ravel()
        starts = (np.arange(rows) * width)[:, None]
        node = np.broadcast_to(offsets, (rows, count))
        for _ in range(self.depth):
            go_left = values[starts + feature[node]] <= threshold[node]
            node = np.where(go_left, left[node], right[node])
        return np.asarray(self.value.ravel()[node].sum(axis=1) + self.bias, dtype=np.float64)


@dataclass(frozen=True)
class BlockModel:
    """Two stages: names (class words, tags) to columns with sparse and dense weights, then
    the boosted trees over :func:`second_features`."""

    columns: dict[str, int]
    first_sparse: npt.NDArray[np.float64]
    first_dense: npt.NDArray[np.float64]
    first_bias: float
    second: Trees
    threshold: float


@functools.cache
def _model() -> BlockModel:
    with np.load(MODEL_FILE) as saved:
        names = [str(name) for name in saved["columns"]]
        return BlockModel(
            columns={name: n for n, name in enumerate(names)},
            first_sparse=saved["first_sparse"].astype(np.float64),
            first_dense=saved["first_dense"].astype(np.float64),
            first_bias=float(saved["first_bias"]),
            second=Trees(
                feature=saved["tree_feature"].astype(np.intp),
                threshold=saved["tree_threshold"].astype(np.float64),
                left=saved["tree_left"].astype(np.intp),
                right=saved["tree_right"].astype(np.intp),
                value=saved["tree_value"].astype(np.float64),
                bias=float(saved["tree_bias"]),
                depth=int(saved["tree_depth"]),
            ),
            threshold=float(saved["threshold"]),
        )


def sigmoid(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + np.exp(-values)), dtype=np.float64)


def first_scores(
    blocks: list[Block],
    dense: npt.NDArray[np.float64],
    columns: dict[str, int],
    sparse_weights: npt.NDArray[np.float64],
    dense_weights: npt.NDArray[np.float64],
    bias: float,
) -> npt.NDArray[np.float64]:
    """The first stage: each block on its own."""
    owners: list[int] = []  # a block's row once per known name it carries
    found: list[int] = []
    placed: dict[frozenset[str], list[int]] = {}  # the blocks of one element share places
    for n, block in enumerate(blocks):
        known = placed.get(block.places)
        if known is None:
            known = placed[block.places] = [columns[f] for f in block.places if f in columns]
        words = block.features[len(block.places) :]  # a short block's own words
        if words:
            known = known + [columns[f] for f in words if f in columns]
        owners.extend([n] * len(known))
        found.extend(known)
    sparse_logits = np.bincount(owners, weights=sparse_weights[found], minlength=len(blocks))
    return sigmoid(dense @ dense_weights + bias + sparse_logits)


def context_features(
    first: npt.NDArray[np.float64], dense: npt.NDArray[np.float64], blocks: list[Block]
) -> npt.NDArray[np.float64]:
    """The second stage's inputs: a block's own score and words, the mean scores around it
    (word-weighted, before and after it apart) and of the blocks sharing its element and the
    two above it (a container's blocks share its fate)."""
    count = len(first)
    if not count:
        return np.zeros((0, N_CONTEXT))
    weight = dense[:, 0]
    weighted = first * weight
    cum_w = np.concatenate(([0.0], np.cumsum(weighted)))
    cum_n = np.concatenate(([0.0], np.cumsum(weight)))
    columns = [first, weight, first * weight]
    index = np.arange(count)
    for width in _WINDOWS:
        for low, high in (
            (np.maximum(index - width, 0), index),
            (index + 1, np.minimum(index + 1 + width, count)),
        ):
            mass = cum_n[high] - cum_n[low]
            columns.append(
                np.where(mass > 0, (cum_w[high] - cum_w[low]) / np.maximum(mass, 1e-9), 0.5)
            )
    total_weight = float(weight.sum())
    page_mean = float(weighted.sum()) / total_weight if total_weight else 0.5
    columns.append(np.full(count, page_mean))
    for level in range(1, _GROUP_LEVELS + 1):
        keys = np.fromiter(
            (b.chain[-level] if len(b.chain) >= level else -1 for b in blocks), np.int64, count
        )
        group = np.unique(keys, return_inverse=True)[1]
        mass = np.bincount(group, weights=weight)[group]  # summed in block order, as before
        score = np.bincount(group, weights=weighted)[group]
        columns.append(np.where(mass != 0, score / np.where(mass != 0, mass, 1.0), page_mean))
    return np.column_stack(columns)


N_CONTEXT = 3 + 2 * len(_WINDOWS) + 1 + _GROUP_LEVELS


def _shares(mass: npt.NDArray[np.float64]) -> tuple[npt.NDArray[np.float64], ...]:
    """The share of the page's total ``mass`` in the blocks before each block, and after."""
    running = np.cumsum(mass)
    total = float(running[-1]) or 1.0
    return (running - mass) / total, (running[-1] - running) / total


def _gaps(hit: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.float64], ...]:
    """How many blocks back to the last ``hit`` block, and on to the next (log, capped)."""
    index = np.arange(len(hit))
    last = np.maximum.accumulate(np.where(hit, index, -_FAR))
    upcoming = np.minimum.accumulate(np.where(hit, index, _FAR)[::-1])[::-1]
    return np.log1p(np.minimum(index - last, _GAP_CAP)), np.log1p(
        np.minimum(upcoming - index, _GAP_CAP)
    )


def _repeats(blocks: list[Block]) -> npt.NDArray[np.float64]:
    """How often each block's text (case aside) occurs on the page, as a log: menus, calls
    to action and teasers come back in the header, the sidebar and the footer; prose does
    not."""
    keys = [block.text.lower() for block in blocks]
    counts = Counter(keys)
    return np.log([counts[key] for key in keys])


def _headline_sides(blocks: list[Block]) -> tuple[npt.NDArray[np.float64], ...]:
    """Whether each block comes before the page's first ``<h1>``, and whether it is in one:
    what precedes the headline (mega-menus, banners) is rarely the page's text, and the
    headline itself is the title, not the text."""
    in_h1 = np.array([float("t:h1" in block.places) for block in blocks])
    at = int(np.argmax(in_h1)) if in_h1.any() else 0
    before = np.zeros(len(blocks))
    before[:at] = 1.0
    return before, in_h1


def second_features(
    first: npt.NDArray[np.float64], dense: npt.NDArray[np.float64], blocks: list[Block]
) -> npt.NDArray[np.float64]:
    """The second stage's inputs: :func:`context_features`, the block's own dense
    features, how often its text repeats on the page, where it stands against the
    headline, the page's share of prose (an article's threshold is not a listing's), and
    where it stands against the page's words, its prose and the first stage's main text
    (the share of each before and after it, the blocks since and until a likely main
    block): chrome sits before the main text starts or after it ends."""
    if not len(first):
        return np.zeros((0, N_SECOND))
    words = np.expm1(dense[:, 0])
    prose = words * dense[:, _PROSE_COLUMN]
    return np.column_stack(
        [
            context_features(first, dense, blocks),
            dense,
            _repeats(blocks),
            *_headline_sides(blocks),
            np.full(len(blocks), float(prose.sum()) / (float(words.sum()) or 1.0)),
            *_shares(words),
            *_shares(prose),
            *_shares(words * first),
            *_gaps(first >= 0.5),
        ]
    )


N_SECOND = N_CONTEXT + N_DENSE + 4 + 8


def read_blocks(tree: lxml_html.HtmlElement) -> list[Block]:
    """Every block of the page in reading order, those of its main text marked ``main``.

    A page with (next to) no main text outside ``<noscript>`` is read again as a browser
    without scripts shows it, and the reading with more main text wins: forums and
    single-page apps put their whole text there for such readers, and what is left outside
    is a line of chrome ("Share and learn in the Docker community.")."""
    blocks = _scored(page_blocks(tree))
    if _main_words(blocks) < _FEW_WORDS and any(True for _ in tree.iter("noscript")):
        again = _scored(page_blocks(tree, noscript=True))
        if _main_words(again) > _main_words(blocks):
            return again
    return blocks


def _main_words(blocks: list[Block]) -> int:
    return sum(block.words for block in blocks if block.main)


def _scored(blocks: list[Block]) -> list[Block]:
    if not blocks:
        return blocks
    model = _model()
    dense = block_features(blocks)
    first = first_scores(
        blocks, dense, model.columns, model.first_sparse, model.first_dense, model.first_bias
    )
    second = sigmoid(model.second.logits(second_features(first, dense, blocks)))
    for block, main in zip(blocks, kept(second, dense, model.threshold), strict=True):
        block.main = bool(main)
    return blocks


def kept(
    scores: npt.NDArray[np.float64], dense: npt.NDArray[np.float64], threshold: float
) -> npt.NDArray[np.bool_]:
    """The blocks kept as main text: scored at least ``threshold``, and, when the main
    container (the innermost element holding most of the page's prose) holds nearly all
    the words kept, none outside it but prose. An article's text is one region; the
    lines the model also keeps elsewhere (a mega-menu's blurbs, a deals box, a footer's
    pitch) are chrome, while a paragraph of prose there may be the story above a thread
    of comments that holds more prose than it."""
    keep = scores >= threshold
    inside = dense[:, _INSIDE_COLUMN] > 0
    words = np.expm1(dense[:, 0]) * keep
    total = float(words.sum())
    if total and float(words[inside].sum()) >= _REGION_SHARE * total:
        keep &= inside | (dense[:, _PROSE_COLUMN] > 0)
    return keep


def main_text(blocks: list[Block]) -> list[str]:
    """The main text of blocks from :func:`read_blocks`, block by block."""
    return [block.text for block in blocks if block.main]
