"""The web UI in a real headless Chromium over the example data: the map page loads, a type filter updates
the list and the URL, an event shows its evidence highlighted in the article, and an article holding
``<script>`` shows it as text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.engine import Engine
from eventwire.pipeline import Resources
from eventwire.serve import ServeSettings, create_app
from eventwire.store import open_store
from tests.serve.browser import chromium, serving

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPT_ARTICLE = (
    "date 2024-01-05\n"
    "A car bomb <script>window.__pwned = 1</script> exploded near a market in Baghdad on Friday, killing five "
    "people and wounding <b>twelve</b> others, police said.\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, resources: Resources) -> Iterator[str]:
    """The example articles (and one with markup in its text) ingested and served on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("site")
    (folder / "markup.txt").write_text(SCRIPT_ARTICLE, encoding="utf-8")
    db = str(folder / "examples.db")
    with open_store(db) as store:
        Engine(resources=resources).ingest(
            [EXAMPLES / "kyiv-2022-04-28.txt", EXAMPLES / "gvc-sample.jsonl", folder / "markup.txt"], store
        )
    with serving(create_app(ServeSettings(db=db))) as url:
        yield url


@pytest.fixture
def page(tmp_path: Path, site: str) -> Iterator[Any]:
    with chromium(tmp_path / "profile") as context:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        yield tab
        assert not errors, f"script errors on the page: {errors}"


def rows(page: Any) -> list[dict[str, str]]:
    return list(
        page.eval_on_selector_all(
            "#events tbody tr", "rows => rows.map(r => ({type: r.dataset.type, text: r.innerText}))"
        )
    )


def test_the_map_page_shows_the_example_events(page: Any, site: str) -> None:
    page.goto(site + "/")
    page.wait_for_selector("#events tbody tr")
    assert len(rows(page)) > 50
    page.wait_for_selector("path.event-point")
    assert page.locator("path.event-point").count() > 20  # sized circles on the map
    assert page.locator("path.leaflet-interactive").count() > 0
    assert page.locator("#timeline rect.bar").count() > 10
    assert page.locator("#legend span").count() >= 2


def test_filtering_by_type_updates_the_list_the_timeline_and_the_url(page: Any, site: str) -> None:
    page.goto(site + "/")
    page.wait_for_selector("#events tbody tr")
    before = len(rows(page))
    page.select_option("select[name=type]", "Explosions/Remote violence")
    page.wait_for_url("**type=Explosions*")
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length < {before}")
    shown = rows(page)
    assert shown and all(row["type"] == "Explosions/Remote violence" for row in shown)
    assert any("Kyiv" in row["text"] for row in shown)
    # the timeline is drawn from its own request: wait for it to redraw rather than for the list only
    page.wait_for_function(
        "(() => { const f = [...document.querySelectorAll('#timeline rect.bar')].map(b => b.getAttribute('fill'));"
        " return f.length > 0 && f.every(c => c === '#f77f00'); })()",
        timeout=10_000,
    )
    fills = set(page.eval_on_selector_all("#timeline rect.bar", "bars => bars.map(b => b.getAttribute('fill'))"))
    assert fills == {"#f77f00"}  # the timeline shows only that type
    assert "type=Explosions" in page.get_attribute("#dl-csv", "href")
    page.reload()  # the URL alone brings the same view back
    page.wait_for_selector("#events tbody tr")
    assert page.input_value("select[name=type]") == "Explosions/Remote violence" and len(rows(page)) == len(shown)


def test_an_event_shows_the_evidence_of_its_fields_highlighted(page: Any, site: str) -> None:
    page.goto(site + "/?place=Kyiv&type=Explosions%2FRemote+violence")
    page.wait_for_selector("#events tbody tr a.event-link")
    page.click("#events tbody tr a.event-link")
    page.wait_for_url("**/merged/*")
    page.wait_for_selector(".source mark.ev-trigger")
    assert page.inner_text(".source mark.ev-trigger").strip() == "missile"
    assert "Kyiv" in page.locator(".source mark.ev-location").all_inner_texts()
    assert page.locator(".source mark.ev-casualties").count() >= 1
    assert page.inner_text("#fields").count("Explosions/Remote violence") == 1
    event_link = page.get_attribute("#json-link", "href")
    assert event_link.startswith("/api/v1/merged-events/")


def test_an_article_holding_a_script_tag_shows_it_as_text(page: Any, site: str) -> None:
    page.goto(site + "/?place=Baghdad")
    page.wait_for_selector("#events tbody tr a.event-link")
    assert "<script>window.__pwned = 1</script>" in rows(page)[0]["text"]
    page.click("#events tbody tr a.event-link")
    page.wait_for_selector(".source .text mark.ev-trigger")
    text = page.inner_text(".source .text")
    assert "<script>window.__pwned = 1</script>" in text and "<b>twelve</b>" in text
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".source b").count() == 0
    assert page.eval_on_selector_all("script", "scripts => scripts.every(s => s.src && !s.textContent)")


def test_the_quote_browser_filters_by_speaker(page: Any, site: str) -> None:
    page.goto(site + "/quotes?speaker=Guterres")
    page.wait_for_selector("#quote-list tbody tr")
    speakers = page.locator("#quote-list td.speaker").all_inner_texts()
    assert speakers and all("Guterres" in speaker for speaker in speakers)
