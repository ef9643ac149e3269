"""Files in and out of the mission from the GUI: partner files, sync packages, basemaps, exports.

``Exchange`` runs each flow the way the user sees it: choose (through ``Dialogs``), check, work
in the background with a progress dialog and Cancel, then say what changed. It holds the session,
the map view and the dialog service, never the window. What an import wrote is told to the
session as the kinds it changed (``Session.notify``), so only those layers and tables reload,
and the ceasefire-violation scan runs once, after the write, over what the import brought.

The services (``app.interop``, ``app.sync``, ``app.basemaps``) do the work in worker threads
with their own database connections; nothing here parses or writes files itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app import basemaps
from app.errors import AppError
from app.i18n import translate
from app.interop.base import Cancelled, Job
from app.store import MissionStore
from app.ui import workers
from app.ui.dialogs import Dialogs
from app.ui.session import Session, open_target
from maps.document import APP_TILES_BASE, NATURAL_EARTH

#: The counts an import reports, per record kind, in the reader's words and plural forms.
#: ``app.i18n.translate`` (the same catalogue as Qt's) so that the English plural forms apply
#: even where no Qt translator is installed (tests, a bare QApplication).
_NEW: dict[str, Callable[[int], str]] = {
    "incident": lambda n: translate("ImportNews", "%n new incident(s)", None, n),
    "unit": lambda n: translate("ImportNews", "%n new unit(s)", None, n),
    "position_report": lambda n: translate("ImportNews", "%n new position report(s)", None, n),
    "patrol_area": lambda n: translate("ImportNews", "%n new patrol area(s)", None, n),
    "patrol": lambda n: translate("ImportNews", "%n new patrol(s)", None, n),
    "ceasefire_line": lambda n: translate("ImportNews", "%n new ceasefire line(s)", None, n),
    "map_item": lambda n: translate("ImportNews", "%n new map item(s)", None, n),
}
_UPDATED: dict[str, Callable[[int], str]] = {
    "incident": lambda n: translate("ImportNews", "%n updated incident(s)", None, n),
    "unit": lambda n: translate("ImportNews", "%n updated unit(s)", None, n),
    "position_report": lambda n: translate("ImportNews", "%n updated position report(s)", None, n),
    "patrol_area": lambda n: translate("ImportNews", "%n updated patrol area(s)", None, n),
    "patrol": lambda n: translate("ImportNews", "%n updated patrol(s)", None, n),
    "ceasefire_line": lambda n: translate("ImportNews", "%n updated ceasefire line(s)", None, n),
    "map_item": lambda n: translate("ImportNews", "%n updated map item(s)", None, n),
}


def _counted(table: dict[str, Callable[[int], str]], n: int, kind: str) -> str:
    return table[kind](n) if kind in table else f"{n:,} {kind.replace('_', ' ')}"


def _orbat_filter() -> str:
    return (
        translate("Exchange", "ORBAT spreadsheets")
        + " (*.xlsx *.csv);;"
        + translate("Exchange", "All files")
        + " (*)"
    )


if TYPE_CHECKING:
    from app.analysis.violations import Violation
    from app.ui.map_view import MapView


def import_news(summary: Any, *, preview: bool = False) -> str:
    """What a file import did (or, for a ``preview``, would do), in words, from the summary's
    fields (not its CLI text)."""
    parts = [_counted(_NEW, n, k) for k, n in sorted(summary.created.items()) if n]
    parts += [_counted(_UPDATED, n, k) for k, n in sorted(summary.updated.items()) if n]
    what = ", ".join(parts) or translate("ImportNews", "nothing")
    if preview:
        text = translate("ImportNews", "{file}: would bring {what}")
    else:
        text = translate("ImportNews", "{file}: imported {what}")
    text = text.format(file=summary.path.name, what=what)
    if summary.skipped:
        reasons = "; ".join(f"{n} × {why}" for why, n in sorted(summary.skipped.items()))
        text += translate("ImportNews", "; left out {count} ({reasons})").format(
            count=f"{sum(summary.skipped.values()):,}", reasons=reasons
        )
    return text


#: Record kinds that can bring a ceasefire violation (an incident, or a line near incidents).
VIOLATION_KINDS = frozenset({"incident", "ceasefire_line"})


def job_for(progress: workers.Progress) -> Job:
    """A service ``Job`` whose cancel is the worker's Cancel button."""
    state = {"cancelled": False}

    def moved(done: int, total: int) -> None:
        if not progress(done, total):
            state["cancelled"] = True

    return Job(progress=moved, is_cancelled=lambda: state["cancelled"])


