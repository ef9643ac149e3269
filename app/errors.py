"""The one family of errors that carry a message fit to show a user.

Anything raised as an ``AppError`` is shown as-is: a dialog in the GUI, an ``Error: …`` line and a
non-zero exit in the CLI. Anything else is a bug and goes to the log with its traceback.
This module must not import Qt, SQLite or anything from the rest of the application but
``app.i18n`` (the standard library and defusedxml), which names a field in the reader's words.
"""

from __future__ import annotations

from app.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    current_language,
    normalise_language,
    translate,
)


class AppError(Exception):
    """An error whose message is a plain sentence that says what is wrong and where."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self)


#: Field keys (record fields, the columns and arguments the CLI and the importers take) → the
#: name a form gives the field, for the field a ``ValidationError`` names. Record fields are named
#: as the GUI's record form labels them (same context and text: one translation for both).
#: English names the key as the command takes it, unchanged; a reader of another language reads
#: « Catégorie (category) : est obligatoire », the form's word and the key to type.
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "text_lang": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Language of the text")),
    "classification": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Classification")),
    "releasable_to": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Releasable to")),
    "title": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Title")),
    "category": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Category")),
    "severity": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Severity")),
    "status": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Status")),
    "occurred_start": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Occurred")),
    "occurred_end": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Until")),
    "reported_at": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Reported")),
    "location": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Location")),
    "precision_m": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Precision")),
    "area_id": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Area")),
    "line_id": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Line")),
    "reporting_unit_id": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Reporting unit")),
    "source_kind": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Source kind")),
    "source_reliability": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Reliability")),
    "info_credibility": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Credibility")),
    "fatalities": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Killed")),
    "fatalities_civilian": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Civilians killed")),
    "fatalities_peacekeeper": (
        "FieldName",
        QT_TRANSLATE_NOOP("FieldName", "Peacekeepers killed"),
    ),
    "injured": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Injured")),
    "weapon_class": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Weapon")),
    "actors": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Actors")),
    "description": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Narrative")),
    "designation": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Designation")),
    "short_name": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Short name")),
    "nation": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Nation")),
    "parent_id": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Parent unit")),
    "echelon": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Echelon")),
    "role": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Role")),
    "sidc": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Symbol (SIDC)")),
    "callsign": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Callsign")),
    "strength": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Strength")),
    "unit_id": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Unit")),
    "unit": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Unit")),
    "observed_at": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Observed")),
    "accuracy_m": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Accuracy")),
    "course_deg": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Course")),
    "speed_kmh": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Speed")),
    "method": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Method")),
    "name": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Name")),
    "geometry": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Geometry")),
    "area_type": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Type")),
    "patrol_type": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Type")),
    "line_type": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Type")),
    "item_type": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Type")),
    "responsible_unit_id": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Responsible unit")),
    "valid_from": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Valid from")),
    "valid_to": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Valid to")),
    "task": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Task")),
    "planned_start": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Planned start")),
    "planned_end": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Planned end")),
    "actual_start": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Actual start")),
    "actual_end": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Actual end")),
    "track": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Track")),
    "findings": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Findings")),
    "party_left": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Party on the left")),
    "party_right": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Party on the right")),
    "buffer_m": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Buffer (each side)")),
    "agreement": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Agreement")),
    "agreement_date": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Agreement date")),
    "colour": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Colour")),
    "notes": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Notes")),
    # Columns and arguments that are not fields of the record form.
    "mgrs": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "MGRS grid reference")),
    "lat/lon": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Latitude and longitude")),
    "higher unit": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Higher unit")),
    "unit type": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Unit type")),
    "affiliation": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Affiliation")),
    "org": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Organisation")),
    "labels": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Classification labels")),
    "parties": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Parties to the conflict")),
    "area": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Area of operations")),
    "bbox": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Bounding box")),
    "attachment": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Attached file")),
    "attachments": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Attached files")),
    "kind": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Record kind")),
    "id": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Identifier")),
    "json": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "JSON argument")),
    "time": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Time")),
    "start": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Start")),
    "end": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "End")),
    "until": ("RecordForm", QT_TRANSLATE_NOOP("RecordForm", "Until")),
    "place": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Place")),
    "label": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Label")),
    "key": ("FieldName", QT_TRANSLATE_NOOP("FieldName", "Key")),
}


def field_name(field: str, *, lang: str | None = None) -> str | None:
    """The name the reader's language gives ``field``, or None where it has none but the key
    (English, or a key such as ``origin.unit`` that only a package or a file holds)."""
    known = FIELD_NAMES.get(field)
    if known is None or (normalise_language(lang) or current_language()) == SOURCE_LANGUAGE:
        return None
    return translate(*known, lang=lang)


class ValidationError(AppError, ValueError):
    """A record or input value is not acceptable; names the field at fault."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

    def __str__(self) -> str:
        # Named when shown, in the language of the output (the problem was said when raised).
        name = field_name(self.field)
        if name is None or self.field.casefold() in name.casefold():  # "Symbole (SIDC)"
            return translate("Errors", "{field}: {problem}").format(
                field=name or self.field, problem=self.problem
            )
        return translate("Errors", "{name} ({field}): {problem}").format(
            name=name, field=self.field, problem=self.problem
        )


class NotFoundError(AppError, LookupError):
    """A record, file or key the user named does not exist."""


class StoreError(AppError):
    """The mission database cannot be opened, upgraded or written."""
