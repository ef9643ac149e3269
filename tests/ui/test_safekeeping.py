"""The GUI keeps the mission safe: a damaged database is offered its newest healthy backup, and
backups are taken at an interval without blocking the operator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from factories import incident
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import open_store
from app.store.backup import list_backups, quick_problem, take_backup
from app.ui.safekeeping import IntervalBackups, recover_if_damaged


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 512] = b"\xa5" * 512
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "mission.db"
    with open_store(path) as store:
        store.save_many([incident(title=f"Report {i}") for i in range(40)])
    take_backup(path, reason="interval")
    _damage(path)
    assert quick_problem(path) is not None
    return path


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` on the message box once it is shown (it runs its own event loop)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, press)


def test_a_damaged_mission_is_restored_from_its_latest_backup_when_the_operator_agrees(
    qtbot, damaged
):
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Yes, seen)
    assert recover_if_damaged(None, damaged)
    assert "damaged" in seen[0] and "Restore the newest healthy backup" in seen[0]
    assert quick_problem(damaged) is None
    with open_store(damaged, readonly=True) as store:
        assert len(store.query("incident")) == 40


def test_declining_the_restore_leaves_the_damaged_file_as_it_was(qtbot, damaged):
    before = damaged.read_bytes()
    _answer(QMessageBox.StandardButton.No, [])
    assert not recover_if_damaged(None, damaged)
    assert damaged.read_bytes() == before


def test_interval_backups_run_off_the_gui_thread(qtbot, tmp_path):
    path = tmp_path / "mission.db"
    with open_store(path) as store:
        store.save(incident())
    backups = IntervalBackups(QApplication.instance(), interval_min=60)
    backups.watch(path)
    backups.run_now()
    qtbot.waitUntil(lambda: backups.last is not None, timeout=10_000)
    assert [b.reason for b in list_backups(path)] == ["interval"]
    backups.timer.stop()
    backups.deleteLater()


@pytest.mark.webengine
def test_the_window_picks_up_what_another_process_commits(qtbot, window, tmp_path):
    before = window.incident_table.model.total
    record = {
        "title": "Reported by the night shift",
        "category": "ceasefire_violation",
        "occurred_start": "2026-11-20T05:00:00Z",
        "location": "6.7N 20.1E",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", window.store.path, "record", "add",
         "incident", "--json", json.dumps(record)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    qtbot.waitUntil(lambda: window.incident_table.model.total == before + 1, timeout=15_000)
