"""``eventwire serve``: the HTTP API and the web UI over a store."""

from __future__ import annotations

import click

from eventwire.cli.main import DB_OPTION


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="The port.")
@click.option(
    "--private",
    is_flag=True,
    envvar="EVENTWIRE_PRIVATE",
    help="Reads need a bearer token too. Also EVENTWIRE_PRIVATE=1.",
)
@click.option(
    "--tile-url",
    default="",
    envvar="EVENTWIRE_TILE_URL",
    help="Map tiles, e.g. https://tile.example/{z}/{x}/{y}.png (default: the shipped country outline, offline).",
)
@click.option("--tile-attribution", default="", envvar="EVENTWIRE_TILE_ATTRIBUTION", help="Credit shown under tiles.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Cores that parse one posted article (helper processes with their own model; the same result, sooner).",
)
def serve(db: str, host: str, port: int, private: bool, tile_url: str, tile_attribution: str, workers: int) -> None:
    """Serve the JSON API (/api/v1, OpenAPI at /api/v1/openapi.json) and the web UI over the store."""
    from eventwire.serve import ServeSettings, run
    from eventwire.store import open_store

    settings = ServeSettings(
        db=db, private=private, tile_url=tile_url, tile_attribution=tile_attribution, workers=workers
    )
    with open_store(db, create=False):  # a missing store is one Error: line now, not an error on every request
        pass
    click.echo(f"eventwire serve: http://{host}:{port}/ over {db} (Ctrl-C stops)", err=True)
    run(settings, host, port)
