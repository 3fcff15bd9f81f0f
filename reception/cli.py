"""The ``reception`` command line: a thin shell over the library's stages."""

from __future__ import annotations

import gc
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from reception.records import Failure, Unchanged

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from reception.ingest.sources import Reader, SourceOptions
    from reception.store import Store

app = typer.Typer(
    help="reception: read film reviews wherever they live, judge them, link them, publish.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        typer.echo(f"reception {version('reception')}")
        raise typer.Exit()


@app.callback()
def main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """reception: read film reviews wherever they live, judge them, link them, publish."""


def report_failure(failure: Failure) -> None:
    """One line per failed page, never wrapped, with the page's own text kept out of markup."""
    console.print(
        f"[red]failed[/red] {escape(failure.uri)}: {failure.kind}: {escape(failure.reason)}",
        soft_wrap=True,
    )


DEMO_CORPUS = Path(__file__).parent / "demo" / "corpus"

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="RECEPTION_DB",
        help="SQLite file or SQLAlchemy URL (default ./reception.db).",
        show_default=False,
    ),
]
PageTimeoutOption = Annotated[
    float | None,
    typer.Option(
        min=0,
        help="Seconds one page may take before it fails as 'timeout' (0: no budget) [default: 5].",
        show_default=False,
    ),
]


def page_budget(page_timeout: float | None) -> float | None:
    """The page budget asked for, else the default one (imported only when a command runs)."""
    from reception.ingest.guard import DEFAULT_PAGE_TIMEOUT

    return DEFAULT_PAGE_TIMEOUT if page_timeout is None else page_timeout


PathsArgument = Annotated[
    list[Path], typer.Argument(help="Files or folders (.html, .htm, .txt, and .gz).")
]
SourcesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders, URLs, sitemaps, feeds, WARC files or WordPress exports.",
        show_default=False,
    ),
]


def fail(message: str, code: int = 2) -> NoReturn:
    """End the command with one line, never a traceback."""
    console.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def collections_off_until_first_page() -> Iterator[Callable[[], None]]:
    """Cyclic garbage collection off while a command imports its stages, opens its store and
    loads its model; the callable it gives turns it back on (call it once a page is read), and
    the command's end turns it on in any case.

    Start-up allocates hundreds of thousands of objects that live as long as the process:
    the ~170 collections they set off freed about a thousand objects and cost 0.05 s CPU of a
    one-page ingest. Collection comes back with them frozen, so no later collection walks
    them again (nor does the first one walk all that start-up made); the command's end
    unfreezes them for a caller that goes on (a test's process)."""
    if not gc.isenabled():  # the caller's choice, kept
        yield lambda: None
        return
    gc.disable()
    frozen = False

    def resume() -> None:
        nonlocal frozen
        if not frozen:
            frozen = True
            gc.freeze()
            gc.enable()

    try:
        yield resume
    finally:
        if frozen:
            gc.unfreeze()
        gc.enable()


def open_store(db: str | Path | None) -> Store:
    """The store, or a one-line error naming what is wrong with ``--db``; open it as
    ``with open_store(db) as store:`` so its connections close when the command ends, on an
    error or Ctrl-C too, not when the collector happens to find them."""
    from reception.store import Store

    try:
        return Store.open(db)
    except Exception as error:  # any driver's error: the user needs its message, not a trace
        fail(f"cannot open the store {db or './reception.db'}: {type(error).__name__}: {error}")


def progress_bar(name: str) -> Progress:
    """A bar with count, rate and time left (total unknown for crawls: count and rate); its
    tasks carry a ``rate`` field, which :func:`advance` keeps up to date."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn(f"[bold]{name}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    )


def advance(
    progress: Progress, task: TaskID, unit: str, by: float = 1, description: str = ""
) -> None:
    """Move a :func:`progress_bar` task on and show its rate in ``unit`` per second."""
    progress.update(task, advance=by, description=description)
    speed = progress.tasks[task].speed
    progress.update(task, rate=f"{speed:,.1f} {unit}/s" if speed else "")


def _count_pages(sources: list[str], options: SourceOptions) -> int | None:
    """How many pages local files hold (known up front); None when a source is a crawl."""
    from reception.ingest.files import iter_page_files
    from reception.ingest.sources import Reader

    reader = Reader(options)
    if any(reader.kind_of(source) != "files" for source in sources):
        return None
    return sum(1 for _ in iter_page_files(sources))


ON_DISK = ("files", "warc")
"""Source kinds Dask workers read from a file system; URLs and sitemaps' pages they fetch."""
CRAWLED = ("url", "sitemap")


