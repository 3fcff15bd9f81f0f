"""Verdict quality, every figure in one run.

- IMDb (Maas et al. 2011) 5-fold CV on the shared train split: the polarity learner trained on
  four folds of IMDb only, whole-review logit sign on the fifth.
- rt-polarity (Pang & Lee 2005) 10-fold CV: trained on IMDb plus nine folds of snippets.
- SST (Socher et al. 2013) dev: trained on IMDb plus SST train phrases (rt-polarity left out:
  SST's sentences are the rt snippets). Binary on non-neutral roots; 5 classes with cut points
  set on the train roots by the class shares.
- SST dev through the shipped verdict (``sst_verdict``): each non-neutral dev sentence scored
  as the pipeline scores any text; the model's training holds no SST dev sentence (see
  ``data.rt_polarity_apart``). The ``sst`` figures above measure the polarity learner alone.
- Critics' quotes (Rotten Tomatoes, 100 musicals): 5 folds by film, and 5 folds by critic (no
  film, or no critic, on both sides). Each quote's short-text head logit comes from a head
  trained without its fold (with ``--fast``, on the snippets and the other folds' quotes
  only, no SST phrases); the short-text reading is refitted on the training folds' quotes
  and the held-out quotes scored: fresh/rotten balanced accuracy (score >= 60),
  and on graded quotes MAE, Pearson r, 3-class (the verdict's bands), mixed recall and
  precision; per critic (critics with at least PER_CRITIC graded quotes) the same, summarized
  by the median and the share of critics within MAE 15.
- IMDb, the whole verdict on reviews it never learned (what a held-out IMDb test measures):
  5 folds, each scored by the shipped model with its polarity learner refitted on the shipped
  training set less the fold's IMDb reviews (with ``--fast``, on the other IMDb folds only);
  accuracy of score >= 50 as shown, beside the same learners' whole-review logit sign.
- scaledata leave-one-critic-out ("critics never seen"): the shipped polarity and subjectivity
  scorers (not trained on scaledata), calibration refitted as training fits it (curve on one
  critic, short reading on the musicals quotes), tested on the other critic's extracts;
  ``with_plot_*`` on them with plot sentences put back (full-length stand-ins).
- Our review pages (the dev set): ground-truth "body" and "verdict" of reception/demo/corpus/**
  and eval/pages/reviews/**, scored by the shipped model from the body text alone (the grade
  is ignored; no part of the model is fitted on them); pages_dev is both sets.

    uv run python eval/verdict.py            # all figures, table + eval/verdict-results.json
    uv run python eval/verdict.py --fast     # a small subset, checks eval/baseline.json["verdict"]
    uv run python eval/verdict.py --keep-polarity-cv   # all but the IMDb / rt / SST
        # cross-validations, whose figures are kept from eval/verdict-results.json: they
        # measure only the polarity learner, so a change to reading or calibration leaves
        # them as they were (15 learner fits: too slow for a busy shared machine)
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.records import Label  # noqa: E402
from reception.verdict import data  # noqa: E402
from reception.verdict.judging import verdict  # noqa: E402
from reception.verdict.model import Model, Signals, featurize, shipped  # noqa: E402
from reception.verdict.train import (  # noqa: E402
    FOLDS,
    HeadSet,
    bands,
    fit_calibration,
    fit_polarity,
    fit_short_reading,
    fit_sigma,
    flat_prior,
    group_folds,
    mean_confidence,
    plot_sentences,
    polarity_set,
    quote_signals,
    raw_logits,
    signal_rows,
    three_class,
    with_plot,
)
from reception.vocabulary import FRESH_FROM  # noqa: E402

# the shared research data: beside the project root, else where this workplace mounts it
DATA = next(
    (
        folder
        for folder in (ROOT.parent / "shared" / "data", Path("/work/shared/data"))
        if folder.is_dir()
    ),
    ROOT.parent / "shared" / "data",
)
BASELINE = ROOT / "eval" / "baseline.json"
RESULTS = ROOT / "eval" / "verdict-results.json"
PAGE_SETS = {
    "demo": data.DEMO_CORPUS,
    "eval": ROOT / "eval" / "pages" / "reviews",
}
SEED = 13
PER_CRITIC = 15  # graded quotes a critic needs to get figures of their own


def _folds(count: int, k: int) -> list[np.ndarray]:
    order = np.random.default_rng(SEED).permutation(count)
    return [order[i::k] for i in range(k)]


def _accuracy(weights: np.ndarray, bias: float, texts: Sequence[str], labels: np.ndarray) -> float:
    logits = featurize(list(texts)) @ weights + bias
    return float(np.mean((logits > 0) == (labels == 1)))


def imdb_cv(limit: int | None, k: int) -> float:
    rows = data.imdb(DATA)
    if limit:
        rows = [rows[i] for i in np.random.default_rng(SEED).permutation(len(rows))[:limit]]
    texts = [row.text for row in rows]
    labels = np.array([row.positive for row in rows])
    scores = []
    for test in _folds(len(rows), k):
        train = np.setdiff1d(np.arange(len(rows)), test)
        weights, bias = fit_polarity([texts[i] for i in train], labels[train].tolist(), SEED)
        scores.append(_accuracy(weights, bias, [texts[i] for i in test], labels[test]))
    return float(np.mean(scores))


def rt_cv(k: int) -> float:
    imdb = data.imdb(DATA)
    rows = data.rt_polarity(DATA)
    texts = [row.text for row in rows]
    labels = np.array([row.positive for row in rows])
    scores = []
    for test in _folds(len(rows), k):
        train = np.setdiff1d(np.arange(len(rows)), test)
        weights, bias = fit_polarity(
            [r.text for r in imdb] + [texts[i] for i in train],
            [r.positive for r in imdb] + labels[train].tolist(),
            SEED,
        )
        scores.append(_accuracy(weights, bias, [texts[i] for i in test], labels[test]))
    return float(np.mean(scores))


def imdb_verdict(limit: int | None, k: int) -> dict[str, float]:
    """The shipped verdict on IMDb reviews its polarity learner never saw: score >= 50 as shown.

    Each fold is read by the shipped model with the polarity learner refitted as training
    fits it, less the fold's IMDb reviews (``limit``: a sample, and IMDb folds only); the
    subjectivity scorer, head and calibration are the shipped ones (none learns IMDb's
    labels). ``logit_accuracy`` is the same learners' whole-review logit sign, so the two
    agree when the calibrated 50 sits where logit 0 does.
    """
    rows = data.imdb(DATA)
    if limit:
        rows = [rows[i] for i in np.random.default_rng(SEED).permutation(len(rows))[:limit]]
    texts = [row.text for row in rows]
    labels = np.array([row.positive for row in rows])
    rest_texts, rest_labels, rest_weights = (
        ([], [], []) if limit else polarity_set(DATA, with_imdb=False)
    )
    model = shipped()
    called = np.zeros(len(rows), dtype=bool)
    signs = np.zeros(len(rows), dtype=bool)
    for test in _folds(len(rows), k):
        train = np.setdiff1d(np.arange(len(rows)), test)
        weights, bias = fit_polarity(
            [texts[i] for i in train] + rest_texts,
            labels[train].tolist() + rest_labels,
            SEED,
            [1.0] * len(train) + rest_weights,
        )
        reader = dataclasses.replace(model, polarity=weights, polarity_bias=bias)
        signals = raw_logits(reader, [texts[i] for i in test])
        called[test] = np.round(model.calibration.score(signals), 1) >= 50.0
        signs[test] = np.asarray(signals.whole) > 0
    return {
        "verdict_accuracy": float(np.mean(called == (labels == 1))),
        "logit_accuracy": float(np.mean(signs == (labels == 1))),
        "called_positive": float(np.mean(called)),
    }


def sst_dev(with_imdb: bool) -> dict[str, float]:
    phrases: dict[str, int] = {}
    train_trees = data.sst(DATA, "train")
    for tree in train_trees:
        for phrase, label in tree.phrases:
            if label != 2:
                phrases[phrase] = int(label > 2)
    texts, labels = list(phrases), list(phrases.values())
    weights = [0.5] * len(texts)
    if with_imdb:
        imdb = data.imdb(DATA)
        texts += [r.text for r in imdb]
        labels += [r.positive for r in imdb]
        weights += [1.0] * len(imdb)
    coef, bias = fit_polarity(texts, labels, SEED, weights)
    dev = data.sst(DATA, "dev")
    dev_logits = featurize([t.sentence for t in dev]) @ coef + bias
    dev_labels = np.array([t.label for t in dev])
    polar = dev_labels != 2
    binary = float(np.mean((dev_logits[polar] > 0) == (dev_labels[polar] > 2)))
    train_logits = np.sort(featurize([t.sentence for t in train_trees]) @ coef + bias)
    shares = np.cumsum(np.bincount([t.label for t in train_trees], minlength=5))[:4]
    cuts = train_logits[(shares / len(train_trees) * len(train_logits)).astype(int)]
    five = float(np.mean(np.searchsorted(cuts, dev_logits) == dev_labels))
    return {"binary": binary, "five_class": five}


def sst_verdicts(model: Model) -> dict[str, float]:
    """The shipped verdict on each non-neutral SST dev sentence, read as any short text is.

    ``binary``: score >= 50 agrees with the sentence's side; ``label``: the shown label is the
    sentence's side (a mixed verdict counts wrong); ``mixed``: share called mixed.
    """
    dev = [tree for tree in data.sst(DATA, "dev") if tree.label != 2]
    scores = np.array([verdict(model, [tree.sentence]).score for tree in dev])
    positive = np.array([tree.label > 2 for tree in dev])
    labels = [Label.for_score(score) for score in scores]
    wanted = [Label.POSITIVE if side else Label.NEGATIVE for side in positive]
    return {
        "sentences": float(len(dev)),
        "binary": float(np.mean((scores >= 50) == positive)),
        "label": float(np.mean([got is want for got, want in zip(labels, wanted, strict=True)])),
        "mixed": float(np.mean([got is Label.MIXED for got in labels])),
    }


def grade_figures(predicted: np.ndarray, grades: np.ndarray) -> dict[str, float]:
    """MAE, Pearson r, 3-class accuracy, mixed recall and precision of scores vs grades."""
    got, truth = bands(predicted), bands(grades)
    called_mixed = got == 1
    return {
        "mae": float(np.mean(np.abs(predicted - grades))),
        "r": float(np.corrcoef(predicted, grades)[0, 1]) if np.std(predicted) > 0 else 0.0,
        "three_class": float(np.mean(got == truth)),
        "mixed_recall": float(np.mean(called_mixed[truth == 1])) if np.any(truth == 1) else 0.0,
        "mixed_precision": float(np.mean(truth[called_mixed] == 1))
        if np.any(called_mixed)
        else 0.0,
    }


@functools.cache
def _quotes(by: str, fast: bool) -> tuple[list[data.CriticQuote], np.ndarray, Signals]:
    """The critics' quotes, their folds by film or by critic, and what the shipped model reads
    of them, each quote's head logit from a head trained without its fold (read once per run)."""
    quotes = data.critic_quotes(DATA)
    folds = group_folds([q.film if by == "film" else q.critic for q in quotes], FOLDS, SEED)
    return quotes, folds, quote_signals(shipped(), _head_set(fast), quotes, folds, SEED)


