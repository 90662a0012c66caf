"""A short note that says people fell without counting them has ACLED's figure for such dead (invented notes)."""

from __future__ import annotations

import eventwire


def killed(text: str, title: str | None = None) -> int | None:
    events = eventwire.extract(text, published="2016-07-04", title=title).events
    assert events
    return events[0].killed


def test_casualties_reported_without_a_number_are_ten_dead() -> None:
    for text in (
        "Army troops clashed with rebels near Bunia. Casualties reported, numbers not known.",
        "Rebels fired mortar shells at an army base in Bunia causing casualties of unknown number.",
        "Fighting between two clan militias broke out in Bunia. Elders spoke of many casualties.",
    ):
        assert killed(text) == 10, text


def test_casualties_not_known_or_a_counted_toll_are_left_as_they_are() -> None:
    assert not killed("Army troops clashed with rebels near Bunia. Casualties not known.")
    assert killed("Army troops clashed with rebels near Bunia, killing three. Many casualties were reported.") == 3


def test_a_titled_report_is_no_note() -> None:
    text = "Army troops clashed with rebels near Bunia. Casualties reported, numbers not known."
    assert not killed(text, title="Army and rebels clash near Bunia")


def test_a_terse_toll_the_parse_leaves_unattached_is_the_notes_dead() -> None:
    assert killed("Rebels clashed with the army in Bunia, resulting in 3 killed and 10 wounded.") == 3
    assert killed("Between 2 and 5 soldiers killed, and several wounded in a bomb blast at a checkpoint in Bunia.") == 2


def test_a_pair_or_an_opening_person_told_killed_is_the_notes_dead() -> None:
    assert killed("A raid by rebels on an army post near Bunia resulted in a soldier and a rebel killed.") == 2
    assert killed("Ugandan trader found on the road near Bunia was shot and killed by gunmen after a dispute.") == 1


def test_people_killed_without_a_count_are_ten_dead() -> None:
    for text in (
        'Government jets struck a rebel base near Bunia. The strikes killed "fighters and civilians."',
        "Army troops overran a rebel camp near Bunia and killed all those inside.",
    ):
        assert killed(text) == 10, text


def test_people_killed_with_a_count_or_livestock_killed_are_left_as_they_are() -> None:
    assert killed("Gunmen attacked a market near Bunia, killing civilians; three bodies were found.") == 3
    assert not killed("Raiders attacked herders near Bunia and killed cattle.")
