"""The main event's place in wire copy filed from abroad (invented reports in the style of AP and Reuters copy):

- a dateline whose country has a name of several words ("BANGUI, Central African Republic (AP) —", "BRAZZAVILLE,
  Republic of the Congo (AP) —") is a dateline: an agreement signed in a third country is placed there, not at the
  dateline's capital;
- a national capital written in another spelling than the gazetteer's ("Kiev" for Kyiv, "Ulaanbaatar" for Ulan
  Bator) is the capital, not the country the article names;
- a place the gazetteer lacks named as a part of the city after it ("X, an industrial area on the northern
  outskirts of Dhaka") is the place, as a district of that city, not the city nor the dateline;
- a lead that places the event only in a country ("in central Peru") is narrowed to the place a later sentence
  names with its kind or as a place the gazetteer lacks ("in the rural area of X"), not to the dateline's capital;
  a bare town name of a later sentence (the victims' home town) does not move it from the dateline;
- "the province of X" where the gazetteer knows only the town X is the province the town lies in when it bears the
  town's name: a district a later report of the event names in it is more precise, and wins.
"""

from __future__ import annotations

import eventwire
from eventwire.lexicon.layout.article_layout import article_parts
from eventwire.model import Event, PartKind, PlaceKind


def main_event(text: str, published: str = "2026-03-10") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_dateline_with_a_country_of_several_words_is_a_dateline() -> None:
    text = (
        "BRAZZAVILLE, Republic of the Congo (AP) — Opposition leaders met the prime minister on Monday.\n\n"
        "They agreed to meet again."
    )
    datelines = [part for part in article_parts(text) if part.kind is PartKind.DATELINE]
    assert len(datelines) == 1
    assert datelines[0].span.text_of(text).startswith("BRAZZAVILLE, Republic of the Congo (AP) —")


def test_an_agreement_signed_abroad_under_a_dateline_of_several_words_is_placed_where_it_was_signed() -> None:
    event = main_event(
        "BANGUI, Central African Republic (AP) — The government and two rebel coalitions signed a peace agreement "
        "in Luanda, Angola, on Friday, officials in Bangui said on Sunday.\n\n"
        "The deal commits the rebels to hand over their weapons within 90 days, a government spokesman said."
    )
    assert event.sub_event_type == "Agreement"
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Luanda", "AO")


def test_a_capital_in_another_spelling_is_the_capital_not_the_country() -> None:
    event = main_event(
        "Hundreds of pensioners rallied outside parliament in central Kiev on Saturday to demand higher payments, "
        "organisers said.\n\nThe rally in Ukraine's capital ended peacefully."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Kyiv", "UA")


def test_an_unlisted_area_on_the_outskirts_of_a_city_is_the_place_not_the_city() -> None:
    event = main_event(
        "DHAKA (Reuters) - Villagers in Morabhanga, an industrial area on the western outskirts of Dhaka, beat a man "
        "to death on Tuesday after accusing him of stealing a goat, police said on Wednesday.\n\n"
        "The police said they had arrested five people."
    )
    assert event.sub_event_type == "Mob violence"
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.country) == ("Morabhanga", PlaceKind.DISTRICT, "BD")