def _split_for_dask(sources: list[str], reader: Reader) -> tuple[list[str], list[str]]:
    """The sources Dask workers read from disk, and those whose pages they fetch; a one-line
    error for what runs in-process only (feeds and WordPress exports, a URL's told by what
    its server sends)."""
    kinds = {source: reader.fetched_kind(source) for source in sources}
    unsupported = [source for source, kind in kinds.items() if kind not in ON_DISK + CRAWLED]
    if unsupported:
        fail(
            "--dask reads files, folders, WARC archives, URLs, URL lists and sitemaps; "
            f"feeds and WordPress exports run in-process ({unsupported[0]})"
        )
    on_disk = [source for source in sources if kinds[source] in ON_DISK]
    return on_disk, [source for source in sources if kinds[source] in CRAWLED]


def _check_sources(sources: list[str], url_lists: list[Path]) -> None:
    from reception.ingest.sources import is_url

    for source in sources:
        if not is_url(source) and not Path(source).exists():
            fail(f"no such file or folder: {source}")
    for url_list in url_lists:
        if not url_list.is_file():
            fail(f"no such URL list: {url_list}")


@app.command()
def ingest(
    paths: SourcesArgument = None,
    db: DbOption = None,
    urls: Annotated[
        list[Path] | None,
        typer.Option("--urls", help="A file of URLs to fetch, one a line (# comments)."),
    ] = None,
    source_kind: Annotated[
        str | None,
        typer.Option(
            "--from", help="Force the source kind: files, url, sitemap, feed, warc or wxr."
        ),
    ] = None,
    match: Annotated[
        str | None, typer.Option(help="Sitemaps: keep only URLs this regular expression finds.")
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Sitemaps: only URLs modified on or after."),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(help="Fetch loopback, private and link-local addresses (refused by default)."),
    ] = False,
    ignore_robots: Annotated[
        bool, typer.Option(help="Ignore robots.txt (only for a site that is yours).")
    ] = False,
    delay: Annotated[
        float, typer.Option(min=0, help="Seconds between requests to one host.")
    ] = 1.0,
    per_host: Annotated[int, typer.Option(min=1, help="Requests at once to one host.")] = 2,
    fetch_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds one fetch may take, all of it.")
    ] = 30.0,
    batch_size: Annotated[int, typer.Option(min=1, help="Reviews per transaction.")] = 100,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Run the pipeline on Dask: a scheduler address, or 'local' for a local cluster."
        ),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Workers of a local Dask cluster.")] = 2,
    page_timeout: PageTimeoutOption = None,
    keep_all: Annotated[
        bool,
        typer.Option(
            help="Store pages the review detector refuses too (kept with its check), "
            "instead of skipping them as not-a-review."
        ),
    ] = False,
) -> None:
    """Read review pages into the store (idempotent: re-ingesting updates, never duplicates)."""
    with collections_off_until_first_page() as first_page_read:
        import re

        from reception.ingest.batch import ingest_items
        from reception.ingest.fetch_options import FetchOptions
        from reception.ingest.sources import KINDS, Reader, SourceOptions, read_sources

        sources = [str(path) for path in paths or []]
        url_lists = list(urls or [])
        if not sources and not url_lists:
            fail("nothing to read: name files, folders or URLs, or give --urls FILE")
        if source_kind is not None and source_kind not in KINDS:
            fail(f"unknown source kind {source_kind!r}; choose one of {', '.join(KINDS)}")
        try:
            pattern = re.compile(match) if match else None
        except re.error as error:
            fail(f"--match is not a regular expression: {error}")
        _check_sources(sources, url_lists)
        options = SourceOptions(
            kind=source_kind,
            fetch=FetchOptions(
                allow_private=allow_private,
                obey_robots=not ignore_robots,
                per_host=per_host,
                delay_s=delay,
                timeout_s=fetch_timeout,
            ),
            match=pattern,
            since=since.date() if since else None,
        )
        total = _count_pages(sources, options) if not url_lists else None
        reader = Reader(options)
        on_disk, crawled = _split_for_dask(sources, reader) if dask is not None else (sources, [])
        with open_store(db) as store, progress_bar("ingest") as progress:
            task = progress.add_task("", total=total, rate="")

            def on_page(uri: str) -> None:
                first_page_read()
                advance(progress, task, "pages", description=uri.rsplit("/", 1)[-1][:40])

            if dask is None:
                summary = ingest_items(
                    store,
                    read_sources(sources, options, store, url_lists),
                    batch_size=batch_size,
                    on_page=on_page,
                    page_timeout=page_budget(page_timeout),
                    keep_all=keep_all,
                )
            else:
                from reception.scale import ingest_on_dask

                try:
                    summary = ingest_on_dask(
                        store,
                        on_disk,
                        dask,
                        urls=reader.page_urls(crawled, url_lists),
                        fetch=options.fetch,
                        workers=workers,
                        on_page=on_page,
                        page_timeout=page_budget(page_timeout),
                        keep_all=keep_all,
                        connect_timeout_s=5.0,
                    )
                except OSError as error:
                    fail(f"cannot reach the Dask scheduler {dask}: {error}")
        table = Table(title=f"ingest into {store.display_url()}")
        for outcome in ("new", "updated", "unchanged", "failed"):
            table.add_column(outcome, justify="right")
        table.add_row(*(str(summary.counts[o]) for o in ("new", "updated", "unchanged", "failed")))
        console.print(table)
        for failure in summary.failures:
            report_failure(failure)
        kinds = Counter(failure.kind for failure in summary.failures)
        if kinds:
            console.print(
                "failed by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
            )
        read = sum(summary.counts[o] for o in ("new", "updated", "unchanged"))
        if read == 0:
            fail("nothing could be read", code=1)


