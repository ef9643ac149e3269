"""The time slider dock: a per-day incident histogram over a slider, with play/pause.

The slider moves a time window (its end at the handle, its length chosen) over the mission
period. Every move emits ``window_changed`` at once (the map filters in the page, bh-time.js,
so dragging and playback stay smooth) and ``window_settled`` once the window has rested for a
moment (the table and the classification banner re-read the database then). Dragging across
the histogram selects a window too. Widgets only: the counts come from
``app.briefing.timeline.incidents_per_day``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.briefing.timeline import DayCounts
from app.domain.labels import category_label, group_label
from app.i18n import QT_TRANSLATE_NOOP

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
#: Window lengths offered (label, hours).
LENGTHS = (
    ("6 h", 6), ("12 h", 12), ("24 h", 24), ("72 h", 72),
    (QT_TRANSLATE_NOOP("TimelinePanel", "7 days"), 168),
    (QT_TRANSLATE_NOOP("TimelinePanel", "30 days"), 720),
)  # fmt: skip
#: Playback speeds (label, hours of mission time per second).
SPEEDS = (
    ("1 h/s", 1),
    ("3 h/s", 3),
    ("6 h/s", 6),
    ("12 h/s", 12),
    (QT_TRANSLATE_NOOP("TimelinePanel", "1 day/s"), 24),
    (QT_TRANSLATE_NOOP("TimelinePanel", "3 days/s"), 72),
)
TICK_MS = 100
SETTLE_MS = 350


#: Pixels the pointer must travel on the histogram before a press becomes a chosen window.
DRAG_PX = 6


def dtg(moment: datetime) -> str:
    """Date-time group in UTC: 051430ZMAR24."""
    m = moment.astimezone(UTC)
    return f"{m:%d%H%M}Z{MONTHS[m.month - 1]}{m:%y}"


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


class HistogramWidget(QWidget):
    """Incidents per day, stacked by category, with the current window highlighted.

    Dragging across it selects a window (``window_selected``), snapped to whole hours.
    """

    window_selected = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DayCounts] = []
        #: category key → (label, colour), in stacking order (bottom first).
        self.categories: dict[str, tuple[str, str]] = {}
        #: (name, colour) swatches drawn over the plot: the category groups' colours.
        self.legend: list[tuple[str, str]] = []
        self.shown_window: tuple[datetime, datetime] | None = None
        self._drag: tuple[float, float] | None = None
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # --- data -------------------------------------------------------------------------------

    def set_data(
        self,
        days: list[DayCounts],
        categories: dict[str, tuple[str, str]],
        legend: list[tuple[str, str]] | None = None,
    ) -> None:
        self.days = list(days)
        # Category labels and group names in the reader's language (a seed category the
        # mission kept is translated; the mission's own labels stay as written).
        self.categories = {
            key: (category_label(key, text), colour) for key, (text, colour) in categories.items()
        }
        self.legend = [(group_label(name), colour) for name, colour in legend or []]
        self.update()

    def set_window(self, window: tuple[datetime, datetime] | None) -> None:
        self.shown_window = window
        self.update()

    # --- geometry ---------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        scale = max(1.0, self.font().pointSizeF() / 9)
        return QRectF(
            38 * scale, 6 * scale, max(10.0, self.width() - 46 * scale),
            max(10.0, self.height() - 26 * scale),
        )  # fmt: skip

    def _span(self) -> tuple[datetime, datetime] | None:
        if not self.days:
            return None
        return _midnight(self.days[0][0]), _midnight(self.days[-1][0]) + timedelta(days=1)

    def x_of(self, moment: datetime) -> float:
        span = self._span()
        plot = self._plot()
        if span is None:
            return plot.left()
        share = (moment - span[0]) / (span[1] - span[0])
        return plot.left() + max(0.0, min(1.0, share)) * plot.width()

    def time_at(self, x: float) -> datetime | None:
        span = self._span()
        if span is None:
            return None
        plot = self._plot()
        share = max(0.0, min(1.0, (x - plot.left()) / plot.width()))
        moment = span[0] + (span[1] - span[0]) * share
        return moment.replace(minute=0, second=0, microsecond=0)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        plot = self._plot()
        text = palette.text().color()
        if not self.days:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No incidents"))
            return
        peak = max((sum(c.values()) for _d, c in self.days), default=0) or 1
        n = len(self.days)
        slot = plot.width() / n
        gap = 1.0 if slot > 4 else 0.0
        order = list(self.categories)
        for i, (_day, counts) in enumerate(self.days):
            x = plot.left() + i * slot
            y = plot.bottom()
            keys = order + [k for k in counts if k not in self.categories]
            for key in keys:
                count = counts.get(key, 0)
                if not count:
                    continue
                h = plot.height() * count / peak
                colour = QColor(self.categories.get(key, ("", "#546e7a"))[1])
                painter.fillRect(QRectF(x + gap / 2, y - h, max(1.0, slot - gap), h), colour)
                y -= h
        # Axis: the peak count, and day labels that do not overlap.
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        metrics = painter.fontMetrics()
        painter.drawText(
            QRectF(0, plot.top() - 2, plot.left() - 4, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), str(peak),
        )  # fmt: skip
        painter.drawText(
            QRectF(0, plot.bottom() - metrics.height(), plot.left() - 4, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), "0",
        )  # fmt: skip
        label_w = metrics.horizontalAdvance("00 MMM") + 12
        every = max(1, int(label_w // max(slot, 1e-6)) + 1)
        for i, (day, _counts) in enumerate(self.days):
            if i % every:
                continue
            x = plot.left() + i * slot
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            painter.drawText(
                QRectF(x + 2, plot.bottom() + 2, label_w, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                f"{day.day:02d} {MONTHS[day.month - 1]}",
            )
        # The window: everything outside it dimmed, its edges drawn strongly.
        shown = self._drag_window() or self.shown_window
        if shown is not None:
            x0, x1 = self.x_of(shown[0]), self.x_of(shown[1])
            x1 = max(x1, x0 + 2)
            dim = QColor(palette.base().color())
            dim.setAlpha(165)
            painter.fillRect(QRectF(plot.left(), plot.top(), x0 - plot.left(), plot.height()), dim)
            painter.fillRect(QRectF(x1, plot.top(), plot.right() - x1, plot.height()), dim)
            edge = QColor("#0d47a1")
            painter.setPen(QPen(edge, 2))
            painter.drawRect(QRectF(x0, plot.top(), x1 - x0, plot.height()))
        self._paint_legend(painter, plot)
        painter.end()

    def _paint_legend(self, painter: QPainter, plot: QRectF) -> None:
        """Group colours in one row at the top left of the plot, on a light plate."""
        if not self.legend:
            return
        metrics = painter.fontMetrics()
        box = metrics.height() - 4
        x = plot.left() + 6
        y = plot.top() + 2
        widths = [box + 4 + metrics.horizontalAdvance(name) + 12 for name, _ in self.legend]
        plate = QColor(self.palette().base().color())
        plate.setAlpha(215)
        painter.fillRect(QRectF(x - 4, y - 1, sum(widths) + 4, metrics.height() + 2), plate)
        for (name, colour), width in zip(self.legend, widths, strict=True):
            painter.fillRect(QRectF(x, y + 2, box, box), QColor(colour))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x + box + 4, y, width, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name,
            )  # fmt: skip
            x += width

    # --- dragging a window ------------------------------------------------------------------

    def _drag_window(self) -> tuple[datetime, datetime] | None:
        if self._drag is None:
            return None
        a, b = self.time_at(min(self._drag)), self.time_at(max(self._drag))
        if a is None or b is None:
            return None
        return a, max(b, a + timedelta(hours=1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.days:
            x = event.position().x()
            self._drag = (x, x)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is not None:
            self._drag = (self._drag[0], x)
            self.update()
            return
        moment = self.time_at(x)
        if moment is None:
            return
        day = moment.date()
        for d, counts in self.days:
            if d == day:
                lines = [f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}: {sum(counts.values())}"]
                for key, count in sorted(counts.items(), key=lambda kv: -kv[1]):
                    lines.append(f"  {self.categories.get(key, (key, ''))[0]}: {count}")
                QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
                break

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        self._drag = (self._drag[0], event.position().x())
        window = self._drag_window()
        press = self._drag[0]
        self._drag = None
        self.update()
        if window is None:
            return
        if abs(event.position().x() - press) < DRAG_PX:
            # A stray click must not filter the picture unnoticed: say how to choose instead.
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.tr(
                    "Drag across days to show that window; double-click a day to show that day."
                ),
                self,
            )
            return
        self.window_selected.emit(*window)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click shows that whole day."""
        moment = self.time_at(event.position().x())
        self._drag = None
        self.update()
        if moment is None or not self.days:
            return
        day = _midnight(moment.date())
        self.window_selected.emit(day, day + timedelta(days=1))


