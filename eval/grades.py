"""Grades as critics write them: the grade reader on real critics' own score strings.

Data: ``../shared/data/rt-critic-quotes/musicals.jsonl.gz`` (critics' reviews of musicals with
``originalScore`` as the critic wrote it, "3.5/4", "B-", "83/100", "2 1/2 stars", and the
review's fresh/rotten state). The file stays in ../shared; nothing of it enters the project.

Figures: the share of score strings ``reception.facts.grades.parse_grade`` reads; for the ones
read, the agreement of "value >= 60" with "fresh", overall and by form (letters, stars, and
fractions by scale). A number written alone ("4", "3.5") is read on the scale its publication
uses for its other grades in the file (the most common denominator), as a page's own stated
scale is used on a page; a publication with no other grade gives it no scale, and it stays
unread.

    uv run python eval/grades.py              # figures, the unread strings
    uv run python eval/grades.py --fast       # check floors in eval/baseline.json["grades"]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.facts.grades import on_known_scale, parse_grade  # noqa: E402
from reception.records import Grade  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "rt-critic-quotes" / "musicals.jsonl.gz"
BASELINE = ROOT / "eval" / "baseline.json"
FRESH_AT = 60.0


def rows(path: Path = DATA) -> list[dict[str, Any]]:
    """The reviews that carry the critic's own score string."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        found = [json.loads(line) for line in lines if line.strip()]
    return [row for row in found if (row.get("originalScore") or "").strip()]


def _denominator(grade: Grade) -> int | None:
    head, slash, tail = grade.raw.replace(" out of ", "/").rpartition("/")
    try:
        return int(float(tail)) if slash and head else None
    except ValueError:
        return None


def publication_scales(reviews: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Each publication's most common grade denominator in the data ("/4", "/5", "/10")."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for row in reviews:
        grade = parse_grade(row["originalScore"])
        scale = _denominator(grade) if grade and grade.scale == "fraction" else None
        if scale:
            counts[row.get("publicationName") or ""][scale] += 1
    return {name: scale.most_common(1)[0][0] for name, scale in counts.items()}


def form(grade: Grade) -> str:
    """The written form a grade was read from: "letter", "stars", "x/4", "x/10", ..."""
    scale = _denominator(grade) if grade.scale == "fraction" else None
    return f"x/{scale}" if scale else grade.scale


def measure(reviews: Sequence[dict[str, Any]]) -> tuple[dict[str, float], list[str]]:
    """The figures, and the score strings left unread."""
    scales = publication_scales(reviews)
    agree: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    unread: list[str] = []
    for row in reviews:
        raw = row["originalScore"]
        scale = scales.get(row.get("publicationName") or "")
        grade = parse_grade(raw) or (on_known_scale(raw, scale) if scale else None)
        if grade is None:
            unread.append(raw)
            continue
        fresh = row.get("reviewState") == "fresh"
        same = (grade.value_0_100 >= FRESH_AT) == fresh
        for key in ("all", form(grade)):
            agree[key][0] += same
            agree[key][1] += 1
    figures = {"scores": float(len(reviews)), "parsed": 1 - len(unread) / max(1, len(reviews))}
    for key, (same, count) in sorted(agree.items()):
        name = "fresh_agreement" if key == "all" else f"fresh_agreement[{key}]"
        figures[name] = same / count
        figures[f"read[{key}]"] = float(count)
    return figures, unread


def check_floors(figures: dict[str, float]) -> list[str]:
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get("grades", {})
    return [
        f"{name} = {figures.get(name, 0.0):.3f} < {floor}"
        for name, floor in floors.items()
        if figures.get(name, 0.0) < floor
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--fast", action="store_true", help="check floors in baseline.json")
    parser.add_argument("--data", type=Path, default=DATA, help="a jsonl.gz of critics' scores")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}: nothing measured")
        return 0
    figures, unread = measure(rows(args.data))
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        shown = f"{value:.0f}" if name == "scores" or name.startswith("read[") else f"{value:.3f}"
        print(f"{name:<{width}}  {shown}")
    print(f"unread ({len(unread)}): {', '.join(repr(raw) for raw in sorted(set(unread)))}")
    if args.fast:
        problems = check_floors(figures)
        for problem in problems:
            print("BELOW FLOOR:", problem)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
