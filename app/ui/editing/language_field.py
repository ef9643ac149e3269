"""The "Language of the text" field of the record forms, and the badge a reader sees beside
free text written in another language than the one the app shows.

A record's free text (title, narrative, notes) is kept as its author wrote it; its BCP 47 tag
(``text_lang``) tells readers of other languages that it is not translated. The field offers
"not stated", the app's languages and any other tag typed in (``ar``, ``pt-BR``): the record's
own validation checks what is typed.

A new record starts with the language its author chose last time (UI state, kept in
QSettings), else the language the app is shown in: staff mostly write in the language they
work in, and a form that asks every time would be left on "not stated". A record that exists
keeps what it has (none for those made before the field existed): guessing would change its
content, and so its version and signature, without anyone having said anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from app.domain.langtag import differs_from
from app.i18n import LANGUAGES, current_language

#: QSettings key of the language last chosen on a new record's form.
LAST_TEXT_LANGUAGE = "editing/text_language"


def default_text_language(settings: QSettings | None = None) -> str:
    """The tag a new record's form starts with (see the module's docstring)."""
    value = (settings or QSettings()).value(LAST_TEXT_LANGUAGE, None)
    if isinstance(value, str):
        return value
    return current_language()


def remember_text_language(tag: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(LAST_TEXT_LANGUAGE, tag)


def language_badge(tag: str, reader: str | None = None) -> str:
    """``FR`` for a text tagged ``fr`` when the reader reads another language, else ``""``."""
    if not differs_from(tag, reader or current_language()):
        return ""
    return tag.upper()


def badge_hint(tag: str) -> str:
    """The tooltip of a language badge."""
    return QCoreApplication.translate(
        "LanguageField", "Language of the text: {tag} (not translated)"
    ).format(tag=tag)


class LanguageField(QWidget):
    """An editable list: not stated, the app's languages, or another tag typed in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem(self.tr("— not stated —"), "")
        for tag, name in LANGUAGES.items():
            self.combo.addItem(f"{name} ({tag})", tag)
        self.combo.setToolTip(
            self.tr(
                "The language the free text of this record is written in. Another language: "
                "type its tag, such as ar or pt-BR."
            )
        )
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText(self.tr("a tag such as ar or pt-BR"))
        self.combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.combo.editTextChanged.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def value(self) -> str:
        """The tag chosen or typed (as typed: the record normalises and checks it)."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text)
        if index >= 0:
            return str(self.combo.itemData(index))
        return text

    def set_value(self, tag: str | None) -> None:
        index = self.combo.findData(tag or "")
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self.combo.setEditText(self.combo.itemText(index))
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(tag or "")
