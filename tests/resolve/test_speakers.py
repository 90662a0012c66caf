from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Article, QuoteMention
from eventwire.pipeline import QUOTES, Pipeline
from eventwire.resolve.people import surname_key
from eventwire.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kyiv-2022-04-28.txt"


@pytest.fixture
def quotes_of(run_stages: Any) -> Any:
    def run(text: str) -> tuple[QuoteMention, ...]:
        found: tuple[QuoteMention, ...] = run_stages(text, "quotes").get(QUOTES)
        return found

    return run


def _speaker(text: str, quote: QuoteMention) -> tuple[str, str, str | None]:
    speaker = quote.speaker
    assert speaker is not None and speaker.span is not None
    name_text = speaker.name_span.text_of(text) if speaker.name_span else None
    return speaker.name, speaker.span.text_of(text), name_text


def test_pronoun_speaker_is_the_person_named_before(quotes_of: Any) -> None:
    text = (
        "Mayor Anna Kowalski visited the flooded district on Monday.\n\n"
        '"We will rebuild every house in this street," she said.'
    )
    (quote,) = quotes_of(text)
    assert _speaker(text, quote) == ("Anna Kowalski", "she", "Anna Kowalski")
    assert quote.provenance.stage == "quotes" and "pronoun" in quote.provenance.rule


