"""Typed input of positions and times that shows back what it understood.

``CoordinateField`` takes MGRS, decimal degrees or degrees-minutes-seconds (and a place name, once
the window's gazetteer is set up) and shows the parsed position in all three notations under the
line, so a typo in a grid reference is seen before
the record is saved. ``TimeField`` does the same for times: a date-time group or ISO 8601,
shown back as UTC. Parsing is the domain's (``app.domain.coords``); nothing here is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from app.domain.coords import (
    format_dd,
    format_dms,
    format_dtg,
    format_utc,
    parse_coordinate,
    parse_dtg,
    parse_utc,
    to_mgrs,
)
from app.errors import ValidationError

ECHO_STYLE = "color: #44525e;"

#: Turns a place name into (lat, lon, how it was understood), or None; set by the window's
#: gazetteer (app/ui/gazetteer.py) so position fields also take place names.
PlaceResolver = Callable[[str], "tuple[float, float, str] | None"]
_place_resolver: PlaceResolver | None = None


def set_place_resolver(resolver: PlaceResolver | None) -> None:
    global _place_resolver
    _place_resolver = resolver


def describe_position(lat: float, lon: float) -> str:
    """The position in the three notations people use: MGRS · DD · DMS."""
    try:
        grid = to_mgrs(lat, lon, 5)
    except (ValidationError, ValueError):  # beyond the grid's reach; DD and DMS still work
        grid = QCoreApplication.translate("CoordinateField", "no MGRS")
    return f"{grid}  ·  {format_dd(lat, lon)}  ·  {format_dms(lat, lon)}"


class CoordinateField(QWidget):
    """A line edit for a position (MGRS / DD / DMS) with the other notations shown under it."""

    #: The text changed (parsed or not).
    changed = Signal()
    #: The user asked to pick the position on the map.
    pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, pickable: bool = True) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("coordinateEdit")
        self.edit.setPlaceholderText(
            "37S BA 12345 67890  ·  33.51, 36.29  ·  33°30'36\"N 36°17'24\"E  ·  "
            + self.tr("place name")
        )
        self.edit.setClearButtonEnabled(True)
        self.pick = QToolButton()
        self.pick.setText(self.tr("Pick on map"))
        self.pick.setToolTip(self.tr("Click the position on the map (Esc cancels)"))
        self.pick.setVisible(pickable)
        self.pick.clicked.connect(self.pick_requested)
        self.echo = QLabel()
        self.echo.setObjectName("coordinateEcho")
        self.echo.setStyleSheet(ECHO_STYLE)
        self.echo.setTextInteractionFlags(self.echo.textInteractionFlags().TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.echo)
        self.setFocusProxy(self.edit)
        self._position: tuple[float, float] | None = None
        #: True while the position came from the map, a record or a place name: the form then
        #: stores it as lat/lon instead of parsing the text again.
        self.exact = False
        self.error = ""
        self.edit.textChanged.connect(self._parse)
        self._parse("")

    def text(self) -> str:
        return self.edit.text().strip()

    def position(self) -> tuple[float, float] | None:
        """(lat, lon) when the text reads as a position, else None."""
        return self._position

    def set_position(self, lat: float, lon: float) -> None:
        """Show a position as MGRS to the metre (from a map click or a record)."""
        try:
            self.edit.setText(to_mgrs(lat, lon, 5))
        except (ValidationError, ValueError):
            self.edit.setText(format_dd(lat, lon))
        # The MGRS text names the 1 m square; keep the exact point the map or record gave.
        self._position = (lat, lon)
        self.exact = True
        self.echo.setText(describe_position(lat, lon))
        self.changed.emit()

    def _parse(self, text: str) -> None:
        self._position = None
        self.exact = False
        self.error = ""
        if not text.strip():
            self.echo.setText(
                self.tr("MGRS, decimal degrees, degrees-minutes-seconds or a place name")
            )
        else:
            try:
                lat, lon = parse_coordinate(text, "location")
            except ValidationError as exc:
                place = _place_resolver(text) if _place_resolver is not None else None
                if place is None:
                    self.error = exc.problem
                    self.echo.setText("")
                else:
                    lat, lon, understood = place
                    self._position = (lat, lon)
                    self.exact = True  # the form stores these coordinates, not the name
                    self.echo.setText(f"{understood}\n{describe_position(lat, lon)}")
            else:
                self._position = (lat, lon)
                self.echo.setText(describe_position(lat, lon))
        self.changed.emit()


class TimeField(QWidget):
    """A line edit for a UTC time: a date-time group (051430ZMAR24) or ISO 8601, shown back."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("051430ZMAR24 or 2024-03-05 14:30Z"))
        self.edit.setClearButtonEnabled(True)
        self.echo = QLabel()
        self.echo.setStyleSheet(ECHO_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.echo)
        self.setFocusProxy(self.edit)
        self._value: datetime | None = None
        self.error = ""
        self.edit.textChanged.connect(self._parse)
        self._parse("")

    def value(self) -> datetime | None:
        return self._value

    def iso(self) -> str | None:
        return format_utc(self._value) if self._value is not None else None

    def set_value(self, value: datetime | None) -> None:
        self.edit.setText(format_dtg(value) if value is not None else "")
        if value is not None:
            self._value = value  # keeps the seconds a DTG leaves out
            self.changed.emit()

    def _parse(self, text: str) -> None:
        self._value = None
        self.error = ""
        self.echo.setText("")
        text = text.strip()
        if text:
            value = _read_time(text)
            if value is None:
                self.error = self.tr(
                    "write a date-time group (051430ZMAR24) or ISO 8601 (2024-03-05T14:30Z)"
                )
            else:
                self._value = value
                shown = format_utc(value)[:16].replace("T", " ")
                # UTC, DTG and ISO read the same in every language.
                self.echo.setText("  ·  ".join((shown + " UTC", format_dtg(value))))
        self.echo.setVisible(bool(self.echo.text()))
        self.changed.emit()


def _read_time(text: str) -> datetime | None:
    """A DTG, or ISO 8601 where a time without a zone is UTC (the mission's reference time)."""
    for attempt in (text, text + "Z"):
        try:
            return parse_utc(attempt.replace(" ", "T", 1), "time")
        except ValidationError:
            pass
    try:
        return parse_dtg(text, field="time")
    except ValidationError:
        return None
