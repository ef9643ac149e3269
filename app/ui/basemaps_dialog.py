"""File → Basemaps → Manage: the installation's basemaps with their extent drawn on the map.

Lists each basemap (name, id, zoom range, extent, size on disk, source) from ``app.basemaps``;
the selected one's opacity, whether it lies over the basemap shown (a map sheet over the base),
and removing it. Extents are drawn on the map as an overlay while the dialog is open. Talks to
the page only through ``MapView``'s typed methods; asks the user only through ``Dialogs``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import basemaps
from app.basemaps import Basemap
from app.errors import AppError
from app.ui.dialogs import Dialogs
from app.ui.map_view import MapView

EXTENTS_OVERLAY = "basemap-extents"
SELECTED_OVERLAY = "basemap-extent-selected"
COLUMNS = ("Name", "Id", "Zoom", "Extent (W, S, E, N)", "Size", "Source")


def extent_text(bounds: tuple[float, float, float, float] | None) -> str:
    if bounds is None:
        return "whole world"
    return ", ".join(f"{v:.2f}" for v in bounds)


def extent_feature(basemap: Basemap) -> dict[str, Any] | None:
    """The basemap's extent as a GeoJSON polygon feature, or None for a world-wide one."""
    if basemap.bounds is None:
        return None
    west, south, east, north = basemap.bounds
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {
        "type": "Feature",
        "properties": {"id": basemap.id},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


class BasemapsDialog(QDialog):
    """The basemap list; ``changed`` when a basemap was removed (the layer dock reloads)."""

    changed = Signal()

    def __init__(self, map_view: MapView, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Basemaps"))
        self.resize(820, 420)
        self.map_view = map_view
        self.dialogs = dialogs
        self.entries: list[Basemap] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(10, 100)
        self.opacity.setValue(100)
        self.overlay = QCheckBox(
            self.tr("Lay it over the basemap shown (a sheet or imagery over the base)")
        )
        self.show_extent = QPushButton(self.tr("Go to its extent"))
        self.remove = QPushButton(self.tr("Remove…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.show_extent, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        form = QFormLayout()
        form.addRow(self.tr("Opacity"), self.opacity)
        form.addRow("", self.overlay)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        #: Settings made here, per basemap id: opacity (0..1) and overlay on/off.
        self.opacities: dict[str, float] = {}
        self.overlays: set[str] = set()
        self.table.itemSelectionChanged.connect(self._selected)
        self.opacity.valueChanged.connect(self._opacity_moved)
        self.overlay.toggled.connect(self._overlay_toggled)
        self.show_extent.clicked.connect(self._go_to_extent)
        self.remove.clicked.connect(self._remove)
        self.finished.connect(lambda _r: self._clear_extents())
        self.reload()

    def reload(self) -> None:
        self.entries = basemaps.list_basemaps()
        self.table.setRowCount(len(self.entries))
        for row, b in enumerate(self.entries):
            source = b.source + (f" · acquired {b.acquired}" if b.acquired else "")
            cells = (b.label, b.id, f"{b.min_zoom}–{b.max_zoom}", extent_text(b.bounds),
                     f"{b.size_bytes / 1e6:.1f} MB", source)  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        features = [f for f in (extent_feature(b) for b in self.entries) if f]
        self.map_view.set_overlay(
            EXTENTS_OVERLAY,
            {"type": "FeatureCollection", "features": features},
            {"color": "#8e24aa", "weight": 2, "fillOpacity": 0.04, "dashArray": "6 4"},
        )
        if self.entries:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> Basemap | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selected(self) -> None:
        basemap = self.selected()
        for widget in (self.opacity, self.overlay, self.show_extent, self.remove):
            widget.setEnabled(basemap is not None)
        if basemap is None:
            self.map_view.clear_overlay(SELECTED_OVERLAY)
            return
        for widget, value in (
            (self.opacity, round(self.opacities.get(basemap.id, 1.0) * 100)),
            (self.overlay, basemap.id in self.overlays),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QSlider):
                widget.setValue(int(value))
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)
        feature = extent_feature(basemap)
        if feature is None:
            self.map_view.clear_overlay(SELECTED_OVERLAY)
        else:
            self.map_view.set_overlay(
                SELECTED_OVERLAY,
                {"type": "FeatureCollection", "features": [feature]},
                {"color": "#d500f9", "weight": 4, "fillOpacity": 0.08},
            )

    def _opacity_moved(self, value: int) -> None:
        basemap = self.selected()
        if basemap is None:
            return
        self.opacities[basemap.id] = value / 100
        self.map_view.set_basemap_opacity(basemap.page_id(), value / 100)

    def _overlay_toggled(self, on: bool) -> None:
        basemap = self.selected()
        if basemap is None:
            return
        (self.overlays.add if on else self.overlays.discard)(basemap.id)
        opacity = self.opacities.get(basemap.id, 1.0)
        self.map_view.set_basemap_overlay(basemap.page_id(), on, opacity)

    def _go_to_extent(self) -> None:
        basemap = self.selected()
        if basemap is not None and basemap.bounds is not None:
            west, south, east, north = basemap.bounds
            self.map_view.fit_bounds(south, west, north, east)

    def _remove(self) -> None:
        basemap = self.selected()
        if basemap is None:
            return
        remove = self.tr("Remove")
        answer = self.dialogs.choose(
            self.tr("Remove basemap"),
            self.tr("Remove “{label}” ({id})? Its tile file is deleted.").format(
                label=basemap.label, id=basemap.id
            ),
            [self.tr("Keep it"), remove],
        )
        if answer != remove:
            return
        if basemap.id in self.overlays:
            self.map_view.set_basemap_overlay(basemap.page_id(), False)
            self.overlays.discard(basemap.id)
        try:
            basemaps.remove_basemap(basemap.id)
        except AppError as exc:
            self.dialogs.error(exc)
            return
        self.dialogs.status(f"Removed basemap {basemap.label}")
        self.reload()
        self.changed.emit()

    def _clear_extents(self) -> None:
        self.map_view.clear_overlay(EXTENTS_OVERLAY)
        self.map_view.clear_overlay(SELECTED_OVERLAY)
