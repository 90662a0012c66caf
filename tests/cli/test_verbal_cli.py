"""``eventwire events --plover`` and the event each quote is about in ``eventwire quotes``, through click's
runner on a real store (an article written for this test)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli.main import main

ARTICLE = (
    " date 2023-05-10 Gunmen attacked a bus in Borno state on Tuesday, killing nine passengers. "
    'Governor Babagana Zulum condemned the attack as "a cowardly act." '
    "Later, Nigerian President Muhammadu Buhari met Chadian President Mahamat Deby in Abuja on Tuesday to discuss "
    'border security. "We agreed to work together," Buhari said.\n'
)


def test_events_filter_by_plover_and_quotes_show_their_event(tmp_path: Path) -> None:
    runner = CliRunner()
    source = tmp_path / "borno.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert runner.invoke(main, ["ingest", str(source), "--db", db]).exit_code == 0

    consult = runner.invoke(main, ["events", "--db", db, "--plover", "consult", "--format", "json"])
    assert consult.exit_code == 0, consult.output
    (meeting,) = [json.loads(line) for line in consult.stdout.splitlines()]
    assert meeting["plover"] == "CONSULT" and meeting["location"]["name"] == "Abuja"
    assert runner.invoke(main, ["events", "--db", db, "--plover", "SANCTION", "--format", "json"]).stdout == ""

    quotes = runner.invoke(main, ["quotes", "--db", db, "--format", "json"])
    by_text = {q["quote"]["text"]: q["event"] for q in map(json.loads, quotes.stdout.splitlines())}
    condemnation = by_text['the attack as "a cowardly act."']
    assert condemnation is not None and condemnation["plover"] == "ACCUSE"
    assert condemnation["actor1"] == "Babagana Zulum"
    agreed = by_text['"We agreed to work together,"']
    assert agreed is not None and agreed["plover"] == "CONSULT" and agreed["actor2"] == "Mahamat Deby"
    table = runner.invoke(main, ["quotes", "--db", db])
    assert "ACCUSE Babagana Zulum" in table.stdout
