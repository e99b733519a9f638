"""Auto-arrange: blocks in rows by their depth from the input, top to bottom.

Each block goes one row below the deepest block feeding it (a layered layout); within a
row, blocks are ordered by where the blocks feeding them sit, which keeps wires from
crossing in the usual chains and residual branches. Separate pieces sit side by side.
"""

from __future__ import annotations

from lepton_studio.core.graph import Graph
from lepton_studio.core.templates import COLUMN_GAP, ROW_GAP

Position = tuple[float, float]


def _components(graph: Graph) -> list[list[str]]:
    neighbours: dict[str, set[str]] = {n: set() for n in graph.nodes}
    for edge in graph.edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    seen: set[str] = set()
    found = []
    for start in graph.nodes:
        if start in seen:
            continue
        part, stack = [], [start]
        seen.add(start)
        while stack:
            current = stack.pop()
            part.append(current)
            for other in neighbours[current]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        order = {n: i for i, n in enumerate(graph.nodes)}
        found.append(sorted(part, key=order.__getitem__))
    # the piece holding the input first, then by size
    inputs = {n.id for n in graph.nodes_of("input")}
    found.sort(key=lambda part: (not (inputs & set(part)), -len(part)))
    return found


def _depths(graph: Graph, nodes: list[str]) -> dict[str, int]:
    """Longest-path depth from the sources; blocks on a loop go below what they follow."""
    members = set(nodes)
    parents = {n: [e.source for e in graph.edges if e.target == n and e.source in members]
               for n in nodes}
    indegree = {n: len(parents[n]) for n in nodes}
    depth = {n: 0 for n in nodes}
    ready = [n for n in nodes if indegree[n] == 0]
    done: set[str] = set()
    while ready:
        current = ready.pop(0)
        done.add(current)
        for edge in graph.edges:
            if edge.source == current and edge.target in members:
                depth[edge.target] = max(depth[edge.target], depth[current] + 1)
                indegree[edge.target] -= 1
                if indegree[edge.target] == 0:
                    ready.append(edge.target)
    bottom = max(depth.values(), default=0)
    for n in nodes:  # on (or behind) a cycle
        if n not in done:
            bottom += 1
            depth[n] = bottom
    return depth


def _barycentre(graph: Graph, node_id: str, placed: dict[str, float]) -> tuple[float, float]:
    """Mean slot of the blocks feeding ``node_id`` (its current x breaks ties)."""
    sources = [placed[e.source] for e in graph.edges_to(node_id) if e.source in placed]
    current = graph.node(node_id).position[0]
    return (sum(sources) / len(sources) if sources else current, current)


def arrange(graph: Graph, origin: Position = (0.0, 0.0)) -> dict[str, Position]:
    """New positions for every block."""
    positions: dict[str, Position] = {}
    left = origin[0]
    for part in _components(graph):
        depth = _depths(graph, part)
        rows: dict[int, list[str]] = {}
        for node_id in part:
            rows.setdefault(depth[node_id], []).append(node_id)
        slot: dict[str, float] = {}
        for level in sorted(rows):
            members = rows[level]

            members.sort(key=lambda node_id, placed=slot: _barycentre(graph, node_id, placed))
            for index, node_id in enumerate(members):
                slot[node_id] = index - (len(members) - 1) / 2
        width = max(len(r) for r in rows.values())
        low = min(slot.values())
        for node_id in part:
            x = left + (slot[node_id] - low) * COLUMN_GAP
            positions[node_id] = (x, origin[1] + depth[node_id] * ROW_GAP)
        left += (width + 0.5) * COLUMN_GAP
    return positions
