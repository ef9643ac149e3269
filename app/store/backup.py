"""Backups of the mission database, through SQLite's online backup API.

Copying a live database file can catch it half-written; the backup API copies a consistent
snapshot while other connections keep reading and writing. Backups are taken automatically
before every import and at an interval while the GUI runs, kept in a per-database folder under
the data folder and rotated (the newest ``KEEP`` stay). Each backup is one self-contained file
(rollback journal, not WAL) that can be opened, checked and restored on its own.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import AppError, StoreError
from app.files import fsync_dir
from app.i18n import translate
from app.paths import data_dir
from app.store import migrations

#: Automatic backups kept per database (manual ones with --out are the user's to keep).
KEEP = 12
_NAME = re.compile(r"(?P<stamp>\d{8}T\d{6}\d{3}Z)-(?P<reason>[a-z0-9-]{1,40})\.db")


class BackupError(AppError):
    """A backup could not be made, or a file offered for restore is not a healthy database."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    def describe(self) -> str:
        when = self.taken_at.strftime("%Y-%m-%d %H:%M:%SZ")
        return f"{when}  {self.reason:<14} {self.size / 1024 / 1024:8.1f} MB  {self.path}"


def backup_folder(db_path: str | Path) -> Path:
    """Where the automatic backups of one database live (named after it, so two missions'
    backups never mix)."""
    resolved = Path(db_path).expanduser().resolve()
    tag = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{resolved.stem}-{tag}"


def list_backups(db_path: str | Path) -> list[Backup]:
    """The automatic backups of a database, newest first."""
    folder = backup_folder(db_path)
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        match = _NAME.fullmatch(path.name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"][:-1], "%Y%m%dT%H%M%S%f")
        found.append(Backup(path, taken.replace(tzinfo=UTC), match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take_backup(
    db_path: str | Path,
    *,
    reason: str = "manual",
    out: str | Path | None = None,
    keep: int = KEEP,
    progress: Callable[[int, int], None] | None = None,
) -> Backup:
    """Copy the database to ``out`` (or the backup folder, then rotate); the file appears
    complete or not at all."""
    source_path = Path(db_path).expanduser()
    if not source_path.is_file():
        raise BackupError(
            translate("Store", "{source_path}: no mission database to back up").format(
                source_path=source_path
            )
        )
    if not re.fullmatch(r"[a-z0-9-]{1,40}", reason):
        raise ValueError(
            translate("Store", "backup reason {reason}: lower-case words and dashes only").format(
                reason=repr(reason)
            )
        )
    now = datetime.now(UTC)
    if out is None:
        folder = backup_folder(source_path)
        stamp = now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"
        target = folder / f"{stamp}-{reason}.db"
    else:
        target = Path(out).expanduser()
        folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    if out is None:
        _sweep_partials(folder)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        _copy(source_path, partial, progress)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("Store", "cannot back up {source_path} to {target}: {exc}").format(
                source_path=source_path, target=target, exc=exc
            )
        ) from None
    if out is None:
        _rotate(source_path, keep)
    return Backup(target, now, reason, target.stat().st_size)


def _copy(source: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
    target.unlink(missing_ok=True)
    dst = sqlite3.connect(target, isolation_level=None)
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=4096, progress=step)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        dst.execute("PRAGMA synchronous = FULL")
    finally:
        dst.close()
        src.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _sweep_partials(folder: Path, older_than_s: float = 3600.0) -> None:
    """Remove what backups cut short by a crash left behind (old enough not to be running)."""
    limit = datetime.now(UTC).timestamp() - older_than_s
    for leftover in folder.glob("*.partial"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


def _rotate(db_path: Path, keep: int) -> None:
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)


def backup_problem(path: str | Path) -> str | None:
    """Why ``path`` is not a healthy Blue Helmet database (None when it is): readable SQLite,
    a mission schema this version knows, and SQLite's integrity check passing."""
    path = Path(path).expanduser()
    if not path.is_file():
        return translate("Store", "{path}: no such file").format(path=path)
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return translate("Store", "{path}: not an SQLite database").format(path=path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = migrations.schema_version(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if version == 0 or "meta" not in tables:
                return translate(
                    "Store", "{path}: an SQLite file, but not a Blue Helmet mission database"
                ).format(path=path)
            if version > migrations.LATEST:
                return translate(
                    "Store", "{path}: written by a newer Blue Helmet COP (schema {version})"
                ).format(path=path, version=version)
            result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if result != ["ok"]:
                return translate("Store", "{path}: damaged ({result})").format(
                    path=path, result="; ".join(result[:3])
                )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return translate("Store", "{path}: cannot be read as a database ({exc})").format(
            path=path, exc=exc
        )
    return None


def quick_problem(path: str | Path) -> str | None:
    """A fast health check for start-up (``PRAGMA quick_check``); None when fine or absent."""
    path = Path(path).expanduser()
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return translate("Store", "{path}: cannot be read as a database ({exc})").format(
            path=path, exc=exc
        )
    if result != ["ok"]:
        return translate("Store", "{path}: damaged ({result})").format(
            path=path, result="; ".join(result[:3])
        )
    return None


def latest_good_backup(db_path: str | Path) -> Backup | None:
    """The newest automatic backup that passes ``backup_problem``."""
    for backup in list_backups(db_path):
        if backup_problem(backup.path) is None:
            return backup
    return None


def restore(backup_path: str | Path, db_path: str | Path, *, keep: int = KEEP) -> Backup | None:
    """Replace the database's content with a healthy backup's. The current database is backed
    up first when it can be read (returned, so the restore can itself be undone); a damaged one
    is moved aside as ``<name>.damaged-<time>`` instead."""
    problem = backup_problem(backup_path)
    if problem is not None:
        raise BackupError(translate("Store", "restore refused: {problem}").format(problem=problem))
    target = Path(db_path).expanduser()
    safety: Backup | None = None
    if target.exists():
        if quick_problem(target) is None:
            safety = take_backup(target, reason="before-restore", keep=keep)
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(target) + suffix)
                if part.exists():
                    os.replace(part, Path(f"{target}.damaged-{stamp}{suffix}"))
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{Path(backup_path).resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target, isolation_level=None, timeout=30.0)
    try:
        # Through the backup API, not a file copy: other connections to the database see the
        # change as one write (and wait for it), never a half-copied file.
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        raise StoreError(
            translate("Store", "cannot restore into {target}: {exc}").format(target=target, exc=exc)
        ) from None
    finally:
        dst.close()
        src.close()
    return safety
