"""Mission settings and the category list in the mission database.

Settings live in the ``meta`` table (``mission_name``, ``mission_area``, ``mission_parties``,
``classifications``, ``training``, and ``category_labels``: each category's label in other
languages); categories in ``categories``. ``write_snapshot`` makes the
database say what a ``MissionSnapshot`` says, in one transaction, with one change-log line per
setting or category changed (kind ``mission`` or ``category``). Sync reads only record kinds
from the change log: settings travel only as the mission authority's signed notice
(``app.sync.settings_sync``), applied here through ``check_snapshot`` and ``write_snapshot`` like
any edit. All SQL for settings is here, written once for both engines (``store.run_sql``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.domain.coords import format_utc
from app.domain.mission import (
    CATEGORY_TRANSLATIONS_KEY,
    CategorySetting,
    MissionSettings,
    MissionSnapshot,
    check_category,
    decode_category_translations,
    encode_category_translations,
    parse_labels,
    parse_name,
)
from app.errors import ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.store.store import MissionStore

#: Setting → meta key.
META_KEYS: dict[str, str] = {
    "name": "mission_name",
    "area": "mission_area",
    "parties": "mission_parties",
    "labels": "classifications",
    "training": "training",
}
#: Sync settings a mission authority's notice may change too (setting → meta key).
SYNC_META_KEYS: dict[str, str] = {
    "authority": "sync.mission_authority",
    "max_package_age_days": "sync.max_package_age_days",
}


def read_settings(store: MissionStore) -> MissionSettings:
    meta = store.all_meta()
    area = meta.get("mission_area")
    parties = meta.get("mission_parties")
    labels = meta.get("classifications")
    return MissionSettings(
        name=meta.get("mission_name", ""),
        area=json.loads(area) if area else None,
        parties=tuple(json.loads(parties)) if parties else (),
        labels=tuple(labels.split("|")) if labels else MissionSettings().labels,
        training=meta.get("training") == "1",
    )


def read_categories(store: MissionStore) -> tuple[CategorySetting, ...]:
    rows = store.category_rows()
    translations = decode_category_translations(store.meta(CATEGORY_TRANSLATIONS_KEY))
    return tuple(
        CategorySetting(
            key=r["key"],
            label=r["label"],
            group=r["group_name"],
            acled_event_type=r["acled_event_type"],
            acled_sub_event_type=r["acled_sub_event_type"],
            is_violation=bool(r["is_violation"]),
            description=r["description"],
            active=bool(r["active"]),
            sort_order=r["sort_order"],
            translations=translations.get(r["key"], ()),
        )
        for r in rows
    )


def read_snapshot(store: MissionStore) -> MissionSnapshot:
    return MissionSnapshot(read_settings(store), read_categories(store))


def labels_in_use(store: MissionStore) -> set[str]:
    """Classification labels that live records carry."""
    from app.store.store import TABLES

    used: set[str] = set()
    for table in TABLES.values():
        rows = store.run_sql(f"SELECT DISTINCT classification FROM {table} WHERE NOT deleted")
        used.update(r[0] for r in rows)
    return used


def categories_in_use(store: MissionStore) -> set[str]:
    rows = store.run_sql("SELECT DISTINCT category FROM incidents")
    return {r[0] for r in rows}


def check_snapshot(store: MissionStore, target: MissionSnapshot) -> MissionSnapshot:
    """``target`` tidied, or ValidationError for the first problem: the label set must still
    rank every label records carry, a category in use may be retired but not removed, and at
    least one category stays in use."""
    settings = target.settings
    if settings.name:
        settings = replace(settings, name=parse_name(settings.name))
    labels = parse_labels(list(settings.labels))
    missing = sorted(labels_in_use(store) - set(labels))
    if missing:
        raise ValidationError(
            "labels",
            translate(
                "Store", "records are marked {missing}; keep those labels in the list"
            ).format(missing=", ".join(missing)),
        )
    settings = replace(settings, labels=labels)
    keys: set[str] = set()
    categories = []
    stored = {c.key: c for c in read_categories(store)}
    for category in target.categories:
        # Only what changes is checked: a category kept as stored (e.g. one mapped to
        # ACLED's pre-2019 event types for old records) stays valid as it is.
        if stored.get(category.key) != category:
            category = check_category(category)
        if category.key in keys:
            raise ValidationError(
                "key",
                translate("Store", "{key} is in the list twice").format(key=repr(category.key)),
            )
        keys.add(category.key)
        categories.append(category)
    if not any(c.active for c in categories):
        raise ValidationError("categories", translate("Store", "keep at least one category in use"))
    dropped = sorted(categories_in_use(store) - keys)
    if dropped:
        raise ValidationError(
            "categories",
            translate("Store", "{dropped} used by incidents; retire instead of removing").format(
                dropped=", ".join(dropped)
            ),
        )
    return MissionSnapshot(settings, tuple(categories))


def _meta_values(settings: MissionSettings) -> dict[str, str | None]:
    return {
        "mission_name": settings.name or None,
        "mission_area": json.dumps(settings.area, separators=(",", ":")) if settings.area else None,
        "mission_parties": json.dumps(list(settings.parties), ensure_ascii=False)
        if settings.parties
        else None,
        "classifications": "|".join(settings.labels),
        "training": "1" if settings.training else None,
    }


def write_snapshot(
    store: MissionStore,
    target: MissionSnapshot,
    *,
    source: str = "local",
    unit: str | None = None,
    sync_settings: Mapping[str, str | None] | None = None,
) -> list[tuple[str, str]]:
    """Make the database hold ``target``; returns the (kind, key) of each change written.

    A category missing from ``target`` is removed only when no incident (live or deleted) uses
    it; otherwise the edit is refused, since old records must keep their category.
    ``sync_settings`` (names of ``SYNC_META_KEYS`` → value, None to clear) are written and
    logged the same way (a mission authority's notice sets them).
    """
    changed: list[tuple[str, str]] = []
    with store.transaction():
        current = read_snapshot(store)
        at = format_utc(store_now())
        unit = unit or store.origin
        log: list[tuple[Any, ...]] = []
        old_meta, new_meta = _meta_values(current.settings), _meta_values(target.settings)
        for name, value in (sync_settings or {}).items():
            old_meta[SYNC_META_KEYS[name]] = store.meta(SYNC_META_KEYS[name]) or None
            new_meta[SYNC_META_KEYS[name]] = value
        setting_of = {meta: name for name, meta in (META_KEYS | SYNC_META_KEYS).items()}
        for key, value in new_meta.items():
            if old_meta.get(key) == value:
                continue
            if value is None:
                store.run_sql("DELETE FROM meta WHERE key = ?", (key,))
            else:
                store.run_sql(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            log.append(("mission", setting_of[key], "update"))
        old_labels = encode_category_translations(current.categories)
        new_labels = encode_category_translations(target.categories)
        if old_labels != new_labels:  # logged below as the categories' own updates
            if new_labels is None:
                store.run_sql("DELETE FROM meta WHERE key = ?", (CATEGORY_TRANSLATIONS_KEY,))
            else:
                store.run_sql(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (CATEGORY_TRANSLATIONS_KEY, new_labels),
                )
        wanted = {c.key: c for c in target.categories}
        for old in current.categories:
            if old.key not in wanted:
                if old.key in categories_in_use(store):
                    raise ValidationError(
                        "categories",
                        translate("Store", "{key} is used by incidents; retire it instead").format(
                            key=repr(old.key)
                        ),
                    )
                store.run_sql("DELETE FROM categories WHERE key = ?", (old.key,))
                log.append(("category", old.key, "delete"))
        existing = {c.key: c for c in current.categories}
        for category in target.categories:
            before = existing.get(category.key)
            if before == category:
                continue
            row = (
                category.label,
                category.group,
                category.acled_event_type,
                category.acled_sub_event_type,
                bool(category.is_violation),
                category.description,
                bool(category.active),
                category.sort_order,
                category.key,
            )
            if before is None:
                store.run_sql(
                    "INSERT INTO categories (label, group_name, acled_event_type,"
                    " acled_sub_event_type, is_violation, description, active, sort_order, key)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                log.append(("category", category.key, "create"))
            else:
                store.run_sql(
                    "UPDATE categories SET label = ?, group_name = ?, acled_event_type = ?,"
                    " acled_sub_event_type = ?, is_violation = ?, description = ?, active = ?,"
                    " sort_order = ? WHERE key = ?",
                    row,
                )
                log.append(("category", category.key, "update"))
        for kind, key, op in log:
            version = str(store.clock.tick())
            store.run_sql(
                "INSERT INTO change_log (at, kind, record_id, version, op, unit, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, kind, key, version, op, unit, source),
            )
            changed.append((kind, key))
        if log:
            store.run_sql(
                "INSERT INTO meta (key, value) VALUES ('hlc_last', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(store.clock.last),),
            )
    return changed


def settings_history(store: MissionStore, limit: int = 50) -> list[dict[str, Any]]:
    """The latest settings and category edits from the change log, newest first."""
    rows = store.run_sql(
        "SELECT at, kind, record_id, op, unit, source FROM change_log"
        " WHERE kind IN ('mission', 'category') ORDER BY seq DESC LIMIT ?",
        (limit,),
    )
    return [
        {
            "at": _text_time(r[0]),
            "kind": r[1],
            "key": r[2],
            "op": r[3],
            "unit": r[4],
            "source": r[5],
        }
        for r in rows
    ]


def _text_time(value: Any) -> str:
    """A change-log time as stored text (SQLite keeps text; PostgreSQL a timestamptz)."""
    return value if isinstance(value, str) else format_utc(value)


def store_now():  # type: ignore[no-untyped-def]
    from app.store.store import _utcnow

    return _utcnow()
