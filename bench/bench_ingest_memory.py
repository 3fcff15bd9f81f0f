"""Peak memory of `reception ingest` over a folder of very large pages (issue 16: 60 x 17 MB).

The bench writes ``--pages`` HTML pages of ``--mb`` megabytes each (long reviews of our own
words, repeated), runs ``reception ingest`` on the folder in a subprocess, and samples the RSS
of the command and of its child processes (the guarded page reviewer) every 0.1 s. It prints
the peak RSS of the command alone and of the whole process tree, with the run's outcome.

    uv run python bench/bench_ingest_memory.py [--pages 60] [--mb 17] [--page-timeout 5]
        [--sentences 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = (
    "The film keeps its camera still and lets the actors carry long scenes.",
    "The second act drifts, but the ending earns its quiet, and the score never insists.",
    "Its lead gives the best performance of her career, wry and wounded at once.",
    "The director stages the fights in long takes that make every blow land.",
    "A subplot about the brother goes nowhere and costs the middle twenty minutes.",
    "The cinematography turns the harbour town into a grey, beautiful trap.",
    "When the script reaches for big speeches it stumbles; when it listens, it soars.",
    "By the final scene I was moved, and a little annoyed at being moved so easily.",
)


def paragraph_text(n: int, sentences: int) -> str:
    """Paragraph ``n``: ``sentences`` pairs of sentences in a seeded order. Paragraphs that
    differ only by a number read as one repeated line (chrome), and a page of them has no
    review to read; these differ in their words, as a real review's do."""
    pick = random.Random(n)
    return " ".join(" ".join(pick.sample(SENTENCES, 2)) for _ in range(sentences))


def write_pages(folder: Path, count: int, megabytes: float, sentences: int = 1) -> None:
    """``sentences`` pairs per paragraph: 1 gives ~95,000 elements in 15 MB (refused as too
    large once parsed), 20 gives ~4,800 (read through every stage). Pages over ingest's 16
    MB limit (``--mb 17``) are refused as too large when read: ``--mb 15.9`` is the largest
    page ingest parses."""
    size = int(megabytes * 1024 * 1024)
    for page in range(count):
        with (folder / f"page-{page:03d}.html").open("w", encoding="utf-8") as out:
            out.write(f"<html><head><title>Long review {page}</title></head><body><article>")
            written, n = 0, 0
            while written < size:
                chunk = f"<p>{paragraph_text(n, sentences)}</p>\n"
                out.write(chunk)
                written += len(chunk)
                n += 1
            out.write("</article></body></html>")


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in map(int, children):
        found.append(child)
        found.extend(descendants(child))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--mb", type=float, default=17)
    parser.add_argument("--page-timeout", type=float, default=5.0)
    parser.add_argument("--sentences", type=int, default=1, help="pairs of sentences per paragraph")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reception-memory-") as scratch:
        folder = Path(scratch) / "pages"
        folder.mkdir()
        write_pages(folder, args.pages, args.mb, args.sentences)
        command = [
            sys.executable,
            "-m",
            "reception.cli",
            "ingest",
            str(folder),
            "--db",
            str(Path(scratch) / "r.db"),
            "--page-timeout",
            str(args.page_timeout),
        ]
        began = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        peak_own = peak_tree = 0
        while process.poll() is None:
            own = rss_kb(process.pid)
            tree = own + sum(rss_kb(child) for child in descendants(process.pid))
            peak_own, peak_tree = max(peak_own, own), max(peak_tree, tree)
            time.sleep(0.1)
        output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
        print(output[-2000:])
        print(
            json.dumps(
                {
                    "pages": args.pages,
                    "mb_per_page": args.mb,
                    "sentences_per_paragraph": args.sentences,
                    "page_timeout_s": args.page_timeout,
                    "exit": process.returncode,
                    "wall_s": round(time.perf_counter() - began, 1),
                    "peak_rss_command_mb": round(peak_own / 1024),
                    "peak_rss_with_reviewer_mb": round(peak_tree / 1024),
                    "cpu_count": os.cpu_count(),
                }
            )
        )


if __name__ == "__main__":
    main()
