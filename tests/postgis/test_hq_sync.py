"""The HQ on PostGIS is a sync peer: signed packages from a field unit's SQLite mission import
into it, and its own packages go back out, exactly as between two files."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

from factories import incident, unit

from app.editing import Editor
from app.store import open_mission
from app.sync.identity import TrustStore, new_key_pair
from app.sync.service import export_package, import_package

_numbers = itertools.count(1)


class Site:
    """One installation: its mission (a file or a PostGIS URL), identity, key and trust list."""

    def __init__(self, folder: Path, target: str, name: str, nation: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.store: Any = open_mission(target)
        self.identity, self.key = new_key_pair(name, nation, "UN")
        self.trust = TrustStore(folder / "trust.json")

    def meet(self, other: Site) -> None:
        self.trust.trust(other.identity)
        other.trust.trust(self.identity)

    def send(self, other: Site) -> Path:
        out = self.folder / f"to-{other.identity.unit}-{next(_numbers)}.bhpkg"
        partner = self.trust.find(other.identity.unit)
        export_package(self.store, self.identity, self.key, partner, out)
        return out

    def receive(self, path: Path) -> Any:
        return import_package(self.store, path, self.trust, identity=self.identity)


def test_field_unit_and_hq_on_postgis_exchange_packages_and_converge(tmp_path: Path, pg_url: str):
    field = Site(tmp_path / "field", str(tmp_path / "field" / "mission.db"), "NEPBATT 1", "NPL")
    hq = Site(tmp_path / "hq", pg_url, "Sector East JOC", "GHA")
    try:
        field.meet(hq)
        u = field.store.save(unit())
        reports = field.store.save_many([incident(reporting_unit_id=u.id) for _ in range(20)])
        photo = Editor(field.store).attach(reports[0].id, data=b"\xff\xd8photo", file_name="cp.jpg")

        summary = hq.receive(field.send(hq))
        assert summary.counts["incident"] == {"new": 20} and summary.conflicts == 0
        assert hq.store.digest() == field.store.digest()
        _, data = hq.store.get_attachment(photo.sha256)
        assert data == b"\xff\xd8photo"
        assert hq.receive(field.send(hq)).counts == {}  # nothing new the second time

        confirmed = hq.store.save(
            replace(hq.store.get("incident", reports[1].id), status="confirmed")
        )
        field.receive(hq.send(field))
        assert field.store.get("incident", reports[1].id) == confirmed
        assert hq.store.digest() == field.store.digest()

        # The same report edited at both ends before they exchange: a conflict at the HQ,
        # nothing lost, and both converge on the same versions once the HQ has decided.
        target = reports[2].id
        field.store.save(replace(field.store.get("incident", target), severity=5))
        hq.store.save(replace(hq.store.get("incident", target), severity=1))
        summary = hq.receive(field.send(hq))
        assert summary.conflicts == 1 and len(hq.store.conflicts()) == 1
        hq.store.resolve_conflict(hq.store.conflicts()[0].id, "remote")
        field.receive(hq.send(field))
        assert field.store.get("incident", target).severity == 5
        assert hq.store.digest() == field.store.digest()
        assert hq.store.check().healthy and field.store.check().healthy
    finally:
        field.store.close()
        hq.store.close()


def test_sync_commands_at_an_hq_on_postgis(tmp_path: Path, pg_url: str, capsys):
    from app.cli.main import main
    from app.sync.identity import export_card, read_card

    assert main(["identity", "init", "--unit", "Sector East JOC", "--nation", "GHA"]) == 0
    assert main(["keys", "export", "--out", str(tmp_path / "hq.card")]) == 0
    field = Site(tmp_path / "field", str(tmp_path / "field" / "mission.db"), "NEPBATT 1", "NPL")
    try:
        field.trust.trust(read_card(tmp_path / "hq.card"))
        card = export_card(tmp_path / "field.card", field.identity, field.key)
        assert main(["keys", "trust", str(card)]) == 0
        assert main(["--db", pg_url, "stats"]) == 0  # the HQ mission exists (schema made)
        field.store.save_many([incident() for _ in range(5)])
        partner = field.trust.find("Sector East JOC")
        out = tmp_path / "to-hq.bhpkg"
        export_package(field.store, field.identity, field.key, partner, out)
        capsys.readouterr()
        assert main(["--db", pg_url, "sync", "import", str(out)]) == 0
        assert "incident: 5 new" in capsys.readouterr().out
        assert main(["--db", pg_url, "digest"]) == 0
        assert capsys.readouterr().out.strip() == field.store.digest()
        back = tmp_path / "to-field.bhpkg"
        assert (
            main(["--db", pg_url, "sync", "export", "--to", "NEPBATT 1", "--out", str(back)]) == 0
        )
        returned = field.receive(back)
        assert returned.counts == {"incident": {"unchanged": 5}} and returned.conflicts == 0
    finally:
        field.store.close()
