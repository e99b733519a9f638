"""Cut / copy / paste of blocks: the selected sub-graph as JSON on the clipboard.

A fragment is ``{"nodes": [...], "edges": [...]}`` in the graph's own JSON form, with only
the wires between copied blocks. Pasting gives every block a new id (``commands.add_fragment``).
"""

from __future__ import annotations

import atexit
import json
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

from lepton_studio.core.graph import Graph

GRAPH_MIME_TYPE = "application/x-lepton-studio-graph"

_last_copied: dict[str, Any] | None = None  # for platforms without a usable clipboard


def fragment(graph: Graph, node_ids: list[str]) -> dict[str, Any]:
    chosen = set(node_ids)
    return {"nodes": [graph.node(n).to_dict() for n in graph.nodes if n in chosen],
            "edges": [e.to_dict() for e in graph.edges if e.source in chosen and e.target in chosen]}


def to_mime(data: dict[str, Any]) -> QMimeData:
    mime = QMimeData()
    mime.setData(GRAPH_MIME_TYPE, QByteArray(json.dumps(data).encode("utf-8")))
    return mime


def from_mime(mime: QMimeData | None) -> dict[str, Any] | None:
    """The fragment a clipboard holds, or None (also for anything malformed)."""
    if mime is None or not mime.hasFormat(GRAPH_MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(GRAPH_MIME_TYPE).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        return None
    nodes = [n for n in data["nodes"] if isinstance(n, dict) and "id" in n and "block" in n]
    edges = [e for e in data.get("edges", []) if isinstance(e, dict)
             and "source" in e and "target" in e]
    return {"nodes": nodes, "edges": edges} if nodes else None


def copy_fragment(data: dict[str, Any]) -> None:
    global _last_copied, _clipboard_used
    _last_copied = data
    QGuiApplication.clipboard().setMimeData(to_mime(data))
    if not _clipboard_used:
        _clipboard_used = True
        atexit.register(_release_clipboard)


_clipboard_used = False


def _release_clipboard() -> None:
    """Hand our data back before Python shuts down: Qt would otherwise delete it (a Python
    object) from its own exit handlers, after the interpreter is gone, and crash."""
    if QGuiApplication.instance() is not None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.mimeData() is not None and clipboard.mimeData().hasFormat(GRAPH_MIME_TYPE):
            clipboard.clear()


def pasted_fragment() -> dict[str, Any] | None:
    found = from_mime(QGuiApplication.clipboard().mimeData())
    return found if found is not None else _last_copied


def has_fragment() -> bool:
    return pasted_fragment() is not None


def bounds(data: dict[str, Any]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the fragment's block positions."""
    xs = [float(n.get("position", (0, 0))[0]) for n in data["nodes"]]
    ys = [float(n.get("position", (0, 0))[1]) for n in data["nodes"]]
    return min(xs), min(ys), max(xs), max(ys)
