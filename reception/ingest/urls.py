"""URL lists: one URL a line; ``#`` comments and blank lines skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read_url_list(path: Path) -> Iterator[str]:
    """The URLs a list file names, in order (the first word of each line that is not a
    comment, so a trailing ``# note`` is allowed)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            words = line.split()
            if words and not words[0].startswith("#"):
                yield words[0]
