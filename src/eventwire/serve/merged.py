"""Merged events over HTTP: pages of them under the event filters, and one with every source article's
text and the evidence of its event highlighted (the record itself comes from ``query.merged``)."""

from __future__ import annotations

from typing import Any

from eventwire.errors import NotFoundError
from eventwire.query.merged import MergedRecord, merged_event
from eventwire.serve import cursors
from eventwire.serve.views import event_id, source_json
from eventwire.store import EventFilter, Store
from eventwire.store.selects import UNDATED

Json = dict[str, Any]


def merged_page(store: Store, query: EventFilter, actor: str | None, cursor: str | None, limit: int) -> Json:
    """A page of the merged events with a member that ``query`` selects, by first day (undated last) then id,
    after ``cursor``; rows before the cursor are skipped undecoded."""
    after: tuple[Any, ...] | None = cursors.decode(cursor, "merged", "date", (str, int)) if cursor else None
    rows = store.merged_event_rows(query, actor)
    page: list[MergedRecord] = []
    following = None
    try:
        for row in rows:
            key = (row["day_first"] or UNDATED, int(row["id"]))
            if after is not None and key <= after:
                continue
            if len(page) == limit:
                last = page[-1]
                following = cursors.encode("merged", "date", [last.day_first or UNDATED, last.id])
                break
            page.append(MergedRecord.from_row(row))
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    return {"items": [merged_json(record) for record in page], "next": following}


def merged_json(record: MergedRecord) -> Json:
    body = record.to_json()
    for source in body.get("sources", []):
        ordinal = source.get("ordinal")  # None: a report of the event in which no event was found
        source["event_id"] = None if ordinal is None else event_id(source["article_hash"], int(ordinal))
    return body


def merged_detail(store: Store, merged_id: int) -> Json:
    """One merged event: its record (sources, figures with their revisions) and each source article's text
    with the evidence of its member event as spans into it."""
    record = merged_event(store, merged_id)
    if record is None:
        raise NotFoundError(f"no merged event {merged_id} in the store")
    texts = []
    for source in record.sources:
        result = store.result(source["article_hash"])
        if result is not None:
            texts.append(source_json(result, source.get("ordinal")))
    return {"merged_event": merged_json(record), "sources": texts}
