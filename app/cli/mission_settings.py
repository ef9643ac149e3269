"""``bluehelmet init`` and ``bluehelmet mission …``: start a real mission and set it up."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import db_target, open_existing, redact
from app.i18n import translate

_SETTING_HELP = (
    "name: the mission's name · area: GeoJSON polygon (text or @FILE) or a box W,S,E,N, or "
    "'none' · parties: the parties to the ceasefire, comma-separated · labels: un, nato or "
    "labels lowest first, comma-separated"
)


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser(
        "init",
        help="create a new, empty mission database",
        description="Create an empty mission database: schema, the seed incident categories, "
        "the classification label set and the mission's name; no records. Refuses an existing "
        "file unless --force (a mission database replaced that way is backed up first).",
    )
    init.add_argument("--name", default="New mission", help="the mission's name")
    init.add_argument(
        "--labels",
        default="un",
        help="classification labels: un (default), nato, or a list lowest first, e.g. "
        "'UNCLASSIFIED,MISSION RESTRICTED,MISSION CONFIDENTIAL'",
    )
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.set_defaults(handler=cmd_init)

    mission = sub.add_parser(
        "mission",
        help="the mission's settings: name, area, parties, labels, categories",
        description="Settings kept in the mission database. Every change is validated, written "
        "in one transaction and recorded in the change log. Partners' sync packages change "
        "settings only with a notice signed by the mission authority's key (see 'sync "
        "authority').",
    )
    mission_sub = mission.add_subparsers(dest="mission_command", metavar="ACTION", required=True)
    show = mission_sub.add_parser(
        "show", help="show the settings", description="Show the mission's settings."
    )
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(handler=cmd_mission_show)
    setting = mission_sub.add_parser(
        "set", help="change one setting", description="Change one setting. " + _SETTING_HELP
    )
    setting.add_argument("key", choices=("name", "area", "parties", "labels"), help="setting")
    setting.add_argument("value", help="new value ('@FILE' reads it from a file)")
    setting.set_defaults(handler=cmd_mission_set)

    categories = mission_sub.add_parser(
        "categories",
        help="list, add, rename, retire or reinstate incident categories",
        description="The mission's incident categories, each mapped to ACLED's event type and "
        "sub-event type where one fits. A retired category is no longer offered for new "
        "incidents but stays valid for the records that use it.",
    )
    cat_sub = categories.add_subparsers(dest="categories_command", metavar="ACTION", required=True)
    listing = cat_sub.add_parser(
        "list", help="list the categories", description="List categories (retired ones marked)."
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=cmd_categories_list)
    add = cat_sub.add_parser(
        "add", help="add a local category", description="Add a category of this mission."
    )
    add.add_argument("key", help="stable key: lower-case letters, digits and _")
    add.add_argument("label", help="the name people see")
    _add_language_labels(add)
    add.add_argument("--group", default="Local", help="group shown in lists (default Local)")
    add.add_argument("--acled", default=None, help="ACLED mapping, 'Event type / Sub-event type'")
    add.add_argument("--violation", action="store_true", help="counts as a ceasefire violation")
    add.add_argument("--description", default="", help="what belongs in it")
    add.set_defaults(handler=cmd_categories_add)
    rename = cat_sub.add_parser(
        "rename", help="change a category's label", description="Change the label (the key, "
        "which records use, stays).",
    )  # fmt: skip
    rename.add_argument("key", help="the category's key")
    rename.add_argument(
        "label", nargs="?", default=None, help="the new label (kept when only --label-LANG given)"
    )
    _add_language_labels(rename)
    rename.set_defaults(handler=cmd_categories_rename)
    for name, text in (("retire", "stop offering a category for new incidents"),
                       ("reinstate", "offer a retired category again")):  # fmt: skip
        action = cat_sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("key", help="the category's key")
        action.set_defaults(handler=cmd_categories_active, active=name == "reinstate")


def _add_language_labels(parser: argparse.ArgumentParser) -> None:
    """One ``--label-LANG`` option per language the application speaks (``--label-fr``): the
    label a reader of that language sees; every other reader sees the main label."""
    from app.i18n import LANGUAGES

    for lang in LANGUAGES:
        parser.add_argument(
            f"--label-{lang}",
            dest=f"label_{lang}",
            metavar="TEXT",
            default=None,
            help=f"the label shown to readers in language {lang!r} ('' removes it)",
        )


def _language_labels(args: argparse.Namespace, before: dict[str, str]) -> dict[str, str]:
    """The category's labels by language once this command's ``--label-LANG`` options apply."""
    from app.i18n import LANGUAGES

    labels = dict(before)
    for lang in LANGUAGES:
        value = getattr(args, f"label_{lang}", None)
        if value is not None:
            labels[lang] = value
    return {lang: text for lang, text in labels.items() if text.strip()}


def cmd_init(args: argparse.Namespace) -> int:
    from app.mission import create_mission

    target = db_target(args)
    settings = create_mission(target, name=args.name, labels=args.labels, force=args.force)
    where = redact(target) if isinstance(target, str) else target
    print(
        translate("Cli", "Mission {name} created in {where} (labels: {labels})").format(
            name=repr(settings.name), where=where, labels=", ".join(settings.labels)
        )
    )
    print(
        translate(
            "Cli",
            "Next: 'bluehelmet mission set area …', 'bluehelmet mission set parties …', "
            "'bluehelmet import ORBAT.csv', or open it with 'bluehelmet gui'",
        )
    )
    return 0


def cmd_mission_show(args: argparse.Namespace) -> int:
    from app.store.settings import read_categories, read_settings

    with open_existing(args, postgis=True) as store:
        settings = read_settings(store)
        categories = read_categories(store)
        path = store.path
    data = settings.as_dict()
    data["database"] = path
    data["categories"] = {
        "active": sum(c.active for c in categories),
        "retired": sum(not c.active for c in categories),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    bounds = settings.area_bounds()
    not_set = translate("Cli", "not set")
    area = not_set if bounds is None else "W {:.4f}  S {:.4f}  E {:.4f}  N {:.4f}".format(*bounds)
    for label, value in (
        (translate("Cli", "mission"), settings.title),
        (translate("Cli", "database"), path),
        (translate("Cli", "area of operations"), area),
        (translate("Cli", "parties"), ", ".join(settings.parties) or not_set),
        (translate("Cli", "labels"), ", ".join(settings.labels)),
        (translate("Cli", "categories"),
         translate("Cli", "{active} in use, {retired} retired").format(
             active=data["categories"]["active"], retired=data["categories"]["retired"])),
    ):  # fmt: skip
        print(f"{label:<19} {value}")
    return 0


def _value(text: str) -> str:
    if text.startswith("@"):
        from app.errors import NotFoundError

        path = Path(text[1:]).expanduser()
        if not path.is_file():
            raise NotFoundError(translate("Cli", "{path}: no such file").format(path=path))
        return path.read_text(encoding="utf-8")
    return text


def _editor(store):  # type: ignore[no-untyped-def]
    from app.mission import MissionEditor

    return MissionEditor(store, source="cli")


def cmd_mission_set(args: argparse.Namespace) -> int:
    value = _value(args.value)
    with open_existing(args, write=True, postgis=True) as store:
        edit = _editor(store).set(args.key, value)
        shown = edit.after.settings.as_dict()[args.key]
    if args.key == "area":
        bounds = edit.after.settings.area_bounds()
        shown = "cleared" if bounds is None else "W,S,E,N " + ",".join(f"{v:.4f}" for v in bounds)
    elif isinstance(shown, list):
        shown = ", ".join(shown)
    if edit.changed:
        print(translate("Cli", "{key}: {value}").format(key=args.key, value=shown))
    else:
        print(translate("Cli", "{key}: {value} (unchanged)").format(key=args.key, value=shown))
    return 0


def cmd_categories_list(args: argparse.Namespace) -> int:
    from app.store.settings import read_categories

    with open_existing(args, postgis=True) as store:
        categories = read_categories(store)
    if args.json:
        print(json.dumps([c.as_dict() for c in categories], ensure_ascii=False))
        return 0
    from app.domain.labels import category_label

    for c in categories:
        acled = " / ".join(v for v in (c.acled_event_type, c.acled_sub_event_type) if v) or "—"
        state = "" if c.active else translate("Cli", "  [retired]")
        shown = category_label(c.key, c.label, labels=dict(c.translations))
        print(f"{c.key:<28} {shown:<42} {acled}{state}")
    return 0


def cmd_categories_add(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        _editor(store).add_category(
            args.key, args.label, group=args.group, acled=args.acled,
            is_violation=args.violation, description=args.description,
            translations=_language_labels(args, {}),
        )  # fmt: skip
    print(translate("Cli", "Category {key} added").format(key=repr(args.key)))
    return 0


def cmd_categories_rename(args: argparse.Namespace) -> int:
    from app.domain.mission import parse_translations
    from app.errors import ValidationError

    with open_existing(args, write=True, postgis=True) as store:
        editor = _editor(store)
        category = editor.snapshot().category(args.key)
        before = dict(category.translations) if category else {}
        labels = _language_labels(args, before)
        if args.label is None and labels == before:
            raise ValidationError(
                "label", translate("Cli", "give the new label, or --label-LANG TEXT")
            )
        changes: dict[str, object] = {"translations": parse_translations(labels)}
        if args.label is not None:
            changes["label"] = args.label
        edit = editor.change_category(args.key, **changes)
    after = edit.after.category(args.key)
    assert after is not None
    shown = ", ".join(
        [repr(after.label), *(f"{lang}: {text!r}" for lang, text in after.translations)]
    )
    print(
        translate("Cli", "Category {key} is now labelled {labels}").format(
            key=repr(args.key), labels=shown
        )
    )
    return 0


def cmd_categories_active(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        if args.active:
            _editor(store).reinstate_category(args.key)
        else:
            _editor(store).retire_category(args.key)
    if args.active:
        print(translate("Cli", "Category {key} offered again").format(key=repr(args.key)))
    else:
        print(
            translate("Cli", "Category {key} retired (old incidents keep it)").format(
                key=repr(args.key)
            )
        )
    return 0
