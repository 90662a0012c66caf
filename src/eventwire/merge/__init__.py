"""Cross-article merge: which reports are the same real-world event.

``cluster_results(results)`` maps every article's hash to the id of its cluster (the hash of the
cluster's first article); ``cluster_ids(results)`` gives the same ids as a list in input order
(articles with identical text may then differ); ``merge_events(results)`` gives one ``MergedEvent``
per cluster with its sources listed and casualty figures reconciled (``merged_event_json`` for output).

How: TF-IDF cosine over each article's title, lead and named entities, plus the agreement of the
main events' dates, places, types and casualty figures (``similarity``), scored only for pairs that
share a rare salient term (``candidates``), then average-link agglomeration (``clusters``).
"""

from eventwire.merge.clusters import cluster_ids, cluster_results
from eventwire.merge.merged_events import (
    MergedEvent,
    ReconciledFigure,
    ReportedFigure,
    Source,
    merge_events,
    merged_event_json,
    reconcile,
)

__all__ = [
    "MergedEvent",
    "ReconciledFigure",
    "ReportedFigure",
    "Source",
    "cluster_ids",
    "cluster_results",
    "merge_events",
    "merged_event_json",
    "reconcile",
]
