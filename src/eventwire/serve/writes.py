"""``POST /api/v1/articles``: an article as JSON (the fields of a JSONL line) or as an HTML page, read the
way ``eventwire ingest`` reads files, run through the engine and stored; the result comes back."""

from __future__ import annotations

import json
from typing import Any

from eventwire.engine import save_outcomes
from eventwire.errors import InputError, RequestError
from eventwire.ingest.decode import RejectedInput
from eventwire.ingest.html import article_from_html
from eventwire.ingest.jsonl import article_from_record
from eventwire.model import Article, Rejection
from eventwire.model.canonical import to_json
from eventwire.serve.context import ServeContext
from eventwire.store import SaveOutcome, Store

JSON_TYPES = ("application/json",)
HTML_TYPES = ("text/html", "application/xhtml+xml")

# The request body's description in the OpenAPI document.
ARTICLE_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["text"],
                "properties": {
                    "text": {"type": "string", "minLength": 1},
                    "id": {"type": "string"},
                    "published": {"type": ["string", "null"], "format": "date"},
                    "title": {"type": ["string", "null"]},
                    "url": {"type": ["string", "null"]},
                    "source": {"type": ["string", "null"]},
                },
            }
        },
        "text/html": {"schema": {"type": "string"}},
    },
}


def article_of(body: bytes, content_type: str) -> Article:
    """The article a request body holds; ``RequestError`` or ``InputError`` saying what is wrong."""
    media = content_type.split(";")[0].strip().lower()
    try:
        if media in JSON_TYPES:
            return article_from_record(_json_object(body), fallback_id="posted", origin="api")
        if media in HTML_TYPES:
            if not body.strip():
                raise RejectedInput("empty page")
            return article_from_html(body, article_id="posted", origin="api")
    except RejectedInput as error:
        raise InputError(f"cannot read the posted article: {error.reason}") from error
    raise RequestError(f"post an article as application/json or text/html, not {media or 'no media type'!r}")


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise RequestError(f"the body is not JSON: {error}") from error
    if not isinstance(value, dict):
        raise RequestError("the body must be a JSON object with at least a 'text' field")
    return value


def ingest_article(context: ServeContext, store: Store, article: Article) -> dict[str, Any]:
    """Run the engine on ``article``, store the result and return it with what the store did."""
    with context.engine_lock:
        engine = context.engine()
        outcome = engine.outcome(article)
    if isinstance(outcome, Rejection):
        raise InputError(f"the article was rejected: {outcome.reason}")
    report = save_outcomes([outcome], store)  # stored and merged as ``ingest`` stores and merges
    saved = (
        SaveOutcome.INSERTED if report.inserted else SaveOutcome.REPLACED if report.replaced else SaveOutcome.UNCHANGED
    )
    merged = [store.merged_id_of(outcome.article.hash, ordinal) for ordinal in range(len(outcome.events))]
    return {"stored": saved.value, "merged_events": merged, "result": to_json(outcome)}