def test_surname_is_linked_to_the_full_name_written_earlier(quotes_of: Any) -> None:
    text = (
        "Defence Minister Piotr Nowak said the army was ready. "
        "Later, Nowak told reporters that more troops would arrive on Friday."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.title == "Defence Minister"
    assert _speaker(text, second) == ("Piotr Nowak", "Nowak", "Piotr Nowak")


def test_description_is_resolved_through_a_title_seen_before(quotes_of: Any) -> None:
    text = (
        "Foreign Minister Jan Berg arrived in the capital on Tuesday for two days of talks. "
        "Journalists waited outside the building for hours. "
        "The foreign minister said the meeting had been useful."
    )
    (quote,) = quotes_of(text)
    name, mention, _ = _speaker(text, quote)
    assert (name, mention) == ("Jan Berg", "The foreign minister")


def test_untitled_description_takes_a_person_only_from_its_own_sentence(quotes_of: Any) -> None:
    text = (
        "Lena Ortiz opened the new library on Monday.\n\n"
        "The governor said the state would pay for two more.\n\n"
        "After he met John Carter on Friday, the governor said the talks had gone well."
    )
    earlier, same = quotes_of(text)
    assert _speaker(text, earlier) == ("The governor", "The governor", None)
    assert earlier.provenance.rule.endswith("+description")
    assert same.speaker is not None and same.speaker.name == "John Carter"


def test_indefinite_source_is_kept_as_written(quotes_of: Any) -> None:
    text = "A senior official said the plan had been dropped."
    (quote,) = quotes_of(text)
    assert _speaker(text, quote) == ("A senior official", "A senior official", None)


def test_the_official_is_the_unnamed_source_introduced_just_before(quotes_of: Any) -> None:
    text = (
        "A senior Western diplomat said the sanctions would stay in place.\n\n"
        "The official added that more measures were possible.\n\n"
        "An aide to the governor said the bridge would close. The spokesman said it would reopen in June."
    )
    speakers = [_speaker(text, q)[:2] for q in quotes_of(text)]
    assert speakers == [
        ("A senior Western diplomat", "A senior Western diplomat"),
        ("A senior Western diplomat", "The official"),  # not left as the bare "The official"
        ("An aide to the governor", "An aide to the governor"),
        ("The spokesman", "The spokesman"),  # another role: not the aide
    ]


def test_pronoun_skips_names_inside_the_quotation(quotes_of: Any) -> None:
    text = (
        "The timing was not lost on Mykola Bondar, a senior government aide.\n\n"
        '"They bombed the city while Ivan Petrenko was visiting," he tweeted.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Mykola Bondar"


def test_surname_key_drops_possessive_and_case() -> None:
    assert surname_key("Antonio Guterres's") == "guterres"
    assert surname_key("KLITSCHKO") == "klitschko"


def test_kyiv_example_attributes_every_quote_an_analyst_finds() -> None:
    raw = EXAMPLE.read_text(encoding="utf-8")
    text = raw.split(" ", 3)[3]
    stages = ("sentences", "quotations", "quote_mentions", "quotes")
    modules = ("eventwire.detect", "eventwire.resolve")
    result = Pipeline(Settings(stages=stages), modules).run_one(Article(id="kyiv", text=text))
    by_cue = {(q.cue.text_of(text) if q.cue else "", q.speaker.name if q.speaker else "") for q in result.quotes}
    speakers = {name for _, name in by_cue}
    expected = {"Vitali Klitschko", "Antonio Guterres", "Andriy Yermak", "Oleksiy Reznikov", "Mykhaylo Podolyak"}
    assert expected <= speakers
    assert ("denouncing", "Dmytro Kuleba") in by_cue
    assert ("telling", "Vladimir Putin") in by_cue
    assert ("tweeted", "Mykhaylo Podolyak") in by_cue
    podolyak = next(q for q in result.quotes if q.cue and q.cue.text_of(text) == "tweeted")
    assert podolyak.speaker is not None and podolyak.speaker.span is not None
    assert podolyak.speaker.span.text_of(text) == "he" and podolyak.kind.value == "direct"


def test_kyiv_example_gives_every_quote_of_the_expected_table_its_speaker() -> None:
    """The ten quotes an analyst reads out of the bundled example, by the words they begin with, and the
    aide who speaks for the U.N. chief."""
    raw = EXAMPLE.read_text(encoding="utf-8")
    text = raw.split(" ", 3)[3]
    stages = ("sentences", "quotations", "quote_mentions", "quotes")
    result = Pipeline(Settings(stages=stages), ("eventwire.detect", "eventwire.resolve")).run_one(
        Article(id="kyiv", text=text)
    )
    expected = [
        ("Vitali Klitschko", '"two hits in the Shevchenkovsky district'),
        ("Vitali Klitschko", "three people had been taken to the hospital"),
        ("Antonio Guterres", '"There was an attack on Kyiv'),
        ("Andriy Yermak", '"proof that we need a quick victory'),
        ("Dmytro Kuleba", '"heinous act of barbarism'),
        ("Oleksiy Reznikov", '"This is an attack on the security'),
        ("Mykhaylo Podolyak", '"Missile strikes in the downtown of Kyiv'),
        ("Antonio Guterres", '"War is an absurdity'),
        ("Antonio Guterres", '"Let me be very clear'),
        ("Vladimir Putin", "he remained hopeful that negotiations"),
    ]
    for speaker, words in expected:
        quote = next(q for q in result.quotes if words in q.span.text_of(text))
        assert quote.speaker is not None and quote.speaker.name == speaker, words
    aide = next(q for q in result.quotes if q.speaker and q.speaker.name.startswith("A close aide"))
    assert aide.speaker is not None and aide.speaker.principal == "Antonio Guterres"


def test_a_description_is_linked_to_the_person_named_with_its_title_soon_after(quotes_of: Any) -> None:
    text = (
        "The regional governor said the town would stay under curfew until Friday. "
        '"We will not allow these criminals to terrorise our people," he told reporters.\n\n'
        "Governor Najm al-Jubouri, who visited the hospital later, said security forces were searching villages."
    )
    first, second, third = quotes_of(text)
    assert _speaker(text, first)[:2] == ("Najm al-Jubouri", "The regional governor")
    assert first.speaker is not None and first.speaker.title == "regional governor"
    assert _speaker(text, second)[:2] == ("Najm al-Jubouri", "he")
    assert third.speaker is not None and third.speaker.name == "Najm al-Jubouri"


def test_a_pronoun_speaks_for_the_nearest_earlier_speaker_even_when_only_described(quotes_of: Any) -> None:
    text = (
        "Police Captain Hadi Jassim said the car had been parked near the stalls.\n\n"
        "Later, the district chief said the market would stay closed.\n\n"
        '"Nobody will trade here this week," she told reporters.'
    )
    last = quotes_of(text)[-1]
    assert last.speaker is not None and last.speaker.name == "the district chief"


def test_a_role_that_speaks_for_someone_names_its_principal(quotes_of: Any) -> None:
    text = (
        "U.N. chief Antonio Guterres arrived in the capital on Thursday.\n\n"
        "A close aide to the U.N. chief sent a message to journalists confirming they were safe.\n\n"
        "A spokesman for the Red Cross said two of its trucks had been hit."
    )
    aide, spokesman = quotes_of(text)[-2:]
    assert aide.speaker is not None and aide.speaker.name == "A close aide to the U.N. chief"
    assert aide.speaker.principal == "Antonio Guterres"
    assert aide.speaker.principal_span is not None
    assert aide.speaker.principal_span.text_of(text) == "Antonio Guterres"
    assert spokesman.speaker is not None and spokesman.speaker.principal == "the Red Cross"


def test_it_and_they_are_the_body_that_spoke_before_or_nobody(quotes_of: Any) -> None:
    text = (
        "The Health Ministry said 14 people had died in the outbreak. "
        "It added that the vaccine would reach the province on Monday.\n\n"
        "Local officials said the roads were closed. They said food was running short."
    )
    ministry, it, _officials, they = quotes_of(text)
    assert ministry.speaker is not None and it.speaker is not None
    assert it.speaker.name == ministry.speaker.name == "Health Ministry"
    assert they.speaker is not None and they.speaker.name == "Local officials"
    (alone,) = quotes_of("They said the roads were closed.")
    assert alone.speaker is None and alone.provenance.rule.endswith("pronoun-unresolved")


def test_organisations_are_named_whole(quotes_of: Any) -> None:
    text = (
        "The Afghanistan Council of Ministers said in a statement that the decree would take effect at once.\n\n"
        "Azerbaijan's Ministry of Economy told reporters that exports had risen by a fifth."
    )
    council, ministry = quotes_of(text)
    assert council.speaker is not None and council.speaker.name == "Afghanistan Council of Ministers"
    assert council.speaker.title is None
    assert council.cue is not None and council.cue.text_of(text) == "said"
    assert ministry.speaker is not None and ministry.speaker.name == "Ministry of Economy"


def test_speakers_in_agency_phrasing(quotes_of: Any) -> None:
    text = (
        "Ihor Zhovkva, told dpa in an interview that talks would resume.\n\n"
        "The mayor of Kharkiv, Ihor Terekhov, said on Telegram that two districts had lost power.\n\n"
        "Foreign Minister Dmytro Kuleba on Thursday said there had been no progress in the talks.\n\n"
        "Maria Zakharova, a spokeswoman for the foreign ministry, said Moscow would respond."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Ihor Zhovkva", "Ihor Terekhov", "Dmytro Kuleba", "Maria Zakharova"]


def test_honorifics_are_no_part_of_a_name(quotes_of: Any) -> None:
    text = (
        "Councillor Janet Hale said the council would meet on Friday. "
        "Ms Hale told the BBC that she had received abusive messages."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and (first.speaker.name, first.speaker.title) == ("Janet Hale", "Councillor")
    assert second.speaker is not None and second.speaker.name == "Janet Hale"


def test_a_pronoun_passes_over_a_person_the_article_says_is_of_the_other_gender(quotes_of: Any) -> None:
    text = (
        'Ursula Vance, a spokeswoman for the union, met Mr. Peter Holm on Monday.\n\n"We have an agreement," she said.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Ursula Vance"


def test_the_statement_speaks_for_whoever_issued_it(quotes_of: Any) -> None:
    text = (
        "In a statement, the Norwegian Refugee Council said aid deliveries had stopped. "
        "The statement said convoys had been turned back at two checkpoints."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.name == first.speaker.name == "Norwegian Refugee Council"


def test_a_statement_from_someone_speaks_for_them_and_an_age_is_no_title(quotes_of: Any) -> None:
    text = (
        "Egypt urged both sides to show restraint, according to a statement from its foreign ministry.\n\n"
        '"We were sleeping when the missile hit," said Amal Nasser, 34, a teacher.'
    )
    ministry, nasser = quotes_of(text)
    assert ministry.speaker is not None and ministry.speaker.name == "its foreign ministry"
    assert nasser.speaker is not None and nasser.speaker.title == "teacher"


def test_a_pronoun_prefers_the_subject_of_the_sentence_that_names_its_person(quotes_of: Any) -> None:
    text = 'Governor Tom Hale welcomed Mayor Ann Byrd to the capital.\n\n"This is a good day for the state," he said.'
    quote = quotes_of(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == "Tom Hale"


def test_an_apposition_before_told_agency_keeps_its_speaker(quotes_of: Any) -> None:
    text = (
        "Anar Aliyev, a lawmaker from the ruling party, told dpa by telephone that the protests had been "
        "organised from abroad."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Anar Aliyev"]


def test_the_statement_is_no_crowds_statement(quotes_of: Any) -> None:
    text = "Witnesses said the gunmen wore military uniforms.\n\nThe statement said the group would continue its fight."
    witnesses, statement = quotes_of(text)
    assert witnesses.speaker is not None and witnesses.speaker.name == "Witnesses"
    assert statement.speaker is None or statement.speaker.name != "Witnesses"


def test_the_statement_is_the_councils_that_issued_it(quotes_of: Any) -> None:
    text = (
        "In a statement, the security council said the border would stay closed.\n\n"
        "The statement said that talks would resume next week."
    )
    _, statement = quotes_of(text)
    assert statement.speaker is not None and "council" in statement.speaker.name.lower()


def test_a_description_with_a_nationality_is_the_minister_named_before(quotes_of: Any) -> None:
    text = (
        "Foreign Minister Sergei Lavrov met his Chinese counterpart in Moscow on Friday.\n\n"
        '"We did not expect a breakthrough," the Russian minister told reporters. He added that talks would go on.'
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Sergei Lavrov", "Sergei Lavrov"]


def test_a_description_of_another_country_is_not_the_minister_named_before(quotes_of: Any) -> None:
    text = (
        "Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv on Friday.\n\n"
        "The Russian minister said the talks had failed."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert "Dmytro Kuleba" not in names[-1:]


def test_a_bare_role_after_a_named_speaker_is_that_speaker(quotes_of: Any) -> None:
    """'Deputy Minister X told reporters that ... "...," the diplomat said': wire copy names a source, then calls
    them by a role their title does not hold; "his lawyer" is someone else."""
    text = (
        "Deputy Foreign Minister Pavel Orlov told reporters that the talks would not resume this year.\n\n"
        '"The conditions for a dialogue are absent," the diplomat said.'
    )
    assert [_speaker(text, q)[:2] for q in quotes_of(text)] == [
        ("Pavel Orlov", "Deputy Foreign Minister Pavel Orlov"),
        ("Pavel Orlov", "the diplomat"),
    ]
    text = "Senator Mark Ellis said he had done nothing wrong.\n\nHis lawyer said the charges would be dropped."
    assert [_speaker(text, q)[:2] for q in quotes_of(text)][1] == ("His lawyer", "His lawyer")


def test_the_company_is_the_organisation_that_spoke_before(quotes_of: Any) -> None:
    text = (
        "Voltaro said in a statement that it was working to restart the two turbines.\n\n"
        '"We apologise to our customers for the outages," the company said.'
    )
    assert [_speaker(text, q)[:2] for q in quotes_of(text)][1] == ("Voltaro", "the company")


def test_an_unnamed_source_takes_the_name_the_article_gives_it_next(quotes_of: Any) -> None:
    text = (
        "A bomb killed four people outside a court in the city on Tuesday, a spokesman for the provincial "
        "police said.\n\n"
        '"The attacker blew himself up at the gate," the spokesman, Daud Rahimi, said.'
    )
    speakers = [_speaker(text, q)[:2] for q in quotes_of(text)]
    assert speakers == [
        ("Daud Rahimi", "a spokesman for the provincial police"),
        ("Daud Rahimi", "the spokesman, Daud Rahimi"),
    ]


def test_an_unnamed_source_is_the_name_its_relative_clause_gives(quotes_of: Any) -> None:
    text = (
        "A driver who escaped, who gave only his first name, Dawit, said the gunmen took the bus keys. "
        "A shopkeeper, who asked to be identified only as Halima, said the market burned for hours. "
        "A guard who declined to give his name said the gate was locked."
    )
    first, second, third = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "Dawit"
    assert second.speaker is not None and second.speaker.name == "Halima"
    assert third.speaker is not None and third.speaker.name == "A guard"


def test_a_body_the_lead_describes_is_named_by_the_next_source(quotes_of: Any) -> None:
    text = (
        "LAGOS (Reuters) - Gunmen set fire to a village market in Ogun state on Sunday, killing four traders, "
        "a local rights group said on Monday.\n\n"
        "The Coalition for Rural Justice said on Tuesday that two more bodies had been found under the stalls."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "Coalition for Rural Justice"
    assert second.speaker is not None and second.speaker.name == "Coalition for Rural Justice"


def test_a_state_body_named_next_is_not_the_rights_group(quotes_of: Any) -> None:
    text = (
        "Police fired tear gas at marchers in the capital on Friday, a rights group said.\n\n"
        "The Interior Ministry said officers had acted after stones were thrown."
    )
    first, _ = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "a rights group"


def test_a_description_takes_the_name_it_stands_in_apposition_to(quotes_of: Any) -> None:
    text = (
        "ERBIL (AP) - A rocket hit a checkpoint near the town of Tal Sabi on Wednesday, killing two guards, "
        "the force said Thursday.\n\n"
        "The Sabi Guard, the local defence force of the district council, said in a statement that the rocket "
        "was fired from across the border."
    )
    first = quotes_of(text)[0]
    assert first.speaker is not None and first.speaker.name == "Sabi Guard"


def test_a_leader_is_the_person_who_heads_what_he_leads(quotes_of: Any) -> None:
    text = (
        "MAIDUGURI (AFP) - Gunmen attacked a convoy of traders near Bama on Friday, killing five, "
        "a local vigilante leader said.\n\n"
        "Musa Garba, who heads the vigilante group in Bama, told AFP on Saturday that two more traders had died."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "Musa Garba"
    assert second.speaker is not None and second.speaker.name == "Musa Garba"


def test_a_role_before_a_name_is_its_title(quotes_of: Any) -> None:
    text = (
        "ALGIERS (Reuters) - Police detained two bloggers in the city of Oran on Monday, their lawyer said.\n\n"
        "Lawyer Amina Haddad said the two were held overnight and questioned about their posts."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "Amina Haddad"
    assert second.speaker is not None and second.speaker.name == "Amina Haddad"


def test_a_name_after_the_roles_place_is_the_speaker(quotes_of: Any) -> None:
    text = (
        "The U.N.'s refugee coordinator in South Sudan, Anne-Sophie Lambert, said the camp was overcrowded. "
        '"We need more tents," she said.'
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "Anne-Sophie Lambert"
    assert second.speaker is not None and second.speaker.name == "Anne-Sophie Lambert"


def test_an_organisation_with_for_and_and_in_its_name_is_kept_whole(quotes_of: Any) -> None:
    text = "The Center for Legal and Social Studies said most of the injured were hit by rubber bullets."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Center for Legal and Social Studies"


def test_role_in_the_lead_takes_the_name_the_next_source_gives(quotes_of: Any) -> None:
    text = (
        "Floods swept away a bridge near the town of Orlek on Monday, killing four people, a local official said.\n\n"
        "The water rose within an hour, said Tomas Brenner, deputy mayor of the Orlek district."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "Tomas Brenner"
    assert second.speaker is not None and second.speaker.name == "Tomas Brenner"


def test_role_in_the_lead_keeps_its_words_when_the_next_source_is_no_office_holder(quotes_of: Any) -> None:
    text = (
        "Floods swept away a bridge near the town of Orlek on Monday, killing four people, a police spokesman said.\n\n"
        "The water rose within an hour, said Tomas Brenner, a resident of the town."
    )
    first, _ = quotes_of(text)
    assert first.speaker is not None and first.speaker.name == "a police spokesman"


def test_place_in_a_speakers_apposition_is_not_the_speaker(quotes_of: Any) -> None:
    text = "Harkat, the movement's branch in the Sahel, said in a message that it had seized two trucks."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Harkat"


def test_a_release_speaks_for_the_body_that_issued_it(quotes_of: Any) -> None:
    text = "Deputies arrested a man on Sunday, according to a news release from the county sheriff's office."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "the county sheriff's office"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Four farm workers were killed in the raid, according to a list released by the district police.",
            "the district police",
        ),
        (
            "The fighting forced 3,000 people from their homes, according to a statement issued by the Red Crescent.",
            "the Red Crescent",
        ),
    ],
)
def test_a_text_released_by_a_body_speaks_for_it(quotes_of: Any, text: str, issuer: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == issuer


def test_the_name_after_a_role_that_ends_the_sentence_is_the_speaker(quotes_of: Any) -> None:
    text = (
        "The gunmen fired on the bus near the bridge on Monday morning, according to a police officer in the "
        "province, Tomas Varga."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Tomas Varga"
    assert quote.span.text_of(text) == "The gunmen fired on the bus near the bridge on Monday morning"


def test_a_place_before_a_closing_description_is_not_the_speaker(quotes_of: Any) -> None:
    text = (
        "The two sides agreed on Monday to halt attacks for a month, at the end of talks in the Velmoran capital, "
        "Dalgrad, the Velmoran mediator said on Tuesday.\n\n"
        "The truce starts on March 1, said Tomas Varga, Velmora's mediator in the talks."
    )
    first = quotes_of(text)[0]
    assert first.span.text_of(text).endswith("in the Velmoran capital, Dalgrad")
    assert first.speaker is not None and first.speaker.name == "Tomas Varga"


def test_a_pronoun_speaker_is_not_a_name_inside_its_own_words(quotes_of: Any) -> None:
    text = (
        "The raiders were pushed back, the army commander, General Tomas Varga, said on Monday. "
        "Four soldiers were wounded and flown to Anton Berg hospital for treatment, he said."
    )
    second = quotes_of(text)[1]
    assert second.speaker is not None and second.speaker.name == "Tomas Varga"


def test_a_described_speaker_is_the_name_it_calls_itself(quotes_of: Any) -> None:
    text = "A rebel leader who calls himself Colonel Tambwe said on the radio that his men had taken the bridge."
    (quote,) = quotes_of(text)
    name, phrase, _ = _speaker(text, quote)
    assert name.endswith("Tambwe") and phrase == "A rebel leader"


def test_a_name_the_parser_splits_from_its_role_is_the_speaker(quotes_of: Any) -> None:
    text = '"The road will stay closed," Qatar\'s minister of state Abdullah al-Mansouri said at the ceremony.'
    (quote,) = quotes_of(text)
    assert _speaker(text, quote) == (
        "Abdullah al-Mansouri",
        "Qatar's minister of state Abdullah al-Mansouri",
        "Abdullah al-Mansouri",
    )


def test_a_lower_case_body_is_no_name(quotes_of: Any) -> None:
    text = "Uganda's defence ministry said its troops had repelled an incursion near the border."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Uganda's defence ministry"


def test_a_country_owning_a_body_is_not_its_speaker(quotes_of: Any) -> None:
    text = (
        "Shells hit the village, near the border with Azerbaijan, on Thursday.\n\n"
        "Azerbaijan's defence ministry said its forces had fired at Armenian positions in the district."
    )
    (quote, *_) = [q for q in quotes_of(text) if "forces" in q.span.text_of(text)]
    assert quote.speaker is not None and quote.speaker.name == "Azerbaijan's defence ministry"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The pro-independence FLNKS movement said the rally had been peaceful.", "FLNKS"),
        ("The Carabineros police force said in a statement that officers had dispersed the march.", "Carabineros"),
        ("The Iran-backed Hezbollah group said one of the dead was one of its fighters.", "Hezbollah"),
        ("The Kenyan police force said the road had reopened.", "The Kenyan police force"),
        ("The Save Faget Forest coalition said about 15,000 people took part.", "The Save Faget Forest coalition"),
        ("Investor groups said the data would shed light on the companies.", "Investor groups"),
    ],
)
def test_a_group_described_around_its_name_is_that_name(quotes_of: Any, text: str, name: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_it_is_the_group_the_sentence_before_is_about_when_no_body_spoke(quotes_of: Any) -> None:
    text = (
        "A bomb killed six farm workers near Lafoole on Thursday, a district official said.\n\n"
        "Al Shabaab, the al Qaeda-linked group, did not claim the blast. On its radio station it said its "
        "fighters had killed 17 soldiers in an attack on a base."
    )
    (quote,) = [q for q in quotes_of(text) if "soldiers" in q.span.text_of(text)]
    assert quote.speaker is not None and quote.speaker.name == "Al Shabaab"


def test_an_organisations_name_before_the_noun_of_its_kind_is_the_speaker(quotes_of: Any) -> None:
    text = (
        "Police fired tear gas at marchers in Velmora on Monday, the Union des Forces de Progrès opposition "
        "coalition said.\n\nThe coalition said in a statement that 14 people had been hurt. It said two were "
        "in a critical condition.\n\nThe state-run Morning Star of Velmora newspaper reported that police had "
        "acted lawfully."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Union des Forces de Progrès"] * 3 + ["Morning Star of Velmora"]
    text = "The Zarovian opposition coalition said the vote had been rigged."
    assert [q.speaker.name if q.speaker else None for q in quotes_of(text)] == ["The Zarovian opposition coalition"]


def test_the_noun_of_a_kind_stands_for_the_last_body_of_that_kind_only(quotes_of: Any) -> None:
    text = "Police said the march had been peaceful. The union said 40 people had been detained."
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Police", "The union"]


def test_it_after_an_acronym_named_by_according_to_is_that_body(quotes_of: Any) -> None:
    text = (
        "Fighting near Velmora killed ten people, a local official said on Thursday. The clashes broke out on "
        "Tuesday when rebels attacked an army post, according to MONUVEL, the U.N. peacekeeping mission. "
        "It said civilians were among the dead."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["a local official", "MONUVEL", "MONUVEL"]


def test_a_relative_clause_hung_on_an_earlier_clause_speaks_for_its_noun(quotes_of: Any) -> None:
    text = (
        'The riot followed a march by a vigilante movement that calls itself "Operation Tsela" ("road" in '
        "Sesotho), which accuses migrants of taking jobs."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Operation Tsela"]


def test_a_role_in_apposition_takes_the_name_given_two_sentences_later(quotes_of: Any) -> None:
    text = (
        "One of the organisers, a schoolteacher who has led a petition against the quarry, told the crowd that "
        '12,000 people had signed it. "Nobody asked the valley," she said. The schoolteacher, Mirela Dobreva, '
        "said the group would go to court."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Mirela Dobreva"] * 3


def test_a_short_form_of_a_body_is_the_body_named_in_full_nearby(quotes_of: Any) -> None:
    text = (
        "The toll from a bombing at a market in Velmora rose to 12 on Sunday, the state emergency agency said. "
        "A woman blew herself up among traders on Saturday, the Kano State Emergency Management Agency said in an "
        "earlier statement."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Kano State Emergency Management Agency"] * 2
    text = "The state emergency agency said 12 people had died. The Kano Fire Service said the fire was out."
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["The state emergency agency", "Kano Fire Service"]


def test_a_first_name_given_in_a_participle_after_the_cue_is_the_speaker(quotes_of: Any) -> None:
    text = (
        '"My neighbour ran out to help and did not come back," a resident of Velmora told state television, '
        "giving only her first name, Irina."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes_of(text)] == ["Irina"]
    text = '"The water came at night," a farmer told reporters, giving no name.'
    assert [q.speaker.name if q.speaker else None for q in quotes_of(text)] == ["a farmer"]


def test_a_town_the_model_takes_for_a_person_is_no_antecedent_of_he(quotes_of: Any) -> None:
    text = (
        '"The jets came every night," a resident who fled to the city of Pathein told reporters by phone. '
        "He spoke on condition of anonymity, and said at least nine civilians had been killed."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["a resident", "a resident"]


def test_a_body_the_lead_describes_at_length_is_the_one_the_next_source_names(quotes_of: Any) -> None:
    text = (
        "Gunmen abducted four nurses from a clinic in Velmora late Friday, the order of Catholic sisters that runs "
        'the clinic said on Saturday. "Our sisters were taken while caring for the sick," the Sisters of Saint Anne '
        "of the Valley said in a statement."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Sisters of Saint Anne of the Valley"] * 2
    text = text.replace("the order of Catholic sisters that runs the clinic", "the police")
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["the police", "Sisters of Saint Anne of the Valley"]


def test_the_kind_of_a_body_takes_the_name_written_after_that_noun_later(quotes_of: Any) -> None:
    text = (
        "Gunmen attacked a convoy of a medical charity near Velmora on Thursday, the charity said. The vehicles "
        "were clearly marked, said Anna Roth, head of the charity Doctors for the Valley in Zarovia."
    )
    names = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert names == ["Doctors for the Valley", "Anna Roth"]
    text = "Gunmen attacked a convoy near Velmora, the charity said. Its head, Anna Roth, said nobody was hurt."
    assert next(q.speaker.name if q.speaker else None for q in quotes_of(text)) == "the charity"
