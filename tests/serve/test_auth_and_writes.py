"""Tokens (stored hashed, checked in constant time, revocable), private reads, and POST /api/v1/articles
through the real engine with JSON and HTML bodies."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from eventwire.cli.main import main
from eventwire.errors import AuthError, SettingsError, StoreError
from eventwire.serve import ServeSettings, create_app, create_token, verify_token
from eventwire.store import open_store
from tests.serve.test_api import assert_error

ARTICLE = {
    "id": "posted-1",
    "text": "Gunmen killed four villagers in an attack on a village near Kaduna on Monday, police said.",
    "published": "2024-05-07",
    "title": "Attack near Kaduna",
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_token_is_stored_as_a_digest_and_verified(sample_store: str) -> None:
    with open_store(sample_store) as store:
        made = create_token(store, "alice")
        assert verify_token(store, made.value) == made.id
        secret = made.value.split("_", 2)[2]
        assert made.value.startswith(f"ew_{made.id}_")
        rows = list(store.token_rows())
        assert [(row["id"], row["name"], row["revoked_at"]) for row in rows] == [(made.id, "alice", None)]
        assert store.token_digest(made.id) == hashlib.sha256(secret.encode()).hexdigest()
        for wrong in (made.value[:-1] + ("A" if made.value[-1] != "A" else "B"), "ew_000000000000_" + secret, "junk"):
            with pytest.raises(AuthError):
                verify_token(store, wrong)
        with pytest.raises(StoreError, match="exists"):
            create_token(store, "alice")
        with pytest.raises(SettingsError):
            create_token(store, "no spaces please")
        assert store.revoke_token("alice") and not store.revoke_token("alice")
        with pytest.raises(AuthError):
            verify_token(store, made.value)


def test_the_secret_is_nowhere_in_a_sqlite_store(tmp_path: Path) -> None:
    path = tmp_path / "tokens.db"
    with open_store(str(path)) as store:
        made = create_token(store, "bob")
    secret = made.value.split("_", 2)[2]
    assert secret.encode() not in path.read_bytes()
    with sqlite3.connect(path) as connection:
        ((digest,),) = connection.execute("SELECT digest FROM api_tokens").fetchall()
    assert digest == hashlib.sha256(secret.encode()).hexdigest()


def test_writing_needs_a_valid_token(client: TestClient, token: str) -> None:
    error = assert_error(client.post("/api/v1/articles", json=ARTICLE), 401, "unauthorized")
    assert "bearer token" in error["message"]
    response = client.post("/api/v1/articles", json=ARTICLE, headers={"Authorization": "Basic abc"})
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(client.post("/api/v1/articles", json=ARTICLE, headers=bearer(token + "x")), 401, "unauthorized")


def test_a_posted_article_is_read_by_the_engine_stored_and_returned(writing_client: TestClient, token: str) -> None:
    response = writing_client.post("/api/v1/articles", json=ARTICLE, headers=bearer(token))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["stored"] == "inserted" and body["result"]["id"] == "posted-1"
    (merged_id,) = body["merged_events"]
    assert writing_client.get(f"/api/v1/merged-events/{merged_id}").json()["merged_event"]["killed"]["best"] == 4
    (event,) = body["result"]["events"]
    assert event["killed"] == 4 and event["location"]["name"] == "Kaduna"
    listed = writing_client.get("/api/v1/events", params={"article": "posted-1"}).json()["items"]
    assert [e["killed"] for e in listed] == [4]
    again = writing_client.post("/api/v1/articles", json=ARTICLE, headers=bearer(token))
    assert again.json()["stored"] == "unchanged"


def test_an_html_page_is_read_as_ingest_reads_it(writing_client: TestClient, token: str) -> None:
    page = (
        "<html><head><title>Market blast</title><meta property='article:published_time' content='2024-06-02'>"
        "</head><body><article><h1>Market blast</h1><p>A bomb exploded at the central market of Maiduguri on "
        "Sunday, killing two traders and wounding nine others, officials said.</p></article></body></html>"
    )
    headers = {**bearer(token), "Content-Type": "text/html; charset=utf-8"}
    response = writing_client.post("/api/v1/articles", content=page.encode(), headers=headers)
    assert response.status_code == 201, response.text
    result = response.json()["result"]
    assert "Maiduguri" in result["events"][0]["evidence"]["sentence"]["text"]
    assert result["events"][0]["killed"] == 2


@pytest.mark.parametrize(
    ("content", "media", "code"),
    [
        (b"{not json", "application/json", "request_invalid"),
        (b"[1, 2]", "application/json", "request_invalid"),
        (b'{"title": "no text"}', "application/json", "input_unreadable"),
        (b'{"text": "x", "published": "last week"}', "application/json", "input_unreadable"),
        (b"<html><body></body></html>", "text/html", "input_unreadable"),
        (b"plain words", "text/plain", "request_invalid"),
    ],
)
def test_bad_bodies_are_errors_in_the_one_shape(
    client: TestClient, token: str, content: bytes, media: str, code: str
) -> None:
    response = client.post("/api/v1/articles", content=content, headers={**bearer(token), "Content-Type": media})
    assert_error(response, 400, code)


def test_a_body_over_the_limit_is_refused_before_it_is_read(sample_store: str, token: str) -> None:
    with TestClient(create_app(ServeSettings(db=sample_store, max_body_bytes=100))) as client:
        response = client.post("/api/v1/articles", json={"text": "x" * 200}, headers=bearer(token))
    assert_error(response, 400, "request_invalid")


@pytest.fixture
def private_client(sample_store: str) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(db=sample_store, private=True))) as client:
        yield client


def test_private_reads_need_a_token(private_client: TestClient, token: str) -> None:
    for path in ("/api/v1/events", "/api/v1/quotes", "/api/v1/timeline", "/api/v1/export", "/api/v1/stats"):
        assert_error(private_client.get(path), 401, "unauthorized")
        assert private_client.get(path, headers=bearer(token)).status_code == 200


def test_token_commands_create_list_and_revoke(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    made = runner.invoke(main, ["token", "create", "ci-bot", "--db", db])
    assert made.exit_code == 0, made.output
    value = made.stdout.strip()
    with open_store(db) as store:
        assert verify_token(store, value)
    listed = runner.invoke(main, ["token", "list", "--db", db])
    assert "ci-bot" in listed.stdout and "active" in listed.stdout
    assert runner.invoke(main, ["token", "revoke", "ci-bot", "--db", db]).exit_code == 0
    assert "revoked" in runner.invoke(main, ["token", "list", "--db", db]).stdout
    missing = runner.invoke(main, ["token", "revoke", "ci-bot", "--db", db])
    assert missing.exit_code == 1 and "Error: no active token named 'ci-bot'" in missing.stderr


def test_serve_refuses_a_missing_store_with_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no store at")
