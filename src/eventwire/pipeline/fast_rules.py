"""spaCy's attribute ruler with its patterns looked up by token attribute instead of run through the Matcher.

The English models' attribute ruler (tag map, morph rules: about 180 patterns of one or two tokens, each a
test of a token's TAG, LOWER, DEP or IS_SPACE) cost as much as the tagger and the lemmatizer together on a
news article: the Matcher walks every pattern over every token. Here each pattern is filed under one of its
first token's exact values (or each value of an ``IN`` list), so a token is tested only against the patterns
filed under its own values (and the few that have none, such as a ``REGEX``); the matches are the Matcher's
and they are applied by the ruler's own ``set_annotations``, in its order, so the parse is the same, token for
token (tests/pipeline/test_fast_rules.py compares them). A ruler with a pattern this module does not know
(an operator, another attribute or predicate) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The token attributes a pattern may test here, in the order of their columns in ``Doc.to_array``.
ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMN = {name: i for i, name in enumerate(ATTRIBUTES)}
_FILING_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")
# Distinct token values (tag, word, dependency, space) remembered before the memory starts again.
MEMO_SIZE = 200_000
# Test of one token, given its values in those columns (hashes; 0 or 1 for IS_SPACE).
TokenTest = Callable[[tuple[int, ...]], bool]


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the matching of ``nlp``'s attribute ruler by the lookup above; False (nothing changed) when
    the model has no such ruler or it holds a pattern the lookup does not know."""
    if name not in nlp.pipe_names:
        return False
    ruler: Any = nlp.get_pipe(name)
    lookup = _Lookup.of(ruler)
    if lookup is None:
        return False
    ruler.match = lookup.match
    ruler.set_annotations = lookup.set_annotations
    return True


class _Lookup:
    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        # (column, value) -> the patterns filed under it: (rule number, its match key, token tests)
        self.filed: dict[tuple[int, int], list[tuple[int, int, list[TokenTest]]]] = {}
        self.unfiled: list[tuple[int, int, list[TokenTest]]] = []
        # a token's values -> what it starts (``_candidates``), remembered across texts
        self.memo: dict[tuple[int, ...], Any] = {}

    @classmethod
    def of(cls, ruler: Any) -> _Lookup | None:
        lookup = cls(ruler)
        try:
            for number, rule in enumerate(ruler.patterns):
                key = lookup.strings[str(number)]
                for pattern in rule["patterns"]:
                    if not pattern or not lookup._file(number, key, pattern):
                        return None
        except (KeyError, TypeError, ValueError, AttributeError, re.error):
            return None
        return lookup

    def _file(self, number: int, key: int, pattern: list[dict[str, Any]]) -> bool:
        tests = []
        for spec in pattern:
            test = self._token_test(spec)
            if test is None:
                return False
            tests.append(test)
        entry = (number, key, tests)
        slot = self._slot(pattern[0])
        if slot is None:
            self.unfiled.append(entry)
        else:
            column, values = slot
            for value in values:
                self.filed.setdefault((column, value), []).append(entry)
        return True

    def _value(self, attribute: str, value: Any) -> int:
        if attribute == "IS_SPACE":
            if not isinstance(value, bool):
                raise TypeError(value)
            return int(value)
        if not isinstance(value, str):
            raise TypeError(value)
        return int(self.strings[value])

    def _slot(self, spec: dict[str, Any]) -> tuple[int, list[int]] | None:
        """Where to file a pattern: a column of its first token and the values it must have there (the most
        selective first: a word, then a tag, then a dependency)."""
        for attribute in _FILING_ORDER:
            value = spec.get(attribute)
            if isinstance(value, str | bool):
                return _COLUMN[attribute], [self._value(attribute, value)]
        for attribute in _FILING_ORDER:
            value = spec.get(attribute)
            if isinstance(value, dict) and set(value) == {"IN"}:
                return _COLUMN[attribute], [self._value(attribute, v) for v in value["IN"]]
        return None

    def _token_test(self, spec: dict[str, Any]) -> TokenTest | None:
        checks: list[TokenTest] = []
        for attribute, value in spec.items():
            if attribute not in _COLUMN:
                return None
            column = _COLUMN[attribute]
            if isinstance(value, str | bool):
                checks.append(_equals(column, self._value(attribute, value)))
            elif isinstance(value, dict) and len(value) == 1:
                ((predicate, argument),) = value.items()
                if predicate in ("IN", "NOT_IN") and isinstance(argument, list):
                    allowed = frozenset(self._value(attribute, v) for v in argument)
                    checks.append(_among(column, allowed, predicate == "IN"))
                elif predicate == "REGEX" and attribute == "LOWER" and isinstance(argument, str):
                    checks.append(_searches(re.compile(argument), self.strings))
                else:
                    return None
            else:
                return None
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda values: first(values) and second(values)
        return lambda values: all(check(values) for check in checks)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """``AttributeRuler.set_annotations`` without a ``Span`` made for each match."""
        from spacy.tokens._retokenize import set_token_attrs

        attrs, indices = self.ruler.attrs, self.ruler.indices
        for number, _key, start, end in matches:
            index = indices[number]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                raise ValueError(f"attribute ruler pattern {number}: index {index} is outside its match")
            set_token_attrs(doc[at], attrs[number])

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches of the ruler's Matcher, as ``AttributeRuler.match`` sorts them."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()] if len(doc) else []
        memo, size = self.memo, len(rows)
        if len(memo) > MEMO_SIZE:
            memo.clear()
        found: set[tuple[int, int, int, int]] = set()
        for start, row in enumerate(rows):
            candidates = memo.get(row)
            if candidates is None:
                candidates = memo[row] = self._candidates(row)
            singles, longer = candidates
            for number, key in singles:
                found.add((number, key, start, start + 1))
            for number, key, tests in longer:
                end = start + len(tests)
                if end <= size and all(tests[i](rows[start + i]) for i in range(1, len(tests))):
                    found.add((number, key, start, end))
        return sorted(found)

    def _candidates(
        self, row: tuple[int, ...]
    ) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, list[TokenTest]], ...]]:
        """What a token with the values ``row`` starts: the one-token patterns it matches, and the longer
        patterns whose first token it matches (their other tokens are tested where it stands). A test reads only
        the token's values, so tokens with the same values (most of a text's words recur) share this."""
        tag, lower, dep, space = row
        none: list[tuple[int, int, list[TokenTest]]] = []
        singles: list[tuple[int, int]] = []
        longer: list[tuple[int, int, list[TokenTest]]] = []
        for entries in (
            self.filed.get((0, tag), none),
            self.filed.get((1, lower), none),
            self.filed.get((2, dep), none),
            self.filed.get((3, space), none),
            self.unfiled,
        ):
            for number, key, tests in entries:
                if tests[0](row):
                    if len(tests) == 1:
                        singles.append((number, key))
                    else:
                        longer.append((number, key, tests))
        return tuple(singles), tuple(longer)


def _equals(column: int, wanted: int) -> TokenTest:
    return lambda values: values[column] == wanted


def _among(column: int, allowed: frozenset[int], inside: bool) -> TokenTest:
    return lambda values: (values[column] in allowed) == inside


def _searches(pattern: re.Pattern[str], strings: Any) -> TokenTest:
    """A REGEX test of the token's LOWER text (looked up once per distinct text)."""
    seen: dict[int, bool] = {}

    def test(values: tuple[int, ...]) -> bool:
        lower = values[_COLUMN["LOWER"]]
        if lower not in seen:
            seen[lower] = pattern.search(strings[lower]) is not None
        return seen[lower]

    return test
