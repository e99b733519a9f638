"""The checked wall between the layers, and no import cycles where they were broken.

Two kinds of check: importing modules and looking at ``sys.modules`` (what really loads),
and reading every module's source with ``ast`` (every import, also those inside
functions, which the first kind only sees when the function runs). Rules:

* core imports neither the GUI, the CLI nor Qt; the GUI does not import the CLI; the CLI
  imports neither the GUI nor Qt;
* the modules of ``core/export`` and of ``cli`` form no import cycle (imports inside
  functions count: a lazy import still ties two modules together).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import lepton_studio

PACKAGE = Path(lepton_studio.__file__).parent
CORE = PACKAGE / "core"
QT = ("PySide6", "shiboken6", "pyqtgraph")
FORBIDDEN = {
    "lepton_studio.core": ("lepton_studio.gui", "lepton_studio.cli", *QT),
    "lepton_studio.gui": ("lepton_studio.cli",),
    "lepton_studio.cli": ("lepton_studio.gui", *QT),
}
ACYCLIC = ("lepton_studio.core.export", "lepton_studio.cli")


# --- reading imports from source ------------------------------------------------------------

def module_names(root: Path, package: str) -> dict[str, Path]:
    """``{dotted module name: file}`` for every .py file under ``root`` (package ``package``)."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join((package, *parts))] = path
    return names


def imports_of(name: str, path: Path, known: set[str]) -> list[tuple[str, int]]:
    """Every module ``name`` imports (absolute names, with the line), wherever the import
    statement stands: module level, inside a function, a class or a ``try``."""
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = name.split(".")
                drop = node.level - (1 if is_package else 0)
                base_parts = base_parts[:len(base_parts) - drop] if drop else base_parts
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.append((child if child in known else base, node.lineno))
    return found


def import_graph(root: Path, package: str) -> dict[str, list[tuple[str, int]]]:
    names = module_names(root, package)
    known = set(names)
    return {name: imports_of(name, path, known) for name, path in names.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (``[a, b, …, a]``) among ``edges``, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def cycle_within(graph: dict[str, list[tuple[str, int]]], prefix: str) -> list[str] | None:
    inside = {name for name in graph if name == prefix or name.startswith(prefix + ".")}
    edges = {name: {target for target, _ in graph[name] if target in inside and target != name}
             for name in inside}
    return find_cycle(edges)


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def wall_breaches(graph: dict[str, list[tuple[str, int]]]) -> list[str]:
    breaches = []
    for name, imported in graph.items():
        for layer, banned in FORBIDDEN.items():
            if not _within(name, layer):
                continue
            breaches += [f"{name}:{line} imports {target}" for target, line in imported
                         if any(_within(target, b) for b in banned)]
    return breaches


@pytest.fixture(scope="module")
def graph():
    return import_graph(PACKAGE, "lepton_studio")


# --- the rules ------------------------------------------------------------------------------

def test_no_layer_imports_across_the_wall(graph):
    assert wall_breaches(graph) == []


@pytest.mark.parametrize("prefix", ACYCLIC)
def test_no_import_cycles(graph, prefix):
    assert cycle_within(graph, prefix) is None


# --- the checks themselves can fail -----------------------------------------------------------

def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "export").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "export" / "__init__.py").write_text("")
    (pkg / "export" / "bundle.py").write_text("def reopen():\n    from .predictor import load\n")
    (pkg / "export" / "predictor.py").write_text("from . import bundle\n")
    found = cycle_within(import_graph(pkg, "pkg"), "pkg.export")
    assert found in (["pkg.export.bundle", "pkg.export.predictor", "pkg.export.bundle"],
                     ["pkg.export.predictor", "pkg.export.bundle", "pkg.export.predictor"])
    (pkg / "export" / "predictor.py").write_text("import numpy\n")
    assert cycle_within(import_graph(pkg, "pkg"), "pkg.export") is None


def test_a_breach_inside_a_function_is_found(tmp_path):
    pkg = tmp_path / "lepton_studio"
    for layer in ("core", "gui", "cli"):
        (pkg / layer).mkdir(parents=True)
        (pkg / layer / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "model.py").write_text("def show():\n    from PySide6.QtWidgets import QLabel\n")
    (pkg / "gui" / "page.py").write_text("def run():\n    from ..cli.output import say\n")
    (pkg / "cli" / "main.py").write_text("try:\n    import lepton_studio.gui.app\nexcept ImportError:\n    pass\n")
    breaches = wall_breaches(import_graph(pkg, "lepton_studio"))
    assert breaches == ["lepton_studio.cli.main:2 imports lepton_studio.gui.app",
                        "lepton_studio.core.model:2 imports PySide6.QtWidgets",
                        "lepton_studio.gui.page:2 imports lepton_studio.cli.output"]


# --- what really loads --------------------------------------------------------------------

def modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         check=True, capture_output=True, text=True).stdout
    return set(out.split())


def test_graph_and_project_import_neither_qt_nor_torch():
    loaded = modules_after("import lepton_studio.core.graph, lepton_studio.core.project, "
                           "lepton_studio.core.shapes, lepton_studio.core.templates")
    assert "torch" not in loaded
    assert not any(name.startswith("PySide6") for name in loaded)


def test_no_core_module_imports_qt():
    names = sorted(module_names(CORE, "lepton_studio.core"))
    loaded = modules_after(f"import importlib\nfor n in {names!r}:\n    importlib.import_module(n)")
    assert not any(name.startswith(QT) for name in loaded)


def test_the_command_line_loads_neither_qt_nor_torch():
    loaded = modules_after("import lepton_studio.cli\nlepton_studio.cli.build_parser()")
    assert "torch" not in loaded and not any(name.startswith(QT) for name in loaded)


def test_analysing_a_template_does_not_import_torch_but_building_does():
    code = ("from lepton_studio.core.templates import make_template\n"
            "from lepton_studio.core.shapes import analyse\n"
            "assert analyse(make_template('small-cnn')).valid\n"
            "import sys; assert 'torch' not in sys.modules\n"
            "from lepton_studio.core.compiler import build_model\n"
            "build_model(make_template('small-cnn'))\n")
    assert "torch" in modules_after(code)
