"""The force's order of battle as a tree: force → sectors → contingents → sub-units."""

from __future__ import annotations

import html

from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.feeds.awaiting import awaiting_units
from app.store import MissionStore

UNIT_ID_ROLE = 0x0100 + 1


class UnitTreeModel(QStandardItemModel):
    COLUMNS = ("Unit", "Nation", "Echelon", "Strength")

    def load(self, store: MissionStore) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(list(self.COLUMNS))
        units = store.units()
        awaiting = awaiting_units(store)
        children: dict[str | None, list] = {}
        known = {u.id for u in units}
        for unit in units:
            parent = unit.parent_id if unit.parent_id in known else None
            children.setdefault(parent, []).append(unit)

        def add(parent_item: QStandardItem, parent_id: str | None, depth: int) -> None:
            for unit in sorted(children.get(parent_id, []), key=lambda u: u.designation):
                row = [
                    QStandardItem(unit.designation),
                    QStandardItem(unit.nation),
                    QStandardItem(unit.echelon or ""),
                    QStandardItem("" if unit.strength is None else f"{unit.strength:,}"),
                ]
                for item in row:
                    item.setEditable(False)
                row[0].setData(unit.id, UNIT_ID_ROLE)
                # Tooltips render rich text when it looks like HTML: escape what came from data.
                tip = f"{unit.designation} ({unit.callsign or 'no callsign'})"
                if unit.id in awaiting:  # first seen on a feed: set apart until confirmed
                    row[0].setText(self.tr("{0} (awaiting confirmation)").format(unit.designation))
                    font = row[0].font()
                    font.setItalic(True)
                    row[0].setFont(font)
                    tip += " — " + self.tr("new from feed {0}, awaiting confirmation").format(
                        awaiting[unit.id]
                    )
                row[0].setToolTip(f"<p>{html.escape(tip)}</p>")
                parent_item.appendRow(row)
                if depth < 32:
                    add(row[0], unit.id, depth + 1)

        add(self.invisibleRootItem(), None, 0)