@app.command()
def extract(
    paths: PathsArgument,
    jsonl: Annotated[
        bool, typer.Option("--jsonl/--json", help="One record per line, or indented JSON.")
    ] = True,
    page_timeout: PageTimeoutOption = None,
) -> None:
    """Read pages and print their review records, without storing anything."""
    from reception.export import export_record
    from reception.ingest.batch import result_uri, review_pages, reviewer, with_templates
    from reception.ingest.files import iter_page_files, iter_pages
    from reception.store.rows import review_columns

    total = sum(1 for _ in iter_page_files(paths))
    with reviewer(page_budget(page_timeout)) as review_one, progress_bar("extract") as progress:
        task = progress.add_task("", total=total, rate="")
        for review in review_pages(with_templates(iter_pages(paths), None), review=review_one):
            advance(progress, task, "pages", description=result_uri(review).rsplit("/", 1)[-1][:40])
            if isinstance(review, Failure | Unchanged):
                if isinstance(review, Failure):
                    report_failure(review)
                continue
            row = review_columns(review)
            row.update(
                critic_name=review.article.critic, publication_name=review.article.publication
            )
            record = export_record(row)
            typer.echo(json.dumps(record, ensure_ascii=False, indent=None if jsonl else 2))


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl, csv, parquet, jsonld or wxr.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")
    ] = None,
    film: Annotated[str | None, typer.Option(help="Only this film id.")] = None,
    critic: Annotated[str | None, typer.Option(help="Only this critic id.")] = None,
    publication: Annotated[str | None, typer.Option(help="Only this publication id.")] = None,
    since: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Published on or after.")
    ] = None,
    until: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Published on or before.")
    ] = None,
) -> None:
    """Write stored reviews as export records, optionally filtered."""
    from reception.export import export_record
    from reception.export.formats import FORMATS, WRITERS

    if format not in FORMATS:
        raise typer.BadParameter(
            f"unknown format {format!r}; choose one of {', '.join(FORMATS)}",
            param_hint="--format",
        )
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet needs a file: give -o FILE", param_hint="--output")
    with open_store(db) as store:
        rows = store.iter_review_rows(
            film_id=film,
            critic_id=critic,
            publication_id=publication,
            since=since.date() if since else None,
            until=until.date() if until else None,
        )
        records = (export_record(row) for row in rows)
        if output is None:
            count = WRITERS[format](records, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with output.open("wb") as handle:
                count = WRITERS[format](records, handle)
    console.print(f"exported {count} reviews as {format}")


@app.command()
def stats(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Counts of reviews, films, critics and publications in the store."""
    with open_store(db) as store:
        counts, title = store.stats(), store.display_url()
    if as_json:
        typer.echo(json.dumps(counts))
        return
    table = Table(title=title)
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, value in counts.items():
        table.add_row(name, str(value))
    Console().print(table)


@app.command()
def relink(db: DbOption = None) -> None:
    """Recompute every review's film from scratch and refresh every film's aggregate."""
    with open_store(db) as store:
        console.print(f"relinked into {relink_with_progress(store)} films")


def relink_with_progress(store: Store) -> int:
    """Relink the store under a bar: linking first, then films' aggregates with rate and ETA."""
    with progress_bar("relink") as progress:
        task = progress.add_task("linking reviews", total=None, rate="")

        def on_films(done: int, total: int) -> None:
            progress.update(task, total=total)
            advance(progress, task, "films", by=done - progress.tasks[task].completed)

        return store.relink(on_films)


catalog_app = typer.Typer(help="Film catalogs that linking can attach films to.")
app.add_typer(catalog_app, name="catalog")


@catalog_app.command("import")
def catalog_import(
    source: Annotated[str, typer.Argument(help="Catalog kind: imdb.")],
    folder: Annotated[Path, typer.Argument(help="Folder with IMDb's .tsv.gz files.")],
    db: DbOption = None,
    relink_after: Annotated[
        bool, typer.Option("--relink/--no-relink", help="Relink stored reviews afterwards.")
    ] = True,
) -> None:
    """Import IMDb's non-commercial TSV files (streamed; replaces the stored catalog)."""
    if source != "imdb":
        raise typer.BadParameter(f"unknown catalog {source!r}; choose imdb", param_hint="SOURCE")
    from reception.store.catalog import FILES, OPTIONAL_FILES, import_imdb

    stored = [folder / name for name in FILES + OPTIONAL_FILES if (folder / name).exists()]
    with open_store(db) as store:
        with progress_bar("catalog") as progress:
            total = sum(p.stat().st_size for p in stored) / 1e6
            task = progress.add_task("", total=total, rate="")
            lines = 0

            def on_batch(name: str, count: int, size: int) -> None:
                nonlocal lines
                lines += count
                advance(progress, task, "MB", by=size / 1e6, description=f"{name} {lines:,} lines")

            counts = import_imdb(folder, store.engine, on_batch)
        console.print(
            f"imported {counts.titles:,} titles, {counts.keys:,} title spellings, "
            f"{counts.people:,} credits, {counts.names:,} people, {counts.votes:,} vote counts"
        )
        if relink_after:
            console.print(f"relinked into {relink_with_progress(store)} films")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes (one per core).")] = 1,
) -> None:
    """Serve the web site and the JSON API (OpenAPI at /docs)."""
    import os

    import uvicorn

    from reception.store import resolve_url
    from reception.web import create_app

    with open_store(db) as store:  # made or migrated here, once, before any worker opens it
        console.print(f"reception serving {store.display_url()} at http://{host}:{port}/")
        if workers == 1:
            uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
            return
    os.environ["RECEPTION_DB"] = resolve_url(db)
    uvicorn.run(
        "reception.web.app:create_app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Where to build the demo store.")] = "demo.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    serve_site: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the site once built.")
    ] = True,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite --db even if demo did not make it.")
    ] = False,
) -> None:
    """Build a fresh store from the bundled demo corpus, then serve it.

    An earlier demo store at --db is rebuilt; any other file there is left alone (the
    command refuses) unless --force."""
    target = Path(db)
    files = [Path(f"{target}{suffix}") for suffix in ("", "-wal", "-shm")]
    if any(path.exists() for path in files) and not (force or _is_demo_store(target)):
        console.print(
            f"[red]{escape(str(target))} exists and is not a demo store; "
            "choose another --db, or --force to overwrite it[/red]"
        )
        raise typer.Exit(1)
    for path in files:
        path.unlink(missing_ok=True)
    ingest([str(DEMO_CORPUS)], db=str(target), batch_size=100)
    _mark_demo_store(target)
    if serve_site:
        serve(db=str(target), host=host, port=port)


