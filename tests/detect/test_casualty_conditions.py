"""A hospital's grade of a patient's state reports an injury (invented sentences): "in critical condition",
"listed in serious condition"; "in good condition" is said of the unhurt too and is no figure."""

from __future__ import annotations

import eventwire
from eventwire.model import CasualtyKind


def injured(text: str) -> list[int | None]:
    found = eventwire.extract(text, published="2021-05-02").casualties
    return [m.count for m in found if m.kind is CasualtyKind.INJURED]


def test_a_person_in_critical_condition_is_injured() -> None:
    assert injured("A girl is in critical condition after a shooting on Oak Street.") == [1]
    assert injured("Two men remain in stable condition at Mercy Hospital.") == [2]
    assert injured("The victim was listed in serious condition.") == [1]


def test_good_condition_and_a_condition_of_no_patient_are_no_figures() -> None:
    assert injured("The driver was in good condition and went home.") == []
    assert injured("The bridge is in critical condition, engineers said.") == []