@functools.cache
def _head_set(fast: bool) -> HeadSet:
    """The short-text head's examples, featurized once per run; ``fast`` keeps only the
    snippets of the base examples (the SST phrases make each head's fit several times slower)."""
    examples = HeadSet.read(DATA, data.critic_quotes(DATA))
    if not fast:
        return examples
    snippets = len(data.rt_polarity_apart(DATA))
    return dataclasses.replace(
        examples,
        base=examples.base[:snippets],
        labels=examples.labels[:snippets],
        weights=examples.weights[:snippets],
    )


def critic_quotes(model: Model, by: str, fast: bool = False) -> dict[str, float]:
    """Quotes scored held out by film or by critic, the short-text reading refitted per fold.

    Each quote's head logit comes from a head trained without its fold; the short blend and
    reading (five numbers fitted on thousands of quotes) are fitted on the other folds' quotes
    and their held-out head logits, whose heads saw the fold scored: five numbers learn little
    of it. Folds can fit near the same reading, so the film and critic splits can agree
    closely.
    """
    quotes, folds, signals = _quotes(by, fast)
    fresh = np.array([q.fresh for q in quotes])
    grades = np.array([np.nan if q.grade is None else q.grade for q in quotes])
    graded = ~np.isnan(grades)
    predicted = np.zeros(len(quotes))
    fits = set()
    for fold in range(FOLDS):
        train, test = np.flatnonzero(folds != fold), np.flatnonzero(folds == fold)
        short = fit_short_reading(
            model.calibration, signal_rows(signals, train), fresh[train], grades[train]
        )
        predicted[test] = short.score(signal_rows(signals, test))
        fits.add((short.short, short.short_blend))
    called = np.round(predicted) >= FRESH_FROM  # fresh as shown, in whole points
    out = {
        "quotes": float(len(quotes)),
        "distinct_fits": float(len(fits)),
        "balanced_accuracy": float(
            (np.mean(called[fresh == 1]) + np.mean(~called[fresh == 0])) / 2
        ),
        "rotten_recall": float(np.mean(~called[fresh == 0])),
        "graded": float(graded.sum()),
        **grade_figures(predicted[graded], grades[graded]),
    }
    critics = np.array([q.critic for q in quotes])
    per_critic = []
    for critic in np.unique(critics[graded]):
        mine = graded & (critics == critic)
        if mine.sum() >= PER_CRITIC:
            per_critic.append(grade_figures(predicted[mine], grades[mine]))
    out["critics"] = float(len(per_critic))
    for metric in ("mae", "r", "three_class"):
        out[f"critic_median_{metric}"] = float(np.median([c[metric] for c in per_critic]))
    out["critics_mae_within_15"] = float(np.mean([c["mae"] <= 15 for c in per_critic]))
    return out


