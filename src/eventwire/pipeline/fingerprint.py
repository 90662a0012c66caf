"""Fingerprints of stage code and data: a stage's version cannot go stale.

A stage's fingerprint is a hash of the source of its module and of every eventwire module it imports,
directly or not, in the layers that hold rules and word lists (``model``, ``lexicon``, ``detect``,
``resolve``), and of the data files of those modules' packages (``lexicon/data/*.tsv``). Any edit to a
rule, a word list or a table changes it, and with it the pipeline version stored with every result, so a
re-ingest replaces results made by the old code. Computed once per process, from the files on disk.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
FINGERPRINTED_LAYERS = frozenset({"model", "lexicon", "detect", "resolve"})
DATA_FOLDER = "data"


@functools.cache
def module_fingerprint(module: str) -> str:
    """The fingerprint (12 hex digits) of ``module`` (e.g. ``eventwire.resolve.events``) with what it uses."""
    digest = hashlib.sha256()
    for path in _sources_and_data(module):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + _file_digest(path) + b"\0")
    return digest.hexdigest()[:12]


@functools.cache
def _file_digest(path: Path) -> bytes:
    """A file's sha256, read once per process however many stages use it."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").digest()


def _sources_and_data(module: str) -> list[Path]:
    sources = _closure(module)
    folders = {path.parent / DATA_FOLDER for path in sources}
    data = [path for folder in folders if folder.is_dir() for path in folder.iterdir() if path.is_file()]
    return sorted(sources) + sorted(data)


def _closure(module: str) -> set[Path]:
    """The source files of ``module`` and of the fingerprinted modules it imports, transitively."""
    seen: set[Path] = set()
    pending = [module]
    while pending:
        path = _source_of(pending.pop())
        if path is None or path in seen:
            continue
        seen.add(path)
        pending.extend(_imports(path))
    return seen


def _source_of(module: str) -> Path | None:
    """The file of an eventwire module in a fingerprinted layer, or None (other modules, other packages)."""
    parts = module.split(".")
    if parts[0] != "eventwire" or len(parts) < 2 or parts[1] not in FINGERPRINTED_LAYERS:
        return None
    base = PACKAGE_DIR.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


# ``from eventwire.x import a, b`` (names in brackets may span lines) and ``import eventwire.x``, anywhere in a file.
_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(eventwire(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)
_PLAIN_IMPORT = re.compile(r"^[ \t]*import[ \t]+(eventwire(?:\.\w+)*)", re.MULTILINE)
_COMMENT = re.compile(r"#[^\n]*")


@functools.cache
def _imports(path: Path) -> frozenset[str]:
    """The eventwire modules a source file uses: ``from eventwire.x import y`` is the module ``eventwire.x.y``
    when there is one (not the whole package ``x``, whose ``__init__`` may load every stage), else
    ``eventwire.x``. Read with patterns, not a parse: the files are ours and ruff-formatted."""
    source = path.read_text(encoding="utf-8")
    names = set(_PLAIN_IMPORT.findall(source))
    for module, imported in _FROM_IMPORT.findall(source):
        for name in _COMMENT.sub("", imported).strip("()").split(","):
            alias = name.split(" as ")[0].strip()
            if alias:
                submodule = f"{module}.{alias}"
                names.add(submodule if _source_of(submodule) is not None else module)
    return frozenset(names)
