"""The start page (no mission open yet) and the New mission dialog.

The start page offers what a first start needs: a new, empty mission; an existing mission file;
the training demo (fictional data, in its own file in the data folder, never in a real
mission); and the recent missions. It only emits signals; ``app.ui.missions`` acts on them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.mission import LABEL_SETS, TRAINING_MARK, parse_labels, parse_name
from app.errors import AppError
from app.paths import data_dir

#: Item data role holding a recent mission's path.
PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """What the window shows while no mission is open."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setStyleSheet(
            "QWidget#startPage { background: #f4f6f8; }"
            "QPushButton[role='start'] { text-align: left; padding: 12px 16px; font-size: 15px; }"
        )
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(720)
        column = QVBoxLayout(holder)
        column.addStretch(1)
        outer.addWidget(holder, 3)
        outer.addStretch(1)

        title = QLabel("Blue Helmet COP")  # the product name, in every language
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 12)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "An offline common operating picture for peacekeeping missions. Each mission is "
                "one database file: start a new one for a real deployment, open one you have, or "
                "look around in the training demo."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addSpacing(16)

        self.new_button = self._button(
            self.tr("New mission…"),
            self.tr("An empty mission: its name, classification labels and file."),
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = self._button(
            self.tr("Open mission…"), self.tr("A mission database file (.db).")
        )
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = self._button(
            self.tr("Open the training demo"),
            self.tr("Fictional data marked {mark}, in its own file: never in a mission.").format(
                mark=TRAINING_MARK
            ),
        )
        self.demo_button.setToolTip(str(data_dir() / "training-demo.db"))
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(button)

        column.addSpacing(16)
        recent_title = QLabel(self.tr("Recent missions"))
        recent_title.setFont(QFont(recent_title.font().family(), -1, QFont.Weight.Bold))
        column.addWidget(recent_title)
        self.recent = QListWidget()
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setMinimumHeight(120)
        self.recent.itemActivated.connect(self._activated)
        column.addWidget(self.recent, 1)
        self.empty_note = QLabel(self.tr("None yet."))
        column.addWidget(self.empty_note)
        column.addStretch(2)

    def _button(self, text: str, note: str) -> QPushButton:
        button = QPushButton(f"{text}\n{note}")
        button.setProperty("role", "start")
        button.setMinimumHeight(64)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_recent(self, missions: list[tuple[str, str]]) -> None:
        """``missions``: (path, title) of the recent missions that still exist, newest first."""
        self.recent.clear()
        for path, title in missions:
            item = QListWidgetItem(f"{title}\n{path}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(missions))
        self.empty_note.setVisible(not missions)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(str(item.data(PATH_ROLE)))


def missions_folder() -> Path:
    """Where new missions are offered to be saved (the user may choose any other place)."""
    return data_dir() / "missions"


def _file_name(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return f"{slug or 'mission'}.db"


class NewMissionDialog(QDialog):
    """Name, classification labels and file of a new mission; refuses what ``init`` refuses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New mission"))
        self.setMinimumWidth(680)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. UNMISS Sector East"))
        self.labels = QComboBox()
        self.labels.addItem("UN: " + ", ".join(LABEL_SETS["un"]), "un")
        self.labels.addItem("NATO: " + ", ".join(LABEL_SETS["nato"]), "nato")
        self.labels.addItem(self.tr("Our own list…"), "custom")
        self.custom_labels = QLineEdit()
        self.custom_labels.setPlaceholderText(self.tr("lowest first, comma-separated"))
        self.custom_labels.setVisible(False)
        self.location = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Mission name"), self.name)
        form.addRow(self.tr("Classification labels"), self.labels)
        form.addRow("", self.custom_labels)
        form.addRow(self.tr("File"), where)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create mission"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._location_chosen = False
        self.name.textChanged.connect(self._name_changed)
        self.location.textEdited.connect(lambda _t: setattr(self, "_location_chosen", True))
        self.labels.currentIndexChanged.connect(
            lambda _i: self.custom_labels.setVisible(self.labels.currentData() == "custom")
        )
        self._name_changed("")

    def _name_changed(self, text: str) -> None:
        if not self._location_chosen:
            self.location.setText(str(missions_folder() / _file_name(text)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New mission file"),
            self.location.text(),
            self.tr("Mission databases (*.db)"),
        )
        if name:
            self.location.setText(name if name.endswith(".db") else name + ".db")
            self._location_chosen = True

    def values(self) -> tuple[str, str, Path]:
        """(name, labels, path) as typed, checked; raises AppError naming what is wrong."""
        name = parse_name(self.name.text())
        choice = self.labels.currentData()
        labels = self.custom_labels.text() if choice == "custom" else str(choice)
        parse_labels(labels)
        text = self.location.text().strip()
        if not text:
            raise AppError(self.tr("choose a file for the mission"))
        path = Path(text).expanduser()
        if path.exists():
            raise AppError(self.tr("{path} already exists; choose another file").format(path=path))
        return name, labels, path

    def _accept(self) -> None:
        try:
            self.values()
        except AppError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()
