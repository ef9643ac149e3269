"""The README's command table and the parser agree: every command and action the table names
exists with the options it shows, and every command and action the parser has is in the table."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.cli.main import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_commands() -> list[str]:
    """The backticked commands in the first column of the README's command table."""
    text = README.read_text(encoding="utf-8")
    table = text.split("| command | what it does |", 1)[1].split("\n\n", 1)[0]
    commands = []
    for row in table.splitlines()[2:]:
        first_cell = re.split(r"(?<!\\)\|", row)[1]
        commands += re.findall(r"`([^`]+)`", first_cell)
    return commands


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def options(parser: argparse.ArgumentParser) -> set[str]:
    return {flag for action in parser._actions for flag in action.option_strings}


def documented() -> dict[str, dict[str, str]]:
    """command → action → the README text naming it ('' for commands without actions)."""
    parser = build_parser()
    found: dict[str, dict[str, str]] = {}
    for entry in readme_commands():
        name, _, rest = entry.partition(" ")
        actions = subcommands(subcommands(parser).get(name, parser))
        if not actions or name not in subcommands(parser):
            found.setdefault(name, {})[""] = entry
            continue
        # "analyse violations\|coverage …": alternatives share the first word's place.
        for alternative in rest.split(" ", 1)[0].split("\\|"):
            found.setdefault(name, {})[alternative] = entry
    return found


def test_every_command_in_the_readme_exists_with_its_options():
    parser = build_parser()
    commands = subcommands(parser)
    for name, actions in documented().items():
        assert name in commands, f"README names a command the parser lacks: {name}"
        for action, entry in actions.items():
            target = commands[name]
            if action:
                assert action in subcommands(target), f"README names '{name} {action}'"
                targets = [subcommands(target)[action]]
                # "mission categories list\|add …": a third level, the options of any of them
                targets += list(subcommands(targets[0]).values())
            elif subcommands(target):  # "analyse a|b|c [--json]": the options of any of them
                targets = list(subcommands(target).values())
            else:
                targets = [target]
            known = set().union(options(parser), *(options(t) for t in targets))
            for flag in re.findall(r"(?<![\w-])--[a-z][a-z-]*", entry):
                assert flag in known, f"README shows {flag} for '{entry}', the parser has not"


def test_every_command_of_the_parser_is_in_the_readme():
    table = documented()
    for name, command in subcommands(build_parser()).items():
        assert name in table, f"the README's command table lacks '{name}'"
        for action in subcommands(command):
            assert action in table[name], f"the README's command table lacks '{name} {action}'"
