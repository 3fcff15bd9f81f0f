"""Extraction quality: reception vs trafilatura vs readability-lxml, side by side, in one run.

Real pages decide: ``../shared/data/web-pages`` (1,000 real pages of every type, none a film
review; read in place, never copied here). On them: body precision/recall/F1 over the
pages' lowercased ``\\w+`` tokens (bag of words, mean over pages), overall, per page type
and on the two halves (dev = odd ids, where the rules were chosen; check = even ids); the
share of the truth's must-have sentences found and of its boilerplate sentences kept; the
header as the truth names it (headline = title, critic = author, date_published = the day;
both absent counts as right), reception's against trafilatura's metadata and readability's
title; and, for reception, the share of pages the review detector calls reviews
("false_reviews"; the detector's cross-validated rates per source, missed reviews included,
are printed by ``python -m reception.extract.train_detector``).
``--fast`` reads every tenth page (100, spread over the types) with reception alone.

Our own pages are regression tests: review pages with ground truth (reception/demo/corpus/**,
eval/pages/reviews/**) and ordinary articles (eval/pages/articles/**). Metrics: body precision/recall/F1 over
overlapping 4-token shingles of lowercased ``\\w+`` tokens (mean over pages); exact-match
rates of headline, dek, critic, publication and date; for text dumps, the share of chrome
lines removed and of body lines lost; then the seed-like single-dump check
(eval/single_dump.py). The review sets are also shown split by source (the demo corpus,
the evaluation pages written for this eval only); floors apply to whole sets.

    uv run python eval/extraction.py            # full tables, all three extractors
    uv run python eval/extraction.py --fast     # reception only, web pages every tenth;
                                                # check floors in baseline.json
    uv run python eval/extraction.py --stress   # also review pages stripped of class/id,
                                                # schema.org and <meta>, and the review
                                                # pages saved as text: sites never seen
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reception.extract import decode_page, extract_article, learn_template  # noqa: E402
from reception.extract.lines import line_key  # noqa: E402
from reception.extract.template import SiteTemplate  # noqa: E402
from reception.extract.tree import block_lines, parse_tree  # noqa: E402
from reception.records import Page, PageError  # noqa: E402

sys.path.insert(0, str(ROOT / "eval"))
import single_dump  # noqa: E402

# the shared research data: beside the project root, else where this workplace mounts it
DATA = next(
    (
        folder
        for folder in (ROOT.parent / "shared" / "data", Path("/work/shared/data"))
        if folder.is_dir()
    ),
    ROOT.parent / "shared" / "data",
)
WEB_PAGES = DATA / "web-pages"
FAST_EVERY = 10  # --fast reads the web pages whose id is a multiple of this
REVIEW_ROOTS = ("reception/demo/corpus", "eval/pages/reviews")
ARTICLE_ROOTS = ("eval/pages/articles",)
FIELDS = ("headline", "dek", "critic", "publication", "date_published")
BASELINE = ROOT / "eval" / "baseline.json"
_WORD = re.compile(r"\w+")
# --stress: pages stripped of what names their parts, a proxy for sites never seen.
_STRIP = (
    re.compile(rb"<script[^>]*ld\+json.*?</script>", re.DOTALL | re.IGNORECASE),
    re.compile(rb"<meta[^>]*>", re.IGNORECASE),
    re.compile(
        rb"\s(?:class|id|rel|role|itemprop|itemscope|itemtype)=(?:\"[^\"]*\"|'[^']*'|[^\s>]+)",
        re.IGNORECASE,
    ),
)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass
class Sample:
    path: Path
    truth: dict[str, Any]
    stripped: bool = False  # class/id/schema.org attributes, JSON-LD and <meta> removed
    dumped: str | None = None  # the page saved as text (its lines), standing in for the file

    @property
    def is_text(self) -> bool:
        return self.dumped is not None or self.path.suffix == ".txt"

    def text(self) -> str:
        return self.dumped or self.path.read_text(encoding="utf-8", errors="replace")

    @property
    def raw(self) -> bytes:
        if self.dumped is not None:
            return self.dumped.encode("utf-8")
        data = self.path.read_bytes()
        if not self.stripped:
            return data
        for pattern in _STRIP:  # on bytes: the page's own encoding is left alone
            data = pattern.sub(b"", data)
        return data

    @property
    def site(self) -> str:
        return self.path.parent.name

    def page(self) -> Page:
        html = not self.is_text
        return Page(
            uri=str(self.path.relative_to(ROOT)),
            raw=self.raw,
            content_type="text/html" if html else "text/plain",
            site=self.site,
        )


@dataclass
class Extracted:
    body: str = ""
    fields: dict[str, str | None] = field(default_factory=dict)
    is_review: bool | None = None  # the review detector's call (reception only)


@dataclass
class Scores:
    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    chrome_lines: int = 0
    chrome_kept: int = 0
    body_lines: int = 0
    body_lost: int = 0
    failures: int = 0
    review_calls: list[bool] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        out: dict[str, float] = {"pages": float(len(self.f1))}
        if self.f1:
            out["body_precision"] = _mean(self.precision)
            out["body_recall"] = _mean(self.recall)
            out["body_f1"] = _mean(self.f1)
        for name, hits in self.fields.items():
            if hits:
                out[name] = _mean([float(h) for h in hits])
        if self.chrome_lines:
            out["chrome_removed"] = 1 - self.chrome_kept / self.chrome_lines
        if self.body_lines:
            out["body_lines_lost"] = self.body_lost / self.body_lines
        if self.review_calls:
            out["detected_as_review"] = _mean([float(c) for c in self.review_calls])
        out["failures"] = float(self.failures)
        return out


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def as_text_dump(page: Page) -> str:
    """The page as "save as text" would leave it: one line per block, scripts dropped."""
    tree = parse_tree(page, decode_page(page))
    for junk in list(tree.iter("script", "style", "noscript", "template")):
        junk.drop_tree()
    body = tree.find("body")
    return "\n".join(block_lines(body if body is not None else tree))


def samples(roots: Sequence[str]) -> Iterator[Sample]:
    for root in roots:
        for path in sorted((ROOT / root).rglob("*")):
            if path.suffix not in (".html", ".htm", ".txt"):
                continue
            truth_path = path.with_suffix(".json")
            if not truth_path.exists():
                continue
            try:
                yield Sample(path, json.loads(truth_path.read_text(encoding="utf-8")))
            except (ValueError, OSError):
                continue


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def body_scores(predicted: str, truth: str) -> tuple[float, float, float]:
    got, want = shingles(predicted), shingles(truth)
    if not want and not got:
        return 1.0, 1.0, 1.0
    overlap = len(got & want)
    precision = overlap / len(got) if got else 0.0
    recall = overlap / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def normalize_field(value: Any) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES)
    text = " ".join(text.split()).strip().casefold()
    return text or None


def line_scores(sample: Sample, predicted_body: str, scores: Scores) -> None:
    """Count the dump's lines: chrome (not body) kept in our body, body lines lost."""
    truth_keys = [line_key(p) for p in str(sample.truth.get("body") or "").split("\n\n")]
    truth_text = " " + " ".join(truth_keys) + " "
    got_keys = [line_key(p) for p in predicted_body.split("\n\n")]
    got_text = " " + " ".join(got_keys) + " "
    truth_set, got_set = set(truth_keys), set(got_keys)
    for raw in sample.text().splitlines():
        key = line_key(raw)
        if not key:
            continue
        # A short line counts only as a whole paragraph: "About" is not kept because the
        # word "about" occurs in the prose. Longer lines may be part of a joined paragraph.
        long_line = len(key.split()) >= 4
        is_body = key in truth_set or (long_line and f" {key} " in truth_text)
        kept = key in got_set or (long_line and f" {key} " in got_text)
        if is_body:
            scores.body_lines += 1
            scores.body_lost += not kept
        else:
            scores.chrome_lines += 1
            scores.chrome_kept += kept


