"""The layer dock: which layers show (with how many records each draws), how opaque they are,
which basemap lies under them and which grid (MGRS/UTM or latitude/longitude) is drawn over it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP

#: Layer name on the page → label shown to the user, top of the stack first.
LAYERS = (
    ("units", QT_TRANSLATE_NOOP("LayerPanel", "Contingent positions")),
    ("incidents", QT_TRANSLATE_NOOP("LayerPanel", "Incidents (clustered)")),
    ("heatmap", QT_TRANSLATE_NOOP("LayerPanel", "Incident density (heat)")),
    ("tracks", QT_TRANSLATE_NOOP("LayerPanel", "Unit tracks")),
    ("patrols", QT_TRANSLATE_NOOP("LayerPanel", "Patrol tracks")),
    ("lines", QT_TRANSLATE_NOOP("LayerPanel", "Ceasefire lines")),
    ("map_items", QT_TRANSLATE_NOOP("LayerPanel", "Map items")),
    ("buffers", QT_TRANSLATE_NOOP("LayerPanel", "Buffer zones")),
    ("areas", QT_TRANSLATE_NOOP("LayerPanel", "Patrol areas")),
)
LABELS = dict(LAYERS)
#: What a layer holds, where its name alone does not say.
TIPS = {
    "map_items": QT_TRANSLATE_NOOP(
        "LayerPanel",
        "Partners' points, routes, roads, rivers, drawings and areas: none of them is "
        "a ceasefire line or a patrol area, and the analysis does not count them",
    ),
}
HIDDEN_AT_START = frozenset({"heatmap", "patrols", "tracks"})
#: Grid choices: page grid mode (``maps.document.GRIDS``, "" for none) → label.
GRIDS = (
    ("", QT_TRANSLATE_NOOP("LayerPanel", "No grid")),
    ("mgrs", QT_TRANSLATE_NOOP("LayerPanel", "MGRS / UTM grid")),
    ("latlon", QT_TRANSLATE_NOOP("LayerPanel", "Latitude / longitude")),
)


class LayerPanel(QWidget):
    visibility_changed = Signal(str, bool)
    opacity_changed = Signal(str, float)
    basemap_changed = Signal(str)
    #: The grid chosen: "mgrs", "latlon" or "" (none).
    grid_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        for name, label in LAYERS:
            item = QListWidgetItem(self.tr(label))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.tr(TIPS[name]) if name in TIPS else "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name not in HIDDEN_AT_START
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(10, 100)
        self.opacity.setValue(100)
        self.opacity_label = QLabel("100 %")
        self.basemap = QComboBox()
        self.grid_choice = QComboBox()
        for mode, label in GRIDS:
            self.grid_choice.addItem(self.tr(label), mode)
        self._opacities: dict[str, int] = {}

        form = QFormLayout()
        # Labels above their fields: a narrow dock keeps "Natural Earth (built in)" whole.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Opacity of the selected layer"), self.opacity)
        form.addRow("", self.opacity_label)
        form.addRow(self.tr("Basemap"), self.basemap)
        form.addRow(self.tr("Grid"), self.grid_choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)

        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        self.opacity.valueChanged.connect(self._opacity_moved)
        self.basemap.currentIndexChanged.connect(
            lambda _i: self.basemap_changed.emit(self.basemap.currentData() or "natural-earth")
        )
        self.grid_choice.currentIndexChanged.connect(lambda _i: self.grid_changed.emit(self.grid()))
        self.list.setCurrentRow(0)

    def grid(self) -> str:
        """The grid chosen: "mgrs", "latlon" or "" (none)."""
        return str(self.grid_choice.currentData() or "")

    def set_grid(self, grid: str | None) -> None:
        index = self.grid_choice.findData(grid or "")
        if index >= 0:
            self.grid_choice.setCurrentIndex(index)

    def set_basemaps(self, basemaps: list[dict]) -> None:
        self.basemap.blockSignals(True)
        self.basemap.clear()
        for entry in basemaps:
            self.basemap.addItem(entry["label"], entry["id"])
        self.basemap.blockSignals(False)

    def layer_visible(self, name: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item.checkState() == Qt.CheckState.Checked
        raise KeyError(name)

    def set_layer_visible(self, name: str, visible: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many records each layer draws beside its name ("Map items … (12)")."""
        self.list.blockSignals(True)
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                name = item.data(Qt.ItemDataRole.UserRole)
                label = LABELS[name]
                item.setText(f"{label} ({counts[name]:,})" if name in counts else label)
        finally:
            self.list.blockSignals(False)

    def visible_layers(self) -> dict[str, bool]:
        return {name: self.layer_visible(name) for name, _ in LAYERS}

    def _item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        self.visibility_changed.emit(name, item.checkState() == Qt.CheckState.Checked)

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:  # type: ignore[no-untyped-def]
        if item is None:
            return
        value = self._opacities.get(item.data(Qt.ItemDataRole.UserRole), 100)
        self.opacity.blockSignals(True)
        self.opacity.setValue(value)
        self.opacity.blockSignals(False)
        self.opacity_label.setText(f"{value} %")

    def _opacity_moved(self, value: int) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        self._opacities[name] = value
        self.opacity_label.setText(f"{value} %")
        self.opacity_changed.emit(name, value / 100)
