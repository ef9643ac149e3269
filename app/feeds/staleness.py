"""When what a feed sent goes stale: each CoT event's ``stale`` time, per unit and map item.

A CoT event says until when it holds (``stale``). The records a feed writes keep no such
field (a file import would not either, and history keeps every fix), so the mission's meta
table keeps the latest ``stale`` time of each unit and map item a feed brought
(``feeds.stale``: record id → UTC time). The live map fades what is past it and drops it a
while later (``bhMap.setStale``); the records and their tracks stay, as history.

Plain Python: no Qt.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence

from app.domain.records import MapItem, PositionReport, Record
from app.interop.base import Feature
from app.interop.features import FOREIGN_IDS
from app.store import MissionStore

KEY = "feeds.stale"


def _ids(uid: str, kind: str) -> tuple[str, str]:
    """The record ids a CoT uid may have become (a UUID stays itself)."""
    return uid.lower(), str(uuid.uuid5(FOREIGN_IDS, f"{kind}:{uid}"))


def stale_times(store: MissionStore) -> dict[str, str]:
    """Record id → the UTC time (ISO 8601) past which a feed's unit or map item is stale."""
    try:
        data = json.loads(store.meta(KEY) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def stale_of(features: Iterable[Feature], records: Sequence[Record]) -> dict[str, str]:
    """Record id → stale time, for the units (by their position) and map items that these
    features became."""
    by_id: dict[str, str] = {}
    for feature in features:
        uid, stale = feature.properties.get("id"), feature.properties.get("stale")
        if uid and stale:
            for kind in ("unit", "map_item"):
                for record_id in _ids(str(uid).strip(), kind):
                    by_id[record_id] = str(stale)
    out: dict[str, str] = {}
    for record in records:
        if isinstance(record, PositionReport) and record.unit_id in by_id:
            out[record.unit_id] = by_id[record.unit_id]
        elif isinstance(record, MapItem) and record.id in by_id:
            out[record.id] = by_id[record.id]
    return out


def remember_stale(store: MissionStore, stale: dict[str, str]) -> None:
    """Keep these stale times (inside the caller's transaction); the latest event wins."""
    if not stale:
        return
    with store.transaction():
        known = stale_times(store)
        known.update(stale)
        store.set_meta(KEY, json.dumps(known, sort_keys=True))
