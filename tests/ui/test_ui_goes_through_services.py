"""The app's code reaches formats, storage and search only through the services (layers:
ui -> services -> db/formats/search -> domain): a ui module importing one of them directly
would bypass what the command line goes through."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop.ui

BELOW_SERVICES = ("desktop.formats", "desktop.db", "desktop.search")


def _imports(path: Path) -> list[str]:
    modules = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.append(node.module)
        elif isinstance(node, ast.Import):
            modules.extend(alias.name for alias in node.names)
    return modules


def test_no_ui_module_imports_formats_db_or_search() -> None:
    ui = Path(desktop.ui.__file__).parent
    bypasses = [f"{path.relative_to(ui)}: {module}"
                for path in sorted(ui.rglob("*.py"))
                for module in _imports(path)
                if module.startswith(BELOW_SERVICES)]
    assert bypasses == []
