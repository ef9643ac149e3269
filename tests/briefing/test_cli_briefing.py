"""The briefing commands, headless: `render --view` and `report sitrep`, as scripts call them."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from briefing_mission import END, make_mission

from app.briefing.views import SavedView, ViewStore
from app.store import open_store
from maps.assets import remote_references


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "m.db"
    make_mission(path)
    with open_store(path) as store:
        ViewStore(store).save(
            SavedView(name="Line A", bounds=(34.95, 32.85, 35.75, 33.35), theme="briefing")
        )
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_render_a_saved_view_as_html_offline_and_marked(mission: Path, tmp_path: Path):
    out = tmp_path / "line-a.html"
    result = run(mission, "render", "--view", "Line A", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "marked CONFIDENTIAL" in result.stdout
    html = out.read_text(encoding="utf-8")
    assert '"classification":"CONFIDENTIAL"' in html and "bhBrief" in html
    assert remote_references(html) == []
    assert "bh://local/" not in html


@pytest.mark.webengine
def test_render_a_saved_view_as_png_and_pdf(mission: Path, tmp_path: Path):
    from PySide6.QtGui import QImage

    from app.ui.outputs import pdf_page_count

    png, pdf = tmp_path / "line-a.png", tmp_path / "line-a.pdf"
    result = run(mission, "render", "--view", "Line A", "--out", str(png), "--size", "1200x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 800)
    result = run(mission, "render", "--view", "Line A", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf_page_count(pdf) == 1


@pytest.mark.webengine
def test_report_sitrep_as_html_and_pdf(mission: Path, tmp_path: Path):
    from app.ui.outputs import pdf_page_count

    html, pdf = tmp_path / "sitrep.html", tmp_path / "sitrep.pdf"
    window = ("--since", "24h", "--until", "051200ZMAR26")
    result = run(mission, "report", "sitrep", *window, "--out", str(html))
    assert result.returncode == 0, result.stderr
    assert "marked CONFIDENTIAL, 4 incidents" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert "041200ZMAR26 to 051200ZMAR26 (24 h)" in page
    assert page.count("data:image/png;base64,") == 1  # the map, inline
    result = run(mission, "report", "sitrep", "--until", END.isoformat(), "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf_page_count(pdf) >= 1


def test_report_sitrep_without_the_map_needs_no_qt(mission: Path, tmp_path: Path):
    out = tmp_path / "sitrep.html"
    result = run(mission, "report", "sitrep", "--since", "2d", "--until", "051200ZMAR26",
                 "--no-map", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "marked CONFIDENTIAL, 6 incidents" in result.stdout
    assert "data:image/png" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("render", "--view", "Nowhere", "--out", "x.png"), "Error: no saved view named 'Nowhere'"),
        (("render", "--out", "x.gif"), "Error: x.gif: give a .png, .pdf or .html file name"),
        (("report", "sitrep", "--out", "x.docx"), "Error: x.docx: give a .html or .pdf file name"),
        (("report", "sitrep", "--since", "yesterday", "--out", "x.html"), "Error: --since:"),
        (("report", "sitrep", "--until", "tomorrow", "--out", "x.html"), "Error: --until:"),
    ],
)
def test_bad_arguments_say_what_is_wrong_and_write_nothing(
    mission: Path, tmp_path: Path, args: tuple[str, ...], message: str
):
    before = digest(mission)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(mission), *args],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
    assert digest(mission) == before


def test_every_briefing_command_has_help():
    for args in (["render"], ["report"], ["report", "sitrep"]):
        result = subprocess.run(
            [sys.executable, "-m", "app", *args, "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0 and len(result.stdout) > 200


def test_report_sitrep_in_french_while_the_command_speaks_english(mission: Path, tmp_path: Path):
    out = tmp_path / "rapport.html"
    result = run(mission, "report", "sitrep", "--until", "051200ZMAR26", "--no-map",
                 "--lang", "fr", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "Rapport de situation quotidien" in page
    assert "du 041200ZMAR26 au 051200ZMAR26 (24 h)" in page  # DTGs unchanged
    assert "Violations du cessez-le-feu par ligne et par côté" in page


def test_the_cli_speaks_the_language_asked_for(mission: Path, tmp_path: Path):
    result = run(mission, "--lang", "fr", "report", "sitrep", "--out", "x.docx")
    assert "Erreur\u00a0: x.docx" in result.stderr
    result = run(mission, "--lang", "xx", "report", "sitrep", "--out", "x.html")
    assert result.returncode == 2 and "not an available language" in result.stderr
