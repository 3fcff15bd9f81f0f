"""The names ``reception`` offers library users, and what importing it costs."""

from __future__ import annotations

import subprocess
import sys

import reception
from reception.pipeline import review_page
from reception.store import Store


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
