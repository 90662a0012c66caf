"""Talks that reached nothing and raids made to arrest people, by kinds of failure (invented sentences): the
denied outcome is read in the parse of the talks' sentence, whatever words deny it; a raid with arrests and
no one hurt is the arrests, not an attack."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.detect.events import event_mentions


def kinds(make_document: Any, text: str) -> dict[str, str]:
    return {t.span.text_of(text): t.kind.sub_event_type for t in event_mentions(make_document(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The two governments held talks on their border dispute in Mombasa on Monday but failed to reach a deal.",
        "Ministers of the two states held talks on the border dispute on Wednesday, but no deal was announced.",
        "Talks between the army and the rebels on a ceasefire ended on Monday without an agreement.",
        "The army and the rebels held peace talks in Arusha on Tuesday; no deal was signed.",
        "Peace talks between the government and the rebels collapsed on Friday.",
        "Peace talks between the government and the rebels broke down on Friday.",
        "The two sides failed to agree on a truce at talks in Lusaka on Thursday.",
        "Two neighbours hold talks on water and border posts, no deal announced.",
        "The envoys of the two states held talks on the border dispute, but the sides announced no agreement.",
    ],
)
def test_talks_that_reached_nothing_are_no_agreement(make_document: Any, text: str) -> None:
    assert "Agreement" not in kinds(make_document, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The rebels and the government held peace talks in Arusha and signed a ceasefire on Tuesday.",
        "The government and the rebels signed a peace deal on Tuesday that ends a decade of war.",
        "The two governments held talks on the border dispute on Monday and reached a deal.",
    ],
)
def test_talks_that_reached_a_deal_still_agree(make_document: Any, text: str) -> None:
    assert "Agreement" in kinds(make_document, text).values()


def test_a_deal_its_own_clause_denies_is_no_agreement(make_document: Any) -> None:
    text = "The rebels recalled a peace deal that was never signed."
    assert kinds(make_document, text).get("deal") is None


@pytest.mark.parametrize(
    ("text", "raid"),
    [
        ("Police detained the opposition leader in a dawn raid on his home in Kutaisi on Tuesday.", "raid"),
        ("Security forces raided the offices of the newspaper on Monday and took five journalists into custody.",
         "raided"),
        ("Five activists were taken into custody in a night-time raid on Friday.", "raid"),
        ("Police raided the party's headquarters on Monday and detained 12 members, including its leader.", "raided"),
    ],
)  # fmt: skip
def test_a_raid_with_arrests_and_no_one_hurt_is_the_arrests(make_document: Any, text: str, raid: str) -> None:
    found = kinds(make_document, text)
    assert found[raid] == "Arrests"
    assert "Attack" not in found.values() and "Armed clash" not in found.values()


@pytest.mark.parametrize(
    ("text", "raid", "kind"),
    [
        ("Soldiers raided a village on Monday and killed three farmers.", "raided", "Attack"),
        ("Troops raided a rebel camp, killing four fighters and arresting two.", "raided", "Armed clash"),
    ],
)
def test_a_raid_that_hurt_people_is_still_violence(make_document: Any, text: str, raid: str, kind: str) -> None:
    assert kinds(make_document, text)[raid] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Security forces took five journalists into custody on Monday.",
        "Three opposition activists were taken into police custody in the capital on Friday.",
    ],
)
def test_people_taken_into_custody_are_arrested(make_document: Any, text: str) -> None:
    assert "Arrests" in kinds(make_document, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed when a grenade exploded at a shop in Kisumu on Monday. The blast happened during an "
        "attempted robbery, a witness said.",
        "A pensioner was attacked and beaten in a park in Kisumu on Sunday. A gang of teenagers then stole his phone.",
        "Border guards detained 30 people in a lorry near the frontier on Saturday. The driver is linked to a "
        "smuggling network and a trafficking gang.",
    ],
)
def test_violence_with_no_actor_next_to_a_crime_is_a_crime(make_document: Any, text: str) -> None:
    found = [t for t in event_mentions(make_document(text)) if t.sentence_index == 0]
    assert all(not t.kind.in_acled_scope for t in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen killed five villagers in an attack near Kisumu on Monday. The gang later fled into the forest.",
         "Attack"),
        ("Police arrested the opposition leader in Kisumu on Monday. Officers also seized drugs in a separate raid.",
         "Arrests"),
    ],
)  # fmt: skip
def test_an_armed_side_or_a_political_arrest_next_to_a_crime_stays_in_scope(
    make_document: Any, text: str, kind: str
) -> None:
    assert kind in [t.kind.sub_event_type for t in event_mentions(make_document(text)) if t.sentence_index == 0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("French troops handed the base back to the Malian army on Monday.", "Non-violent transfer of territory"),
        ("The rebels handed control of the town to the army on Monday.", "Non-violent transfer of territory"),
        ("The minister handed the letter back to the ambassador.", None),
        ("The president handed control of the ministry to his deputy.", None),
    ],
)
def test_ground_handed_back_or_its_control_handed_is_a_transfer(
    make_document: Any, text: str, kind: str | None
) -> None:
    assert kinds(make_document, text).get("handed") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police raided the offices of an opposition newspaper in Kitwe and closed it down.", "Other"),
        ("Police raided a house in the district and seized drugs.", None),
        ("Troops raided a rebel camp in the forest on Monday.", "Armed clash"),
    ],
)
def test_a_raid_by_the_forces_that_hurt_and_held_no_one_is_no_violence(
    make_document: Any, text: str, kind: str | None
) -> None:
    assert kinds(make_document, text).get("raided") == kind
