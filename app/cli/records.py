"""Editing the picture without a screen: `record add/update/delete/show`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the record commands."""
