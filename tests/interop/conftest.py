"""Shared fixtures for the interop tests: a small mission with every record kind.

Test modules import shared data from ``interop_helpers`` (``from conftest import …`` picks up
whichever folder's conftest was loaded first when several test folders run together); the
names stay importable from here as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from interop_helpers import FIXTURES, every_kind

from app.domain.records import Record
from app.store import open_store

__all__ = ["FIXTURES", "every_kind"]


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, list[Record]]:
    """A mission database holding ``every_kind()``."""
    records = every_kind()
    path = tmp_path / "source.db"
    with open_store(path) as store:
        store.save_many(records)
    return path, records
