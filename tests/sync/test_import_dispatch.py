"""`bluehelmet import FILE` recognises a sync package by content and hands it to the sync import:
same output, same refusals, --dry-run honoured, --as refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app.cli import main
from app.store import open_store
from app.sync.package import looks_like_package


def test_a_package_is_recognised_by_content_whatever_its_name(exchange, tmp_path: Path):
    _, package = exchange
    assert looks_like_package(package)
    renamed = tmp_path / "picture.geojson"
    renamed.write_bytes(package.read_bytes())
    assert looks_like_package(renamed)
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("manifest.json", json.dumps({"format": "something-else"}))
    assert not looks_like_package(other_zip)
    geojson = tmp_path / "f.geojson"
    geojson.write_text('{"type": "FeatureCollection", "features": []}')
    assert not looks_like_package(geojson)
    assert not looks_like_package(tmp_path / "missing.bhpkg")
    assert not looks_like_package(tmp_path)


def test_import_gives_the_same_output_as_sync_import(exchange, capsys, tmp_path: Path):
    be, package = exchange
    be("b")
    assert main(["sync", "import", str(package), "--dry-run"]) == 0
    via_sync = capsys.readouterr().out
    assert main(["import", str(package), "--dry-run"]) == 0
    via_import = capsys.readouterr().out
    assert via_import == via_sync and "Dry run: nothing was written." in via_import
    with open_store(tmp_path / "b.db") as store:
        assert store.record_count() == 0  # the dry run wrote nothing
    assert main(["import", str(package)]) == 0
    assert "Imported p.bhpkg from UNIT A" in capsys.readouterr().out
    with open_store(tmp_path / "b.db") as store:
        assert [i.title for i in store.query("incident")] == ["from A"]
    assert main(["import", str(package)]) == 0
    assert "already imported" in capsys.readouterr().out


def test_as_is_refused_for_a_package(exchange, capsys, tmp_path: Path):
    be, package = exchange
    be("b")
    assert main(["import", str(package), "--as", "incident"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: p.bhpkg is a signed sync package") and "--as" in err
    with open_store(tmp_path / "b.db") as store:
        assert store.record_count() == 0


def test_refusals_are_the_sync_import_refusals(exchange, capsys, tmp_path: Path):
    be, package = exchange
    be("a")  # a package A made for B: not addressed to A
    assert main(["import", str(package)]) == 1
    assert capsys.readouterr().err.startswith("Error: package p.bhpkg refused")
    be("b")
    tampered = tmp_path / "tampered.bhpkg"
    data = bytearray(package.read_bytes())
    data[-200] ^= 0x01
    tampered.write_bytes(bytes(data))
    assert main(["import", str(tampered)]) == 1
    assert capsys.readouterr().err.startswith("Error: package tampered.bhpkg refused")
    with open_store(tmp_path / "b.db") as store:
        assert store.record_count() == 0


def test_other_files_still_go_to_the_generic_importer(exchange, capsys, tmp_path: Path):
    be, _ = exchange
    be("b")
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("notes.txt", "minutes of the meeting")
    assert main(["import", str(other_zip)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: other.zip: not a format") and "package" not in err
    geojson = tmp_path / "f.geojson"
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    # The generic importer answers it (an empty file is refused with its reason, not a package).
    assert main(["import", str(geojson)]) == 1
    assert "f.geojson: the file holds no features to import" in capsys.readouterr().err
