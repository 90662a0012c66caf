"""``eventwire merged``, ``merged show|split|join|detach``, ``merge --rebuild`` and ``timeline`` through click's
runner, on a real SQLite store of hand-built reports."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli.main import main
from eventwire.merge.incremental import merge_into_store
from eventwire.store import open_store
from tests.merge.test_clusters import BOWLING_ARREST, BOWLING_FIRST, BOWLING_VIGIL, FRESNO_SHOOTING, TUCSON_FLOOD

REPORTS = (BOWLING_FIRST, FRESNO_SHOOTING, BOWLING_ARREST, TUCSON_FLOOD, BOWLING_VIGIL)


def stored(tmp_path: Path) -> str:
    db = str(tmp_path / "merged.db")
    with open_store(db) as store:
        for result in REPORTS:
            store.save(result)
        merge_into_store(store, [r.article.hash for r in REPORTS])
    return db


def listed(runner: CliRunner, db: str, *options: str) -> list[dict[str, object]]:
    result = runner.invoke(main, ["merged", "--db", db, "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_merged_lists_filters_and_shows_one_event(tmp_path: Path) -> None:
    runner, db = CliRunner(), stored(tmp_path)
    events = listed(runner, db)
    assert sorted(e["source_count"] for e in events) == [1, 1, 3]
    assert [e["location"]["name"] for e in listed(runner, db, "--place", "Fresno")] == ["Fresno"]
    table = runner.invoke(main, ["merged", "--db", db])
    assert table.exit_code == 0 and "Dayton" in table.output and "sources" in table.output
    bowling = next(e for e in events if e["source_count"] == 3)
    shown = runner.invoke(main, ["merged", "show", str(bowling["id"]), "--db", db])
    assert shown.exit_code == 0
    assert "evidence: Two men were killed and three wounded" in shown.output
    assert "killed    best 2 (low 2, high 2)" in shown.output
    missing = runner.invoke(main, ["merged", "show", "999", "--db", db])
    assert missing.exit_code == 1 and missing.output.startswith("Error: no merged event 999")


def test_detach_and_join_are_kept_through_merge_rebuild(tmp_path: Path) -> None:
    runner, db = CliRunner(), stored(tmp_path)
    bowling = next(e for e in listed(runner, db) if e["source_count"] == 3)
    result = runner.invoke(main, ["merged", "detach", str(bowling["id"]), BOWLING_ARREST.article.id, "--db", db])
    assert result.exit_code == 0, result.output
    assert sorted(e["source_count"] for e in listed(runner, db)) == [1, 1, 1, 2]
    ids = [str(e["id"]) for e in listed(runner, db) if e["source_count"] == 1][:2]
    assert runner.invoke(main, ["merged", "join", *ids, "--db", db]).exit_code == 0
    assert sorted(e["source_count"] for e in listed(runner, db)) == [1, 2, 2]
    rebuilt = runner.invoke(main, ["merge", "--rebuild", "--db", db])
    assert rebuilt.exit_code == 0 and "5 articles merged" in rebuilt.output
    assert sorted(e["source_count"] for e in listed(runner, db)) == [1, 2, 2]


def test_timeline_lists_merged_events_by_day_with_source_counts(tmp_path: Path) -> None:
    runner, db = CliRunner(), stored(tmp_path)
    result = runner.invoke(main, ["timeline", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    (day,) = [json.loads(line) for line in result.output.splitlines()]
    assert day["period"] == "2024-03-09" and day["source_count"] == 5 and day["event_count"] == 3
    by_type = runner.invoke(main, ["timeline", "--db", db, "--type", "Strategic developments", "--bucket", "month"])
    assert by_type.exit_code == 0 and "2024-03" in by_type.output and "Dayton" in by_type.output


FEED = [
    {
        "id": "tamale-1",
        "published": "2025-06-14",
        "title": "Gunmen kill four at Tamale market",
        "source": "Northern Courier",
        "text": "TAMALE - Gunmen killed four traders at the Aboabo market in Tamale on Friday, police commander "
        "Issah Bawa said. Residents said the attackers fled on motorbikes towards Savelugu.",
    },
    {
        "id": "tamale-2",
        "published": "2025-06-15",
        "title": "Toll in Tamale market attack rises to six",
        "url": "https://www.reuters.com/world/africa/tamale",
        "text": "Six people are now known to have died after gunmen opened fire at the Aboabo market in Tamale on "
        "Friday, police commander Issah Bawa said on Saturday. The attackers fled towards Savelugu.",
    },
    {
        "id": "lviv-1",
        "published": "2025-06-15",
        "title": "Dock workers march in Lviv over unpaid wages",
        "text": "Hundreds of dock workers marched through central Lviv on Sunday demanding unpaid wages, "
        "organiser Olena Hrytsenko said. The protest ended peacefully.",
    },
]


def test_ingest_merges_reports_of_one_event_and_the_export_has_acleds_columns(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(item) + "\n" for item in FEED), encoding="utf-8")
    runner, db = CliRunner(), str(tmp_path / "ingested.db")
    assert runner.invoke(main, ["ingest", str(feed), "--db", db]).exit_code == 0
    events = listed(runner, db)
    tamale = [e for e in events if {s["article_id"] for s in e["sources"]} & {"tamale-1", "tamale-2"}]
    assert len(tamale) == 1 and {s["article_id"] for s in tamale[0]["sources"]} >= {"tamale-1", "tamale-2"}
    assert tamale[0]["killed"]["best"] == 6 and [r["count"] for r in tamale[0]["killed"]["revisions"]] == [4, 6]
    exported = runner.invoke(main, ["export", "--db", db, "--format", "csv"])
    assert exported.exit_code == 0, exported.output
    header, *rows = exported.stdout.splitlines()
    assert len(header.split(",")) == 31 and "merged events exported" in exported.stderr
    assert any("Northern Courier; reuters.com,International-Other," in row for row in rows)


def test_a_store_with_unmerged_articles_says_so_and_merge_merges_them(tmp_path: Path) -> None:
    db = str(tmp_path / "unmerged.db")
    with open_store(db) as store:
        for result in REPORTS:
            store.save(result)
    runner = CliRunner()
    result = runner.invoke(main, ["merged", "--db", db])
    assert result.exit_code == 0 and "Warning: 5 stored articles are not merged yet" in result.stderr
    merged = runner.invoke(main, ["merge", "--db", db])
    assert merged.exit_code == 0 and "5 articles merged" in merged.stderr
    assert "Warning" not in runner.invoke(main, ["merged", "--db", db]).stderr
    assert sorted(e["source_count"] for e in listed(runner, db)) == [1, 1, 3]
