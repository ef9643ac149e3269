"""Test-wide settings: headless Qt, and no test ever touches the user's real data folder.

With ``BLUEHELMET_NO_QT=1`` (``make test-core``) PySide6 cannot be imported at all: the domain,
store, sync, interop and analysis tests prove that the core runs without Qt.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
import tempfile


class _NoQt(importlib.abc.MetaPathFinder):
    """Refuses every PySide6 import, as if Qt were not installed."""

    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        if fullname == "PySide6" or fullname.startswith("PySide6."):
            raise ModuleNotFoundError(f"No module named {fullname!r} (BLUEHELMET_NO_QT is set)")
        return None


WITHOUT_QT = os.environ.get("BLUEHELMET_NO_QT") == "1"
if WITHOUT_QT:
    sys.meta_path.insert(0, _NoQt())

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Child processes started by module-scoped fixtures must not write to the real user folder either.
os.environ["BLUEHELMET_DATA_DIR"] = tempfile.mkdtemp(prefix="bluehelmet-tests-")
# Qt keeps UI settings (recent files, window layout) under XDG_CONFIG_HOME: never the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bluehelmet-tests-config-")
# Messages and outputs in English whatever the machine's locale; tests of French ask for it.
os.environ["BLUEHELMET_LANG"] = "en"
# Qt WebEngine's sandbox cannot run as root in containers.
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the per-user data folder and default database at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("BLUEHELMET_DATA_DIR", str(home))
    monkeypatch.setenv("BLUEHELMET_DB", str(home / "mission.db"))
    if not WITHOUT_QT:
        from PySide6.QtCore import QSettings

        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "qt")
        )
    yield home
    # A test that ran a command with --lang fr (in process) leaves the next one in English.
    from app.i18n import current_language, set_language

    if current_language() != "en":
        set_language("en")


@pytest.fixture(scope="session")
def gazetteer_folder(tmp_path_factory: pytest.TempPathFactory):
    """A data folder holding the real GeoNames index, built once per test run (~10 s)."""
    from app.places.world import ensure_index

    folder = tmp_path_factory.mktemp("gazetteer-data")
    ensure_index(folder)
    return folder
