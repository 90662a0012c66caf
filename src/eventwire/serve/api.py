"""The JSON API under ``/api/v1``: articles, events, quotes, the timeline, exports and merged events."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from eventwire import __version__
from eventwire.errors import FilterError, NotFoundError, RequestError
from eventwire.query.export import ExportOptions
from eventwire.serve import cursors
from eventwire.serve.context import context_of
from eventwire.serve.exports import MEDIA_TYPES, stream_export
from eventwire.serve.merged import merged_detail, merged_page
from eventwire.serve.params import Cursor, EventQuery, Limit, Since, Until, event_query, paged_events, paged_quotes
from eventwire.serve.problems import error_responses
from eventwire.serve.responses import JsonBody, json_body
from eventwire.serve.views import (
    article_summary,
    checked_hash,
    event_detail,
    event_page,
    find_event,
    parse_event_id,
    quote_page,
)
from eventwire.serve.writes import ARTICLE_BODY, article_of, ingest_article
from eventwire.store import ArticleFilter, QuoteFilter

Json = dict[str, Any]
READ_ERRORS = error_responses(400, 401, 503)
ONE_ERRORS = error_responses(400, 401, 404, 503)

router = APIRouter(prefix="/api/v1")

EventSort = Annotated[
    Literal["date", "-date", "casualties", "-casualties"],
    Query(description="date or casualties, ascending; with '-', descending."),
]
QuoteSort = Annotated[Literal["date", "-date"], Query(description="Publication date; with '-', descending.")]


@router.get("", responses=READ_ERRORS, summary="What this API serves")
@json_body
def index(request: Request) -> Json:
    context_of(request).reader(request)
    return {
        "version": __version__,
        "api": "v1",
        "openapi": "/api/v1/openapi.json",
        "links": {
            "articles": "/api/v1/articles",
            "events": "/api/v1/events",
            "merged_events": "/api/v1/merged-events",
            "quotes": "/api/v1/quotes",
            "timeline": "/api/v1/timeline",
            "export": "/api/v1/export",
            "stats": "/api/v1/stats",
        },
    }


@router.get("/stats", responses=READ_ERRORS, summary="Numbers of stored rows by kind")
@json_body
def stats(request: Request) -> Json:
    return dict(context_of(request).reader(request).stats())


@router.get("/config", responses=READ_ERRORS, summary="What the web UI needs to know (map tiles)")
@json_body
def config(request: Request) -> Json:
    context = context_of(request)
    context.reader(request)
    return {"tile_url": context.settings.tile_url, "tile_attribution": context.settings.tile_attribution}


@router.get("/articles", responses=READ_ERRORS, summary="Stored articles, by publication date")
@json_body
def articles(
    request: Request,
    since: Since = None,
    until: Until = None,
    source: Annotated[str | None, Query(max_length=200, description="Source contains this.")] = None,
    cursor: Cursor = None,
    limit: Limit = 50,
) -> Json:
    store = context_of(request).reader(request)
    after = cursors.decode(cursor, "articles", "date", (str, str)) if cursor else None
    query = ArticleFilter(since=since, until=until, source=source, limit=limit + 1, after=after)
    rows = list(store.article_rows(query))
    following = None
    if len(rows) > limit:
        last = rows[limit - 1]
        following = cursors.encode("articles", "date", [last["sort_key"], last["article_hash"]])
    return {"items": [article_summary(row) for row in rows[:limit]], "next": following}


@router.get("/articles/{article_hash}", responses=ONE_ERRORS, summary="One article: its text and its result")
@json_body
def article(request: Request, article_hash: Annotated[str, Path(max_length=64)]) -> Json:
    store = context_of(request).reader(request)
    from eventwire.model.canonical import to_json

    result = store.result(checked_hash(article_hash))
    if result is None:
        raise NotFoundError(f"no article {article_hash!r} in the store")
    return {"text": result.article.text, "result": to_json(result)}


@router.post(
    "/articles",
    responses=error_responses(400, 401, 503),
    status_code=201,
    summary="Read, extract and store one article (JSON or HTML); needs a bearer token",
    openapi_extra={"requestBody": ARTICLE_BODY},
)
async def post_article(request: Request) -> JsonBody:
    from starlette.concurrency import run_in_threadpool

    context = context_of(request)
    body = await _body(request, context.settings.max_body_bytes)
    content_type = request.headers.get("content-type", "")

    def ingest() -> Json:
        store = context.writer(request)
        return ingest_article(context, store, article_of(body, content_type))

    return JsonBody(await run_in_threadpool(ingest), status_code=201)


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise RequestError(f"the body is over {limit:,} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(f"the body is over {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.get("/events", responses=READ_ERRORS, summary="Events, filtered, one page at a time")
@json_body
def events(
    request: Request,
    filters: Annotated[EventQuery, Depends(event_query)],
    sort: EventSort = "date",
    cursor: Cursor = None,
    limit: Limit = 100,
) -> Json:
    store = context_of(request).reader(request)
    query = paged_events(filters.to_filter(), sort, cursor, limit)
    return event_page(list(store.event_rows(query)), query, limit)


@router.get("/events/{event_id}", responses=ONE_ERRORS, summary="One event with its source and evidence spans")
@json_body
def event(request: Request, event_id: Annotated[str, Path(max_length=40)]) -> Json:
    store = context_of(request).reader(request)
    return event_detail(store, find_event(store, event_id))


@router.get("/quotes", responses=READ_ERRORS, summary="Quotes with their speakers, one page at a time")
@json_body
def quotes(
    request: Request,
    since: Since = None,
    until: Until = None,
    speaker: Annotated[str | None, Query(max_length=200, description="Resolved speaker contains this.")] = None,
    text: Annotated[str | None, Query(max_length=500, description="Quote contains these words.")] = None,
    article: Annotated[str | None, Query(max_length=200, description="Article id or hash prefix.")] = None,
    event: Annotated[str | None, Query(max_length=40, description="Quotes of this event's article.")] = None,
    sort: QuoteSort = "date",
    cursor: Cursor = None,
    limit: Limit = 100,
) -> Json:
    store = context_of(request).reader(request)
    if event:
        try:
            article = parse_event_id(event)[0]
        except NotFoundError as error:
            raise FilterError(f"event: {error}") from error
    query = QuoteFilter(since=since, until=until, speaker=speaker or None, text=text or None, article=article or None)
    query = paged_quotes(query, sort, cursor, limit)
    return quote_page(list(store.quote_rows(query)), query, limit)


@router.get("/timeline", responses=READ_ERRORS, summary="Events per day, by type")
@json_body
def timeline(request: Request, filters: Annotated[EventQuery, Depends(event_query)]) -> Json:
    store = context_of(request).reader(request)
    days: dict[str | None, dict[str, int]] = {}
    for row in store.event_counts(filters.to_filter()):
        days.setdefault(row["day"], {})[row["event_type"]] = int(row["count"])
    types = sorted({name for counts in days.values() for name in counts})
    buckets = [{"day": day, "total": sum(counts.values()), "counts": counts} for day, counts in days.items()]
    return {"types": types, "buckets": buckets}


@router.get(
    "/export",
    responses={
        **READ_ERRORS,
        200: {
            "description": "The events, streamed",
            "content": {
                media: {"schema": {"type": "object" if fmt == "geojson" else "string"}}
                for fmt, media in MEDIA_TYPES.items()
            },
        },
    },
    response_class=StreamingResponse,
    summary="The (merged) events, filtered, as JSONL, ACLED CSV or GeoJSON, as eventwire export writes them (streamed)",
)
def export(
    request: Request,
    filters: Annotated[EventQuery, Depends(event_query)],
    format: Annotated[Literal["jsonl", "csv", "geojson"], Query(description="csv uses ACLED's columns.")] = "jsonl",
    per_report: Annotated[bool, Query(description="One row per report's event, not per merged event.")] = False,
    extra_columns: Annotated[bool, Query(description="eventwire's columns after ACLED's.")] = False,
    undated: Annotated[bool, Query(description="Keep events that no report dates.")] = False,
    out_of_scope: Annotated[bool, Query(description="Keep events outside ACLED's scope.")] = False,
) -> StreamingResponse:
    context = context_of(request)
    context.reader(request)
    query = filters.to_filter()
    name = f"events.{format}"
    options = ExportOptions(per_report, extra_columns, undated, out_of_scope)
    return StreamingResponse(
        stream_export(context.settings.db, format, query, options),
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/merged-events", responses=READ_ERRORS, summary="Merged events (reports of one real event), paged")
@json_body
def merged_events(
    request: Request,
    filters: Annotated[EventQuery, Depends(event_query)],
    cursor: Cursor = None,
    limit: Limit = 100,
) -> Json:
    store = context_of(request).reader(request)
    query = filters.to_filter()
    return merged_page(store, replace(query, actor=None), query.actor, cursor, limit)


@router.get(
    "/merged-events/{merged_id}",
    responses=ONE_ERRORS,
    summary="One merged event: its sources with their text and evidence spans, its figures' revisions",
)
@json_body
def merged_event(request: Request, merged_id: Annotated[int, Path(ge=0, le=2**62)]) -> Json:
    store = context_of(request).reader(request)
    return merged_detail(store, merged_id)
