"""Exchanging the picture with partners from the GUI: identity, partners, packages, conflicts.

Thin dialogs over ``app.sync``: everything here can also be done with ``bluehelmet identity``,
``keys``, ``sync`` and ``conflicts``. Long work (export, verify, import) runs in a worker with
its own database connection; an import is previewed (a dry run) before anything is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.serialize import record_from_dict
from app.errors import AppError
from app.store import MissionTarget
from app.sync.identity import (
    Identity,
    TrustStore,
    describe_card,
    export_card,
    init_identity,
    load_identity,
    read_card,
)
from app.ui.details import record_html
from app.ui.session import open_target


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _fingerprint_label(fingerprint: str) -> QLabel:
    """Large monospaced groups of four: read aloud over a radio link and compared."""
    label = _plain(fingerprint)
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(12)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IdentityDialog(QDialog):
    """Shows this installation's identity, or creates it (the GUI asks on first start)."""

    created = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unit identity"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        try:
            me = load_identity()
        except AppError:
            me = None
        if me is not None:
            who = f"{me.nation}, {me.org}" if me.org else me.nation
            layout.addWidget(
                _plain(self.tr("This installation signs as {unit} ({who}).").format(
                    unit=me.unit, who=who))
            )  # fmt: skip
            layout.addWidget(
                _plain(self.tr("Key fingerprint (compare it with partners by voice):"))
            )
            layout.addWidget(_fingerprint_label(me.fingerprint))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
            return
        intro = self.tr(
            "Partners recognise what this installation sends by its "
            "unit identity and signing key. Set them up once:"
        )
        layout.addWidget(_plain(intro))
        form = QFormLayout()
        self.unit = QLineEdit(placeholderText=self.tr("e.g. NEPBATT 1"))
        self.nation = QLineEdit(placeholderText=self.tr("ISO 3166 alpha-3, e.g. NPL"))
        self.org = QLineEdit("UN")
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Nation"), self.nation)
        form.addRow(self.tr("Organisation"), self.org)
        layout.addLayout(form)
        self.error = _plain("")
        self.error.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create identity"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _create(self) -> None:
        try:
            me = init_identity(self.unit.text(), self.nation.text(), self.org.text() or None)
        except AppError as exc:
            self.error.setText(exc.message)  # said before anything is saved; the form stays
            return
        self.created.emit(me.fingerprint)
        self.accept()


