"""How an ``eventwire`` process ends after a command that loaded the spaCy model (``extract``, ``ingest``).

An interpreter frees every object one by one at exit; with the model and the gazetteer loaded that is about
0.3 s of CPU (measured: 0.31-0.33 s after the last line was written, 0.8-1.1 s of wall time on a loaded
machine), on every run. Such a command marks its end as safe once its output is closed (``exit_at_once``);
the ``eventwire`` command then runs the exit handlers (``atexit``: logging's flush, temporary files), flushes
standard output and error, and ends the process with the command's exit code, without the freeing. A test's
``CliRunner`` calls the group's ``main``, not the command, so it never ends a test process.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

_SAFE = threading.Event()


def exit_at_once() -> None:
    """Mark the command's end as safe to skip the interpreter's freeing: its files and stores are closed."""
    _SAFE.set()


def end(code: object) -> None:
    """End the process with the exit code of ``SystemExit(code)`` if the command marked it safe and no other
    thread still runs (the interpreter would wait for it); else return (the usual exit follows)."""
    if not _SAFE.is_set() or any(
        thread is not threading.main_thread() and not thread.daemon for thread in threading.enumerate()
    ):
        return
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # SystemExit("message"): printed, status 1, as the interpreter does
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: as the interpreter, nothing more to write
            status = status or 120
    os._exit(status)
