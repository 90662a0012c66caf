"""Assembling events is n log n in the reports and figures of an article: doubling an article of many casualty
sentences and reports at most about doubles the time. Before, each figure looked at every event and every event
rebuilt its sentences (10,000 casualty sentences took 193.6 s), and each report was compared with every event.
The indexed search gives what the plain rule gives, on small random articles."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from eventwire.lexicon.events import ARMED_CLASH, ATTACK, CRIME, SHELLING
from eventwire.model import (
    OUT_OF_SCOPE,
    CasualtyKind,
    CasualtyMention,
    EventKind,
    EventTrigger,
    Granularity,
    Provenance,
    ResolvedDate,
    Span,
)
from eventwire.resolve.event_context import CASUALTY_WINDOW, DatedChoice, PlacedChoice
from eventwire.resolve.events import (
    GENERIC_REACH,
    GENERIC_RULES,
    VIOLENT_TYPES,
    _assign_casualties,
    _Draft,
    _joinable,
    _Pool,
)
from tests.timing import assert_grows_at_most

KINDS = (ATTACK, ARMED_CLASH, SHELLING, CRIME)


def _trigger(sentence: int, kind: EventKind = ATTACK, rule: str = "violence-armed-on-civilians") -> EventTrigger:
    start = sentence * 100
    provenance = Provenance("test", "0", rule=rule, score=0.7)
    return EventTrigger(Span(start, start + 6), Span(start, start + 90), sentence, kind, provenance, "violence")


def _dated(day: int | None) -> DatedChoice:
    if day is None:
        return DatedChoice(None, None, 0.7)
    return DatedChoice(ResolvedDate(f"2016-05-{day:02d}", Granularity.DAY), Span(0, 1), 1.0)


def _figure(sentence: int, count: int) -> tuple[int, CasualtyMention]:
    span = Span(sentence * 100 + 10, sentence * 100 + 20)
    return sentence, CasualtyMention(span, CasualtyKind.KILLED, count, Provenance("test", "0"))


def _assign_seconds(n: int) -> float:
    fastest = float("inf")
    for _ in range(2):
        drafts = [_Draft(ATTACK, [_trigger(2 * i)], _dated(None), PlacedChoice(None, None)) for i in range(n)]
        figures = [_figure(i, i) for i in range(2 * n)]
        started = time.perf_counter()
        _assign_casualties(drafts, figures, frozenset(range(0, 2 * n, 7)))
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


def test_doubling_the_casualty_sentences_at_most_about_doubles_the_time() -> None:
    def measure() -> tuple[float, float]:
        return _assign_seconds(4000), _assign_seconds(8000)

    assert_grows_at_most(measure, factor=2.6, slack=0.05)


def _join_all(triggers: list[tuple[EventTrigger, DatedChoice]], join: Callable[..., _Draft | None]) -> list[_Draft]:
    """Triggers merged as the stage merges them (every trigger reported, no place)."""
    drafts: list[_Draft] = []
    pool = _Pool()
    for trigger, dated in triggers:
        draft = join(pool, drafts, trigger, dated)
        if draft is None:
            draft = _Draft(trigger.kind, [trigger], dated, PlacedChoice(None, None))
            drafts.append(draft)
            pool.add(draft)
            continue
        if draft.generic and trigger.provenance.rule not in GENERIC_RULES:
            pool.retype(draft, trigger.kind)
        draft.add(trigger)
        pool.reported_in(draft, trigger.sentence_index)
    return drafts


def _indexed(pool: _Pool, drafts: list[_Draft], trigger: EventTrigger, dated: DatedChoice) -> _Draft | None:
    return _joinable(pool, trigger, dated, PlacedChoice(None, None))


def _plain(pool: _Pool, drafts: list[_Draft], trigger: EventTrigger, dated: DatedChoice) -> _Draft | None:
    """The rule written plainly: a pass over every event."""

    def agree(draft: _Draft) -> bool:
        a, b = draft.dated.date, dated.date
        if a is None or b is None or draft.dated.confidence < 1.0 or dated.confidence < 1.0:
            return True
        return a.value.startswith(b.value) or b.value.startswith(a.value)

    for draft in drafts:
        if draft.kind == trigger.kind and agree(draft):
            return draft
    violent = VIOLENT_TYPES | {OUT_OF_SCOPE}
    earlier = [d for d in drafts if d.kind.event_type in violent and d.first_sentence <= trigger.sentence_index]
    if trigger.kind.event_type not in violent or not earlier or not agree(earlier[-1]):
        return None
    last = earlier[-1]
    if not trigger.kind.in_acled_scope:
        same = [d for d in earlier if d.kind.in_acled_scope and trigger.sentence_index in d.sentences]
        return same[-1] if same else None
    if trigger.provenance.rule in GENERIC_RULES:
        return last
    return last if last.generic and trigger.sentence_index - last.first_sentence <= GENERIC_REACH else None


def _random_triggers(generator: random.Random, n: int) -> list[tuple[EventTrigger, DatedChoice]]:
    triggers = []
    for sentence in sorted(generator.randrange(3 * n) for _ in range(n)):
        kind = generator.choice(KINDS)
        rule = generator.choice(["explosion", "violence-unattributed", "shell"]) if kind is not CRIME else "crime"
        day = generator.choice([None, 1, 2, 3])
        triggers.append((_trigger(sentence, kind, rule), _dated(day)))
    return sorted(triggers, key=lambda pair: not pair[0].kind.in_acled_scope)


def test_the_indexed_merge_joins_what_the_plain_rule_joins() -> None:
    generator = random.Random(7)
    for _ in range(300):
        triggers = _random_triggers(generator, generator.randint(1, 25))
        indexed = [[t.span for t in d.triggers] for d in _join_all(triggers, _indexed)]
        plain = [[t.span for t in d.triggers] for d in _join_all(triggers, _plain)]
        assert indexed == plain


def test_the_indexed_casualty_search_gives_what_the_plain_rule_gives() -> None:
    generator = random.Random(3)
    for _ in range(300):
        drafts = [
            _Draft(ATTACK, [_trigger(s) for s in sorted(generator.sample(range(30), generator.randint(1, 3)))],
                   _dated(None), PlacedChoice(None, None))
            for _ in range(generator.randint(1, 6))
        ]  # fmt: skip
        figures = [_figure(generator.randrange(30), 1) for _ in range(8)]
        _assign_casualties(drafts, figures, frozenset())
        for draft in drafts:
            expected = []
            for sentence, mention in figures:
                distances = [min((sentence - s for s in d.sentences if s <= sentence), default=None) for d in drafts]
                near = [x for x in distances if x is not None and x <= CASUALTY_WINDOW]
                first = min(drafts, key=lambda d: d.first_sentence)
                mine = min((sentence - s for s in draft.sentences if s <= sentence), default=None)
                nearest = bool(near) and mine == min(near)
                lead = not near and draft is first and 0 < first.first_sentence - sentence <= CASUALTY_WINDOW
                if nearest or lead:
                    expected.append(mention)
            assert draft.casualties == expected


def _merge_seconds(n: int) -> float:
    fastest = float("inf")
    for _ in range(2):
        triggers = [(_trigger(i, ATTACK, "violence-armed-on-civilians"), _dated(1 + i % 28)) for i in range(n)]
        triggers = [(t, DatedChoice(ResolvedDate(f"{1000 + i}-01-01", Granularity.DAY), Span(0, 1), 1.0))
                    for i, (t, _) in enumerate(triggers)]  # fmt: skip
        started = time.perf_counter()
        _join_all(triggers, _indexed)
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


def test_doubling_reports_of_different_days_at_most_about_doubles_the_time() -> None:
    def measure() -> tuple[float, float]:
        return _merge_seconds(3000), _merge_seconds(6000)

    assert_grows_at_most(measure, factor=2.6, slack=0.05)
