"""Attachments that arrive from partners: size cap, a cleaned file name, a media type sniffed
from the bytes.

A partner decides what its package says about a file; nothing of that is taken on trust. A name
keeps only its last path part, loses leading dots (no ``.bashrc`` saved out again), control and
bidirectional-override characters (``gpj.exe`` shown as ``exe.jpg``); the media type is read
from the content and the declared one kept only when the bytes agree (an HTML page declared
``image/jpeg`` is stored as HTML). Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

#: The local cap for one attachment (the same 25 MiB the editor applies to files attached here).
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_NAME = 200
GENERIC_TYPE = "application/octet-stream"

#: Control characters, and the bidirectional formatting characters (LRE…RLO, LRI…PDI, marks).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"MZ", "application/x-msdownload"),
    (b"\x7fELF", "application/x-executable"),
)
_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<script|<head|<body|<iframe|<svg|<\?xml)", re.I)
#: Declared types that plain text may keep (never one a browser would run).
_TEXT_TYPES = {"text/plain", "text/csv", "application/json"}


def clean_name(name: str | None, fallback: str) -> str:
    """A file name safe to show and to save: last path part, NFC, no control or bidi
    characters, no leading dots or spaces, at most 200 characters; ``fallback`` if nothing is
    left."""
    text = unicodedata.normalize("NFC", name or "")
    text = _UNSAFE.sub("", text)
    # Every other invisible format character too (zero-width spaces and joiners, word joiner,
    # BOM): "con.txt" + U+200B reads as "con.txt" but is another name.
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = PurePosixPath(text.replace("\\", "/")).name
    text = text.strip().lstrip(". ").strip()
    if not text:
        return fallback
    if len(text) > MAX_NAME:
        stem, dot, suffix = text.rpartition(".")
        keep = dot and len(suffix) <= 10
        text = (stem[: MAX_NAME - len(suffix) - 1] + "." + suffix) if keep else text[:MAX_NAME]
    return text


def sniff(data: bytes) -> str:
    """The media type the content itself shows; ``text/plain`` for UTF-8 text, ``text/html``
    for markup a browser would render, the generic type for anything else."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:1024]
    if _HTML.match(head):
        return "image/svg+xml" if b"<svg" in head.lower() else "text/html"
    sample = data[:65536]
    if b"\x00" not in sample:
        try:
            sample.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError as exc:
            if exc.start >= len(sample) - 3 and len(data) > len(sample):
                return "text/plain"
    return GENERIC_TYPE


def media_type_for(data: bytes, declared: str | None) -> str:
    """The sniffed type, or the declared one when the bytes agree with it."""
    found = sniff(data)
    if declared and declared == found:
        return declared
    if found == "text/plain" and declared in _TEXT_TYPES:
        return declared
    return found


def safe_to_save(name: str, fallback: str) -> str:
    """The name to write a file under, never a dotfile nor a path (for ``--out DIR``)."""
    return clean_name(name, fallback)
