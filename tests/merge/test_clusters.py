"""Clustering hand-built reports (no spaCy): same event together, look-alike events apart."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from eventwire.merge import cluster_ids, cluster_results
from eventwire.merge.clusters import average_link, date_apart, pair_evidences, pair_scores
from eventwire.merge.profile import profile_of
from eventwire.merge.similarity import FAR_DATES_DISCOUNT, PairEvidence
from eventwire.model import (
    Article,
    ArticleResult,
    DateMention,
    EntityMention,
    Event,
    Granularity,
    PlaceKind,
    Provenance,
    ResolvedDate,
    ResolvedPlace,
    SentenceMention,
    Span,
    StageRun,
)

DAYTON = ResolvedPlace("Dayton", PlaceKind.CITY, 39.76, -84.19, country="US", admin1="Ohio")
KETTERING = ResolvedPlace("Kettering", PlaceKind.CITY, 39.69, -84.17, country="US", admin1="Ohio")
FRESNO = ResolvedPlace("Fresno", PlaceKind.CITY, 36.75, -119.77, country="US", admin1="California")
TUCSON = ResolvedPlace("Tucson", PlaceKind.CITY, 32.22, -110.97, country="US", admin1="Arizona")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
PROVENANCE = Provenance("test", "1", "hand-built", 1.0)


def report(
    title: str,
    text: str,
    published: str | None,
    entities: tuple[tuple[str, str], ...] = (),
    *,
    day: str | None = None,
    place: ResolvedPlace | None = None,
    killed: int | None = None,
    injured: int | None = None,
    event_type: str = "Violence against civilians",
    mentions: tuple[tuple[str, str], ...] = (),
) -> ArticleResult:
    """An article result as the pipeline would give it: sentences, entities and one main event."""
    sentences = tuple(
        SentenceMention(Span(m.start(), m.end()), i) for i, m in enumerate(SENTENCE.finditer(text)) if m.group().strip()
    )
    event = Event(
        event_type=event_type,
        sub_event_type=None,
        trigger=Span(0, 1),
        sentence=sentences[0].span,
        provenance=PROVENANCE,
        date=ResolvedDate(day, Granularity.DAY) if day else None,
        place=place,
        killed=killed,
        injured=injured,
    )
    return ArticleResult(
        article=Article(
            id=title, text=text, published=date.fromisoformat(published) if published else None, title=title
        ),
        pipeline=(StageRun("test", "1"),),
        sentences=sentences,
        entities=tuple(_entity(text, surface, label) for surface, label in entities),
        events=(event,),
        dates=tuple(_date(text, surface, day) for surface, day in mentions),
    )


def _date(text: str, surface: str, day: str) -> DateMention:
    start = text.index(surface)
    return DateMention(Span(start, start + len(surface)), surface, ResolvedDate(day, Granularity.DAY), PROVENANCE)


def _entity(text: str, surface: str, label: str) -> EntityMention:
    start = text.index(surface)
    return EntityMention(Span(start, start + len(surface)), surface, label, PROVENANCE)


BOWLING_FIRST = report(
    "Two killed in shooting at Dayton bowling alley",
    "Two men were killed and three wounded when a gunman opened fire at Riverside Lanes in Dayton on Saturday night. "
    "Lieutenant Dana Whitfield said the suspect, Marcus Leland, fled on foot.",
    "2024-03-10",
    (("Riverside Lanes", "FAC"), ("Dayton", "GPE"), ("Dana Whitfield", "PERSON"), ("Marcus Leland", "PERSON")),
    day="2024-03-09",
    place=DAYTON,
    killed=2,
    injured=3,
)
BOWLING_ARREST = report(
    "Suspect in Riverside Lanes shooting arrested",
    "Police arrested Marcus Leland on Monday in Kettering, two days after the shooting at Riverside Lanes "
    "that killed two men. Leland is held without bail.",
    "2024-03-12",
    (("Marcus Leland", "PERSON"), ("Kettering", "GPE"), ("Riverside Lanes", "FAC"), ("Leland", "PERSON")),
    day="2024-03-11",
    place=KETTERING,
    killed=2,
    event_type="Strategic developments",
)
BOWLING_VIGIL = report(
    "Dayton mourns bowling alley victims",
    "Hundreds gathered outside Riverside Lanes in Dayton on Sunday to remember the two men shot dead there. "
    "Mayor Ruth Okafor asked anyone with information about Marcus Leland to call police.",
    "2024-03-11",
    (("Riverside Lanes", "FAC"), ("Dayton", "GPE"), ("Ruth Okafor", "PERSON"), ("Marcus Leland", "PERSON")),
    day="2024-03-10",
    place=DAYTON,
    killed=2,
)
FRESNO_SHOOTING = report(
    "Fresno gunman kills three after argument over league fees",
    "An argument over unpaid league fees ended with three people dead at Sierra Bowl in Fresno late Saturday. "
    "Sergeant Luis Ortega said Kyle Brandt, 41, surrendered to deputies an hour later.",
    "2024-03-10",
    (("Sierra Bowl", "FAC"), ("Fresno", "GPE"), ("Luis Ortega", "PERSON"), ("Kyle Brandt", "PERSON")),
    day="2024-03-09",
    place=FRESNO,
    killed=3,
)
TUCSON_FLOOD = report(
    "Flash floods close roads in Tucson",
    "Heavy rain flooded washes across Tucson on Saturday and closed dozens of roads. "
    "The National Weather Service said more storms were likely.",
    "2024-03-10",
    (("Tucson", "GPE"), ("The National Weather Service", "ORG")),
    day="2024-03-09",
    place=TUCSON,
    event_type="none",
)


def test_reports_of_one_shooting_form_one_cluster_and_lookalikes_stay_apart() -> None:
    results = [BOWLING_FIRST, FRESNO_SHOOTING, BOWLING_ARREST, TUCSON_FLOOD, BOWLING_VIGIL]
    clusters = cluster_results(results)
    bowling = {clusters[r.article.hash] for r in (BOWLING_FIRST, BOWLING_ARREST, BOWLING_VIGIL)}
    assert bowling == {BOWLING_FIRST.article.hash}  # the id of the cluster's first article
    assert clusters[FRESNO_SHOOTING.article.hash] == FRESNO_SHOOTING.article.hash
    assert clusters[TUCSON_FLOOD.article.hash] == TUCSON_FLOOD.article.hash
    assert len(clusters) == 5


def test_another_shooting_at_the_same_place_months_later_is_another_event() -> None:
    later = report(
        "Teenager wounded in shooting outside Riverside Lanes",
        "A 17-year-old was wounded outside Riverside Lanes in Dayton early Friday. "
        "Police said Jaylen Cross was in stable condition.",
        "2024-09-14",
        (("Riverside Lanes", "FAC"), ("Dayton", "GPE"), ("Jaylen Cross", "PERSON")),
        day="2024-09-13",
        place=DAYTON,
        injured=1,
    )
    clusters = cluster_results([BOWLING_FIRST, BOWLING_VIGIL, FRESNO_SHOOTING, TUCSON_FLOOD, later])
    assert clusters[later.article.hash] == later.article.hash
    assert clusters[BOWLING_VIGIL.article.hash] == BOWLING_FIRST.article.hash


def test_a_sentencing_months_later_that_names_the_shooting_day_joins_it() -> None:
    text = (
        "A judge sentenced Marcus Leland to life in prison on Monday "
        "for the March 9 killing of two men at Riverside Lanes."
    )
    entities = (("Marcus Leland", "PERSON"), ("Riverside Lanes", "FAC"))
    sentencing = report(
        "Riverside Lanes gunman sentenced to life",
        text,
        "2024-08-20",
        entities,
        day="2024-08-19",
        place=DAYTON,
        killed=2,
        mentions=(("March 9", "2024-03-09"), ("Monday", "2024-08-19")),
    )
    undated = report(  # the same report without the incident's date: only its own news day, months later
        "Riverside Lanes gunman sentenced to life",
        text,
        "2024-08-20",
        entities,
        day="2024-08-19",
        place=DAYTON,
        killed=2,
        mentions=(("Monday", "2024-08-19"),),
    )
    others = [BOWLING_FIRST, BOWLING_VIGIL, FRESNO_SHOOTING, TUCSON_FLOOD]
    assert cluster_results([*others, sentencing])[sentencing.article.hash] == BOWLING_FIRST.article.hash
    # the score with the first report: the named day turns the far dates from against to half for, and takes
    # back the discount that far dates of two dated reports take off the lexical cosine
    with_day = pair_scores([BOWLING_FIRST, sentencing])[(0, 1)]
    without = pair_evidences([BOWLING_FIRST, undated])[(0, 1)]
    assert with_day - without.score == pytest.approx(0.15 + 0.075 + FAR_DATES_DISCOUNT * without.lexical)


def _undated(title: str, text: str, weekday: str) -> ArticleResult:
    """A report without a publication date whose lead names the event's weekday, left off the calendar."""
    base = report(title, text, None, (("Corvane", "ORG"), ("Lumen", "ORG")), event_type="none")
    start = text.index(weekday)
    mention = DateMention(Span(start, start + len(weekday)), weekday, None, PROVENANCE, "no publication date")
    return ArticleResult(
        article=base.article,
        pipeline=base.pipeline,
        sentences=base.sentences,
        entities=base.entities,
        events=base.events,
        dates=(mention,),
    )


