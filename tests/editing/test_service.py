"""The editing service: every kind, field-level validation, references, movement, workflow,
the change log's editing unit, and failed edits leaving the database exactly as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.coords import format_dms, format_utc, to_mgrs
from app.domain.records import Incident, PositionReport, Unit
from app.editing import INCIDENT_TRANSITIONS, KINDS, Editor, FieldProblem
from app.errors import NotFoundError, ValidationError
from app.store import open_store
from app.store.store import MissionStore

AREA = {
    "type": "Polygon",
    "coordinates": [[[35.0, 33.0], [35.2, 33.0], [35.2, 33.2], [35.0, 33.2], [35.0, 33.0]]],
}
LINE = {"type": "LineString", "coordinates": [[35.0, 33.1], [35.3, 33.15], [35.6, 33.1]]}
TRACK = {"type": "LineString", "coordinates": [[35.05, 33.05], [35.1, 33.1], [35.15, 33.05]]}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MissionStore]:
    with open_store(tmp_path / "mission.db") as opened:
        yield opened


@pytest.fixture
def editor(store: MissionStore) -> Editor:
    return Editor(store, editing_unit="NEPBATT 1")


def unit_data(**kw: Any) -> dict[str, Any]:
    return {"designation": "NEPBATT 1", "nation": "NPL", "sidc": "10031000161211000000", **kw}


def incident_data(**kw: Any) -> dict[str, Any]:
    return {
        "title": "Small-arms fire heard",
        "category": "ceasefire_violation",
        "occurred_start": "2026-03-05T14:30:00Z",
        "lat": 33.25,
        "lon": 35.5,
        **kw,
    }


def dump(path: str) -> list[Any]:
    """Every row of every table, read through a separate connection."""
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            " ORDER BY name"
        )
    ]
    rows = [(t, sorted(map(repr, conn.execute(f"SELECT * FROM '{t}'")))) for t in tables]
    conn.close()
    return rows


def every_kind(editor: Editor) -> dict[str, dict[str, Any]]:
    """Valid input for every kind, the references made first."""
    unit = editor.add("unit", unit_data())
    area = editor.add("patrol_area", {"name": "PA North", "geometry": AREA})
    line = editor.add("ceasefire_line", {"name": "Line A", "geometry": LINE, "buffer_m": 500})
    return {
        "unit": unit_data(designation="INDBATT 2", nation="IND", parent_id=unit.id),
        "position_report": {
            "unit_id": unit.id,
            "observed_at": "2026-03-05T14:30Z",
            "lat": 33.2,
            "lon": 35.4,
        },
        "patrol_area": {"name": "PA South", "geometry": AREA, "responsible_unit_id": unit.id},
        "patrol": {
            "unit_id": unit.id,
            "area_id": area.id,
            "planned_start": "2026-03-05T06:00Z",
            "planned_end": "2026-03-05T10:00Z",
            "track": TRACK,
        },
        "ceasefire_line": {"name": "Line B", "geometry": LINE, "party_left": "North"},
        "incident": incident_data(reporting_unit_id=unit.id, area_id=area.id, line_id=line.id),
        "map_item": {"name": "MSR Blue", "item_type": "route", "geometry": LINE},
    }


CHANGES = {
    "unit": {"callsign": "Tiger"},
    "position_report": {"speed_kmh": 30},
    "patrol_area": {"status": "restricted"},
    "patrol": {"task": "Check the crossing"},
    "ceasefire_line": {"buffer_m": 1500},
    "incident": {"injured": 2},
    "map_item": {"status": "closed"},
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_can_be_added_updated_deleted_and_restored(editor: Editor, kind: str):
    data = every_kind(editor)[kind]
    added = editor.add(kind, data)
    assert editor.get(added.id) == added and editor.kind_of(added.id) == kind

    (field, value), = CHANGES[kind].items()  # fmt: skip
    updated = editor.update(added.id, CHANGES[kind])
    assert getattr(updated, field) == value
    # Partial: everything else is as it was.
    for name in data:
        if name != field:
            assert getattr(updated, name) == getattr(added, name)

    before = editor.delete(added.id)
    assert before == updated and not before.deleted
    assert editor.get(added.id).deleted
    with pytest.raises(NotFoundError, match="deleted"):
        editor.update(added.id, {})

    restored = editor.restore(before)
    assert not restored.deleted and getattr(restored, field) == value
    assert restored.version > before.version  # a new version, so partners see the undo


def test_restore_reverts_an_update(editor: Editor):
    incident = editor.add("incident", incident_data())
    editor.update(incident.id, {"title": "Changed", "severity": 4})
    reverted = editor.restore(incident)
    assert reverted.title == "Small-arms fire heard" and reverted.severity == 2
    assert editor.get(incident.id).title == "Small-arms fire heard"


def test_validate_reports_every_bad_field_at_once_without_writing(
    editor: Editor, store: MissionStore
):
    before = dump(store.path)
    problems = editor.validate(
        "incident",
        {
            "title": "",
            "category": "no_such_category",
            "occurred_start": "yesterday",
            "lat": 91,
            "lon": 35.5,
            "severity": 9,
            "source_reliability": "G",
            "colour": "red",
        },
    )
    by_field = {p.field: p.message for p in problems}
    assert problems[0] == FieldProblem("colour", "is not a field of incident")
    assert by_field["title"] == "is required"
    assert by_field["lat"] == "91 is not a latitude (−90 to 90)"
    assert "yesterday" in by_field["occurred_start"]
    assert by_field["severity"].startswith("9 is not one of")
    assert "A–F" in by_field["source_reliability"]
    assert by_field["category"] == "'no_such_category' is not in this mission's category list"
    assert dump(store.path) == before
    assert editor.validate("incident", incident_data()) == []


@pytest.mark.parametrize(
    ("kind", "data", "field", "message"),
    [
        ("unit", unit_data(nation="Nepal"), "nation", "not an ISO 3166 alpha-3"),
        ("unit", unit_data(sidc="123"), "sidc", ""),
        ("unit", unit_data(strength=-5), "strength", "negative"),
        ("unit", unit_data(strength="12.5"), "strength", "not a whole number"),
        ("unit", unit_data(role="cavalry"), "role", "is not one of"),
        ("position_report", {"lat": 33, "lon": 181}, "lon", "not a longitude (−180 to 180)"),
        ("patrol_area", {"name": "A", "geometry": LINE}, "geometry", "expected a Polygon"),
        ("patrol_area", {"name": "A", "geometry": "not json"}, "geometry", "GeoJSON"),
        ("ceasefire_line", {"name": "L", "geometry": LINE, "buffer_m": -1}, "buffer_m", "below"),
        ("incident", incident_data(fatalities=1, fatalities_civilian=3), "fatalities", "less"),
        ("incident", incident_data(info_credibility=7), "info_credibility", "not one of"),
        ("incident", incident_data(occurred_end="2026-03-01T00:00Z"), "occurred_end", "before"),
        ("incident", incident_data(location="33.5N"), "location", "could not read"),
        ("incident", incident_data(classification="SECRET"), "classification", "labels"),
        ("incident", incident_data(version="x"), "version", "set by the store"),
    ],
)
def test_each_bad_field_is_named_with_a_plain_message(
    editor: Editor, kind: str, data: dict[str, Any], field: str, message: str
):
    problems = editor.validate(kind, data)
    assert field in {p.field for p in problems}, problems
    assert message in {p.field: p.message for p in problems}[field]
    with pytest.raises(ValidationError) as raised:
        editor.build(kind, data)
    assert raised.value.field == problems[0].field


def test_references_must_name_live_records(editor: Editor):
    unit = editor.add("unit", unit_data())
    problems = editor.validate(
        "incident", incident_data(reporting_unit_id="ghost", area_id=unit.id, line_id="nope")
    )
    assert {p.field: p.message for p in problems} == {
        "reporting_unit_id": "no unit with id ghost",
        "area_id": f"no patrol area with id {unit.id}",
        "line_id": "no ceasefire line with id nope",
    }
    editor.delete(unit.id)
    report = {"unit_id": unit.id, "observed_at": "2026-03-05T14:30Z", "lat": 33, "lon": 35}
    with pytest.raises(ValidationError, match=rf"^unit_id: unit {unit.id} is deleted$"):
        editor.add("position_report", report)
    with pytest.raises(NotFoundError, match=f"unit {unit.id} is deleted"):
        editor.move_unit(unit.id, 33.0, 35.0)


def test_a_unit_cannot_become_its_own_ancestor(editor: Editor):
    force = editor.add("unit", unit_data(designation="Force HQ"))
    battalion = editor.add("unit", unit_data(parent_id=force.id))
    with pytest.raises(ValidationError, match="parent_id: would make the unit its own ancestor"):
        editor.update(force.id, {"parent_id": battalion.id})
    with pytest.raises(ValidationError, match="sub-unit"):
        editor.delete(force.id)


def test_unknown_fields_and_store_bookkeeping_are_refused(editor: Editor):
    with pytest.raises(ValidationError, match=r"^callsgn: is not a field of unit$"):
        editor.add("unit", unit_data(callsgn="Tiger"))
    unit = editor.add("unit", unit_data())
    with pytest.raises(ValidationError, match=r"^id: cannot be changed"):
        editor.update(unit.id, {"id": "another"})
    with pytest.raises(ValidationError, match=r"^origin: is set by the store"):
        editor.update(unit.id, {"origin": "someone-else"})
    with pytest.raises(ValidationError, match=r"^kind: 'incident' does not match 'unit'"):
        editor.update(unit.id, {"kind": "incident"})
    with pytest.raises(ValidationError, match=r"^kind: 'vehicle' is not a record kind"):
        editor.add("vehicle", {})


def test_shown_json_can_be_edited_and_sent_back(editor: Editor):
    incident = editor.add("incident", incident_data(actors=["Northern Forces"]))
    shown = editor.show(incident.id)
    shown["title"] = "Mortar impact"
    updated = editor.update(incident.id, shown)
    assert updated.title == "Mortar impact" and updated.actors == ("Northern Forces",)


def test_an_update_that_changes_nothing_writes_nothing(editor: Editor, store: MissionStore):
    incident = editor.add("incident", incident_data())
    seq, digest = store.last_change_seq(), store.digest()
    same = editor.update(incident.id, {"title": "Small-arms fire heard", "lat": "33.25"})
    assert same == incident
    assert (store.last_change_seq(), store.digest()) == (seq, digest)


def test_form_text_is_accepted_where_unambiguous(editor: Editor):
    unit = editor.add("unit", unit_data(strength="650", echelon=""))
    assert unit.strength == 650 and unit.echelon is None
    incident = editor.add(
        "incident",
        incident_data(
            lat="33.25",
            lon="35,5",
            severity="4",
            fatalities="",
            actors="Northern Forces, , Southern Army",
            occurred_start="051430ZMAR26",
            reported_at="2026-03-05T15:00",  # no zone: UTC
            precision_m="",
            weapon_class="",
            releasable_to="mission, NPL",
        ),
    )
    assert (incident.lat, incident.lon, incident.severity) == (33.25, 35.5, 4)
    assert incident.fatalities == 0 and incident.precision_m is None
    assert incident.weapon_class is None
    assert incident.actors == ("Northern Forces", "Southern Army")
    assert incident.occurred_start == datetime(2026, 3, 5, 14, 30, tzinfo=UTC)
    assert incident.reported_at == datetime(2026, 3, 5, 15, 0, tzinfo=UTC)
    assert incident.releasable_to == ("MISSION", "NPL")


@pytest.mark.parametrize(
    "location",
    [
        "33.25, 35.5",
        "33°15'00\"N 35°30'00\"E",
        "331500N 0353000E",
        "N33 15.0 E035 30.0",
        {"type": "Point", "coordinates": [35.5, 33.25]},
    ],
)
def test_locations_in_any_notation(editor: Editor, location: Any):
    key = "geometry" if isinstance(location, dict) else "location"
    data = {k: v for k, v in incident_data().items() if k not in ("lat", "lon")}
    incident = editor.add("incident", {**data, key: location})
    assert incident.lat == pytest.approx(33.25) and incident.lon == pytest.approx(35.5)


def test_mgrs_location_and_the_other_forms_shown_back(editor: Editor):
    reference = to_mgrs(33.25, 35.5)  # 1 m square
    data = {k: v for k, v in incident_data().items() if k not in ("lat", "lon")}
    incident = editor.add("incident", {**data, "location": reference})
    assert incident.lat == pytest.approx(33.25, abs=2e-5)
    assert incident.lon == pytest.approx(35.5, abs=2e-5)
    assert to_mgrs(incident.lat, incident.lon) == reference
    assert format_dms(incident.lat, incident.lon) == "33°15'00.0\"N 035°30'00.0\"E"


def test_location_that_contradicts_lat_lon_is_refused(editor: Editor):
    problems = editor.validate("incident", incident_data(location="34.0, 36.0"))
    assert problems == [
        FieldProblem("location", "gives a different position from lat; give one of them")
    ]
    assert editor.validate("incident", incident_data(location="33.25, 35.5")) == []


def test_moving_a_unit_grows_its_track_and_sets_its_current_position(
    editor: Editor, store: MissionStore
):
    unit = editor.add("unit", unit_data())
    now = datetime.now(UTC)
    first = editor.move_unit(unit.id, 33.10, 35.20, observed_at=now - timedelta(hours=2))
    second = editor.move_unit(unit.id, 33.12, 35.25, accuracy_m=10, method="gps")
    late = editor.move_unit(unit.id, 33.00, 35.00, observed_at=now - timedelta(hours=1))
    track = store.query("position_report", unit_id=unit.id)
    assert [r.id for r in track] == [first.id, late.id, second.id]
    current = store.current_positions()[unit.id]
    # The latest observation is the current position, even if a late report arrives after it.
    assert current.id == second.id and (current.lat, current.lon) == (33.12, 35.25)
    assert second.method == "gps" and second.accuracy_m == 10.0 and first.method == "manual"


def test_moving_a_unit_refuses_the_future_and_positions_off_the_globe(
    editor: Editor, store: MissionStore
):
    unit = editor.add("unit", unit_data())
    before = dump(store.path)
    with pytest.raises(ValidationError, match=r"^observed_at: .* is in the future$"):
        editor.move_unit(unit.id, 33.1, 35.2, observed_at=datetime.now(UTC) + timedelta(hours=1))
    with pytest.raises(ValidationError, match=r"^lat: 95 is not a latitude"):
        editor.move_unit(unit.id, 95, 35.2)
    with pytest.raises(ValidationError, match=r"^lon: 200 is not a longitude"):
        editor.move_unit(unit.id, 33, 200)
    with pytest.raises(NotFoundError):
        editor.move_unit("no-such-unit", 33, 35)
    assert dump(store.path) == before
    # Clocks drift a little: a fix two minutes ahead is accepted.
    editor.move_unit(unit.id, 33.1, 35.2, observed_at=datetime.now(UTC) + timedelta(minutes=2))


def test_incident_workflow_allows_only_its_transitions(editor: Editor):
    incident = editor.add("incident", incident_data())
    assert incident.status == "reported"
    assert editor.set_incident_status(incident.id, "disputed").status == "disputed"
    assert editor.set_incident_status(incident.id, "confirmed").status == "confirmed"
    with pytest.raises(
        ValidationError,
        match=r"^status: a confirmed incident cannot become reported; it can become disputed, "
        "closed$",
    ):
        editor.set_incident_status(incident.id, "reported")
    assert editor.set_incident_status(incident.id, "closed").status == "closed"
    # Reopened when new information arrives.
    assert editor.set_incident_status(incident.id, "reported").status == "reported"
    with pytest.raises(ValidationError, match="already reported"):
        editor.set_incident_status(incident.id, "reported")
    with pytest.raises(ValidationError, match="'solved' is not an incident status"):
        editor.set_incident_status(incident.id, "solved")
    # A plain update goes through the same workflow.
    editor.set_incident_status(incident.id, "closed")
    with pytest.raises(ValidationError, match="a closed incident cannot become confirmed"):
        editor.update(incident.id, {"status": "confirmed"})


def test_every_status_has_a_way_on():
    from app.domain.taxonomy import INCIDENT_STATUSES

    assert set(INCIDENT_TRANSITIONS) == set(INCIDENT_STATUSES)
    for old, new in INCIDENT_TRANSITIONS.items():
        assert new and old not in new and set(new) <= set(INCIDENT_STATUSES)


def test_the_change_log_names_the_editing_unit(store: MissionStore):
    nepal = Editor(store, editing_unit="NEPBATT 1")
    unit = nepal.add("unit", unit_data())
    india = Editor(store, editing_unit="INDBATT 2")
    india.update(unit.id, {"callsign": "Tiger"})
    india.delete(unit.id)
    default = Editor(store)
    default.restore(unit)
    log = [(c.op, c.unit, c.record_id) for c in store.changes_since(0)]
    assert log == [
        ("create", "NEPBATT 1", unit.id),
        ("update", "INDBATT 2", unit.id),
        ("delete", "INDBATT 2", unit.id),
        ("update", store.origin, unit.id),
    ]
    # The record keeps the unit that created it.
    assert store.get("unit", unit.id).origin == store.origin


def test_failed_edits_leave_the_database_byte_identical(editor: Editor, store: MissionStore):
    unit = editor.add("unit", unit_data())
    incident = editor.add("incident", incident_data(reporting_unit_id=unit.id))
    before, digest = dump(store.path), store.digest()
    attempts = [
        lambda: editor.add("incident", incident_data(lat=200)),
        lambda: editor.add("incident", incident_data(id=incident.id)),
        lambda: editor.update(incident.id, {"reporting_unit_id": "ghost"}),
        lambda: editor.update(incident.id, {"title": " "}),
        lambda: editor.update("no-such-record", {"title": "x"}),
        lambda: editor.set_incident_status(incident.id, "reported"),
        lambda: editor.delete("no-such-record"),
        lambda: editor.add("position_report", {"unit_id": unit.id, "lat": 1}),
    ]
    for attempt in attempts:
        with pytest.raises((ValidationError, NotFoundError)):
            attempt()
    assert store.digest() == digest
    assert dump(store.path) == before


def test_an_id_given_on_add_is_kept_and_never_reused(editor: Editor):
    unit = editor.add("unit", unit_data(id="unit-nepbatt-1"))
    assert unit.id == "unit-nepbatt-1"
    editor.delete(unit.id)
    with pytest.raises(ValidationError, match=r"^id: a record with id unit-nepbatt-1 already"):
        editor.add("unit", unit_data(id="unit-nepbatt-1"))


def test_show_gives_the_documented_json(editor: Editor):
    area = editor.add("patrol_area", {"name": "PA North", "geometry": AREA})
    shown = editor.show(area.id)
    assert shown["kind"] == "patrol_area" and shown["id"] == area.id
    assert shown["geometry"]["type"] == "Polygon"
    assert shown["created_at"] == format_utc(area.created_at)
    incident = editor.add("incident", incident_data())
    assert editor.show(incident.id)["attachments_info"] == []


def test_records_come_back_as_their_classes(editor: Editor):
    unit = editor.add("unit", unit_data())
    report = editor.move_unit(unit.id, 33, 35)
    incident = editor.add("incident", incident_data())
    assert isinstance(unit, Unit) and isinstance(report, PositionReport)
    assert isinstance(incident, Incident)
    assert editor.editing_unit == "NEPBATT 1"


def test_the_documented_schema_names_every_field_and_choice(editor: Editor):
    """docs/schema.md is the contract scripts are written against: it must not fall behind."""
    text = (Path(__file__).parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
    sections = text.split("\n### ")
    for kind in KINDS:
        (section,) = [s for s in sections if s.startswith(f"3.{KINDS.index(kind) + 1} `{kind}`")]
        for spec in editor.field_specs(kind):
            if spec.name in ("id", "classification", "releasable_to"):
                assert f"`{spec.name}`" in text  # the envelope table
                continue
            assert f"`{spec.name}`" in section, (kind, spec.name)
            if spec.name not in ("category",):
                for choice in spec.choices:
                    assert str(choice) in section, (kind, spec.name, choice)
    for old, new in INCIDENT_TRANSITIONS.items():
        assert f"| `{old}` | " + ", ".join(f"`{s}`" for s in new) in text


def test_field_specs_tell_a_form_what_to_offer(editor: Editor):
    specs = {s.name: s for s in editor.field_specs("incident")}
    assert specs["title"].required and specs["title"].type == "text"
    assert specs["occurred_start"].type == "time"
    assert "ceasefire_violation" in specs["category"].choices
    assert specs["source_reliability"].choices == ("A", "B", "C", "D", "E", "F")
    assert specs["precision_m"].unit == "metres" and specs["reporting_unit_id"].references == "unit"
    assert specs["severity"].default == 2
    assert "version" not in specs and "origin" not in specs
    area = {s.name: s for s in editor.field_specs("patrol_area")}
    assert area["geometry"].type == "geometry" and area["geometry"].required
