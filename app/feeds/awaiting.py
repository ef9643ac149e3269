"""Units a feed brought in that nobody has confirmed yet.

A friendly position from a UID the mission does not know becomes a unit, as a file import
would make it, and is marked *awaiting confirmation* here: an operations officer sees it
apart in the unit tree and the Feeds dock, and confirms it (``bluehelmet feed confirm``, or
the dock's Confirm button) once the call sign is known to be one of ours. The mark is this
installation's own triage note, kept in the mission's meta table (``feeds.awaiting``: unit
id → the feed it came from); it does not travel in sync packages, and it changes nothing the
unit record says. Each mark set or taken off also writes a change-log line (kind ``awaiting``,
``app.store.side_changes``) in the same transaction, so other windows on the mission show a
confirmation made elsewhere (the CLI, another workstation) at once, not at the next record
write.

Plain Python: no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

# The reader lives with the picture, which marks these units on the map.
from app.i18n import translate
from app.picture import AWAITING_KEY as KEY
from app.picture import awaiting_units
from app.store import MissionStore
from app.store.side_changes import AWAITING, log_side_changes

from .urls import FeedError

__all__ = ["KEY", "awaiting_units", "confirm_units", "mark_awaiting"]


def mark_awaiting(
    store: MissionStore, unit_ids: Iterable[str], feed: str, *, source: str | None = None
) -> None:
    """Mark these new units as awaiting confirmation (inside the caller's transaction);
    ``source`` is the change-log source of the feed's writes (``feed:NAME`` when None)."""
    ids = list(unit_ids)
    if not ids:
        return
    with store.transaction():
        marked = awaiting_units(store)
        new = [unit_id for unit_id in dict.fromkeys(ids) if unit_id not in marked]
        marked.update({unit_id: feed for unit_id in new})
        store.set_meta(KEY, json.dumps(marked, sort_keys=True))
        log_side_changes(
            store, AWAITING, [(u, "create") for u in new], source=source or f"feed:{feed}"
        )


def confirm_units(store: MissionStore, names: Iterable[str], *, source: str = "local") -> list[str]:
    """Confirm units by id, call sign or designation (any case); returns their ids. A name
    that matches no unit awaiting confirmation is an error, and nothing is confirmed.
    ``source`` names the writer in the change log (as a record write's does)."""
    with store.transaction():
        marked = awaiting_units(store)
        units = {u.id: u for u in store.units() if u.id in marked}
        confirmed: list[str] = []
        for name in names:
            wanted = name.strip().lower()
            match = [
                unit_id
                for unit_id, unit in units.items()
                if wanted in (unit_id.lower(), unit.callsign.lower(), unit.designation.lower())
            ]
            if not match:
                raise FeedError(
                    translate(
                        "Feeds",
                        "no unit awaiting confirmation is named {name!r} "
                        "(see 'bluehelmet feed awaiting')",
                    ).format(name=name)
                )
            confirmed += [m for m in match if m not in confirmed]
        for unit_id in confirmed:
            marked.pop(unit_id, None)
        store.set_meta(KEY, json.dumps(marked, sort_keys=True))
        log_side_changes(store, AWAITING, [(u, "delete") for u in confirmed], source=source)
    return confirmed
