"""Every command of the README's table against a ``postgresql://`` mission: each is run on
PostGIS by a test of tests/postgis (or tests/ui for the GUI and the drawn outputs), or needs no
mission at all. A command added to the README must be placed in one of these lists."""

from __future__ import annotations

from test_cli_readme import readme_commands

from app.cli.main import main

#: command (first words) → where a test runs it on a PostGIS mission.
RUN_ON_POSTGIS = {
    "init": "test_cli_on_postgis.py::test_init_and_places_find_on_postgis",
    "mission": "test_cli_on_postgis.py (mission settings and categories)",
    "stats": "test_db_copy.py",
    "check": "test_backup_and_check.py",
    "render": "test_cli_on_postgis.py::test_briefing_outputs_on_postgis, ui/test_postgis_gui.py",
    "report": "test_cli_on_postgis.py::test_briefing_outputs_on_postgis, ui/test_postgis_gui.py",
    "record": "test_cli_on_postgis.py, test_editor_roles.py",
    "backup": "test_backup_and_check.py",
    "restore": "test_backup_and_check.py",
    "analyse": "test_db_copy.py",
    "sync": "test_hq_sync.py, this file (sync authority)",
    "digest": "test_db_copy.py",
    "db": "test_db_copy.py",
    "users": "test_mission_users.py, test_editor_roles.py",
    "conflicts": "test_db_copy.py",
    "import": "test_cli_on_postgis.py::test_imports_orbat_and_attachments_on_postgis",
    "orbat": "test_cli_on_postgis.py::test_imports_orbat_and_attachments_on_postgis",
    "places": "test_cli_on_postgis.py::test_init_and_places_find_on_postgis",
    "export": "test_cli_on_postgis.py, test_hq_sync.py",
    "gui": "ui/test_postgis_gui.py",
    "demo": "test_demo_and_feeds_on_postgis.py",
    # listen, send, awaiting, confirm (list, add and remove keep no mission: feeds.json)
    "feed": "test_demo_and_feeds_on_postgis.py, ui/test_feeds_dock_on_postgis.py",
}
#: Commands that keep no mission (this installation's identity, keys, basemaps, feed list).
NO_MISSION = {"identity", "keys", "basemap"}


def test_every_readme_command_is_placed():
    names = {entry.split(" ", 1)[0] for entry in readme_commands()}
    placed = set(RUN_ON_POSTGIS) | NO_MISSION
    assert names - placed == set(), "README commands with no PostGIS test or reason"


def test_sync_authority_on_postgis(pg_url: str, capsys):
    assert main(["identity", "init", "--unit", "Sector East JOC", "--nation", "GHA"]) == 0
    capsys.readouterr()
    code = main(["--db", pg_url, "sync", "authority"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip()