def new_violations(
    store: MissionStore, incident_ids: Iterable[str], line_ids: Iterable[str] = ()
) -> list[Violation]:
    """Violations by the incidents or along the lines an import created: one scan, after it.

    "New" means what the mission did not have before: an incident or a line the import added.
    Updated records are not counted again (a partner re-sending the same file brings none)."""
    from app.analysis import violations

    incidents, lines = set(incident_ids), set(line_ids)
    if not incidents and not lines:
        return []
    report = violations(store)
    return [v for v in report.items if v.incident_id in incidents or v.line_id in lines]


def package_kinds(summary: Any) -> set[str]:
    """The record kinds a package import wrote (new, updated, or a conflict kept aside)."""
    written = {
        kind
        for kind, per_action in summary.counts.items()
        if per_action.get("new") or per_action.get("updated")
    }
    return written | (set(summary.counts) if summary.conflicts else set())


@dataclass
class ImportOutcome:
    """What one run of file imports did (built in the worker, read on the GUI thread)."""

    messages: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    #: Record kinds written (created or updated).
    kinds: set[str] = field(default_factory=set)
    violations: list[Violation] = field(default_factory=list)


@dataclass
class ImportPreview:
    """What the chosen files would bring, read before anything is written."""

    #: One line per readable file, in words.
    files: list[str] = field(default_factory=list)
    #: Files refused whole, and features left out, each with its reason.
    problems: list[str] = field(default_factory=list)
    good_paths: list[Path] = field(default_factory=list)
    features: int = 0
    outside: int = 0
    #: (west, south, east, north) of what would come in, or None.
    extent: tuple[float, float, float, float] | None = None


def _shape(record: Any) -> Any:
    from shapely.geometry import Point

    for name in ("geometry", "track"):
        value = getattr(record, name, None)
        if value is not None:
            return value
    lat, lon = getattr(record, "lat", None), getattr(record, "lon", None)
    return Point(lon, lat) if lat is not None and lon is not None else None


def preview_files(
    store: MissionStore, paths: list[Path], options: dict[Path, Any]
) -> ImportPreview:
    """Read each file as the import would, write nothing; say where it lies against the
    mission's area (the box around its located records, with a margin of a quarter degree)."""
    from shapely.geometry import box

    from app.interop.importer import read_records
    from app.picture import mission_bounds

    (south, west), (north, east) = mission_bounds(store)
    whole_world = (south, west, north, east) == (-60.0, -180.0, 75.0, 180.0)
    area = box(west - 0.25, south - 0.25, east + 0.25, north + 0.25)
    preview = ImportPreview()
    bounds: list[tuple[float, float, float, float]] = []
    for path in paths:
        try:
            summary = read_records(store, path, skip_invalid=True, **options.get(path, {}))
        except Exception as exc:  # the file is refused whole: listed, the others still come in
            from app.ui.dialogs import user_message

            preview.problems.append(user_message(exc))
            continue
        preview.good_paths.append(path)
        preview.files.append(import_news(summary, preview=True))
        for why, n in sorted(summary.skipped.items()):
            left_out = translate("ImportNews", "%n feature(s) left out: {why}", None, n)
            preview.problems.append(f"{path.name}: " + left_out.format(why=why))
        for problem in summary.problems:  # features that cannot become records, each named
            preview.problems.append(f"{path.name}: {problem.line()}")
        for record in summary.records:
            shape = _shape(record)
            if shape is None or shape.is_empty:
                continue
            preview.features += 1
            bounds.append(shape.bounds)
            if not whole_world and not shape.intersects(area):
                preview.outside += 1
    if bounds:
        preview.extent = (
            min(b[0] for b in bounds), min(b[1] for b in bounds),
            max(b[2] for b in bounds), max(b[3] for b in bounds),
        )  # fmt: skip
    return preview


