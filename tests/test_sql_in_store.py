"""All SQL on the mission database lives in app/store, checked in the source.

Outside app/store no module may run a statement itself: no ``.execute(…)``, ``.executemany(…)``,
``.executescript(…)`` or ``run_sql(…)`` on a connection, cursor or store. Command objects in the
UI have an ``execute()`` that takes no arguments; a call with none is not a statement. The few
modules that open *other* SQLite files (a partner's GeoPackage, MBTiles tile sets) are allowed by
name, each with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE = ROOT / "app" / "store"
PRODUCTION = [
    p
    for folder in ("app", "maps")
    for p in sorted((ROOT / folder).rglob("*.py"))
    if STORE not in p.parents
]
#: Method names that run SQL on a sqlite3/psycopg connection or cursor, or on a store.
SQL_METHODS = {"execute", "executemany", "executescript", "run_sql", "run_sql_many"}

#: Modules that run SQL on files that are not the mission database.
OTHER_FILES = {
    "app/interop/ogr.py": "reads a partner's GeoPackage (an SQLite file they sent), read-only",
    "app/basemaps.py": "copies a GeoPackage tile pyramid into a new MBTiles basemap file",
    "maps/mbtiles.py": "reads, checks and writes MBTiles tile sets (one SQLite file each)",
    "maps/vector_tiles.py": "reads vector MBTiles to lay their tiles out as a PMTiles archive",
}


def sql_calls(source: str) -> list[tuple[int, str, str]]:
    """(line, enclosing function or "", method) of every call in ``source`` that runs SQL."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            if isinstance(child, ast.Call) and (child.args or child.keywords):
                func = child.func
                method = (
                    func.attr
                    if isinstance(func, ast.Attribute)
                    else func.id
                    if isinstance(func, ast.Name)
                    else ""
                )
                if method in SQL_METHODS and (
                    isinstance(func, ast.Attribute) or method.startswith("run_sql")
                ):
                    found.append((child.lineno, function, method))
            visit(child, name)

    visit(ast.parse(source), "")
    return found


def test_no_module_outside_the_store_runs_sql_on_the_mission_database():
    offenders = []
    for path in PRODUCTION:
        rel = path.relative_to(ROOT).as_posix()
        if rel in OTHER_FILES:
            continue
        for line, function, method in sql_calls(path.read_text()):
            offenders.append(f"{rel}:{line} {function or '<module>'}() calls .{method}(…)")
    assert offenders == [], "SQL outside app/store (move it into a store method):\n" + "\n".join(
        offenders
    )


def test_the_allowed_modules_still_exist_and_still_need_it():
    # An allowance outlives its reason silently: drop it when the module stops running SQL.
    for rel in OTHER_FILES:
        path = ROOT / rel
        assert path.exists(), f"{rel} is allowed to run SQL but no longer exists"
        assert sql_calls(path.read_text()), f"{rel} runs no SQL now: remove its allowance"


def test_the_scan_catches_statements_and_spares_commands():
    source = """
def view_names(store):
    return store.conn.execute("SELECT name FROM saved_views").fetchall()

def poll(store):
    cur = store.conn.cursor()
    cur.executemany("UPDATE saved_views SET position = ?", [(1,)])
    store.run_sql("DELETE FROM saved_views")
    run_sql(store, sql="SELECT 1")

def undo(command):
    record = command.execute()
    self._guard(self.execute)
"""
    assert sql_calls(source) == [
        (3, "view_names", "execute"),
        (7, "poll", "executemany"),
        (8, "poll", "run_sql"),
        (9, "poll", "run_sql"),
    ]
