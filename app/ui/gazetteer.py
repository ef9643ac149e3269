"""Place names in the window: the "Go to" box (Ctrl+G), town labels on the map at operational
zoom, and place names typed into the forms' position fields.

One ``PlaceFinder`` holds the gazetteer (``app.places``): world towns from the GeoNames index
(built once, in the background, the first time it is needed) and the open mission's named
places. Python → page only through ``window.bhPlaces`` (``maps/static/bh-places.js``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.coords import to_mgrs
from app.errors import ValidationError
from app.places import Match, NamedPlaces, PlaceMatch, find_places, places_within
from app.places.mission import mission_places
from app.places.world import WorldGazetteer, ensure_index, index_path
from app.ui import workers
from app.ui.editing import coordinate_field

if TYPE_CHECKING:
    from app.ui.dialogs import Dialogs
    from app.ui.map_view import MapView
    from app.ui.session import Session

log = logging.getLogger(__name__)

#: Zoom the "Go to" box takes the map to: a town and its surroundings.
GO_TO_ZOOM = 11
#: Labels from this zoom on (also the page's bhPlaces.MIN_ZOOM).
LABEL_MIN_ZOOM = 8
LABEL_LIMIT = 250


class PlaceFinder(QObject):
    """The gazetteer of the open mission, for the GUI thread."""

    #: The world index is there (it was built in the background).
    prepared = Signal()
    #: Whether map labels may start building the world index (the Go-to box always may);
    #: GUI tests switch it off so each window does not spend 10 s indexing.
    labels_build_index = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.world = WorldGazetteer()
        self.mission = NamedPlaces([])
        #: Where the map looks now: ranks places of equal population by distance.
        self.near: tuple[float, float] | None = None
        self._task: workers.Task | None = None

    def ready(self) -> bool:
        return index_path().exists()

    def prepare(self) -> None:
        """Build the world index in the background if it is not there yet."""
        if self.ready():
            self.prepared.emit()
            return
        if self._task is not None:
            return

        def done(_result: object) -> None:
            if not isValid(self):  # the window closed while the index was being built
                return
            self._task = None
            self.prepared.emit()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._task = None
            log.error("the place-name index could not be built", exc_info=exc)

        self._task = workers.start(lambda _progress: ensure_index(), result=done, error=failed)

    def set_mission(self, store: Any) -> None:
        self.mission = mission_places(store)

    def providers(self) -> list[Any]:
        return [self.mission, self.world] if self.ready() else [self.mission]

    def find(self, text: str) -> list[PlaceMatch]:
        return find_places(text, self.providers(), near=self.near)

    def resolve(self, text: str) -> tuple[float, float, str] | None:
        """A place name typed where a position is expected: the best place of exactly that
        name, as (lat, lon, how it was understood); None when there is none."""
        try:
            matches = [m for m in self.find(text) if m.match in (Match.NAME, Match.ALTERNATE_NAME)]
        except ValidationError:
            return None
        if not matches:
            return None
        best = matches[0]
        label = describe_place(best)
        if len(matches) > 1:
            label += " " + self.tr(
                "(1 of %n place(s) of that name: Ctrl+G lists them)", "", len(matches)
            )
        return best.place.lat, best.place.lon, label

    def within(self, bbox: tuple[float, float, float, float]) -> list[dict[str, Any]]:
        return [
            {
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "population": p.population or 0,
                "fictional": p.fictional,
            }
            for p in places_within(self.providers(), bbox, limit=LABEL_LIMIT)
        ]


def describe_place(found: PlaceMatch) -> str:
    place = found.place
    translate = QCoreApplication.translate
    if found.match is Match.COORDINATES:
        return translate("GoToDialog", "position")
    parts = [", ".join(p for p in (place.name, place.country) if p)]
    if place.fictional:
        parts.append(translate("GoToDialog", "FICTIONAL"))
    if place.population:
        parts.append(
            translate("GoToDialog", "pop. {population}").format(population=f"{place.population:,}")
        )
    if found.match is Match.ALTERNATE_NAME:
        parts.append(translate("GoToDialog", "also called so"))
    return " · ".join(parts)


class GoToDialog(QDialog):
    """A place name, MGRS, decimal degrees or DMS → every match, best first; Enter goes there."""

    chosen = Signal(object)  # PlaceMatch

    def __init__(self, finder: PlaceFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = finder
        self.setWindowTitle(self.tr("Go to"))
        self.setObjectName("goToDialog")
        self.setMinimumWidth(520)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Place name, MGRS, decimal degrees or DMS"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(220)
        self.hint = QLabel(self.tr("Enter goes to the highlighted place · Esc closes"))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet(coordinate_field.ECHO_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.matches: list[PlaceMatch] = []
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self.go)
        self.results.itemActivated.connect(lambda _item: self.go())
        finder.prepared.connect(self.search)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Up and Down move through the matches while typing goes on in the line.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.results.count():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def open_for_input(self) -> None:
        if not self.finder.ready():
            self.finder.prepare()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def search(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.results.clear()
        self.matches = []
        if not text:
            self.hint.setText(self.tr("Enter goes to the highlighted place · Esc closes"))
            return
        try:
            self.matches = self.finder.find(text)
        except ValidationError as exc:
            self.hint.setText(exc.problem)
            return
        for found in self.matches:
            place = found.place
            where = to_mgrs(place.lat, place.lon, 5)
            item = QListWidgetItem(f"{describe_place(found)}\n    {where}")
            item.setToolTip(f"{place.lat:.5f}, {place.lon:.5f}")
            self.results.addItem(item)
        if self.matches:
            self.results.setCurrentRow(0)
            self.hint.setText(
                self.tr("%n match(es) · Enter goes to the highlighted one", "", len(self.matches))
            )
        elif not self.finder.ready():
            self.hint.setText(self.tr("Indexing the world's place names (first use only)…"))
        else:
            self.hint.setText(
                self.tr("No place called {name} in the gazetteer or the mission").format(
                    name=repr(text)
                )
            )

    def go(self) -> None:
        if self._timer.isActive() or not self.matches:
            self.search()
        row = self.results.currentRow()
        if 0 <= row < len(self.matches):
            self.chosen.emit(self.matches[row])
            self.hide()


class GazetteerController(QObject):
    """Wires the finder to the window: Ctrl+G, map labels and the forms' position fields."""

    def __init__(
        self,
        session: Session,
        map_view: MapView,
        dialogs: Dialogs,
        menu: QMenu,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.map_view = map_view
        self.dialogs = dialogs
        self.finder = PlaceFinder(self)
        self.dialog = GoToDialog(self.finder, parent)
        self.dialog.chosen.connect(self.go_to)
        self.action = QAction(
            self.tr("&Go to place or position…"), menu, shortcut=QKeySequence("Ctrl+G")
        )
        self.action.triggered.connect(self.dialog.open_for_input)
        menu.addAction(self.action)
        self._view: dict[str, Any] = {}
        map_view.bridge.view_changed.connect(self._view_changed)
        map_view.map_ready.connect(self._map_ready)
        self.finder.prepared.connect(self._label_view)
        coordinate_field.set_place_resolver(self.finder.resolve)

    def _map_ready(self, _info: object) -> None:
        if self.session.store is not None:
            self.finder.set_mission(self.session.store)
        self._label_view()

    def _view_changed(self, view: dict) -> None:
        self._view = view
        try:
            self.finder.near = (
                (float(view["south"]) + float(view["north"])) / 2,
                (float(view["west"]) + float(view["east"])) / 2,
            )
        except (KeyError, TypeError, ValueError):
            return
        self._label_view()

    def _label_view(self) -> None:
        view = self._view
        if not view or float(view.get("zoom", 0)) < LABEL_MIN_ZOOM:
            return
        if not self.finder.ready():
            if self.finder.labels_build_index:
                self.finder.prepare()
            return
        bbox = (float(view["west"]), float(view["south"]), float(view["east"]),
                float(view["north"]))  # fmt: skip
        places = self.finder.within(bbox)
        self.map_view.set_places(places)

    def go_to(self, found: PlaceMatch) -> None:
        place = found.place
        view = self.map_view
        view.set_view(place.lat, place.lon, GO_TO_ZOOM)
        name = place.name if found.match is not Match.COORDINATES else to_mgrs(place.lat, place.lon)
        view.mark_place(place.lat, place.lon, name)
        self.dialogs.status(
            self.tr("Went to {place} — {mgrs}").format(
                place=describe_place(found), mgrs=to_mgrs(place.lat, place.lon)
            ),
            10000,
        )


def install_gazetteer(
    session: Session, map_view: MapView, dialogs: Dialogs, menu: QMenu, parent: QWidget
) -> GazetteerController:
    """Add the "Go to" action (Ctrl+G) to ``menu`` and place names to the map and forms."""
    return GazetteerController(session, map_view, dialogs, menu, parent)
