"""What a save or a relink sets moving after the rows are written: critic and publication
identity, film linking, critics' habits, and each touched film's aggregate and merged facts.

Every step reads stored rows into records (``LinkInput``, ``FilmFacts``, ``ReviewSummary``),
hands them to the pure stages (link, aggregate), and writes back what they return; the
functions take the open transaction's connection, so a batch's refresh commits with it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, func, select

from reception.aggregate import CriticHabits, ReviewSummary, calibrated_score, film_reception
from reception.link import FilmCluster, LinkInput, link_films
from reception.names import (
    clean_person_name,
    domain_of,
    people_keys,
    publication_key,
    slug,
    title_key,
)
from reception.records import Evidence, FilmFacts, Label, Review, to_jsonable
from reception.store.catalog_lookups import resolve_all
from reception.store.queries import chunked, with_names
from reception.store.rows import film_facts
from reception.store.schema import (
    critic_habits,
    critics,
    film_titles,
    films,
    publications,
    reviews,
)

# Run once per saved review, built once: SQLAlchemy then reuses their compiled form.
_CRITIC_BY_ID = select(critics.c.critic_id).where(critics.c.critic_id == bindparam("b_id"))
_PUBLICATION_BY_KEY = select(publications.c.publication_id, publications.c.domain).where(
    publications.c.name_key == bindparam("b_key")
)

# -- critic and publication identity ---------------------------------------------------------


def critic_id_for(conn: Connection, name: str | None) -> str | None:
    """The critic called ``name`` ('By JANE DOE, Film Critic' is Jane Doe), made on first sight."""
    display = clean_person_name(name) if name else ""
    if not display:
        return None
    critic_id = slug(display)
    if conn.execute(_CRITIC_BY_ID, {"b_id": critic_id}).first():
        return critic_id
    conn.execute(critics.insert(), {"critic_id": critic_id, "name": display})
    return critic_id


def publication_id_for(conn: Connection, review: Review) -> str | None:
    """The publication: its stated name, else the schema.org publisher, else the domain.

    Names and domains meet on one key, so 'The Marquee Ledger' and marqueeledger.com are
    one publication whichever a page gives.
    """
    article = review.article
    domain = domain_of(article.canonical_url) or domain_of(review.page_uri)
    publisher = article.structured.publisher if article.structured else None
    name = " ".join((article.publication or publisher or domain or "").split())
    if not name:
        return None
    key = publication_key(name)
    found = conn.execute(_PUBLICATION_BY_KEY, {"b_key": key}).first()
    if found is not None:
        if domain and not found.domain:
            conn.execute(
                publications.update()
                .where(publications.c.publication_id == found.publication_id)
                .values(domain=domain)
            )
        return str(found.publication_id)
    publication_id, suffix = slug(name), 2
    taken = publications.c.publication_id
    while conn.execute(select(taken).where(taken == publication_id)).first():
        publication_id, suffix = f"{slug(name)}-{suffix}", suffix + 1
    conn.execute(
        publications.insert().values(
            publication_id=publication_id, name=name, domain=domain, name_key=key
        )
    )
    return publication_id


# -- after a save, a whole relink ------------------------------------------------------------


def refresh_saved(conn: Connection, row_ids: set[int], old_films: set[str]) -> None:
    """Link the saved reviews, move their critics' habits, refresh every film touched."""
    touched = _relink_block(conn, row_ids, old_films)
    refresh_films(conn, touched | _recalibrate(conn, row_ids))


def link_all(conn: Connection) -> tuple[list[LinkInput], list[FilmCluster]]:
    """Every stored review as linking reads it, and the films linking makes of them all."""
    inputs = _link_inputs(conn, None)
    return inputs, link_films(inputs)


def replace_films(
    conn: Connection, inputs: Sequence[LinkInput], clusters: Sequence[FilmCluster]
) -> None:
    """Put a whole linking in place of the stored films, and every critic's habits in
    place of the stored ones; the films' aggregates are left to :func:`refresh_films`."""
    conn.execute(reviews.update().values(film_id=None))
    conn.execute(film_titles.delete())
    conn.execute(films.delete())
    _write_films(conn, clusters, inputs)
    conn.execute(critic_habits.delete())
    critic_ids = conn.execute(select(critics.c.critic_id)).scalars().all()
    _apply_habits(conn, _live_habits(conn, critic_ids).values())


# -- linking films ---------------------------------------------------------------------------


def _link_input(row: RowMapping) -> LinkInput:
    """A stored review's facts as linking reads them."""
    facts = film_facts(row["facts"])
    published = row["date_published"]
    return LinkInput(
        review_id=row["review_id"],
        title=facts.title,
        original_title=facts.original_title,
        year=facts.year,
        directors=facts.directors,
        cast=tuple(member.actor for member in facts.cast),
        published_year=published.year if published else None,
        tconst=row["imdb_id"],
        home_video=bool(row["home_video"]),
    )


