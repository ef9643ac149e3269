"""How ``package_before_text_lang.bhpkg`` was made: run once, before records could carry a
language tag on their free text, to prove that a package made then imports unchanged after.

The keys are test keys made from fixed seeds (never used anywhere else); the test rebuilds the
identities from the same seeds. Run from the repository root, with ``BLUEHELMET_DATA_DIR`` set
to an empty folder: ``.venv/bin/python tests/sync/files/make_package_before_text_lang.py``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from shapely.geometry import LineString, Point, Polygon

from app.domain.records import CeasefireLine, Incident, MapItem, Patrol, PatrolArea, Unit
from app.store import open_store
from app.sync.identity import Identity, TrustStore, raw_public_key
from app.sync.service import export_package

HERE = Path(__file__).parent
T0 = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)
MADE = datetime(2026, 1, 1, tzinfo=UTC)


def fixed_key(seed: int) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)


def fixed_identity(seed: int, unit: str, nation: str) -> Identity:
    key = fixed_key(seed)
    return Identity(unit, nation, raw_public_key(key), org="UN", created_at=MADE)


SENDER = (1, "NEPBATT 1", "NPL")
RECIPIENT = (2, "BATFRA 2", "FRA")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "mission.db")
    sender = fixed_identity(*SENDER)
    trust = TrustStore(folder / "trust.json")
    partner = trust.trust(fixed_identity(*RECIPIENT))
    unit = store.save(
        Unit(id="pkg-unit", designation="NEPBATT 1", nation="NPL", sidc="10031000161211000000")
    )
    store.save(
        Incident(
            id="pkg-incident", title="Tirs entendus", description="Deux rafales au nord.",
            category="ceasefire_violation", occurred_start=T0, lat=33.25, lon=35.5,
        )
    )  # fmt: skip
    store.save(
        PatrolArea(
            id="pkg-area", name="PA North",
            geometry=Polygon([(35.0, 33.0), (35.2, 33.0), (35.2, 33.2), (35.0, 33.2)]),
        )
    )  # fmt: skip
    store.save(
        CeasefireLine(
            id="pkg-line", name="Line A", geometry=LineString([(35.0, 33.1), (35.6, 33.1)])
        )
    )
    store.save(
        Patrol(
            id="pkg-patrol", unit_id=unit.id, planned_start=T0, planned_end=T0, task="Route recce",
            findings="Nothing to report",
        )
    )  # fmt: skip
    store.save(
        MapItem(
            id="pkg-item", name="CP 12", item_type="checkpoint", geometry=Point(35.5, 33.2),
            notes="Manned day and night",
        )
    )  # fmt: skip
    out = HERE / "package_before_text_lang.bhpkg"
    export_package(store, sender, fixed_key(SENDER[0]), partner, out, full=True)
    store.close()
    print(out, file=sys.stderr)


if __name__ == "__main__":
    main()
