"""One article's parse on several cores: the text cut into pieces with some context on either side, the
first piece parsed here while helper processes (each with its own copy of the model) parse the others, and
the pieces joined where two neighbours' parses agree.

The join is exact, not approximate. spaCy's parse of a token depends on the tokens a few places around it
(the embedding's window) and, through the parser's and the entity recogniser's states, on what came before
in its sentence. So two neighbouring pieces overlap by about ``CONTEXT`` characters on each side of the cut,
and they are joined at a sentence start that both parses have, where both agree token for token (tags,
lemmas, morphology, dependencies, entities, sentence starts) on the whole sentence before it and on a few
tokens after it: the earlier piece is then past the point where its end could weigh on it, and the later
one has caught up with the state the text before its start leaves. Where no such join exists (a very long
sentence over the cut, a text with no sentence break near it) the article is parsed in one piece, here.
``tests/pipeline/test_split.py`` compares the joined parse with the one-piece parse.

The sentence starts of the article's parts (headline, dateline, lead) are worked out on the whole text and
given to each piece, so that a piece is never read as if it began an article.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy

from eventwire.lexicon.layout.article_layout import article_parts
from eventwire.model import ArticlePart
from eventwire.pipeline.nlp import PARTS_COMPONENT, load_nlp, start_sentences
from eventwire.pipeline.parse import tokenize
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger("eventwire.pipeline")
CONTEXT = 400  # characters each piece parses beyond its own on either side (about 80 tokens)
MIN_PIECE = 1_000  # characters of its own a piece has at least: shorter texts are parsed in one piece
AGREE_AFTER = 10  # tokens after a join on which the two pieces must agree too
# The token attributes two pieces must agree on at a join, and that a helper sends back.
ATTRS = ("ORTH", "NORM", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE")
_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    """Characters ``start:end`` of the text are parsed; ``own_start:own_end`` is the piece's own part."""

    start: int
    end: int
    own_start: int
    own_end: int