# --- extractors -----------------------------------------------------------------------------


def run_reception(sample: Sample, templates: dict[str, SiteTemplate]) -> Extracted:
    article = extract_article(sample.page(), templates.get(sample.site))
    check = article.review_check
    return Extracted(
        is_review=check.is_review if check else None,
        body=article.text,
        fields={
            "headline": article.headline,
            "dek": article.dek,
            "critic": article.critic,
            "publication": article.publication,
            "date_published": article.date_published.isoformat()
            if article.date_published
            else None,
        },
    )


def trafilatura_body(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_body(html: bytes) -> str:
    from lxml import html as lxml_html
    from readability import Document

    summary = lxml_html.fromstring(Document(html).summary(html_partial=True))
    paragraphs = [" ".join(el.text_content().split()) for el in summary.iter("p", "h2", "h3", "li")]
    return "\n\n".join(p for p in paragraphs if p)


BODIES: dict[str, Callable[[bytes], str]] = {
    "trafilatura": trafilatura_body,
    "readability": readability_body,
}


def run_trafilatura(sample: Sample, _: dict[str, SiteTemplate]) -> Extracted:
    import trafilatura

    html = sample.raw
    body = trafilatura_body(html)
    meta = trafilatura.extract_metadata(html)
    fields: dict[str, str | None] = dict.fromkeys(FIELDS)
    if meta is not None:
        fields.update(
            headline=meta.title,
            dek=meta.description,
            critic=meta.author,
            publication=meta.sitename,
            date_published=meta.date,
        )
    return Extracted(body=body, fields=fields)


def run_readability(sample: Sample, _: dict[str, SiteTemplate]) -> Extracted:
    from readability import Document

    fields: dict[str, str | None] = dict.fromkeys(FIELDS)
    fields["headline"] = Document(sample.raw).short_title()
    return Extracted(body=readability_body(sample.raw), fields=fields)


Extractor = Callable[[Sample, dict[str, SiteTemplate]], Extracted]
EXTRACTORS: dict[str, Extractor] = {
    "reception": run_reception,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
}

# readability-lxml reads a title and nothing else of the header.
READS: dict[str, tuple[str, ...]] = {
    "reception": FIELDS,
    "trafilatura": FIELDS,
    "readability": ("headline",),
}


def site_templates(pages: Sequence[Sample]) -> dict[str, SiteTemplate]:
    """One template per site, learned from that site's text dumps."""
    by_site: dict[str, list[str]] = defaultdict(list)
    for sample in pages:
        if sample.is_text:
            by_site[sample.site].append(sample.text())
    return {site: learn_template(texts, site) for site, texts in by_site.items() if len(texts) > 1}


def evaluate(
    pages: Sequence[Sample], names: Sequence[str], group: Callable[[Sample], str] | None = None
) -> dict[str, dict[str, dict[str, float]]]:
    """Scores of every extractor on the whole set (key ""), and on each group of it."""
    templates = site_templates(pages)
    results: dict[str, dict[str, Scores]] = defaultdict(lambda: {name: Scores() for name in names})
    for sample in pages:
        truth_body = str(sample.truth.get("body") or "")
        tallies = [results[""], *([results[group(sample)]] if group else [])]
        for name in names:
            if name != "reception" and sample.is_text:
                continue
            try:
                got = EXTRACTORS[name](sample, templates)
                failed = False
            except PageError:
                got, failed = Extracted(), True
            precision, recall, f1 = body_scores(got.body, truth_body)
            for tally in tallies:
                scores = tally[name]
                scores.failures += failed
                scores.precision.append(precision)
                scores.recall.append(recall)
                scores.f1.append(f1)
                if got.is_review is not None:
                    scores.review_calls.append(got.is_review)
                for key in READS[name]:
                    truth = normalize_field(sample.truth.get(key))
                    scores.fields[key].append(normalize_field(got.fields.get(key)) == truth)
                if sample.is_text:
                    line_scores(sample, got.body, scores)
    return {
        key: {name: scores.summary() for name, scores in by_name.items()}
        for key, by_name in results.items()
    }


def source(sample: Sample) -> str:
    """Which part of the dev set a review page comes from."""
    relative = sample.path.relative_to(ROOT).as_posix()
    return next(root for root in REVIEW_ROOTS if relative.startswith(root + "/"))


def _table(title: str, summary: dict[str, dict[str, float]]) -> str:
    columns = sorted({key for values in summary.values() for key in values})
    lines = [f"\n{title}", f"{'metric':<18}" + "".join(f"{name:>14}" for name in summary)]
    for column in columns:
        cells = "".join(
            f"{summary[name][column]:>14.3f}" if column in summary[name] else f"{'-':>14}"
            for name in summary
        )
        lines.append(f"{column:<18}{cells}")
    return "\n".join(lines)


def _split(pages: Sequence[Sample]) -> dict[str, list[Sample]]:
    return {
        "reviews_html": [p for p in pages if p.path.suffix != ".txt"],
        "reviews_text": [p for p in pages if p.path.suffix == ".txt"],
    }


# --- real web pages ---------------------------------------------------------------------------


@dataclass
class WebPage:
    """One page of the shared web-pages set and its truth, read in place."""

    truth: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.truth["id"])

    @property
    def path(self) -> Path:
        return WEB_PAGES / "html" / f"{self.id}.html.gz"

    def page(self) -> Page:
        raw = gzip.decompress(self.path.read_bytes())
        return Page(uri=str(self.truth["url"]), raw=raw, content_type="text/html")


