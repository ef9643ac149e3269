"""Where the mission database and logs live: per-user folders, overridable for tests and ops."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "bluehelmet"
DB_ENV = "BLUEHELMET_DB"
DATA_ENV = "BLUEHELMET_DATA_DIR"


def data_dir() -> Path:
    """Per-user data folder (``BLUEHELMET_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_ENV)
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def default_db_path() -> Path:
    """The mission database used when no ``--db`` is given (``BLUEHELMET_DB`` overrides it)."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / "mission.db"


def log_path() -> Path:
    return data_dir() / "bluehelmet.log"
