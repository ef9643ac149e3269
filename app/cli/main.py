"""The ``bluehelmet`` command: parser assembly, dispatch and the one place errors become a line.

With no command it opens the GUI. Errors the user can act on (``AppError``) print one
``Error: …`` line on stderr and exit non-zero; anything else is logged with its traceback and
reported in one line too. Each command group lives in its own module with a
``register(subparsers)`` function; this module only puts them together, in help order.

The groups write their help in English; ``build_parser`` then walks the finished parser and puts
every help text, description and heading through ``translate("CliHelp", …)``, so that the
modules need not know about languages. ``app/cli/help_strings.py`` (generated from the parser by
``scripts/cli_help_strings.py``, run by ``scripts/update-translations.sh``) lists those texts for
lupdate; a test fails when it falls behind the parser.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

from app import __version__
from app.cli import (
    analyse,
    backup,
    basemap,
    briefing,
    db,
    feed,
    gui,
    identity,
    interop,
    mission,
    mission_settings,
    orbat,
    places,
    records,
    sync,
    users,
)
from app.cli.common import Handler, db_arg
from app.errors import AppError
from app.i18n import LANG_ENV, LANGUAGES, set_language, translate
from app.paths import DB_ENV, default_db_path, log_path

log = logging.getLogger("bluehelmet")

# The order commands appear in ``--help``.
COMMAND_GROUPS = (
    mission_settings,
    mission,
    briefing,
    interop,
    feed,
    records,
    orbat,
    places,
    analyse,
    identity,
    sync,
    basemap,
    backup,
    db,
    users,
    gui,
)


# The translation context of the subcommands' help (generated list: app/cli/help_strings.py).
HELP_CONTEXT = "CliHelp"


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with its "usage: " prefix in the reader's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate(HELP_CONTEXT, "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def _argparse_message(message: str) -> str:
    """argparse's commonest usage errors in the reader's language (English unchanged)."""
    found = re.fullmatch(r"argument (\S+): (.*)", message, re.DOTALL)
    if found:
        return translate("Cli", "argument {argument}: {message}").format(
            argument=found[1], message=_argparse_message(found[2])
        )
    found = re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", message, re.DOTALL)
    if found:
        return translate("Cli", "invalid choice: {value} (choose from {choices})").format(
            value=found[1], choices=found[2]
        )
    found = re.fullmatch(r"the following arguments are required: (.*)", message, re.DOTALL)
    if found:
        return translate("Cli", "the following arguments are required: {arguments}").format(
            arguments=found[1]
        )
    found = re.fullmatch(r"unrecognized arguments: (.*)", message, re.DOTALL)
    if found:
        return translate("Cli", "unrecognized arguments: {arguments}").format(arguments=found[1])
    if message == "expected one argument":
        return translate("Cli", "expected one argument")
    return message


class _Parser(argparse.ArgumentParser):
    """argparse's parser with its usage errors in the reader's language; subcommands' parsers
    are of the same class (argparse makes them with the parent's)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2,
            translate("Cli", "{prog}: error: {message}").format(
                prog=self.prog, message=_argparse_message(message)
            )
            + "\n",
        )


def help_slots(
    parser: argparse.ArgumentParser, skip: Sequence[object] = ()
) -> Iterator[tuple[object, str]]:
    """Every (object, attribute) of ``parser`` and its subcommands, depth first, that holds help
    shown to the reader: descriptions, epilogs, headings, options' and subcommands' help.
    Objects in ``skip`` (already translated under another context) are left out."""
    seen: set[int] = set()

    def walk(current: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
        if id(current) in seen:  # aliases share one parser
            return
        seen.add(id(current))
        for attribute in ("description", "epilog"):
            if current not in skip and getattr(current, attribute):
                yield current, attribute
        for group in current._action_groups:
            for attribute in ("title", "description"):
                if getattr(group, attribute):
                    yield group, attribute
        for action in current._actions:
            if action not in skip and action.help and action.help is not argparse.SUPPRESS:
                yield action, "help"
            if isinstance(action, argparse._SubParsersAction):
                for summary in action._choices_actions:
                    if summary.help and summary.help is not argparse.SUPPRESS:
                        yield summary, "help"
                for child in action.choices.values():
                    yield from walk(child)

    yield from walk(parser)


def _localise(parser: argparse.ArgumentParser, skip: Sequence[object]) -> None:
    """Puts every help text of the parser tree in the reader's language (English unchanged)."""
    for owner, attribute in help_slots(parser, skip):
        setattr(owner, attribute, translate(HELP_CONTEXT, getattr(owner, attribute)))
    stack = [parser]
    while stack:
        current = stack.pop()
        current.formatter_class = _Formatter
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack.extend(action.choices.values())


def build_parser(*, localise: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``localise=False`` keeps the English help (for the generator)."""
    parser = _Parser(
        prog="bluehelmet",
        description=translate(
            "Cli",
            "Blue Helmet COP: an offline common operating picture for peacekeeping missions. "
            "With no command, opens the desktop application.",
        ),
    )
    parser.add_argument(
        "--db",
        type=db_arg,
        help=translate(
            "Cli",
            "mission database: a file, or postgresql://user@host:port/dbname for a PostGIS "
            "mission (default: ${env} or {path})",
        ).format(env=DB_ENV, path=default_db_path()),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        default=None,
        help=translate(
            "Cli", "language of messages, the GUI and outputs (default: ${env}, else the system's)"
        ).format(env=LANG_ENV),
    )
    parser.add_argument("--version", action="version", version=f"bluehelmet {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in COMMAND_GROUPS:
        group.register(sub)
    if localise:
        _localise(parser, skip=translated_elsewhere(parser))
    return parser


def translated_elsewhere(parser: argparse.ArgumentParser) -> list[object]:
    """The top-level texts already translated under the "Cli" context (they are formatted with
    the machine's paths, so they cannot be listed): the description, ``--db`` and ``--lang``."""
    return [parser, *(a for a in parser._actions if a.dest in ("db", "lang"))]


def _setup_logging() -> None:
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _language_asked(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser exists, so that its help is in that language too."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        set_language(_language_asked(arguments))
    except ValueError as exc:
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(arguments)
    _setup_logging()
    handler: Handler = getattr(args, "handler", gui.cmd_gui)
    try:
        return handler(args)
    except AppError as exc:
        log.info("command failed: %s", exc)
        print(translate("Cli", "Error: {message}").format(message=exc.message), file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print(
            translate("Cli", "Error: interrupted; nothing was written by the unfinished step"),
            file=sys.stderr,
        )
        return 130
    except Exception as exc:
        log.exception("unexpected failure")
        print(
            translate("Cli", "Error: unexpected failure ({error}); details in {log}").format(
                error=f"{type(exc).__name__}: {exc}", log=log_path()
            ),
            file=sys.stderr,
        )
        return 70
