"""The mission service: settings edits are validated, one transaction, logged and undoable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from factories import incident

from app.domain.mission import parse_area, parse_labels, parse_parties
from app.errors import AppError, ValidationError
from app.mission import MissionEditor, create_mission, create_training_demo, mission_title
from app.store import open_store
from app.store.settings import read_snapshot


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "m.db"
    create_mission(path, name="UNMISS Sector East")
    with open_store(path) as opened:
        yield opened


def test_undo_restores_settings_and_categories(store):
    editor = MissionEditor(store)
    before = read_snapshot(store)
    edit = editor.set("parties", "SSPDF, SPLA-IO")
    added = editor.add_category("cattle_raid", "Cattle raid", acled="Battles / Armed clash")
    assert read_snapshot(store).category("cattle_raid") is not None
    editor.restore(added.before)
    assert read_snapshot(store).category("cattle_raid") is None
    editor.restore(edit.before)
    assert read_snapshot(store) == before
    editor.restore(added.after)  # redo both at once
    assert read_snapshot(store).settings.parties == ("SSPDF", "SPLA-IO")
    assert store.check().healthy


def test_a_label_in_use_cannot_leave_the_list(store):
    store.save(incident(lat=4.8, lon=31.6, classification="CONFIDENTIAL"))
    with pytest.raises(ValidationError, match="CONFIDENTIAL"):
        MissionEditor(store).set("labels", "UNCLASSIFIED,RESTRICTED")
    assert "CONFIDENTIAL" in store.classifications


def test_a_used_category_is_retired_not_removed(store):
    store.save(incident(lat=4.8, lon=31.6, category="crime"))
    editor = MissionEditor(store)
    snapshot = read_snapshot(store)
    without = replace(
        snapshot, categories=tuple(c for c in snapshot.categories if c.key != "crime")
    )
    with pytest.raises(ValidationError, match="retire"):
        editor.apply(without)
    editor.retire_category("crime")
    assert "crime" not in {c.key for c in store.categories(active_only=True)}
    # Old records stay valid, and the check agrees.
    assert store.check().healthy


def test_a_refused_edit_writes_nothing(store):
    seq = store.last_change_seq()
    with pytest.raises(ValidationError):
        MissionEditor(store).set("area", '{"type": "Point", "coordinates": [1, 2]}')
    assert store.last_change_seq() == seq


def test_parsing_settings():
    assert parse_parties("A, b ,\nC") == ("A", "b", "C")
    with pytest.raises(ValidationError):
        parse_parties("A, a")
    assert parse_labels("un")[0] == "UNCLASSIFIED"
    assert parse_area("none") is None
    area = parse_area('{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": '
                      "[[[1, 1], [2, 1], [2, 2], [1, 1]]]}}")  # fmt: skip
    assert area is not None and area["type"] == "Polygon"
    with pytest.raises(ValidationError, match="off the globe"):
        parse_area('{"type": "Polygon", "coordinates": [[[1, 95], [2, 1], [2, 2], [1, 95]]]}')


def test_the_training_demo_goes_to_its_own_file(tmp_path: Path):
    from app.demo import DemoOptions

    path = tmp_path / "training-demo.db"
    made = create_training_demo(path, DemoOptions(incidents=30, units=12))
    assert made == path
    with open_store(path, readonly=True) as store:
        assert mission_title(store).startswith("TRAINING — FICTIONAL DATA")
        count = store.record_count()
    # Asked again, the existing demo is reused as it is.
    assert create_training_demo(path) == path
    with open_store(path, readonly=True) as store:
        assert store.record_count() == count
    # A real mission is never turned into the demo.
    real = tmp_path / "real.db"
    create_mission(real, name="Real")
    with pytest.raises(AppError, match="not the training demo"):
        create_training_demo(real)


def test_lines_name_the_mission_parties_and_violations_count_per_party(store):
    from app.analysis import violations
    from app.editing.service import Editor

    MissionEditor(store).set("parties", "SSPDF, SPLA-IO")
    editor = Editor(store)
    line = {
        "name": "Line A",
        "geometry": {"type": "LineString", "coordinates": [[31.0, 4.8], [32.0, 4.8]]},
        "party_left": "Someone else",
        "party_right": "SPLA-IO",
        "buffer_m": 2000,
    }
    problems = editor.validate("ceasefire_line", line)
    assert [p.field for p in problems] == ["party_left"]
    assert "SSPDF" in problems[0].message
    editor.add("ceasefire_line", {**line, "party_left": "SSPDF"})
    store.save(incident(lat=4.805, lon=31.5, category="ceasefire_violation"))
    report = violations(store)
    assert report.parties == ("SSPDF", "SPLA-IO")
    assert report.by_party == {"SSPDF": 1, "SPLA-IO": 0}


def test_an_older_database_holding_the_demo_is_marked_as_training(tmp_path: Path):
    """Earlier versions wrote the demo into the user's default database, unmarked."""
    import sqlite3

    from app.demo import DemoOptions, generate_demo
    from app.store import migrations

    path = tmp_path / "mission.db"
    with open_store(path) as store:
        generate_demo(store, DemoOptions(incidents=20, units=12))
    step = migrations.MIGRATIONS.index(migrations._mark_demo_missions_as_training)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM meta WHERE key IN ('training', 'mission_name', 'mission_parties')")
    conn.execute(f"PRAGMA user_version = {step}")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == migrations.LATEST
        assert mission_title(store) == "TRAINING — FICTIONAL DATA · UN Demo Monitoring Force"
        assert store.check().healthy
