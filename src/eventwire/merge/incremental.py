"""Merging on ingest: new articles' events join the stored merged events or start new ones.

``merge_into_store(store, hashes)`` merges the stored articles ``hashes`` (new or re-processed) into
the store's merged events, incrementally: only the neighbourhood of the new articles is read and
clustered again, so the cost per article stays flat as the store grows.

1. Each new article's salient terms update the store's document frequencies; its heaviest terms
   (``candidates.TERMS_PER_ARTICLE``, with the store-wide inverse document frequencies) find the
   stored articles that share one of theirs (names of places, people and organisations are terms, so
   this is retrieval by rare term, place and actor); a term in the top terms of more than
   ``candidates.MAX_ARTICLES_PER_TERM`` articles retrieves nothing (a topic word, not a story).
2. The local set is the new articles, those candidates, every main member of their merged events,
   and the articles an override ties them to.
3. The local set is clustered again exactly as ``extract --merge`` clusters a collection (the same
   pair scores over the same top-term pairs, average link at ``clusters.THRESHOLD``), overrides first:
   ``together`` pairs score far above the threshold, ``apart`` pairs far below any mean.
4. The new clusters take over the ids of the old merged events they hold most of (so ids are stable),
   the others get new ids; each other event of a new article (not its main one) joins a merged event
   of the local set whose member events have the same type, place and days, or starts its own.

Merging everything at once (``rebuild``) is thus the batch clustering of the whole store.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.merge.candidates import MAX_ARTICLES_PER_TERM, TERMS_PER_ARTICLE
from eventwire.merge.clusters import THRESHOLD, average_link, date_apart
from eventwire.merge.profile import ArticleProfile, day_range, profile_of
from eventwire.merge.records import Member, StoredMerged, stored_merged
from eventwire.merge.similarity import SAME_EVENT_DAYS, PairEvidence, pair_evidence, place_agreement
from eventwire.merge.terms import salient_terms
from eventwire.merge.vectors import SparseVector, cosine, inverse_document_frequency, top_terms
from eventwire.model import ArticleResult, Event
from eventwire.store import Store
from eventwire.store.merged import MergeWrite

TOGETHER_SCORE = 1000.0  # an analyst's "together": far above any threshold
APART_SCORE = -1.0e9  # an analyst's "apart": no mean over cross pairs survives it
CANDIDATES_PER_ARTICLE = 30  # stored articles compared with each new one, besides their merged events' members
OVERRIDE_ROUNDS = 4  # how far "together" overrides are followed from the new articles
NO_EVENT_TYPE = "none"

Key = tuple[str, int]


@dataclass
class MergeReport:
    """What one merge run did."""

    articles: int = 0
    written: int = 0
    removed: int = 0
    local_articles: int = 0


@dataclass
class _Local:
    """The neighbourhood of the new articles, read from the store."""

    hashes: list[str]
    new: set[str]
    results: dict[str, ArticleResult]
    terms: dict[str, Mapping[str, int]]
    old_rows: list[dict[str, Any]] = field(default_factory=list)
    affected: set[int] = field(default_factory=set)
    overrides: list[tuple[str, str, str]] = field(default_factory=list)


def merge_into_store(store: Store, hashes: Iterable[str]) -> MergeReport:
    """Merge the stored articles ``hashes`` (new or re-processed) into the store's merged events, holding the
    store's merge lock from the first read to the last write (another process's merge waits)."""
    with store.merge_lock():
        return _merge(store, list(dict.fromkeys(hashes)))


def _merge(store: Store, new: list[str]) -> MergeReport:
    results = {h: r for h in new if (r := store.result(h)) is not None}
    if not results:
        return MergeReport()
    new_terms: dict[str, Mapping[str, int]] = {h: salient_terms(r) for h, r in results.items()}
    old_terms = store.merge_term_counts(results)
    df_delta: Counter[str] = Counter()
    for old in old_terms.values():
        df_delta.subtract(old.keys())
    for counts in new_terms.values():
        df_delta.update(counts.keys())
    total = store.merge_article_total() + len(results.keys() - old_terms.keys())
    frequencies = Frequencies(store, df_delta, total)
    candidates = _candidates(store, new_terms, frequencies)
    local = _neighbourhood(store, results, new_terms, candidates)
    added = len(results.keys() - old_terms.keys())
    return _recluster(store, local, frequencies, new_terms, df_delta, added)


def merge_pending(store: Store) -> MergeReport:
    """Merge the stored articles that no merge has seen yet (stored with ``ingest`` without merging)."""
    return merge_saved(store, [])


def merge_saved(store: Store, hashes: Iterable[str]) -> MergeReport:
    """Merge the articles just saved (new or re-processed) and every stored article that no merge has seen yet,
    in one merge. What is pending is read under the merge lock: two merges never claim one article."""
    with store.merge_lock():
        return merge_into_store(store, [*hashes, *store.unmerged_article_hashes()])


def rebuild(store: Store) -> MergeReport:
    """Forget every merged event (overrides stay) and merge every stored article at once."""
    with store.merge_lock():
        store.clear_merged()
        return merge_into_store(store, store.article_hashes())


class Frequencies:
    """Document frequencies after this run: the store's plus this run's changes, read as needed."""

    def __init__(self, store: Store, delta: Counter[str], total: int) -> None:
        self._store = store
        self._delta = delta
        self.total = total
        self._known: dict[str, tuple[int, int]] = {}
        self.top_delta: Counter[str] = Counter()

    def load(self, terms: Iterable[str]) -> None:
        missing = {t for t in terms if t not in self._known}
        if missing:
            found = self._store.merge_term_frequencies(missing)
            for term in missing:
                self._known[term] = found.get(term, (0, 0))

    def idf(self, term: str) -> float:
        df = max(1, self._known[term][0] + self._delta[term])
        return inverse_document_frequency(term, df, self.total)

    def vector(self, counts: Mapping[str, int]) -> SparseVector:
        self.load(counts)
        weights = {t: (1 + math.log(tf)) * self.idf(t) for t, tf in counts.items() if tf > 0}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {t: w / norm for t, w in weights.items()} if norm else {}

    def top_count(self, term: str) -> int:
        """How many articles have ``term`` among their top terms, counting this run's changes."""
        self.load([term])
        return self._known[term][1] + self.top_delta[term]


