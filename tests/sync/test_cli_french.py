"""The command line's own messages in the reader's language: ``bluehelmet --lang fr …`` refuses
a tampered package, reports identity steps and backups in French, on one line each where it
refuses, and the English lines stay as they were."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from app.cli import main


def _tampered(package: Path) -> Path:
    """The same package with one record's text changed after it was signed."""
    bad = package.with_name("tampered.bhpkg")
    with (
        zipfile.ZipFile(package) as source,
        zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("records/"):
                data = data.replace(b"from A", b"from X")
            out.writestr(info, data)
    return bad


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_tampered_package_is_refused_in_french_on_one_line(
    exchange, capsys: pytest.CaptureFixture[str]
):
    be, package = exchange
    bad = _tampered(package)
    be("b")
    db = package.parent / "b.db"
    assert main(["digest"]) == 0
    digest = capsys.readouterr().out
    before = _file_digest(db)
    assert main(["--lang", "fr", "sync", "import", str(bad)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and captured.out == ""
    assert lines[0].startswith("Erreur")
    assert "paquet tampered.bhpkg refusé" in lines[0]
    assert "ne correspond pas à son SHA-256 dans le manifeste (altéré ou endommagé)" in lines[0]
    assert "does not match" not in lines[0]
    assert _file_digest(db) == before
    assert main(["digest"]) == 0
    assert capsys.readouterr().out == digest
    # The same refusal in English is unchanged.
    assert main(["--lang", "en", "sync", "import", str(bad)]) == 1
    assert "does not match its SHA-256 in the manifest (altered or damaged)" in (
        capsys.readouterr().err
    )


def test_identity_steps_are_reported_in_french(
    exchange, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    be, _ = exchange
    be("c")
    assert main(["--lang", "fr", "identity", "init", "--unit", "BATFRA 3", "--nation", "FRA"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Identité créée pour BATFRA 3 (FRA) ; empreinte :")
    # A second identity without --force: refused, in French, on one line.
    assert main(["--lang", "fr", "identity", "init", "--unit", "BATFRA 4", "--nation", "FRA"]) != 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "une identité existe déjà dans" in err[0], err
    assert "utilisez --force pour la remplacer" in err[0]
    # Trusting a card: its fields and the confirmation in French.
    assert main(["--lang", "fr", "keys", "trust", str(tmp_path / "a.key.json")]) == 0
    shown = capsys.readouterr().out
    assert "unité :      UNIT A" in shown and "empreinte :" in shown
    assert "UNIT A (NPL, org. UN) approuvé" in shown


def test_a_backup_line_in_french_and_in_english(
    exchange, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    be, _ = exchange
    be("b")
    french, english = tmp_path / "fr-backup.db", tmp_path / "en-backup.db"
    assert main(["--lang", "fr", "backup", "--out", str(french)]) == 0
    out = capsys.readouterr().out
    assert f"sauvegardée dans {french} (" in out and " Mo)" in out
    assert "Backed up" not in out
    assert main(["--lang", "en", "backup", "--out", str(english)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Backed up ") and f" to {english} (" in out and " MB)" in out
    assert french.is_file() and english.is_file()
