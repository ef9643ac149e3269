"""``gui``: open the desktop application (also what the command does with no command)."""

from __future__ import annotations

import argparse

from app.cli.common import db_path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the gui command."""
    gui = sub.add_parser(
        "gui", help="open the desktop application", description="Open the desktop application."
    )
    gui.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.launch import run_gui

    return run_gui(db_path(args))
