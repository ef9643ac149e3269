"""The language of free text in the GUI: the forms' "Language of the text" field, the badge in
the incident table beside a title written in another language than the reader's, and the
mission settings dialog's label per language for each category (the same path as the CLI).
Screenshots of the form and the table in French, checked for clipped text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SCREENSHOTS
from factories import incident

from app.i18n import set_language, using_language
from app.ui.launch import prepare_qt_environment

prepare_qt_environment()

from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QLabel  # noqa: E402

from app.domain.labels import category_labels  # noqa: E402
from app.editing.service import Editor  # noqa: E402
from app.mission import MissionEditor, create_mission  # noqa: E402
from app.picture import IncidentFilter  # noqa: E402
from app.store import open_store  # noqa: E402
from app.store.settings import read_categories  # noqa: E402
from app.ui.editing.forms import RecordForm  # noqa: E402
from app.ui.editing.language_field import LAST_TEXT_LANGUAGE  # noqa: E402
from app.ui.incident_table import IncidentTable  # noqa: E402
from app.ui.mission_settings import (  # noqa: E402
    LABEL,
    LANGUAGE_COLUMNS,
    MissionSettingsCommand,
    MissionSettingsDialog,
)
from app.ui.translation import install_translators  # noqa: E402


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "east.db"
    create_mission(path, name="UNMISS Sector East")
    s = open_store(path)
    yield s
    s.close()


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    locale = QLocale()
    translators = install_translators(qapp, "fr")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    set_language("en")
    QLocale.setDefault(locale)


def _form(qtbot, store, record=None) -> RecordForm:  # type: ignore[no-untyped-def]
    editor = Editor(store)
    form = RecordForm(editor, "incident", record=record)
    form.on_submit = lambda f: setattr(
        f, "saved", editor.add("incident", f.values()) if record is None else None
    )
    qtbot.addWidget(form)
    return form


def _type_incident(form: RecordForm, title: str) -> None:
    form.set_field("title", title)
    form.set_field("category", "armed_clash")
    form.set_field("location", (33.25, 35.5))


def test_a_new_incident_is_tagged_with_the_ui_language_and_the_next_one_with_the_last_choice(
    qtbot, store
):
    form = _form(qtbot, store)
    assert form.field_value("text_lang") == "en"  # the language the app is shown in
    assert form.widgets["text_lang"].combo.currentText() == "English (en)"
    _type_incident(form, "Tirs entendus au nord")
    form.widgets["text_lang"].set_value("fr")
    form.accept()
    assert form.saved.text_lang == "fr"
    assert store.get("incident", form.saved.id).text_lang == "fr"
    # The next new report starts with the language chosen last (UI state, not the mission's).
    assert QSettings().value(LAST_TEXT_LANGUAGE) == "fr"
    again = _form(qtbot, store)
    assert again.field_value("text_lang") == "fr"


def test_another_language_is_typed_as_its_tag_and_a_bad_tag_keeps_save_disabled(qtbot, store):
    form = _form(qtbot, store)
    _type_incident(form, "Zona norte")
    combo = form.widgets["text_lang"].combo
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), "fr_FR")
    assert not form.save_button.isEnabled()
    error = form.errors["text_lang"]
    assert error.isVisible() or not error.isHidden()
    assert "'fr_FR' is not a language tag such as fr, en, ar or pt-BR" in error.text()
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), "pt-br")
    assert form.save_button.isEnabled(), form.problems
    form.accept()
    assert store.get("incident", form.saved.id).text_lang == "pt-BR"


def test_a_record_made_before_the_field_opens_as_not_stated_and_is_not_changed(qtbot, store):
    old = store.save(incident(title="Mortar impact"))
    form = _form(qtbot, store, record=old)
    assert form.field_value("text_lang") == ""
    assert form.widgets["text_lang"].combo.currentText() == "— not stated —"
    assert form.changes() == {}
    tagged = store.save(incident(title="Tirs entendus", text_lang="fr"))
    assert _form(qtbot, store, record=tagged).field_value("text_lang") == "fr"


def _titles(table: IncidentTable) -> dict[str, str]:
    model = table.model
    column = 4  # Title
    return {
        model.data(model.index(r, column), 256 + 1): model.data(model.index(r, column))
        for r in range(model.rowCount())
    }


def test_the_table_names_the_language_of_a_title_that_is_not_the_readers(qtbot, store):
    fr = store.save(incident(title="Tirs entendus", text_lang="fr"))
    en = store.save(incident(title="Mortar impact", text_lang="en-GB"))
    plain = store.save(incident(title="Checkpoint closed"))
    table = IncidentTable()
    qtbot.addWidget(table)
    table.model.load(store, IncidentFilter())
    assert _titles(table) == {
        fr.id: "[FR] Tirs entendus", en.id: "Mortar impact", plain.id: "Checkpoint closed"
    }  # fmt: skip
    with using_language("fr"):
        assert _titles(table) == {
            fr.id: "Tirs entendus", en.id: "[EN-GB] Mortar impact", plain.id: "Checkpoint closed"
        }  # fmt: skip
    row = table.model.row_of(fr.id)
    tip = table.model.data(table.model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Language of the text: fr (not translated)" in tip


def test_the_details_panel_names_the_language_of_a_title_that_is_not_the_readers(store):
    from app.ui.details import lookups_for, record_html

    fr = store.save(incident(title="Tirs entendus", text_lang="fr"))
    en = store.save(incident(title="Mortar impact", text_lang="en"))
    lookups = lookups_for(store)
    assert "Tirs entendus <small" in record_html(fr, lookups)
    assert ">[FR]</small>" in record_html(fr, lookups)
    assert "[EN]" not in record_html(en, lookups)
    with using_language("fr"):
        assert "[FR]" not in record_html(fr, lookups)
        assert ">[EN]</small>" in record_html(en, lookups)


def test_the_settings_dialog_sets_a_categorys_label_per_language_as_the_cli_does(qtbot, store):
    MissionEditor(store).add_category(
        "water_dispute", "Water dispute", translations={"fr": "Différend sur l'eau"}
    )
    dialog = MissionSettingsDialog(store)
    qtbot.addWidget(dialog)
    row = dialog.row_of("water_dispute")
    french_column = LANGUAGE_COLUMNS["fr"]
    header = dialog.table.horizontalHeaderItem(french_column)
    assert header is not None and header.text() == "Label (Français)"
    assert dialog.table.item(row, french_column).text() == "Différend sur l'eau"  # set by the CLI
    dialog.table.item(row, french_column).setText("Litige sur l'eau")
    crime = dialog.row_of("crime")
    dialog.table.item(crime, french_column).setText("Criminalité  ordinaire")
    MissionSettingsCommand(dialog.editor, dialog.snapshot()).execute()
    saved = {c.key: dict(c.translations) for c in read_categories(store)}
    assert saved["water_dispute"] == {"fr": "Litige sur l'eau"}
    assert saved["crime"] == {"fr": "Criminalité ordinaire"}  # spaces tidied as the CLI does
    labels = category_labels(store.categories(), lang="fr")
    assert labels["water_dispute"] == "Litige sur l'eau"
    assert category_labels(store.categories(), lang="en")["water_dispute"] == "Water dispute"
    # Emptying the cell takes the label back to the mission's Label.
    again = MissionSettingsDialog(store)
    qtbot.addWidget(again)
    again.table.item(again.row_of("water_dispute"), french_column).setText("")
    MissionSettingsCommand(again.editor, again.snapshot()).execute()
    assert category_labels(store.categories(), lang="fr")["water_dispute"] == "Water dispute"
    # An unchanged dialog changes nothing.
    same = MissionSettingsDialog(store)
    qtbot.addWidget(same)
    assert not MissionSettingsCommand(same.editor, same.snapshot()).execute().changed
    assert same.table.item(same.row_of("water_dispute"), LABEL).text() == "Water dispute"


def test_a_label_too_long_is_refused_in_the_dialog_and_nothing_is_written(qtbot, store):
    dialog = MissionSettingsDialog(store)
    qtbot.addWidget(dialog)
    before = read_categories(store)
    dialog.table.item(dialog.row_of("crime"), LANGUAGE_COLUMNS["fr"]).setText("x" * 81)
    with pytest.raises(Exception, match="at most 80 characters"):
        MissionSettingsCommand(dialog.editor, dialog.snapshot()).execute()
    assert read_categories(store) == before


def _clipped(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Buttons and labels whose text needs more room than they have."""
    found = []
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if not child.isVisible() or not child.text() or getattr(child, "wordWrap", bool)():
            continue
        if child.sizeHint().width() > child.width() + 1:
            found.append(child.text())
    return found


