"""A short note names its place in a place's slot, whatever spaCy tagged the name (``resolve.note_places``):
after a verb of taking a place, of driving out or leaving, after "the outskirts of", "residents of" or "deployed
to", and after a locative word even when spaCy took the name for a group's (ORG, NORP). A note placed only in a
country is at the town it names elsewhere, else at the capital. Invented notes in the style of ACLED's; the
towns of the slots are names the gazetteer lacks."""

from __future__ import annotations

from typing import Any

import eventwire
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.model import (
    EntityMention,
    Event,
    PlaceKind,
    PlaceMention,
    Provenance,
    ResolvedPlace,
    Span,
    ToponymCandidate,
)
from eventwire.pipeline import EVENTS
from eventwire.resolve.note_places import group_named_place, in_note_slot, national_place, place_beside_a_body


def main_event(text: str, published: str = "2024-05-07") -> Event:
    return eventwire.extract(text, published=published).events[0]


def place_name(event: Event) -> str | None:
    return event.place.name if event.place is not None else None


def test_the_place_a_verb_of_taking_names_is_the_place() -> None:
    event = main_event("Al Shabaab took control of Buulo Xaaji after government forces withdrew. No reported violence.")
    assert place_name(event) == "Buulo Xaaji"


def test_the_place_armed_men_are_driven_from_is_the_place() -> None:
    assert place_name(main_event("Troops dislodged the militants from Garsale and Haduuf, killing three.")) == "Garsale"


def test_outskirts_and_deployed_to_name_the_place() -> None:
    assert place_name(main_event("Rebels reached the outskirts of Tindaba on Monday, burning two huts.")) == "Tindaba"
    assert place_name(main_event("Police were deployed to Kawelo after clashes between two clans.")) == "Kawelo"


def _with_label(run_stages: Any, text: str, name: str, label: str) -> Event | None:
    start = text.index(name)
    entity = EntityMention(Span(start, start + len(name)), name, label, Provenance("entities", "test"))
    events = run_stages(text, "events", layers={"entities": (entity,)}, published="2024-05-07").get(EVENTS)
    return events[0] if events else None


def test_a_name_tagged_as_a_group_after_a_locative_word_is_the_place(run_stages: Any) -> None:
    for label in ("ORG", "NORP"):
        event = _with_label(run_stages, "Gunmen attacked farmers in Mabrouka, beat and robbed them.", "Mabrouka", label)
        assert event is not None and place_name(event) == "Mabrouka"


def test_an_institution_tagged_as_a_group_is_no_place(run_stages: Any) -> None:
    text = "Protesters gathered in Parliament on Monday, demanding salary increases."
    event = _with_label(run_stages, text, "Parliament", "ORG")
    assert event is None or place_name(event) is None


def test_a_town_the_gazetteer_places_wins_over_one_named_alike_it_cannot() -> None:
    event = main_event("Militiamen attacked army positions in Tsiko and Butembo on Monday, killing two.")
    assert event.place is not None and (event.place.name, event.place.country) == ("Butembo", "CD")


def test_the_slots_and_the_group_names() -> None:
    text = "Soldiers drove the fighters out of Kawelo. Residents of Tindaba fled."
    assert in_note_slot(text, text.index("Kawelo")) and in_note_slot(text, text.index("Tindaba"))
    assert not in_note_slot(text, text.index("Soldiers"))

    def candidate(name: str, label: str) -> ToponymCandidate:
        return ToponymCandidate(Span(0, len(name)), name, "name", label, Provenance("place_mentions", "test"))

    assert group_named_place(candidate("Heliwa", "ORG")) and group_named_place(candidate("Milimani", "NORP"))
    assert not group_named_place(candidate("AMISOM", "ORG"))  # an acronym names a body
    assert not group_named_place(candidate("Boko Haram", "ORG"))  # a known group
    assert not group_named_place(candidate("Eastern", "ORG"))
    assert not group_named_place(candidate("Heliwa", "PERSON"))  # other labels follow the note's other rules


def test_a_note_placed_only_in_a_country_is_at_its_capital() -> None:
    """A note that names no town reports a national body's act, in the capital (as ACLED codes it)."""
    event = main_event("Teachers went on strike in Zambia over unpaid salaries.")
    assert event.place is not None and (event.place.name, event.place.country) == ("Lusaka", "ZM")
    event = main_event("Three journalists charged with sedition in the Gambia were allegedly beaten in custody.")
    assert event.place is not None and event.place.name == "Banjul"


def test_a_place_adjective_says_whose_not_where_of_violence() -> None:
    """A nation's forces fight abroad too: "Kenyan troops" place no event in Nairobi."""
    for text in (
        "Kenyan troops killed four militants in an ambush.",
        "Malian soldiers were killed when their vehicle hit a landmine.",
    ):
        event = main_event(text)
        assert event.place is not None and event.place.kind is PlaceKind.COUNTRY, text


