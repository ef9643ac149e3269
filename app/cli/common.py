"""Helpers every command module shares: argument types, the database path, opening a mission,
and reading times. Imports nothing from the command modules, so they can all import it."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.errors import AppError, NotFoundError
from app.i18n import translate
from app.paths import DB_ENV, default_db_path

Handler = Callable[[argparse.Namespace], int]


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a whole number").format(text=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is negative").format(value=value)
        )
    return value


def bbox_arg(text: str) -> tuple[float, float, float, float]:
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not W,S,E,N in degrees").format(text=repr(text))
        ) from None
    if len(values) != 4:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} needs four numbers: W,S,E,N").format(text=repr(text))
        )
    west, south, east, north = values
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south < north <= 90):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a box on the globe (W,S,E,N)").format(text=repr(text))
        )
    return west, south, east, north


def size_arg(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not WIDTHxHEIGHT").format(text=repr(text))
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text}: each side must be 200–8000 pixels").format(text=repr(text))
        )
    return width, height


def db_arg(text: str) -> str | Path:
    """``--db``: a PostgreSQL URL stays as written; anything else is a path to an SQLite file."""
    from app.store import is_database_url

    return text if is_database_url(text) else Path(text)


def db_target(args: argparse.Namespace) -> str | Path:
    """The mission the command works on: ``--db``, else ``$BLUEHELMET_DB``, else the default
    file. A ``postgresql://`` URL names a PostGIS mission; anything else an SQLite file."""
    from app.store import is_database_url

    if args.db is not None:
        return args.db if is_database_url(args.db) else Path(args.db).expanduser()
    override = os.environ.get(DB_ENV, "")
    if is_database_url(override):
        return override
    return default_db_path()


def db_path(args: argparse.Namespace) -> Path:
    """The mission file, for commands that work on SQLite files only so far."""
    target = db_target(args)
    if isinstance(target, str):
        raise AppError(
            translate(
                "Cli", "this command works on SQLite mission files only; it cannot use {url} yet"
            ).format(url=redact(target))
        )
    return target


def open_existing(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, *, write: bool = False, postgis: bool = False
):
    """An existing mission; read-only unless the command writes (nothing else changes then).

    ``postgis``: the command works on a PostGIS mission too (it uses only the store contract,
    ``app.store.contract``); other commands refuse a ``postgresql://`` URL in one line."""
    from app.store import open_mission, open_store

    target = db_target(args) if postgis else db_path(args)
    if isinstance(target, str):
        return open_mission(target, readonly=not write)
    path = target
    if not path.exists():
        raise NotFoundError(
            translate(
                "Cli",
                "{path}: no mission database there (create one with 'bluehelmet --db {path} init "
                "--name NAME', or try the training demo with 'bluehelmet demo')",
            ).format(path=path)
        )
    return open_store(path, readonly=not write)


def redact(url: str) -> str:
    """A database URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def parse_when(text: str | None, field: str) -> datetime | None:
    """ISO 8601, a date-time group, or a duration back from now (``24h``, ``7d``, ``90m``)."""
    from app.domain.coords import parse_dtg, parse_utc

    if text is None:
        return None
    value = text.strip()
    units = {"m": 60, "h": 3600, "d": 86400}
    if len(value) > 1 and value[-1].lower() in units and value[:-1].isdigit():
        return datetime.now(UTC) - timedelta(seconds=int(value[:-1]) * units[value[-1].lower()])
    if value[:6].isdigit() and len(value) in (12, 14) and not value[6].isdigit():
        return parse_dtg(value, field=field)
    return parse_utc(value, field)
