"""The model's products by numpy's BLAS where blis has only its generic kernels, unless switched off."""

from __future__ import annotations

from typing import Any

import pytest
from thinc.model import Model

from eventwire.pipeline import fast_products
from eventwire.pipeline.fast_products import speed_up_products
from eventwire.pipeline.nlp import load_spacy_model

TEXT = (
    "KANO, Nigeria (Wire) -- Gunmen attacked two villages on Sunday, killing 12 people, police said. "
    "The governor of Kano State condemned the attack in a statement on Monday."
)


def _uses_blis(nlp: Any) -> set[bool]:
    return {
        bool(getattr(node.ops, "use_blis", True))
        for _, component in nlp.pipeline
        if isinstance(getattr(component, "model", None), Model)
        for node in component.model.walk()
    }


def test_off_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fast_products.SWITCH, "0")
    monkeypatch.setattr(fast_products, "blis_kernels", lambda: "generic")
    nlp = load_spacy_model("en_core_web_sm")
    assert not speed_up_products(nlp)
    assert _uses_blis(nlp) == {True}


def test_left_to_blis_where_it_has_kernels_for_the_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fast_products.SWITCH, "1")
    monkeypatch.setattr(fast_products, "blis_kernels", lambda: "haswell")
    nlp = load_spacy_model("en_core_web_sm")
    assert not speed_up_products(nlp)
    assert _uses_blis(nlp) == {True}


def test_by_default_every_layer_multiplies_with_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fast_products.SWITCH, raising=False)
    monkeypatch.setattr(fast_products, "blis_kernels", lambda: "generic")
    monkeypatch.setattr(fast_products, "openblas_on_one_thread", lambda: True)
    plain, fast = load_spacy_model("en_core_web_sm"), load_spacy_model("en_core_web_sm")
    assert speed_up_products(fast)
    assert _uses_blis(fast) == {False}

    def parse(nlp: Any) -> list[tuple[str, str, int, str]]:
        return [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in nlp(TEXT)]

    assert parse(fast) == parse(plain)  # a short plain text: no near-tie for the rounding to flip


def test_blis_kernels_names_a_configuration() -> None:
    name = fast_products.blis_kernels()
    assert name is None or (name.isascii() and name.isalnum())
