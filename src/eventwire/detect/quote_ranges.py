"""Runs of tokens that a quote rule reads, worked out from the parse's subtree edges.

A subtree is read by its edges (``left_edge``, ``right_edge``: constant time in spaCy), never by
walking it, so that a sentence of nested clauses ("A said that B said that ...") costs each cue a
bounded amount of work: the finder stays linear in the article's length. Edges give the covering
range of a subtree, which is what a content span is anyway (the first to the last token).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# The most tokens a rule reads for one cue: longer is no quote (the longest annotated content in news
# corpora is under 200 words), and the bound keeps the work per cue constant.
MOST_TOKENS = 400


@dataclass(frozen=True, slots=True)
class TokenRange:
    """Tokens ``first`` to ``last`` of a doc, both included; empty when ``last < first``."""

    first: int
    last: int

    @property
    def empty(self) -> bool:
        return self.last < self.first

    def __len__(self) -> int:
        return max(self.last - self.first + 1, 0)

    def within(self, window: SpacySpan) -> TokenRange:
        """The part of this range inside ``window`` (a sentence or line)."""
        return TokenRange(max(self.first, window.start), min(self.last, window.end - 1))

    def covers(self, index: int) -> bool:
        return self.first <= index <= self.last


def subtree_range(token: Token) -> TokenRange:
    """The tokens from the first to the last of ``token``'s subtree."""
    return TokenRange(token.left_edge.i, token.right_edge.i)


def union(ranges: Iterable[TokenRange]) -> TokenRange:
    """The covering range of ``ranges`` (empty when there are none)."""
    kept = [r for r in ranges if not r.empty]
    if not kept:
        return TokenRange(0, -1)
    return TokenRange(min(r.first for r in kept), max(r.last for r in kept))


def without(whole: TokenRange, removed: Iterable[TokenRange]) -> TokenRange:
    """The covering range of what is left of ``whole`` once ``removed`` is taken out: pieces at its edges
    go; a piece in the middle (a cue interrupting its content) leaves the covering range whole."""
    first, last = whole.first, whole.last
    for piece in sorted((r for r in removed if not r.empty), key=lambda r: r.first):
        if piece.first <= first <= piece.last:
            first = piece.last + 1
    for piece in sorted((r for r in removed if not r.empty), key=lambda r: -r.last):
        if piece.first <= last <= piece.last:
            last = piece.first - 1
    return TokenRange(first, last)


def tokens_of(doc: Doc, span: TokenRange, most: int = MOST_TOKENS) -> Iterable[Token]:
    """The tokens of ``span``, at most ``most`` of them."""
    last = min(span.last, span.first + most - 1)
    return (doc[i] for i in range(span.first, last + 1))
