from __future__ import annotations

from eventwire.detect.dates import date_mentions, find_date_expressions
from eventwire.model import DateCandidate
from tests.conftest import MakeDocument


def texts(found: tuple[DateCandidate, ...]) -> list[str]:
    return [c.text for c in found]


def test_spans_follow_timex_extent_conventions(make_document: MakeDocument) -> None:
    document = make_document(
        "Rockets hit the port on Thursday. Talks were held last week and again on Feb. 24, "
        "after a truce signed 28 April 2022. Profits rose in the third quarter."
    )
    found = date_mentions(document)
    assert texts(found) == ["Thursday", "last week", "Feb. 24", "28 April 2022", "the third quarter"]
    assert all(document.text[c.span.start : c.span.end] == c.text for c in found)
    assert found[2].part("month") == "Feb." and found[2].part("day") == "24"


def test_finds_relative_decade_century_and_reference_expressions() -> None:
    text = (
        "Two days ago the mayor said that in the 1990s, unlike today, nobody spoke of the 21st century. "
        "The plant was recently closed and will reopen next year, perhaps in the spring of 2025."
    )
    found = [match.group() for _, match in find_date_expressions(text)]
    assert found == [
        "Two days ago",
        "the 1990s",
        "today",
        "the 21st century",
        "recently",
        "next year",
        "the spring of 2025",
    ]


def test_ignores_ages_money_counts_names_and_verbs() -> None:
    text = (
        "A 45-year-old man paid $2,000 for 1990 shares and 1,500 tonnes of grain over three years. "
        "May I ask, said Jan Kavan, whether the regime will fall and a quarter of the staff march on?"
    )
    assert find_date_expressions(text) == []


def test_month_with_a_period_and_bare_ambiguous_months() -> None:
    found = [m.group() for _, m in find_date_expressions("Prices fell in March and rose in Sept. 2019, said May.")]
    assert found == ["March", "Sept. 2019"]


def test_tense_of_the_governing_verb(make_document: MakeDocument) -> None:
    past = date_mentions(make_document("The ministers met on Monday."))
    future = date_mentions(make_document("The ministers will meet on Monday."))
    scheduled = date_mentions(make_document("The court has scheduled a hearing Tuesday."))
    assert [c.tense for c in past] == ["past"]
    assert [c.tense for c in future] == ["future"]
    assert [c.tense for c in scheduled] == ["future"]


def test_candidate_knows_its_sentence(make_document: MakeDocument) -> None:
    document = make_document("Nothing happened. Then on Friday the bridge fell.")
    (candidate,) = date_mentions(document)
    assert candidate.sentence.text_of(document.text) == "Then on Friday the bridge fell."
    assert candidate.rule == "weekday"


def test_soon_only_in_future_clauses_and_long_infinitive_chains(make_document: MakeDocument) -> None:
    future = date_mentions(make_document("The court will soon rule on the case."))
    past = date_mentions(make_document("He was soon released, as soon as the guards came."))
    chain = date_mentions(make_document("They want to try to begin to meet on Monday."))
    assert texts(future) == ["soon"] and texts(past) == []
    assert texts(chain) == ["Monday"]


def test_a_holiday_naming_a_kind_of_party_is_no_date(make_document: MakeDocument) -> None:
    # "a Christmas party", "a Halloween market" are held on any day of the season: the day is told elsewhere
    document = make_document(
        "A gunman opened fire at a Christmas party in a church hall in Tulsa late on Friday. Two days later a "
        "fight broke out at a Halloween market. Carols were sung on Christmas morning and on Christmas Day."
    )
    assert texts(date_mentions(document)) == ["Friday", "Two days later", "Christmas", "Christmas Day"]
