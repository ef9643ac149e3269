"""The desktop application on a headquarters database: File → Open headquarters database…
takes its address, the window shows the mission's incidents in the table and on the map, the
recent list keeps the address without its password, and briefing outputs draw from it.

The throwaway server comes from tests/postgis (its fixtures, loaded here by path).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factories import incident, position, unit

pytestmark = pytest.mark.webengine

_spec = importlib.util.spec_from_file_location(
    "postgis_cluster_fixtures_gui", Path(__file__).parents[1] / "postgis" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_cluster = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _cluster
_spec.loader.exec_module(_cluster)
pg_cluster = _cluster.pg_cluster
pg_url = _cluster.pg_url


@pytest.fixture
def hq_mission(pg_url: str) -> str:
    """A PostGIS mission with a unit, its position and five incidents of the last hours."""
    from app.store.postgis import PostgisStore

    recent = datetime.now(UTC) - timedelta(hours=2)
    with PostgisStore(pg_url) as store:
        force = unit(designation="FORCE HQ")
        store.save_many(
            [
                force,
                position(force.id),
                *(
                    incident(
                        title=f"Shelling near OP {i}", lon=35.5 + i / 50, occurred_start=recent
                    )
                    for i in range(5)
                ),
            ]
        )
    return pg_url


def with_password(url: str) -> str:
    """The same address with a password in it (the test server trusts its socket)."""
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:s3cret-word@{host}"


def test_the_window_opens_a_headquarters_database_by_its_address(qtbot, hq_mission: str):
    from fakes import ScriptedDialogs

    from app.ui.main_window import MainWindow

    dialogs = ScriptedDialogs()
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    address = with_password(hq_mission)
    dialogs.answer(address)
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.choose_server_database()
    assert dialogs.errors == []
    assert window.store is not None and window.store.engine == "postgis"
    qtbot.waitUntil(lambda: window.incident_table.model.total == 5, timeout=20_000)
    qtbot.waitUntil(lambda: window.map_view.last_counts.get("incidents") == 5, timeout=20_000)
    assert window.map_view.last_counts.get("units") == 1
    recent = window.recent_databases()
    assert recent[0] == hq_mission  # the address without its password
    assert all("s3cret" not in entry for entry in recent)
    assert "s3cret" not in window.db_label.toolTip()
    assert (hq_mission, hq_mission) in window.missions.recent_missions()
    # An edit in the window goes to the server.
    from app.store.postgis import PostgisStore

    target = window.store.query("incident")[0]
    window.session.store.save(target.evolve(title="Edited at the JOC"))
    with PostgisStore(hq_mission) as other:
        assert other.get("incident", target.id).title == "Edited at the JOC"
    window.close()


def test_a_bad_address_is_refused_in_one_line(qtbot):
    from fakes import ScriptedDialogs

    from app.ui.main_window import MainWindow

    dialogs = ScriptedDialogs()
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    dialogs.answer("mysql://joc@hq/sector_east")
    window.choose_server_database()
    assert len(dialogs.errors) == 1 and "postgresql://" in dialogs.errors[0]
    assert "\n" not in dialogs.errors[0] and window.store is None
    window.close()


def test_render_png_and_sitrep_pdf_from_a_headquarters_database(hq_mission: str, tmp_path: Path):
    from PySide6.QtGui import QImage

    png, pdf = tmp_path / "hq.png", tmp_path / "sitrep.pdf"
    for args in (
        ["render", "--out", str(png), "--size", "900x600"],
        ["report", "sitrep", "--since", "24h", "--out", str(pdf)],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--db", hq_mission, *args],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (900, 600)
    assert pdf.read_bytes().startswith(b"%PDF")