def scaledata_loco(fast: bool = False) -> dict[str, float]:
    """Each scaledata critic scored by a calibration fitted on the other one.

    Built as ``reception train`` builds the shipped one (curve on the critic's extracts,
    short-text reading on the quotes): the headline figures are what a critic never seen gets
    from the program. ``with_plot_*`` scores the held-out critic's extracts with plot put back;
    ``flat_*`` weighs each tenth of the held-out critic's scale alike, as a critic who grades
    evenly (not around 0.6-0.7 as both of these do) would be read. Beside scaledata's own
    three bands, the verdict's (``label``: negative < 40 <= mixed <= 60 < positive, as shown),
    with mixed recall and precision, Spearman, and the mean ``confidence`` the verdict states
    (sigma fitted as training fits it, on the training critic's full-length stand-ins): it
    should match ``label``, the share of verdicts whose band the critic's grade is in.
    """
    model = shipped()
    critics = {c: data.scaledata(DATA, c) for c in data.SCALEDATA_CRITICS}
    plot = plot_sentences(data.imdb(DATA), model.polarity, model.polarity_bias, SEED)
    texts = {c: [r.text for r in rows] for c, rows in critics.items()}
    logits = {c: raw_logits(model, texts[c]) for c in critics}
    full = {c: raw_logits(model, with_plot(texts[c], plot, SEED)) for c in critics}
    ratings = {c: np.array([r.rating or 0.0 for r in rows]) for c, rows in critics.items()}
    quotes, _, read_quotes = _quotes("film", fast)
    quote_fresh = np.array([q.fresh for q in quotes], dtype=np.float64)
    quote_grades = np.array([np.nan if q.grade is None else q.grade for q in quotes])
    out: dict[str, float] = {}
    figures: dict[str, list[float]] = {}
    names = list(critics)
    for train, test in ((names[0], names[1]), (names[1], names[0])):
        curve = fit_sigma(
            fit_calibration(logits[train], ratings[train]), full[train], 100.0 * ratings[train]
        )
        short = test.split("+")[-1].lower()
        fitted = fit_short_reading(curve, read_quotes, quote_fresh, quote_grades)
        for prefix, signals in (("", logits[test]), ("with_plot_", full[test])):
            predicted = fitted.score(signals) / 100.0
            truth = ratings[test]
            even = flat_prior(truth)
            values = {
                f"{prefix}flat_mae": float(np.average(np.abs(predicted - truth), weights=even))
                * 100,
                f"{prefix}flat_three_class": float(
                    np.average(three_class(predicted) == three_class(truth), weights=even)
                ),
                f"{prefix}mae": float(np.mean(np.abs(predicted - truth)) * 100),
                f"{prefix}r": float(np.corrcoef(predicted, truth)[0, 1]),
                f"{prefix}three_class": float(
                    np.mean(three_class(predicted) == three_class(truth))
                ),
            }
            shown = grade_figures(predicted * 100.0, truth * 100.0)
            values |= {
                f"{prefix}spearman": float(stats.spearmanr(predicted, truth).statistic),
                f"{prefix}label": shown["three_class"],
                f"{prefix}mixed_recall": shown["mixed_recall"],
                f"{prefix}mixed_precision": shown["mixed_precision"],
                f"{prefix}confidence": mean_confidence(
                    predicted * 100.0, fitted.sigma, np.asarray(signals.words)
                ),
            }
            for metric, value in values.items():
                out[f"{metric}_{short}"] = value
                figures.setdefault(metric, []).append(value)
    out.update({metric: float(np.mean(values)) for metric, values in figures.items()})
    return out


