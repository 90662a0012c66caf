"""An analyst's control over merging: split, join and detach, kept as overrides that every later merge respects.

Overrides name articles by content hash (their main events), so they survive a re-merge
(``eventwire merge --rebuild``) and a re-ingest with a new pipeline version (the text, hence the hash,
is the same). Each function stores its overrides and merges the articles concerned again at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from eventwire.errors import FilterError
from eventwire.merge.incremental import MergeReport, merge_into_store
from eventwire.store import Store


def main_members(store: Store, merged_id: int) -> list[str]:
    """The articles whose main event is in merged event ``merged_id`` (an error when there is no such event)."""
    if store.merged_event_row(merged_id) is None:
        raise FilterError(f"no merged event {merged_id}; list them with: eventwire merged")
    return sorted({row["article_hash"] for row in store.memberships_of_events([merged_id]) if row["ordinal"] == 0})


def resolve_articles(store: Store, merged_id: int, articles: Iterable[str]) -> list[str]:
    """The members of ``merged_id`` that ``articles`` name (a content hash, a prefix of 6 or more of its
    characters, or an article id)."""
    members = main_members(store, merged_id)
    found = []
    for given in articles:
        matches = [h for h in members if h == given or (len(given) >= 6 and h.startswith(given.lower()))]
        if not matches:
            matches = [h for h in members if (r := store.result(h)) is not None and r.article.id == given]
        if len(matches) != 1:
            state = "is not a member" if not matches else "names several members"
            raise FilterError(f"{given!r} {state} of merged event {merged_id}; see: eventwire merged show {merged_id}")
        found.append(matches[0])
    return found


def split(store: Store, merged_id: int, articles: Sequence[str]) -> MergeReport:
    """Move ``articles`` out of merged event ``merged_id`` into an event of their own: apart from the others,
    together with each other."""
    members = main_members(store, merged_id)
    moving = resolve_articles(store, merged_id, articles)
    staying = [h for h in members if h not in moving]
    overrides = [("apart", a, b) for a in moving for b in staying]
    overrides += [("together", a, b) for a, b in combinations(moving, 2)]
    store.add_merge_overrides(overrides)
    return merge_into_store(store, members)


def detach(store: Store, merged_id: int, article: str) -> MergeReport:
    """Make one article's main event an event of its own, apart from every other member."""
    return split(store, merged_id, [article])


def join(store: Store, merged_ids: Sequence[int]) -> MergeReport:
    """Merge these merged events into one: every main member together with every other."""
    if len(set(merged_ids)) < 2:
        raise FilterError("join needs at least two merged event ids")
    groups = [main_members(store, merged_id) for merged_id in merged_ids]
    everyone = sorted({h for group in groups for h in group})
    store.add_merge_overrides([("together", a, b) for a, b in combinations(everyone, 2)])
    return merge_into_store(store, everyone)
