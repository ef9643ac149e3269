"""Backups: consistent copies while the database is in use, rotation, refusal of bad restores."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from factories import incident

from app.cli import main
from app.store import open_store
from app.store.backup import (
    BackupError,
    backup_problem,
    latest_good_backup,
    list_backups,
    quick_problem,
    restore,
    take_backup,
)


@pytest.fixture
def mission(tmp_path: Path) -> Path:
    path = tmp_path / "mission.db"
    with open_store(path) as store:
        store.save_many([incident(title=f"Report {i}") for i in range(50)])
    return path


def _titles(path: Path) -> set[str]:
    with open_store(path, readonly=True) as store:
        return {i.title for i in store.query("incident")}


def test_a_backup_is_a_healthy_self_contained_copy(mission, tmp_path):
    made = take_backup(mission, out=tmp_path / "copy.db")
    assert backup_problem(made.path) is None
    assert not Path(str(made.path) + "-wal").exists()  # one file to carry away
    with open_store(mission, readonly=True) as a, open_store(made.path, readonly=True) as b:
        assert a.digest() == b.digest()


def test_a_backup_taken_while_another_process_writes_is_consistent(mission, tmp_path):
    stop = threading.Event()

    def keep_writing() -> None:
        with open_store(mission) as store:
            n = 0
            while not stop.is_set():
                store.save(incident(title=f"During backup {n}"))
                n += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        copies = [take_backup(mission, out=tmp_path / f"b{i}.db") for i in range(5)]
    finally:
        stop.set()
        writer.join()
    for copy in copies:
        assert backup_problem(copy.path) is None
        with open_store(copy.path, readonly=True) as store:
            assert store.check().healthy  # every change-log line matches a row, and so on


def test_automatic_backups_rotate_keeping_the_newest(mission):
    for _ in range(5):
        take_backup(mission, reason="interval", keep=3)
    kept = list_backups(mission)
    assert len(kept) == 3 and all(b.reason == "interval" for b in kept)
    assert kept == sorted(kept, key=lambda b: b.taken_at, reverse=True)


def test_restore_brings_back_the_backup_and_keeps_the_replaced_state(mission):
    before = take_backup(mission, reason="manual")
    with open_store(mission) as store:
        store.save(incident(title="Written after the backup"))
    safety = restore(before.path, mission)
    assert "Written after the backup" not in _titles(mission)
    assert safety is not None and "Written after the backup" in _titles(safety.path)
    with open_store(mission) as store:  # usable again for writing
        store.save(incident(title="After restore"))
        assert store.check().healthy


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a database at all",
        b"SQLite format 3\x00" + b"\x00" * 200,
    ],
)
def test_restore_refuses_files_that_are_not_healthy_mission_databases(mission, tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = mission.read_bytes()
    with pytest.raises(BackupError, match="restore refused"):
        restore(bad, mission)
    assert mission.read_bytes() == before


def test_restore_refuses_an_sqlite_file_of_another_application(mission, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text)")
    with pytest.raises(BackupError, match="not a Blue Helmet mission database"):
        restore(other, mission)


def test_a_damaged_database_is_found_at_start_and_the_latest_good_backup_offered(mission):
    take_backup(mission, reason="interval")
    assert quick_problem(mission) is None
    data = bytearray(mission.read_bytes())
    data[4096 * 2 : 4096 * 2 + 512] = b"\xa5" * 512  # scribble over a b-tree page
    mission.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(mission) + suffix).unlink(missing_ok=True)
    assert quick_problem(mission) is not None
    good = latest_good_backup(mission)
    assert good is not None
    restore(good.path, mission)
    assert quick_problem(mission) is None and len(_titles(mission)) == 50
    assert list(mission.parent.glob("mission.db.damaged-*"))  # kept aside, not deleted


def test_backup_and_restore_from_the_command_line(mission, tmp_path, capsys):
    out = tmp_path / "stick" / "mission-backup.db"
    assert main(["--db", str(mission), "backup", "--out", str(out)]) == 0
    assert out.is_file() and "Backed up" in capsys.readouterr().out
    with open_store(mission) as store:
        store.save(incident(title="Later"))
    assert main(["--db", str(mission), "restore", str(out)]) == 0
    assert "Later" not in _titles(mission)
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    assert main(["--db", str(mission), "restore", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: restore refused:") and err.count("\n") == 1
    assert main(["--db", str(mission), "backup", "--list"]) == 0
    assert "before-restore" in capsys.readouterr().out
