"""The language tag of free text in the store, on both engines: kept, read back, part of the
content hash, searched past, upgraded into, and kept by ``db copy`` between the engines."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factories import area, incident, line, map_item, patrol, unit

from app.domain.serialize import content_hash
from app.store import Store, open_mission
from app.store.copy import copy_mission
from app.store.migrations import MIGRATIONS, TEXT_LANG_TABLES


def tagged_records():  # type: ignore[no-untyped-def]
    u = unit()
    return [
        u,
        incident(title="Tirs entendus", description="Deux rafales.", text_lang="fr"),
        incident(title="Mortar impact"),
        area(name="Zona norte", text_lang="pt-BR"),
        line(name="Line A", text_lang="en"),
        patrol(u.id, findings="لا شيء", text_lang="ar"),
        map_item(name="CP 12", notes="Manned", text_lang="en-GB"),
    ]


def test_the_tag_is_kept_and_read_back_as_saved(target: str):
    with open_mission(target) as s:
        saved = [s.save(r) for r in tagged_records()]
    with open_mission(target, readonly=True) as s:
        for record in saved:
            back = s.get(record.KIND, record.id)
            assert back == record
            assert getattr(back, "text_lang", None) == getattr(record, "text_lang", None)
        assert [r.text_lang for r in s.query("incident", text="rafales")] == ["fr"]
        assert s.check().healthy


def test_changing_only_the_tag_is_an_edit_with_a_new_content_hash(store: Store):
    first = store.save(incident(title="Tirs entendus"))
    tagged = store.save(first.evolve(text_lang="fr"))
    assert tagged.version != first.version
    assert content_hash(tagged) != content_hash(first)
    assert store.get("incident", first.id).text_lang == "fr"
    assert [c.op for c in store.changes_since() if c.record_id == first.id] == [
        "create", "update",
    ]  # fmt: skip


def test_db_copy_keeps_the_tags_both_ways(tmp_path: Path, pg_url: str):
    source_path = tmp_path / "site.db"
    with open_mission(source_path) as source:
        saved = [source.save(r) for r in tagged_records()]
        digest = source.digest()
        with open_mission(pg_url) as hq:
            copy_mission(source, hq)
            assert hq.digest() == digest
            assert [getattr(hq.get(r.KIND, r.id), "text_lang", None) for r in saved] == [
                getattr(r, "text_lang", None) for r in saved
            ]
            with open_mission(tmp_path / "back.db") as back:
                copy_mission(hq, back)
                assert back.digest() == digest
                assert back.get("incident", saved[1].id).text_lang == "fr"


def test_a_mission_made_before_the_tag_upgrades_with_its_digest_unchanged(tmp_path: Path):
    path = tmp_path / "old.db"
    with open_mission(path) as s:
        saved = [s.save(r) for r in tagged_records() if not getattr(r, "text_lang", "")]
        digest = s.digest()
    # The same mission as the step before the tag left it: no column, schema one step back.
    step = [m.__name__ for m in MIGRATIONS].index("_text_lang") + 1
    conn = sqlite3.connect(path, isolation_level=None)
    for table in TEXT_LANG_TABLES:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN text_lang")
    conn.execute(f"PRAGMA user_version = {step - 1}")
    conn.close()
    with open_mission(path) as s:
        assert s.schema_version == step
        assert s.digest() == digest
        assert [s.get(r.KIND, r.id) for r in saved] == saved
        assert s.get("incident", saved[1].id).text_lang == ""
        assert s.check().healthy
