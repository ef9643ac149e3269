"""The wheel carries its assets: built from the sources, installed into a fresh virtual
environment, it renders the map from a folder far from the checkout, with no node_modules, no
network and no top-level ``resources`` package.

Offline by design: the wheel is built with ``--no-isolation`` (setuptools and build are dev
requirements), installed with ``--no-deps``, and the fresh environment reaches the already
installed dependencies (PySide6, folium, …) through a path file; ``app`` and ``maps`` come from
the wheel alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.webengine]
ROOT = Path(__file__).resolve().parents[1]
NODE_MODULES = ROOT / "resources" / "web" / "node_modules"

GUI_CHECK = """
import sys
from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.launch import prepare_qt_environment
prepare_qt_environment()
app = QApplication(sys.argv)
from app.ui.main_window import MainWindow
window = MainWindow()
window.show()
window.map_view.map_ready.connect(lambda info: (print("MAP READY", info["counts"]), app.exit(0)))
window.error_shown.connect(lambda message: (print("ERROR", message), app.exit(3)))
QTimer.singleShot(90_000, lambda: app.exit(2))
window.open_database(sys.argv[1])
sys.exit(app.exec())
"""


def run(args: list, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def source_copy(target: Path) -> Path:
    """The project's own files (what a clone holds), without .venv, build output or assets."""
    listed = run(["git", "ls-files", "-co", "--exclude-standard"], ROOT).splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file() and not name.startswith("resources/web/node_modules/"):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    # What `make setup` installed from the lock file; the build copies from here.
    (target / "resources" / "web" / "node_modules").symlink_to(NODE_MODULES)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / ".git").exists() or not NODE_MODULES.is_dir():
        pytest.skip("needs a git checkout with `make setup` done")
    work = tmp_path_factory.mktemp("wheel")
    source = source_copy(work / "src")
    dist = work / "dist"
    run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, source], work
    )
    (built,) = dist.glob("bluehelmet-*.whl")
    return built


def test_wheel_holds_its_web_assets_inside_our_package(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"app", "maps", f"{wheel.name.split('-py3')[0]}.dist-info"}
    assert "maps/web/leaflet/dist/leaflet.js" in names
    assert "maps/web/leaflet/dist/images/marker-icon.png" in names
    assert "maps/web/milsymbol/LICENSE" in names
    # Every page script the map document loads, the split bh-map parts included.
    static = {
        p.name for p in (Path(__file__).resolve().parents[1] / "maps" / "static").glob("*.js")
    }
    assert {f"maps/static/{name}" for name in static} <= set(names)
    assert "maps/static/bh-map-core.js" in names
    # Translations: the .ts sources the Qt-free layers read, the .qm files Qt loads.
    assert {"app/translations/bluehelmet_fr.ts", "app/translations/bluehelmet_fr.qm"} <= set(names)


def test_installed_wheel_renders_from_anywhere_without_checkout(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], tmp_path)
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
         "--no-index", wheel], tmp_path)  # fmt: skip
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    tmp_path).strip())  # fmt: skip
    # Dependencies from the development environment; its editable `app` finder is a .pth file
    # there, which a plain path line does not run.
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    assert not (site / "resources").exists()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("BLUEHELMET_WEB_ROOT", "PYTHONPATH", "VIRTUAL_ENV")
    }
    env.update(BLUEHELMET_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    found = run([python, "-c", "import app, maps.assets as a; print(app.__file__, a.web_root())"],
                elsewhere, env).split()  # fmt: skip
    assert all(Path(p).is_relative_to(site) for p in found), found
    assert str(ROOT) not in " ".join(found)
    bluehelmet = venv / "bin" / "bluehelmet"
    db = elsewhere / "mission.db"
    commands = run([bluehelmet, "--help"], elsewhere, env)
    if " init " in commands:  # a new, empty mission
        run([bluehelmet, "--db", db, "init", "--name", "Wheel test"], elsewhere, env)
    run([bluehelmet, "--db", db, "demo", "--size", "200"], elsewhere, env)
    run([bluehelmet, "--db", db, "render", "--out", "x.png", "--size", "800x500"], elsewhere, env)
    png = (elsewhere / "x.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    shown = run([python, "-c", GUI_CHECK, db], elsewhere, env)
    assert "MAP READY" in shown
