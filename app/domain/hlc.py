"""Hybrid logical clock: versions that order edits across installations.

Wall-clock milliseconds keep versions close to real time; the counter orders edits made in the
same millisecond or after a clock that ran backwards; the node id breaks the last tie so that two
installations never produce the same version. The string form sorts in the same order as the
values, so SQLite can compare versions as text. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import translate

_HLC_TEXT = re.compile(r"(\d{15})\.(\d{6})\.([A-Za-z0-9_-]{1,64})")
MAX_COUNTER = 999_999
#: The one future bound: how far ahead of this machine's clock a time may lie, for local edits
#: and for what partners send alike. Remote versions further ahead are refused rather than
#: dragging our clock into the future, so no version here ever lies beyond it.
FUTURE_BOUND_MS = 5 * 60 * 1000
MAX_DRIFT_MS = FUTURE_BOUND_MS


@dataclass(frozen=True, order=True)
class Hlc:
    """One version stamp; compare with <, ==, > (wall time, then counter, then node)."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:06d}.{self.node}"

    @classmethod
    def parse(cls, text: str, field: str = "version") -> Hlc:
        # fullmatch: "…\n" is a look-alike that would sort just above the real version.
        match = _HLC_TEXT.fullmatch(text) if isinstance(text, str) else None
        if not match:
            raise ValidationError(
                field,
                translate("Sync", "{text!r} is not a version stamp (WALLMS.COUNTER.NODE)").format(
                    text=text
                ),
            )
        return cls(int(match[1]), int(match[2]), match[3])


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues monotonically increasing versions for one installation (node)."""

    def __init__(
        self, node: str, last: Hlc | None = None, now_ms: Callable[[], int] = _now_ms
    ) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", node):
            raise ValidationError(
                "node", translate("Sync", "{node!r} is not a usable node id").format(node=node)
            )
        self.node = node
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Hlc:
        return Hlc(self._wall, self._counter, self.node)

    def tick(self) -> Hlc:
        """A version for a local edit, greater than every version issued or observed so far."""
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._advance_counter()
        return self.last

    def observe(self, remote: Hlc) -> None:
        """Move past a version received from elsewhere, so our next edit sorts after it."""
        now = self._now_ms()
        if remote.wall_ms > now + MAX_DRIFT_MS:
            raise ValidationError(
                "version",
                translate(
                    "Sync",
                    "{remote} is more than {minutes} minutes ahead of this machine's clock",
                ).format(remote=remote, minutes=FUTURE_BOUND_MS // 60000),
            )
        if remote.wall_ms > self._wall:
            self._wall, self._counter = remote.wall_ms, remote.counter
        elif remote.wall_ms == self._wall and remote.counter > self._counter:
            self._counter = remote.counter

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:
            # A million edits in one millisecond: borrow the next one instead of overflowing.
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