def test_screenshots_of_the_french_form_table_and_settings_show_no_clipped_text(
    qtbot, french, store
):
    store.save(incident(title="Mortar impact near OP 7", text_lang="en"))
    store.save(incident(title="Tirs entendus au nord", text_lang="fr"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    form = _form(qtbot, store)
    form.show()
    qtbot.waitExposed(form)
    assert form.field_value("text_lang") == "fr"  # a new report in the French GUI
    label = next(w for w in form.findChildren(QLabel) if w.text().startswith("Langue du texte"))
    assert label.isVisible()
    assert form.widgets["text_lang"].combo.itemText(0) == "— non précisée —"
    assert _clipped(form) == []
    assert form.grab().save(str(SCREENSHOTS / "text-lang-incident-form-fr.png"))
    form.reject()

    table = IncidentTable()
    qtbot.addWidget(table)
    table.resize(1000, 300)
    table.show()
    table.model.load(store, IncidentFilter())
    qtbot.waitExposed(table)
    titles = set(_titles(table).values())
    assert titles == {"[EN] Mortar impact near OP 7", "Tirs entendus au nord"}
    assert _clipped(table) == []
    assert table.grab().save(str(SCREENSHOTS / "text-lang-incident-table-fr.png"))

    dialog = MissionSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeaderItem(LANGUAGE_COLUMNS["fr"])
    assert header is not None and header.text() == "Libellé (Français)"
    assert _clipped(dialog) == []
    assert dialog.grab().save(str(SCREENSHOTS / "text-lang-settings-categories-fr.png"))
