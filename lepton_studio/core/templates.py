"""Ready-made networks that work for any class count and any image size from 28 to 224.

Each template downsamples until the feature map is about 7 pixels wide, so the compute
grows with the image and the last layers always see a useful, non-empty map.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .graph import Graph
from .i18n import QT_TRANSLATE_NOOP

COLUMN_GAP = 200.0
ROW_GAP = 110.0


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    build: Callable[[Graph, int], None]
    preferred_size: int | None = None  # the image size the dataset should use, if any


class _Chain:
    """Adds blocks one after another, laying them out in a column for the canvas."""

    def __init__(self, graph: Graph, column: float = 0.0) -> None:
        self.graph, self.column, self.row = graph, column, 0
        self.last: str | None = None

    def add(self, block: str, after: str | None = None, offset: float = 0.0, **params) -> str:
        source = after if after is not None else self.last
        node = self.graph.add_node(block, params, (self.column + offset, self.row * ROW_GAP))
        self.row += 1
        if source is not None:
            self.graph.connect(source, node.id)
        self.last = node.id
        return node.id

    def conv_bn_relu(self, filters: int, stride: int = 1, kernel: int = 3, separable: bool = False) -> str:
        self.add("sepconv2d" if separable else "conv2d", filters=filters, kernel=kernel,
                 stride=stride, bias=False)
        self.add("batchnorm")
        return self.add("activation", function="relu")


def downsampling_steps(image_size: int, target: int = 7, minimum: int = 2) -> int:
    """How many halvings bring ``image_size`` near ``target`` pixels (at least ``minimum``)."""
    return max(minimum, round(math.log2(max(image_size, 1) / target)))


def _small_cnn(graph: Graph, image_size: int) -> None:
    chain = _Chain(graph)
    chain.add("input")
    steps = downsampling_steps(image_size)
    filters = 32
    for _ in range(steps):
        chain.conv_bn_relu(filters)
        chain.add("maxpool", size=2)
        filters = min(filters * 2, 256)
    chain.conv_bn_relu(filters)
    chain.add("globalavgpool")
    chain.add("dropout", rate=0.3)
    chain.add("output")


def _tiny_resnet(graph: Graph, image_size: int) -> None:
    chain = _Chain(graph)
    chain.add("input")
    steps = downsampling_steps(image_size)
    stem_stride = 2 if image_size >= 48 else 1  # halve once cheaply in the stem
    chain.conv_bn_relu(32, stem_stride)
    filters, remaining = 32, steps - (1 if stem_stride == 2 else 0)
    _residual_block_from_activation(chain, filters, 1, filters)
    for _ in range(remaining):
        new_filters = min(filters * 2, 256)
        _residual_block_from_activation(chain, new_filters, 2, filters)
        filters = new_filters
    chain.add("globalavgpool")
    chain.add("output")


def _residual_block_from_activation(chain: _Chain, filters: int, stride: int, in_filters: int) -> None:
    entry = chain.last
    chain.conv_bn_relu(filters, stride)
    chain.add("conv2d", filters=filters, kernel=3, bias=False)
    main = chain.add("batchnorm")
    shortcut = entry
    if stride != 1 or in_filters != filters:
        saved_row = chain.row
        chain.row -= 3
        chain.add("conv2d", after=entry, offset=COLUMN_GAP, filters=filters, kernel=1,
                  stride=stride, bias=False)
        shortcut = chain.add("batchnorm", offset=COLUMN_GAP)
        chain.row = saved_row
    add = chain.graph.add_node("add", position=(chain.column, chain.row * ROW_GAP))
    chain.row += 1
    chain.graph.connect(main, add.id, 0)
    chain.graph.connect(shortcut, add.id, 1)
    chain.last = add.id
    chain.add("activation", function="relu")


def _mobile(graph: Graph, image_size: int) -> None:
    chain = _Chain(graph)
    chain.add("input")
    steps = downsampling_steps(image_size)
    chain.conv_bn_relu(32, stride=2)
    filters = 32
    for _ in range(steps - 1):
        chain.conv_bn_relu(filters * 2, separable=True)
        filters = min(filters * 2, 512)
        chain.conv_bn_relu(filters, stride=2, separable=True)
    chain.conv_bn_relu(filters, separable=True)
    chain.add("globalavgpool")
    chain.add("dropout", rate=0.2)
    chain.add("output")


def _transfer(graph: Graph, image_size: int) -> None:
    chain = _Chain(graph)
    chain.add("input")
    chain.add("backbone_efficientnet_lite0", trainable_stages=0)
    chain.add("globalavgpool")
    chain.add("dropout", rate=0.2)
    chain.add("output")


TEMPLATES: dict[str, Template] = {
    t.id: t for t in (
        Template("small-cnn", QT_TRANSLATE_NOOP("Templates", "Small CNN"),
                 QT_TRANSLATE_NOOP("Templates", "A few convolution and pooling layers. Quick to train; a good first model for small pictures."),
                 _small_cnn),
        Template("tiny-resnet", QT_TRANSLATE_NOOP("Templates", "Tiny ResNet"),
                 QT_TRANSLATE_NOOP("Templates", "Residual blocks with shortcut connections. More accurate on harder pictures, a little slower."),
                 _tiny_resnet),
        Template("mobile", QT_TRANSLATE_NOOP("Templates", "Mobile"),
                 QT_TRANSLATE_NOOP("Templates", "Separable convolutions, as in models made for phones. Small and fast to run."),
                 _mobile),
        Template("transfer", QT_TRANSLATE_NOOP("Templates", "Transfer learning"),
                 QT_TRANSLATE_NOOP("Templates", "A network pretrained on 1.2 million photos, with a small classifier on top. The best choice when you have only a few dozen photos per class."),
                 _transfer, preferred_size=224),
    )
}
SCRATCH_TEMPLATES = ("small-cnn", "tiny-resnet", "mobile")

DEFAULT_TEMPLATE = "small-cnn"


def make_template(template_id: str, color: str = "rgb", image_size: int = 64,
                  num_classes: int = 2) -> Graph:
    """A new graph from a template, sized for the dataset."""
    graph = Graph()
    TEMPLATES[template_id].build(graph, image_size)
    graph.configure_io(color, image_size, num_classes)
    return graph


def _signature(graph: Graph) -> tuple:
    """The blocks, their settings and wires of ``graph``, without ids or positions."""
    index = {node_id: i for i, node_id in enumerate(graph.nodes)}
    nodes = tuple((node.block, tuple(sorted((k, repr(v)) for k, v in node.params.items())))
                  for node in graph.nodes.values())
    edges = tuple(sorted((index[e.source], index[e.target], e.target_input) for e in graph.edges))
    return nodes, edges


def template_of(graph: Graph) -> str | None:
    """The template ``graph`` is, unchanged (sized for its own input and classes), or None."""
    first, last = graph.input_node(), graph.output_node()
    if first is None or last is None:
        return None
    color, size = first.params.get("color", "rgb"), first.params.get("size", 64)
    classes = last.params.get("classes", 2)
    wanted = _signature(graph)
    for template_id in TEMPLATES:
        try:
            if _signature(make_template(template_id, color, size, classes)) == wanted:
                return template_id
        except Exception:  # noqa: BLE001 - a template that cannot take this size is not it
            continue
    return None