def pages(model: Model, rows: Sequence[data.Page]) -> dict[str, float]:
    truths = [page.score for page in rows]
    scores = [verdict(model, page.paragraphs).score for page in rows]
    if not truths:
        return {"pages": 0}
    true_labels = [Label.for_score(s) for s in truths]
    got_labels = [Label.for_score(s) for s in scores]
    mixed = [g for t, g in zip(true_labels, got_labels, strict=True) if t is Label.MIXED]
    called_mixed = [t for t, g in zip(true_labels, got_labels, strict=True) if g is Label.MIXED]
    return {
        "pages": len(truths),
        "spearman": float(stats.spearmanr(truths, scores).statistic),
        "mixed_precision": float(np.mean([t is Label.MIXED for t in called_mixed]))
        if called_mixed
        else 0.0,
        "label_accuracy": float(
            np.mean([t is g for t, g in zip(true_labels, got_labels, strict=True)])
        ),
        "score_mae": float(np.mean(np.abs(np.array(truths) - np.array(scores)))),
        "mixed_recall": float(np.mean([g is Label.MIXED for g in mixed]))
        if mixed
        else float("nan"),
        "mixed_pages": len(mixed),
    }


def page_sets() -> dict[str, dict[str, float]]:
    """Each page set scored by the shipped model; pages_dev is both sets together."""
    model = shipped()
    rows = {name: data.pages(folder) for name, folder in PAGE_SETS.items()}
    out = {f"pages_{name}": pages(model, page_rows) for name, page_rows in rows.items()}
    combined = {
        metric: float(
            np.average(
                [out[f"pages_{name}"][metric] for name in rows],
                weights=[out[f"pages_{name}"][weight] for name in rows],
            )
        )
        for metric, weight in (
            ("label_accuracy", "pages"),
            ("score_mae", "pages"),
            ("spearman", "pages"),
            ("mixed_recall", "mixed_pages"),
        )
    }
    combined["pages"] = sum(out[f"pages_{name}"]["pages"] for name in rows)
    combined["mixed_pages"] = sum(out[f"pages_{name}"]["mixed_pages"] for name in rows)
    return {"pages_dev": combined, **out}