def _link_inputs(conn: Connection, row_ids: Collection[int] | None) -> list[LinkInput]:
    """What linking reads from the given review rows (all when None), catalog resolved."""
    columns = (
        reviews.c.review_id,
        reviews.c.facts,
        reviews.c.date_published,
        reviews.c.imdb_id,
        reviews.c.home_video,
    )
    rows: list[RowMapping] = []
    if row_ids is None:
        rows = list(conn.execute(select(*columns).order_by(reviews.c.id)).mappings())
    else:
        for chunk in chunked(sorted(row_ids)):
            statement = select(*columns).where(reviews.c.id.in_(chunk))
            rows.extend(conn.execute(statement).mappings())
    return resolve_all(conn, [_link_input(row) for row in rows])


def _block_films(
    conn: Connection, keys: set[str], films_seen: set[str]
) -> tuple[set[str], set[str]]:
    """Films reachable from ``keys`` through shared title and people keys (all the reviews
    that could be linked differently once the new reviews are in), and their keys."""
    found = set(films_seen)
    frontier_keys, seen_keys = set(keys), set(keys)
    frontier_films = set(films_seen)
    while frontier_keys or frontier_films:
        new_films: set[str] = set()
        for chunk in chunked(sorted(frontier_keys)):
            statement = select(film_titles.c.film_id).where(film_titles.c.title_key.in_(chunk))
            new_films.update(conn.execute(statement).scalars())
        new_films = (new_films - found) | frontier_films
        found |= new_films
        frontier_films = set()
        frontier_keys = set()
        for chunk in chunked(sorted(new_films)):
            statement = select(film_titles.c.title_key).where(film_titles.c.film_id.in_(chunk))
            frontier_keys.update(conn.execute(statement).scalars())
        frontier_keys -= seen_keys
        seen_keys |= frontier_keys
    return found, seen_keys


def _unlinked_rows(conn: Connection, keys: set[str], exclude: set[int]) -> set[int]:
    """Reviews left without a film (no title, and no single film of their directors and
    year yet) whose people keys meet ``keys``: a new review may settle them."""
    ends = {int(key.rsplit(":", 1)[1]) for key in keys if key.startswith("@")}
    years = sorted(ends | {year - 1 for year in ends})  # a year's keys: it and the next
    if not years:
        return set()
    statement = select(reviews.c.id, reviews.c.facts).where(
        reviews.c.film_id.is_(None), reviews.c.film_year.in_(years)
    )
    found = set()
    for row_id, stored in conn.execute(statement):
        facts = film_facts(stored)
        if row_id not in exclude and people_keys(facts.directors, facts.year) & keys:
            found.add(row_id)
    return found


def _relink_block(conn: Connection, row_ids: set[int], old_films: set[str]) -> set[str]:
    """Re-link the new reviews with every stored review they could share a film with.

    Returns the films to refresh: the block's films before and after.
    """
    fresh = _link_inputs(conn, row_ids)
    keys = {key for item in fresh for key in item.block_keys}
    block_films, block_keys = _block_films(conn, keys, old_films)
    while strays := _unlinked_rows(conn, block_keys, row_ids):
        row_ids = row_ids | strays
        fresh += _link_inputs(conn, strays)
        keys = {key for item in fresh for key in item.block_keys}
        block_films, block_keys = _block_films(conn, keys, block_films)
    block_rows = set(row_ids)
    for chunk in chunked(sorted(block_films)):
        statement = select(reviews.c.id).where(reviews.c.film_id.in_(chunk))
        block_rows.update(conn.execute(statement).scalars())
    others = _link_inputs(conn, block_rows - row_ids) if block_rows - row_ids else []
    inputs = [*fresh, *others]
    clusters = link_films(inputs)
    for chunk in chunked(sorted(block_rows)):
        conn.execute(reviews.update().where(reviews.c.id.in_(chunk)).values(film_id=None))
    for chunk in chunked(sorted(block_films)):
        conn.execute(film_titles.delete().where(film_titles.c.film_id.in_(chunk)))
        conn.execute(films.delete().where(films.c.film_id.in_(chunk)))
    _write_films(conn, clusters, inputs)
    return {cluster.film.film_id for cluster in clusters}


