"""Editing the picture without a screen: ``record add/update/delete/show/status/attach``.

The same ``Editor`` and the same validation as the forms, so scripts and tests can edit the
picture. Field names are those of docs/schema.md. A bad field prints ``Error: <field>: <problem>``
and exits non-zero, with nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import open_existing
from app.errors import AppError, ValidationError
from app.i18n import translate

_JSON_HELP = "the fields as a JSON object, @FILE to read it from a file, or - for standard input"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the record commands."""
    from app.editing import KINDS

    record = sub.add_parser(
        "record",
        help="add, change, delete and show single records",
        description="Edit the picture one record at a time, through the same validation as the "
        "forms. Field names and formats are documented in docs/schema.md.",
    )
    record.add_argument(
        "--as-unit",
        dest="as_unit",
        default=None,
        help="editing unit named in the change log (default: this installation's unit)",
    )
    actions = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help="create a record and print its id",
        description="Create a record of KIND from JSON fields and print the new record's id.",
    )
    add.add_argument("kind", choices=KINDS, metavar="KIND", help=f"one of {', '.join(KINDS)}")
    add.add_argument("--json", dest="json_input", required=True, help=_JSON_HELP)
    add.set_defaults(handler=cmd_add)

    update = actions.add_parser(
        "update",
        help="change some fields of a record",
        description="Change the fields given in JSON; the others stay as they are. Prints the id.",
    )
    update.add_argument("id", help="record id")
    update.add_argument("--json", dest="json_input", required=True, help=_JSON_HELP)
    update.set_defaults(handler=cmd_update)

    delete = actions.add_parser(
        "delete",
        help="delete a record (a tombstone that travels to partners)",
        description="Delete a record; partners receive the deletion like an edit. Prints the id.",
    )
    delete.add_argument("id", help="record id")
    delete.set_defaults(handler=cmd_delete)

    show = actions.add_parser(
        "show",
        help="print a record as JSON",
        description="Print a record in the documented JSON form (geometry as GeoJSON).",
    )
    show.add_argument("id", help="record id")
    show.set_defaults(handler=cmd_show)

    status = actions.add_parser(
        "status",
        help="move an incident along its workflow",
        description="Set an incident's status: reported → confirmed / disputed / rejected → "
        "closed; closed or rejected incidents may be reopened (reported). Prints the id.",
    )
    status.add_argument("id", help="incident id")
    status.add_argument("status", help="new status")
    status.set_defaults(handler=cmd_status)

    attach = actions.add_parser(
        "attach",
        help="attach a photo or document to an incident",
        description="Store a file (25 MiB at most) in the database and attach it to an "
        "incident. Prints the file's SHA-256, which names it.",
    )
    attach.add_argument("id", help="incident id")
    attach.add_argument("file", type=Path, help="file to attach")
    attach.add_argument("--name", default=None, help="file name to show (default: the file's)")
    attach.set_defaults(handler=cmd_attach)

    detach = actions.add_parser(
        "detach",
        help="take an attachment off an incident",
        description="Take an attachment off an incident. Prints the incident id.",
    )
    detach.add_argument("id", help="incident id")
    detach.add_argument("sha256", help="the attachment's SHA-256")
    detach.set_defaults(handler=cmd_detach)

    get = actions.add_parser(
        "attachment",
        help="save an attachment's content to a file",
        description="Write an attachment's bytes to --out (or standard output with -).",
    )
    get.add_argument("sha256", help="the attachment's SHA-256")
    get.add_argument("--out", required=True, help="file to write, or - for standard output")
    get.set_defaults(handler=cmd_attachment)


def read_json_argument(text: str) -> dict[str, Any]:
    """The JSON object given inline, as @FILE, or as - (standard input)."""
    if text == "-":
        source, where = sys.stdin.read(), "standard input"
    elif text.startswith("@"):
        path = Path(text[1:])
        if not path.is_file():
            raise ValidationError(
                "json", translate("Cli", "{path}: no such file").format(path=path)
            )
        try:
            source = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                "json",
                translate("Cli", "{path}: cannot be read ({exc})").format(path=path, exc=exc),
            ) from None
        where = str(path)
    else:
        source, where = text, translate("Cli", "the argument")
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "json",
            translate(
                "Cli", "{where} is not valid JSON (line {lineno}, column {colno}: {msg})"
            ).format(where=where, lineno=exc.lineno, colno=exc.colno, msg=exc.msg),
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(
            "json",
            translate("Cli", "{where} must hold one JSON object of field names").format(
                where=where
            ),
        )
    return data


def _editor(store: Any, args: argparse.Namespace) -> Any:
    from app.editing import Editor

    return Editor(store, editing_unit=args.as_unit, source="cli")


def cmd_add(args: argparse.Namespace) -> int:
    data = read_json_argument(args.json_input)
    with open_existing(args, write=True, postgis=True) as store:
        record = _editor(store, args).add(args.kind, data)
    print(record.id)
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    data = read_json_argument(args.json_input)
    with open_existing(args, write=True, postgis=True) as store:
        record = _editor(store, args).update(args.id, data)
    print(record.id)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        record = _editor(store, args).delete(args.id)
    print(record.id)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_existing(args, postgis=True) as store:
        editor = _editor(store, args)
        shown = editor.show(args.id)
        shown["versions_signed"] = _authors(store, editor.get(args.id))
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    return 0


def _authors(store: Any, record: Any) -> list[dict[str, Any]]:
    """Who signed each version held, and whether the current one verifies (empty when this
    installation has no identity yet)."""
    from app.errors import NotFoundError
    from app.sync.identity import TrustStore, load_identity
    from app.sync.service import version_authors

    try:
        me = load_identity()
    except NotFoundError:
        return []
    return version_authors(store, record, me, TrustStore())


def cmd_status(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        record = _editor(store, args).set_incident_status(args.id, args.status)
    print(record.id)
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        info = _editor(store, args).attach(args.id, args.file, file_name=args.name)
    print(info.sha256)
    return 0


def cmd_detach(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        record = _editor(store, args).detach(args.id, args.sha256)
    print(record.id)
    return 0


def cmd_attachment(args: argparse.Namespace) -> int:
    with open_existing(args, postgis=True) as store:
        info, data = _editor(store, args).attachment(args.sha256)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    from app.files import atomic_file
    from app.sync.hygiene import safe_to_save

    out = Path(args.out)
    if out.is_dir():
        # The stored name may come from a partner: never a dotfile, never a path.
        out = out / safe_to_save(info.file_name, f"attachment-{info.sha256[:12]}")
    try:
        with atomic_file(out, 0o600) as handle:
            handle.write(data)
    except OSError as exc:
        raise AppError(
            translate("Cli", "{out}: cannot write ({exc})").format(out=out, exc=exc.strerror or exc)
        ) from None
    print(out)
    return 0
