"""spaCy's rule lemmatizer with each token's lemma remembered by its word, part of speech and morphology.

The English models' lemmatizer (``mode = "rule"``) works a token's lemma out from its text, its universal part
of speech and its morphological features, and nothing else; but it caches only the lemmas it derives with its
rules, not the base forms (a singular noun, an infinitive, a positive adjective: two tokens in three of a news
article), which it works out again at every token, through a ``Token`` object, the morphology as a dict and the
string store. It cost about as much as the tagger, the parser's and the entity recogniser's own Python put
together on incident-gva's first 200 articles (1.5 s of 18 s). Here the lemma of each (word, part of speech,
morphology) is worked out once by the lemmatizer's own ``rule_lemmatize`` and then looked up, reading and
writing the tokens' columns in one array each way: the same lemmas, token for token
(tests/pipeline/test_fast_lemmas.py compares them). Only a lemmatizer of spaCy's own rule classes is changed:
a subclass may read more of a token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Distinct (word, part of speech, morphology) keys remembered before the memory starts again (a long article's
# vocabulary is a few tens of thousands).
MEMO_SIZE = 200_000


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Make ``nlp``'s rule lemmatizer remember its lemmas; False (nothing changed) when the model has no such
    component or it is not one of spaCy's rule lemmatizers."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    if name not in nlp.pipe_names:
        return False
    lemmatizer: Any = nlp.get_pipe(name)
    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
        return False
    # ``Pipe.pipe`` calls the component through its class, so the class is what changes (same layout).
    lemmatizer.__class__ = _remembering(type(lemmatizer))
    lemmatizer._lemma_memo = {}
    _index_as_sets(lemmatizer)
    return True


class _WordIndex(list):  # type: ignore[type-arg]
    """A lemma index (the words of one part of speech, a list in the model's tables) whose ``in`` is a set's."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.words


def _index_as_sets(lemmatizer: Any) -> None:
    """The lemmatizer's ``lemma_index`` lists with a set's membership test. ``rule_lemmatize`` asks ``form in
    index`` of each form its rules make, and the index is a list (57,528 words for nouns): a scan, at every
    word not remembered yet (7,542 of them on incident-gva's first 200 articles, 1.5 s). Same words, same
    order, same answers: only the test is quicker."""
    tables = lemmatizer.lookups
    if not tables.has_table("lemma_index"):
        return
    index = tables.get_table("lemma_index")
    for pos, words in list(index.items()):
        if type(words) is list and all(type(word) is str for word in words):
            index[pos] = _WordIndex(words)


_CLASSES: dict[type, type] = {}


def _remembering(base: type) -> type:
    if base not in _CLASSES:
        _CLASSES[base] = type(f"Remembering{base.__name__}", (base,), {"__call__": _call})
    return _CLASSES[base]


def _call(self: Any, doc: Doc) -> Doc:
    """``Lemmatizer.__call__`` with the lemmas looked up by (word, part of speech, morphology)."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS
    from spacy.errors import Errors

    if not self._validated:
        self._validate_tables(Errors.E1004)
    error_handler = self.get_error_handler()
    try:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        memo: dict[tuple[int, int, int], int] = self._lemma_memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        strings, overwrite, changed = doc.vocab.strings, self.overwrite, False
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = memo.get(key)
                if value is None:
                    value = memo[key] = strings.add(self.rule_lemmatize(doc[i])[0])
                lemmas[i] = value
                changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc
    except Exception as e:
        error_handler(self.name, self, [doc], e)
    return doc
