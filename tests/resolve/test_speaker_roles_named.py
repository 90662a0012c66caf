"""A role whose person the article names with it in the same sentence: the name in apposition after the role's
place, a name the role's relative clause gives after another verb, and the name a group calls itself (invented
articles, each kind written three ways)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the name hangs on the place of the role's place
            "MANILA, Philippines (AP) — A bomb exploded at a bus terminal in the southern city of Cotabato. A nurse "
            "at the regional hospital in Cotabato City, Maria Santos, said nine of the wounded were children.",
            ["Maria Santos"],
        ),
        (
            "PESHAWAR, Pakistan (Reuters) - A roadside bomb hit a police van near the town of Tank. A surgeon at the "
            "district hospital in Dera Ismail Khan, Farid Ahmad, said four of the officers had lost limbs.",
            ["Farid Ahmad"],
        ),
        (
            "CARACAS (AFP) - Troops clashed with miners near the border. An official at the town hall of El Callao "
            "in Bolivar state, Rosa Mendoza, told AFP that two miners were missing.",
            ["Rosa Mendoza"],
        ),
        (  # a role the lexicon did not have, named in apposition
            "KINSHASA (Reuters) - Armed men looted a clinic in the town of Kinkala on Tuesday, the town's "
            "sub-prefect, Albert Nkounkou, told Reuters.",
            ["Albert Nkounkou"],
        ),
        (
            "QUITO (AP) — Soldiers detained 14 suspected gang members in the port of Guayaquil. Colombia's consul "
            "in Guayaquil, Andrés Felipe Rojas, said two of the men were Colombian citizens.",
            ["Andrés Felipe Rojas"],
        ),
        (  # the name given by a second verb of the relative clause
            'ACCRA (AFP) - Thieves stole copper cable from a railway depot. "We came in and the fence was cut," '
            "said a railway worker who arrived at dawn and gave his name as Kofi.",
            ["Kofi"],
        ),
        (
            'KAMPALA (Reuters) - Police broke up a market protest. "They beat us with sticks," said a fishmonger '
            "who fled to the lakeshore and would only give her first name, Aisha.",
            ["Aisha"],
        ),
        (
            'LIMA (AP) — Riot police cleared a blockade on a mining road. "We had been there for nine days," said '
            "a farmer who travelled from Cusco and asked to be identified only as Quispe.",
            ["Quispe"],
        ),
        (
            'JERUSALEM (Reuters) - A rocket hit a depot in the port of Ashdod. "The roof came down on the trucks," '
            "a dock worker who gave his name only as Yossi told Army Radio.",
            ["Yossi"],
        ),
        (  # a group named by what it calls itself, in a participle
            "ATHENS (Reuters) - Arsonists set fire to a bank branch overnight. A group calling itself Black Flame "
            "Cell claimed the attack in a post online, saying it was revenge for the arrest of two comrades.",
            ["Black Flame Cell"],
        ),
        (
            "SANTIAGO (AP) — Masked men burned three buses in the capital. A cell calling itself Autonomous Fire "
            "Front said in a statement posted online that the buses belonged to the oppressors.",
            ["Autonomous Fire Front"],
        ),
        (
            "MEXICO CITY (Reuters) - Gunmen set fire to a police post in Michoacan state. A militia styling itself "
            "the Free Valley Guard said in a video that it had acted against extortion.",
            ["Free Valley Guard"],
        ),
    ],
)
def test_role_named_in_its_sentence(speakers_of: Any, text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected
