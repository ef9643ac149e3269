"""Briefing outputs that need Qt: a view as PNG or PDF, and the SITREP as PDF.

The map is drawn by the same offscreen MapView as ``bluehelmet render`` (``app.ui.render``),
with the briefing furniture of ``maps/static/bh-brief.js``: classification banners, title block,
date-time group fixed at render time, north arrow, scale bar, open legend and source note.
A PDF page is composed with QPainter on a QPdfWriter: banners, title and source note as vector
text (searchable, sharp on a projector), the map image between them. The SITREP's PDF is its
HTML printed by Chromium (``QWebEnginePage.printToPdf``); its fixed banners repeat on each page.

Everything here runs on the GUI thread (Qt WebEngine needs it): the GUI calls it from a short
nested event loop, the CLI headless.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.briefing.pages import BriefingPage
from app.domain.coords import format_dtg
from app.errors import AppError
from app.store import MissionTarget
from app.ui.render import DEFAULT_SIZE, grab_map, qt_app, save_image, wait


def view_image(
    db_path: MissionTarget,
    page: BriefingPage,
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    for_pdf: bool = False,
    timeout_s: float = 90.0,
) -> tuple[Any, dict]:
    """The view drawn offscreen with its furniture: (QImage, page report)."""
    return grab_map(
        db_path,
        size=size,
        title=page.title,
        page=page.page_kwargs(),
        incident_filter=page.incident_filter,
        # A PDF page draws its own banners, title and source note around the map.
        prepare=lambda view: view.show_as_output(furniture_drawn_outside=for_pdf),
        timeout_s=timeout_s,
        settle_ms=700,
    )


def render_view_png(
    db_path: MissionTarget, out: Path, page: BriefingPage, *, size: tuple[int, int] = DEFAULT_SIZE
) -> dict:
    """The view as a PNG with banners, title block, DTG, north arrow, scale, legend, source."""
    image, info = view_image(db_path, page, size=size)
    save_image(image, out)
    return info


def render_view_pdf(
    db_path: MissionTarget, out: Path, page: BriefingPage, *, size: tuple[int, int] = DEFAULT_SIZE
) -> dict:
    """The view as a one-page A4 landscape PDF."""
    image, info = view_image(db_path, page, size=size, for_pdf=True)
    write_view_pdf(out, image, page)
    info["pages"] = 1
    return info


def write_view_pdf(out: Path, image: Any, page: BriefingPage) -> None:
    """Compose one A4 landscape page: banners, title block, map image, source note."""
    from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    qt_app()
    tmp = _temp_beside(out, ".pdf")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(f"{page.title} — {page.classification}")
    writer.setCreator("Blue Helmet COP")
    writer.setResolution(200)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    try:
        if not painter.isActive():
            raise AppError(f"{out}: cannot write the PDF file")
        dpi = writer.resolution()
        width, height = writer.width(), writer.height()

        def mm(value: float) -> float:
            return value * dpi / 25.4

        def font(points: float, bold: bool = False) -> QFont:
            f = QFont("DejaVu Sans")
            f.setPointSizeF(points)
            f.setBold(bold)
            return f

        bg, fg = page.colours
        banner_h = mm(9)
        for y in (0.0, height - banner_h):
            rect = QRectF(0, y, width, banner_h)
            painter.fillRect(rect, QColor(bg))
            painter.setPen(QColor(fg))
            painter.setFont(font(14, bold=True))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, page.classification)

        margin = mm(10)
        top = banner_h + mm(3)
        painter.setPen(QColor("#000000"))
        painter.setFont(font(20, bold=True))
        title_rect = QRectF(margin, top, width * 0.68, mm(10))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elide(painter, page.title, title_rect.width()))  # fmt: skip
        painter.setFont(font(14, bold=True))
        dtg_rect = QRectF(width * 0.6, top, width * 0.4 - margin, mm(10))
        painter.drawText(dtg_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         format_dtg(page.at))  # fmt: skip
        sub_top = top + mm(10)
        if page.subtitle:
            painter.setFont(font(11))
            sub_rect = QRectF(margin, sub_top, width - 2 * margin, mm(6))
            painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             _elide(painter, page.subtitle, sub_rect.width()))  # fmt: skip
        painter.setFont(font(11))
        local_rect = QRectF(width * 0.5, sub_top, width * 0.5 - margin, mm(6))
        painter.drawText(local_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{local_dtg(page.at)} (local)")  # fmt: skip

        footer_h = mm(8)
        map_top = sub_top + mm(8)
        map_bottom = height - banner_h - footer_h
        box = QRectF(margin, map_top, width - 2 * margin, map_bottom - map_top)
        scale = min(box.width() / image.width(), box.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF(box.x() + (box.width() - w) / 2, box.y(), w, h)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        painter.setPen(QPen(QColor("#000000"), mm(0.4)))
        painter.drawRect(target)

        painter.setPen(QColor("#202020"))
        painter.setFont(font(9))
        note_w = width - 2 * margin - mm(30)
        note_rect = QRectF(margin, map_bottom + mm(1), note_w, footer_h - mm(2))
        painter.drawText(note_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elide(painter, page.source_note, note_rect.width()))  # fmt: skip
        page_rect = QRectF(width - margin - mm(30), map_bottom + mm(1), mm(30), footer_h - mm(2))
        painter.drawText(page_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("Outputs", "Page 1 of 1"))  # fmt: skip
    finally:
        painter.end()
    _replace(tmp, out)


def sitrep_pdf(html: str, out: Path, *, timeout_s: float = 120.0) -> dict:
    """Print the SITREP's HTML to an A4 portrait PDF through Chromium; returns page count."""
    from PySide6.QtCore import QEventLoop, QMarginsF, QTimer, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize

    from app.ui.map_view import MapView
    from app.ui.render import _delete_now

    qt_app()
    view = MapView()  # for its locked-down profile: bh://local/ only, network refused
    view.handler.pages["sitrep.html"] = html.encode("utf-8")
    tmp = _temp_beside(out, ".pdf")
    started = time.perf_counter()
    try:
        loop = QEventLoop()
        loaded: dict[str, Any] = {}

        def on_load(ok: bool) -> None:
            loaded["ok"] = ok
            loop.quit()

        view.page().loadFinished.connect(on_load)
        timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
        timer.timeout.connect(loop.quit)
        timer.start()
        view.load(QUrl("bh://local/sitrep.html"))
        loop.exec()
        if not loaded.get("ok"):
            raise AppError("the situation report page did not load")
        wait(200)
        printed: dict[str, Any] = {}

        def on_printed(path: str, ok: bool) -> None:
            printed["ok"] = ok
            loop.quit()

        view.page().pdfPrintingFinished.connect(on_printed)
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # the page's own CSS keeps the margins and the banners
            QPageLayout.Unit.Millimeter,
        )
        view.page().printToPdf(str(tmp), layout)
        loop.exec()
        timer.stop()
        if not printed.get("ok") or not tmp.exists():
            raise AppError(f"{out}: the situation report could not be printed to PDF")
        _replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
        view.close()
        _delete_now(view)
    return {"pages": pdf_page_count(out), "seconds": time.perf_counter() - started}


def pdf_page_count(path: Path) -> int:
    """Pages in a PDF file, as Qt's own PDF reader sees them (0 if it cannot read it)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        return 0
    count = doc.pageCount()
    doc.close()
    return count


def sitrep_map_png(
    db_path: MissionTarget, page: BriefingPage, size: tuple[int, int] = (1200, 820)
) -> bytes:
    """The SITREP's map (the view of the period) as PNG bytes; the report carries the banners
    and the title, so the map shows its legend, north arrow and scale bar only."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image, _info = view_image(db_path, page, size=size, for_pdf=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _elide(painter: Any, text: str, width: float) -> str:
    from PySide6.QtCore import Qt

    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def local_dtg(at: datetime) -> str:
    """``at`` as a DTG in this machine's time zone, with its zone letter (J: not whole hours)."""
    local = at.astimezone()
    letter = _zone_letter(local)
    # Fixed English month names, whatever the locale: borrow them from format_dtg.
    month = format_dtg(local.replace(tzinfo=UTC))[7:10]
    return f"{local.day:02d}{local.hour:02d}{local.minute:02d}{letter}{month}{local.year % 100:02d}"


def _zone_letter(local: datetime) -> str:
    """The DTG zone letter of an aware local time (J when the offset is not whole hours)."""
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "Z"
    if minutes % 60:
        return "J"
    hours = minutes // 60
    if 1 <= hours <= 12:
        return "ABCDEFGHIKLM"[hours - 1]
    if -12 <= hours <= -1:
        return "NOPQRSTUVWXY"[-hours - 1]
    return "J"


def _temp_beside(out: Path, suffix: str) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=suffix, dir=out.parent)
    os.close(handle)
    return Path(name)


def _replace(tmp: Path, out: Path) -> None:
    """Move a finished file into place (a reader never sees half a file)."""
    try:
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AppError(f"{out}: cannot write the file ({exc.strerror})") from None
