"""Model step (placeholder until the layer canvas lands): what is coming, and the model."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale

from lepton_studio.gui.pages.base import PlaceholderPage


class ModelPage(PlaceholderPage):
    step_id = "model"

    def intro(self) -> str:
        return self.tr("Design the network that looks at the pictures: blocks wired from "
                       "the image input to the classifier output.")

    def coming(self) -> list[str]:
        return [
            self.tr("A canvas to drag blocks onto and wire them together"),
            self.tr("The shape of the data on every wire and the size of every block"),
            self.tr("Blocks that cannot work turn red and say why"),
            self.tr("Undo and redo for every change"),
        ]

    def summary(self) -> str:
        from lepton_studio.core.blocks import get_block
        from lepton_studio.core.shapes import analyse
        from lepton_studio.gui.errors import problem_sentence

        graph = self.project.graph
        if len(graph) == 0:
            return self.tr("The model is empty.")
        analysis = analyse(graph, memory_bytes=None)
        names = []
        for node_id in analysis.order or list(graph.nodes):
            node = graph.nodes[node_id]
            try:
                name = get_block(node.block).name
            except Exception:  # noqa: BLE001 - an unknown block still gets listed
                name = node.block
            names.append(escape(node.label or self._block_name(name)))
        lead = self.tr("%n block(s), {params} parameters", "", len(graph)).format(
            params=QLocale().toString(analysis.total_params))
        chain = " → ".join(names)
        problems = "".join(f"<li>{escape(problem_sentence(p))}</li>" for p in analysis.errors)
        text = f"<p>{lead}</p><p style='color:gray'>{chain}</p>"
        if problems:
            text += f"<p><b>{self.tr('To fix:')}</b></p><ul>{problems}</ul>"
        return text

    def _block_name(self, name: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Blocks", name)