def _candidates(store: Store, new_terms: Mapping[str, Mapping[str, int]], frequencies: Frequencies) -> set[str]:
    """The stored articles most like each new one: among those that share a top term with it (held by at most
    MAX_ARTICLES_PER_TERM articles), the ``CANDIDATES_PER_ARTICLE`` whose shared terms weigh most in the new
    article's TF-IDF vector (its bound on the cosine), so that their number does not grow with the store."""
    new = set(new_terms)
    vectors = {h: frequencies.vector(counts) for h, counts in new_terms.items()}
    new_tops = {h: top_terms(vector, TERMS_PER_ARTICLE) for h, vector in vectors.items()}
    held: Counter[str] = Counter(t for tops in new_tops.values() for t in tops)
    old_tops = store.merge_top_terms_of(new)
    held.subtract(t for tops in old_tops.values() for t in tops)
    frequencies.load(held)
    rare = {t for t in held if frequencies.top_count(t) + held[t] <= MAX_ARTICLES_PER_TERM}
    found = store.articles_with_top_terms(rare)
    chosen: set[str] = set()
    for h, tops in new_tops.items():
        weights: dict[str, float] = {}
        for term in tops:
            for holder in found.get(term, ()) if term in rare else ():
                if holder not in new:
                    weights[holder] = weights.get(holder, 0.0) + vectors[h][term]
        ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
        chosen.update(holder for holder, _ in ranked[:CANDIDATES_PER_ARTICLE])
    return chosen


