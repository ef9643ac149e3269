"""The details panel: every field of the selected record, as escaped text."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.coords import format_dtg, parse_utc, to_mgrs
from app.domain.records import Record
from app.domain.serialize import record_to_dict

_HIDDEN = {"kind", "geometry", "track", "content_hash"}


def record_html(record: Record, names: dict[str, str] | None = None) -> str:
    """A two-column table of the record; every value goes through html.escape."""
    names = names or {}
    data = record_to_dict(record)
    rows = []
    for key, value in data.items():
        if key in _HIDDEN or value in (None, "", [], ()):
            continue
        rows.append(
            f"<tr><th align='left' style='padding-right:12px'>{html.escape(key.replace('_', ' '))}"
            f"</th><td>{html.escape(_show(key, value, names))}</td></tr>"
        )
    if "lat" in data and "lon" in data:
        rows.insert(
            0,
            f"<tr><th align='left'>MGRS</th><td>{html.escape(to_mgrs(data['lat'], data['lon']))}"
            "</td></tr>",
        )
    title = data.get("title") or data.get("designation") or data.get("name") or record.id
    return (
        f"<h3>{html.escape(str(title))}</h3><p><i>{html.escape(record.KIND.replace('_', ' '))}"
        f"</i></p><table>{''.join(rows)}</table>"
    )


def _show(key: str, value: Any, names: dict[str, str]) -> str:
    if isinstance(value, str) and key.endswith(("_at", "_start", "_end", "_from", "_to")):
        try:
            return f"{format_dtg(parse_utc(value))}  ({value})"
        except Exception:
            return value
    if key.endswith("_id") and isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)


class DetailsPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setPlaceholderText("Select an incident, unit, area or line to see its details.")

    def show_record(self, record: Record, names: dict[str, str] | None = None) -> None:
        self.setHtml(record_html(record, names))