def test_undated_reports_that_name_days_apart_weekdays_are_not_one_event() -> None:
    tuesday = _undated(
        "Corvane rushes out fix for Lumen browser flaw",
        "Corvane on Tuesday released an emergency fix for a flaw in its Lumen browser that attackers exploit.",
        "Tuesday",
    )
    tuesday_too = _undated(
        "Corvane patches Lumen browser flaw",
        "Corvane issued an urgent fix for the Lumen browser flaw on Tuesday morning, after attacks spread.",
        "Tuesday morning",
    )
    wednesday = _undated(  # the next day: a follow-up of the same release says nothing against it
        "Install Corvane's Lumen browser fix now",
        "Security experts urged users on Wednesday to install Corvane's emergency fix for the Lumen browser flaw.",
        "Wednesday",
    )
    friday = _undated(  # another emergency fix of the same browser, another week
        "Corvane rushes out fix for Lumen browser flaw",
        "Corvane on Friday released an emergency fix for a flaw in its Lumen browser that attackers exploit.",
        "Friday",
    )
    evidence = pair_evidences([tuesday, tuesday_too, wednesday, friday])
    assert evidence[(0, 1)].date == 0.0  # the same weekday is no evidence for
    assert evidence[(0, 2)].date == 0.0
    assert evidence[(0, 3)].date == -1.0
    assert evidence[(0, 3)].score == pytest.approx(evidence[(0, 3)].lexical - 0.15)
    assert profile_of(tuesday_too).weekday == 1
    assert profile_of(BOWLING_FIRST).weekday is None  # its dates are on the calendar


