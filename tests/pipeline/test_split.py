"""One article parsed on two cores: pieces with context, joined where neighbours agree, equal to the parse in
one piece (every token attribute the stages read, and the whole result's canonical JSON)."""

from __future__ import annotations

import os
import signal
from typing import Any

import pytest

from eventwire.engine import Engine
from eventwire.lexicon.layout.article_layout import article_parts
from eventwire.model import Article
from eventwire.model.canonical import to_json
from eventwire.pipeline import split
from eventwire.pipeline.parse import tokenize
from eventwire.settings import Settings

# Invented reports, long enough to be cut (a headline, a dateline, paragraphs, quotes, a list, figures).
PARAGRAPHS = (
    "Gunmen kill nine at market in northern town",
    "MARADI, Niger (Wirenews) - Gunmen on motorcycles killed nine traders and wounded 14 others at a cattle "
    "market outside Maradi on Saturday, the regional governor said.",
    "The attackers arrived shortly after dawn, when the market was at its busiest, and fired on the crowd for "
    "about twenty minutes before fleeing toward the border, witnesses told reporters by telephone.",
    '"They came from the east, at least thirty of them, and they shot at anyone who ran," said Issa Garba, a '
    'livestock dealer who hid behind a truck. "I saw my cousin fall. Nobody could help him."',
    "Governor A. Amina Oumarou said in a statement that soldiers had been sent to the area and that a curfew "
    "would begin at 7 p.m. on Sunday in the districts of Guidan Roumdji and Madarounfa.",
    "No group has claimed responsibility for the attack. Armed bands have raided villages in the region "
    "several times this year, stealing cattle and kidnapping farmers for ransom.",
    "Among the wounded were two children and a police officer, according to the hospital in Maradi, where "
    "doctors said four of the injured were in a serious condition.",
    "Residents listed what they had lost:\n- 40 head of cattle\n- two trucks\n- the market's grain store",
    "In March, a similar raid on the village of Dan Issa left six people dead, and in May the army said it had "
    "arrested 23 suspects after a week-long operation along the frontier.",
    "The United Nations office in Niamey condemned the killings and called on the authorities to protect "
    "civilians, saying that more than 10,000 people had fled their homes in the region since January.",
    'Local leaders have asked for more patrols. "We need the soldiers to stay, not to come for a day and '
    "leave,\" said Hadiza Moussa, who heads a women's cooperative in the town.",
    "The interior minister is expected to visit Maradi on Monday, his office said, and will meet the families "
    "of the victims as well as the commanders of the operation.",
    "Markets in the area were closed on Sunday. Traders said they feared further attacks and would wait for the "
    "army's assurances before returning.",
)
ARTICLE = "\n\n".join(PARAGRAPHS)
LONGER = ARTICLE + "\n\n" + "\n\n".join(PARAGRAPHS[2:])


def _whole(nlp: Any, text: str) -> Any:
    return nlp(tokenize(nlp, text))


def _split_here(nlp: Any, text: str) -> Any:
    """The split parse with every piece parsed in this process (as a helper parses it)."""
    pieces = split.plan(text, 2)
    assert pieces is not None
    parts = article_parts(text)
    parsed = [
        split.Parsed.of(split.parse_piece(nlp, text[p.start : p.end], p.start, parts), strings=True) for p in pieces
    ]
    return split.join(nlp, parsed, pieces)


def _rows(doc: Any) -> list[tuple[object, ...]]:
    return [
        (t.text, t.whitespace_, t.norm_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
         t.ent_iob_, t.ent_type_)
        for t in doc
    ]  # fmt: skip


def test_a_short_text_is_one_piece() -> None:
    assert split.plan("Police said two men were arrested. " * 20, 2) is None


def test_pieces_cover_the_text_and_are_cut_after_a_line_break_near_the_middle() -> None:
    pieces = split.plan(ARTICLE, 2)
    assert pieces is not None and len(pieces) == 2
    first, second = pieces
    assert (first.start, first.own_start, second.own_end, second.end) == (0, 0, len(ARTICLE), len(ARTICLE))
    assert first.own_end == second.own_start
    cut = first.own_end
    assert ARTICLE[cut - 1] == "\n" and not ARTICLE[cut].isspace()
    assert abs(cut - len(ARTICLE) / 2) < len(ARTICLE) / 4
    assert first.end - cut >= split.CONTEXT and cut - second.start >= split.CONTEXT  # the overlap


@pytest.mark.parametrize("text", [ARTICLE, LONGER, ARTICLE.replace("\n\n", " ")], ids=["article", "longer", "one-line"])
def test_the_joined_parse_is_the_parse_in_one_piece(nlp: Any, text: str) -> None:
    joined = _split_here(nlp, text)
    assert joined is not None
    whole = _whole(nlp, text)
    assert joined.text == text
    assert _rows(joined) == _rows(whole)
    assert [(e.start, e.end, e.label_) for e in joined.ents] == [(e.start, e.end, e.label_) for e in whole.ents]
    assert [s.start for s in joined.sents] == [s.start for s in whole.sents]


def test_pieces_that_disagree_are_not_joined(nlp: Any) -> None:
    pieces = split.plan(ARTICLE, 2)
    assert pieces is not None
    parts = article_parts(ARTICLE)
    parsed = [
        split.Parsed.of(split.parse_piece(nlp, ARTICLE[p.start : p.end], p.start, parts), strings=True) for p in pieces
    ]
    parsed[1].rows[:, split.ATTRS.index("DEP")] = 0  # the second piece's dependencies wrong everywhere
    assert split.join(nlp, parsed, pieces) is None


def test_a_text_without_sentence_breaks_near_the_cut_is_parsed_in_one_piece(nlp: Any) -> None:
    words = " ".join(f"item{i}" for i in range(700))  # no line break, no sentence end: no cut
    assert split.plan(words, 2) is None
    parser = split.SplitParser(Settings(), 2)
    assert _rows(parser.parse(nlp, words)) == _rows(_whole(nlp, words))
    assert (parser.joined, parser.whole) == (0, 1)
    assert parser._executor is None  # no helper was started for it


def test_an_engine_with_two_workers_extracts_what_one_process_extracts() -> None:
    articles = [
        Article(id="long", text=ARTICLE, published=None),
        Article(id="longer", text=LONGER, published=None),
        Article(id="short", text=PARAGRAPHS[1], published=None),
    ]
    alone = Engine()
    with Engine(workers=2) as pair:
        results = [pair.extract(a) for a in articles]
        assert pair._split is not None and (pair._split.joined, pair._split.whole) == (2, 1)
    assert [to_json(r) for r in results] == [to_json(alone.extract(a)) for a in articles]
    assert pair._split is None  # closed: its helper stopped


def test_a_helper_that_dies_costs_nothing(nlp: Any) -> None:
    parser = split.SplitParser(Settings(), 2)
    try:
        parser.start()
        assert parser._executor is not None
        for process in list(parser._executor._processes.values()):
            assert process.pid is not None
            os.kill(process.pid, signal.SIGKILL)
            process.join(10)
        assert _rows(parser.parse(nlp, ARTICLE)) == _rows(_whole(nlp, ARTICLE))  # in one piece, here
        assert _rows(parser.parse(nlp, ARTICLE)) == _rows(_whole(nlp, ARTICLE))  # a new helper
        assert (parser.joined, parser.whole) == (1, 1)
    finally:
        parser.close()
