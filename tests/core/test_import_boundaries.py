"""The core stays Qt-free, and reading graphs and projects never loads torch."""

import subprocess
import sys
from pathlib import Path

import lepton_studio

CORE = Path(lepton_studio.__file__).parent / "core"


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
    names = sorted("lepton_studio." + ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
                   for p in CORE.rglob("*.py"))
    names = [n.removesuffix(".__init__") for n in names]
    loaded = modules_after(f"import importlib\nfor n in {names!r}:\n    importlib.import_module(n)")
    assert not any(name.startswith(("PySide6", "shiboken6", "pyqtgraph")) for name in loaded)


def test_analysing_a_template_does_not_import_torch_but_building_does():
    code = ("from lepton_studio.core.templates import make_template\n"
            "from lepton_studio.core.shapes import analyse\n"
            "assert analyse(make_template('small-cnn')).valid\n"
            "import sys; assert 'torch' not in sys.modules\n"
            "from lepton_studio.core.compiler import build_model\n"
            "build_model(make_template('small-cnn'))\n")
    assert "torch" in modules_after(code)
