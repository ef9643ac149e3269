"""One form for every record kind, driven by a small field spec per kind.

The form collects what the user typed as JSON-shaped values (text, numbers, GeoJSON) and asks
the editing service what is wrong after every change (``Editor.validate`` / ``validate_update``,
which write nothing); each problem is shown in red under its field and Save stays disabled
until there is none. Enter saves, Esc cancels, Ctrl+Enter saves from a multi-line box. The form
itself never writes: the controller turns Save into an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import map_items, taxonomy
from app.domain.labels import category_labels, group_label
from app.domain.labels import label as vocabulary_label
from app.domain.records import Record, record_class
from app.domain.serialize import record_to_dict
from app.editing.service import INCIDENT_TRANSITIONS, Editor, FieldProblem
from app.errors import AppError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ui.editing.attachments import AttachmentsWidget
from app.ui.editing.coordinate_field import ECHO_STYLE, CoordinateField, TimeField
from app.ui.editing.language_field import (
    LanguageField,
    default_text_language,
    remember_text_language,
)

ERROR_STYLE = "color: #c62828;"
#: Title of the form that makes a new record of each kind, and of the one that edits one.
NEW_TITLES = {
    "unit": QT_TRANSLATE_NOOP("RecordForm", "New unit"),
    "position_report": QT_TRANSLATE_NOOP("RecordForm", "New position report"),
    "patrol_area": QT_TRANSLATE_NOOP("RecordForm", "New patrol area"),
    "patrol": QT_TRANSLATE_NOOP("RecordForm", "New patrol"),
    "ceasefire_line": QT_TRANSLATE_NOOP("RecordForm", "New ceasefire line"),
    "incident": QT_TRANSLATE_NOOP("RecordForm", "New incident"),
    "map_item": QT_TRANSLATE_NOOP("RecordForm", "New map item"),
}
EDIT_TITLES = {
    "unit": QT_TRANSLATE_NOOP("RecordForm", "Edit unit"),
    "position_report": QT_TRANSLATE_NOOP("RecordForm", "Edit position report"),
    "patrol_area": QT_TRANSLATE_NOOP("RecordForm", "Edit patrol area"),
    "patrol": QT_TRANSLATE_NOOP("RecordForm", "Edit patrol"),
    "ceasefire_line": QT_TRANSLATE_NOOP("RecordForm", "Edit ceasefire line"),
    "incident": QT_TRANSLATE_NOOP("RecordForm", "Edit incident"),
    "map_item": QT_TRANSLATE_NOOP("RecordForm", "Edit map item"),
}
KIND_TITLES = {
    "unit": "unit",
    "position_report": "position report",
    "patrol_area": "patrol area",
    "patrol": "patrol",
    "ceasefire_line": "ceasefire line",
    "incident": "incident",
    "map_item": "map item",
}


@dataclass(frozen=True)
class FieldSpec:
    """One input of a form: the record field it fills and how it is typed."""

    name: str
    label: str
    #: text, multiline, choice, ref, count, number, time, location, geometry, language
    widget: str = "text"
    choices: tuple[tuple[Any, str], ...] = ()
    #: For refs: the record kind listed (unit, patrol_area, ceasefire_line).
    ref: str = ""
    #: A choice or ref that may be left empty.
    optional: bool = False
    required: bool = False
    suffix: str = ""
    placeholder: str = ""
    #: For geometry: the shape drawn on the map (line, polygon; "any": point, line or polygon).
    shape: str = ""
    #: For choices: the vocabulary of ``app.domain.labels`` whose labels the reader sees.
    vocabulary: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[FieldSpec, ...]
    column: int = 0


def _human(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _keys(values: tuple[str, ...]) -> tuple[tuple[Any, str], ...]:
    return tuple((v, _human(v)) for v in values)


_SEVERITY = tuple((s, f"{s} – {taxonomy.SEVERITY_LABELS[s]}") for s in taxonomy.SEVERITIES)
_MAP_ITEM_TYPES = tuple(
    (t.key, f"{t.label}  ({' or '.join(t.shapes)})") for t in map_items.MAP_ITEM_TYPES.values()
)
_MAP_ITEM_STATUSES = (
    ("", QT_TRANSLATE_NOOP("RecordForm", "— not given —")),
    *_keys(tuple(s for s in map_items.MAP_ITEM_STATUSES if s)),
)
_RELIABILITY = tuple((k, f"{k} – {v}") for k, v in taxonomy.SOURCE_RELIABILITY.items())
_CREDIBILITY = tuple((k, f"{k} – {v}") for k, v in taxonomy.INFO_CREDIBILITY.items())

#: The language the record's free text is written in (``text_lang``).
_TEXT_LANG = FieldSpec(
    "text_lang", QT_TRANSLATE_NOOP("RecordForm", "Language of the text"), "language"
)

_HANDLING = Section(
    QT_TRANSLATE_NOOP("RecordForm", "Handling"),
    (
        FieldSpec("classification", QT_TRANSLATE_NOOP("RecordForm", "Classification"), "choice"),
        FieldSpec(
            "releasable_to",
            QT_TRANSLATE_NOOP("RecordForm", "Releasable to"),
            placeholder="MISSION, NPL, IRL",
        ),
    ),
    column=1,
)

FORM_SPECS: dict[str, tuple[Section, ...]] = {
    "incident": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Report"),
            (
                FieldSpec("title", QT_TRANSLATE_NOOP("RecordForm", "Title"), required=True),
                FieldSpec(
                    "category", QT_TRANSLATE_NOOP("RecordForm", "Category"), "choice", required=True
                ),
                FieldSpec(
                    "severity", QT_TRANSLATE_NOOP("RecordForm", "Severity"), "choice", _SEVERITY
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("RecordForm", "Status"),
                    "choice",
                    _keys(taxonomy.INCIDENT_STATUSES),
                ),
                FieldSpec(
                    "occurred_start",
                    QT_TRANSLATE_NOOP("RecordForm", "Occurred"),
                    "time",
                    required=True,
                ),
                FieldSpec("occurred_end", QT_TRANSLATE_NOOP("RecordForm", "Until"), "time"),
                FieldSpec("reported_at", QT_TRANSLATE_NOOP("RecordForm", "Reported"), "time"),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Where"),
            (
                FieldSpec(
                    "location",
                    QT_TRANSLATE_NOOP("RecordForm", "Location"),
                    "location",
                    required=True,
                ),
                FieldSpec(
                    "precision_m",
                    QT_TRANSLATE_NOOP("RecordForm", "Precision"),
                    "number",
                    suffix="m",
                ),
                FieldSpec(
                    "area_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Area"),
                    "ref",
                    ref="patrol_area",
                    optional=True,
                ),
                FieldSpec(
                    "line_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Line"),
                    "ref",
                    ref="ceasefire_line",
                    optional=True,
                ),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Source"),
            (
                FieldSpec(
                    "reporting_unit_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Reporting unit"),
                    "ref",
                    ref="unit",
                    optional=True,
                ),
                FieldSpec(
                    "source_kind",
                    QT_TRANSLATE_NOOP("RecordForm", "Source kind"),
                    "choice",
                    _keys(taxonomy.SOURCE_KINDS),
                ),
                FieldSpec(
                    "source_reliability",
                    QT_TRANSLATE_NOOP("RecordForm", "Reliability"),
                    "choice",
                    _RELIABILITY,
                ),
                FieldSpec(
                    "info_credibility",
                    QT_TRANSLATE_NOOP("RecordForm", "Credibility"),
                    "choice",
                    _CREDIBILITY,
                ),
            ),
            column=1,
        ),
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Casualties"),
            (
                FieldSpec(
                    "fatalities",
                    QT_TRANSLATE_NOOP("RecordForm", "Killed"),
                    "count",
                    suffix=QT_TRANSLATE_NOOP("RecordForm", "people"),
                ),
                FieldSpec(
                    "fatalities_civilian",
                    QT_TRANSLATE_NOOP("RecordForm", "of them civilians"),
                    "count",
                    suffix=QT_TRANSLATE_NOOP("RecordForm", "people"),
                ),
                FieldSpec(
                    "fatalities_peacekeeper",
                    QT_TRANSLATE_NOOP("RecordForm", "of them peacekeepers"),
                    "count",
                    suffix=QT_TRANSLATE_NOOP("RecordForm", "people"),
                ),
                FieldSpec(
                    "injured",
                    QT_TRANSLATE_NOOP("RecordForm", "Injured"),
                    "count",
                    suffix=QT_TRANSLATE_NOOP("RecordForm", "people"),
                ),
            ),
            column=1,
        ),
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "What happened"),
            (
                FieldSpec(
                    "weapon_class",
                    QT_TRANSLATE_NOOP("RecordForm", "Weapon"),
                    "choice",
                    _keys(taxonomy.WEAPON_CLASSES),
                    optional=True,
                ),
                FieldSpec(
                    "actors",
                    QT_TRANSLATE_NOOP("RecordForm", "Actors"),
                    placeholder=QT_TRANSLATE_NOOP("RecordForm", "Comma-separated, impartial names"),
                ),
                FieldSpec("description", QT_TRANSLATE_NOOP("RecordForm", "Narrative"), "multiline"),
                _TEXT_LANG,
            ),
            column=1,
        ),
        _HANDLING,
    ),
    "unit": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Unit"),
            (
                FieldSpec(
                    "designation", QT_TRANSLATE_NOOP("RecordForm", "Designation"), required=True
                ),
                FieldSpec("short_name", QT_TRANSLATE_NOOP("RecordForm", "Short name")),
                FieldSpec(
                    "nation",
                    QT_TRANSLATE_NOOP("RecordForm", "Nation"),
                    required=True,
                    placeholder=QT_TRANSLATE_NOOP("RecordForm", "ISO 3166 alpha-3: NPL"),
                ),
                FieldSpec(
                    "parent_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Parent unit"),
                    "ref",
                    ref="unit",
                    optional=True,
                ),
                FieldSpec(
                    "echelon",
                    QT_TRANSLATE_NOOP("RecordForm", "Echelon"),
                    "choice",
                    _keys(taxonomy.ECHELONS),
                    optional=True,
                ),
                FieldSpec(
                    "role",
                    QT_TRANSLATE_NOOP("RecordForm", "Role"),
                    "choice",
                    _keys(taxonomy.UNIT_ROLES),
                ),
                FieldSpec(
                    "sidc",
                    QT_TRANSLATE_NOOP("RecordForm", "Symbol (SIDC)"),
                    required=True,
                    placeholder=QT_TRANSLATE_NOOP(
                        "RecordForm", "20 digits, e.g. 10031000161211000000"
                    ),
                ),
                FieldSpec("callsign", QT_TRANSLATE_NOOP("RecordForm", "Callsign")),
                FieldSpec(
                    "strength",
                    QT_TRANSLATE_NOOP("RecordForm", "Strength"),
                    "number",
                    suffix=QT_TRANSLATE_NOOP("RecordForm", "personnel"),
                ),
            ),
        ),
        _HANDLING,
    ),
    "position_report": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Position"),
            (
                FieldSpec(
                    "unit_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Unit"),
                    "ref",
                    ref="unit",
                    required=True,
                ),
                FieldSpec(
                    "observed_at",
                    QT_TRANSLATE_NOOP("RecordForm", "Observed"),
                    "time",
                    required=True,
                ),
                FieldSpec(
                    "location",
                    QT_TRANSLATE_NOOP("RecordForm", "Location"),
                    "location",
                    required=True,
                ),
                FieldSpec(
                    "accuracy_m", QT_TRANSLATE_NOOP("RecordForm", "Accuracy"), "number", suffix="m"
                ),
                FieldSpec(
                    "course_deg", QT_TRANSLATE_NOOP("RecordForm", "Course"), "number", suffix="°"
                ),
                FieldSpec(
                    "speed_kmh", QT_TRANSLATE_NOOP("RecordForm", "Speed"), "number", suffix="km/h"
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("RecordForm", "Status"),
                    "choice",
                    _keys(taxonomy.OPERATIONAL_STATUSES),
                ),
                FieldSpec(
                    "method",
                    QT_TRANSLATE_NOOP("RecordForm", "Method"),
                    "choice",
                    _keys(taxonomy.POSITION_METHODS),
                ),
            ),
        ),
        _HANDLING,
    ),
    "patrol_area": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Area"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("RecordForm", "Name"), required=True),
                FieldSpec(
                    "geometry",
                    QT_TRANSLATE_NOOP("RecordForm", "Outline"),
                    "geometry",
                    required=True,
                    shape="polygon",
                ),
                FieldSpec(
                    "area_type",
                    QT_TRANSLATE_NOOP("RecordForm", "Type"),
                    "choice",
                    _keys(taxonomy.AREA_TYPES),
                ),
                FieldSpec(
                    "responsible_unit_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Responsible unit"),
                    "ref",
                    ref="unit",
                    optional=True,
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("RecordForm", "Status"),
                    "choice",
                    _keys(taxonomy.AREA_STATUSES),
                ),
                FieldSpec("valid_from", QT_TRANSLATE_NOOP("RecordForm", "Valid from"), "time"),
                FieldSpec("valid_to", QT_TRANSLATE_NOOP("RecordForm", "Valid to"), "time"),
                _TEXT_LANG,
            ),
        ),
        _HANDLING,
    ),
    "patrol": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Patrol"),
            (
                FieldSpec(
                    "unit_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Unit"),
                    "ref",
                    ref="unit",
                    required=True,
                ),
                FieldSpec(
                    "area_id",
                    QT_TRANSLATE_NOOP("RecordForm", "Area"),
                    "ref",
                    ref="patrol_area",
                    optional=True,
                ),
                FieldSpec(
                    "patrol_type",
                    QT_TRANSLATE_NOOP("RecordForm", "Type"),
                    "choice",
                    _keys(taxonomy.PATROL_TYPES),
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("RecordForm", "Status"),
                    "choice",
                    _keys(taxonomy.PATROL_STATUSES),
                ),
                FieldSpec("task", QT_TRANSLATE_NOOP("RecordForm", "Task")),
                FieldSpec(
                    "planned_start",
                    QT_TRANSLATE_NOOP("RecordForm", "Planned start"),
                    "time",
                    required=True,
                ),
                FieldSpec(
                    "planned_end",
                    QT_TRANSLATE_NOOP("RecordForm", "Planned end"),
                    "time",
                    required=True,
                ),
                FieldSpec("actual_start", QT_TRANSLATE_NOOP("RecordForm", "Actual start"), "time"),
                FieldSpec("actual_end", QT_TRANSLATE_NOOP("RecordForm", "Actual end"), "time"),
                FieldSpec(
                    "track", QT_TRANSLATE_NOOP("RecordForm", "Track"), "geometry", shape="line"
                ),
                FieldSpec("findings", QT_TRANSLATE_NOOP("RecordForm", "Findings"), "multiline"),
                _TEXT_LANG,
            ),
        ),
        _HANDLING,
    ),
    "ceasefire_line": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Line"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("RecordForm", "Name"), required=True),
                FieldSpec(
                    "geometry",
                    QT_TRANSLATE_NOOP("RecordForm", "Course"),
                    "geometry",
                    required=True,
                    shape="line",
                ),
                FieldSpec(
                    "line_type",
                    QT_TRANSLATE_NOOP("RecordForm", "Type"),
                    "choice",
                    _keys(taxonomy.LINE_TYPES),
                ),
                FieldSpec("party_left", QT_TRANSLATE_NOOP("RecordForm", "Party on the left")),
                FieldSpec("party_right", QT_TRANSLATE_NOOP("RecordForm", "Party on the right")),
                FieldSpec(
                    "buffer_m",
                    QT_TRANSLATE_NOOP("RecordForm", "Buffer (each side)"),
                    "number",
                    suffix="m",
                ),
                FieldSpec("agreement", QT_TRANSLATE_NOOP("RecordForm", "Agreement")),
                FieldSpec(
                    "agreement_date", QT_TRANSLATE_NOOP("RecordForm", "Agreement date"), "time"
                ),
                FieldSpec("valid_from", QT_TRANSLATE_NOOP("RecordForm", "Valid from"), "time"),
                FieldSpec("valid_to", QT_TRANSLATE_NOOP("RecordForm", "Valid to"), "time"),
                _TEXT_LANG,
            ),
        ),
        _HANDLING,
    ),
    "map_item": (
        Section(
            QT_TRANSLATE_NOOP("RecordForm", "Map item"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("RecordForm", "Label"), required=True),
                FieldSpec(
                    "item_type",
                    QT_TRANSLATE_NOOP("RecordForm", "Type"),
                    "choice",
                    _MAP_ITEM_TYPES,
                    required=True,
                ),
                FieldSpec(
                    "geometry",
                    QT_TRANSLATE_NOOP("RecordForm", "Shape"),
                    "geometry",
                    required=True,
                    shape="any",
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("RecordForm", "Status (routes, roads)"),
                    "choice",
                    _MAP_ITEM_STATUSES,
                ),
                FieldSpec(
                    "sidc",
                    QT_TRANSLATE_NOOP("RecordForm", "Symbol (SIDC)"),
                    placeholder=QT_TRANSLATE_NOOP(
                        "RecordForm", "optional: control measure, e.g. 10032500001303000000"
                    ),
                ),
                FieldSpec(
                    "colour",
                    QT_TRANSLATE_NOOP("RecordForm", "Colour"),
                    placeholder=QT_TRANSLATE_NOOP(
                        "RecordForm", "optional: #1d5fbf (else the type's)"
                    ),
                ),
                FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "multiline"),
                _TEXT_LANG,
            ),
        ),
        _HANDLING,
    ),
}


#: Choice fields whose keys the domain labels (``app.domain.labels.VOCABULARIES``).
_FIELD_VOCABULARIES = {
    "severity": "severity", "source_kind": "source_kind",
    "source_reliability": "source_reliability", "info_credibility": "info_credibility",
    "weapon_class": "weapon_class", "echelon": "echelon", "role": "unit_role",
    "method": "position_method", "area_type": "area_type", "patrol_type": "patrol_type",
    "line_type": "line_type", "item_type": "map_item_type",
}  # fmt: skip
#: ``status`` means a different vocabulary for each kind.
_STATUS_VOCABULARIES = {
    "incident": "status", "position_report": "operational_status", "patrol_area": "area_status",
    "patrol": "patrol_status", "map_item": "map_item_status",
}  # fmt: skip
#: Choices shown with their code first ("B – usually reliable").
_CODED = ("severity", "source_reliability", "info_credibility")


def _with_vocabulary(kind: str, spec: FieldSpec) -> FieldSpec:
    if spec.widget != "choice":
        return spec
    if spec.name == "status":
        return replace(spec, vocabulary=_STATUS_VOCABULARIES.get(kind, ""))
    return replace(spec, vocabulary=_FIELD_VOCABULARIES.get(spec.name, ""))


FORM_SPECS = {
    kind: tuple(
        replace(section, fields=tuple(_with_vocabulary(kind, f) for f in section.fields))
        for section in sections
    )
    for kind, sections in FORM_SPECS.items()
}


def form_text(text: str) -> str:
    """A form's label, section title or placeholder in the reader's language."""
    return QCoreApplication.translate("RecordForm", text) if text else ""


def choice_text(spec: FieldSpec, key: Any, text: str = "") -> str:
    """One choice of ``spec`` as the reader sees it: the domain's label for its key (with its
    code first for gradings, with its shapes for map-item types); else ``text`` translated."""
    if spec.vocabulary and key not in (None, ""):
        words = vocabulary_label(spec.vocabulary, key)
        if spec.name in _CODED:
            return f"{key} – {words}"
        words = words[:1].upper() + words[1:]
        known = map_items.MAP_ITEM_TYPES.get(key) if spec.name == "item_type" else None
        if known is not None:
            shapes = [QCoreApplication.translate("RecordForm", shape) for shape in known.shapes]
            or_ = QCoreApplication.translate("RecordForm", " or ")
            return f"{words}  ({or_.join(shapes)})"
        return words
    return form_text(text)


#: The shapes a map item takes, as the type list names them.
_SHAPE_WORDS = (
    QT_TRANSLATE_NOOP("RecordForm", "point"),
    QT_TRANSLATE_NOOP("RecordForm", "line"),
    QT_TRANSLATE_NOOP("RecordForm", "area"),
)


def now_utc() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


def default_values(kind: str) -> dict[str, Any]:
    """What a new record's form starts with: the record's own defaults, now for its times."""
    values: dict[str, Any] = {}
    for f in fields(record_class(kind)):
        if f.default is not MISSING and f.default is not None:
            values[f.name] = f.default
        elif f.default_factory is not MISSING and f.name != "id":
            values[f.name] = f.default_factory()
    now = now_utc()
    if kind == "incident":
        values.update(occurred_start=now, reported_at=now)
    elif kind == "position_report":
        values.update(observed_at=now)
    elif kind == "patrol":
        values.update(planned_start=now, planned_end=now + timedelta(hours=4))
    return values


# --- field widgets -------------------------------------------------------------------------------


class GeometryField(QWidget):
    """A shape drawn on the map: a summary and buttons to draw or edit it there. A field of
    shape ``any`` (a map item) offers a point, a line and an area."""

    changed = Signal()
    #: Draw on the map: 'point', 'line' or 'polygon'.
    draw_requested = Signal(str)
    vertices_requested = Signal()

    def __init__(self, shape: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = shape
        self.summary = QLabel()
        self.summary.setStyleSheet(ECHO_STYLE)
        shapes = ("point", "line", "polygon") if shape == "any" else (shape,)
        #: One "Draw" button per shape this field takes, by shape.
        self.draw_buttons: dict[str, QPushButton] = {}
        for each in shapes:
            button = QPushButton(
                form_text(_DRAW_LABELS[each]) if shape == "any" else self.tr("Draw on map")
            )
            button.setToolTip(
                self.tr("Click the position on the map") if each == "point"
                else self.tr("Click the vertices on the map; click the last one again to finish")
            )  # fmt: skip
            button.clicked.connect(lambda _checked=False, s=each: self.draw_requested.emit(s))
            self.draw_buttons[each] = button
        self.draw = self.draw_buttons[shapes[0]]
        self.vertices = QPushButton(self.tr("Edit vertices on map"))
        for button in (*self.draw_buttons.values(), self.vertices):
            button.setAutoDefault(False)  # Enter in the form saves
        self.vertices.clicked.connect(self.vertices_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if shape != "any":
            row.addWidget(self.summary, 1)
        for button in self.draw_buttons.values():
            row.addWidget(button)
        row.addWidget(self.vertices)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        if shape == "any":
            # The summary on a line of its own: three buttons leave it no room beside them.
            row.addStretch(1)
            outer.addWidget(self.summary)
        outer.addLayout(row)
        self.setFocusProxy(self.draw)
        self._value: dict[str, Any] | None = None
        self.set_value(None)

    def value(self) -> dict[str, Any] | None:
        return self._value

    def set_value(self, geometry: dict[str, Any] | None, *, quiet: bool = False) -> None:
        self._value = geometry
        kind = str((geometry or {}).get("type", ""))
        self.vertices.setEnabled(geometry is not None and kind not in ("Point", "MultiPoint"))
        if self.shape != "any":
            self.draw.setText(self.tr("Redraw on map") if geometry else self.tr("Draw on map"))
        self.summary.setText(_describe_geometry(geometry))
        if not quiet:
            self.changed.emit()


#: GeoJSON geometry type → the shape of a map item drawn so.
_GEOJSON_SHAPES = {
    "Point": map_items.POINT,
    "MultiPoint": map_items.POINT,
    "LineString": map_items.LINE,
    "MultiLineString": map_items.LINE,
    "Polygon": map_items.AREA,
    "MultiPolygon": map_items.AREA,
}
_DRAW_LABELS = {
    "point": QT_TRANSLATE_NOOP("RecordForm", "Place point"),
    "line": QT_TRANSLATE_NOOP("RecordForm", "Draw line"),
    "polygon": QT_TRANSLATE_NOOP("RecordForm", "Draw area"),
}


def _describe_geometry(geometry: dict[str, Any] | None) -> str:
    translate = QCoreApplication.translate
    if not geometry:
        return translate("GeometryField", "Not drawn yet")
    kind = str(geometry.get("type", ""))
    coords = geometry.get("coordinates") or []
    if kind == "Polygon":
        count = max(len(coords[0]) - 1, 0) if coords else 0
        if len(coords) > 1:
            return translate(
                "GeometryField", "Polygon, {vertices}, %n hole(s)", "", len(coords) - 1
            ).format(vertices=translate("GeometryField", "%n vertices", "", count))
        return translate("GeometryField", "Polygon, %n vertices", "", count)
    if kind == "MultiPolygon":
        return translate("GeometryField", "%n polygons", "", len(coords))
    if kind == "LineString":
        return translate("GeometryField", "Line, %n vertices", "", len(coords))
    if kind == "MultiLineString":
        return translate("GeometryField", "%n lines", "", len(coords))
    if kind == "Point" and len(coords) >= 2:
        try:
            from app.domain.coords import to_mgrs

            where = to_mgrs(float(coords[1]), float(coords[0]), 5)
        except Exception:  # off the MGRS grid (poles)
            where = f"{float(coords[1]):.5f}, {float(coords[0]):.5f}"
        return translate("GeometryField", "Point at {where}").format(where=where)
    if kind == "MultiPoint":
        return translate("GeometryField", "%n points", "", len(coords))
    return kind


class NumberField(QWidget):
    """A number typed as text with its unit beside it; empty means not known."""

    changed = Signal()

    def __init__(self, suffix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(140)
        self.edit.setPlaceholderText("—")  # not known
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if suffix:
            layout.addWidget(QLabel(form_text(suffix)))
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
        elif isinstance(value, float) and value.is_integer():
            self.edit.setText(str(int(value)))
        else:
            self.edit.setText(str(value))


# --- the form ------------------------------------------------------------------------------------


class RecordForm(QDialog):
    """Create or edit one record; Save stays disabled while anything is wrong."""

    #: The user asked to pick the location on the map.
    pick_requested = Signal()
    #: Draw the geometry field on the map: field name, shape ('line' | 'polygon').
    draw_requested = Signal(str, str)
    #: Edit the vertices of the geometry field on the map: field name.
    vertices_requested = Signal(str)

    def __init__(
        self,
        editor: Editor,
        kind: str,
        *,
        record: Record | None = None,
        initial: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.kind = kind
        self.record = record
        #: Called with the form on Save; raises AppError to keep the form open with the message.
        self.on_submit: Callable[[RecordForm], None] | None = None
        self.setObjectName(f"{kind}Form")
        self.setWindowTitle(form_text(EDIT_TITLES[kind] if record else NEW_TITLES[kind]))
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.specs: dict[str, FieldSpec] = {}
        self.touched: set[str] = set()
        self.problems: list[FieldProblem] = []
        self._filling = True
        self._refs: dict[str, list[tuple[str, str]]] = {}
        self.extra: QWidget | None = None

        columns = [QVBoxLayout(), QVBoxLayout()]
        for section in FORM_SPECS[kind]:
            box = QGroupBox(form_text(section.title))
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            for spec in section.fields:
                form.addRow(self._label(spec), self._field(spec))
            columns[section.column].addWidget(box)
        self.attachments: AttachmentsWidget | None = None
        if kind == "incident":
            self.attachments = AttachmentsWidget(editor, record.id if record else None)
            box = QGroupBox(self.tr("Attachments"))
            QVBoxLayout(box).addWidget(self.attachments)
            columns[1].insertWidget(columns[1].count() - 1, box)
        self.sections_layout = QHBoxLayout()
        self.columns: list[QWidget] = []
        for column in columns:
            if column.count():
                column.addStretch(1)
                column.setContentsMargins(0, 0, 0, 0)
                holder = QWidget()
                holder.setLayout(column)
                self.sections_layout.addWidget(holder, 1)
                self.columns.append(holder)

        self.general = QLabel()
        self.general.setObjectName("formProblems")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.needed = QLabel()
        self.needed.setObjectName("formNeeded")
        self.needed.setStyleSheet(ECHO_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.needed, 1)
        bottom.addWidget(self.buttons)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.sections_layout)
        self.layout_.addWidget(self.general)
        self.layout_.addLayout(bottom)
        # Enter in a one-line box saves (default button); in a multi-line box Ctrl+Enter does.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._save_shortcut)

        self._fill(record, initial)
        self.initial_values = self.values()
        self._filling = False
        self.revalidate()
        # The columns keep the widths they open with: a message appearing under a field (or
        # an echo changing) must not make them jump. Each keeps at least its opening width.
        for holder in self.columns:
            holder.setMinimumWidth(holder.sizeHint().width())
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    # --- building ------------------------------------------------------------------------------

    def _label(self, spec: FieldSpec) -> QLabel:
        text = self.tr("{label}:").format(label=form_text(spec.label))
        label = QLabel(text + (" *" if spec.required else ""))
        label.setToolTip(spec.name)
        return label

    def _field(self, spec: FieldSpec) -> QWidget:
        widget = self._make_widget(spec)
        widget.setObjectName(f"field_{spec.name}")
        self.widgets[spec.name] = widget
        self.specs[spec.name] = spec
        error = QLabel()
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        # A message wraps within the column instead of widening it (the columns stayed put).
        error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        error.hide()
        self.errors[spec.name] = error
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        layout.addWidget(error)
        holder.setFocusProxy(widget)
        return holder

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        changed = lambda *_: self._changed(spec.name)  # noqa: E731
        if spec.widget == "text":
            edit = QLineEdit()
            edit.setPlaceholderText(form_text(spec.placeholder))
            edit.textChanged.connect(changed)
            return edit
        if spec.widget == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(90)
            text.setPlaceholderText(self.tr("Ctrl+Enter saves"))
            text.textChanged.connect(changed)
            return text
        if spec.widget in ("choice", "ref"):
            combo = QComboBox()
            for value, label in self._choices(spec):
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(changed)
            return combo
        if spec.widget == "count":
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setSuffix(f" {form_text(spec.suffix)}" if spec.suffix else "")
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMaximumWidth(140)
            spin.valueChanged.connect(changed)
            return spin
        if spec.widget == "number":
            number = NumberField(spec.suffix)
            number.changed.connect(changed)
            return number
        if spec.widget == "time":
            time_field = TimeField()
            time_field.changed.connect(changed)
            return time_field
        if spec.widget == "location":
            coordinate = CoordinateField()
            coordinate.changed.connect(changed)
            coordinate.pick_requested.connect(self.pick_requested)
            return coordinate
        if spec.widget == "language":
            language = LanguageField()
            language.changed.connect(changed)
            return language
        if spec.widget == "geometry":
            geometry = GeometryField(spec.shape)
            geometry.changed.connect(changed)
            geometry.draw_requested.connect(
                lambda shape: self.draw_requested.emit(spec.name, shape)
            )
            geometry.vertices_requested.connect(lambda: self.vertices_requested.emit(spec.name))
            return geometry
        raise ValueError(f"unknown field widget {spec.widget!r}")

    def _choices(self, spec: FieldSpec) -> list[tuple[Any, str]]:
        store = self.editor.store
        blank = [(None, self.tr("— none —"))] if spec.optional else []
        if spec.required and spec.name != "classification":
            blank = [(None, self.tr("— choose —"))]
        if spec.widget == "ref":
            if spec.ref not in self._refs:
                if spec.ref == "unit":
                    names = store.unit_names()
                elif spec.ref == "patrol_area":
                    names = {a.id: a.name for a in store.patrol_areas()}
                else:
                    names = {line.id: line.name for line in store.ceasefire_lines()}
                ordered = sorted(names.items(), key=lambda item: item[1].casefold())
                self._refs[spec.ref] = ordered
            own = self.record.id if self.record is not None else None
            return blank + [(k, v) for k, v in self._refs[spec.ref] if k != own]
        if spec.name == "category":
            categories = store.categories(active_only=True)
            labels = category_labels(categories)
            return blank + [
                (c.key, f"{labels[c.key]}  ({group_label(c.group)})") for c in categories
            ]
        if spec.name == "classification":
            return [(label, label) for label in store.classifications if label]
        if spec.name == "status" and self.kind == "incident" and self.record is not None:
            current = getattr(self.record, "status", "reported")
            allowed = (current, *INCIDENT_TRANSITIONS.get(current, ()))
            return [(s, choice_text(spec, s)) for s in allowed]
        return blank + [(key, choice_text(spec, key, text)) for key, text in spec.choices]

    # --- values in and out -----------------------------------------------------------------------

    def _fill(self, record: Record | None, initial: dict[str, Any] | None) -> None:
        values: dict[str, Any] = {}
        if record is not None:
            values = record_to_dict(record)
            if "lat" in values and "lon" in values:
                values["location"] = (values["lat"], values["lon"])
        else:
            values = default_values(self.kind)
            if "text_lang" in self.widgets:
                values["text_lang"] = default_text_language()
        values.update(initial or {})
        for name, value in values.items():
            if name in self.widgets:
                self.set_field(name, value)

    def set_field(self, name: str, value: Any) -> None:
        """Put a value into a field's widget (as a form value or a record value)."""
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            if isinstance(value, list | tuple):
                value = ", ".join(str(v) for v in value)
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and value is not None:
                widget.addItem(str(value), value)  # a value this form does not list (kept)
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, NumberField):
            widget.set_value(value)
        elif isinstance(widget, TimeField):
            if isinstance(value, str) and value:
                from app.domain.coords import parse_utc

                value = parse_utc(value)
            widget.set_value(value or None)
        elif isinstance(widget, CoordinateField):
            if isinstance(value, list | tuple):
                widget.set_position(float(value[0]), float(value[1]))
            elif isinstance(value, str):
                widget.edit.setText(value)
        elif isinstance(widget, GeometryField | LanguageField):
            widget.set_value(value)

    def field_value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, NumberField | GeometryField):
            return widget.value()
        if isinstance(widget, TimeField):
            return widget.iso() or (widget.edit.text().strip() or None)
        if isinstance(widget, CoordinateField):
            return widget.text()
        if isinstance(widget, LanguageField):
            return widget.value()
        raise TypeError(name)

    def values(self) -> dict[str, Any]:
        """The whole form as input for ``Editor.add`` (location as lat/lon when exact)."""
        out: dict[str, Any] = {}
        for name in self.widgets:
            value = self.field_value(name)
            if name == "location":
                widget = self.widgets[name]
                assert isinstance(widget, CoordinateField)
                position = widget.position()
                if position is not None and widget.exact:
                    out["lat"], out["lon"] = position
                elif value:
                    out["location"] = value
                continue
            if name == "releasable_to" and isinstance(value, str):
                value = [part.strip() for part in value.split(",") if part.strip()]
            out[name] = value
        return out

    def changes(self) -> dict[str, Any]:
        """Only what differs from the record as it was loaded (input for ``Editor.update``)."""
        now = self.values()
        before = self.initial_values
        out = {k: v for k, v in now.items() if before.get(k) != v}
        if any(k in out for k in ("lat", "lon", "location")):
            for key in ("lat", "lon", "location"):
                if key in now:
                    out[key] = now[key]
        return out

    # --- validation ------------------------------------------------------------------------------

    def _changed(self, name: str) -> None:
        if self._filling:
            return
        self.touched.add(name)
        if self.kind == "map_item" and name == "geometry":
            self._fit_item_type()
        self.revalidate()

    def _fit_item_type(self) -> None:
        """A map item drawn as a shape its type cannot take (a "road" drawn as a point) gets
        the plain type of that shape; a type that fits stays."""
        geometry = self.field_value("geometry") or {}
        shape = _GEOJSON_SHAPES.get(str(geometry.get("type", "")))
        if shape is None:
            return
        current = self.field_value("item_type")
        known = map_items.MAP_ITEM_TYPES.get(current) if isinstance(current, str) else None
        if known is None or shape not in known.shapes:
            self.set_field("item_type", map_items.FALLBACK_TYPE[shape])

    def revalidate(self) -> list[FieldProblem]:
        """Ask the service what is wrong (nothing is written) and show it under the fields."""
        try:
            if self.record is None:
                problems = self.editor.validate(self.kind, self.values())
            else:
                problems = self.editor.validate_update(self.record.id, self.changes())
        except AppError as exc:
            field = exc.field if isinstance(exc, ValidationError) else ""
            problems = [FieldProblem(field, exc.problem if isinstance(exc, ValidationError)
                                     else str(exc))]  # fmt: skip
        self.problems = problems
        self._show_problems()
        return problems

    def _widget_for(self, field: str) -> str | None:
        if field in ("lat", "lon") and "location" in self.widgets:
            return "location"
        if field == "geometry" and "location" in self.widgets:
            return "location"
        return field if field in self.widgets else None

    def _show_problems(self) -> None:
        by_field: dict[str, str] = {}
        general: list[str] = []
        needed: list[str] = []  # required fields not filled in yet, each named once
        for problem in self.problems:
            name = self._widget_for(problem.field)
            if name is None:
                general.append(str(problem))
            elif name not in self.touched and problem.message == "is required":
                if form_text(self.specs[name].label) not in needed:
                    needed.append(form_text(self.specs[name].label))
            elif name not in by_field:
                by_field[name] = _sentence(form_text(self.specs[name].label), problem.message)
        for name, label in self.errors.items():
            text = by_field.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
        self.needed.setText(
            self.tr("Still needed: {fields}").format(fields=", ".join(needed)) if needed else ""
        )
        self.save_button.setEnabled(not self.problems)

    def show_error(self, exc: AppError) -> None:
        """A refusal at save time (e.g. the database changed meanwhile), under its field."""
        field = exc.field if isinstance(exc, ValidationError) else ""
        name = self._widget_for(field)
        if name is not None and isinstance(exc, ValidationError):
            self.errors[name].setText(_sentence(form_text(self.specs[name].label), exc.problem))
            self.errors[name].show()
        else:
            self.general.setText(str(exc))
            self.general.show()

    # --- map input -------------------------------------------------------------------------------

    def set_location(self, lat: float, lon: float) -> None:
        widget = self.widgets.get("location")
        if isinstance(widget, CoordinateField):
            widget.set_position(lat, lon)
            self.raise_()
            self.activateWindow()

    def set_geometry(self, name: str, geometry: dict[str, Any]) -> None:
        widget = self.widgets.get(name)
        if isinstance(widget, GeometryField):
            widget.set_value(geometry)
            self.raise_()
            self.activateWindow()

    def geometry_field(self) -> str | None:
        for name, spec in self.specs.items():
            if spec.widget == "geometry":
                return name
        return None

    # --- buttons ---------------------------------------------------------------------------------

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.accept()

    def accept(self) -> None:
        if self.revalidate():
            return
        if self.on_submit is not None:
            try:
                self.on_submit(self)
            except AppError as exc:
                self.show_error(exc)
                return
        if self.record is None and "text_lang" in self.widgets:
            remember_text_language(str(self.field_value("text_lang")))
        super().accept()


def _sentence(label: str, message: str) -> str:
    return f"{label} {message}" if message[:1].islower() else f"{label}: {message}"
