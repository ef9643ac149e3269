"""The mission database: SQLite through sqlite-utils (the default) or PostgreSQL + PostGIS
(``postgresql://`` URLs), behind one contract (``app.store.contract``); migrations, change log.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from app.store.check import CheckReport
from app.store.contract import (
    MissionTarget,
    Store,
    is_database_url,
    mission_target,
    open_mission,
    shown_target,
)
from app.store.store import Change, MissionStore, open_store
from app.store.tables import TABLES

__all__ = [
    "TABLES",
    "Change",
    "CheckReport",
    "MissionStore",
    "MissionTarget",
    "Store",
    "is_database_url",
    "mission_target",
    "open_mission",
    "open_store",
    "shown_target",
]
