"""extruct's readers of schema.org data in markup, in their own module so that it is imported
only on the first page that needs one: a JSON-LD block that is not plain JSON, microdata or
RDFa. RDFa's reader (rdflib, pyRdfa) loads only on the first page with RDFa.

The readers are imported without running extruct's package ``__init__``, which loads every
syntax extruct knows (microformats through mf2py and BeautifulSoup, Dublin Core, Open
Graph): 0.2-0.3 s of CPU for readers reception never calls.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import cache
from types import ModuleType
from typing import Any

from lxml import html as lxml_html

__all__ = ["JSONLD", "MICRODATA", "rdfa_reader"]


def _reader_modules(*names: str) -> list[ModuleType]:
    """``extruct.<name>`` for each name, imported under one bare stand-in for the ``extruct``
    package; the stand-in and the modules loaded under it are then withdrawn from
    ``sys.modules``, so a later ``import extruct`` elsewhere in the process gets the whole
    package as usual."""
    if "extruct" in sys.modules:
        return [importlib.import_module(f"extruct.{name}") for name in names]
    spec = importlib.util.find_spec("extruct")
    if spec is None:
        raise ModuleNotFoundError("extruct")
    sys.modules["extruct"] = importlib.util.module_from_spec(spec)  # not executed
    try:
        return [importlib.import_module(f"extruct.{name}") for name in names]
    finally:
        for loaded in [key for key in sys.modules if key.partition(".")[0] == "extruct"]:
            del sys.modules[loaded]


_microdata, _jsonld = _reader_modules("w3cmicrodata", "jsonld")
_LeanBase: Any = _microdata.MicrodataExtractor


class _LeanMicrodata(_LeanBase):  # type: ignore[misc]  # extruct is untyped
    """extruct's microdata reader, reading a property's text straight from the tree.

    extruct copies and sanitizes every property element before taking its text; our tree
    is already parsed and the value is only a name, a date or a number, so the copy is
    the bulk of the cost and buys nothing here.
    """

    def _extract_textContent(self, node: lxml_html.HtmlElement) -> str:
        return " ".join(node.text_content().split())


JSONLD: Any = _jsonld.JsonLdExtractor()
MICRODATA = _LeanMicrodata()


@cache
def rdfa_reader() -> tuple[Any, Any]:
    """extruct's RDFa reader and the XML DOM parser it reads, loaded on the first RDFa page."""
    (rdfa,) = _reader_modules("rdfa")  # it imports the DOM parser it reads from extruct.utils
    return rdfa.RDFaExtractor(), rdfa.parse_xmldom_html
