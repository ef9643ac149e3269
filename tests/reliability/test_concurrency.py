"""Concurrent use of one mission database: several processes write at once (edits, a CLI import)
and none sees "database is locked" or loses a write; the GUI follows what others commit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from harness import build_scene, copy_db

from app.store import open_store

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from app.editing.service import Editor
from app.store import open_store
db, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open_store(db) as store:
    editor = Editor(store)
    for n in range(count):
        made = editor.add("incident", {"title": f"{name} {n}", "category": "ceasefire_violation",
                                       "occurred_start": "2026-11-20T06:00:00Z",
                                       "location": "6.7N 20.1E"})
        editor.update(made.id, {"description": f"checked by {name}"})
"""


def _python(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_three_editors_and_an_import_at_once_lose_nothing_and_never_lock(tmp_path, monkeypatch):
    import os

    scene = build_scene(tmp_path / "scene", records=2_000)
    db = tmp_path / "shared.db"
    copy_db(scene.template, db)
    env = dict(os.environ, BLUEHELMET_DATA_DIR=str(scene.receiver_dir))
    per_writer = 150
    procs = [_python("-c", WRITER, str(db), f"writer{w}", str(per_writer)) for w in range(3)]
    procs.append(_python("-m", "app.cli", "--db", str(db), "sync", "import", str(scene.package),
                         env=env))  # fmt: skip
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err.lower()
    with open_store(db, readonly=True) as store:
        incidents = store.query("incident")
        for w in range(3):
            mine = [i for i in incidents if i.title.startswith(f"writer{w} ")]
            assert len(mine) == per_writer
            assert all(i.description == f"checked by writer{w}" for i in mine)
        logged = store.conn.execute("SELECT count(*) FROM package_log").fetchone()[0]
        assert logged == 1
        assert store.check().healthy
