"""Wheel build step: the map's web assets go inside the ``maps`` package (``maps/web/``).

Everything else about the package is in ``pyproject.toml``. The assets are the npm packages
pinned by ``resources/web/package-lock.json``; when ``resources/web/node_modules`` is missing the
build runs ``npm ci`` there first (the only step that needs the npm registry). Only the files
named in ``maps/asset_table.py``, the files their stylesheets point at, and each package's
licence are copied, keeping their paths, so an installed wheel works with no checkout, no
``node_modules`` and no network. Editable installs (``pip install -e``) serve the checkout's
``node_modules`` instead and skip this step.

The translations go inside the ``app`` package (``app/translations/``): the ``.ts`` sources from
``resources/i18n`` (which the Qt-free layers read) and the ``.qm`` files ``pyside6-lrelease``
compiles from them for the GUI (never committed; ``make setup`` compiles them for a checkout).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
WEB = HERE / "resources" / "web"
NODE_MODULES = WEB / "node_modules"
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
I18N = HERE / "resources" / "i18n"
LICENCES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "license", "package.json")


def _asset_table() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("asset_table", HERE / "maps" / "asset_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.ASSETS)


def _ensure_node_modules() -> None:
    if NODE_MODULES.is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            f"{NODE_MODULES} is missing and npm is not installed: install Node.js/npm, or run "
            "`make setup` first (npm ci in resources/web)"
        )
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=WEB, check=True)


def _package_root(relative: str) -> str:
    parts = relative.split("/")
    return "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]


def copy_web_assets(target: Path) -> int:
    """Copy the registered assets into ``target``; returns how many files were copied."""
    _ensure_node_modules()
    wanted: set[str] = set()
    for relative in _asset_table().values():
        wanted.add(relative)
        source = NODE_MODULES / relative
        if not source.is_file():
            raise SystemExit(f"map asset {relative} is missing in {NODE_MODULES}: run npm ci")
        images = NODE_MODULES / Path(relative).parent / "images"
        if images.is_dir():  # Leaflet finds its marker images next to its own files
            wanted.update(p.relative_to(NODE_MODULES).as_posix() for p in images.iterdir())
        if relative.endswith(".css"):
            folder = Path(relative).parent
            for url in CSS_URL.findall(source.read_text(encoding="utf-8", errors="replace")):
                if url.startswith(("data:", "#", "http:", "https:", "//")):
                    continue
                path = (folder / url.split("?")[0].split("#")[0]).as_posix()
                resolved = Path(path)
                parts: list[str] = []
                for part in resolved.parts:
                    if part == "..":
                        parts.pop()
                    elif part != ".":
                        parts.append(part)
                if (NODE_MODULES / "/".join(parts)).is_file():
                    wanted.add("/".join(parts))
        for name in LICENCES:
            licence = f"{_package_root(relative)}/{name}"
            if (NODE_MODULES / licence).is_file():
                wanted.add(licence)
    if target.exists():
        shutil.rmtree(target)
    for relative in sorted(wanted):
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE_MODULES / relative, destination)
    return len(wanted)


def _lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease is missing: install PySide6 in the build environment")
    return found


def build_translations(target: Path) -> int:
    """Copy the ``.ts`` files into ``target`` and compile each to ``.qm``; returns how many."""
    target.mkdir(parents=True, exist_ok=True)
    sources = sorted(I18N.glob("*.ts"))
    for source in sources:
        shutil.copyfile(source, target / source.name)
        qm = target / (source.stem + ".qm")
        subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(qm)], check=True)
    return len(sources)


class BuildWithWebAssets(build_py):
    """``build_py`` that also puts the web assets into the built ``maps`` package and the
    translations into the built ``app`` package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False) or self.dry_run:
            return
        count = copy_web_assets(Path(self.build_lib) / "maps" / "web")
        print(f"copied {count} web asset files into maps/web")
        languages = build_translations(Path(self.build_lib) / "app" / "translations")
        print(f"compiled {languages} translation files into app/translations")


setup(cmdclass={"build_py": BuildWithWebAssets})
