"""The force's order of battle as a tree: force → sectors → contingents → sub-units."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.domain.labels import label
from app.feeds.awaiting import awaiting_units
from app.i18n import QT_TRANSLATE_NOOP
from app.store import MissionStore

UNIT_ID_ROLE = 0x0100 + 1


def _rich_text(text: str) -> str:
    """Plain text as a tooltip's rich text (escaped, so that it wraps and is never markup)."""
    return f"<p>{html.escape(text)}</p>"


class UnitTreeModel(QStandardItemModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("UnitTreeModel", "Unit"),
        QT_TRANSLATE_NOOP("UnitTreeModel", "Nation"),
        QT_TRANSLATE_NOOP("UnitTreeModel", "Echelon"),
        QT_TRANSLATE_NOOP("UnitTreeModel", "Strength"),
    )

    def load(self, store: MissionStore) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("UnitTreeModel", name) for name in self.COLUMNS]
        )
        locale = QLocale()
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
                    QStandardItem(label("echelon", unit.echelon) if unit.echelon else ""),
                    QStandardItem("" if unit.strength is None else locale.toString(unit.strength)),
                ]
                for item in row:
                    item.setEditable(False)
                row[0].setData(unit.id, UNIT_ID_ROLE)
                # Tooltips render rich text when it looks like HTML: escape what came from data.
                callsign = unit.callsign or self.tr("no callsign")
                tip = f"{unit.designation} ({callsign})"
                if unit.id in awaiting:  # first seen on a feed: set apart until confirmed
                    row[0].setText(self.tr("{0} (awaiting confirmation)").format(unit.designation))
                    font = row[0].font()
                    font.setItalic(True)
                    row[0].setFont(font)
                    tip += " — " + self.tr("new from feed {0}, awaiting confirmation").format(
                        awaiting[unit.id]
                    )
                row[0].setToolTip(_rich_text(tip))
                parent_item.appendRow(row)
                if depth < 32:
                    add(row[0], unit.id, depth + 1)

        add(self.invisibleRootItem(), None, 0)
