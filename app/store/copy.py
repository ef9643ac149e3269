"""Moving a whole mission from one store to another, either engine to either engine.

``bluehelmet db copy SRC DST`` uses this to move a team site's SQLite file onto the HQ's
PostGIS server, or to take a PostGIS mission away as a file. Records go over verbatim (origin,
version, times and content hashes kept), with the category list, the mission's settings and the
attachment contents, in one transaction on the destination; the copy is checked by comparing
``digest`` on both sides and nothing is kept when they differ.

The destination keeps its own installation identity (node id and clock), so the source and the
copy never issue the same version. Not copied yet: the change-log history (the copy has one
line per record), seen versions and conflicts, sync bookkeeping other than the records' author
signatures and node keys, saved views.
Must not import Qt or anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import StoreError
from app.i18n import translate
from app.store.contract import Store
from app.store.sync_state import all_signatures, bind_nodes, node_authors, save_signatures
from app.store.tables import TABLES

#: Meta keys that belong to an installation, not to the mission: never copied.
_OWN_KEYS = frozenset({"node_id", "hlc_last"})
#: Records written per statement batch (bounded memory per batch, not per mission).
_BATCH = 5000


@dataclass
class CopySummary:
    """What a copy moved, and the digest both sides agree on."""

    records: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    digest: str = ""


class CopyRefused(StoreError):
    """The destination is not an empty mission, or the copy did not come out equal."""


def copy_mission(source: Store, destination: Store, *, label: str = "copy") -> CopySummary:
    """Copy every record, category, setting and attachment of ``source`` into the empty
    mission ``destination``, in one transaction; raises ``CopyRefused`` and writes nothing when
    the destination holds records or the digests differ afterwards."""
    if destination.record_count():
        raise CopyRefused(
            translate(
                "Store", "{path}: already holds {count} records; copy into an empty mission"
            ).format(path=destination.path, count=format(destination.record_count(), ","))
        )
    summary = CopySummary()
    with destination.transaction():
        for key, value in source.all_meta().items():
            if key not in _OWN_KEYS:
                destination.set_meta(key, value)
        destination.replace_categories(source.category_rows())
        for kind in source.kinds_present:
            records = source.query(kind, include_deleted=True)
            for start in range(0, len(records), _BATCH):
                destination.put_verbatim(records[start : start + _BATCH], source=label)
            if records:
                summary.records[TABLES[kind]] = len(records)
        # Each version's author signature (the digest covers them), and which key makes each
        # installation's versions: without them the copy could neither relay nor verify.
        save_signatures(destination, all_signatures(source))
        bind_nodes(
            destination,
            ((node, author, unit) for node, (author, unit) in node_authors(source).items()),
        )
        for sha256 in source.attachment_digests():
            info, data = source.get_attachment(sha256)
            destination.put_attachment(
                sha256, info["file_name"], info["media_type"], data, info["added_at"]
            )
            summary.attachments += 1
        summary.digest = source.digest()
        copied = destination.digest()
        if copied != summary.digest:
            raise CopyRefused(
                translate(
                    "Store",
                    "the copy's digest {copied}… differs from the source's {digest}…; nothing "
                    "was written",
                ).format(copied=copied[:12], digest=summary.digest[:12])
            )
    return summary
