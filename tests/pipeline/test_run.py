from __future__ import annotations

import pytest

from eventwire.errors import PipelineError, SettingsError
from eventwire.model import Article, ArticleResult, Rejection
from eventwire.pipeline import Pipeline, register
from eventwire.pipeline.parse import split_text
from eventwire.settings import Settings

PACKAGES = ("eventwire.extract", "eventwire.resolve")


def test_unknown_stage_is_named() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline(Settings(stages=("sentences", "nope")), PACKAGES)


def test_order_whose_requirement_is_not_produced_upstream_is_refused() -> None:
    @register("needs_sentences_for_test", version="1", requires=("sentences",))
    def needs(document: object) -> tuple[object, ...]:
        return ()

    with pytest.raises(PipelineError, match="requires 'sentences'"):
        Pipeline(Settings(stages=("needs_sentences_for_test", "sentences")), PACKAGES)
    Pipeline(Settings(stages=("sentences", "needs_sentences_for_test")), PACKAGES)


def test_bad_setting_names_key_and_allowed_values() -> None:
    with pytest.raises(SettingsError, match=r"unknown setting .batchsize.; allowed: .*batch_size"):
        Settings.from_mapping({"batchsize": 4})
    with pytest.raises(SettingsError, match="'batch_size' must be a positive integer"):
        Settings(batch_size=0)


def test_split_text_joins_back_and_respects_size() -> None:
    text = ("A line of words here.\n" * 50) + "x" * 300
    pieces = split_text(text, 100)
    assert "".join(pieces) == text
    assert all(len(p) <= 100 for p in pieces)


def test_long_text_parsed_in_pieces_keeps_offsets() -> None:
    text = "Police said two people were hurt in Lagos.\n" * 40
    pipeline = Pipeline(Settings(stages=("sentences", "entities"), chunk_chars=200), PACKAGES)
    result = pipeline.run_one(Article(id="long", text=text))
    assert result.article.text == text
    assert len(result.sentences) == 40
    assert all(text[e.span.start : e.span.end] == e.text for e in result.entities)


def test_results_keep_input_order_and_too_long_article_is_rejected() -> None:
    pipeline = Pipeline(Settings(stages=("sentences",), max_chars=50, batch_size=2), PACKAGES)
    items = [
        Article(id="a", text="One short text."),
        Rejection("feed.jsonl:2", "line is not JSON"),
        Article(id="b", text="x " * 100, origin="big.txt"),
        Article(id="c", text="Another short one."),
    ]
    outcomes = list(pipeline.run(items))
    assert [type(o) for o in outcomes] == [ArticleResult, Rejection, Rejection, ArticleResult]
    assert isinstance(outcomes[2], Rejection)
    assert "over the limit of 50" in outcomes[2].reason and outcomes[2].origin == "big.txt"


def test_failing_stage_rejects_only_that_article() -> None:
    @register("fails_on_boom_for_test", version="1")
    def fails(document: object) -> tuple[object, ...]:
        if "boom" in document.text:  # type: ignore[attr-defined]
            raise ValueError("cannot read boom")
        return ()

    pipeline = Pipeline(Settings(stages=("fails_on_boom_for_test",)), PACKAGES)
    outcomes = list(pipeline.run([Article(id="a", text="boom"), Article(id="b", text="fine")]))
    assert isinstance(outcomes[0], Rejection) and "cannot read boom" in outcomes[0].reason
    assert isinstance(outcomes[1], ArticleResult)
