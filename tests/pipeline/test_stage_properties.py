"""Property-based tests of the stages: no text and no publication date makes a stage raise.

The pipeline turns a stage's exception into a rejection of the article, so a bug costs one article, not the
batch; these tests hold the stages to more than that: on news-like text assembled from the words the date
resolver, the casualty parser and the quote finder react to (figures, vague quantities, weekdays, holidays,
quotation marks of every kind, datelines, cue verbs), with publication dates from year 1 to 9999 or none,
every article comes out as a result whose spans lie inside its text. Budgets are fixed (``max_examples``)
and no example database is kept, so CI runs the same amount of work every time.
"""

from __future__ import annotations

import functools
import string
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventwire.detect.casualty_numbers import phrase_value, word_value
from eventwire.engine import Engine
from eventwire.model import Article, ArticleResult, Rejection

WORDS = [
    # figures, ranges and vague quantities
    "3", "10", "1,200", "0", "nine", "twenty-five", "a", "dozens", "hundreds", "scores", "at", "least", "up", "to",
    "more", "than", "several", "many", "both", "one", "two", "three", "million", "thousand",
    # casualties
    "killed", "wounded", "injured", "dead", "died", "shot", "bodies", "toll", "rose", "people", "civilians",
    "soldiers", "police", "officers", "a child", "women", "no one", "was", "were", "hurt",
    # events, actors, places
    "air strike", "missile", "struck", "attack", "gunmen", "protesters", "clashed", "in", "near", "the province of",
    "Kyiv", "Oakland County", "Uruzgan", "Kabul", "Congo", "Kasai", "town", "district", "of",
    # dates
    "Monday", "on Sunday night", "late Friday", "overnight", "yesterday", "today", "last week", "since 2009",
    "Dec. 25", "March 3", "2019", "Christmas", "Easter", "this year", "in May", "2022-04-28", "the 1990s",
    # speech
    "arrested", "detained", "marched", "said", "told", "according to", "he", "she", "the governor", "a spokesman",
    "AP", "that", "would", "not",
]  # fmt: skip
MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", ",", ".", ":", ";", "(", ")", "-",
         "\u2014", "?", "\n", "\n\n", "...", "Title:", "KABUL (AP) -", "BAGHDAD, March 3 (Reuters) -"]  # fmt: skip

# Digit strings past int()'s 4,300-digit limit, and digits that str.isdigit() accepts but int() does not.
odd_numbers = st.one_of(
    st.integers(1, 6_000).map(lambda n: "9" * n),
    st.sampled_from(["\u00b2", "\u0663", "3\u00b2", "1,\u00b200", "\u2460"]),
)
tokens = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    odd_numbers,
    st.text(string.ascii_letters + "0123456789", max_size=8),
)
texts = st.lists(tokens, min_size=1, max_size=120).map(" ".join)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
titles = st.one_of(st.none(), st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join))


@functools.cache
def engine() -> Engine:
    return Engine()


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, day=published, title=titles)
@example(text="Gunmen killed " + "9" * 5_000 + " people in Kabul on Monday.", day=date(2022, 1, 5), title=None)
@example(text="Soldiers arrested \u00b2\u00b3 men in Kabul.", day=date(2022, 1, 5), title=None)  # isdigit(), not int()
@example(text="Police said yesterday that 3 people were shot.", day=date(1, 1, 1), title="Yesterday's shooting")
def test_no_text_or_publication_date_makes_a_stage_raise(text: str, day: date | None, title: str | None) -> None:
    article = Article(id="property", text=text, published=day, title=title or None)
    (outcome,) = engine().pipeline.run([article])
    assert not isinstance(outcome, Rejection), outcome.reason
    assert isinstance(outcome, ArticleResult)
    spans = [q.span for q in outcome.quotes] + [m.span for m in (*outcome.dates, *outcome.casualties, *outcome.places)]
    for event in outcome.events:
        assert all(n is None or n >= 0 for n in (event.killed, event.injured, event.killed_low, event.injured_low))
        spans += [event.trigger, event.sentence, *event.casualty_spans]
        spans += [s for s in (event.date_span, event.place_span, event.claimant_span) if s is not None]
    assert all(0 <= span.start <= span.end <= len(text) for span in spans)


@settings(max_examples=300, deadline=None, database=None)
@given(words=st.lists(st.one_of(st.sampled_from(WORDS), odd_numbers, st.integers(0, 10**12).map(str)), max_size=6))
def test_the_casualty_number_reader_gives_a_count_or_nothing(words: list[str]) -> None:
    for word in words:
        value = word_value(word)
        assert value is None or value >= 0
    phrase = phrase_value(words)
    assert phrase is None or phrase >= 0
