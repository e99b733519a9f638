"""core/training has no import circle (issue 20, item 5): DDP helpers below orchestration."""

from __future__ import annotations

import ast
from pathlib import Path

import lepton_studio.core.training as training

PACKAGE = Path(training.__file__).parent


def sibling_imports(path: Path) -> set[str]:
    """Modules of core/training that ``path`` imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def test_training_modules_import_each_other_without_a_circle():
    graph = {path.stem: sibling_imports(path) for path in PACKAGE.glob("*.py")}
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        if state.get(module) == "done":
            return
        assert state.get(module) != "open", " -> ".join(trail + [module])
        state[module] = "open"
        for other in sorted(graph.get(module, ())):
            if other in graph:
                visit(other, trail + [module])
        state[module] = "done"

    for module in sorted(graph):
        visit(module, [])


def test_the_ddp_helpers_do_not_reach_the_orchestration():
    assert not sibling_imports(PACKAGE / "distributed.py") & {"runner", "trainer", "features",
                                                               "distributed_job"}
