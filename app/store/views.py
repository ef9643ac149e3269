"""Saved views in the mission database (table ``saved_views``): the SQL behind
``app.briefing.views.ViewStore``.

Rows are (name, position, spec): the spec is the view's JSON text, which this module stores and
returns without reading it. Positions are kept 0, 1, 2… in list order. Every write is one
transaction; a refused write (unknown name, name taken) leaves the table as it was. Statements
are written once for both engines (``store.run_sql``). Must not import Qt or anything from
app.ui, app.cli or maps.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.errors import NotFoundError, ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.store.store import MissionStore

#: One stored view: name, position (0 first) and its spec as JSON text.
ViewRow = tuple[str, int, str]


def list_views(store: MissionStore) -> list[ViewRow]:
    """Every saved view, in list order (position, then name)."""
    rows = store.run_sql(
        "SELECT name, position, spec FROM saved_views ORDER BY position, name"
    ).fetchall()
    return [(str(r[0]), int(r[1]), _spec_text(r[2])) for r in rows]


def save_view(store: MissionStore, name: str, spec: str, updated_at: str) -> None:
    """Insert or replace by name, in one transaction: a new view goes last, a replaced one keeps
    its place."""
    with store.transaction():
        row = store.run_sql("SELECT position FROM saved_views WHERE name = ?", (name,)).fetchone()
        if row is None:
            last = store.run_sql("SELECT coalesce(max(position), -1) FROM saved_views")
            position = int(last.fetchone()[0]) + 1
            store.run_sql(
                "INSERT INTO saved_views (name, position, spec, updated_at) VALUES (?, ?, ?, ?)",
                (name, position, spec, updated_at),
            )
        else:
            store.run_sql(
                "UPDATE saved_views SET spec = ?, updated_at = ? WHERE name = ?",
                (spec, updated_at, name),
            )
        _renumber(store)


def delete_view(store: MissionStore, name: str) -> None:
    """Remove a view and close up the list, in one transaction (NotFoundError if none)."""
    with store.transaction():
        cur = store.run_sql("DELETE FROM saved_views WHERE name = ?", (name,))
        if cur.rowcount == 0:
            raise NotFoundError(
                translate("Store", "no saved view named {name}").format(name=repr(name))
            )
        _renumber(store)


def rename_view(store: MissionStore, name: str, new_name: str) -> None:
    """Give a view a new name in its place, in one transaction; refused if the name is taken."""
    with store.transaction():
        if (
            new_name != name
            and store.run_sql("SELECT 1 FROM saved_views WHERE name = ?", (new_name,)).fetchone()
        ):
            raise ValidationError(
                "view name",
                translate("Store", "a view named {new_name} exists").format(
                    new_name=repr(new_name)
                ),
            )
        store.run_sql("UPDATE saved_views SET name = ? WHERE name = ?", (new_name, name))


def move_view(store: MissionStore, name: str, position: int) -> None:
    """Put a view at ``position`` (clamped to the list), the others closing up around it, in
    one transaction (NotFoundError if there is no such view)."""
    with store.transaction():
        names = _names(store)
        if name not in names:
            raise NotFoundError(
                translate("Store", "no saved view named {name}").format(name=repr(name))
            )
        names.remove(name)
        names.insert(max(0, min(int(position), len(names))), name)
        _set_positions(store, names)


def _names(store: MissionStore) -> list[str]:
    rows = store.run_sql("SELECT name FROM saved_views ORDER BY position, name").fetchall()
    return [str(r[0]) for r in rows]


def _renumber(store: MissionStore) -> None:
    _set_positions(store, _names(store))


def _set_positions(store: MissionStore, names: list[str]) -> None:
    for i, n in enumerate(names):
        store.run_sql("UPDATE saved_views SET position = ? WHERE name = ?", (i, n))


def _spec_text(value: Any) -> str:
    # SQLite holds the spec as text; PostgreSQL's jsonb column comes back already decoded.
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