def _neighbourhood(
    store: Store,
    results: dict[str, ArticleResult],
    new_terms: dict[str, Mapping[str, int]],
    candidates: set[str],
) -> _Local:
    """The new articles, the candidates, their merged events' main members and the overrides' partners."""
    new = set(results)
    members: set[str] = set(new)
    frontier = new | candidates
    rows_by_key: dict[Key, dict[str, Any]] = {}
    affected: set[int] = set()
    overrides: set[tuple[str, str, str]] = set()
    for _ in range(OVERRIDE_ROUNDS):
        own = store.memberships_of_articles(frontier)
        ids = {int(r["merged_id"]) for r in own if r["ordinal"] == 0 or r["article_hash"] in new} - affected
        affected |= ids
        for row in store.memberships_of_events(ids):
            rows_by_key[(row["article_hash"], int(row["ordinal"]))] = row
        members |= frontier | {h for (h, o) in rows_by_key if o == 0}
        overrides |= set(store.merge_overrides_of(members))
        frontier = {h for kind, a, b in overrides if kind == "together" for h in (a, b)} - members
        if not frontier:
            break
    others = members - new
    stored_terms = store.merge_term_counts(others)
    local_results = dict(results)
    for h in sorted(others | {h for h, _ in rows_by_key}):
        if h not in local_results and (r := store.result(h)) is not None:
            local_results[h] = r
    terms: dict[str, Mapping[str, int]] = {
        h: stored_terms.get(h) or salient_terms(local_results[h]) for h in others if h in local_results
    }
    terms.update(new_terms)
    ordered = sorted((h for h in members if h in terms), key=lambda h: _order(local_results[h]))
    return _Local(ordered, new, local_results, terms, list(rows_by_key.values()), affected, sorted(overrides))


def _order(result: ArticleResult) -> tuple[bool, date, str, str]:
    article = result.article
    return (article.published is None, article.published or date.min, article.id, article.hash)


def _recluster(
    store: Store,
    local: _Local,
    frequencies: Frequencies,
    new_terms: Mapping[str, Mapping[str, int]],
    df_delta: Counter[str],
    added: int,
) -> MergeReport:
    hashes = local.hashes
    frequencies.load({t for h in hashes for t in local.terms[h]})
    vectors = [frequencies.vector(local.terms[h]) for h in hashes]
    tops = [top_terms(v, TERMS_PER_ARTICLE) for v in vectors]
    old_tops = store.merge_top_terms_of(hashes)
    frequencies.top_delta.update(t for ts in tops for t in ts)
    frequencies.top_delta.subtract(t for ts in old_tops.values() for t in ts)
    profiles = [profile_of(local.results[h]) for h in hashes]
    evidence = _pair_evidence(tops, vectors, profiles, frequencies)
    scores = {pair: e.score for pair, e in evidence.items()}
    overridden = _apply_overrides(scores, hashes, local.overrides)
    labels = average_link(len(hashes), scores, THRESHOLD, date_apart(evidence))
    clusters: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        clusters.setdefault(label, []).append(index)
    plan = _Plan(store, local, clusters, scores, evidence, overridden)
    change = plan.write()
    change.terms = dict(new_terms)
    change.added_articles = added
    change.top_terms = {  # only what changed: the store's writes stay few however large it is
        h: tops[i] for i, h in enumerate(hashes) if h in local.new or set(tops[i]) != set(old_tops.get(h, ()))
    }
    for term in set(df_delta) | set(frequencies.top_delta):
        change.term_changes[term] = (df_delta[term], frequencies.top_delta[term])
    store.write_merge(change)
    return MergeReport(
        articles=len(new_terms),
        written=len(change.events),
        removed=len(local.affected - {int(str(e["id"])) for e in change.events}),
        local_articles=len(hashes),
    )


Pair = tuple[int, int]


