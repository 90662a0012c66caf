"""``eventwire token create|list|revoke``: the bearer tokens that let clients write through the API."""

from __future__ import annotations

import click

from eventwire.cli.main import DB_OPTION


@click.group()
def token() -> None:
    """Manage API tokens (stored hashed; a token is shown once, when it is made)."""


@token.command()
@click.argument("name")
@DB_OPTION
def create(name: str, db: str) -> None:
    """Make a token named NAME and print it (keep it: the store holds only its digest)."""
    from eventwire.serve import create_token
    from eventwire.store import open_store

    with open_store(db) as store:
        made = create_token(store, name)
    click.echo(made.value)
    click.echo(f"token {made.name!r} ({made.id}) created; send it as 'Authorization: Bearer <token>'", err=True)


@token.command(name="list")
@DB_OPTION
def list_tokens(db: str) -> None:
    """List the tokens: id, name, when made, when revoked."""
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        rows = list(store.token_rows())
    for row in rows:
        state = f"revoked {row['revoked_at']}" if row["revoked_at"] else "active"
        click.echo(f"{row['id']}  {row['name']}  created {row['created_at']}  {state}")
    if not rows:
        click.echo("no tokens; make one with: eventwire token create NAME", err=True)


@token.command()
@click.argument("name")
@DB_OPTION
def revoke(name: str, db: str) -> None:
    """Revoke the token named NAME (or with that id)."""
    from eventwire.errors import NotFoundError
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        if not store.revoke_token(name):
            raise NotFoundError(f"no active token named {name!r} in {store.where}")
    click.echo(f"token {name!r} revoked", err=True)
