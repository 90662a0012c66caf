"""TF-IDF vectors over a collection of term counts, as sparse dicts, and their cosine.

Weights are sublinear term frequency (1 + ln tf) times smoothed inverse document frequency
(ln((1 + n) / (1 + df)) + 1), so that a term shared by every article still weighs a little and
a collection of two articles still has a meaningful cosine. Vectors are L2-normalised.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

SparseVector = dict[str, float]


def document_frequencies(term_counts: Sequence[Mapping[str, int]]) -> Counter[str]:
    """In how many of the documents each term occurs."""
    frequencies: Counter[str] = Counter()
    for counts in term_counts:
        frequencies.update(counts.keys())
    return frequencies


def tfidf_vectors(term_counts: Sequence[Mapping[str, int]]) -> list[SparseVector]:
    """One unit-length TF-IDF vector per document, in order."""
    frequencies = document_frequencies(term_counts)
    n = len(term_counts)
    idf = {term: math.log((1 + n) / (1 + df)) + 1 for term, df in frequencies.items()}
    return [
        _unit({term: (1 + math.log(tf)) * idf[term] for term, tf in counts.items() if tf > 0}) for counts in term_counts
    ]


def _unit(vector: SparseVector) -> SparseVector:
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    if norm == 0:
        return {}
    return {term: weight / norm for term, weight in vector.items()}


def cosine(a: SparseVector, b: SparseVector) -> float:
    """The cosine of two unit vectors (0 when either is empty); exactly rounded, so independent of set order."""
    return math.fsum(a[term] * b[term] for term in a.keys() & b.keys())


def top_terms(vector: SparseVector, k: int) -> list[str]:
    """The ``k`` heaviest terms of ``vector``, heaviest first (ties by term, for a stable order)."""
    return [term for term, _ in sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:k]]
