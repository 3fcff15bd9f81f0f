"""The package's import graph: no cycles, and no stage imports a later one.

Read from the source (every import, lazy ones inside functions too), so a loop hidden
behind an import in a function body fails here as well.
"""

from __future__ import annotations

import ast
import graphlib
from collections import defaultdict
from pathlib import Path

import reception

PACKAGE = Path(reception.__file__).parent

LAYERS = (
    "text",
    "vocabulary",
    "records",
    "names",
    "extract",
    "facts",
    "verdict",
    "pipeline",
    "link",
    "aggregate",
    "store",
    "export",
    "web",
    "ingest",
    "scale",
    "cli",
)
"""Ground floor first, then the stages in pipeline order, then what drives them: each may
import only what stands before it."""


def _imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "reception":
                names.extend(f"reception.{alias.name}" for alias in node.names)
            else:
                names.append(node.module)
    return names


def package_imports() -> dict[str, set[str]]:
    """For each part of the package (sub-package or top module), the other parts it imports."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts == ("__init__",):  # the public front imports everything by design
            continue
        source = parts[0]
        graph[source]
        for module in _imported_modules(ast.parse(path.read_text(encoding="utf-8"))):
            pieces = module.split(".")
            if pieces[0] == "reception" and len(pieces) > 1 and pieces[1] != source:
                graph[source].add(pieces[1])
    return graph


def test_every_part_of_the_package_has_a_layer() -> None:
    assert set(package_imports()) - {"demo"} <= set(LAYERS)


def test_no_import_cycles_between_packages() -> None:
    graphlib.TopologicalSorter(package_imports()).prepare()  # raises CycleError on a loop


def test_no_stage_imports_a_later_one() -> None:
    rank = {name: index for index, name in enumerate(LAYERS)}
    upward = sorted(
        f"{source} -> {target}"
        for source, targets in package_imports().items()
        for target in targets
        if rank.get(target, -1) >= rank.get(source, len(LAYERS))
    )
    assert upward == []


def test_the_graph_sees_lazy_imports() -> None:
    """An import inside a function body is an edge too (cli imports its commands lazily)."""
    tree = ast.parse("def f():\n    from reception.store import Store\n")
    assert _imported_modules(tree) == ["reception.store"]
    assert "records" in package_imports()["extract"]