class ImportRun:
    """Imports files in the background: one savepoint per file inside one transaction, so a bad
    file is refused alone while Cancel rolls the whole run back."""

    def __init__(self, exchange: Exchange, paths: list[Path]) -> None:
        self.exchange = exchange
        self.paths = paths
        self.options: dict[Path, dict[str, Any]] = {}
        self.task: workers.Task | None = None
        self.progress: Any = None  # the QProgressDialog while the run works

    def ask_csv_mappings(self, then: Callable[[], None]) -> None:
        """Show the mapping dialog for each CSV file in turn, then run ``then``."""
        from app.interop.importer import detect
        from app.ui.interop_dialogs import CsvMappingDialog

        dialogs = self.exchange.dialogs
        pending = []
        for path in self.paths:
            try:
                if detect(path).name == "csv":
                    pending.append(path)
            except (AppError, OSError):
                pass  # the import itself reports it

        def next_one() -> None:
            if not pending:
                then()
                return
            path = pending.pop(0)
            try:
                dialog = CsvMappingDialog(path, dialogs.window)
            except AppError as exc:
                dialogs.error(exc)
                self.paths.remove(path)
                next_one()
                return

            def chosen(accepted: bool) -> None:
                if accepted:
                    self.options[path] = {"mapping": dialog.mapping(), "as_kind": dialog.as_kind()}
                else:
                    self.paths.remove(path)
                dialog.deleteLater()
                next_one()

            dialogs.show(dialog, chosen)

        next_one()

    def preview(self) -> None:
        """Read the files (nothing written), show what would come in, then import or not."""
        from app.ui.interop_dialogs import ImportPreviewDialog

        exchange = self.exchange
        if exchange.session.store is None or not self.paths:
            return
        db_path = exchange.session.db_path()
        paths, options = list(self.paths), dict(self.options)
        dialog = exchange.dialogs.progress(
            translate("Exchange", "Reading %n file(s)…", None, len(paths))
        )

        def work(_progress: workers.Progress) -> ImportPreview:
            with open_target(db_path, readonly=True) as store:
                return preview_files(store, paths, options)

        def read(preview: ImportPreview) -> None:
            dialog.reset()
            if not preview.good_paths:
                for problem in preview.problems:
                    exchange.dialogs.error(AppError(problem))
                return
            exchange.show_extent(preview.extent)
            shown = ImportPreviewDialog(preview, exchange.dialogs.window)

            def answered(accepted: bool) -> None:
                exchange.map_view.clear_overlay("import-preview")
                if accepted:  # the good features: invalid ones are left out, as listed
                    self.paths = list(preview.good_paths)
                    for path in self.paths:
                        self.options[path] = {**self.options.get(path, {}), "skip_invalid": True}
                    self.extent = preview.extent
                    self.start()
                else:
                    exchange.dialogs.status(
                        translate("Exchange", "Import cancelled; nothing was written")
                    )

            exchange.dialogs.show(shown, answered)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            exchange.dialogs.error(exc)

        self.task = workers.start(work, result=read, error=failed)

    def start(self) -> None:
        from app.interop.importer import import_file

        exchange = self.exchange
        if exchange.session.store is None or not self.paths:
            return
        db_path = exchange.session.db_path()
        paths, options = list(self.paths), dict(self.options)
        dialog = exchange.dialogs.progress(
            translate("Exchange", "Importing %n file(s)…", None, len(paths)), cancellable=True
        )
        self.progress = dialog

        def work(progress: workers.Progress) -> ImportOutcome:
            outcome = ImportOutcome()
            job = job_for(progress)
            created: dict[str, set[str]] = {"incident": set(), "ceasefire_line": set()}
            with open_target(db_path) as store:
                with store.transaction():
                    for path in paths:
                        try:
                            summary = import_file(store, path, job=job, **options.get(path, {}))
                        except Cancelled:
                            raise
                        except Exception as exc:  # shown to the user, one per file
                            outcome.errors.append(exc)
                            continue
                        outcome.messages.append(import_news(summary))
                        outcome.kinds |= {k for k, n in summary.created.items() if n}
                        outcome.kinds |= {k for k, n in summary.updated.items() if n}
                        for record in summary.records:
                            if record.KIND in created:
                                created[record.KIND].add(record.id)
                if outcome.kinds & VIOLATION_KINDS:
                    outcome.violations = new_violations(
                        store, created["incident"], created["ceasefire_line"]
                    )
            return outcome

        def finished(outcome: ImportOutcome) -> None:
            dialog.reset()
            exchange.files_imported(outcome)
            extent = getattr(self, "extent", None)
            if extent is not None and outcome.messages:  # zoom to what came in
                west, south, east, north = extent
                pad = max(0.0, 0.02 - (east - west), 0.02 - (north - south)) / 2  # one point
                exchange.map_view.fit_bounds(south - pad, west - pad, north + pad, east + pad)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if isinstance(exc, Cancelled):
                exchange.dialogs.status(
                    translate("Exchange", "Import cancelled; nothing was written")
                )
            else:
                exchange.dialogs.error(exc)

        def moved(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

        self.task = workers.start(work, result=finished, error=failed, progress=moved)
        dialog.canceled.connect(self.task.cancel)


class Exchange(QObject):
    """Import, package and basemap flows for one session."""

    #: One summary line per file after files were imported.
    imported = Signal(list)
    #: The new ceasefire violations (``Violation`` items) an import or a package brought.
    violations_arrived = Signal(list)
    #: The summary after a partner's package was imported (or found already there).
    package_imported = Signal(str)
    package_exported = Signal(str)
    #: The summary line after File → Export wrote a file.
    exported = Signal(str)
    #: The basemaps the map offers changed: (entries for the layer panel, id to select or None).
    basemaps_changed = Signal(list, object)

    def __init__(
        self, session: Session, map_view: MapView, dialogs: Dialogs, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.map_view = map_view
        self.dialogs = dialogs
        #: The runs and tasks under way (kept alive until they finish).
        self.runs: list[ImportRun] = []
        self.task: workers.Task | None = None

    # --- partner files ------------------------------------------------------------------------

    def choose_import(self) -> None:
        from app.ui.interop_dialogs import import_filter

        paths = self.dialogs.open_files(translate("Exchange", "Import"), import_filter())
        if paths:
            self.import_files(paths, preview=True)

    def show_extent(self, extent: tuple[float, float, float, float] | None) -> None:
        """Outline on the map where an import's features lie, and show it with the mission."""
        if extent is None:
            return
        west, south, east, north = extent
        ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
        name = translate("Exchange", "what the import brings")
        outline = {"type": "FeatureCollection", "features": [{
            "type": "Feature", "properties": {"name": name},
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        }]}  # fmt: skip
        style = {"color": "#e65100", "weight": 3, "dashArray": "8,6", "fillOpacity": 0.08}
        self.map_view.set_overlay("import-preview", outline, style)

    # --- File → Import ORBAT… -----------------------------------------------------------------

    def choose_orbat(self) -> None:
        path = self.dialogs.open_file(translate("Exchange", "Import ORBAT"), _orbat_filter())
        if path is not None:
            self.import_orbat(path)

    def import_orbat(self, path: Path) -> workers.Task | None:
        """Units and their hierarchy from an Excel or CSV order of battle (app.interop.orbat),
        off the GUI thread; its summary line is reported like any other import's."""
        if self.session.store is None:
            self.dialogs.error(
                AppError(translate("Exchange", "open a mission before importing an ORBAT"))
            )
            return None
        db_path = self.session.db_path()

        def work(_progress: workers.Progress) -> ImportOutcome:
            from app.interop.orbat import import_orbat

            with open_target(db_path) as store:
                text = import_orbat(store, path).describe()
            return ImportOutcome(messages=[text], kinds={"unit"})

        self.dialogs.status(
            translate("Exchange", "Importing the ORBAT {name}…").format(name=path.name)
        )
        self.task = workers.start(work, result=self.files_imported, error=self.dialogs.error)
        return self.task

    def import_paths(self, paths: list[Path]) -> None:
        """Files dropped on the window: basemaps, packages, ORBAT spreadsheets and partner
        files each their way."""
        orbats = [p for p in paths if p.suffix.lower() == ".xlsx"]
        for path in orbats:
            self.import_orbat(path)
        paths = [p for p in paths if p not in orbats]
        mbtiles = [p for p in paths if p.suffix.lower() in (".mbtiles", ".pmtiles")]
        for path in mbtiles:
            self.import_basemap(path)
        packages = [p for p in paths if p.suffix.lower() == ".bhp"]
        for path in packages:
            self.import_package(path)
        others = [p for p in paths if p not in mbtiles and p not in packages]
        if others:
            self.import_files(others, preview=True)

    def import_files(
        self, paths: list[Path], *, ask_mapping: bool = True, preview: bool = False
    ) -> ImportRun | None:
        """Import files off the GUI thread (CSV files get the column mapping dialog first,
        then, with ``preview``, a look at what would come in), with a progress dialog and
        Cancel; then reload what changed and zoom to it."""
        from app.sync.package import looks_like_package

        if self.session.store is None:
            self.dialogs.error(
                AppError(translate("Exchange", "open a mission before importing files"))
            )
            return None
        packages = [p for p in paths if looks_like_package(p)]
        for path in packages:  # a partner's sync package, whatever its name: verified as such
            self.import_package(path)
        run = ImportRun(self, [p for p in paths if p not in packages])
        self.runs = [*self.runs[-3:], run]
        then = run.preview if preview else run.start
        if ask_mapping:
            run.ask_csv_mappings(then)
        else:
            then()
        return run

    def files_imported(self, outcome: ImportOutcome) -> None:
        """Tell the user what an import brought (and what it refused); reload what changed."""
        if outcome.violations:
            self.violations_arrived.emit(outcome.violations)
        for exc in outcome.errors:
            self.dialogs.error(exc)
        if outcome.messages:
            self.dialogs.status("; ".join(outcome.messages))
            self.session.notify(outcome.kinds)
            self.imported.emit(outcome.messages)

    # --- File → Export ------------------------------------------------------------------------

    def choose_export(self) -> None:
        from app.ui.interop_dialogs import ExportDialog

        if self.session.store is None:
            self.dialogs.error(AppError(translate("Exchange", "open a mission before exporting")))
            return
        dialog = ExportDialog(self, self.dialogs.window)
        self.dialogs.show(dialog)

    def export_file(
        self,
        out: Path,
        *,
        format: str,
        kinds: list[str] | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        since: datetime | None = None,
    ) -> workers.Task | None:
        """Export in the background with a progress bar; Cancel leaves no file behind."""
        from app.interop.exporter import export_file

        try:
            db_path = self.session.db_path("exporting")
        except AppError as exc:
            self.dialogs.error(exc)
            return None
        dialog = self.dialogs.progress(
            translate("Exchange", "Exporting {name}…").format(name=out.name), cancellable=True
        )

        def work(progress: workers.Progress) -> str:
            with open_target(db_path, readonly=True) as store:
                summary = export_file(
                    store, out, format, kinds=kinds, bbox=bbox, since=since, job=job_for(progress)
                )
            return summary.describe()

        def finished(text: str) -> None:
            dialog.reset()
            self.dialogs.status(text)
            self.exported.emit(text)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if isinstance(exc, Cancelled):
                self.dialogs.status(translate("Exchange", "Export cancelled; no file was written"))
            else:
                self.dialogs.error(exc)

        def moved(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

        task = workers.start(work, result=finished, error=failed, progress=moved)
        dialog.canceled.connect(task.cancel)
        self.task = task
        return task

    # --- partners' packages -------------------------------------------------------------------

    def choose_package(self) -> None:
        path = self.dialogs.open_file(
            translate("Exchange", "Import package"),
            translate("Exchange", "Packages")
            + " (*.bhp *.zip);;"
            + translate("Exchange", "All files")
            + " (*)",
        )
        if path is not None:
            self.import_package(path)

    def import_package(self, path: Path, *, confirm: bool = True) -> None:
        """Verify and preview (dry run) a partner's package, then import it if the user agrees."""
        from app.sync.identity import TrustStore
        from app.sync.service import ImportSummary, PreparedImport, apply_import, prepare_import

        if self.session.store is None:
            return
        db_path = self.session.db_path()
        progress = self.dialogs.progress(
            translate("Exchange", "Checking {name}…").format(name=path.name)
        )
        # Read, verify and decide once; the import applies the very bytes the preview showed.
        prepared: list[PreparedImport] = []

        def dry(_progress: workers.Progress) -> ImportSummary:
            with open_target(db_path) as store:
                prepared.append(prepare_import(store, path, TrustStore()))
                return apply_import(store, prepared[-1], dry_run=True)

        def real(_progress: workers.Progress) -> tuple[ImportSummary, list[Violation]]:
            from app.analysis import violations

            with open_target(db_path) as store:
                before = {v.incident_id for v in violations(store).items}
                summary = apply_import(store, prepared[-1])
                if not package_kinds(summary) & VIOLATION_KINDS:
                    return summary, []
                arrived = [v for v in violations(store).items if v.incident_id not in before]
                return summary, arrived

        def imported(result: tuple[ImportSummary, list[Violation]]) -> None:
            progress.reset()
            summary, arrived = result
            text = summary.describe()
            self.dialogs.status(text.splitlines()[0], 15000)
            self.session.notify(package_kinds(summary))
            if arrived:
                self.violations_arrived.emit(arrived)
            self.package_imported.emit(text)

        def previewed(summary: ImportSummary) -> None:
            progress.reset()
            text = summary.describe()
            if summary.already_imported is not None:
                self.dialogs.status(text, 15000)
                self.package_imported.emit(text)
                return
            if not confirm:
                start_import()
                return
            from app.ui.sync_dialogs import ImportPreviewDialog

            dialog = ImportPreviewDialog(text, self.dialogs.window)
            self.dialogs.show(dialog, lambda accepted: start_import() if accepted else None)

        def start_import() -> None:
            self.task = workers.start(real, result=imported, error=failed)

        def failed(exc: BaseException) -> None:
            progress.reset()
            self.dialogs.error(exc)

        self.task = workers.start(dry, result=previewed, error=failed)

    def choose_package_export(self) -> None:
        from app.sync.identity import TrustStore

        if self.session.store is None:
            return
        partners = [p for p in TrustStore().list() if not p.revoked]
        if not partners:
            self.dialogs.error(
                AppError(translate("Exchange", "no trusted partner yet: Sync → Partners and keys…"))
            )
            return
        names = [f"{p.unit} ({p.nation}) {p.short_fingerprint}" for p in partners]
        choice = self.dialogs.choose(
            translate("Exchange", "Export package"), translate("Exchange", "For partner:"), names
        )
        if choice is None:
            return
        partner = partners[names.index(choice)]
        out = self.dialogs.save_file(
            translate("Exchange", "Save package"),
            translate("Exchange", "to-{unit}.bhp").format(unit=partner.unit.replace(" ", "_")),
            translate("Exchange", "Packages") + " (*.bhp)",
        )
        if out is not None:
            self.export_package(partner.unit, out)

    def export_package(self, partner_name: str, out: Path, full: bool = False) -> None:
        """Write the next package for a partner in a worker; the summary goes to the status bar."""
        from app.sync.identity import TrustStore, load_identity, signing_key
        from app.sync.service import export_package

        db_path = self.session.db_path("exporting a package")

        def work(_progress: workers.Progress) -> str:
            partner = TrustStore().find(partner_name)
            with open_target(db_path) as store:
                summary = export_package(store, load_identity(), signing_key(), partner, out, full)
            return summary.describe()

        def done(text: str) -> None:
            self.dialogs.status(text.splitlines()[0], 15000)
            self.package_exported.emit(text)

        self.task = workers.start(work, result=done, error=self.dialogs.error)

    # --- basemaps -----------------------------------------------------------------------------

    def choose_mbtiles(self) -> None:
        """File → Basemaps → Import: raster or vector MBTiles, PMTiles, a GeoPackage's tiles."""
        path = self.dialogs.open_file(
            translate("Exchange", "Import MBTiles basemap"),
            translate("Exchange", "Tile sets")
            + " (*.mbtiles *.pmtiles *.gpkg);;MBTiles (*.mbtiles);;"
            + translate("Exchange", "Vector tiles")
            + " PMTiles (*.pmtiles);;GeoPackage (*.gpkg);;"
            + translate("Exchange", "All files")
            + " (*)",
        )
        if path is not None:
            self.import_basemap(path)

    def import_basemap(self, path: Path) -> None:
        """Validate and copy an MBTiles file off the GUI thread, then offer it on the map."""
        dialog = self.dialogs.progress(
            translate("Exchange", "Importing {name}…").format(name=path.name)
        )

        def done(entry: basemaps.Basemap) -> None:
            dialog.reset()
            self.offer_basemaps(select=entry.page_id())  # vector:… for a PMTiles set
            self.dialogs.status(
                translate("Exchange", "Basemap {name} imported").format(name=entry.label), 5000
            )

        def failed(exc: BaseException) -> None:
            dialog.reset()
            self.dialogs.error(exc)

        self.task = workers.start(
            lambda _progress: basemaps.import_mbtiles(path), result=done, error=failed
        )

    def add_online_source(self) -> None:
        url = self.dialogs.text(
            translate("Exchange", "Add online tile source"),
            translate(
                "Exchange",
                "URL template with {z}, {x} and {y}. The app fetches the tiles (the map page "
                "never\ngoes online) and keeps them for offline use:",
            ),
        )
        if url is None:
            return
        name = self.dialogs.text(
            translate("Exchange", "Add online tile source"), translate("Exchange", "Short name:")
        )
        if name is None:
            return
        try:
            entry = basemaps.add_online_source(basemaps.slug_from_filename(Path(name)), name, url)
        except AppError as exc:
            self.dialogs.error(exc)
            return
        self.offer_basemaps(select=f"online:{entry.id}")

    def offer_basemaps(self, select: str | None = None) -> None:
        """Tell the page and the layer panel about every basemap there is now."""
        entries = [dict(NATURAL_EARTH), *basemaps.page_basemaps(APP_TILES_BASE)]
        for entry in entries:
            self.map_view.add_basemap(entry)
        self.basemaps_changed.emit(entries, select)
