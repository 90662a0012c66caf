"""API tokens: ``ew_<id>_<secret>``. The store keeps the id, a name and the sha256 of the secret, never
the secret itself; a presented token is checked by comparing digests in constant time."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from eventwire.errors import AuthError, SettingsError
from eventwire.store import Store

PREFIX = "ew"
_TOKEN = re.compile(r"^ew_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$")
_NAME = re.compile(r"^[\w.@-]{1,64}$")


@dataclass(frozen=True, slots=True)
class NewToken:
    """A token just made: ``value`` is shown once and never stored."""

    id: str
    name: str
    value: str


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> NewToken:
    """Make a token named ``name`` (letters, digits, ``_.@-``), keep its digest in ``store``, return it."""
    if not _NAME.match(name):
        raise SettingsError(f"a token name is 1 to 64 letters, digits or _.@- characters, got {name!r}")
    token_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    store.save_token(token_id, name, digest_of(secret))
    return NewToken(token_id, name, f"{PREFIX}_{token_id}_{secret}")


def verify_token(store: Store, value: str) -> str:
    """The id of the valid, unrevoked token ``value``; raises ``AuthError`` otherwise."""
    match = _TOKEN.match(value.strip())
    stored = store.token_digest(match[1]) if match else None
    # Compare a digest even when there is no such token, so a miss takes as long as a wrong secret.
    presented = digest_of(match[2] if match else value)
    if not hmac.compare_digest(presented, stored or "0" * 64) or stored is None or match is None:
        raise AuthError("the bearer token is not valid (revoked, mistyped, or of another store)")
    return match[1]
