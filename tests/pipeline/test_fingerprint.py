"""Stage versions cannot go stale: any edit to a stage's rules, word lists or tables changes its version."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import eventwire
from eventwire.pipeline.fingerprint import module_fingerprint

PACKAGE = Path(eventwire.__file__).parent
VERSIONS = "import json, eventwire; print(json.dumps({s.name: s.version for s in eventwire.Engine().pipeline.version}))"


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of the installed package, importable on its own (``PYTHONPATH``)."""
    shutil.copytree(PACKAGE, tmp_path / "eventwire", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def versions_of(root: Path) -> dict[str, str]:
    env = {"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", VERSIONS], capture_output=True, text=True, env=env, check=True)
    versions: dict[str, str] = json.loads(done.stdout)
    return versions


def test_editing_a_data_table_changes_the_versions_of_the_stages_that_read_it(package_copy: Path) -> None:
    before = versions_of(package_copy)
    table = package_copy / "eventwire" / "lexicon" / "data" / "aliases.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "Kyyiv\tKyiv\tcity\tname\n", encoding="utf-8")
    after = versions_of(package_copy)
    assert after["places"] != before["places"] and after["events"] != before["events"]
    assert after["sentences"] == before["sentences"] and after["parse"] == before["parse"]


def test_editing_a_word_list_changes_the_version(package_copy: Path) -> None:
    before = versions_of(package_copy)
    lexicon = package_copy / "eventwire" / "lexicon" / "events.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace('"skirmish", ', '"skirmish", "melee", '))
    after = versions_of(package_copy)
    assert after["event_mentions"] != before["event_mentions"] and after["events"] != before["events"]
    assert after["quotes"] == before["quotes"]


def test_a_version_is_the_declared_one_and_the_fingerprint_of_the_code() -> None:
    versions = {s.name: s.version for s in eventwire.Engine().pipeline.version}
    declared, fingerprint = versions["events"].split("+")
    assert declared.isdigit() and fingerprint == module_fingerprint("eventwire.resolve.events")
    assert len(fingerprint) == 12 and versions["parse"].startswith("en_core_web_sm-3.8")
