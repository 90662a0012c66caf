from __future__ import annotations

from typing import Any

from eventwire.model import (
    DateMention,
    Event,
    Granularity,
    PlaceKind,
    PlaceMention,
    Provenance,
    ResolvedDate,
    ResolvedPlace,
    Span,
)
from eventwire.pipeline import EVENTS
from eventwire.resolve.events import title_families

KYIV = ResolvedPlace("Kyiv", PlaceKind.CITY, 50.45, 30.52, country="UA", admin1="Kyiv City")
SHEVCHENKIVSKYI = ResolvedPlace(
    "Shevchenkivskyi District", PlaceKind.DISTRICT, 50.46, 30.47, country="UA", admin1="Kyiv City", city="Kyiv"
)
UKRAINE = ResolvedPlace("Ukraine", PlaceKind.COUNTRY, 49.0, 32.0, country="UA")
TEST_PROVENANCE = Provenance("test", "0")

KYIV_TEXT = (
    "Suspected Russian missile strikes hit downtown Kyiv on Thursday. "
    'The mayor said there had been "two hits in the Shevchenkovsky district". '
    "He said three people had been taken to the hospital. "
    "Earlier, Ukraine's president met the U.N. chief for talks."
)


def place(text: str, phrase: str, resolved: ResolvedPlace, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return PlaceMention(Span(start, start + len(phrase)), phrase, resolved, TEST_PROVENANCE)


def day(text: str, phrase: str, value: str) -> DateMention:
    start = text.index(phrase)
    resolved = ResolvedDate(value, Granularity.DAY)
    return DateMention(Span(start, start + len(phrase)), phrase, resolved, TEST_PROVENANCE)


def assemble(
    run_stages: Any,
    text: str,
    published: str | None,
    dates: tuple[Any, ...] = (),
    places: tuple[Any, ...] = (),
    title: str | None = None,
) -> tuple[Event, ...]:
    document = run_stages(text, "events", published=published, title=title, layers={"dates": dates, "places": places})
    return document.get(EVENTS)


def test_kyiv_missile_strike_is_the_main_event_with_its_circumstances(run_stages: Any) -> None:
    places = (place(KYIV_TEXT, "Kyiv", KYIV), place(KYIV_TEXT, "Shevchenkovsky district", SHEVCHENKIVSKYI))
    found = assemble(run_stages, KYIV_TEXT, "2022-04-28", (day(KYIV_TEXT, "Thursday", "2022-04-28"),), places)
    main = found[0]
    assert (main.event_type, main.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert main.date is not None and main.date.value == "2022-04-28"
    assert main.date_span is not None and KYIV_TEXT[main.date_span.start : main.date_span.end] == "Thursday"
    assert main.place is not None and main.place.city == "Kyiv" and main.place.kind is PlaceKind.DISTRICT
    assert main.actor1 is not None and main.actor1.name == "Military Forces of Russia (2000-)"
    assert main.actor2 is not None and main.actor2.name == "Civilians (Ukraine)"
    assert (main.killed, main.injured) == (None, 3)
    assert main.provenance.stage == "events" and 0.8 <= main.provenance.score <= 1.0
    assert all(e.event_type != "Strategic developments" for e in found)  # talks are no ACLED event


def test_no_acled_event_gives_no_events(run_stages: Any) -> None:
    text = "The ministers met in Geneva on Monday to discuss trade. A storm killed three people in the north."
    assert assemble(run_stages, text, "2021-03-02") == ()


def test_publication_date_stands_in_with_lower_confidence(run_stages: Any) -> None:
    text = "Protesters marched through the capital against the new tax."
    (event,) = assemble(run_stages, text, "2016-06-18")
    assert event.sub_event_type == "Peaceful protest" and event.date is not None and event.date.value == "2016-06-18"
    assert event.date_span is None and event.provenance.score < 0.8
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert assemble(run_stages, text, None)[0].date is None


def test_reports_of_the_same_event_merge_and_figures_are_not_summed(run_stages: Any) -> None:
    text = (
        "Militants attacked a village near the border, killing five civilians. "
        "The attack also left 12 people wounded. "
        "Five people were killed in the attack, officials said."
    )
    (event,) = assemble(run_stages, text, "2016-07-01")
    assert event.sub_event_type == "Attack" and (event.killed, event.injured) == (5, 12)
    assert len(event.casualty_spans) == 3


def test_crime_is_reported_as_out_of_scope_and_comes_after_an_acled_event_in_the_lead(run_stages: Any) -> None:
    crime = "A man was shot and killed outside a bar in the city on Sunday night, police said."
    (event,) = assemble(run_stages, crime, "2016-02-09")
    assert (event.event_type, event.sub_event_type, event.plover) == ("none", "none", "ASSAULT")
    assert event.killed == 1
    both = "Soldiers clashed with rebels near the airport. " + crime
    found = assemble(run_stages, both, "2016-02-09")
    assert [e.event_type for e in found] == ["Battles", "none"]


def test_headline_picks_the_event_it_reports(run_stages: Any) -> None:
    text = "Police arrested 40 opposition activists on Monday. Separately, a man was shot dead in a robbery."
    found = assemble(run_stages, text, "2020-01-07", title="Man shot dead in robbery")
    assert found[0].event_type == "none" and found[0].killed == 1
    assert title_families("Boy, 14, fatally shot while hunting") == frozenset({"violence"})


def test_region_is_narrowed_to_the_town_the_article_names(run_stages: Any) -> None:
    text = "Police in Kyiv are investigating. In Ukraine, gunmen shot two villagers dead on Friday."
    places = (place(text, "Kyiv", KYIV), place(text, "Ukraine", UKRAINE))
    (event,) = assemble(run_stages, text, "2020-01-07", places=places)
    assert event.place == KYIV and event.killed == 2


BUCHA = ResolvedPlace("Bucha", PlaceKind.CITY, 50.55, 30.21, country="UA", admin1="Kyiv Oblast")
ILLINOIS = ResolvedPlace("Illinois", PlaceKind.ADMIN1, 40.0, -89.25, country="US", admin1="Illinois")
PEORIA = ResolvedPlace("Peoria", PlaceKind.CITY, 40.69, -89.59, country="US", admin1="Illinois")


def test_a_quotations_relative_dates_do_not_date_an_event_and_its_echo_merges(run_stages: Any) -> None:
    text = (
        "Missile strikes hit the capital on Thursday, injuring three people. "
        "The mayor was angry. "
        '"The day before, he was at the talks, and today explosions are above his head," an aide wrote.'
    )
    dates = (day(text, "Thursday", "2022-04-28"), day(text, "The day before", "2022-04-27"))
    found = assemble(run_stages, text, "2022-04-28", dates)
    assert len(found) == 1  # the explosions in the quotation are the strike again
    assert found[0].date is not None and found[0].date.value == "2022-04-28"


def test_a_date_of_a_clause_the_trigger_is_not_in_does_not_date_it(run_stages: Any) -> None:
    text = (
        "Soldiers clashed with rebels near the border on Monday. "
        "The envoy met the ministers. The talks went on. The meeting ended late. "
        "Since the army launched its offensive on Feb. 24, militants have killed civilians in the villages."
    )
    dates = (day(text, "Monday", "2022-04-25"), day(text, "Feb. 24", "2022-02-24"))
    found = assemble(run_stages, text, "2022-04-28", dates)
    background = next(e for e in found if e.sub_event_type == "Attack")
    assert background.date is None  # neither the offensive's date nor the publication day
    assert found[0].date is not None and found[0].date.value == "2022-04-25"


def test_a_place_named_as_a_landmark_yields_to_the_place_of_the_casualties(run_stages: Any) -> None:
    text = "Rebels attacked villages near Kyiv on the road to the north. Five civilians died in Bucha."
    places = (place(text, "Kyiv", KYIV), place(text, "Bucha", BUCHA))
    (event,) = assemble(run_stages, text, "2022-04-28", places=places)
    assert event.place == BUCHA and event.killed == 5
    assert event.place_span is not None and event.place_span.text_of(text) == "Bucha"


def test_the_dateline_town_places_the_main_event(run_stages: Any) -> None:
    text = "SPRINGFIELD, Ill. (AP) -- A man was shot and killed outside a store on Sunday, police in Illinois said."
    places = (place(text, "Ill.", ILLINOIS), place(text, "Illinois", ILLINOIS))
    (event,) = assemble(run_stages, text, "2016-03-22", places=places)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Springfield", "Illinois")
    assert event.place_span is not None and event.place_span.text_of(text) == "SPRINGFIELD"


def test_no_dateline_town_outside_the_region_the_dateline_names(run_stages: Any) -> None:
    text = "SPRINGFIELD, Ill. (AP) -- A man was shot and killed outside a store on Sunday, police said."
    places = (place(text, "Ill.", UKRAINE),)  # a region with no Springfield in it
    (event,) = assemble(run_stages, text, "2016-03-22", places=places)
    assert event.place == UKRAINE
    for heading in ("UPDATE: A man was shot and killed on Sunday.", "WAGONER COUNTY - A man was shot on Sunday."):
        (event,) = assemble(run_stages, heading, "2016-03-22")
        assert event.place is None


def test_a_town_the_report_names_in_the_datelines_region_stays(run_stages: Any) -> None:
    text = "SPRINGFIELD, Ill. (AP) -- A man was shot and killed in Peoria on Sunday, police said."
    places = (place(text, "Ill.", ILLINOIS), place(text, "Peoria", PEORIA))
    (event,) = assemble(run_stages, text, "2016-03-22", places=places)
    assert event.place == PEORIA


def test_a_relative_clause_describing_the_trigger_dates_it(run_stages: Any) -> None:
    text = "A teenager was charged in the shooting, which took place on May 14 near the school."
    dates = (day(text, "May 14", "2016-05-14"),)
    found = assemble(run_stages, text, "2016-05-30", dates)
    assert found[0].date is not None and found[0].date.value == "2016-05-14"


def test_a_figure_belongs_to_every_event_reported_in_its_sentence(run_stages: Any) -> None:
    text = "Police fired on protesters in the capital on Monday, killing four people."
    found = assemble(run_stages, text, "2016-07-01")
    assert len(found) >= 2 and all(e.killed == 4 for e in found)


def test_the_main_event_takes_the_figures_of_the_violent_event_reported_with_it(run_stages: Any) -> None:
    text = "Soldiers arrested five militants after the attack. The attack left four soldiers dead."
    found = assemble(run_stages, text, "2016-07-01")
    assert found[0].sub_event_type == "Arrests" and found[0].killed == 4


def test_the_main_event_takes_no_figures_of_a_violent_event_reported_far_after_it(run_stages: Any) -> None:
    text = (
        "Soldiers arrested ten protesters in the capital on Monday. The city was calm on Tuesday. "
        "Shops opened again on Wednesday. Schools reopened on Thursday. Gunmen attacked a village, killing two people."
    )
    found = assemble(run_stages, text, "2016-07-01")
    assert found[0].killed is None and any(e.killed == 2 for e in found[1:])
