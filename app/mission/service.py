"""New missions, the training demo file, and settings edits (see the package docstring)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.mission import (
    TRAINING_MARK,
    CategorySetting,
    MissionSettings,
    MissionSnapshot,
    parse_acled,
    parse_labels,
    parse_name,
    parse_translations,
)
from app.errors import AppError, NotFoundError, ValidationError
from app.i18n import translate
from app.paths import data_dir
from app.store import is_database_url, open_store
from app.store.settings import (
    check_snapshot,
    read_settings,
    read_snapshot,
    write_snapshot,
)

if TYPE_CHECKING:
    from app.demo import DemoOptions
    from app.store import MissionStore

#: The training demo's own file in the data folder: never the user's mission.
DEMO_FILE_NAME = "training-demo.db"


def demo_path() -> Path:
    """Where the training demo is written (the data folder, beside but apart from missions)."""
    return data_dir() / DEMO_FILE_NAME


def mission_title(store: MissionStore) -> str:
    """The mission's name as titles show it (training marked); the file name if unnamed."""
    settings = read_settings(store)
    if not settings.name and not settings.training:
        return Path(store.path).stem
    return settings.title


def marked_title(store: MissionStore, title: str | None = None) -> str:
    """``title`` (else the mission's title) for an output; a training mission's outputs always
    carry the training mark, whatever title was asked for."""
    settings = read_settings(store)
    named = settings.name or settings.training
    text = title or (settings.title if named else "Blue Helmet COP")
    if TRAINING_MARK not in text and settings.training:
        text = f"{TRAINING_MARK} · {text}"
    return text


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def create_mission(
    path: str | Path, *, name: str, labels: str = "un", force: bool = False
) -> MissionSettings:
    """Create an empty mission database: schema, seed categories, the label set, the name.

    Refuses an existing file unless ``force``; a mission database replaced that way is backed
    up first (``bluehelmet backup --list`` shows it).
    """
    settings = replace(MissionSettings(), name=parse_name(name), labels=parse_labels(labels))
    if is_database_url(path):
        return _create_server_mission(str(path), settings, force=force)
    path = Path(path).expanduser()
    if path.exists():
        if not force:
            raise AppError(
                translate(
                    "Mission",
                    "{path} already exists; choose another file, or replace it with --force",
                ).format(path=path)
            )
        _set_aside(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open_store(path) as store:
            MissionEditor(store, source="init").apply(
                replace(read_snapshot(store), settings=settings)
            )
            return read_settings(store)
    except BaseException:
        _remove_database(path)
        raise


def _create_server_mission(url: str, settings: MissionSettings, *, force: bool) -> MissionSettings:
    """A mission in a PostgreSQL + PostGIS database: the schema is made on first opening; a
    database that already holds records is refused (a server's database is emptied or
    replaced by its administrators, after a backup, never by ``--force``)."""
    from app.store import open_mission

    with open_mission(url) as opened:
        store: Any = opened  # either engine: the store contract
        if store.record_count():
            if force:
                message = translate(
                    "Mission",
                    "{path} already holds a mission with records; --force does not empty a "
                    "server's database: back it up and ask its administrators for an empty one",
                )
            else:
                message = translate(
                    "Mission",
                    "{path} already holds a mission with records; choose another database",
                )
            raise AppError(message.format(path=store.path))
        MissionEditor(store, source="init").apply(replace(read_snapshot(store), settings=settings))
        return read_settings(store)


def _set_aside(path: Path) -> None:
    """Back up a mission database about to be replaced; then remove it."""
    from app.store.backup import take_backup

    if path.is_dir():
        raise AppError(
            translate("Mission", "{path} is a folder, not a mission database file").format(
                path=path
            )
        )
    try:
        with open_store(path, readonly=True):
            pass
    except AppError:
        pass  # not a mission database: nothing of ours to keep
    else:
        take_backup(path, reason="replaced-by-init")
    _remove_database(path)


def fill_training_demo(
    store: MissionStore,
    options: DemoOptions | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> dict[str, int]:
    """Write the fictional demo into an empty database and mark the mission as training, in one
    transaction: its name, parties and area of operations are the demo's."""
    from app.demo import MISSION, NORTH, SOUTH, DemoOptions, generate_demo

    with store.transaction():
        counts = generate_demo(store, options or DemoOptions(), progress=progress)
        area = next(
            (a for a in store.patrol_areas() if a.area_type == "area_of_responsibility"), None
        )
        settings = replace(
            read_settings(store),
            name=MISSION,
            parties=(NORTH, SOUTH),
            training=True,
            area=_geojson(area.geometry) if area is not None else None,
        )
        MissionEditor(store, source="demo").apply(replace(read_snapshot(store), settings=settings))
    return counts


def fill_server_demo(
    url: str,
    options: DemoOptions | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> dict[str, int]:
    """The training demo into an empty PostgreSQL + PostGIS mission, in one transaction.

    The schema is made on first opening, as ``init`` makes it; a database that already holds
    a mission (records, or a name given by ``init``) is refused and nothing is written; a
    failure half-way rolls the whole demo back."""
    from app.store import open_mission

    with open_mission(url) as opened:
        store: Any = opened  # either engine: the store contract
        named = read_settings(store).name
        if named and not store.record_count():
            raise AppError(
                translate(
                    "Mission", "{database} already holds the mission {name}; the demo needs an "
                    "empty database"
                ).format(database=store.path, name=repr(named))
            )  # fmt: skip
        return fill_training_demo(store, options, progress)


def create_training_demo(
    path: str | Path | None = None,
    options: DemoOptions | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> Path:
    """The training demo in its own file (``demo_path()`` unless given); an existing healthy
    demo file is kept as it is. Returns the path."""
    path = Path(path).expanduser() if path is not None else demo_path()
    if path.exists():
        with open_store(path, readonly=True) as store:
            if read_settings(store).training:
                return path
        raise AppError(
            translate(
                "Mission", "{path} exists and is not the training demo; it is left alone"
            ).format(path=path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open_store(path) as store:
            fill_training_demo(store, options, progress)
    except BaseException:
        _remove_database(path)
        raise
    return path


def _geojson(geometry):  # type: ignore[no-untyped-def]
    from shapely.geometry import mapping

    data = mapping(geometry)
    return {"type": data["type"], "coordinates": _lists(data["coordinates"])}


def _lists(value):  # type: ignore[no-untyped-def]
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return round(float(value), 6)


@dataclass(frozen=True)
class SettingsEdit:
    """One settings edit: the mission before and after, and what changed (kind, key)."""

    before: MissionSnapshot
    after: MissionSnapshot
    changed: tuple[tuple[str, str], ...]

    def describe(self) -> str:
        if not self.changed:
            return "nothing changed"
        return "changed " + ", ".join(f"{kind} {key}" for kind, key in self.changed)


class MissionEditor:
    """Every change to a mission's settings and categories: validated, one transaction each,
    in the change log, and undoable (``restore(edit.before)``)."""

    def __init__(self, store: MissionStore, *, source: str = "local") -> None:
        self.store = store
        self.source = source

    def snapshot(self) -> MissionSnapshot:
        return read_snapshot(self.store)

    def settings(self) -> MissionSettings:
        return read_settings(self.store)

    # --- the one write path -------------------------------------------------------------------

    def validate(self, target: MissionSnapshot) -> MissionSnapshot:
        """``target`` tidied, or ValidationError for the first problem."""
        return check_snapshot(self.store, target)

    def apply(self, target: MissionSnapshot, *, source: str | None = None) -> SettingsEdit:
        """Make the mission hold ``target`` (validated first; nothing written if refused)."""
        with self.store.transaction():
            before = read_snapshot(self.store)
            target = self.validate(target)
            changed = write_snapshot(self.store, target, source=source or self.source)
            after = read_snapshot(self.store)
        return SettingsEdit(before, after, tuple(changed))

    def restore(self, snapshot: MissionSnapshot) -> SettingsEdit:
        """Put the settings back as a snapshot had them (undo and redo)."""
        return self.apply(snapshot, source="undo")

    # --- what the CLI and the dialog ask for --------------------------------------------------

    def set(self, key: str, text: str) -> SettingsEdit:
        current = self.snapshot()
        return self.apply(replace(current, settings=current.settings.with_value(key, text)))

    def add_category(
        self,
        key: str,
        label: str,
        *,
        group: str = "Local",
        acled: str | None = None,
        is_violation: bool = False,
        description: str = "",
        translations: dict[str, str] | None = None,
    ) -> SettingsEdit:
        """A new category; ``translations`` gives its label in other languages
        (``{"fr": "…"}``), shown to readers of those languages instead of ``label``."""
        current = self.snapshot()
        if current.category(key) is not None:
            raise ValidationError(
                "key",
                translate("Mission", "{key!r} is already a category of this mission").format(
                    key=key
                ),
            )
        event, sub = parse_acled(acled)
        order = max((c.sort_order for c in current.categories), default=-1) + 1
        category = CategorySetting(
            key, label, group, event, sub, is_violation, description, True, order,
            parse_translations(translations or {}),
        )  # fmt: skip
        return self.apply(replace(current, categories=(*current.categories, category)))

    def change_category(self, key: str, **changes: object) -> SettingsEdit:
        """Rename, re-map to ACLED (``acled="Type / Sub-type"``), retire or reinstate."""
        current = self.snapshot()
        category = current.category(key)
        if category is None:
            raise NotFoundError(
                translate("Mission", "no category {key!r} in this mission").format(key=key)
            )
        if "acled" in changes:
            event, sub = parse_acled(changes.pop("acled"))  # type: ignore[arg-type]
            changes["acled_event_type"], changes["acled_sub_event_type"] = event, sub
        updated = replace(category, **changes)  # type: ignore[arg-type]
        categories = tuple(updated if c.key == key else c for c in current.categories)
        return self.apply(replace(current, categories=categories))

    def retire_category(self, key: str) -> SettingsEdit:
        return self.change_category(key, active=False)

    def reinstate_category(self, key: str) -> SettingsEdit:
        return self.change_category(key, active=True)
