"""An event is dated by its happening, not by the statement that reports it (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event
from eventwire.model.canonical import to_json


def main_event(text: str, published: str) -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_the_day_of_the_statement_is_not_the_day_of_the_raid() -> None:
    event = main_event(
        "Police raided a house in Kano late Friday and arrested two men, police said on Sunday.", "2023-05-08"
    )
    assert (event.date and event.date.value, event.date_basis) == ("2023-05-05", "text")


def test_officials_said_today_does_not_date_the_strike_of_the_night_before() -> None:
    text = "An air strike hit a market in Kunduz, killing five people, officials said today. It happened late Monday."
    event = main_event(text, "2023-05-09")
    assert event.date is not None and event.date.value == "2023-05-08"


def test_sunday_night_is_sunday() -> None:
    event = main_event("Gunmen shot dead a trader in Kano on Sunday night, police said on Monday.", "2023-05-08")
    assert event.date is not None and event.date.value == "2023-05-07"


def test_a_lead_without_a_date_says_it_is_dated_by_the_publication_day() -> None:
    result = eventwire.extract("Gunmen killed two farmers in a village near Kano, police said.", published="2023-05-08")
    event = result.events[0]
    assert (event.date and event.date.value, event.date_basis) == ("2023-05-08", "published")
    assert to_json(result)["events"][0]["time_precision"] == 2


def test_an_undated_background_event_stays_undated() -> None:
    text = (
        "Gunmen killed two farmers in a village near Kano on Monday, police said. "
        "A similar attack on the village had killed four people."
    )
    events = eventwire.extract(text, published="2023-05-09").events
    background = [e for e in events if e.status == "background"]
    assert background and all(e.date is None and e.date_basis is None for e in background)


def test_a_short_acled_style_note_takes_its_stated_date_and_toll() -> None:
    text = "On 3 March 2022, Russian forces shelled residential areas of Kharkiv city. 2 civilians were killed."
    event = main_event(text, "2022-03-10")
    assert (event.date and event.date.value, event.killed, event.status) == ("2022-03-03", 2, "reported")


def test_the_day_of_the_arrest_is_not_the_day_of_the_shooting() -> None:
    text = (
        "A man was arrested Thursday in the fatal shooting of a cook outside a diner in Dalton. "
        "Police had been looking for him since early Monday, when shots were fired at the diner."
    )
    event = main_event(text, "2019-06-14")
    assert event.date is not None and event.date.value == "2019-06-10"


def test_a_sentencing_date_does_not_date_the_killing() -> None:
    text = (
        "A Hartwell man was sentenced Tuesday to 30 years in prison for the shooting death of his neighbour. "
        "The neighbour was shot on March 3 outside his home on Elm Street."
    )
    event = main_event(text, "2019-09-12")
    assert event.date is not None and event.date.value == "2019-03-03"


def test_an_arrest_keeps_its_own_date() -> None:
    text = "Soldiers arrested two militants in Kano on Thursday, a spokesman said."
    event = main_event(text, "2019-06-14")
    assert event.event_type == "Strategic developments"
    assert event.date is not None and event.date.value == "2019-06-13"


def test_with_no_other_date_the_arrest_day_is_nearer_than_the_publication_day() -> None:
    text = "A man was arrested Sunday after a shooting in a parking lot in Dalton left a cook dead."
    event = main_event(text, "2019-06-18")
    assert event.date is not None and event.date.value == "2019-06-16"


def test_a_page_stamp_does_not_date_the_shooting() -> None:
    text = (
        "Two hurt in Millbrook shooting Posted: Friday, June 12, 2020 6:10 AM EDT Updated: Friday, June 12, 2020 "
        "6:10 AM EDT\n\nMILLBROOK, Ala. (AP) - Two men were wounded in a shooting outside a bar, police said.\n\n"
        "The shooting happened shortly before 11 p.m. Tuesday on Main Street."
    )
    event = main_event(text, "2020-06-12")
    assert event.date is not None and event.date.value == "2020-06-09"


def test_a_video_caption_stamp_does_not_date_the_shooting() -> None:
    text = (
        "Police say a man fired into a crowd at a park. (Published Sunday, Aug. 9, 2020)\n\n"
        "A gunman shot and wounded three people at a park in Dover on Saturday night, police said."
    )
    event = main_event(text, "2020-08-09")
    assert event.date is not None and event.date.value == "2020-08-08"


def test_the_date_of_the_death_does_not_date_the_shooting_that_preceded_it() -> None:
    text = "A Dover teenager died Wednesday after being shot in the head Monday outside his school, police said."
    event = main_event(text, "2020-03-13")
    assert event.date is not None and event.date.value == "2020-03-09"


def test_a_manhunt_after_a_shooting_is_dated_after_it() -> None:
    text = (
        "Police were hunting a gunman on Monday after he shot two officers in Dover. "
        "The officers were shot during a traffic stop on Sunday night, police said."
    )
    event = main_event(text, "2020-03-10")
    assert event.date is not None and event.date.value == "2020-03-08"


def test_the_date_inside_the_shooting_phrase_beats_the_date_of_the_hearing() -> None:
    text = (
        "A judge on Wednesday found probable cause against a boy in Tuesday's shooting of his friend at a farm "
        "near Dover."
    )
    event = main_event(text, "2020-03-12")
    assert event.date is not None and event.date.value == "2020-03-10"


def test_a_lead_without_a_day_takes_the_first_day_the_article_tells() -> None:
    text = (
        "A birthday party in east Dover ended in gunfire, leaving one man dead and two others hurt.\n\n"
        "Neighbours described a crowded back yard and loud music.\n\n"
        "Many of the guests had come from out of town.\n\n"
        "Officers were called to the house on Elm Street around 11 p.m. Thursday, a police spokesman said."
    )
    event = main_event(text, "2020-03-14")
    assert (event.date and event.date.value, event.date_basis) == ("2020-03-12", "text")


def test_a_later_statement_day_does_not_date_a_lead_without_one() -> None:
    text = (
        "A birthday party in east Dover ended in gunfire, leaving one man dead and two others hurt.\n\n"
        "Neighbours described a crowded back yard and loud music.\n\n"
        "Many of the guests had come from out of town.\n\n"
        "Police said on Thursday that no arrests had been made."
    )
    event = main_event(text, "2020-03-14")
    assert (event.date and event.date.value, event.date_basis) == ("2020-03-14", "published")


def test_a_stamp_under_the_label_with_its_weekday_and_a_date_line_date_no_event() -> None:
    text = (
        "Published: Saturday, 6/13/2020 - Updated: 1 day ago\n\n"
        "By Jane Roe\n\nJune 12, 2020\n\n"
        "DOVER, Del. -- A man was shot and wounded outside a store in Dover, police said.\n\n"
        "He was taken to a hospital.\n\nThe store on Elm Street was closed.\n\n"
        "The shooting happened about 10 p.m. Thursday."
    )
    event = main_event(text, "2020-06-13")
    assert event.date is not None and event.date.value == "2020-06-11"


def test_a_past_perfect_date_after_the_lead_is_background() -> None:
    text = (
        "Hundreds of traders protested in Dover against the removal of the mayor. "
        "A court had removed the mayor on Monday over unpaid taxes."
    )
    event = main_event(text, "2020-06-12")
    assert (event.date and event.date.value, event.date_basis) == ("2020-06-12", "published")


def test_the_date_of_a_dateline_is_the_filing_day_not_the_event_day() -> None:
    text = (
        "Thousands rally in Porto over bus fares\n\n"
        "PORTO, March 12 (Reuters) - Thousands of people rallied in central Porto on Saturday against a rise in "
        "bus fares, organisers said.\n\n"
        "The rally ended peacefully."
    )
    event = main_event(text, "2024-03-12")
    assert (event.event_type, event.date and event.date.value) == ("Protests", "2024-03-09")


def test_setting_off_a_bomb_is_the_happening_not_its_aftermath() -> None:
    text = (
        "NAIROBI, Kenya (Reuters) - Militants set off a roadside bomb under an army truck near Mandera on Wednesday, "
        "killing four soldiers, the army said.\n\nTroops searched nearby villages on Thursday."
    )
    event = main_event(text, "2022-05-06")
    assert (event.sub_event_type, event.date and event.date.value) == ("Remote explosive/landmine/IED", "2022-05-04")


def test_a_day_the_parser_hangs_on_the_attribution_still_dates_the_reported_shooting() -> None:
    text = (
        "Seven people were shot, three of them fatally, at a birthday party in the Dover suburb of Camden in Kent "
        "County late Friday, Camden police said Saturday."
    )
    event = main_event(text, "2021-07-11")
    assert (event.date and event.date.value, event.date_basis) == ("2021-07-09", "text")


def test_a_when_clause_hung_on_the_attribution_still_dates_the_reported_shooting() -> None:
    text = (
        "Two people were killed and six wounded when shots rang out at a backyard party in Dover shortly after "
        "midnight Saturday, police said Sunday."
    )
    event = main_event(text, "2021-07-11")
    assert (event.date and event.date.value, event.date_basis) == ("2021-07-10", "text")


def test_an_investigation_day_does_not_date_the_shooting() -> None:
    text = (
        "Police on Friday were investigating the death of a man who was shot outside a motel in Dover.\n\n"
        "Officers were called around 11 p.m. Thursday to a report of gunfire."
    )
    event = main_event(text, "2020-06-12")
    assert event.date is not None and event.date.value == "2020-06-11"


def test_the_day_a_toll_rose_is_not_the_day_of_the_bombing() -> None:
    text = (
        "MOSUL, Iraq (AP) - The death toll from a car bombing at a bus station in Mosul rose to 15 on Thursday, "
        "health officials said.\n\nThe car exploded on Wednesday morning as commuters waited for buses."
    )
    event = main_event(text, "2021-03-05")
    assert (event.date and event.date.value, event.killed) == ("2021-03-03", 15)


def test_a_day_inside_the_toll_phrase_still_dates_the_strike() -> None:
    text = (
        "The death toll from a missile strike on a school in Kharkiv late Monday rose to nine on Wednesday as "
        "rescuers searched the rubble, officials said."
    )
    event = main_event(text, "2023-03-09")
    assert event.date is not None and event.date.value == "2023-03-06"


def test_an_earlier_shooting_told_for_context_is_an_event_of_its_own() -> None:
    text = (
        "DOVER, Del. (AP) - Seven people were shot, three of them fatally, at a birthday party in the Dover suburb "
        "of Camden in Kent County late Saturday, Camden police said Sunday.\n\n"
        "The four wounded were taken to hospitals.\n\n"
        "It was the second mass shooting in the area in a month. On June 3, two people were killed and one wounded "
        "outside a bar in the city's Elm Park district."
    )
    events = eventwire.extract(text, published="2022-06-19").events
    assert events[0].date is not None and events[0].date.value == "2022-06-18"
    assert events[0].killed != 2
    earlier = [e for e in events[1:] if e.date is not None and e.date.value == "2022-06-03"]
    assert earlier and earlier[0].killed == 2


# A lead that names no day of its event ("overnight", "officials said on Thursday") must not borrow the day of an
# earlier happening told near it as background: three reporters' ways of telling one.
def _lead_event(text: str, published: str) -> Event:
    return eventwire.extract(text, published=published, title="Attack report").events[0]


def test_a_background_kidnapping_day_does_not_date_the_attack() -> None:
    event = _lead_event(
        "MAIDUGURI, Nigeria, March 12 (Reuters) - Gunmen attacked a camp for displaced people outside Maiduguri "
        "overnight, killing seven people, a camp official said on Wednesday.\n\nThe attackers arrived on motorcycles "
        "and set fire to shelters, the official said.\n\nThe insurgency drew world attention after the kidnapping of "
        "276 schoolgirls from the town of Chibok on April 14, 2014.",
        "2025-03-12",
    )
    assert event.date is not None and event.date.value in ("2025-03-11", "2025-03-12")


def test_the_day_of_an_earlier_kidnapping_since_which_tension_ran_high_does_not_date_the_bombing() -> None:
    event = _lead_event(
        "BOGOTA (AP) — A car bomb exploded outside a police station in the town of Jamundi, wounding 11 people, the "
        'mayor said on Tuesday.\n\n"It was a cowardly act," Mayor Ana Ruiz told reporters.\n\nTension has run high '
        "in the area since rebels kidnapped two soldiers near the town on 3 June 2024.",
        "2025-08-20",
    )
    assert (event.injured, event.date and event.date.value) == (11, "2025-08-20")


def test_a_mosque_bombing_years_before_does_not_date_the_raid_on_a_checkpoint() -> None:
    event = _lead_event(
        "PESHAWAR, Pakistan (Reuters) - Militants stormed a security checkpoint in the Khyber district, killing five "
        "soldiers, the army said in a statement.\n\nThe Pakistani Taliban claimed responsibility.\n\nViolence has "
        "risen in the province since a suicide bomber killed more than 100 people at a mosque in Peshawar on Jan. 30, "
        "2023.",
        "2025-11-04",
    )
    assert (event.killed, event.date and event.date.value) == (5, "2025-11-04")


def test_a_war_that_began_with_an_attack_on_a_day_years_before_does_not_date_the_shelling() -> None:
    event = _lead_event(
        "KYIV, June 3 (Reuters) - Russian artillery shelled a market in the town of Kupiansk overnight, killing four "
        "people and wounding nine, regional officials said on Tuesday.\n\nThe market had reopened a week ago, a "
        "trader said, after months of closures.\n\nUkrainian officials say thousands of civilians have been killed "
        "since the invasion began with missile strikes on Kyiv on Feb. 24, 2022.",
        "2025-06-03",
    )
    assert event.date is not None and event.date.value in ("2025-06-02", "2025-06-03")


def test_a_day_before_a_trailing_attribution_dates_the_arrests_not_the_statement() -> None:
    # the parser hangs a noun of the report ("a cleric") from "said" as a second subject: the attribution's subject
    # is the one nearest before the verb, and "on Tuesday" stands before it, in the report
    text = (
        "Police detained 23 people, among them a Sunni cleric and three of his nephews, in raids on homes in Qusar, "
        "a mountain town on the border north of Quba, on Tuesday, the Interior Ministry said on Thursday."
    )
    event = main_event(text, "2025-03-13")
    assert event.date is not None and event.date.value == "2025-03-11"
