"""The names ``reception`` offers library users, and what importing it costs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import reception
from reception.pipeline import review_page
from reception.store import Store
from reception.store.schema import SCHEMA_REVISION


def test_every_public_name_resolves_to_its_stage() -> None:
    assert set(reception.__all__) == set(reception._HOMES)
    for name in reception.__all__:
        assert getattr(reception, name) is not None
    assert reception.review_page is review_page
    assert reception.Store is Store
    assert "judge" in dir(reception)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        reception.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("an unknown name resolved")


def test_importing_reception_loads_no_stage() -> None:
    probe = "import sys, reception; print(sorted(m for m in sys.modules if m.startswith(('reception.', 'sqlalchemy', 'lxml', 'sklearn'))))"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_opening_or_creating_a_store_loads_neither_alembic_nor_the_catalog_importer(
    tmp_path: Path,
) -> None:
    Store.open(tmp_path / "r.db").close()  # created once
    probe = (
        "import sys; from reception.store import Store; "
        f"Store.open({str(tmp_path / 'r.db')!r}).stats(); "
        f"Store.open({str(tmp_path / 'new.db')!r}).stats(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'pyarrow', 'numpy'}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_the_schema_revision_a_store_opens_at_is_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "reception.store:migrations")
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION
