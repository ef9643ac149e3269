"""A date-time-group clock for the status bar: local time and Zulu, as briefers say them."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
#: Zone letters by whole-hour offset east of UTC (J = local is not a fixed offset).
ZONE_LETTERS = {0: "Z", **{h: "ABCDEFGHIKLM"[h - 1] for h in range(1, 13)},
                **{-h: "NOPQRSTUVWXY"[h - 1] for h in range(1, 13)}}  # fmt: skip


def dtg(moment: datetime) -> str:
    """``DDHHMM<zone>MMMYY``; the zone letter from the moment's offset (J when not whole hours)."""
    offset = moment.utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    letter = ZONE_LETTERS.get(int(hours), "J") if float(hours).is_integer() else "J"
    return f"{moment:%d%H%M}{letter}{MONTHS[moment.month - 1]}{moment:%y}"


class DtgClock(QLabel):
    """``Local 051730CMAR24 · 051430ZMAR24``, updated every second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.tr("Date-time group: local time and Zulu (UTC)"))
        # Shown in full when there is room; it must not make the main window wider.
        self.setMinimumWidth(1)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def tick(self, now: datetime | None = None) -> None:
        utc = (now or datetime.now(UTC)).astimezone(UTC)
        local = utc.astimezone()
        self.setText(self.tr("Local {local} · {utc}").format(local=dtg(local), utc=dtg(utc)))
