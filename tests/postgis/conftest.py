"""A throwaway PostgreSQL + PostGIS server for the tests, started by the tests themselves.

One cluster per test run, on a Unix socket in a ``mkdtemp`` folder (no TCP port), stopped and
removed at the end. PostgreSQL refuses to run as root, so when the tests run as root the server
programs run as the ``postgres`` system user (``runuser``) in a folder that user owns; pytest's
own temporary folders are closed to other users. A template database holds the schema; each test
gets its own database cloned from it (about 0.1 s). No external server, no mocks: the tests skip,
saying why, only when the server programs are not installed at all.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from app.store import Store, open_mission

TEMPLATE = "bluehelmet_template"


def _server_programs() -> Path | None:
    """The folder with initdb and pg_ctl: Debian keeps them out of PATH, under its version."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").is_file() and Path(folder, "pg_ctl").is_file():
            return Path(folder)
    return None


def _postgis_installed(programs: Path) -> bool:
    """PostGIS's control file beside the server's other extensions (Debian's layout)."""
    version = programs.parent.name
    return bool(glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"))


@dataclass
class Cluster:
    """A running server: how to reach it and make databases on it."""

    socket_dir: Path
    user: str = "postgres"
    #: The database every test's own database is cloned from.
    template: str = TEMPLATE

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@{quote(str(self.socket_dir), safe='')}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    programs = _server_programs()
    if programs is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    if not _postgis_installed(programs):
        pytest.skip("the PostGIS extension is not installed (Debian: postgresql-15-postgis-3)")
    as_root = os.geteuid() == 0
    prefix: list[str] = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="bluehelmet-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    data, log = folder / "data", folder / "server.log"
    user = "postgres" if as_root else os.environ.get("USER", "postgres")
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def run(*command: str) -> None:
        done = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, env=env, check=False
        )
        if done.returncode != 0:
            server_log = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {done.stderr}{done.stdout}{server_log}")

    run(
        str(programs / "initdb"),
        "-D",
        str(data),
        "-U",
        user,
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--no-sync",
    )
    # No TCP at all; fsync off: a throwaway cluster needs no durability.
    options = f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    run(str(programs / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
    cluster = Cluster(folder, user)
    try:
        from app.store.postgis_schema import create_schema

        cluster.admin(f"CREATE DATABASE {TEMPLATE}")
        create_schema(cluster.url(TEMPLATE))
        yield cluster
    finally:
        run(str(programs / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL of a fresh mission database for this test, cloned from the schema template."""
    name = f"mission_{os.getpid()}_{next(_numbers)}"
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgis"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh mission lives on each engine: a file path or a database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "mission.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(target: str) -> Iterator[Store]:
    """A fresh mission on each engine, open for writing (the store contract's tests)."""
    s = open_mission(target)
    yield s
    s.close()
