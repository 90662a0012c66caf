"""Long texts are parsed in pieces whose tensors are dropped as they come; each text still gets one Doc, in
order, with its own text, and a text of one piece keeps its tensor."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.pipeline.parse import parse_texts, split_text

PARAGRAPH = "Gunmen attacked a market in Loranda on Tuesday, killing four people, police said.\n\n"


def test_each_text_gets_its_doc_in_order_and_long_texts_lose_their_tensors() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.initialize()
    long, short = PARAGRAPH * 12, "A bomb exploded in Tessid."
    assert len(split_text(long, 300)) > 3
    texts = [long, short, "", long + "The end.", short]
    docs = list(parse_texts(nlp, texts, chunk_chars=300, batch_size=2))
    assert [doc.text for doc in docs] == texts
    assert [doc.tensor.size > 0 for doc in docs] == [False, True, False, False, True]
    assert len(docs[0]) == len(nlp.make_doc(long))


def test_the_pieces_of_a_long_text_hold_no_tensor_while_they_wait_to_be_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.pipeline import parse

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.initialize()
    held: list[list[int]] = []
    join = parse._join

    def recording(docs: list[Doc]) -> Doc:
        held.append([doc.tensor.size for doc in docs])
        return join(docs)

    monkeypatch.setattr(parse, "_join", recording)
    list(parse_texts(nlp, [PARAGRAPH * 12, "A bomb exploded."], chunk_chars=300, batch_size=2))
    assert len(held[0]) > 3 and set(held[0]) == {0}
    assert held[1][0] > 0  # a text of one piece keeps it
