"""Pure merge rules for records received from partners: take versions, return decisions.

Convergence comes from last-writer-wins on the hybrid-logical-clock version (the text form sorts
like the value): every installation ends with the highest version of each record it has seen,
whatever order packages arrived in. Conflicts are detected on top of that: a remote version that
neither descends from the local one (its ``ancestors`` do not name it) nor is already in the local
history is a concurrent edit, and the operator is asked to choose.

No disk, no SQLite, no Qt: ``decide`` is tested without a database.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from app.errors import AppError
from app.i18n import translate

#: How many earlier versions of a record travel with it as its ancestors.
MAX_ANCESTORS = 32


class MergeRefused(AppError):
    """A package holds something no merge can accept (same id and version, other content)."""


@dataclass(frozen=True)
class RecordState:
    """One version of one record, as far as merging needs to know it."""

    kind: str
    id: str
    version: str
    content_hash: str
    #: Earlier versions of this record its sender had seen, newest first.
    ancestors: tuple[str, ...] = ()


class Action(StrEnum):
    NEW = "new"  # not known here: insert
    UPDATED = "updated"  # replaces the local version
    UNCHANGED = "unchanged"  # the very version we have
    STALE = "stale"  # older than, and already part of, what we have
    KEPT = "kept"  # concurrent and older than ours: ours stays


@dataclass(frozen=True)
class Decision:
    action: Action
    #: Concurrent edit: the loser is kept in the conflict list for the operator.
    conflict: bool = False

    @property
    def applies(self) -> bool:
        return self.action in (Action.NEW, Action.UPDATED)


def decide(
    local: RecordState | None, remote: RecordState, local_history: Collection[str]
) -> Decision:
    """What to do with ``remote`` given the local version and every version seen of that record.

    Whatever is decided, the record ends at the higher version (convergence); ``conflict`` says
    whether the two were concurrent edits. Raises ``MergeRefused`` for the same id and version
    with different content (a forged or corrupted record).
    """
    if local is None:
        return Decision(Action.NEW)
    if remote.version == local.version:
        if remote.content_hash != local.content_hash:
            raise MergeRefused(
                translate(
                    "Sync",
                    "{kind} {id} version {version} arrives with content different from the same "
                    "version here (altered or corrupted)",
                ).format(kind=remote.kind, id=remote.id, version=remote.version)
            )
        return Decision(Action.UNCHANGED)
    newer = remote.version > local.version
    if remote.version in local_history and not newer:
        return Decision(Action.STALE)
    if newer and local.version in remote.ancestors:
        return Decision(Action.UPDATED)  # the sender edited our version: no conflict
    if newer and remote.version in local_history:
        return Decision(Action.UPDATED)  # seen before, now the highest: take it, already known
    # Concurrent versions that say the same thing (two units entered the same report, or the
    # same edit) are not a disagreement for an operator to settle: converge quietly.
    same_content = remote.content_hash == local.content_hash
    return Decision(Action.UPDATED if newer else Action.KEPT, conflict=not same_content)


__all__ = ["MAX_ANCESTORS", "Action", "Decision", "MergeRefused", "RecordState", "decide"]
