"""Parsing article texts with spaCy in batches, long texts in pieces joined back into one ``Doc``."""

from __future__ import annotations

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


def parse_texts(nlp: Language, texts: Sequence[str], chunk_chars: int, batch_size: int) -> Iterator[Doc]:
    """One ``Doc`` per text, in order, with ``doc.text == text``."""
    from spacy.tokens import Doc

    pieces = [(piece, index) for index, text in enumerate(texts) for piece in split_text(text, chunk_chars)]
    current: list[Doc] = []
    current_index = 0
    for doc, index in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        if index != current_index:
            yield _join(Doc, current)
            current, current_index = [], index
        current.append(doc)
    if current:
        yield _join(Doc, current)


def _join(doc_class: type[Doc], docs: list[Doc]) -> Doc:
    return docs[0] if len(docs) == 1 else doc_class.from_docs(docs, ensure_whitespace=False)
