"""Parsing article texts with spaCy in batches, long texts in pieces joined back into one ``Doc``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def split_text(text: str, size: int) -> list[str]:
    """Pieces of ``text`` of at most about ``size`` characters that join back into ``text``.

    Cuts fall after a line break where there is one in the second half of a piece, else after a
    space, else anywhere; so sentences are rarely cut for texts with paragraphs.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n", size // 2)
        if cut < 0:
            cut = window.rfind(" ", size // 2)
        end = start + (cut + 1 if cut >= 0 else size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


# spaCy's tokenizer is quadratic on a long run of characters with no space (it retries its prefix, suffix
# and infix rules over the whole rest of the run: 20,000 quote marks took 55 s). Such a run is tokenized in
# pieces of this many characters, each piece by the tokenizer, and the pieces joined: same text, bounded time.
LONG_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def long_runs(text: str) -> int:
    """How many runs of ``LONG_RUN`` or more characters without a space ``text`` holds."""
    return sum(1 for _ in _LONG_RUN.finditer(text))


def tokenize(nlp: Language, text: str) -> Doc:
    """spaCy's tokens of ``text`` (``doc.text == text``), long runs without spaces cut every ``LONG_RUN``."""
    from spacy.tokens import Doc

    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return nlp.make_doc(text)
    docs: list[Doc] = []
    start = 0
    for run in runs:
        if run.start() > start:
            docs.append(nlp.make_doc(text[start : run.start()]))
        docs.extend(
            nlp.make_doc(text[i : min(i + LONG_RUN, run.end())]) for i in range(run.start(), run.end(), LONG_RUN)
        )
        start = run.end()
    if start < len(text):
        docs.append(nlp.make_doc(text[start:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_texts(nlp: Language, texts: Sequence[str], chunk_chars: int, batch_size: int) -> Iterator[Doc]:
    """One ``Doc`` per text, in order, with ``doc.text == text``.

    Memory is bounded by the characters in flight, not by the article: pieces go to spaCy in batches of at
    most ``batch_size`` pieces and about ``chunk_chars`` characters, and the pieces of a long text are joined
    without spaCy's per-token tensor (nothing downstream reads it; it is 96 floats a token).
    """
    import numpy

    current: list[Doc] = []
    for doc, pieces in _parsed_pieces(nlp, texts, chunk_chars, batch_size):
        if pieces > 1:  # a piece of a long text: its tensor goes now, not when the text is joined
            doc.tensor = numpy.zeros((0,), dtype="float32")
        current.append(doc)
        if len(current) == pieces:
            yield _join(current)
            current = []


def _parsed_pieces(nlp: Language, texts: Sequence[str], chunk_chars: int, batch_size: int) -> Iterator[tuple[Doc, int]]:
    """Each text's parsed pieces in order, with the number of pieces of its text."""
    group: list[tuple[Doc, int]] = []
    size = 0
    for text in texts:
        pieces = split_text(text, chunk_chars)
        for piece in pieces:
            group.append((tokenize(nlp, piece), len(pieces)))
            size += len(piece)
            if len(group) >= batch_size or size >= chunk_chars:
                yield from nlp.pipe(group, as_tuples=True, batch_size=len(group))
                group, size = [], 0
    if group:
        yield from nlp.pipe(group, as_tuples=True, batch_size=len(group))


def _join(docs: list[Doc]) -> Doc:
    from spacy.tokens import Doc

    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