def test_a_lead_placed_in_a_country_is_narrowed_to_the_area_a_later_sentence_names_not_the_dateline() -> None:
    event = main_event(
        "LIMA, Peru (AP) — Gunmen abducted three engineers in central Peru on Sunday, police said Monday.\n\n"
        "The three were taken from a mining camp in the rural area of Santa Quiruna, in the district of Huanta in "
        "Ayacucho region, where the army has been fighting remnants of the Shining Path, police said in a statement."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Santa Quiruna", "PE")


def test_a_bare_town_of_a_later_sentence_does_not_move_a_lead_placed_in_a_country_from_the_dateline() -> None:
    event = main_event(
        "LIMA (Reuters) - Gunmen abducted three engineers in central Peru on Sunday, police said Monday.\n\n"
        "The three had arrived from Huancayo last week, police said in a statement."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Lima", "PE")


def test_the_province_of_a_town_is_the_province_not_the_town() -> None:
    text = "KABUL (Reuters) - Police arrested four journalists in the central province of Uruzgan on Friday."
    found = eventwire.extract(text, published="2026-04-21")
    named = [m for m in found.places if m.text == "Uruzgan"]
    assert named and named[0].place is not None
    assert (named[0].place.kind, named[0].place.country) == (PlaceKind.ADMIN1, "AF")


def test_a_district_a_later_report_names_in_the_province_of_a_town_is_the_place() -> None:
    event = main_event(
        "PHNOM PENH (Reuters) - Cambodian police arrested three land activists in the northwestern province of "
        "Siem Reap late on Friday, their group said on Sunday.\n\n"
        "The activists were detained in Banteay Srei district and taken to the provincial police headquarters, a "
        "spokeswoman said.",
        published="2026-11-30",
    )
    assert event.sub_event_type == "Arrests"
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Banteay Srei", "KH")


def test_a_town_named_again_by_a_source_keeps_the_event_at_its_own_report() -> None:
    # "near Tessit" names the town as a landmark in the lead; "an official in Tessit" names it again with the dead
    # of the next paragraph: the event stays at its own report's mention, where the dateline does not win.
    event = main_event(
        "BAMAKO (AFP) - Fighting between soldiers and jihadists near Tessit in the northeast of Mali on Tuesday "
        "killed at least 12 people, a local official said.\n\n"
        '"We buried eight bodies this morning," an official in Tessit told AFP, asking not to be named.',
        published="2026-10-16",
    )
    assert event.event_type == "Battles"
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Tessit", "ML")


def test_a_lead_that_tells_its_news_earlier_this_week_reports_it() -> None:
    # "earlier this week" in the opening sentence is when the news happened, not an earlier happening; in a later
    # sentence it still is one ("Clashes earlier this month ...").
    published = "2026-10-16"
    lead = (
        "BAMAKO (AFP) - Fighting between soldiers and jihadists near Gao earlier this week killed at least 12 "
        "people, a local official said on Thursday.\n\n"
        "The clashes broke out on Tuesday when militants attacked an army post, the official said."
    )
    event = main_event(lead, published=published)
    assert (event.event_type, event.killed, event.status) == ("Battles", 12, "reported")
    assert event.place is not None and event.place.name == "Gao"
    later = (
        "BAMAKO (AFP) - Jihadists attacked an army post near Gao on Thursday, a local official said.\n\n"
        "Clashes earlier this week killed at least 12 people in the same area."
    )
    assert main_event(later, published=published).killed != 12


def test_an_organisations_acronym_is_no_town_the_gazetteer_lists_it_for() -> None:
    # "BRN" is among the gazetteer's names of Bern (its airport code): the rebel group's acronym places nothing.
    result = eventwire.extract("The BRN said on Wednesday that the talks would go on.", published="2026-10-16")
    assert [p.place.name for p in result.places if p.place is not None] == []


def test_the_town_the_wounded_were_flown_to_is_not_the_place() -> None:
    event = main_event(
        "BOGOTA, Colombia (AP) — A homemade bomb exploded under an army truck on Friday in the Alto Naya district "
        "of Cauca province, killing two soldiers and wounding four, the army said.\n\n"
        "The four wounded soldiers were airlifted to Cali. The army blamed a dissident rebel faction."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Alto Naya", "CO")


def test_the_town_a_witness_fled_to_is_not_the_place_of_an_attack_on_a_commune() -> None:
    event = main_event(
        "ABIDJAN, March 9 (AFP) - Gunmen killed nine villagers in an attack on Tondikoro, a rural commune in "
        "Mali's central Mopti region, on Sunday, residents said.\n\n"
        '"They came on motorbikes at night," a resident who fled to the town of Sevare told AFP by telephone.'
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Tondikoro", "ML")


def test_a_village_named_by_its_distance_from_a_city_is_the_place_not_the_city() -> None:
    event = main_event(
        "KINSHASA (Reuters) - Fighting between rebels and militias in South Kivu province killed at least 11 people "
        "on Saturday, local officials said.\n\n"
        "The clashes broke out at dawn around Kalonge, a farming village about 40 km (25 miles) northwest of Bukavu, "
        "said a civil society leader."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Kalonge", "CD")


def test_a_town_the_gazetteer_lacks_under_a_foreign_dateline_is_in_the_country_the_text_names() -> None:
    event = main_event(
        "NAIROBI (Reuters) - Somalia's army said it had recaptured the town of Bur Dhuhul from al Shabaab "
        "militants on Monday, after fighting that killed at least nine people.\n\n"
        "Residents said the militants had withdrawn from Bur Dhuhul before dawn."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Bur Dhuhul", "SO")


def test_a_date_right_after_the_verb_of_saying_dates_the_statement_not_the_event() -> None:
    """The parser may hang "on Tuesday" of "said on Tuesday it had recaptured" from the reported verb."""
    event = main_event(
        "NAIROBI (Reuters) - Somalia's army said on Tuesday it had recaptured the town of Bur Dhuhul in Hiran "
        "region from al Shabaab militants on Monday, after fighting that killed at least nine people."
    )
    assert event.date is not None and str(event.date.value) == "2026-03-09"


def test_the_leads_place_stands_for_an_event_first_told_after_it_under_the_capitals_dateline() -> None:
    event = main_event(
        "LA PAZ (AP) — Police fired tear gas on Wednesday to break up a blockade by hundreds of coca growers on the "
        "highway between Caranavi and Coroico, the government said.\n\n"
        "Eleven protesters were hurt, and six police officers were injured by stones thrown by the crowd."
    )
    assert event.place is not None
    assert event.place.name in ("Caranavi", "Coroico")


def test_a_place_the_gazetteer_lacks_named_by_its_distance_from_a_town_is_the_place() -> None:
    event = main_event(
        "NAIROBI, Kenya (AP) — Armed youths attacked a cattle camp in Kenya's Turkana county on Sunday, shooting "
        "dead nine people, most of them women and children, a county official said Monday.\n\n"
        "The raid took place at Lokwamosing, about 30 kilometers (19 miles) north of the county capital, said the "
        "official."
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.place is not None and (event.place.name, event.place.country) == ("Lokwamosing", "KE")


def test_a_day_of_this_week_told_after_an_earlier_this_week_lead_dates_the_event() -> None:
    # published on a Thursday; "on Tuesday" in the past perfect of a later sentence is the lead's "earlier this week"
    event = main_event(
        "NAIROBI (Reuters) - Al Shabaab militants said on Thursday that their fighters had captured Bur Eyle, a town "
        "in Somalia's Bay region, earlier this week after days of fighting with government troops.\n\n"
        "In a statement, the group said it had taken full control of the town and a nearby army base on Tuesday.\n\n"
        '"Most families left before the fighting reached the market," a resident who fled to Baidoa told Reuters by '
        "phone, asking not to be named.\n\n"
        "Somalia's government did not comment. The army has retaken several towns in the region since last year with "
        "the help of clan militias.",
        published="2026-03-12",
    )
    assert event.date is not None and str(event.date.value) == "2026-03-10"