_DEMO_MARK = "demo_corpus"
"""A ``store_meta`` key: the store was built by ``reception demo``, which may rebuild it."""


def _mark_demo_store(target: Path) -> None:
    from reception.store.schema import store_meta

    with open_store(target) as store:
        store.write(lambda conn: conn.execute(store_meta.insert().values(key=_DEMO_MARK, value=1)))


def _is_demo_store(target: Path) -> bool:
    """Whether ``target`` is a SQLite store that ``reception demo`` built (read-only look)."""
    import sqlite3

    if not target.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            found = conn.execute("SELECT 1 FROM store_meta WHERE key = ?", (_DEMO_MARK,)).fetchone()
    except sqlite3.Error:  # not SQLite, or no store_meta: not ours
        return False
    return found is not None


def _input_lines(source: str) -> Iterator[str]:
    if source == "-":
        yield from sys.stdin
    else:
        with Path(source).open(encoding="utf-8") as handle:
            yield from handle


@app.command()
def verdict(
    source: Annotated[str, typer.Argument(help="JSON lines with a 'text' field, or '-'.")] = "-",
    lines: Annotated[
        bool, typer.Option("--lines", help="Plain text input, one review per line.")
    ] = False,
) -> None:
    """Judge any review text: score, label, fresh, confidence, pull quote, evidence."""
    from reception.verdict import cli_verdict

    for record in cli_verdict(_input_lines(source), plain_lines=lines):
        typer.echo(json.dumps(record, ensure_ascii=False))


