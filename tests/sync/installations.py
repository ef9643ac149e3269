"""One unit's installation for exchange tests: database, identity, key and trust list."""

from __future__ import annotations

import itertools
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.store import open_store
from app.store.store import MissionStore
from app.sync.identity import Identity, TrustStore, new_key_pair
from app.sync.service import export_package, import_package

_counter = itertools.count(1)


class Installation:
    """One unit's installation: its database, identity, key and trust list, in its own folder."""

    def __init__(self, folder: Path, name: str, nation: str, org: str | None = "UN") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db = folder / "mission.db"
        self.store: MissionStore = open_store(self.db)
        self.identity: Identity
        self.key: Ed25519PrivateKey
        self.identity, self.key = new_key_pair(name, nation, org)
        self.trust = TrustStore(folder / "trust.json")

    def meet(self, other: Installation) -> None:
        self.trust.trust(other.identity)
        other.trust.trust(self.identity)

    def send(self, other: Installation, full: bool = False) -> Path:
        out = self.folder / f"to-{other.identity.unit}-{next(_counter)}.bhpkg"
        partner = self.trust.find(other.identity.unit)
        export_package(self.store, self.identity, self.key, partner, out, full=full)
        return out

    def receive(self, path: Path, dry_run: bool = False):  # type: ignore[no-untyped-def]
        return import_package(self.store, path, self.trust, identity=self.identity, dry_run=dry_run)

    def digest(self) -> str:
        return self.store.digest()
