"""The seams between layers, checked in the source: the UI does not reach into the window, and
production code uses no other class's private members. Tests themselves are exempt."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION = [p for folder in ("app", "maps") for p in sorted((ROOT / folder).rglob("*.py"))]
#: The one module that creates the main window.
LAUNCHER = ROOT / "app" / "ui" / "launch.py"
#: Private names of the standard library that have no public spelling (type annotations).
ALLOWED = {"argparse._SubParsersAction"}
#: branca's element tree (under folium) has no public way to walk or re-parent children; the
#: asset localiser must, to swap CDN links for local files.
THIRD_PARTY = {("maps/assets.py", "_children"), ("maps/assets.py", "_parent")}
#: argparse has no public way to walk a finished parser: its help is translated in one place.
THIRD_PARTY |= {
    ("app/cli/main.py", name)
    for name in ("_actions", "_action_groups", "_choices_actions", "_SubParsersAction")
}


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_no_ui_module_but_the_launcher_imports_the_main_window():
    offenders = [
        str(path.relative_to(ROOT))
        for path in PRODUCTION
        if (ROOT / "app" / "ui") in path.parents
        if path not in (LAUNCHER, ROOT / "app" / "ui" / "main_window.py")
        if "app.ui.main_window" in _imports(ast.parse(path.read_text()))
    ]
    assert offenders == []


def test_no_private_member_of_another_object_is_used_outside_its_module():
    offenders = []
    for path in PRODUCTION:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Attribute):
                continue
            name = node.attr
            if not name.startswith("_") or name.startswith("__"):
                continue
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls", "super"):
                continue
            text = ast.unparse(node)
            if text in ALLOWED or (str(path.relative_to(ROOT)), name) in THIRD_PARTY:
                continue
            offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text}")
    assert offenders == []