def _pair_evidence(
    tops: Sequence[list[str]],
    vectors: Sequence[SparseVector],
    profiles: Sequence[ArticleProfile],
    frequencies: Frequencies,
) -> dict[Pair, PairEvidence]:
    """Evidence for every pair of the local set that shares a rare top term (as ``candidates`` pairs them)."""
    holders: dict[str, list[int]] = {}
    for i, terms in enumerate(tops):
        for term in terms:
            holders.setdefault(term, []).append(i)
    pairs: set[Pair] = set()
    for term, items in holders.items():
        if len(items) > 1 and frequencies.top_count(term) <= MAX_ARTICLES_PER_TERM:
            pairs.update((a, b) for k, a in enumerate(items) for b in items[k + 1 :])
    return {(i, j): pair_evidence(profiles[i], profiles[j], cosine(vectors[i], vectors[j])) for i, j in pairs}


def _apply_overrides(
    scores: dict[Pair, float], hashes: Sequence[str], overrides: Sequence[tuple[str, str, str]]
) -> dict[Pair, str]:
    index = {h: i for i, h in enumerate(hashes)}
    applied: dict[Pair, str] = {}
    for kind, a, b in overrides:
        if a in index and b in index and a != b:
            pair = (min(index[a], index[b]), max(index[a], index[b]))
            scores[pair] = TOGETHER_SCORE if kind == "together" else APART_SCORE
            applied[pair] = kind
    return applied


