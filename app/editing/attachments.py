"""Attachments of incidents: photos and documents, kept in the mission database by content hash.

The bytes live once per SHA-256 digest in the ``attachments`` table; an incident names the
digests it carries, so the same photo attached twice (or to two incidents) is stored once, and a
record travelling to a partner names its files without carrying them. The media type is read from
the content's first bytes, not only from the file name, because a renamed file must still open in
the right viewer (and an executable called ``photo.jpg`` must not pass as a photo).
Plain Python: no Qt, no SQLite here (the store keeps the bytes).
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import PurePath
from typing import Any

from app.errors import ValidationError
from app.i18n import translate

#: Largest attachment accepted: 25 MiB, a few phone photos' worth, small enough for a USB
#: exchange and for SQLite to hand back in one piece.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_FILE_NAME = 200

#: Media types the content itself proves, by leading bytes.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"BM", 0, "image/bmp"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"\x1f\x8b", 0, "application/gzip"),
)
#: Zip containers: office documents are zips; the name tells which kind.
_ZIP_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".kmz": "application/vnd.google-earth.kmz",
}
_OLE_TYPES = {".doc": "application/msword", ".xls": "application/vnd.ms-excel"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class AttachmentInfo:
    """What a user sees of an attachment before opening it."""

    sha256: str
    file_name: str
    media_type: str
    size: int
    added_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def digest(data: bytes) -> str:
    """The SHA-256 hex digest that names an attachment."""
    return hashlib.sha256(data).hexdigest()


def check_size(size: int, name: str) -> None:
    """Refuse empty files and files over the limit, saying how big they are."""
    if size == 0:
        raise ValidationError(
            "attachment", translate("Editing", "{name} is empty").format(name=name)
        )
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "attachment",
            translate("Editing", "{name} is {size:.1f} MiB; the limit is {limit} MiB").format(
                name=name,
                size=size / 1024 / 1024,
                limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            ),
        )


def clean_file_name(name: str | None) -> str:
    """The last part of a path, without control characters, at most 200 characters.

    The name is shown to users and used when the file is saved out again, so no folders and no
    characters that could fool a terminal or a file dialog survive.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = PurePath(text.replace("\\", "/")).name
    text = _CONTROL.sub("", text).strip().lstrip(".") or "attachment"
    if len(text) > MAX_FILE_NAME:
        stem, dot, suffix = text.rpartition(".")
        if dot and len(suffix) <= 10:
            text = stem[: MAX_FILE_NAME - len(suffix) - 1] + "." + suffix
        else:
            text = text[:MAX_FILE_NAME]
    return text


def sniff_media_type(data: bytes, file_name: str = "") -> str:
    """The media type, from the content's leading bytes first and the name second.

    Text is recognised as UTF-8 without NUL bytes; anything unrecognised is
    ``application/octet-stream``, which viewers offer to save rather than run.
    """
    suffix = PurePath(file_name).suffix.lower()
    for magic, offset, media_type in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in (b"heic", b"heix", b"mif1"):
            return "image/heic"
        return "audio/mp4" if brand == b"M4A " else "video/mp4"
    if data[:4] == b"PK\x03\x04":
        return _ZIP_TYPES.get(suffix, "application/zip")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return _OLE_TYPES.get(suffix, "application/x-ole-storage")
    if _is_text(data):
        head = data[:512].lstrip().lower()
        if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
            return "image/svg+xml"
        guessed = mimetypes.guess_type("x" + suffix)[0] if suffix else None
        if guessed and (guessed.startswith("text/") or guessed in _TEXTUAL):
            return guessed
        return "text/plain"
    return "application/octet-stream"


_TEXTUAL = {"application/json", "application/xml", "application/vnd.google-earth.kml+xml"}


def _is_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sample's end is still text.
        return exc.start >= len(sample) - 3 and len(data) > len(sample)
    return True


def info_from_row(row: dict[str, Any]) -> AttachmentInfo:
    return AttachmentInfo(
        sha256=row["sha256"],
        file_name=row["file_name"],
        media_type=row["media_type"],
        size=int(row["size"]),
        added_at=row["added_at"],
    )


__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "AttachmentInfo",
    "check_size",
    "clean_file_name",
    "digest",
    "info_from_row",
    "sniff_media_type",
]