@app.command()
def train(
    data: Annotated[Path, typer.Option(help="The shared training data folder.")] = Path(
        "../shared/data"
    ),
    out: Annotated[
        Path | None,
        typer.Option(
            help="Where to write the model (default: a reception folder in your user data "
            "folder; the shipped model is replaced only when named here)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 13,
) -> None:
    """Rebuild the verdict model from the shared research datasets."""
    from reception.verdict.train import TRAINING_STEPS, train_model

    if not data.is_dir():
        fail(f"no such data folder: {data}")
    target = out if out is not None else user_model_dir()
    console.print(f"training into {target}")
    with progress_bar("train") as progress:
        task = progress.add_task("", total=len(TRAINING_STEPS), rate="")
        begun: list[str] = []

        def on_step(name: str) -> None:
            if begun:  # the step before this one is done
                advance(progress, task, "steps", description=name)
            else:
                progress.update(task, description=name)
            begun.append(name)

        report = train_model(data, target, seed=seed, on_step=on_step)
        advance(progress, task, "steps", description="done")  # the last step is done too
    console.print(report)


def user_model_dir() -> Path:
    """Where a trained model goes unless ``--out`` says otherwise: never the shipped one."""
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reception" / "verdict-model"


def run() -> None:
    """The ``reception`` console command: the app, then an exit that skips the collector.

    The interpreter's teardown runs full collections over every object still alive (modules,
    models, caches: hundreds of thousands), only to free what the process's end frees anyway:
    0.1 s CPU of a one-page ingest. Everything is frozen instead, so teardown's collections
    pass it by. Nothing waits on a collection to be released: commands close their stores
    (SQLite folds its write-ahead log back then), files and child processes themselves."""
    try:
        app()
    finally:
        gc.freeze()


if __name__ == "__main__":
    run()
