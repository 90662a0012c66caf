"""Which pairs of articles are worth scoring: those that share a rare salient term.

Scoring every pair is quadratic; instead each article is indexed under its heaviest TF-IDF terms
and only articles that meet under a term are paired. A term in the top terms of very many articles
(a topic word such as "shooting" in a collection of shootings) pairs nothing: rarer shared terms
(names, places) still bring the true pairs together, and the work stays near-linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from eventwire.merge.vectors import SparseVector, top_terms

TERMS_PER_ARTICLE = 25
MAX_ARTICLES_PER_TERM = 100

Pair = tuple[int, int]


def candidate_pairs(vectors: Sequence[SparseVector]) -> set[Pair]:
    """Index pairs ``(i, j)``, ``i < j``, of articles that share one of their top terms."""
    pairs: set[Pair] = set()
    for members in term_index(vectors).values():
        if 1 < len(members) <= MAX_ARTICLES_PER_TERM:
            pairs.update(combinations(members, 2))
    return pairs


def term_index(vectors: Sequence[SparseVector]) -> dict[str, list[int]]:
    """Each top term to the articles (indices, ascending) that have it among their top terms."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for term in top_terms(vector, TERMS_PER_ARTICLE):
            index[term].append(i)
    return index
