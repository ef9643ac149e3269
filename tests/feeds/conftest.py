"""Fixtures for the live feed tests: a mission database to feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import open_store


@pytest.fixture
def mission_db(tmp_path: Path) -> Path:
    """An empty mission database (closed: each peer opens its own connection)."""
    path = tmp_path / "mission.db"
    with open_store(path):
        pass
    return path
