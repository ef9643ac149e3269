"""Fixtures shared by the sync tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import incident
from installations import Installation

from app.cli import main
from app.store import open_store
from app.sync.identity import export_card, init_identity


@pytest.fixture
def exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Units A (Nepal) and B (Ghana) that trust each other; A has exported one package to B."""

    def be(name: str) -> None:
        monkeypatch.setenv("BLUEHELMET_DATA_DIR", str(tmp_path / name))
        monkeypatch.setenv("BLUEHELMET_DB", str(tmp_path / f"{name}.db"))

    for name, nation in (("a", "NPL"), ("b", "GHA")):
        be(name)
        init_identity(f"UNIT {name.upper()}", nation, "UN")
        export_card(tmp_path / f"{name}.key.json")
        open_store(tmp_path / f"{name}.db").close()
    for me, other in (("a", "b"), ("b", "a")):
        be(me)
        assert main(["keys", "trust", str(tmp_path / f"{other}.key.json")]) == 0
    be("a")
    with open_store(tmp_path / "a.db") as store:
        store.save(incident(title="from A"))
    package = tmp_path / "p.bhpkg"
    assert main(["sync", "export", "--to", "UNIT B", "--out", str(package)]) == 0
    return be, package


@pytest.fixture
def units(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Three installations that trust each other: NEPBATT 1 (NPL), GHANBATT 2 (GHA), JOC (FRA)."""
    a = Installation(tmp_path / "a", "NEPBATT 1", "NPL")
    b = Installation(tmp_path / "b", "GHANBATT 2", "GHA")
    c = Installation(tmp_path / "c", "JOC", "FRA")
    for x, y in ((a, b), (b, c), (a, c)):
        x.meet(y)
    yield a, b, c
    for x in (a, b, c):
        x.store.close()
