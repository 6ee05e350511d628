"""The arrows of ARCHITECTURE.md, and no network code anywhere, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "evidencevault"
LAYERS = ["domain", "crypto", "storage", "intake", "bundle", "reports", "services", "ui", "cli"]
# What each layer may import from our own package.
ALLOWED = {
    "domain": {"domain"},
    "crypto": {"crypto", "domain"},
    "storage": {"storage", "crypto", "domain"},
    "intake": {"intake", "storage", "crypto", "domain"},
    "bundle": {"bundle", "intake", "storage", "crypto", "domain"},
    "reports": {"reports", "storage", "crypto", "domain"},
    "services": {"services", "storage", "intake", "bundle", "reports", "crypto", "domain"},
    "ui": set(LAYERS) - {"cli"},
    "cli": set(LAYERS) - {"ui"},
}
NETWORK = {"socket", "ssl", "http", "urllib", "requests", "httpx", "aiohttp", "ftplib",
           "smtplib", "xmlrpc", "asyncio", "websockets"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        found.append((parts[0] if len(parts) > 1 else "", path))
    return found


@pytest.mark.parametrize("layer,path", _modules(), ids=lambda v: str(v)[-40:] if isinstance(v, Path) else v)
def test_imports_follow_the_arrows(layer, path):
    for name in _imports(path):
        top = name.split(".")[0]
        assert top not in NETWORK, f"{path.name} imports network module {name}"
        assert "QtNetwork" not in name and "QtWebEngine" not in name, f"{path.name}: {name}"
        if layer and layer != "ui" and layer != "cli":
            assert top not in ("PySide6", "shiboken6"), f"{path.name} (layer {layer}) imports Qt"
        if name.startswith("evidencevault.") and layer in ALLOWED:
            target = name.split(".")[1]
            if target in LAYERS and not (path.name == "gui.py" and layer == "cli"):
                assert target in ALLOWED[layer], f"{path} ({layer}) must not import {name}"


def test_cli_imports_qt_only_in_the_gui_command():
    for path in (PACKAGE / "cli").glob("*.py"):
        if path.name != "gui.py":
            names = _imports(path)
            assert not any(n.startswith(("PySide6", "evidencevault.ui")) for n in names), path.name
