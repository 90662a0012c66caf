"""Which articles are not English: eventwire's model and rules read English only, so an article in another
language is marked with a warning and not read (its result has no mentions), instead of being read as English.

English is recognised first by its commonest words (a news article in English has them as a fifth to a third
of its words); only a text with few of them goes to py3langid, a language identifier that ships its model (it
loads once per process, on first use, in about a second).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "said",
        "as",
        "by",
        "at",
        "it",
        "from",
        "his",
        "he",
        "has",
        "have",
        "were",
        "are",
        "be",
        "had",
        "an",
        "this",
        "they",
        "but",
        "not",
        "their",
        "who",
        "will",
        "been",
        "which",
        "after",
        "its",
    ]
)
SAMPLE_CHARS = 5000  # enough text to tell a language by
MIN_WORDS = 20  # fewer words: too short to tell, read as English
ENGLISH_SHARE = 0.08  # at least this share of the commonest English words: English
MIN_PROBABILITY = 0.9  # py3langid must be this sure of another language
_WORD = re.compile(r"[^\W\d_]+")


def not_english(text: str) -> str | None:
    """A warning if ``text`` is surely not English, else None."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS or sum(w in ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return None
    language, probability = _identifier().classify(sample)
    if language == "en" or probability < MIN_PROBABILITY:
        return None
    return (
        f"the text is in language '{language}', not English (py3langid, probability {probability:.2f}); "
        "eventwire reads English only, so it was not read"
    )


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
