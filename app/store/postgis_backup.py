"""Backups of a PostGIS mission through PostgreSQL's own tools: ``pg_dump`` and ``pg_restore``.

``backup`` writes a custom-format dump (one file, compressed, consistent: ``pg_dump`` reads
one snapshot while workstations keep writing); ``restore`` loads one into an **empty**
database in one transaction, then checks the result. Objects come back owned by the restoring
role (the mission's own role must own its tables for row security to work) and without the
source server's grants: mission users whose roles exist on this server get their rights back,
the others are listed to add again. The password of a URL goes to the tools through their
environment, never on their command line (which other users of the machine can see).

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.files import fsync_dir
from app.i18n import translate
from app.paths import data_dir
from app.store.backup import KEEP, Backup, BackupError
from app.store.check import CheckReport

_NAME = re.compile(r"(?P<stamp>\d{8}T\d{6}\d{3}Z)-(?P<reason>[a-z0-9-]{1,40})\.dump")


def _program(name: str) -> str:
    """``pg_dump``/``pg_restore``: on PATH (Debian's wrapper picks the right version), else in
    the newest server folder."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, name).is_file():
            return str(Path(folder, name))
    raise BackupError(
        translate("Store", "{name} is not installed (Debian: postgresql-client-15)").format(
            name=name
        )
    )


def _split(url: str) -> tuple[str, dict[str, str]]:
    """The connection string without its password, and the environment carrying it."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    env = dict(os.environ)
    password = params.pop("password", None)
    if password is not None:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**{k: str(v) for k, v in params.items() if v is not None}), env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def _first_error(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()]
    return (errors or lines or ["no message"])[0]


def backup_folder(url: str) -> Path:
    """Where the automatic backups of one PostGIS mission live (named after its database)."""
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(url)
    where = f"{params.get('host', '')}:{params.get('port', '')}/{params.get('dbname', '')}"
    tag = hashlib.sha256(where.encode("utf-8")).hexdigest()[:8]
    name = re.sub(r"[^A-Za-z0-9_-]", "_", str(params.get("dbname", "mission")))
    return data_dir() / "backups" / f"{name}-pg-{tag}"


def list_backups(url: str) -> list[Backup]:
    """The automatic dumps of a PostGIS mission, newest first."""
    folder = backup_folder(url)
    found = []
    for path in folder.glob("*.dump") if folder.is_dir() else ():
        match = _NAME.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match["stamp"][:-1], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
            found.append(Backup(path, taken, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take_backup(
    url: str, *, reason: str = "manual", out: str | Path | None = None, keep: int = KEEP
) -> Backup:
    """A custom-format ``pg_dump`` of the mission to ``out`` (or the backup folder, then
    rotated); the file appears complete or not at all."""
    from app.store.postgis import redact

    now = datetime.now(UTC)
    if out is None:
        folder = backup_folder(url)
        stamp = now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"
        target = folder / f"{stamp}-{reason}.dump"
    else:
        target = Path(out).expanduser()
        folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    conninfo, env = _split(url)
    done = _run(
        [_program("pg_dump"), "--format=custom", "--file", str(partial), "--dbname", conninfo],
        env,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("Store", "cannot back up {url}: {stderr}").format(
                url=redact(url), stderr=_first_error(done.stderr)
            )
        )
    os.replace(partial, target)
    fsync_dir(target.parent)
    if out is None:
        for old in list_backups(url)[keep:]:
            old.path.unlink(missing_ok=True)
    return Backup(target, now, reason, target.stat().st_size)


def dump_problem(path: str | Path) -> str | None:
    """Why ``path`` is not a dump of a Blue Helmet mission, or None."""
    path = Path(path).expanduser()
    if not path.is_file():
        return translate("Store", "{path}: no such file").format(path=path)
    listed = _run([_program("pg_restore"), "--list", str(path)], dict(os.environ))
    if listed.returncode != 0:
        return translate("Store", "{path}: not a PostgreSQL custom-format dump ({stderr})").format(
            path=path, stderr=_first_error(listed.stderr)
        )
    if not re.search(r"TABLE (DATA )?\S+ schema_migrations ", listed.stdout):
        return translate(
            "Store", "{path}: a PostgreSQL dump, but not of a Blue Helmet mission"
        ).format(path=path)
    return None


@dataclass
class Restored:
    report: CheckReport
    users_regranted: list[str] = field(default_factory=list)
    users_missing: list[str] = field(default_factory=list)


def restore(path: str | Path, url: str) -> Restored:
    """Load the dump at ``path`` into the empty database at ``url`` in one transaction (all or
    nothing), then give existing mission users their rights back and check the mission."""
    import psycopg

    from app.store.postgis import PostgisStore, redact

    problem = dump_problem(path)
    if problem is not None:
        raise BackupError(translate("Store", "restore refused: {problem}").format(problem=problem))
    shown = redact(url)
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
            row = conn.execute(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
                " AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
                " AND c.relname <> 'spatial_ref_sys'"
                " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid"
                " AND d.deptype = 'e')"
            ).fetchone()
    except psycopg.Error as exc:
        raise BackupError(
            translate("Store", "{shown}: cannot connect ({exc})").format(
                shown=shown, exc=_first_error(str(exc))
            )
        ) from None
    if row and row[0]:
        raise BackupError(
            translate(
                "Store",
                "restore refused: {shown} is not empty ({row} tables or sequences); restore "
                "into a new database (createdb) and point the workstations at it",
            ).format(shown=shown, row=row[0])
        )
    conninfo, env = _split(url)
    done = _run(
        [
            _program("pg_restore"),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            "--no-comments",
            "--dbname",
            conninfo,
            str(Path(path).expanduser()),
        ],
        env,
    )
    if done.returncode != 0:
        raise BackupError(
            translate(
                "Store", "cannot restore {path} into {shown}: {stderr}; nothing was loaded"
            ).format(path=path, shown=shown, stderr=_first_error(done.stderr))
        )
    from app.store.postgis_roles import regrant

    with PostgisStore(url) as store:
        regranted, missing = regrant(store)
        report = store.check()
    return Restored(report, regranted, missing)
