"""The mission database: SQLite through sqlite-utils, migrations, R*Tree index, change log.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from app.store.check import CheckReport
from app.store.store import Change, MissionStore, open_store
from app.store.tables import TABLES

__all__ = ["TABLES", "Change", "CheckReport", "MissionStore", "open_store"]