class TimelinePanel(QWidget):
    """Histogram, slider, window length, play/pause and speed; see the module docstring."""

    #: (start, end) datetimes in UTC, or (None, None) when the time filter is off.
    window_changed = Signal(object, object)
    window_settled = Signal(object, object)
    playing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period: tuple[datetime, datetime] | None = None
        self.length = timedelta(hours=24)
        self.active = False
        self.histogram = HistogramWidget()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setPageStep(60)
        self.slider.setEnabled(False)
        self.length_box = QComboBox()
        for label, hours in LENGTHS:
            self.length_box.addItem(QCoreApplication.translate("TimelinePanel", label), hours)
        self.length_box.addItem(self.tr("Custom"), None)
        self.length_box.setCurrentIndex(2)
        self.play_button = QToolButton()
        self.play_button.setText("▶ " + self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.speed_box = QComboBox()
        for label, hours in SPEEDS:
            self.speed_box.addItem(QCoreApplication.translate("TimelinePanel", label), hours)
        self.speed_box.setCurrentIndex(2)
        self.all_button = QToolButton()
        self.all_button.setText(self.tr("All time"))
        self.all_button.setToolTip(self.tr("Show the whole mission period (time filter off)"))
        self.label = QLabel(self.tr("Time filter off: the whole mission period"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)
        # The window text may be cut in a narrow dock; it must not widen the main window.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(40)

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(QLabel(self.tr("Speed")))
        controls.addWidget(self.speed_box)
        controls.addWidget(QLabel(self.tr("Window")))
        controls.addWidget(self.length_box)
        controls.addWidget(self.all_button)
        controls.addSpacing(12)
        controls.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.histogram, 1)
        layout.addWidget(self.slider)
        layout.addLayout(controls)

        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._emit_settled)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.slider.valueChanged.connect(self._slider_moved)
        self.length_box.currentIndexChanged.connect(self._length_chosen)
        self.play_button.toggled.connect(self.set_playing)
        self.all_button.clicked.connect(self.clear_window)
        self.histogram.window_selected.connect(self.set_window)

    # --- the mission period and its counts ---------------------------------------------------

    def set_period(self, period: tuple[datetime, datetime] | None) -> None:
        """The span the slider moves over (whole hours, UTC); None disables the slider."""
        self.set_playing(False)
        self.period = None
        if period is None:
            self.slider.setEnabled(False)
            self.clear_window()
            return
        start = period[0].astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        end = period[1].astimezone(UTC)
        if end > end.replace(minute=0, second=0, microsecond=0):
            end = end.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        end = max(end, start + timedelta(hours=1))
        self.period = (start, end)
        self.slider.blockSignals(True)
        self.slider.setRange(0, int((end - start).total_seconds() // 60))
        self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self.slider.setEnabled(True)

    def set_counts(
        self,
        days: list[DayCounts],
        categories: dict[str, tuple[str, str]],
        legend: list[tuple[str, str]] | None = None,
    ) -> None:
        self.histogram.set_data(days, categories, legend)

    # --- the window -------------------------------------------------------------------------

    def current_window(self) -> tuple[datetime, datetime] | None:
        """The current window in UTC, or None when the time filter is off."""
        if not self.active or self.period is None:
            return None
        end = self.period[0] + timedelta(minutes=self.slider.value())
        return end - self.length, end

    def set_window(self, start: datetime | None, end: datetime | None) -> None:
        """Show [start, end] (UTC); None/None turns the time filter off."""
        if start is None or end is None or self.period is None:
            self.clear_window()
            return
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        self.length = max(end - start, timedelta(minutes=1))
        hours = self.length.total_seconds() / 3600
        index = self.length_box.findData(int(hours)) if hours.is_integer() else -1
        self.length_box.blockSignals(True)
        self.length_box.setCurrentIndex(index if index >= 0 else self.length_box.count() - 1)
        self.length_box.blockSignals(False)
        self.active = True
        minutes = round((end - self.period[0]).total_seconds() / 60)
        self.slider.blockSignals(True)
        self.slider.setValue(max(0, min(self.slider.maximum(), minutes)))
        self.slider.blockSignals(False)
        self._changed()

    def clear_window(self) -> None:
        self.set_playing(False)
        was = self.active
        self.active = False
        self.histogram.set_window(None)
        self.label.setText(self.tr("Time filter off: the whole mission period"))
        if was:
            self.window_changed.emit(None, None)
            self._settle.start()

    def step(self, minutes: int) -> None:
        """Move the window by some minutes (negative: back); turns the filter on."""
        self.active = True
        self.slider.setValue(self.slider.value() + minutes)
        self._changed()

    def step_window(self, direction: int) -> None:
        """Move the window by its own length (the next or previous day of a 24 h window)."""
        if self.period is None:
            return
        self.step(direction * int(self.length.total_seconds() // 60))

    def toggle_playing(self) -> None:
        self.set_playing(not self.is_playing())

    def _slider_moved(self, _value: int) -> None:
        self.active = True
        self._changed()

    def _length_chosen(self, _index: int) -> None:
        hours = self.length_box.currentData()
        if hours is None:
            return
        self.length = timedelta(hours=int(hours))
        if self.active:
            self._changed()

    def _changed(self) -> None:
        window = self.current_window()
        if window is None:
            return
        self.histogram.set_window(window)
        self.label.setText(f"{dtg(window[0])} – {dtg(window[1])}")
        self.window_changed.emit(*window)
        self._settle.start()

    def _emit_settled(self) -> None:
        window = self.current_window()
        self.window_settled.emit(*(window or (None, None)))

    # --- playback ---------------------------------------------------------------------------

    def is_playing(self) -> bool:
        return self._ticker.isActive()

    def set_playing(self, playing: bool) -> None:
        if playing and self.period is None:
            playing = False
        if playing == self._ticker.isActive():
            self._sync_button(playing)
            return
        if playing:
            if not self.active or self.slider.value() >= self.slider.maximum():
                # From the start of the period, one window in.
                self.active = True
                self.slider.setValue(int(self.length.total_seconds() // 60))
                self._changed()
            self._ticker.start()
        else:
            self._ticker.stop()
        self._sync_button(playing)
        self.playing_changed.emit(playing)

    def _sync_button(self, playing: bool) -> None:
        self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self.play_button.setText("❚❚ " + self.tr("Pause") if playing else "▶ " + self.tr("Play"))
        self.play_button.blockSignals(False)

    def _tick(self) -> None:
        hours_per_second = int(self.speed_box.currentData() or 1)
        minutes = max(1, round(hours_per_second * 60 * TICK_MS / 1000))
        if self.slider.value() >= self.slider.maximum():
            self.set_playing(False)
            return
        self.slider.setValue(min(self.slider.maximum(), self.slider.value() + minutes))
