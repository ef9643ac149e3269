"""Nothing is left untranslated: every string the code marks for translation has a finished
French translation, the .ts files are up to date with the code (a new string fails here until
``scripts/update-translations.sh`` is run and the string translated), and translations keep their
placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"%n|\{\w*\}|\$\{\w+\}|&(?=\w)")

Message = tuple[str, str, str]  # context, source, comment


def messages(path: Path) -> dict[Message, list[str] | None]:
    """Each message → its translation forms, or None when unfinished."""
    found: dict[Message, list[str] | None] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found[key] = None
            elif message.get("numerus") == "yes":
                found[key] = [f.text or "" for f in translation.iter("numerusform")]
            else:
                found[key] = [translation.text or ""]
    return found


def test_every_french_string_is_translated_and_keeps_its_placeholders():
    french = messages(I18N / "bluehelmet_fr.ts")
    assert len(french) > 200
    unfinished = [k for k, forms in french.items() if not forms or not all(forms)]
    assert unfinished == [], f"{len(unfinished)} strings without a French translation"
    for (context, source, _), forms in french.items():
        assert forms is not None
        for form in forms:
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"&"})
            assert sorted(set(PLACEHOLDER.findall(form)) - {"&"}) == wanted, (context, source)
            assert form.count("{{") == source.count("{{"), (context, source)  # not {{name}}


def test_english_plurals_have_both_forms():
    english = messages(I18N / "bluehelmet_en.ts")
    assert english, "the plural-only English file is empty"
    for key, forms in english.items():
        assert forms is not None and len(forms) == 2 and all(forms), key


@pytest.mark.skipif(not LUPDATE.is_file(), reason="pyside6-lupdate ships with PySide6")
def test_the_ts_files_hold_every_string_the_code_marks(tmp_path: Path):
    sources = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "app/*.py", "maps/*.py"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    fresh = tmp_path / "bluehelmet_fr.ts"
    shutil.copyfile(I18N / "bluehelmet_fr.ts", fresh)
    subprocess.run(
        [str(LUPDATE), "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
        cwd=ROOT, capture_output=True, check=True,
    )  # fmt: skip
    committed = messages(I18N / "bluehelmet_fr.ts")
    now = messages(fresh)
    new = sorted(set(now) - set(committed))
    assert new == [], (
        f"{len(new)} strings are not in resources/i18n yet: run scripts/update-translations.sh "
        f"and translate them (first: {new[:5]})"
    )
    gone = sorted(set(committed) - set(now))
    assert gone == [], f"strings gone from the code: run scripts/update-translations.sh {gone[:5]}"


def test_no_translated_string_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: a translate()/tr() call there is never extracted."""
    inside = re.compile(r"""\bf(["']).*?\{[^}]*\b(translate|tr)\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("maps").rglob("*.py")]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside.search(line)
    ]
    assert offenders == []


#: Layers whose messages reach a user (the CLI's ``Error: …`` line, a GUI dialog, an import's
#: problem list) without passing through app/ui: their texts are marked with
#: ``translate(context, text).format(…)`` like the rest of the Qt-free code. Every package and
#: module under app but app/ui (whose texts go through tr()), a new one included, and maps (tile
#: sets, map sheets and the page's assets).
MESSAGE_LAYERS = (
    *sorted(
        path.relative_to(ROOT).as_posix()
        for path in ROOT.joinpath("app").iterdir()
        if (path.is_dir() and path.joinpath("__init__.py").exists() and path.name != "ui")
        or path.suffix == ".py"
    ),
    "maps",
)


def layer_modules(layer: str) -> list[Path]:
    """The Python modules of a layer: a package's, or the one module it names."""
    path = ROOT / layer
    return [path] if path.is_file() else sorted(path.rglob("*.py"))


#: Calls whose text argument a user reads: errors (message first; ValidationError's second,
#: after the field name), an import's skip reasons and problems, the editor's field problems,
#: and the reasons a package is refused for (``_Bad``, turned into ``PackageRefused``).
_ERROR_NAMES = re.compile(r"(Error|Refused)$|^_Bad$")
#: A check report's lists (``report.errors.append(…)``): ``bluehelmet check`` prints them.
REPORT_LISTS = ("errors", "warnings")
#: Untranslated messages still left per module (English in the French CLI and GUI): none now.
#: A module may be listed here only with a number that goes down; a new message written without
#: translate() fails the test below.
UNTRANSLATED_MESSAGES: dict[str, int] = {}


def untranslated_messages(source: str) -> list[tuple[int, str]]:
    """(line, text) of each literal or f-string message given to an error, a skip reason or a
    field problem without translate()."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None) or ""
        owner = getattr(getattr(func, "value", None), "id", None)
        report_line = name == "append" and getattr(func.value, "attr", None) in REPORT_LISTS
        if (name == "add" and owner == "problems") or name in ("ValidationError", "problem_for"):
            args = node.args[1:2]
        elif report_line or name == "Skip" or _ERROR_NAMES.search(name):
            args = node.args[:1]
        else:
            continue
        for arg in args:
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and any(c.isalpha() for c in arg.value)
            ):
                found.append((node.lineno, ast.unparse(arg)))
    return found


def test_the_scan_finds_an_error_message_that_bypasses_translation():
    source = (
        'raise ValidationError("title", "is required")\n'
        'raise StoreError(f"{path}: locked")\n'
        'problems.add(name, translate("Editing", "is required"))\n'
        'raise Skip("no geometry")\n'
        'report.errors.append(f"{table}: damaged")\n'
        'raise _Bad(f"member {name} is damaged")\n'
        'raise _Bad(translate("Sync", "member {member} is a directory").format(member=n))\n'
    )
    assert [line for line, _ in untranslated_messages(source)] == [1, 2, 4, 5, 6]


def test_the_message_layers_are_every_qt_free_part_of_the_app():
    assert {"app/basemaps.py", "app/demo.py", "app/feeds", "app/places", "app/cli", "maps"} <= set(
        MESSAGE_LAYERS
    )
    assert "app/ui" not in MESSAGE_LAYERS
    assert layer_modules("app/basemaps.py") == [ROOT / "app" / "basemaps.py"]


def test_messages_raised_outside_the_ui_are_marked_for_translation():
    counts = {}
    for layer in MESSAGE_LAYERS:
        for path in layer_modules(layer):
            found = untranslated_messages(path.read_text(encoding="utf-8"))
            if found:
                counts[path.relative_to(ROOT).as_posix()] = len(found)
    grew = {name: n for name, n in counts.items() if n > UNTRANSLATED_MESSAGES.get(name, 0)}
    assert grew == {}, "messages written without translate() (mark them, see app/i18n.py)"
    shrank = {name: n for name, n in counts.items() if n < UNTRANSLATED_MESSAGES[name]}
    shrank.update({name: 0 for name in UNTRANSLATED_MESSAGES if name not in counts})
    assert shrank == {}, "fewer untranslated messages now: lower UNTRANSLATED_MESSAGES to"


def test_translated_messages_give_every_placeholder_they_name():
    """``translate("…{name}…").format(name=…)``: the names in the text and the arguments agree,
    so a translator's text formats without a KeyError."""
    import ast
    import string

    wrong = []
    for layer in ("app", "maps"):
        for path in sorted(ROOT.joinpath(layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                call = getattr(node, "func", None)
                inner = getattr(call, "value", None)
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(call, ast.Attribute)
                    and call.attr == "format"
                    and isinstance(inner, ast.Call)
                    and getattr(inner.func, "id", None) == "translate"
                    and len(inner.args) > 1
                    and isinstance(inner.args[1], ast.Constant)
                    and not any(k.arg is None for k in node.keywords)
                ):
                    continue
                named = {
                    field.split("!")[0].split(":")[0].split(".")[0].split("[")[0]
                    for _, field, _, _ in string.Formatter().parse(inner.args[1].value)
                    if field is not None
                }
                if named != {k.arg for k in node.keywords} and not node.args:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


#: The CLI's own lines (``print``) and error messages with words in them still written in
#: English, per module: none now (a module may be listed only with a number that goes down).
#: Machine output (JSON, ids, digests, rows of data built from fields) has no literal words and
#: is not counted: it stays as it is, ``--json`` output included.
UNTRANSLATED_CLI_LINES: dict[str, int] = {}


def _has_words(node: object) -> bool:
    """Whether an expression printed as is carries English words written in the code."""
    import ast

    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def untranslated_prints(source: str) -> list[tuple[int, str]]:
    """(line, text) of each ``print(…)`` whose text is written in the code without translate()."""
    import ast

    return [
        (node.lineno, ast.unparse(node.args[0]))
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "print"
        and node.args
        and _has_words(node.args[0])
    ]


def test_the_scan_finds_a_cli_line_printed_in_english():
    source = (
        'print(f"Backed up {path}")\n'
        'print(translate("Cli", "Backed up {path}").format(path=path))\n'
        'print("Mission users: " + ", ".join(users))\n'
        "print(json.dumps(data))\n"
        'print(f"{label:<19} {value}")\n'
        'print("none" if empty else f"{n} left")\n'
        "print(record.id)\n"
    )
    assert [line for line, _ in untranslated_prints(source)] == [1, 3, 6]


def test_the_cli_prints_its_lines_in_the_readers_language():
    counts = {}
    for path in sorted(ROOT.joinpath("app/cli").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = untranslated_prints(source) + untranslated_messages(source)
        if found:
            counts[path.relative_to(ROOT).as_posix()] = len(found)
    grew = {name: n for name, n in counts.items() if n > UNTRANSLATED_CLI_LINES.get(name, 0)}
    assert grew == {}, "CLI lines printed without translate() (mark them, see app/i18n.py)"
    shrank = {name: n for name, n in counts.items() if n < UNTRANSLATED_CLI_LINES[name]}
    shrank.update({name: 0 for name in UNTRANSLATED_CLI_LINES if name not in counts})
    assert shrank == {}, "fewer English CLI lines now: lower UNTRANSLATED_CLI_LINES to"
