"""The store contract: what the rest of the application may ask of a mission store.

Two engines keep it: ``MissionStore`` (SQLite, one file per workstation, the default) and
``PostgisStore`` (PostgreSQL + PostGIS, one database for a headquarters). ``open_mission``
chooses by the database argument: ``postgresql://…`` (or ``postgres://…``) is PostGIS, anything
else a path to an SQLite file. ``tests/postgis/test_contract.py`` runs the same tests on both.

The rules both keep: every write is one transaction with its change-log lines (nothing half
written); local edits are stamped with origin, a hybrid-logical-clock version and UTC times;
partners' records are written verbatim; concurrent edits become conflicts, never silent losses;
``digest`` is the same function of the record set on both engines.

Saved views (``app.store.views``) are written once for both engines. Not yet in the contract
(SQLite only, reached through ``MissionStore`` and its ``conn``):
the external-change poll (``data_version``), mission settings editing
(``app.store.settings.write_snapshot``), sync state (attachment names, signatures, package log,
partner state) and ``backup``. Must not import Qt or anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from app.domain import taxonomy
from app.domain.records import (
    CeasefireLine,
    MapItem,
    PatrolArea,
    PositionReport,
    Record,
    Unit,
)
from app.store.check import CheckReport
from app.store.store import ApplySummary, Change, ConflictRow, RemoteChange


class Store(Protocol):
    """One open mission, on either engine."""

    path: str
    readonly: bool
    node_id: str
    kinds_present: tuple[str, ...]

    # schema, meta and settings
    @property
    def schema_version(self) -> int: ...
    @property
    def origin(self) -> str: ...
    @property
    def classifications(self) -> tuple[str, ...]: ...
    def meta(self, key: str, default: str | None = None) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def all_meta(self) -> dict[str, str]: ...
    def categories(self, *, active_only: bool = False) -> list[taxonomy.Category]: ...
    def category_rows(self) -> list[dict[str, Any]]: ...
    def replace_categories(self, rows: Sequence[dict[str, Any]]) -> None: ...
    def transaction(self) -> AbstractContextManager[Any]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc_info: object) -> None: ...

    # records
    def save(self, record: Record, *, source: str = "local", unit: str | None = None) -> Record: ...
    def save_many(
        self, records: Iterable[Record], *, source: str = "local", unit: str | None = None
    ) -> list[Record]: ...
    def delete(
        self, kind: str, record_id: str, *, source: str = "local", unit: str | None = None
    ) -> Record: ...
    def put_verbatim(self, records: Sequence[Record], *, source: str) -> None: ...
    def get(self, kind: str, record_id: str) -> Record: ...
    def find(self, record_id: str) -> Record: ...
    def existing(self, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]: ...
    def query(
        self,
        kind: str,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[Record]: ...
    def ids_in_bbox(self, kind: str, bbox: tuple[float, float, float, float]) -> list[str]: ...
    def count(self, kind: str, *, include_deleted: bool = False) -> int: ...
    def record_count(self) -> int: ...
    def units(self) -> list[Unit]: ...
    def unit_names(self, *, short: bool = False) -> dict[str, str]: ...
    def all_records(self) -> list[Record]: ...
    def current_positions(self) -> dict[str, PositionReport]: ...
    def track_fixes(
        self,
        ids: Sequence[str] | None = None,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        recent: timedelta | None = None,
        most: int | None = None,
    ) -> list[tuple[str, float, float, str]]: ...
    def ceasefire_lines(self) -> list[CeasefireLine]: ...
    def patrol_areas(self) -> list[PatrolArea]: ...
    def map_items(self) -> list[MapItem]: ...

    # map data: the lean incident reads for maps and tables
    def incident_map_json(
        self,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        severities: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
    ) -> tuple[str, int]: ...
    def incident_columns(
        self,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        severities: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
        columns: Sequence[str] = ...,
        ordered: bool = True,
    ) -> dict[str, list[Any]]: ...
    def stats(self) -> dict[str, int]: ...
    def mission_period(self) -> tuple[datetime, datetime] | None: ...
    def incident_day_counts(
        self,
        first_day: date,
        last_day: date,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        severities: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
    ) -> list[tuple[str, str, int]]: ...
    def live_classifications(self, kind: str) -> set[str]: ...
    def live_extent(self, kind: str) -> tuple[float, float, float, float] | None: ...
    def digest(self) -> str: ...
    def check(self) -> CheckReport: ...

    # change log and exchange
    def changes_since(self, seq: int = 0, limit: int | None = None) -> list[Change]: ...
    def last_change_seq(self) -> int: ...
    def changed_since(self, seq: int) -> list[Record]: ...
    def merge_inputs(
        self, keys: Sequence[tuple[str, str]]
    ) -> tuple[dict[tuple[str, str], tuple[str, str]], dict[tuple[str, str], set[str]]]: ...
    def ancestors_for(
        self, records: Sequence[Record], limit: int = 32
    ) -> dict[tuple[str, str], list[str]]: ...
    def apply_remote(
        self, changes: Sequence[RemoteChange], source: str, *, unit: str | None = None
    ) -> ApplySummary: ...
    def conflicts(self, *, open_only: bool = True) -> list[ConflictRow]: ...
    def resolve_conflict(self, conflict_id: int, keep: str) -> Record: ...

    # attachment contents
    def put_attachment(
        self, sha256: str, file_name: str, media_type: str, data: bytes, added_at: str
    ) -> bool: ...
    def attachment_info(self, sha256: str) -> dict[str, Any] | None: ...
    def get_attachment(self, sha256: str) -> tuple[dict[str, Any], bytes]: ...
    def attachment_digests(self) -> list[str]: ...

    # statements written once for both engines (the store's own modules, e.g. sync_state)
    def run_sql(self, sql: str, params: Sequence[Any] = ()) -> Any: ...
    def run_sql_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...


def is_database_url(target: object) -> bool:
    """Whether a database argument names a PostgreSQL server rather than an SQLite file."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


#: What names a mission: an SQLite file's path, or a ``postgresql://`` URL.
MissionTarget = str | Path


def mission_target(store: Any) -> MissionTarget:
    """How to open ``store``'s mission again (a worker's own connection): its file, or its
    full URL (with any password: never show it; ``shown_target`` is for people)."""
    url = getattr(store, "url", None)
    if isinstance(url, str) and is_database_url(url):
        return url
    return Path(store.path)


def shown_target(target: MissionTarget) -> str:
    """A mission's name for menus, titles and the recent list: a URL loses its password."""
    if is_database_url(target):
        import re

        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1@", str(target))
    return str(target)


def open_mission(target: str | Path, *, readonly: bool = False) -> Store:
    """Open a mission on the engine its argument names (see the module docstring)."""
    if is_database_url(target):
        from app.store.postgis import PostgisStore

        return PostgisStore(str(target), readonly=readonly)
    from app.store.store import MissionStore

    return MissionStore(target, readonly=readonly)