class PartnersDialog(QDialog):
    """Trusted partners with fingerprints and what was last sent to / received from each."""

    def __init__(self, db_path: MissionTarget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partners"))
        self.resize(1100, 420)
        self.db_path = db_path
        self.trust = TrustStore()
        self.labels: tuple[str, ...] = ("UNCLASSIFIED",)
        if db_path is not None:
            with open_target(db_path, readonly=True) as store:
                self.labels = store.classifications
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Nation"),
                self.tr("Fingerprint"),
                self.tr("Status"),
                self.tr("Cleared for"),
                self.tr("Last sent"),
                self.tr("Last received"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.message = _plain("")
        trust_button = QPushButton(self.tr("Trust a key card…"))
        revoke_button = QPushButton(self.tr("Revoke selected"))
        card_button = QPushButton(self.tr("Export my key card…"))
        self.revoke_button = revoke_button
        steps = _plain(
            self.tr(
                "1. Send your key card to the partner (Export my key card…).  "
                "2. Trust theirs after comparing fingerprints read out by voice or radio.  "
                "3. Set what they are cleared for (the highest classification they may receive)."
            )
        )
        steps.setWordWrap(True)
        try:
            me = load_identity()
            mine = self.tr("Our unit: {unit} ({nation}, {org}) — fingerprint").format(
                unit=me.unit, nation=me.nation, org=me.org or self.tr("no org")
            )
            self.own_fingerprint = me.fingerprint
        except AppError:
            mine = self.tr("No identity yet: create one in Sync → Identity")
            self.own_fingerprint = ""
        self.clearance = QComboBox()
        self.clearance.addItems(self.labels)
        self.clearance.setToolTip(
            self.tr(
                "Highest classification the selected partner may receive; records above it are "
                "never put in its packages"
            )
        )
        clear_button = QPushButton(self.tr("Set clearance"))
        self.clear_button = clear_button
        clear_button.clicked.connect(self._accredit)
        trust_button.clicked.connect(self._trust)
        revoke_button.clicked.connect(self._revoke)
        card_button.clicked.connect(self._export_card)
        row = QHBoxLayout()
        for button in (trust_button, revoke_button, card_button):
            row.addWidget(button)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Cleared for:")))
        row.addWidget(self.clearance)
        row.addWidget(clear_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addWidget(_plain(mine))
        if self.own_fingerprint:
            layout.addWidget(_fingerprint_label(self.own_fingerprint))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.reload()

    def _selected_active(self) -> bool:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return False
        item = self.table.item(rows.pop(), 0)
        fingerprint = item.data(Qt.ItemDataRole.UserRole) if item else None
        partner = self.trust.get(fingerprint) if fingerprint else None
        return partner is not None and not partner.revoked

    def _update_actions(self) -> None:
        """Revoke and Set clearance apply to one selected, still-trusted partner only."""
        active = self._selected_active()
        self.revoke_button.setEnabled(active)
        self.clear_button.setEnabled(active)
        self.clearance.setEnabled(active)

    def confirm_card(self, card: Identity) -> bool:
        """Show every field of the card and ask whether the partner read out this fingerprint
        (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Compare the fingerprint"),
            self.tr(
                "Key card:\n{card}\n\nAsk the partner to read out their "
                "fingerprint. Does it match exactly, group by group?"
            ).format(card=describe_card(card)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reload(self) -> None:
        partners = self.trust.list()
        states: dict[str, dict[str, Any]] = {}
        if self.db_path is not None:
            with open_target(self.db_path, readonly=True) as store:
                states = {p.fingerprint: store.partner_state(p.fingerprint) for p in partners}
        self.table.setRowCount(len(partners))
        for r, partner in enumerate(partners):
            state = states.get(partner.fingerprint, {})
            cells = [
                partner.unit,
                partner.nation,
                partner.fingerprint,
                self.tr("REVOKED") if partner.revoked else self.tr("trusted"),
                partner.accreditation or self.tr("{label} (not set)").format(label=self.labels[0]),
                state.get("last_sent_at") or self.tr("never"),
                state.get("last_received_at") or self.tr("never"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setData(Qt.ItemDataRole.UserRole, partner.fingerprint)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_actions()

    def _trust(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Partner key card"), "", self.tr("All files (*)")
        )
        if not name:
            return
        self.trust_card_file(Path(name))

    def trust_card_file(self, path: Path) -> None:
        """Read a card, show it in full, trust it only once the user confirms the fingerprint."""
        try:
            card = read_card(path)
            if not self.confirm_card(card):
                self.message.setText(
                    self.tr("Not trusted: {unit}'s fingerprint was not confirmed").format(
                        unit=card.unit
                    )
                )
                return
            own = load_identity().unit if self.own_fingerprint else None
            partner = self.trust.trust(card, own_unit=own)
        except AppError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("Trusted {unit}: {fingerprint}").format(
                unit=partner.unit, fingerprint=partner.fingerprint
            )
        )
        self.reload()

    def _accredit(self) -> None:
        items = self.table.selectedItems()
        if not items:
            self.message.setText(self.tr("Select a partner first."))
            return
        try:
            partner = self.trust.accredit(
                items[0].data(Qt.ItemDataRole.UserRole), self.clearance.currentText()
            )
        except AppError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("{unit} may now receive up to {label}.").format(
                unit=partner.unit, label=partner.accreditation
            )
        )
        self.reload()

    def _revoke(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        try:
            partner = self.trust.revoke(items[0].data(Qt.ItemDataRole.UserRole))
        except AppError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("Revoked {unit}; its packages are refused from now on.").format(
                unit=partner.unit
            )
        )
        self.reload()

    def _export_card(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save my key card"), "my-unit.card")
        if not name:
            return
        try:
            path = export_card(Path(name))
        except AppError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Key card saved to {path}").format(path=path))


class ImportPreviewDialog(QDialog):
    """What a package would change (from a dry run), before anything is written."""

    def __init__(self, summary_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import package"))
        layout = QVBoxLayout(self)
        intro = self.tr(
            "The package is genuine and addressed to this unit. "
            "Importing it would change the picture as follows:"
        )
        layout.addWidget(_plain(intro))
        self.summary = _plain(summary_text)
        self.summary.setFont(QFont("DejaVu Sans Mono"))
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ConflictsDialog(QDialog):
    """Concurrent edits side by side; the operator keeps one (which becomes a new edit)."""

    resolved = Signal()

    def __init__(self, db_path: MissionTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QTextBrowser

        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1100, 600)
        self.db_path = db_path
        self.list = QListWidget()
        self.local = QTextBrowser()
        self.remote = QTextBrowser()
        keep_local = QPushButton(self.tr("Keep ours"))
        keep_remote = QPushButton(self.tr("Keep theirs"))
        keep_local.clicked.connect(lambda: self._resolve("local"))
        keep_remote.clicked.connect(lambda: self._resolve("remote"))
        self.message = _plain("")
        sides = QHBoxLayout()
        for title, browser, button in ((self.tr("Ours"), self.local, keep_local),
                                       (self.tr("Theirs"), self.remote, keep_remote)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(_plain(title))
            column.addWidget(browser, 1)
            column.addWidget(button)
            sides.addLayout(column, 1)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.message)
        layout.addLayout(left, 1)
        layout.addLayout(sides, 3)
        self.list.currentItemChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with open_target(self.db_path, readonly=True) as store:
            self.rows = store.conflicts()
        for row in self.rows:
            item = QListWidgetItem(f"{row.kind} {row.record_id[:8]} ({row.detected_at[:16]})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if self.rows:
            self.list.setCurrentRow(0)
        else:
            self.local.clear()
            self.remote.clear()
            self.message.setText(self.tr("No open conflicts."))

    def _show(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        row = next(r for r in self.rows if r.id == item.data(Qt.ItemDataRole.UserRole))
        for browser, text in ((self.local, row.local_json), (self.remote, row.remote_json)):
            try:
                browser.setHtml(record_html(record_from_dict(json.loads(text))))
            except (AppError, ValueError):
                browser.setPlainText(text)

    def _resolve(self, keep: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            with open_target(self.db_path) as store:
                store.resolve_conflict(int(item.data(Qt.ItemDataRole.UserRole)), keep)
        except AppError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("Resolved: the kept version is a new edit and travels to partners.")
        )
        self.resolved.emit()
        self.reload()
