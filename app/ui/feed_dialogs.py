"""The Add feed dialog: a feed in or out, kept in this installation's feed list like
``bluehelmet feed add``.

The dialog builds a ``FeedDefinition`` from its fields, so the address, audience and layers are
checked by the same code as the command line (``app.feeds.definitions``); what is wrong is
said in one line under the fields and the dialog stays open until it is right. A feed out
names its audience (nothing is sent to nobody in particular); a TLS feed names its client
certificate (PKCS#12) and its password. Nothing connects when a feed is added.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlencode, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.feeds.definitions import FeedDefinition
from app.feeds.sender import DEFAULT_LAYERS, LAYERS
from app.feeds.urls import FeedError, parse_feed_url


class FeedDialog(QDialog):
    """Name, direction, address; for a feed out its audience, clearance, layers and interval;
    for TLS the client certificate and its password."""

    def __init__(
        self,
        taken: Iterable[str] = (),
        labels: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add feed"))
        self.taken = {name.lower() for name in taken}
        self.definition: FeedDefinition | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. HQ LAN"))
        form.addRow(self.tr("Name:"), self.name)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("In: receive and store"), "in")
        self.direction.addItem(self.tr("Out: send to an audience"), "out")
        form.addRow(self.tr("Direction:"), self.direction)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("udp://239.2.3.1:6969?iface=127.0.0.1"))
        self.url.setMinimumWidth(360)
        form.addRow(self.tr("Address:"), self.url)
        cert_row = QHBoxLayout()
        self.cert = QLineEdit()
        self.cert.setPlaceholderText(self.tr("client certificate (.p12)"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        cert_row.addWidget(self.cert, 1)
        cert_row.addWidget(self.browse)
        form.addRow(self.tr("Certificate:"), cert_row)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password:"), self.password)
        self.audience = QLineEdit()
        self.audience.setPlaceholderText(self.tr("a nation (NPL), UN, or MISSION"))
        form.addRow(self.tr("Audience:"), self.audience)
        self.clearance = QComboBox()
        self.clearance.addItem(self.tr("lowest label only"), None)
        for label in labels:
            self.clearance.addItem(label, label)
        form.addRow(self.tr("Clearance:"), self.clearance)
        layers_row = QHBoxLayout()
        self.layers: dict[str, QCheckBox] = {}
        names = {
            "units": self.tr("Our units"),
            "incident": self.tr("Incidents"),
            "map_item": self.tr("Map items"),
            "patrol_area": self.tr("Areas"),
            "ceasefire_line": self.tr("Lines"),
            "patrol": self.tr("Patrols"),
        }
        for layer in LAYERS:
            box = QCheckBox(names.get(layer, layer))
            box.setChecked(layer in DEFAULT_LAYERS)
            self.layers[layer] = box
            layers_row.addWidget(box)
        layers_row.addStretch(1)
        form.addRow(self.tr("Layers:"), layers_row)
        self.every = QDoubleSpinBox()
        self.every.setRange(0.5, 86_400)
        self.every.setValue(10.0)
        self.every.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Send every:"), self.every)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        # Room for a two-line message, so the form does not jump when one appears.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        self.note = QLabel(self.tr("Nothing connects until you start the feed."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._out_widgets: list[QWidget] = [self.audience, self.clearance, self.every,
                                            *self.layers.values()]  # fmt: skip
        self.direction.currentIndexChanged.connect(self._enable)
        self.url.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        out = self.direction.currentData() == "out"
        for widget in self._out_widgets:
            widget.setEnabled(out)
        tls = self.url.text().strip().lower().startswith("tls://")
        for widget in (self.cert, self.browse, self.password):
            widget.setEnabled(tls)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Client certificate"), "", self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if name:
            self.cert.setText(name)

    def address(self) -> str:
        """The address with the certificate fields added as its options (TLS only)."""
        text = self.url.text().strip()
        if not text.lower().startswith("tls://"):
            return text
        options = {}
        query = urlsplit(text).query
        if self.cert.text().strip() and "cert=" not in query:
            options["cert"] = self.cert.text().strip()
        if self.password.text() and "password=" not in query:
            options["password"] = self.password.text()
        if not options:
            return text
        return text + ("&" if query else "?") + urlencode(options)

    def build(self) -> FeedDefinition:
        """The feed these fields define, or an ``AppError`` saying what is wrong."""
        name = self.name.text().strip()
        if not name:
            raise FeedError(self.tr("Give the feed a name."))
        if name.lower() in self.taken:
            raise FeedError(self.tr("A feed named {0} exists already.").format(name))
        if not self.url.text().strip():
            raise FeedError(self.tr("Give the feed's address, e.g. udp://239.2.3.1:6969?iface=…"))
        parse_feed_url(self.address())
        if self.direction.currentData() == "in":
            return FeedDefinition(name, self.address())
        if not self.audience.text().strip():
            raise FeedError(
                self.tr("A feed out needs an audience: a nation (NPL), UN, or MISSION.")
            )
        layers = tuple(layer for layer, box in self.layers.items() if box.isChecked())
        if not layers:
            raise FeedError(self.tr("Pick at least one layer to send."))
        return FeedDefinition(
            name, self.address(), direction="out", audience=self.audience.text().strip(),
            clearance=self.clearance.currentData(), layers=layers, every=self.every.value(),
        )  # fmt: skip

    def accept(self) -> None:
        try:
            self.definition = self.build()
        except AppError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        super().accept()