def test_a_nations_people_protesting_where_the_note_names_no_place_are_in_its_capital() -> None:
    """People of a nation that protest or strike in a note that names no place do so at home, in the capital
    (as ACLED codes it)."""
    for text, capital in (
        ("Moroccan nurses protested in front of Parliament, demanding higher pay.", "Rabat"),
        ("Ugandan teachers went on strike over unpaid salaries.", "Kampala"),
        ("Hundreds of Senegalese students marched against the rise in university fees.", "Dakar"),
    ):
        event = main_event(text)
        assert event.place is not None and event.place.name == capital, text


def test_a_note_placed_in_a_country_is_at_the_town_it_names_elsewhere() -> None:
    text = (
        "Workers from the power company gathered outside Parliament in Accra and sang over the suspension of two"
        " colleagues. At the same time, 200 Togolese nationals marched to Parliament to plead for mediation in a"
        " political crisis in Togo."
    )
    event = main_event(text)
    assert event.place is not None and (event.place.name, event.place.country) == ("Accra", "GH")


def test_a_town_named_as_a_country_is_no_capital() -> None:
    gazetteer = load_gazetteer()
    (mali,) = [p for p in gazetteer.lookup("Mali") if p.kind is PlaceKind.COUNTRY]
    text = "Rioters clashed with soldiers in the northern city of Mali."
    start = text.index("Mali")
    assert national_place(mali, Span(start, start + 4), text, gazetteer) is None
    text = "Rioters clashed with soldiers in Mali."
    capital = national_place(mali, Span(text.index("Mali"), len(text) - 1), text, gazetteer)
    assert capital is not None and capital.name == "Bamako"
    assert national_place(mali, None, "Rioters clashed with soldiers in Mali. " + "They fled. " * 60, gazetteer) is None


def test_a_town_in_a_body_name_is_no_better_than_a_landmark() -> None:
    """ "the Benghazi Defence Brigades" names a group's home, not where the note's event was."""
    event = main_event(
        "Fighters supported by the Benghazi Defence Brigades took control of several areas south of Ajdabiya."
    )
    assert event.place is not None and event.place.name == "Ajdabiya"


def test_a_known_group_after_a_locative_word_is_no_place(run_stages: Any) -> None:
    event = _with_label(run_stages, "Troops advanced in Boko Haram's stronghold, killing five.", "Boko Haram", "ORG")
    assert event is None or place_name(event) != "Boko Haram"


def test_a_note_placed_only_in_a_body_name_is_at_the_town_it_names() -> None:
    """An event whose sentence names a place only inside a body's name ("the Mobile Forces", "the Tripoli Post")
    is at the town the note names as a place in another sentence, not at the body's namesake."""
    event = main_event(
        "Residents of Zawiya said a member of the Mobile Forces was seen there on Sunday. "
        "The Mobile Forces then attacked two officials, wounding one."
    )
    assert place_name(event) == "Zawiya"  # not Mobile, Alabama


def test_a_body_name_place_stays_when_the_note_names_no_other_town() -> None:
    def mention(start: int, name: str, rule: str, kind: PlaceKind = PlaceKind.CITY) -> PlaceMention:
        place = ResolvedPlace(name=name, kind=kind, lat=1.0, lon=2.0, country="LY")
        return PlaceMention(Span(start, start + len(name)), name, place, Provenance("places", "test", rule=rule))

    text = "The Tripoli Post said Libyan forces seized the Misrata Knights' camp."
    body = mention(4, "Tripoli", "ner-org:inner-name")
    others = [body, mention(22, "Libya", "ner-norp:adjective", PlaceKind.COUNTRY)]
    assert place_beside_a_body(body.span, others, text) is None  # an adjective says whose, not where
    assert place_beside_a_body(body.span, [body, mention(47, "Misrata", "ner-org:inner-name")], text) is None
    town = mention(60, "Sirte", "ner-gpe:name")
    assert place_beside_a_body(body.span, [body, town], text) == town
    assert place_beside_a_body(town.span, [body, town], text) is None  # a place no body's name holds stays


def test_a_town_a_note_spells_another_way_is_found_in_the_notes_country() -> None:
    from eventwire.resolve.note_places import respelled_town

    gazetteer = load_gazetteer()
    text = "Gunmen attacked a checkpoint near Janzour. One militiaman was wounded."
    town = respelled_town("Janzour", {"LY"}, text, gazetteer)
    assert town is not None and town.name == "Janzūr" and town.country == "LY"
    # Boko Haram's country tells Nigeria: "Gambori" is Gamboru.
    text = "Troops cleared Gambori of Boko Haram on Monday, killing four."
    town = respelled_town("Gambori", set(), text, gazetteer)
    assert town is not None and town.country == "NG"
    # A large town is the one misspelled wherever it lies; a village a letter away abroad is not.
    town = respelled_town("Shashamene", set(), "Residents of Shashamene protested.", gazetteer)
    assert town is not None and town.country == "ET"
    assert respelled_town("Kauda", set(), "Militia attacked Kauda, killing two.", gazetteer) is None
    assert respelled_town("Janzour", {"LY"}, text + " They fled." * 60, gazetteer) is None  # no note