def run(fast: bool, keep_polarity_cv: bool = False) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    if keep_polarity_cv:
        kept = json.loads(RESULTS.read_text())
        results.update({name: kept[name] for name in ("imdb", "rt_polarity", "sst")})
    else:
        results["imdb"] = {"cv_accuracy": imdb_cv(4000 if fast else None, 2 if fast else 5)}
        if not fast:
            results["rt_polarity"] = {"cv_accuracy": rt_cv(10)}
        results["sst"] = sst_dev(with_imdb=not fast)
    results["imdb_verdict"] = imdb_verdict(4000 if fast else None, 2 if fast else 5)
    results["sst_verdict"] = sst_verdicts(shipped())
    results["quotes_by_film"] = critic_quotes(shipped(), "film", fast)
    results["quotes_by_critic"] = critic_quotes(shipped(), "critic", fast)
    results["scaledata"] = scaledata_loco(fast)
    results.update(page_sets())
    return results


def check_floors(results: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> int:
    failures = 0
    for group, metrics in floors.items():
        for metric, floor in metrics.items():
            value = results.get(group, {}).get(metric)
            if metric.endswith("_max"):
                value = results.get(group, {}).get(metric[: -len("_max")])
                bad = value is None or value > floor
            else:
                bad = value is None or value < floor
            if bad:
                failures += 1
                print(f"BELOW FLOOR {group}.{metric}: {value} vs {floor}")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="small subset; check the floors")
    parser.add_argument(
        "--keep-polarity-cv",
        action="store_true",
        help="keep the IMDb / rt / SST figures from the results file (polarity learner unchanged)",
    )
    args = parser.parse_args(argv)
    results = run(args.fast, keep_polarity_cv=args.keep_polarity_cv and not args.fast)
    print(f"{'set':<14}{'metric':<22}{'value':>10}")
    for group, metrics in results.items():
        for metric, value in metrics.items():
            print(f"{group:<14}{metric:<22}{value:>10.4g}")
    if args.fast:
        floors = json.loads(BASELINE.read_text())["verdict"]
        return 1 if check_floors(results, floors["fast"]) else 0
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
