"""spaCy makes a new ``Token`` object each time one is reached (``token.head``, ``doc[i]``), so ``is`` between
tokens is never true: ``head.head is head`` never found the root, and a walk up to a verb that stopped on it spun
``quote_mentions`` to its time limit. Tokens are compared by index (``a.i == b.i``) or ``==``."""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "eventwire"
# `x.head is y`, `x is y.head`, `x.head is not y`, `x is not y.head`
_IDENTITY_OF_HEADS = re.compile(r"\.head\s+is\b|\bis\s+(?:not\s+)?[\w.]+\.head\b")


def test_no_token_is_compared_by_identity() -> None:
    offenders = [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _IDENTITY_OF_HEADS.search(line.split("#", 1)[0])
    ]
    assert offenders == []