def web_pages(every: int = 1) -> list[WebPage]:
    """The set's pages whose numeric id is a multiple of ``every`` (all for 1)."""
    with gzip.open(WEB_PAGES / "truth.jsonl.gz", "rt", encoding="utf-8") as lines:
        truths = [json.loads(line) for line in lines]
    pages = [WebPage(t) for t in truths if int(t["id"]) % every == 0]
    return [p for p in pages if p.path.exists()]  # one listed page has no file


def token_scores(predicted: str, truth: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 over lowercased ``\\w+`` tokens."""
    got = Counter(_WORD.findall(predicted.lower()))
    want = Counter(_WORD.findall(truth.lower()))
    if not got or not want:
        return (1.0, 1.0, 1.0) if not got and not want else (0.0, 0.0, 0.0)
    overlap = sum((got & want).values())
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def _squashed(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def sentence_shares(body: str, truth: dict[str, Any]) -> tuple[float | None, float | None]:
    """Shares of the truth's must-have sentences found and of its boilerplate kept."""
    squashed = f" {_squashed(body)} "

    def share(sentences: list[str]) -> float | None:
        keys = [k for k in (_squashed(s) for s in sentences) if k]
        return _mean([float(f" {k} " in squashed) for k in keys]) if keys else None

    return share(truth.get("with") or []), share(truth.get("without") or [])


# The web pages' truth names the header as title / author / publish_date.
WEB_FIELDS = {"headline": "title", "critic": "author", "date_published": "publish_date"}


@dataclass
class WebReading:
    """An extractor's reading of a web page: body, header fields, (reception) detector call."""

    body: str = ""
    fields: dict[str, str | None] = field(default_factory=dict)
    is_review: bool | None = None


def _web_reading(name: str, page: Page) -> WebReading:
    """An extractor's body and header fields for a web page (readability reads no header
    but its title; trafilatura's header is its metadata reading)."""
    if name == "reception":
        article = extract_article(page)
        check = article.review_check
        date = article.date_published.isoformat() if article.date_published else None
        fields = {"headline": article.headline, "critic": article.critic, "date_published": date}
        return WebReading(article.text, fields, check.is_review if check else None)
    body = BODIES[name](page.raw)
    if name == "readability":
        from readability import Document

        return WebReading(body, {"headline": Document(page.raw).short_title()})
    import trafilatura

    meta = trafilatura.extract_metadata(page.raw)
    if meta is None:
        return WebReading(body, dict.fromkeys(WEB_FIELDS))
    return WebReading(
        body, {"headline": meta.title, "critic": meta.author, "date_published": meta.date}
    )


def header_hit(key: str, got: str | None, truth: str | None) -> bool:
    """A header field read right: the same text (case, spacing and quotes aside), or both
    absent; a date compares as its day."""
    if key == "date_published":
        got, truth = (str(v)[:10] if v else None for v in (got, truth))
    return normalize_field(got) == normalize_field(truth)


@dataclass
class WebScores:
    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    with_found: list[float] = field(default_factory=list)
    without_kept: list[float] = field(default_factory=list)
    review_calls: list[bool] = field(default_factory=list)
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    failures: int = 0

    def summary(self) -> dict[str, float]:
        out = {
            "pages": float(len(self.f1)),
            "body_f1": _mean(self.f1),
            "body_precision": _mean(self.precision),
            "body_recall": _mean(self.recall),
            "with_found": _mean(self.with_found),
            "without_kept": _mean(self.without_kept),
            "failures": float(self.failures),
        }
        if self.review_calls:
            out["false_reviews"] = _mean([float(c) for c in self.review_calls])
        out.update({key: _mean([float(h) for h in hits]) for key, hits in self.fields.items()})
        return out


def evaluate_web(
    pages: Sequence[WebPage], names: Sequence[str]
) -> dict[str, dict[str, dict[str, float]]]:
    """Scores per extractor on the whole set, each page type, and the dev / check halves."""
    results: dict[str, dict[str, WebScores]] = defaultdict(
        lambda: {name: WebScores() for name in names}
    )
    for web in pages:
        page, truth = web.page(), web.truth
        half = "check" if int(web.id) % 2 == 0 else "dev"
        tallies = [results["web_pages"], results[f"web_pages[{truth['page_type']}]"]]
        tallies.append(results[f"web_pages[{half}]"])
        # the held-out half per type: the dev half is what the learned readings were fitted on
        if half == "check":
            tallies.append(results[f"web_pages[check:{truth['page_type']}]"])
        for name in names:
            try:
                reading = _web_reading(name, page)
                failed = False
            except PageError:
                reading, failed = WebReading(), True
            body, is_review = reading.body, reading.is_review
            precision, recall, f1 = token_scores(body, str(truth.get("main_content") or ""))
            found, kept = sentence_shares(body, truth)
            for tally in tallies:
                scores = tally[name]
                scores.failures += failed
                scores.precision.append(precision)
                scores.recall.append(recall)
                scores.f1.append(f1)
                if found is not None:
                    scores.with_found.append(found)
                if kept is not None:
                    scores.without_kept.append(kept)
                if is_review is not None:
                    scores.review_calls.append(is_review)
                for key in READS[name]:
                    if key in WEB_FIELDS:
                        hit = header_hit(key, reading.fields.get(key), truth.get(WEB_FIELDS[key]))
                        scores.fields[key].append(hit)
    return {
        key: {name: scores.summary() for name, scores in by_name.items()}
        for key, by_name in sorted(results.items())
    }


def check_floors(results: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """Floors are minimums except keys ending in ``_max`` (upper bounds)."""
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get("extraction", {})
    problems: list[str] = []
    for set_name, metrics in floors.items():
        measured = results.get(set_name, {}).get("reception", {})
        for metric, bound in metrics.items():
            key = metric.removesuffix("_max")
            if key not in measured:
                continue
            value = measured[key]
            if metric.endswith("_max") and value > bound:
                problems.append(f"{set_name}.{key} = {value:.3f} > {bound}")
            elif not metric.endswith("_max") and value < bound:
                problems.append(f"{set_name}.{key} = {value:.3f} < {bound}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fast", action="store_true", help="reception only; check floors")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--stress",
        action="store_true",
        help="also score review pages stripped of class/id, schema.org and <meta>, and saved as text",
    )
    args = parser.parse_args(argv)
    names = ["reception"] if args.fast else list(EXTRACTORS)
    reviews = list(samples(REVIEW_ROOTS))
    sets = {**_split(reviews), "articles": list(samples(ARTICLE_ROOTS))}
    if args.stress:
        html_reviews = [s for s in reviews if not s.is_text]
        sets["reviews_html_stripped"] = [
            Sample(s.path, s.truth, stripped=True) for s in html_reviews
        ]
        sets["reviews_text_from_html"] = [
            Sample(s.path, s.truth, dumped=as_text_dump(s.page())) for s in html_reviews
        ]
    results: dict[str, dict[str, dict[str, float]]] = {}
    for set_name, pages in sets.items():
        if not pages:
            continue
        grouped = evaluate(pages, names, source if set_name.startswith("reviews") else None)
        results[set_name] = grouped.pop("")
        if len(grouped) > 1:  # the set's share of each source, shown but not floored
            results.update({f"{set_name}[{key}]": value for key, value in sorted(grouped.items())})
    if WEB_PAGES.is_dir():
        every = FAST_EVERY if args.fast else 1
        web = evaluate_web(web_pages(every), names)
        if args.fast:  # the fast subset has its own floors
            web = {key.replace("web_pages", "web_pages_fast", 1): v for key, v in web.items()}
        results.update(web)
    else:
        print(f"(no web-pages set at {WEB_PAGES}: real pages not measured)")
    for set_name, summary in results.items():
        print(_table(set_name, summary))
    print(single_dump.report())  # the seed-like single-dump check, and every dump read alone
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.fast:
        problems = check_floors(results)
        for problem in problems:
            print("BELOW FLOOR:", problem)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
