from __future__ import annotations

import logging
import time
from typing import Any

import pytest

from eventwire.errors import PipelineError, SettingsError, StageError
from eventwire.model import Article, ArticleResult, Rejection
from eventwire.pipeline import ENTITIES, SENTENCES, Document, Layer, Pipeline, Resources, register
from eventwire.pipeline.parse import split_text
from eventwire.settings import Settings
from tests.timing import assert_grows_at_most

PACKAGES = ("eventwire.detect", "eventwire.resolve")


def test_unknown_stage_is_named() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline(Settings(stages=("sentences", "nope")), PACKAGES)


def test_order_whose_requirement_is_not_produced_upstream_is_refused() -> None:
    @register(Layer("needs_sentences_for_test"), version="1", requires=(SENTENCES,))
    def needs(document: Document) -> tuple[object, ...]:
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


@register(Layer("fails_on_boom_for_test"), version="1")
def fails_on_boom(document: Document) -> tuple[object, ...]:
    if "boom" in document.text:
        raise ValueError("cannot read boom")
    return ()


def test_failing_stage_rejects_only_that_article_saying_where_and_logs_the_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pipeline = Pipeline(Settings(stages=("fails_on_boom_for_test",)), PACKAGES)
    with caplog.at_level(logging.WARNING, logger="eventwire.pipeline"):
        outcomes = list(pipeline.run([Article(id="a", text="boom", origin="in.jsonl:1"), Article(id="b", text="ok")]))
    rejection = outcomes[0]
    assert isinstance(rejection, Rejection) and rejection.origin == "in.jsonl:1"
    assert rejection.reason.startswith("stage fails_on_boom_for_test@1 failed: ValueError: cannot read boom")
    assert "test_run.py:" in rejection.reason and "in fails_on_boom" in rejection.reason  # the raising frame
    assert isinstance(outcomes[1], ArticleResult)
    (record,) = caplog.records
    assert record.exc_info is not None and "Traceback" in caplog.text and "cannot read boom" in caplog.text


def test_strict_settings_make_a_failing_stage_raise() -> None:
    pipeline = Pipeline(Settings(stages=("fails_on_boom_for_test",), strict=True), PACKAGES)
    with pytest.raises(StageError, match="cannot read boom") as raised:
        list(pipeline.run([Article(id="a", text="boom")]))
    assert raised.value.code == "stage_failed" and raised.value.stage == "fails_on_boom_for_test"
    assert isinstance(raised.value.__cause__, ValueError)


@register(Layer("reads_entities_unasked_for_test"), version="1", requires=(SENTENCES,))
def reads_entities_unasked(document: Document) -> tuple[object, ...]:
    return document.get(ENTITIES)


@register(Layer("reads_parse_unasked_for_test"), version="1")
def reads_parse_unasked(document: Document) -> tuple[object, ...]:
    return tuple(document.doc)


@pytest.mark.parametrize(
    ("stage", "layer"), [("reads_entities_unasked_for_test", "entities"), ("reads_parse_unasked_for_test", "parse")]
)
def test_a_stage_can_read_only_what_it_requires(stage: str, layer: str) -> None:
    pipeline = Pipeline(Settings(stages=("sentences", "entities", stage), strict=True), PACKAGES)
    with pytest.raises(StageError, match=f"read the layer {layer!r} without requiring it"):
        pipeline.run_one(Article(id="a", text="Police said two people were hurt in Lagos."))


def test_every_default_stage_runs_reading_only_what_it_requires() -> None:
    text = 'KYIV (AP) - A missile hit Kyiv on Thursday, injuring three people. "It was loud," the mayor said.'
    result = Pipeline(Settings(strict=True), PACKAGES).run_one(Article(id="a", text=text, published=None))
    assert result.events and result.quotes and result.places