def plan(text: str, pieces: int) -> list[Piece] | None:
    """The pieces of ``text`` for ``pieces`` cores, cut after a line break near each even share (else after
    a sentence's end), with ``CONTEXT`` characters more on either side; None: one piece (too short, no cut)."""
    pieces = min(pieces, len(text) // MIN_PIECE)
    if pieces < 2:
        return None
    cuts = [0]
    for k in range(1, pieces):
        cut = _cut_near(text, len(text) * k // pieces, len(text) // (2 * pieces))
        if cut is None or cut - cuts[-1] < 2 * CONTEXT:
            return None
        cuts.append(cut)
    if len(text) - cuts[-1] < 2 * CONTEXT:
        return None
    cuts.append(len(text))
    return [
        Piece(_token_start_before(text, own - CONTEXT), _token_start_after(text, own_end + CONTEXT), own, own_end)
        for own, own_end in pairwise(cuts)
    ]


def _cut_near(text: str, target: int, reach: int) -> int | None:
    """A token start near ``target`` (within ``reach``) that follows a line break, else a sentence's end."""
    low, high = max(1, target - reach), min(len(text) - 1, target + reach)
    for pattern in (_BREAK, _SENTENCE_END):
        found = [m.end() for m in pattern.finditer(text, low, high) if m.end() < len(text)]
        if found:
            return min(found, key=lambda cut: abs(cut - target))
    return None


def _token_start_before(text: str, position: int) -> int:
    position = max(0, position)
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


def _token_start_after(text: str, position: int) -> int:
    if position >= len(text):
        return len(text)
    while position < len(text) and not text[position].isspace():
        position += 1
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def parse_piece(nlp: Language, characters: str, offset: int, parts: Sequence[ArticlePart]) -> Doc:
    """spaCy's parse of ``characters``, the article's text from ``offset``, with the sentence starts of the
    whole article's parts, set where the article-parts component stands in the pipeline (after the tagger, whose
    tags tell an initial from a sentence's end)."""
    doc = tokenize(nlp, characters)
    if PARTS_COMPONENT not in nlp.pipe_names:
        doc = start_sentences(doc, parts, offset)
    for name, component in nlp.pipeline:
        doc = start_sentences(doc, parts, offset) if name == PARTS_COMPONENT else component(doc)
    return doc


def join(nlp: Language, docs: Sequence[Parsed], pieces: Sequence[Piece]) -> Doc | None:
    """The pieces' parses joined into the article's (``doc.text`` is the whole text), or None where two
    neighbours agree at no sentence start near their cut."""
    from spacy.tokens import Doc

    firsts, lasts = [0], []
    for k in range(1, len(docs)):
        found = _join_point(docs[k - 1], pieces[k - 1], docs[k], pieces[k])
        if found is None or found[0] <= firsts[-1]:
            return None
        lasts.append(found[0])
        firsts.append(found[1])
    lasts.append(len(docs[-1].words))
    words: list[str] = []
    spaces: list[bool] = []
    for doc, first, last in zip(docs, firsts, lasts, strict=True):
        words.extend(doc.words[first:last])
        spaces.extend(doc.spaces[first:last])
        for string in doc.strings:
            nlp.vocab.strings.add(string)
    rows = numpy.concatenate([doc.rows[first:last] for doc, first, last in zip(docs, firsts, lasts, strict=True)])
    return Doc(nlp.vocab, words=words, spaces=spaces).from_array(list(ATTRS), rows)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Parsed:
    """What the join reads of a piece's parse: its tokens' words, trailing spaces and ``ATTRS`` (heads relative),
    where each token starts (in the piece), and the strings of its lemmas, norms and morphologies."""

    words: list[str]
    spaces: list[bool]
    rows: Any  # numpy array, a row a token
    starts: list[int]
    sentence_starts: list[int]
    strings: list[str]
    seconds: float = 0.0  # the CPU time the parse took (in the process that made it)

    @classmethod
    def of(cls, doc: Doc, *, strings: bool, seconds: float = 0.0) -> Parsed:
        rows = doc.to_array(list(ATTRS))
        sent_start = ATTRS.index("SENT_START")
        found = {s for t in doc for s in (t.lemma_, t.norm_, str(t.morph))} if strings else set()
        return cls(
            [t.text for t in doc],
            [bool(t.whitespace_) for t in doc],
            rows,
            [t.idx for t in doc],
            [i for i in range(len(doc)) if i == 0 or rows[i, sent_start] == 1],
            sorted(found),
            seconds,
        )


def _join_point(left: Parsed, left_piece: Piece, right: Parsed, right_piece: Piece) -> tuple[int, int] | None:
    """(the token of ``left`` where it stops, the token of ``right`` where it takes over): the same sentence
    start in both, nearest the cut, with the sentence before it and ``AGREE_AFTER`` tokens after it alike."""
    shift = right_piece.start - left_piece.start  # a character of ``right`` is that many further in ``left``
    in_right = {start + shift: i for i, start in enumerate(right.starts)}
    right_sentences = set(right.sentence_starts)
    starts = left.sentence_starts
    cut = left_piece.own_end - left_piece.start
    best: tuple[int, int] | None = None
    best_distance = 0
    for before, start in pairwise(starts):
        begin = in_right.get(left.starts[before])
        there = in_right.get(left.starts[start])
        if begin is None or there is None or begin < AGREE_AFTER:
            continue
        if begin not in right_sentences or there not in right_sentences or there - begin != start - before:
            continue
        if start + 2 * AGREE_AFTER > len(left.words) or there + AGREE_AFTER > len(right.words):
            continue
        if (left.rows[before : start + AGREE_AFTER] != right.rows[begin : there + AGREE_AFTER]).any():
            continue
        distance = abs(left.starts[start] - cut)
        if best is None or distance < best_distance:
            best, best_distance = (start, there), distance
    return best


class SplitParser:
    """Parses one article's text on ``workers`` cores: this process and ``workers - 1`` helper processes
    (started on first use, each loading the model once; they exit with this process)."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self.joined = 0  # articles parsed in pieces
        self.whole = 0  # articles parsed in one piece (short, or no join)
        self.seconds: list[float] = []  # the CPU time of each piece's parse, of the last article parsed in pieces

    def start(self) -> None:
        """Start the helpers and wait until their models are loaded."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers - 1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_helper,
                initargs=(self.settings, os.getpid()),
            )
            for future in [self._executor.submit(_ready) for _ in range(self.workers - 1)]:
                future.result()

    def parse(self, nlp: Language, text: str) -> Doc:
        """The parse of ``text``, equal to the one-piece parse (``tokenize`` and every component)."""
        pieces = plan(text, self.workers) if self.workers > 1 else None
        if pieces is None:
            self.whole += 1
            return nlp(tokenize(nlp, text))
        self.start()
        assert self._executor is not None
        parts = article_parts(text)
        try:
            futures: list[Future[Parsed]] = [
                self._executor.submit(_parse_in_helper, text[piece.start : piece.end], piece.start, parts)
                for piece in pieces[1:]
            ]
            first, started = pieces[0], time.process_time()
            doc = parse_piece(nlp, text[first.start : first.end], first.start, parts)
            docs = [Parsed.of(doc, strings=False, seconds=time.process_time() - started)]
            docs.extend(future.result() for future in futures)
        except BrokenProcessPool:  # a helper died (killed, out of memory): this article in one piece, new helpers next
            log.warning("a parse helper process died; the article is parsed in one piece and the helpers restarted")
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
            self.whole += 1
            return nlp(tokenize(nlp, text))
        self.seconds = [d.seconds for d in docs]
        joined = join(nlp, docs, pieces)
        if joined is None:
            self.whole += 1
            return nlp(tokenize(nlp, text))
        self.joined += 1
        return joined

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


_HELPER_NLP: Language | None = None


def _start_helper(settings: Settings, parent: int) -> None:
    global _HELPER_NLP
    from eventwire.pipeline.pool import _exit_with_parent

    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _HELPER_NLP = load_nlp(settings.model)
    _HELPER_NLP("Warm up.")


def _ready() -> bool:
    return _HELPER_NLP is not None


def _parse_in_helper(characters: str, offset: int, parts: Sequence[ArticlePart]) -> Parsed:
    """A helper's task: the parse of a piece (``characters``, the article's text from ``offset``)."""
    assert _HELPER_NLP is not None, "the helper was not started"
    started = time.process_time()
    doc = parse_piece(_HELPER_NLP, characters, offset, parts)
    return Parsed.of(doc, strings=True, seconds=time.process_time() - started)
