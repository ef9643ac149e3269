"""Editing the picture: the one service forms, map drawing, undo and the CLI all use."""

from app.editing.attachments import MAX_ATTACHMENT_BYTES, AttachmentInfo
from app.editing.service import (
    FUTURE_TOLERANCE,
    INCIDENT_TRANSITIONS,
    KINDS,
    Editor,
    FieldProblem,
    FieldSpec,
    location_forms,
    parse_location,
)

__all__ = [
    "FUTURE_TOLERANCE",
    "INCIDENT_TRANSITIONS",
    "KINDS",
    "MAX_ATTACHMENT_BYTES",
    "AttachmentInfo",
    "Editor",
    "FieldProblem",
    "FieldSpec",
    "location_forms",
    "parse_location",
]