def test_a_long_run_without_spaces_is_tokenized_in_pieces_with_a_warning(nlp: Any) -> None:
    """spaCy's tokenizer took 52 s on 20,000 quote marks in a row (9.4 s on 10,000); in pieces of 100, 0.03 s."""
    from eventwire.pipeline.parse import LONG_RUN, tokenize

    text = "Police said " + '"' * 250 + " and https://example.org/" + "a" * 130 + " left. Fine."
    doc = tokenize(nlp, text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= LONG_RUN
    result = Pipeline(Settings(), PACKAGES, Resources(Settings(), nlp=nlp)).run_one(Article(id="run", text=text))
    assert result.article.text == text
    assert any("2 run(s) of 100 or more characters without a space" in w for w in result.warnings)

    def measure() -> tuple[float, float]:
        timings = []
        for n in (4000, 8000):
            started = time.perf_counter()
            tokenize(nlp, "He said " + '"' * n + " and left.")
            timings.append(time.perf_counter() - started)
        return timings[0], timings[1]

    assert_grows_at_most(measure, factor=2.5, slack=0.01)


def test_an_article_not_in_english_is_marked_and_not_read(nlp: Any) -> None:
    pipeline = Pipeline(Settings(), PACKAGES, Resources(Settings(), nlp=nlp))
    german = Article(
        id="de",
        text="Die Polizei sagte am Montag, dass zwei Menschen bei einem Angriff auf einen Markt in Kano getötet "
        "wurden. Der Bürgermeister rief die Bevölkerung zur Ruhe auf und versprach eine schnelle Untersuchung.",
    )
    english = Article(
        id="en",
        text="Police said two people were killed on Monday when gunmen attacked a market in Kano. The mayor "
        "called for calm and promised a quick inquiry into what happened there.",
    )
    marked, read = list(pipeline.run([german, english]))
    assert isinstance(marked, ArticleResult) and isinstance(read, ArticleResult)
    assert marked.events == () and marked.entities == () and marked.sentences == ()
    assert any("language 'de', not English" in w for w in marked.warnings)
    assert read.events and not any("not English" in w for w in read.warnings)


SLOW: Layer[object] = Layer("slow_on_wait_for_test")


@register(SLOW, version="1", requires=())
def slow_on_wait_for_test(document: Document) -> tuple[object, ...]:
    """Spins for a minute on an article holding WAIT, swallowing every ``Exception`` (as a careless stage
    would); sleeps 0.6 s on one holding SLEEP."""
    if "SLEEP" in document.text:
        time.sleep(0.6)
    if "WAIT" in document.text:
        end = time.monotonic() + 60
        while time.monotonic() < end:
            try:
                sum(range(1000))
            except Exception:  # (the stage's own handler must not swallow the time limit)
                continue
    return ()


def test_an_article_over_the_time_limit_is_rejected_naming_the_stage_and_the_run_goes_on() -> None:
    import signal

    caller = signal.signal(signal.SIGALRM, signal.SIG_IGN)  # the caller's own handler, put back afterwards
    try:
        pipeline = Pipeline(Settings(stages=("sentences", "slow_on_wait_for_test"), time_limit=0.5), PACKAGES)
        started = time.monotonic()
        outcomes = list(pipeline.run([Article(id="a", text="WAIT for it."), Article(id="b", text="Fine.")]))
        assert time.monotonic() - started < 20  # interrupted in the stage, not after its minute
        assert signal.getsignal(signal.SIGALRM) is signal.SIG_IGN and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    finally:
        signal.signal(signal.SIGALRM, caller)
    rejection, result = outcomes
    assert isinstance(rejection, Rejection) and rejection.origin == "a"
    assert "stage slow_on_wait_for_test@1 went over the time limit of 0.5 s" in rejection.reason
    assert "'time_limit'" in rejection.reason
    assert isinstance(result, ArticleResult)


def test_in_a_thread_the_time_limit_is_checked_after_each_stage() -> None:
    from concurrent.futures import ThreadPoolExecutor

    pipeline = Pipeline(Settings(stages=("slow_on_wait_for_test", "sentences"), time_limit=0.2), PACKAGES)
    articles = [Article(id="a", text="SLEEP a while."), Article(id="b", text="Fine.")]
    with ThreadPoolExecutor(1) as thread:  # as a Dask worker runs its tasks: no signal there
        outcomes = thread.submit(lambda: list(pipeline.run(articles))).result()
    assert isinstance(outcomes[0], Rejection) and "slow_on_wait_for_test@1 went over" in outcomes[0].reason
    assert isinstance(outcomes[1], ArticleResult)
    unlimited = Pipeline(Settings(stages=("slow_on_wait_for_test",), time_limit=0), PACKAGES)
    assert isinstance(unlimited.run_one(articles[0]), ArticleResult)


@pytest.mark.parametrize("bad", [-1, True, "10"])
def test_a_bad_time_limit_is_named(bad: Any) -> None:
    with pytest.raises(SettingsError, match="'time_limit'"):
        Settings(time_limit=bad)
