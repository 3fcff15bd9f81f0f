"""extruct's readers of schema.org data in markup, in their own module so that it is imported
only on the first page that needs one: a JSON-LD block that is not plain JSON, microdata or
RDFa. Importing extruct loads every reader it has (microformats and RDFa with their
libraries), about 0.3 s of CPU that a page with plain JSON-LD, or none, never pays.
"""

from __future__ import annotations

from extruct.jsonld import JsonLdExtractor
from extruct.rdfa import RDFaExtractor
from extruct.utils import parse_xmldom_html
from extruct.w3cmicrodata import MicrodataExtractor
from lxml import html as lxml_html

__all__ = ["JSONLD", "MICRODATA", "RDFA", "parse_xmldom_html"]


class _LeanMicrodata(MicrodataExtractor):  # type: ignore[misc]  # extruct is untyped
    """extruct's microdata reader, reading a property's text straight from the tree.

    extruct copies and sanitizes every property element before taking its text; our tree
    is already parsed and the value is only a name, a date or a number, so the copy is
    the bulk of the cost and buys nothing here.
    """

    def _extract_textContent(self, node: lxml_html.HtmlElement) -> str:
        return " ".join(node.text_content().split())


JSONLD = JsonLdExtractor()
MICRODATA = _LeanMicrodata()
RDFA = RDFaExtractor()
