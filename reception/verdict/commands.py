"""The `reception verdict` command's core: input lines in, JSON-ready verdicts out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from reception.records import to_jsonable
from reception.verdict.judging import verdict
from reception.verdict.model import shipped


def cli_verdict(lines: Iterable[str], *, plain_lines: bool) -> Iterator[dict[str, Any]]:
    """One dict per review; a line that cannot be read yields an ``error`` entry, not a crash."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if plain_lines:
            text = line.strip()
        else:
            try:
                record = json.loads(line)
                text = str(record["text"])
            except (json.JSONDecodeError, KeyError, TypeError) as problem:
                yield {"line": number, "error": f"not a JSON object with a 'text' field: {problem}"}
                continue
        result = verdict(shipped(), text.split("\n\n"))
        yield {
            "score": result.score,
            "label": result.label.value,
            "fresh": result.fresh,
            "confidence": result.confidence,
            "pull_quote": result.pull_quote,
            "evidence": to_jsonable(list(result.evidence)),
        }
