"""What the readers report without rejecting anything: warnings on the ``eventwire.ingest`` logger.

An input that is read, but not exactly as written (a guessed legacy encoding, broken UTF-8 bytes or
lone surrogates replaced by U+FFFD), is logged at WARNING level as ``origin: what was done``. The CLI
prints these as ``Warning:`` lines; a program embedding eventwire sees them through ``logging``.
"""

from __future__ import annotations

import logging

LOGGER_NAME = "eventwire.ingest"


def warn(origin: str, message: str) -> None:
    """Report that ``origin`` was read, but not exactly as written."""
    logging.getLogger(LOGGER_NAME).warning("%s: %s", origin, message)
