"""Hypothesis profiles for the model's property tests.

``repeatable`` (the default, in CI and locally alike): derandomized, so that the same code gets
the same examples and the same verdict on every machine and every run; a property test in
``make test`` is a gate, and a gate that fails at random on a change that did not cause it blocks
unrelated work and cannot be reproduced on the clean CI clone. No example database either: a
failure prints the blob that replays it (``@reproduce_failure``) instead of hiding in a local file.
``explore`` draws new random examples on each run and keeps failures in ``.hypothesis/`` (which
Hypothesis git-ignores itself), for hunting bugs by hand:

    EVENTWIRE_HYPOTHESIS_PROFILE=explore .venv/bin/pytest tests/model
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("EVENTWIRE_HYPOTHESIS_PROFILE", "repeatable"))
