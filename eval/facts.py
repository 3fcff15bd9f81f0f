"""Facts quality: film facts, home-video facts and grades read from extracted articles.

Sets: ``dev``, the dev set as the issues define it: the demo corpus (reception/demo/corpus/**)
and the evaluation pages (eval/pages/reviews/**), every review page with ground truth beside
it; ``demo`` and ``eval``, the same two parts on their own; ``articles``, ordinary articles.
Each page goes through the real extractor (``reception.extract.extract_article``) and then
``reception.facts.read_facts``.

Metrics (micro-averaged unless said):
- title: ``title_key`` equality (case, accents, punctuation, leading article ignored); year exact.
- film_year: the year of the film each review ends up linked to once the whole set is stored
  (``reception.store``: linking pools what every review of the film states), against the
  truth's year. A page that never states its film's year (a disc review, a retrospective)
  misses ``year`` but gets the film's year here, which is the year the site and the exports
  show for the film.
- directors, writers, cast actors: precision and recall over folded names.
- characters: of the true (actor, character) pairs whose actor was found, the share whose
  character matches (folded equality, or one name's words contained in the other's:
  "Bernie" ~ "Bernie Rose").
- distributor, mpaa_rating, runtime, release_date: accuracy on pages whose truth states the
  field; "<field>_invented" counts a value given where the truth has none. Distributors match
  when one folded name contains the other ("Sony Pictures Classics" ~ "Sony Classics" does
  not). The release date compared is the theatrical (or unqualified) one, as exported.
- home video: detection accuracy (an edition found exactly when the truth has one), format
  accuracy, special-features item F1 with a fuzzy match (rapidfuzz ratio >= 85 on folded
  text, one-to-one), and spec values per true key (same fuzzy match).
- grades: found (truth graded), exact (|value - truth| < 0.5), invented (a grade on a page
  whose truth has none). Ordinary articles (eval/pages/articles/**) are read too, and count
  only invented grades and invented home-video editions.

    uv run python eval/facts.py                 # every set, one column each
    uv run python eval/facts.py --errors        # also list every miss
    uv run python eval/facts.py --fast          # check floors in eval/baseline.json["facts"]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from extraction import Sample, samples, site_templates  # noqa: E402

from reception.extract import extract_article  # noqa: E402
from reception.facts import FactsResult, read_facts  # noqa: E402
from reception.names import title_key  # noqa: E402
from reception.pipeline import reviewed  # noqa: E402
from reception.records import PageError, Review  # noqa: E402
from reception.store import Store  # noqa: E402
from reception.text import fold  # noqa: E402
from reception.verdict import judge  # noqa: E402

SETS = {
    "dev": ("reception/demo/corpus", "eval/pages/reviews"),
    "demo": ("reception/demo/corpus",),
    "eval": ("eval/pages/reviews",),
    "articles": ("eval/pages/articles",),  # not reviews: only invented grades and editions count
}
BASELINE = ROOT / "eval" / "baseline.json"
FEATURE_MATCH = 85.0


@dataclass
class Tally:
    """Counts for one set; ``summary`` turns them into rates."""

    pages: int = 0
    failures: int = 0
    hits: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    pr: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    invented: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)

    def hit(self, name: str, ok: bool, sample: Sample, detail: str) -> None:
        self.hits[name].append(ok)
        if not ok:
            self.errors.append(f"{sample.path.relative_to(ROOT)}: {name}: {detail}")

    def overlap(self, name: str, got: set[str], want: set[str], sample: Sample) -> None:
        counts = self.pr[name]
        counts[0] += len(got & want)
        counts[1] += len(got)
        counts[2] += len(want)
        if got != want:
            missing, extra = sorted(want - got), sorted(got - want)
            self.errors.append(
                f"{sample.path.relative_to(ROOT)}: {name}: missing {missing} extra {extra}"
            )

    def summary(self) -> dict[str, float]:
        out: dict[str, float] = {"pages": float(self.pages), "failures": float(self.failures)}
        for name, values in self.hits.items():
            out[name] = sum(values) / len(values) if values else 0.0
            out[f"{name}_n"] = float(len(values))
        for name, (both, got, want) in self.pr.items():
            precision = both / got if got else 1.0
            recall = both / want if want else 1.0
            out[f"{name}_precision"] = precision
            out[f"{name}_recall"] = recall
            total = precision + recall
            out[f"{name}_f1"] = 2 * precision * recall / total if total else 0.0
        for name in ("grade", *self.invented):
            out[f"{name}_invented"] = float(self.invented.get(name, 0))
        return out


def _names(values: Iterable[str]) -> set[str]:
    return {fold(value) for value in values if value}


def _same_character(got: str | None, want: str) -> bool:
    if not got:
        return False
    a, b = set(fold(got).split()), set(fold(want).split())
    return bool(a and b) and (a <= b or b <= a)


def _feature_matches(got: Sequence[str], want: Sequence[str]) -> int:
    """One-to-one fuzzy matches between predicted and true special-feature items."""
    free = [fold(item) for item in got]
    matched = 0
    for item in (fold(w) for w in want):
        scores = [fuzz.ratio(item, candidate) for candidate in free]
        if scores and max(scores) >= FEATURE_MATCH:
            free.pop(scores.index(max(scores)))
            matched += 1
    return matched


def _stated(
    tally: Tally, name: str, got: Any, want: Any, sample: Sample, same: bool | None = None
) -> None:
    if want in (None, "", []):
        if got not in (None, "", []):
            tally.invented[name] += 1
            tally.errors.append(f"{sample.path.relative_to(ROOT)}: {name}: invented {got!r}")
        return
    ok = same if same is not None else got == want
    tally.hit(name, ok, sample, f"got {got!r} want {want!r}")


def score_page(tally: Tally, sample: Sample, facts: FactsResult) -> None:
    truth = sample.truth
    film_truth: dict[str, Any] = truth.get("film") or {}
    film = facts.film
    tally.pages += 1
    tally.hit(
        "title",
        bool(film.title) and title_key(film.title or "") == title_key(film_truth.get("title", "")),
        sample,
        f"got {film.title!r} want {film_truth.get('title')!r}",
    )
    tally.hit(
        "year",
        film.year == film_truth.get("year"),
        sample,
        f"got {film.year} want {film_truth.get('year')}",
    )
    tally.overlap(
        "directors", _names(film.directors), _names(film_truth.get("directors") or []), sample
    )
    tally.overlap("writers", _names(film.writers), _names(film_truth.get("writers") or []), sample)
    true_cast = film_truth.get("cast") or []
    tally.overlap(
        "cast", _names(m.actor for m in film.cast), _names(m["actor"] for m in true_cast), sample
    )
    predicted = {fold(m.actor): m.character for m in film.cast}
    for member in true_cast:
        if member.get("character") and fold(member["actor"]) in predicted:
            got = predicted[fold(member["actor"])]
            tally.hit(
                "character",
                _same_character(got, member["character"]),
                sample,
                f"{member['actor']}: got {got!r} want {member['character']!r}",
            )
    distributor = film_truth.get("distributor")
    same_distributor = bool(film.distributor and distributor) and (
        fold(film.distributor or "") in fold(distributor or "")
        or fold(distributor or "") in fold(film.distributor or "")
    )
    _stated(tally, "distributor", film.distributor, distributor, sample, same_distributor)
    _stated(tally, "mpaa_rating", film.mpaa_rating, film_truth.get("mpaa_rating"), sample)
    _stated(tally, "runtime", film.runtime_minutes, film_truth.get("runtime_minutes"), sample)
    # The film's release, as the export record states it: theatrical (or unqualified) only.
    releases = [r.date for r in film.release_dates if r.kind in ("theatrical", "unknown")]
    release = releases[0].isoformat() if releases else None
    _stated(tally, "release_date", release, film_truth.get("release_date"), sample)
    _score_home_video(tally, sample, facts)
    _score_grade(tally, sample, facts)


def _score_home_video(tally: Tally, sample: Sample, facts: FactsResult) -> None:
    want = sample.truth.get("home_video")
    got = facts.home_video
    tally.hit(
        "home_video_detected",
        (got is not None) == (want is not None),
        sample,
        f"got {got is not None} want {want is not None}",
    )
    if not want or got is None:
        return
    tally.hit(
        "home_video_format",
        got.format == want.get("format"),
        sample,
        f"got {got.format} want {want.get('format')}",
    )
    true_features = list(want.get("special_features") or [])
    matched = _feature_matches(got.special_features, true_features)
    counts = tally.pr["special_features"]
    counts[0] += matched
    counts[1] += len(got.special_features)
    counts[2] += len(true_features)
    if matched < max(len(true_features), len(got.special_features)):
        tally.errors.append(
            f"{sample.path.relative_to(ROOT)}: special_features: got {list(got.special_features)} want {true_features}"
        )
    for key, value in (want.get("specs") or {}).items():
        mine = got.specs.get(key)
        ok = mine is not None and fuzz.ratio(fold(str(mine)), fold(str(value))) >= FEATURE_MATCH
        tally.hit("specs", ok, sample, f"{key}: got {mine!r} want {value!r}")


def _score_grade(tally: Tally, sample: Sample, facts: FactsResult) -> None:
    want = sample.truth.get("grade")
    got = facts.grade
    if not want:
        if got is not None:
            tally.invented["grade"] += 1
            tally.errors.append(f"{sample.path.relative_to(ROOT)}: grade: invented {got.raw!r}")
        tally.hits["grade_none_kept"].append(got is None)
        return
    tally.hit("grade_found", got is not None, sample, f"missed {want['raw']!r}")
    exact = got is not None and abs(got.value_0_100 - float(want["value_0_100"])) < 0.5
    found = f"{got.raw!r}={got.value_0_100}" if got else "nothing"
    tally.hit(
        "grade_exact", exact, sample, f"got {found} want {want['raw']!r}={want['value_0_100']}"
    )


def score_non_review(tally: Tally, sample: Sample, facts: FactsResult) -> None:
    """An ordinary article has no grade and no disc under review."""
    tally.pages += 1
    _score_grade(tally, sample, facts)
    tally.hit("home_video_none_kept", facts.home_video is None, sample, "invented an edition")


def evaluate(pages: Sequence[Sample], reviews: bool = True) -> Tally:
    tally = Tally()
    templates = site_templates(pages)
    stored: list[tuple[Sample, Review]] = []
    for sample in pages:
        page = sample.page()
        try:
            article = extract_article(page, templates.get(sample.site))
        except PageError as error:
            tally.failures += 1
            tally.errors.append(f"{sample.path.relative_to(ROOT)}: extract failed: {error}")
            continue
        facts = read_facts(article)
        if not reviews:
            score_non_review(tally, sample, facts)
            continue
        score_page(tally, sample, facts)
        review = reviewed(page, article, facts, judge(article, facts.grade))
        stored.append((sample, review))
    if stored:
        score_film_years(tally, stored)
    return tally


def score_film_years(tally: Tally, stored: Sequence[tuple[Sample, Review]]) -> None:
    """Store the set's reviews in a fresh SQLite file and compare each one's film year."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "facts.db")
        store.save_reviews([review for _, review in stored])
        film_of = {row["page_uri"]: row["film_id"] for row in store.review_rows()}
        for sample, review in stored:
            film_id = film_of.get(review.page_uri)
            film = store.film(film_id) if film_id else None
            got = film["year"] if film else None
            want = (sample.truth.get("film") or {}).get("year")
            tally.hit("film_year", got == want, sample, f"got {got} want {want}")
        store.close()