def test_an_undated_report_takes_its_time_from_a_date_in_its_lead_not_from_background() -> None:
    text = (
        "Flood waters closed the Alder Street bridge in Tucson. Crews pumped water through the night. "
        "Residents were told to avoid the area. The bridge was last rebuilt on June 2, 1998, after a storm."
    )
    background = report("Flooding shuts Tucson bridge", text, None, mentions=(("June 2, 1998", "1998-06-02"),))
    assert profile_of(background).days is None  # 1998 is the bridge's history, not the flood's day
    dateline = "March 3, 2024. " + text
    dated = report(
        "Flooding shuts Tucson bridge",
        dateline,
        None,
        mentions=(("March 3, 2024", "2024-03-03"), ("June 2, 1998", "1998-06-02")),
    )
    days = profile_of(dated).days
    assert days is not None and days.first == date(2024, 3, 3) == days.last


def test_a_lone_report_half_as_close_as_a_join_needs_joins_the_story() -> None:
    # 0, 1, 2 are one story; 3 is close to one of its reports only (mean 0.3 / 3 = 0.1: half the threshold
    # of 0.16 is 0.08); 4 is closer to 0 alone but less so on the mean (0.2 / 3); 5 is close to 4 alone.
    scores = {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (0, 3): 0.3, (0, 4): 0.2, (4, 5): 0.1}
    assert average_link(6, scores, 0.16) == [0, 0, 0, 0, 4, 5]  # a lone report attracts no other
    assert average_link(6, scores, 0.16, apart={(2, 3)}) == [0, 0, 0, 3, 4, 5]  # its date contradicts report 2's


def test_a_lone_report_does_not_join_through_contradicting_dates_or_towns() -> None:
    def evidence(date: float, place: float) -> PairEvidence:
        return PairEvidence(lexical=0.3, date=date, place=place, event_type=0.0, casualties=0.0)

    found = date_apart({(0, 1): evidence(1.0, 1.0), (0, 2): evidence(-0.5, 1.0), (0, 3): evidence(1.0, -1.0)})
    assert found == {(0, 2), (0, 3)}


def test_cluster_ids_keep_identical_texts_with_different_titles_apart() -> None:
    boilerplate = "Please sign in to read this story. Already a subscriber? Log in."
    first = report("Gunman kills two at Dayton bowling alley", boilerplate, "2024-03-10", day="2024-03-09")
    second = report("Flash floods close roads in Tucson", boilerplate, "2024-03-10", day="2024-03-09")
    assert first.article.hash == second.article.hash
    ids = cluster_ids([first, second, BOWLING_FIRST])
    assert ids[0] == first.article.hash
    assert ids[1] == f"{first.article.hash}-2"  # another cluster, whose first text is the same
    assert cluster_results([first, second]) == {first.article.hash: first.article.hash}


def test_no_results_and_one_result() -> None:
    assert cluster_results([]) == {}
    assert cluster_results([TUCSON_FLOOD]) == {TUCSON_FLOOD.article.hash: TUCSON_FLOOD.article.hash}


def test_average_link_does_not_chain_through_one_close_pair() -> None:
    # 0-1 and 2-3 are tight pairs; only 1-2 is close across them: the mean over the four cross pairs is low.
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.5}
    assert average_link(4, scores, 0.3) == [0, 0, 2, 2]
    assert average_link(4, scores, 0.1) == [0, 0, 0, 0]


def test_a_thousand_reports_cluster_quickly_and_by_event() -> None:
    results = [_numbered_report(i // 2, copy=i % 2) for i in range(1000)]
    ids = cluster_ids(results)
    assert len(set(ids)) == 500
    assert all(ids[i] == ids[i + 1] for i in range(0, 1000, 2))


def _numbered_report(n: int, copy: int) -> ArticleResult:
    town, victim = f"Town{n}ville", f"Victim{n} Person{n}"
    text = f"A man was shot dead in {town} on Friday. {['Police', 'Deputies'][copy]} named him as {victim}."
    day = (date(2020, 1, 1) + timedelta(days=n % 400)).isoformat()
    return report(f"Fatal shooting in {town}", text, day, ((town, "GPE"), (victim, "PERSON")), day=day)
