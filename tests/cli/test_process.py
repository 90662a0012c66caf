"""The end of an ``eventwire`` process after ``extract`` or ``ingest``: the exit handlers run, what was written
is flushed, and the exit code is the command's, without the interpreter freeing the loaded model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ENDING = """
import atexit, sys, threading, time
from eventwire.cli.process import end, exit_at_once
atexit.register(lambda: print("exit handler ran"))
print("written, not flushed", end="; ")
if sys.argv[1] == "marked":
    exit_at_once()
if sys.argv[1] == "thread":
    exit_at_once()
    threading.Thread(target=lambda: (time.sleep(0.5), print("the thread finished"))).start()
end(3)
print("the usual exit")
raise SystemExit(3)
"""


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", ENDING, mode], capture_output=True, text=True)


def test_a_marked_end_runs_the_exit_handlers_flushes_and_keeps_the_exit_code() -> None:
    run = _run("marked")
    assert run.returncode == 3
    assert run.stdout == "written, not flushed; exit handler ran\n"


def test_an_unmarked_end_or_one_with_a_thread_still_running_is_the_usual_exit() -> None:
    assert _run("unmarked").stdout == "written, not flushed; the usual exit\nexit handler ran\n"
    run = _run("thread")
    assert run.returncode == 3 and "the thread finished" in run.stdout and "the usual exit" in run.stdout


def test_the_extract_command_writes_everything_and_exits_with_its_code(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    kano = {"id": "kano", "text": "Gunmen killed three guards at a bank in Kano on Monday, police said."}
    articles.write_text(json.dumps(kano) + "\nnot JSON\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "eventwire", "extract", str(articles), "--strict", "--out", str(out)]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 1  # a rejected input under --strict
    assert "articles.jsonl:2" in run.stderr
    (written,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(written)["id"] == "kano"