def check_floors(results: dict[str, dict[str, float]]) -> list[str]:
    """Floors are minimums, except keys ending in ``_max`` (upper bounds)."""
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get("facts", {})
    problems = []
    for set_name, metrics in floors.items():
        measured = results.get(set_name, {})
        for metric, bound in metrics.items():
            key = metric.removesuffix("_max")
            if key not in measured:
                continue
            value = measured[key]
            if (metric.endswith("_max") and value > bound) or (
                not metric.endswith("_max") and value < bound
            ):
                problems.append(f"BELOW FLOOR {set_name}.{metric}: {value:.3f} vs {bound}")
    return problems


def _table(results: dict[str, dict[str, float]]) -> str:
    keys = sorted(
        {key for summary in results.values() for key in summary if not key.endswith("_n")}
    )
    lines = [f"{'metric':<30}" + "".join(f"{name:>10}" for name in results)]
    for key in keys:
        cells = "".join(
            f"{results[name][key]:>10.3f}" if key in results[name] else f"{'-':>10}"
            for name in results
        )
        lines.append(f"{key:<30}{cells}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--fast", action="store_true", help="check floors in baseline.json")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--set", choices=list(SETS), action="append", help="only these sets")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, float]] = {}
    for name in args.set or SETS:
        pages = list(samples(SETS[name]))
        if not pages:
            continue
        tally = evaluate(pages, reviews=name != "articles")
        results[name] = tally.summary()
        if args.errors:
            print(f"\n# misses in {name}")
            print("\n".join(tally.errors))
    print(_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.fast:
        problems = check_floors(results)
        print("\n".join(problems) if problems else "facts: all floors met")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
