"""Packages a dishonest partner writes by hand: any records, any marking, properly signed."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from installations import Installation

from app.domain.serialize import record_to_dict
from app.sync.package import write_package

_numbers = itertools.count(1000)


def line(record: Any, **changes: Any) -> dict[str, Any]:
    """A record as a package line, with any field changed (after validation, as a forger may)."""
    out = record_to_dict(record)
    out.update(changes)
    return out


def craft(
    sender: Installation,
    recipient: Installation,
    records: dict[str, list[dict[str, Any]]],
    *,
    marking: str = "UNCLASSIFIED",
    sequence: int | None = None,
    name: str | None = None,
) -> Path:
    """A package signed by ``sender`` for ``recipient`` holding exactly ``records``."""
    number = next(_numbers) if sequence is None else sequence
    out = sender.folder / (name or f"crafted-{number}.bhpkg")
    write_package(
        out,
        records=records,
        identity=sender.identity,
        signing_key=sender.key,
        recipient=sender.trust.find(recipient.identity.unit),
        sequence=number,
        schema_version=sender.store.schema_version,
        full=True,
        highest_classification=marking,
    )
    return out
