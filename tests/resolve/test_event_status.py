"""Background totals, earlier happenings, denials, threats and claims: kept with their status, never the main
event, and never giving their figures to the event the report tells of (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def events(text: str, published: str = "2024-05-07") -> tuple[Event, ...]:
    return eventwire.extract(text, published=published).events


def test_a_total_of_the_war_is_no_figure_of_the_main_event() -> None:
    text = (
        "BAGHDAD (Reuters) - A roadside bomb killed three soldiers near Tikrit on Monday, officials said. "
        "The insurgency has killed 36,000 people since 2009."
    )
    found = events(text)
    assert (found[0].status, found[0].killed) == ("reported", 3)
    assert all(e.killed != 36000 for e in found if e.status == "reported")
    assert [e.status for e in found if e.killed == 36000] in ([], ["aggregate"])


def test_an_earlier_attack_told_for_context_is_background_and_keeps_its_own_date() -> None:
    text = (
        "Gunmen attacked a police post in Maiduguri on Monday, killing two officers. "
        "In 2019, an ambush near the town killed 12 soldiers."
    )
    found = events(text)
    assert (found[0].status, found[0].killed, found[0].date and found[0].date.value) == ("reported", 2, "2024-05-06")
    background = [e for e in found if e.status == "background"]
    assert background and all(e.date is None or e.date.value == "2019" for e in background)


def test_the_point_a_superlative_is_measured_from_does_not_make_the_event_background() -> None:
    text = (
        "Police arrested 47 opposition activists in dawn raids on Wednesday, the biggest crackdown since the "
        "emergency law was passed last year. In 2019, a similar raid led to 12 arrests."
    )
    found = events(text, "2024-05-08")
    assert (found[0].sub_event_type, found[0].status) == ("Arrests", "reported")
    assert found[0].date is not None and found[0].date.value == "2024-05-08"


def test_a_toll_of_clashes_earlier_this_month_is_background_not_the_riots_toll() -> None:
    text = (
        "Protesters hurled stones at police in Kaolack on Tuesday, injuring nine people, officials said. "
        "Clashes earlier this month left 11 people dead across the country."
    )
    found = events(text, "2024-05-08")
    assert (found[0].event_type, found[0].killed, found[0].injured) == ("Riots", None, 9)


def test_no_progress_on_a_ceasefire_is_no_agreement() -> None:
    # the typing reads the denied verb ("made no progress on", "had not committed to"): no Agreement at all, so
    # none can lead the article's events while nothing was agreed
    for text in ("Envoys met in Doha on Thursday. They made no progress on a ceasefire.",
                 "Envoys met in Doha on Thursday. The rebels had not committed to a truce."):  # fmt: skip
        assert all(e.sub_event_type != "Agreement" for e in events(text))
    assert [e.sub_event_type for e in events("The rebels and the army signed a truce in Doha.")] == ["Agreement"]


def test_a_purpose_is_no_clash() -> None:
    found = events("Militias formed a coalition to fight the army in the north.")
    assert all(e.status == "hypothetical" for e in found if e.event_type == "Battles")


def test_a_claim_names_its_claimant() -> None:
    text = "The Taliban claimed responsibility for an attack that killed dozens of soldiers in Helmand."
    main = events(text)[0]
    assert (main.status, main.claimant, main.killed) == ("claimed", "Taliban", 12)
    assert main.claimant_span is not None and text[main.claimant_span.start : main.claimant_span.end] == "Taliban"


def test_the_aftermath_of_an_earlier_shooting_reports_that_shooting() -> None:
    text = (
        "A man accused of a shooting that left two people dead in Dayton last year went on trial on Monday. "
        "Prosecutors said he fired into a crowd."
    )
    main = events(text)[0]
    assert main.status == "reported" and main.killed == 2


def test_an_event_named_by_its_headline_cites_the_lead_that_tells_it() -> None:
    text = (
        "Market blast\n\nA bomb exploded at the central market of Kisumu on Sunday, killing two traders and "
        "wounding nine others, officials said."
    )
    main = eventwire.extract(text, published="2024-06-02", title="Market blast").events[0]
    assert main.event_type == "Explosions/Remote violence"
    assert main.sentence.text_of(text).startswith("A bomb exploded") and "Kisumu" in main.sentence.text_of(text)


def test_what_someone_could_face_is_no_happening() -> None:
    (found,) = events("The driver could face charges of attempted murder, prosecutors said.")
    assert found.status == "hypothetical"
    (faced,) = events("The driver faces charges of murder in the shooting of a cook in Kano on Sunday.")
    assert faced.status == "reported"


def test_no_one_hurt_is_a_figure_of_none() -> None:
    (found,) = events("Gunmen fired at a police post in Kano on Sunday. No one was hurt, police said.")
    assert found.injured == 0


def test_a_meeting_leads_before_a_total_of_the_war() -> None:
    text = (
        "GENEVA (AP) - Envoys from Peru and Chile met in Geneva on Monday to discuss their border dispute. "
        "The conflict has killed more than 4,000 people since 1995."
    )
    found = events(text)
    assert found[0].provenance.stage == "verbal_events"
    assert any(e.status == "aggregate" for e in found[1:])


def test_a_quote_keeps_its_event_when_a_total_moves_after_the_meeting() -> None:
    text = (
        "GENEVA (AP) - Envoys from Peru and Chile met in Geneva on Monday to discuss their border dispute. "
        "The conflict has killed more than 4,000 people since 1995. "
        '"The war has cost us too much," said Ana Ruiz, a Peruvian envoy.'
    )
    result = eventwire.extract(text, published="2024-05-07")
    assert result.events[0].provenance.stage == "verbal_events"
    linked = [result.events[q.event] for q in result.quotes if q.event is not None]
    assert linked and all(e.provenance.stage == "verbal_events" for e in linked)  # the meeting, not the total


def test_an_event_told_before_the_toll_of_the_war_it_would_end_is_reported_not_aggregate() -> None:
    text = (
        "MAPUTO, Mozambique (Reuters) - The government and the main rebel movement signed a peace agreement in "
        "Lusaka, Zambia, on Tuesday, the latest attempt to end a civil war that has killed an estimated 30,000 "
        "people.\n\nPrevious agreements collapsed within months."
    )
    found = events(text)
    assert (found[0].sub_event_type, found[0].status, found[0].killed) == ("Agreement", "reported", None)
    assert found[0].place is not None and found[0].place.name == "Lusaka"
    assert found[0].trigger.start < text.index("Previous")


def test_an_agreement_settling_a_dispute_told_before_a_relative_clause_of_recent_years_is_reported() -> None:
    text = (
        "ASTANA, March 27 (Reuters) - The foreign ministers of Mongolia and Kazakhstan signed an agreement in the "
        "Russian city of Omsk on Wednesday settling the last disputed sections of a river boundary, which has seen "
        "deadly clashes between herders in recent years.\n\n"
        "Talks in Astana in January had ended without progress."
    )
    found = events(text, published="2025-03-27")
    assert (found[0].sub_event_type, found[0].status) == ("Agreement", "reported")
    assert found[0].place is not None and (found[0].place.name, found[0].place.country) == ("Omsk", "RU")


def test_an_earlier_time_in_a_clause_below_the_report_does_not_make_it_background() -> None:
    text = (
        "KUTAISI, Nov 3 (Reuters) - Police detained 11 opposition activists in night-time raids in Kutaisi late on "
        "Sunday on charges of organising riots during protests last month, the ministry said."
    )
    (main, *_) = events(text, "2024-11-03")
    assert (main.sub_event_type, main.status) == ("Arrests", "reported")
    assert main.date is not None and main.date.value == "2024-11-03"


def test_an_arrest_for_an_attack_years_ago_is_reported_and_the_attack_background() -> None:
    text = "Police arrested two opposition activists in Kaolack on Monday for attacking a police post in 2019."
    found = events(text)
    assert (found[0].sub_event_type, found[0].status) == ("Arrests", "reported")


def test_an_earlier_time_of_the_report_itself_still_makes_it_background() -> None:
    text = (
        "Rebels ambushed an army patrol near Kaolack on Monday, killing three soldiers. Last year, gunmen killed "
        "five villagers in an attack near the town."
    )
    found = events(text)
    assert (found[0].sub_event_type, found[0].killed) == ("Armed clash", 3)
    assert {e.status for e in found if e.sub_event_type == "Attack"} == {"background"}


def test_talks_that_announced_no_agreement_are_a_meeting_on_their_own_day() -> None:
    text = (
        "NAIROBI, March 26 (Reuters) - Kenya's foreign minister held talks in Mogadishu on Wednesday with Somalia's "
        "president on their maritime border dispute, but the two sides announced no agreement.\n\n"
        "A Kenyan spokesman said on Thursday that a committee would meet next month."
    )
    title = "Kenya, Somalia hold talks on sea border, no deal announced"
    (main, *_) = eventwire.extract(text, published="2024-03-28", title=title).events
    assert (main.event_type, main.plover, main.status) == ("none", "CONSULT", "reported")
    assert main.date is not None and main.date.value == "2024-03-27"


def test_an_armed_partys_own_account_of_what_it_did_is_its_claim() -> None:
    (main, *_) = events("Al-Shabaab said its fighters killed 20 soldiers in an attack on a base near Afgoye on Monday.")
    assert (main.status, main.claimant) == ("claimed", "Al-Shabaab")
    (taken, *_) = events("The rebels said they had captured the town of Kidal on Sunday.")
    assert (taken.status, taken.claimant) == ("claimed", "rebels")


def test_the_forces_report_and_witnesses_telling_of_others_are_no_claim() -> None:
    for text in (
        "The army said it killed 30 militants in airstrikes near Kidal on Sunday.",
        "Residents said they saw gunmen kill five villagers in Kidal on Sunday.",
        "Police said the gunmen killed three people in Kidal on Sunday.",
    ):
        (main, *_) = events(text)
        assert (main.status, main.claimant) == ("reported", None), text


def test_an_earlier_shootout_at_the_end_of_a_report_of_talks_is_not_its_main_event() -> None:
    text = (
        "NAIROBI (AP) — The leaders of Kenya and Somalia held talks in Mombasa on Monday but failed to agree on "
        "steps to settle their maritime border dispute, officials said.\n\n"
        "The two sides will meet again next month, a Kenyan spokesman said on Tuesday.\n\n"
        "A shootout between Somali gunmen and Kenyan police near the border town of Mandera in September 2023 left "
        "four people dead."
    )
    found = eventwire.extract(text, published="2026-11-03", title="Kenya, Somalia leaders meet, agree nothing").events
    assert (found[0].event_type, found[0].plover) == ("none", "CONSULT")
    assert [e.status for e in found if e.event_type == "Battles"] == ["background"]
