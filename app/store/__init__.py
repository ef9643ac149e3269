"""The mission database: SQLite through sqlite-utils, migrations, R*Tree index, change log.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from app.store.store import TABLES, Change, CheckReport, MissionStore, open_store

__all__ = ["TABLES", "Change", "CheckReport", "MissionStore", "open_store"]
