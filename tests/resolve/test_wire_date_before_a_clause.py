"""A date told before the conjunction of a clause that says what came first ("set cars on fire in X, a suburb of
Y, late on Sunday after a teenager died", which the parser may hang from "died") dates the main clause's event, not
the earlier happening; a date inside that clause ("died Wednesday after being shot Monday") stays its own. Each kind
told by invented reporters in other wording, syntax and countries.
"""

from __future__ import annotations

import pytest

import eventwire

BEFORE_THE_CLAUSE = [
    (
        "PARIS (Reuters) - Youths torched cars and a bus shelter in Clichy-sous-Bois, a town north-east of Paris, late "
        "on Saturday after a young man died in a scooter crash during a police chase, the local prefecture said on "
        "Sunday.",
        "2026-05-03",
        "2026-05-02",
    ),
    (
        "BRUSSELS (AP) — Groups of young people set fire to cars and threw stones at police in Molenbeek, a district "
        "of the Belgian capital, late on Friday after officers shot a teenager who had fled a check, police said on "
        "Saturday.",
        "2026-05-02",
        "2026-05-01",
    ),
    (
        "STOCKHOLM (Reuters) - Masked youths burned cars and attacked a police station in Rinkeby, a suburb north of "
        "Stockholm, on Monday evening after a man was killed by a police car, police said on Tuesday.",
        "2026-05-05",
        "2026-05-04",
    ),
    (
        "JOHANNESBURG (Reuters) - Residents burned tyres and stoned police cars in Soweto, the township south-west of "
        "the city, late on Sunday when a boy was hit by a police van, police said on Monday.",
        "2026-05-04",
        "2026-05-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), BEFORE_THE_CLAUSE)
def test_a_date_before_an_after_clause_dates_the_main_event(text: str, published: str, day: str) -> None:
    event = eventwire.extract(text, published=published).events[0]
    assert event.date is not None and event.date.value == day
