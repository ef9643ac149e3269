"""One API each way across the map page: Python writes JavaScript in one place (MapView), and
the page's helper scripts use the public ``bhMap`` API, not the map's internals."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAP_VIEW = ROOT / "app" / "ui" / "map_view.py"
STATIC = ROOT / "maps" / "static"


def test_only_the_map_view_runs_javascript_in_a_page():
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path == MAP_VIEW:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("runJavaScript", "run_js"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_no_javascript_text_outside_the_map_view():
    page_apis = re.compile(r"\b(bhMap|bhEdit|bhBrief|bhTime|BH_CONFIG)\s*\.\s*\w+\s*\(")
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path == MAP_VIEW:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(d) for d in _docstrings(tree)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and page_apis.search(node.value)
                and id(node) not in docstrings
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def _docstrings(tree: ast.Module) -> list[ast.Constant]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.append(first.value)
    return found


def test_page_scripts_use_the_public_map_api():
    for path in sorted(STATIC.glob("*.js")):
        text = path.read_text(encoding="utf-8")
        assert "_internal" not in text, path.name
        if not path.name.startswith("bh-map-"):
            assert "bhMapParts" not in text, f"{path.name} reaches into the map's parts"
