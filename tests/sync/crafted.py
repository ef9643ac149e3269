"""Packages a dishonest partner writes by hand: any records, any marking, properly signed."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from installations import Installation

from app.domain.serialize import record_from_dict, record_to_dict
from app.errors import AppError
from app.store.rows import record_to_row
from app.sync.package import write_package
from app.sync.signatures import sign

_numbers = itertools.count(1000)


def line(record: Any, **changes: Any) -> dict[str, Any]:
    """A record as a package line, with any field changed (after validation, as a forger may)."""
    out = record_to_dict(record)
    out.update(changes)
    return out


def signature_of(sender: Installation, kind: str, data: dict[str, Any]) -> dict[str, str] | None:
    """The sender's own signature of a line, as an honest-looking partner would add it."""
    fields = {k: v for k, v in data.items() if k not in ("signature", "ancestors")}
    try:
        record = record_from_dict(dict(fields), kind)
    except AppError:
        return None  # an invalid record: refused before signatures matter
    content = record_to_row(record)["content_hash"]
    value = sign(sender.key, sender.identity, kind, record.id, data["version"], content)
    return {"author": sender.identity.fingerprint, "value": value}


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
    for kind, lines in records.items():
        for data in lines:
            data.setdefault("signature", signature_of(sender, kind, data))
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
