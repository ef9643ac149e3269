"""Attachments: stored in the database by content hash, with a size limit and a media type read
from the content; and the schema step that gave incidents their attachments field."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.records import Incident
from app.domain.serialize import content_hash
from app.editing import MAX_ATTACHMENT_BYTES, Editor
from app.editing.attachments import clean_file_name, sniff_media_type
from app.errors import NotFoundError, ValidationError
from app.store import migrations, open_store
from app.store.store import MissionStore


def tiny_png() -> bytes:
    """A real 1×1 PNG, made by hand."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MissionStore]:
    with open_store(tmp_path / "mission.db") as opened:
        yield opened


@pytest.fixture
def editor(store: MissionStore) -> Editor:
    return Editor(store, editing_unit="NEPBATT 1")


@pytest.fixture
def incident(editor: Editor) -> Incident:
    record = editor.add(
        "incident",
        {
            "title": "Mortar impact",
            "category": "indirect_fire",
            "occurred_start": "2026-03-05T14:30Z",
            "location": "33.25, 35.5",
        },
    )
    assert isinstance(record, Incident)
    return record


def test_a_photo_is_stored_by_its_hash_and_opens_from_the_incident(
    editor: Editor, incident: Incident, tmp_path: Path
):
    photo = tmp_path / "crater.png"
    photo.write_bytes(tiny_png())
    info = editor.attach(incident.id, photo)
    assert info.sha256 == hashlib.sha256(tiny_png()).hexdigest()
    assert (info.file_name, info.media_type, info.size) == (
        "crater.png",
        "image/png",
        len(tiny_png()),
    )
    assert editor.get(incident.id).attachments == (info.sha256,)
    assert editor.attachments_of(incident.id) == [info]
    opened_info, data = editor.attachment(info.sha256)
    assert opened_info == info and data == tiny_png()
    assert editor.show(incident.id)["attachments_info"] == [info.to_dict()]


def test_the_same_content_twice_is_one_blob(
    editor: Editor, store: MissionStore, incident: Incident
):
    first = editor.attach(incident.id, data=PDF, file_name="report.pdf")
    version = editor.get(incident.id).version
    again = editor.attach(incident.id, data=PDF, file_name="copy of report.pdf")
    assert again == first  # the first name stays
    assert editor.get(incident.id).version == version  # nothing new to record
    other = editor.add(
        "incident",
        {
            "title": "Second impact",
            "category": "indirect_fire",
            "occurred_start": "2026-03-05T15:00Z",
            "location": "33.26, 35.51",
        },
    )
    editor.attach(other.id, data=PDF, file_name="report.pdf")
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    assert editor.get(other.id).attachments == (first.sha256,)


def test_the_media_type_comes_from_the_content_not_the_name(editor: Editor, incident: Incident):
    renamed = editor.attach(incident.id, data=JPEG, file_name="evidence.pdf")
    assert renamed.media_type == "image/jpeg"
    program = editor.attach(incident.id, data=b"MZ\x90\x00\x03\x00\x00\x00", file_name="a.jpg")
    assert program.media_type == "application/octet-stream"
    note = editor.attach(incident.id, data="Témoin: deux tirs\n".encode(), file_name="note.txt")
    assert note.media_type == "text/plain"
    assert [a.sha256 for a in editor.attachments_of(incident.id)] == [
        renamed.sha256,
        program.sha256,
        note.sha256,
    ]


@pytest.mark.parametrize(
    ("data", "name", "media_type"),
    [
        (b"GIF89a\x01\x00", "x", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "x", "image/webp"),
        (b"\x00\x00\x00\x18ftypheic", "x", "image/heic"),
        (b"\x00\x00\x00\x18ftypmp42", "x", "video/mp4"),
        (b"PK\x03\x04rest", "brief.docx", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.document"),
        (b"PK\x03\x04rest", "x.zip", "application/zip"),
        (b'{"a": 1}', "data.json", "application/json"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "x", "image/svg+xml"),
    ],
)  # fmt: skip
def test_media_types_recognised(data: bytes, name: str, media_type: str):
    assert sniff_media_type(data, name) == media_type


def test_size_limit_and_empty_files_are_refused_with_nothing_written(
    editor: Editor, store: MissionStore, incident: Incident, tmp_path: Path
):
    digest = store.digest()
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match=r"^attachment: .*video.mp4 is 25.0 MiB; the limit"):
        editor.attach(incident.id, big)
    with pytest.raises(ValidationError, match="is empty"):
        editor.attach(incident.id, data=b"", file_name="empty.txt")
    with pytest.raises(NotFoundError, match="no such file"):
        editor.attach(incident.id, tmp_path / "missing.jpg")
    with pytest.raises(NotFoundError):
        editor.attach("no-such-incident", data=JPEG, file_name="x.jpg")
    assert store.digest() == digest
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    # Exactly at the limit is fine.
    info = editor.attach(incident.id, data=b"\x00" * MAX_ATTACHMENT_BYTES, file_name="blob.bin")
    assert info.size == MAX_ATTACHMENT_BYTES


