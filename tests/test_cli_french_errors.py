"""``bluehelmet --lang fr``: the errors a user meets in feeds, reports and basemaps come back as
one French line and a non-zero exit, and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import app.i18n
from app.cli.main import main
from app.feeds.definitions import feeds_path


@pytest.fixture(autouse=True)
def french() -> Iterator[None]:
    """``--lang fr`` sets the process's language: give it back afterwards."""
    saved = list(app.i18n._process_language)
    yield
    app.i18n._process_language[:] = saved


def error_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--lang", "fr", *args]) != 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_a_feed_with_a_bad_address_is_refused_in_french(capsys: pytest.CaptureFixture[str]):
    line = error_line(capsys, "feed", "add", "SA group", "ftp://10.0.0.1:6969")
    assert "ftp://10.0.0.1:6969 : une adresse de flux commence par udp://, tcp:// ou tls://" in line
    line = error_line(capsys, "feed", "add", "SA group", "udp://10.0.0.1:6969?colour=red")
    assert "les flux udp ne prennent pas l'option 'colour'" in line
    assert not feeds_path().exists()


def test_a_report_over_a_bad_period_is_refused_in_french(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    out = tmp_path / "sitrep.html"
    line = error_line(capsys, "report", "sitrep", "--since", "soon", "--out", str(out))
    assert "'soon' n'est pas une durée ; donnez par exemple 24h, 2d ou 90m" in line
    line = error_line(capsys, "report", "sitrep", "--since", "0h", "--out", str(out))
    assert "'0h' doit être supérieur à 0 et d'au plus un an" in line
    assert not out.exists()


def test_an_online_basemap_with_a_bad_address_is_refused_in_french(
    capsys: pytest.CaptureFixture[str],
):
    line = error_line(capsys, "basemap", "add-online", "topo", "ftp://tiles.example/{z}/{x}/{y}")
    assert "doit commencer par http:// ou https://" in line
    line = error_line(capsys, "basemap", "add-online", "topo", "https://tiles.example/{z}/{x}")
    assert "il manque {y}" in line
    assert main(["basemap", "list", "--json"]) == 0
    assert "topo" not in capsys.readouterr().out


def test_a_basemap_that_is_not_there_or_not_a_tile_set_is_refused_in_french(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    line = error_line(capsys, "basemap", "remove", "nope")
    assert "Aucun fond de carte d'identifiant « nope »." in line
    junk = tmp_path / "junk.mbtiles"
    junk.write_bytes(b"not a tile set")
    line = error_line(capsys, "basemap", "import", str(junk))
    assert "junk.mbtiles : ce n'est pas un jeu de tuiles MBTiles (" in line
    line = error_line(capsys, "basemap", "import", str(tmp_path / "gone.mbtiles"))
    assert "Fichier de jeu de tuiles introuvable : " in line
    assert main(["basemap", "list", "--json"]) == 0
    assert "junk" not in capsys.readouterr().out
