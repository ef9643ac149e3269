"""``gui``: open the desktop application (also what the command does with no command)."""

from __future__ import annotations

import argparse

from app.cli.common import db_target


def register(sub: argparse._SubParsersAction) -> None:
    """Add the gui command."""
    gui = sub.add_parser(
        "gui",
        help="open the desktop application",
        description="Open the desktop application: on --db (or $BLUEHELMET_DB) when given, "
        "else on the last mission opened, else on the start page (new mission, open mission, "
        "training demo).",
    )
    gui.add_argument(
        "--demo", action="store_true", help="open the training demo (its own file, fictional data)"
    )
    gui.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    import os

    from app.paths import DB_ENV
    from app.ui.launch import run_gui

    explicit = args.db is not None or bool(os.environ.get(DB_ENV))
    return run_gui(
        db_target(args),
        explicit=explicit,
        demo=getattr(args, "demo", False),
        lang=getattr(args, "lang", None),
    )
