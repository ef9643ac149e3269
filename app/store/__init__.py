"""The mission database: SQLite through sqlite-utils (the default) or PostgreSQL + PostGIS
(``postgresql://`` URLs), behind one contract (``app.store.contract``); migrations, change log.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from app.store.check import CheckReport
from app.store.contract import Store, is_database_url, open_mission
from app.store.store import Change, MissionStore, open_store
from app.store.tables import TABLES

__all__ = [
    "TABLES",
    "Change",
    "CheckReport",
    "MissionStore",
    "Store",
    "is_database_url",
    "open_mission",
    "open_store",
]