class _Plan:
    """Ids for the new clusters, the other events' places, and the rows to write."""

    def __init__(
        self,
        store: Store,
        local: _Local,
        clusters: dict[int, list[int]],
        scores: Mapping[Pair, float],
        evidence: Mapping[Pair, PairEvidence],
        overridden: Mapping[Pair, str],
    ) -> None:
        self.store, self.local, self.scores, self.evidence, self.overridden = store, local, scores, evidence, overridden
        self.clusters = [items for _, items in sorted(clusters.items())]
        self.hashes = local.hashes
        self.old_key_id = {(row["article_hash"], int(row["ordinal"])): int(row["merged_id"]) for row in local.old_rows}
        self.old_id = {h: ident for (h, ordinal), ident in self.old_key_id.items() if ordinal == 0}

    def write(self) -> MergeWrite:
        ids = self._cluster_ids()
        members: dict[int, list[Member]] = {ident: [] for ident in ids}
        for ident, items in zip(ids, self.clusters, strict=True):
            for i in items:
                result = self.local.results[self.hashes[i]]
                members[ident].append(self._main_member(result, i, items))
        self._place_other_events(ids, members)
        change = MergeWrite(replaced=set(self.local.affected))
        for ident, group in sorted(members.items()):
            if group:
                rows: StoredMerged = stored_merged(ident, group)
                change.events.append(rows.event)
                change.members.extend(rows.members)
                change.revisions.extend(rows.revisions)
        return change

    def _cluster_ids(self) -> list[int]:
        """The id of each cluster: the old id it holds most main members of, else a new one."""
        overlaps: list[tuple[int, int, int]] = []
        for c, items in enumerate(self.clusters):
            counts = Counter(self.old_id[self.hashes[i]] for i in items if self.hashes[i] in self.old_id)
            overlaps.extend((-count, old, c) for old, count in counts.items())
        chosen: dict[int, int] = {}
        used: set[int] = set()
        for _, old, c in sorted(overlaps):
            if c not in chosen and old not in used:
                chosen[c] = old
                used.add(old)
        missing = [c for c in range(len(self.clusters)) if c not in chosen]
        for c, ident in zip(missing, self.store.allocate_merged_ids(len(missing)), strict=True):
            chosen[c] = ident
        self.old_to_new = self._old_to_new(chosen)
        return [chosen[c] for c in range(len(self.clusters))]

    def _old_to_new(self, chosen: Mapping[int, int]) -> dict[int, int]:
        """Where each old merged event's main members went, by majority."""
        votes: dict[int, Counter[int]] = {}
        for c, items in enumerate(self.clusters):
            for i in items:
                old = self.old_id.get(self.hashes[i])
                if old is not None:
                    votes.setdefault(old, Counter())[chosen[c]] += 1
        return {old: max(sorted(v), key=lambda ident: v[ident]) for old, v in votes.items()}

    def _main_member(self, result: ArticleResult, i: int, items: Sequence[int]) -> Member:
        if len(items) == 1:
            return Member(result, 0)
        pairs = [(min(i, j), max(i, j)) for j in items if j != i]
        similarity = sum(self.scores.get(p, 0.0) for p in pairs if p not in self.overridden) / len(pairs)
        features: dict[str, Any] = {}
        override = next((self.overridden[p] for p in pairs if p in self.overridden), None)
        if override:
            features["override"] = override
        scored = [p for p in pairs if p in self.evidence]
        if scored:
            best = max(scored, key=lambda p: self.evidence[p].score)
            e = self.evidence[best]
            other = best[1] if best[0] == i else best[0]
            features |= {
                "with": self.hashes[other],
                "score": round(e.score, 4),
                "lexical": round(e.lexical, 4),
                "date": e.date,
                "place": e.place,
                "event_type": e.event_type,
                "casualties": round(e.casualties, 4),
            }
        return Member(result, 0, round(similarity, 4), features)

    def _place_other_events(self, ids: Sequence[int], members: dict[int, list[Member]]) -> None:
        """Each article's events after its main one: the new ones by the rule, the stored ones where they were."""
        local = self.local
        new_articles = local.new
        for row in local.old_rows:
            h, ordinal = row["article_hash"], int(row["ordinal"])
            if ordinal == 0 or h in new_articles or h not in local.results:
                continue
            result = local.results[h]
            if ordinal >= len(result.events):
                continue
            target = self.old_to_new.get(int(row["merged_id"]))
            member = Member(result, ordinal, row["similarity"], json.loads(row["features_json"]))
            self._attach(member, target, members)
        for h in sorted(new_articles):
            result = local.results[h]
            for ordinal in range(1, len(result.events)):
                target, partner = self._matching_event(result.events[ordinal], members)
                features = {"rule": "same type, place and days as a member", "with": partner} if partner else {}
                self._attach(Member(result, ordinal, None, features), target, members)

    def _attach(self, member: Member, target: int | None, members: dict[int, list[Member]]) -> None:
        """Add ``member`` to merged event ``target``; with no target, to an event of its own: the one it was
        in before when no cluster of this run took that id (so that re-merging keeps ids), else a new one."""
        if target is None:
            before = self.old_key_id.get(member.key)
            if before is not None and before not in members:
                target = before
            else:
                (target,) = self.store.allocate_merged_ids(1)
        members.setdefault(target, []).append(member)

    def _matching_event(self, event: Event, members: Mapping[int, list[Member]]) -> tuple[int | None, str | None]:
        """A merged event of the local set with a member event of the same type, place and days."""
        if event.event_type == NO_EVENT_TYPE or event.date is None or event.place is None:
            return None, None
        days = day_range(event.date)
        if days is None:
            return None, None
        mine = _event_profile(event)
        for ident, group in sorted(members.items()):
            for member in group:
                other = member.event
                if other is None or other.event_type != event.event_type or other.date is None or other.place is None:
                    continue
                other_days = day_range(other.date)
                if other_days is None or days.gap_days(other_days) > SAME_EVENT_DAYS:
                    continue
                if place_agreement(mine, _event_profile(other)) > 0 or other.place == event.place:
                    return ident, member.result.article.hash
        return None, None


def _event_profile(event: Event) -> ArticleProfile:
    days = day_range(event.date) if event.date else None
    return ArticleProfile("", days, event.place, event.event_type, event.killed, event.injured)