def _catalog_facts(cluster: FilmCluster) -> dict[str, Any]:
    """What the catalog says about a film, kept beside the facts merged from its reviews."""
    title = cluster.catalog
    assert title is not None
    return {
        "tconst": title.tconst,
        "title": title.title,
        "original_title": title.original_title,
        "year": title.year,
        "title_type": title.title_type,
        "directors": list(title.directors),
        "principals": list(title.principals),
    }


def _write_films(
    conn: Connection, clusters: Sequence[FilmCluster], inputs: Sequence[LinkInput]
) -> None:
    """Insert the films, their title keys, and point their reviews at them."""
    if not clusters:
        return
    conn.execute(
        films.insert(),
        [
            {
                "film_id": c.film.film_id,
                "title": c.film.title,
                "title_key": title_key(c.film.title),
                "year": c.film.year,
                "directors": list(c.film.directors),
                "tconst": c.film.tconst,
                "facts": {"catalog": _catalog_facts(c)} if c.catalog else {},
                "aggregate": {},
                "review_count": len(c.review_ids),
            }
            for c in clusters
        ],
    )
    title_rows = [
        {"film_id": c.film.film_id, "title_key": key, "title": title, "weak": False}
        for c in clusters
        for key, title in c.titles.items()
    ]
    title_rows += [
        {"film_id": c.film.film_id, "title_key": key, "title": None, "weak": True}
        for c in clusters
        for key in sorted((c.weak_keys | c.people_keys) - set(c.titles))
    ]
    conn.execute(film_titles.insert(), title_rows)
    # A review's film year becomes its film's (pooled from every review, or the catalog's),
    # so lists and the search's year filter agree with the film page; the year the page
    # itself states stays in the review's facts.
    assign = (
        reviews.update()
        .where(reviews.c.review_id == bindparam("b_review_id"))
        .values(film_id=bindparam("b_film_id"), film_year=bindparam("b_year"))
    )
    stated = {item.review_id: item.year for item in inputs}
    conn.execute(
        assign,
        [
            {
                "b_review_id": review_id,
                "b_film_id": c.film.film_id,
                "b_year": c.film.year or stated.get(review_id),
            }
            for c in clusters
            for review_id in c.review_ids
        ],
    )


# -- critics' habits -------------------------------------------------------------------------


def _recalibrate(conn: Connection, row_ids: set[int]) -> set[str]:
    """Films whose calibrated average must move because a saved review shifted its
    critic's habits past ``HABITS_DRIFT`` (or gave the critic enough reviews to have any)."""
    critic_ids: set[str] = set()
    for chunk in chunked(sorted(row_ids)):
        statement = select(reviews.c.critic_id).where(
            reviews.c.id.in_(chunk), reviews.c.critic_id.is_not(None)
        )
        critic_ids.update(conn.execute(statement).scalars())
    applied = _critic_habits(conn, critic_ids)
    moved = [
        (critic_id, habits)
        for critic_id, habits in sorted(_live_habits(conn, critic_ids).items())
        if habits.drifted_from(applied.get(critic_id))
    ]
    if not moved:
        return set()
    moved_ids = [critic_id for critic_id, _ in moved]
    for chunk in chunked(moved_ids):
        conn.execute(critic_habits.delete().where(critic_habits.c.critic_id.in_(chunk)))
    _apply_habits(conn, [habits for _, habits in moved])
    found: set[str] = set()
    for chunk in chunked(moved_ids):
        statement = select(reviews.c.film_id).where(
            reviews.c.critic_id.in_(chunk), reviews.c.film_id.is_not(None)
        )
        found.update(conn.execute(statement).scalars())
    return found


def _apply_habits(conn: Connection, habits: Iterable[CriticHabits]) -> None:
    rows = [
        {
            "critic_id": h.critic_id,
            "review_count": h.review_count,
            "mean": h.mean,
            "spread": h.spread,
        }
        for h in habits
        if h.usable
    ]
    if rows:
        conn.execute(critic_habits.insert(), rows)


def _live_habits(conn: Connection, critic_ids: Collection[str]) -> dict[str, CriticHabits]:
    """Each critic's habits from all of their reviews now."""
    habits: dict[str, CriticHabits] = {}
    score = reviews.c.verdict_score
    for chunk in chunked(sorted(critic_ids)):
        statement = (
            select(reviews.c.critic_id, func.count(), func.sum(score), func.sum(score * score))
            .where(reviews.c.critic_id.in_(chunk))
            .group_by(reviews.c.critic_id)
        )
        for critic_id, count, total, squares in conn.execute(statement):
            habits[critic_id] = CriticHabits.from_sums(
                critic_id, int(count), float(total), float(squares)
            )
    return habits


