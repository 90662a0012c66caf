"""The progress line: drawn only on a terminal, and rich imported only then (a whole process's start-up)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from eventwire.cli.progress import progress_bar

NOT_A_TERMINAL = """
import sys
from eventwire.cli.progress import progress_bar
with progress_bar("articles", enabled=True) as tick:
    tick()
print("rich" in sys.modules)
"""


def test_a_run_to_a_pipe_draws_nothing_and_does_not_import_rich() -> None:
    run = subprocess.run([sys.executable, "-c", NOT_A_TERMINAL], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
    assert run.stderr == ""


def test_on_a_terminal_the_bar_counts_the_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress_bar("articles", enabled=True, total=lambda: 3) as tick:
        for _ in range(3):
            tick()
    assert "rich" in sys.modules
