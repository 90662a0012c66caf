"""Reports whose news is talks, a visit or a signed deal, with violence only as background or as the cause of the
talks: the background event is never the main event; an agreement told with the time something else has lasted
("closed since March") stays reported; a deal not reached ("without agreeing on a truce") is no agreement.
Invented reports, each kind written three ways (other countries, wording, syntax and order of facts)."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Event


def events(text: str, published: str, title: str = "Talks report") -> tuple[Event, ...]:
    return eventwire.extract(text, published=published, title=title).events


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("LIMA, May 7 (Reuters) - Peru and Ecuador signed an agreement in Quito on Wednesday to end the dispute over "
         "their border crossing at Huaquillas, closed since March 2025, the foreign ministry said.\n\nPeru shut the "
         "crossing after an attack near Tumbes in March 2025 in which nine people were killed.", "2026-05-07"),
        ("DHAKA (AP) — Myanmar's military government and the Arakan Army rebels reached a ceasefire deal in Kunming on "
         "Friday, reopening a highway that has been shut since 2024, Chinese state media said.\n\nThe highway was cut "
         "after rebels ambushed a convoy near Sittwe in 2024, killing 30 soldiers.", "2026-03-14"),
        ("ASMARA, Eritrea (Reuters) - Rebels and the government signed a peace accord in Nairobi on Monday to restore "
         "a power line to the north, cut since October 2025 by fighting, a government spokesman said. Fighting near "
         "Keren in October 2025 killed at least 40 people.", "2026-06-02"),
    ],
)  # fmt: skip
def test_an_agreement_told_with_how_long_something_else_has_lasted_is_the_main_event(text: str, published: str) -> None:
    main = events(text, published)[0]
    assert (main.sub_event_type, main.status) == ("Agreement", "reported")
    assert main.trigger.start < text.index("\n\n") if "\n\n" in text else text.index("Fighting")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("MANILA (Reuters) - Government and communist rebel negotiators ended three days of talks in Oslo on Wednesday "
         "without agreeing on a truce, Norwegian mediators said.", "2026-05-07"),
        ("Kurdish and Syrian government delegations left Damascus on Sunday without signing the ceasefire that "
         "Washington had drafted, officials on both sides said.", "2026-02-16"),
        ("Without reaching a truce, the warring parties in South Sudan broke off their meeting in Addis Ababa on "
         "Friday, the regional bloc said.", "2026-11-21"),
    ],
)  # fmt: skip
def test_a_deal_not_reached_is_no_reported_agreement(text: str, published: str) -> None:
    assert all(e.status != "reported" for e in events(text, published) if e.sub_event_type == "Agreement"), text


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Brazil closed the crossing at Pacaraima in August after clashes between soldiers and miners.", "2026-10-14"),
        ("In early March, rioters burned the customs post at Kalemie after a smuggler was shot dead.", "2026-06-02"),
        ("The curfew was imposed after gunmen attacked a market near Bawku in January, killing five.", "2026-04-20"),
    ],
)  # fmt: skip
def test_an_event_dated_by_an_earlier_month_of_the_year_is_background(sentence: str, published: str) -> None:
    text = (
        "The two governments held talks on the border on Tuesday, officials said.\n\n"
        "A technical team will meet next month, a spokesman said on Wednesday.\n\n" + sentence
    )
    found = [e for e in events(text, published) if e.event_type not in {"none", "Strategic developments"}]
    assert found and all(e.status == "background" for e in found), [(e.sub_event_type, e.status) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "place", "day"),
    [
        # talks as the subject of the verb that tells they took place
        ("YEREVAN, Armenia (AP) — Talks between Armenia and Azerbaijan on a peace treaty broke up in Abu Dhabi on "
         "Tuesday without a deal, Armenia's foreign ministry said.\n\nFighting over Nagorno-Karabakh in 2020 killed "
         "more than 6,500 people.", "2026-05-07", "Abu Dhabi", "2026-05-05"),
        ("NICOSIA (Reuters) - Informal talks hosted by the United Nations on the divided island ended in Vienna on "
         "Monday without agreement, a U.N. spokesman said.", "2026-03-10", "Vienna", "2026-03-09"),
        # a spell of talks ("two days of talks") that a verb tells were held
        ("MANILA (Reuters) - Delegations of the Philippine government and the communist rebels ended three days of "
         "talks in Oslo on Wednesday without agreeing on a truce, Norwegian mediators said.\n\nOn Tuesday, rebels "
         "ambushed an army patrol in Samar, killing four soldiers, the army said.", "2026-05-07", "Oslo",
         "2026-05-06"),
        ("BOGOTA, Colombia (AP) — Colombia's government wrapped up a second round of negotiations with the ELN rebels "
         "in Caracas on Friday, officials said.", "2026-08-15", "Caracas", "2026-08-14"),
        ("HANOI (Reuters) - Indirect negotiations mediated by Singapore opened in Jakarta on Thursday, a Vietnamese "
         "government spokeswoman said.", "2026-07-24", "Jakarta", "2026-07-23"),
        ("ACCRA (Reuters) - Ghana and Togo concluded four hours of talks in Lome on Sunday, a Ghanaian official said."
         "\n\nGunmen killed two soldiers near the border on Saturday.", "2026-04-13", "Lomé", "2026-04-12"),
        # talks with a counterpart the actor coding does not name
        ("DUSHANBE (AP) — Tajikistan's interior minister held talks with Kyrgyz border officials in Osh on Monday, "
         "his ministry said.", "2026-09-16", "Osh", "2026-09-14"),
        ("NOUAKCHOTT (AP) — Mali's defence minister held talks with Mauritanian commanders in Nouakchott on Thursday "
         "on security, the ministry said.", "2026-02-20", "Nouakchott", "2026-02-19"),
        ("CARACAS (Reuters) - Venezuela's foreign minister held talks with Guyanese officials in Brasilia on Tuesday "
         "on their border, but the two sides announced no agreement.", "2026-10-14", "Brasília", "2026-10-13"),
    ],
)  # fmt: skip
def test_the_talks_the_lead_tells_are_the_main_event(text: str, published: str, place: str, day: str) -> None:
    main = events(text, published)[0]
    assert (main.event_type, main.plover, main.status) == ("none", "CONSULT", "reported")
    assert main.place is not None and main.place.name == place
    assert main.date is not None and main.date.value == day