def test_only_incidents_take_attachments(editor: Editor):
    unit = editor.add("unit", {"designation": "X", "nation": "NPL", "sidc": "10031000161211000000"})
    with pytest.raises(ValidationError, match="only incidents and map items have files"):
        editor.attach(unit.id, data=JPEG, file_name="x.jpg")


def test_detach_takes_it_off_and_undo_brings_it_back(editor: Editor, incident: Incident):
    info = editor.attach(incident.id, data=JPEG, file_name="x.jpg")
    with_photo = editor.get(incident.id)
    detached = editor.detach(incident.id, info.sha256)
    assert detached.attachments == ()
    assert editor.attachment(info.sha256)[1] == JPEG  # the bytes stay for history and undo
    assert editor.restore(with_photo).attachments == (info.sha256,)
    with pytest.raises(NotFoundError):
        editor.detach(incident.id, "0" * 64)


def test_attachment_edits_land_in_the_change_log_with_the_editing_unit(
    editor: Editor, store: MissionStore, incident: Incident
):
    seq = store.last_change_seq()
    info = editor.attach(incident.id, data=JPEG, file_name="x.jpg")
    Editor(store, editing_unit="INDBATT 2").detach(incident.id, info.sha256)
    assert [(c.op, c.unit) for c in store.changes_since(seq)] == [
        ("update", "NEPBATT 1"),
        ("update", "INDBATT 2"),
    ]


def test_attachments_field_must_name_stored_digests(editor: Editor, incident: Incident):
    problems = editor.validate_update(incident.id, {"attachments": ["abc"]})
    assert problems[0].field == "attachments" and "not a SHA-256 digest" in problems[0].message
    unknown = "a" * 64
    with pytest.raises(ValidationError, match=f"no attachment {unknown} here"):
        editor.update(incident.id, {"attachments": [unknown]})
    with pytest.raises(ValidationError, match="not a SHA-256 digest"):
        Incident(**{**_fields(incident), "attachments": ("A" * 64,)})


def _fields(incident: Incident) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(incident, f.name) for f in fields(incident)}


@pytest.mark.parametrize(
    ("name", "cleaned"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\photo.jpg", "photo.jpg"),
        ("bad\x1b[31mname.txt", "bad[31mname.txt"),
        ("", "attachment"),
        (".hidden", "hidden"),
        ("x" * 300 + ".jpeg", "x" * 195 + ".jpeg"),
    ],
)
def test_file_names_are_cleaned(name: str, cleaned: str):
    assert clean_file_name(name) == cleaned


def test_step_five_adds_attachments_and_rehashes_existing_incidents(tmp_path: Path):
    """A database written before incidents had attachments upgrades with correct hashes."""
    path = tmp_path / "v4.db"
    with open_store(path) as store:
        editor = Editor(store)
        unit = editor.add(
            "unit", {"designation": "X", "nation": "NPL", "sidc": "10031000161211000000"}
        )
        ids = []
        for n in range(3):
            incident = editor.add(
                "incident",
                {
                    "title": f"Impact {n} «é»",
                    "category": "indirect_fire",
                    "occurred_start": "2026-03-05T14:30Z",
                    "lat": 33.25 + n / 100,
                    "lon": 35.5,
                    "actors": ["Northern Forces"],
                    "precision_m": 100,
                    "reporting_unit_id": unit.id,
                },
            )
            ids.append(incident.id)
        editor.delete(ids[2])
    # Turn it back into a step-4 database: no column, hashes of the old canonical form.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("ALTER TABLE incidents DROP COLUMN attachments")
    conn.execute("UPDATE incidents SET content_hash = 'old'")
    for table in ("map_items_rtree", "map_items"):  # made by a later step
        conn.execute(f"DROP TABLE {table}")
    for table in ("patrol_areas", "patrols", "ceasefire_lines", "incidents"):  # a later step
        conn.execute(f"ALTER TABLE {table} DROP COLUMN text_lang")
    conn.execute("PRAGMA user_version = 4")
    conn.close()

    # Commands that only look do not upgrade; they still read the older rows.
    with open_store(path, readonly=True) as store:
        assert store.schema_version == 4
        assert store.get("incident", ids[0]).attachments == ()

    with open_store(path) as store:
        assert store.schema_version == migrations.LATEST >= 5
        report = store.check()
        assert report.healthy, report.errors
        for record_id in ids:
            record = store.get("incident", record_id)
            assert isinstance(record, Incident) and record.attachments == ()
            row = store.conn.execute(
                "SELECT content_hash FROM incidents WHERE id = ?", (record_id,)
            ).fetchone()
            assert row[0] == content_hash(record)
        assert store.get("incident", ids[2]).deleted
