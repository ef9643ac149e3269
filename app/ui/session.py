"""The open mission in the GUI: its store, the installation's identity, its labels.

One ``Session`` per main window. Views and controllers hold the session, not the window: they
read the store from it, and they listen to ``changed(kinds)`` to re-read what an edit, an import
or a partner's package touched, and to ``selected(kind, id)`` to follow the record the user is
looking at. Whoever writes to the mission says what it changed with ``notify``; nothing else
refreshes views by hand.

On a PostGIS mission the session also hears what other writers commit (``follow_other_clients``)
and passes it on as ``changed``, without the writes of ``own_sources`` (the window's running
feeds, whose batches reach the views already). Change-log kinds that name no record (a unit's
awaiting-confirmation mark, a category) become the record kind whose views show them
(``SHOWN_WITH``).

Qt is used only for the signals; the session holds no widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.records import RECORD_KINDS
from app.errors import AppError
from app.store import MissionStore, MissionTarget, mission_target, open_mission
from app.store.side_changes import AWAITING

if TYPE_CHECKING:
    from app.store.postgis_live import ChangeNotice
    from app.sync.identity import Identity

log = logging.getLogger(__name__)

#: Every record kind: what ``notify`` says when anything may have changed (a refresh).
ALL_KINDS: frozenset[str] = frozenset(RECORD_KINDS)

#: Change-log kinds of what the mission keeps beside its records → the record kind whose
#: views show it (``app.store.side_changes``): a unit's awaiting mark is in the unit tree, the
#: Feeds dock's list and on the unit's marker; a category's label in the incident table and
#: popups.
SHOWN_WITH: dict[str, str] = {AWAITING: "unit", "category": "incident"}

#: Map layers that show each record kind (reloaded after a change of that kind).
LAYERS_OF: dict[str, tuple[str, ...]] = {
    "incident": ("incidents",),
    "unit": ("units", "tracks"),
    "position_report": ("units", "tracks"),
    "patrol_area": ("areas",),
    "patrol": ("patrols",),
    "ceasefire_line": ("lines", "buffers"),
    "map_item": ("map_items",),
}


def open_target(target: MissionTarget, *, readonly: bool = False) -> MissionStore:
    """A connection of its own to a mission, a file or a PostGIS URL (workers, the map's data
    requests, dialogs). Typed as the SQLite store that the services are annotated with: the
    PostGIS store keeps the same contract (``app.store.contract``, tested on both engines)."""
    store: Any = open_mission(target, readonly=readonly)
    return store


def layers_of(kinds: Iterable[str]) -> list[str]:
    """The map layers that show these record kinds, each once, in a stable order."""
    out: list[str] = []
    for kind in sorted(kinds):
        for layer in LAYERS_OF.get(kind, ()):
            if layer not in out:
                out.append(layer)
    return out


class Session(QObject):
    """The mission open in one window, and the news of what changed in it."""

    #: A mission was opened (the store is new): everything re-reads from it.
    opened = Signal()
    #: Records of these kinds (a frozenset of record kinds) were written.
    changed = Signal(object)
    #: The user chose a record (kind, id): tables, tree, details and the map follow.
    selected = Signal(str, str)
    #: What another writer committed to a shared mission (a ``ChangeNotice``), emitted on the
    #: listening thread and delivered queued on the GUI thread, where it becomes ``changed``.
    _heard_elsewhere = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: MissionStore | None = None
        self._subscription: Any = None
        #: The change-log sources whose writes this window shows already (its running feeds',
        #: ``FeedsController.own_sources``); asked on the GUI thread at each notice.
        self.own_sources: Callable[[], Collection[str]] = tuple
        #: Notices heard, and how many of them became ``changed`` (tests and benchmarks look).
        self.heard = self.heard_passed_on = 0
        self._heard_elsewhere.connect(self._heard)

    # --- the mission --------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The open mission's file; None on a PostGIS mission (see ``target``)."""
        if self.store is None:
            return None
        target = mission_target(self.store)
        return target if isinstance(target, Path) else None

    def open(self, target: MissionTarget) -> MissionStore:
        """Open a mission, a file or a ``postgresql://`` URL (raises ``AppError``); the
        previous one is closed."""
        store = open_target(target)
        self.close()
        self.store = store
        self.follow_other_clients()
        self.opened.emit()
        return store

    def follow_other_clients(self) -> None:
        """On a shared mission (a store that can ``subscribe``: PostGIS), re-read what other
        workstations write as they write it: the store batches their writes and the views
        hear ``changed`` for those kinds, within a second. What only this window's own feeds
        wrote (``own_sources``) is dropped: their batches reach the views already."""
        subscribe = getattr(self.store, "subscribe", None)
        if subscribe is None or self._subscription is not None:
            return
        self._subscription = subscribe(self._heard_elsewhere.emit)

    def _heard(self, notice: ChangeNotice) -> None:
        self.heard += 1
        kinds = notice.kinds_except(self.own_sources())
        if self.notify(kinds):
            self.heard_passed_on += 1

    def close(self) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def require(self, doing: str = "doing that") -> MissionStore:
        """The open store, or a user-safe refusal naming what needed it."""
        if self.store is None:
            raise AppError(f"open a mission before {doing}")
        return self.store

    def db_path(self, doing: str = "doing that") -> MissionTarget:
        """The open mission (its file or URL), for workers that open their own connection
        (``app.store.open_mission``)."""
        return mission_target(self.require(doing))

    @property
    def title(self) -> str:
        """The mission's title, marked when it is a training mission."""
        from app.mission import marked_title

        return marked_title(self.store) if self.store is not None else "Blue Helmet COP"

    # --- what the views show ------------------------------------------------------------------

    def unit_names(self) -> dict[str, str]:
        """Unit id → the name tables and details show."""
        return self.store.unit_names() if self.store is not None else {}

    @property
    def labels(self) -> tuple[str, ...]:
        """The mission's classification labels, lowest first."""
        return tuple(self.store.classifications) if self.store is not None else ()

    def identity(self) -> Identity | None:
        """This installation's unit identity, or None before one was created."""
        from app.sync.identity import load_identity

        try:
            return load_identity()
        except AppError:
            return None

    # --- news -------------------------------------------------------------------------------

    def notify(self, kinds: Iterable[str]) -> bool:
        """Say that records of these kinds were written; listeners re-read only those. Kinds of
        the change log that name no record count as the kind that shows them (``SHOWN_WITH``).
        True when ``changed`` was emitted."""
        found = frozenset(SHOWN_WITH.get(k, k) for k in kinds) & ALL_KINDS
        if found and self.store is not None:
            self.changed.emit(found)
            return True
        return False

    def select(self, kind: str, record_id: str) -> None:
        """The user chose this record (on the map, in a table, after an edit)."""
        self.selected.emit(kind, record_id)