def test_a_note_event_is_at_the_town_its_other_spelling_names() -> None:
    event = main_event("Militiamen set up roadblocks in the Janzour area on Sunday, arresting two men from Tripoli.")
    assert place_name(event) == "Janzūr"  # not Tripoli, the other town it names


def test_a_note_that_names_no_place_is_at_the_town_it_names_in_passing() -> None:
    """A note whose event has no place is at the large town it names inside a name: a facility's ("a Masvingo
    bank branch", "the Bambari market hall"), a body's office ("the offices of MSF Bambari")."""
    assert (
        place_name(main_event("Angry depositors burnt a Masvingo bank branch after it ran out of cash.")) == "Masvingo"
    )
    assert place_name(main_event("Unidentified armed men looted the offices of MSF Bambari at night.")) == "Bambari"


def test_a_word_that_starts_a_sentence_is_no_town_named_in_passing() -> None:
    from eventwire.resolve.note_places import place_named_in_passing

    gazetteer = load_gazetteer()
    assert place_named_in_passing("More than 200 teachers went on strike over unpaid salaries.", gazetteer) is None
    assert place_named_in_passing("Al Shabaab fighters attacked a convoy.", gazetteer) is None  # a known group
    found = place_named_in_passing("Traders protested outside the Bambari market hall.", gazetteer)
    assert found is not None and found[0].name == "Bambari" and found[1] == Span(30, 37)
    assert place_named_in_passing("Traders protested outside the Bambari market. " * 12, gazetteer) is None


def test_a_town_that_names_a_group_is_no_better_than_a_landmark() -> None:
    """ "Kosti herdsmen", "Abyei militia": the group's people or home, not where the note's event was."""
    event = main_event("Kosti herdsmen clashed with farmers in Um Shaloba village, killing three.")
    assert place_name(event) == "Um Shaloba"
    assert place_name(main_event("Abyei militia attacked Dokura over two days. Four killed.")) == "Dokura"


def test_only_a_name_before_a_group_noun_names_a_group() -> None:
    from eventwire.resolve.note_places import named_before_a_group

    def mention(text: str, name: str, rule: str = "ner-gpe:name") -> bool:
        start = text.index(name)
        place = ResolvedPlace(name=name, kind=PlaceKind.CITY, lat=1.0, lon=2.0, country="SD")
        found = PlaceMention(Span(start, start + len(name)), name, place, Provenance("places", "test", rule=rule))
        return named_before_a_group(found, text)

    assert mention("Kosti herdsmen clashed with farmers.", "Kosti")
    assert mention("A Kosti communal militia attacked farmers.", "Kosti")
    assert not mention("Herdsmen clashed with farmers in Kosti.", "Kosti")
    assert not mention("Sudanese militia attacked farmers.", "Sudanese", "ner-norp:adjective")  # an owner's
    assert not mention("Kosti herdsmen clashed with farmers. " + "They fled. " * 60, "Kosti")  # no note


def test_a_place_name_no_tier_lists_places_a_note_that_names_no_other(run_stages: Any) -> None:
    """A name spaCy tags as a place's, that the gazetteer lacks, outside every slot ("outside a Tembalethu ward
    councillor's home", "at a Mbekweni taxi rank"), is the place, by name, of a note that names no other."""
    for text, name, label in (
        ("A gun was fired during a protest outside a Tembalethu ward councillor's home.", "Tembalethu", "GPE"),
        ("Shots were fired at a Mbekweni taxi rank during a march against crime.", "Mbekweni", "LOC"),
        ("Police fired tear gas at Mabvuku residents who protested against water cuts.", "Mabvuku", "GPE"),
    ):
        event = _with_label(run_stages, text, name, label)
        assert event is not None and place_name(event) == name, text
        assert event.place is not None and event.place.lat is None


def test_the_subject_of_a_note_is_no_place_of_it(run_stages: Any) -> None:
    """ "Dahalo attacked a vehicle": a name that does the act is a doer, whatever spaCy tagged it."""
    event = _with_label(run_stages, "Dahalo attacked a public service vehicle, killing three.", "Dahalo", "GPE")
    assert event is None or place_name(event) != "Dahalo"


def test_a_route_named_by_its_hyphened_ends_places_a_note_that_names_no_other_place() -> None:
    """ "along the Bitta-Damboa axis", "on the Kousseri-Maltam road": the event was on the route, at or near the
    first end the gazetteer lists."""
    for text, country in (
        (
            "Soldiers and vigilantes carried out operations along the Bitta-Damboa and Dikwa-Marte axis, killing seven"
            " militants.",
            "NG",
        ),
        ("Armed men ambushed a truck on the Kousseri-Maltam road; two drivers were killed.", "CM"),
        ("A bus plying the Garissa-Dadaab route was sprayed with bullets; four passengers died.", "KE"),
    ):
        event = eventwire.extract(text, published="2024-05-07").events
        assert event and event[0].place is not None and event[0].place.country == country, text
        assert event[0].place.lat is not None