def _critic_habits(conn: Connection, critic_ids: Collection[str]) -> dict[str, CriticHabits]:
    """The habits the critics' calibrated scores are computed with (see ``critic_habits``)."""
    habits: dict[str, CriticHabits] = {}
    for chunk in chunked(sorted(critic_ids)):
        statement = select(critic_habits).where(critic_habits.c.critic_id.in_(chunk))
        for row in conn.execute(statement).mappings():
            habits[row["critic_id"]] = CriticHabits(
                row["critic_id"], row["review_count"], row["mean"], row["spread"]
            )
    return habits


# -- film aggregates and merged facts --------------------------------------------------------


def _summary(row: RowMapping, habits: Mapping[str, CriticHabits]) -> ReviewSummary:
    """A stored review as the aggregate reads it, its score also on its critic's habits."""
    score = float(row["verdict_score"])
    return ReviewSummary(
        review_id=row["review_id"],
        score=score,
        label=Label(row["verdict_label"]),
        from_grade=bool(row["from_grade"]),
        calibrated=calibrated_score(score, habits.get(row["critic_id"] or "")),
        critic=row["critic_name"],
        publication=row["publication_name"],
        pull_quote=row["pull_quote"],
        evidence=tuple(
            Evidence(item["sentence"], float(item["weight"])) for item in row["evidence"] or ()
        ),
        confidence=float(row["verdict_confidence"]),
    )


def refresh_films(conn: Connection, film_ids: Collection[str]) -> None:
    """Recompute the films' aggregates and merged facts from all of their reviews."""
    for chunk in chunked(sorted(film_ids)):
        rows = (
            conn.execute(
                with_names(
                    reviews.c.film_id,
                    reviews.c.review_id,
                    reviews.c.critic_id,
                    reviews.c.verdict_score,
                    reviews.c.verdict_label,
                    reviews.c.verdict_confidence,
                    reviews.c.from_grade,
                    reviews.c.pull_quote,
                    reviews.c.evidence,
                    reviews.c.facts,
                ).where(reviews.c.film_id.in_(chunk))
            )
            .mappings()
            .all()
        )
        habits = _critic_habits(conn, {r["critic_id"] for r in rows if r["critic_id"]})
        catalog = {
            film_id: facts["catalog"]
            for film_id, facts in conn.execute(
                select(films.c.film_id, films.c.facts).where(films.c.film_id.in_(chunk))
            )
            if facts and facts.get("catalog")
        }
        by_film: dict[str, list[RowMapping]] = {film_id: [] for film_id in chunk}
        for row in rows:
            by_film[row["film_id"]].append(row)
        updates = []
        for film_id, film_rows in by_film.items():
            reception = film_reception([_summary(r, habits) for r in film_rows])
            updates.append(
                {
                    "b_film_id": film_id,
                    "review_count": reception.review_count,
                    "score": reception.score,
                    "aggregate": to_jsonable(reception),
                    "facts": merge_facts([film_facts(r["facts"]) for r in film_rows])
                    | ({"catalog": catalog[film_id]} if film_id in catalog else {}),
                }
            )
        conn.execute(films.update().where(films.c.film_id == bindparam("b_film_id")), updates)


_VOTED_FIELDS = ("title", "year", "original_title", "distributor", "mpaa_rating", "runtime_minutes")


def merge_facts(per_review: Sequence[FilmFacts]) -> dict[str, Any]:
    """One facts record for a film (as stored): for each field, the value stated by the most
    reviews; people and release dates pooled from all of them."""
    merged: dict[str, Any] = {}
    for name in _VOTED_FIELDS:
        votes: dict[str, tuple[int, Any]] = {}
        for facts in per_review:
            value = getattr(facts, name)
            if value in (None, ""):
                continue
            key = repr(value)
            votes[key] = (votes.get(key, (0, value))[0] + 1, value)
        if votes:
            merged[name] = max(votes.values(), key=lambda vote: vote[0])[1]
    merged["directors"] = _pooled_names(facts.directors for facts in per_review)
    merged["writers"] = _pooled_names(facts.writers for facts in per_review)
    cast: dict[str, dict[str, Any]] = {}
    for facts in per_review:
        for member in facts.cast:
            entry = cast.setdefault(member.actor.casefold(), to_jsonable(member))
            if not entry.get("character") and member.character:
                entry["character"] = member.character
    merged["cast"] = list(cast.values())
    releases = {(r.date.isoformat(), r.kind) for facts in per_review for r in facts.release_dates}
    merged["release_dates"] = sorted(releases)
    return merged


def _pooled_names(lists: Iterable[Iterable[str]]) -> list[str]:
    """Each person once, as first spelled, whatever the case of later spellings."""
    seen: dict[str, str] = {}
    for names in lists:
        for person in names:
            seen.setdefault(person.casefold(), person)
    return list(seen.values())
